# Round-7 question bank (blind): id, style, kind, family, question, SQL, conversation group (follow-ups share one).
# L = the commit's own local time (product convention); "today" = 2026-12-02 12:00 UTC (faketime).
# "my" = is_own=1 (commits, pull requests, issues); reviews "given by me" = by_account=1.
L = "(authored_at + author_utc_offset*60)"
def loc(fmt): return f"strftime('{fmt}', {L}, 'unixepoch')"
D = f"date({L},'unixepoch')"
OWN = "is_own=1"
Q = []
def q(id, style, kind, family, text, sql, conv=""):
    Q.append(dict(id=id, style=style, kind=kind, family=family, question=text, sql=sql.strip(), conv=conv))
U = "-- unanswerable: "
CONV_PRS = "(number IN (SELECT number FROM pull_requests))"
# ---------------------------------------------------------------- plain
q("q001","plain","commit_count","conversation","How many commits did I make in 2025?",
  f"SELECT count(*) FROM commits WHERE {OWN} AND {loc('%Y')}='2025'", "c1")
q("q002","plain","top_repo","conversation","Which repository got the most of them?",
  f"SELECT r.name, count(*) n FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE c.{OWN} AND {loc('%Y')}='2025' GROUP BY 1 ORDER BY 2 DESC LIMIT 3", "c1")
q("q003","plain","top_month","conversation","And in which month of that year was I busiest in that repository?",
  f"SELECT {loc('%m')} m, count(*) n FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE c.{OWN} AND {loc('%Y')}='2025' AND r.name=(SELECT r2.name FROM commits c2 JOIN repositories r2 ON r2.id=c2.repo_id WHERE c2.{OWN} AND strftime('%Y',c2.authored_at+c2.author_utc_offset*60,'unixepoch')='2025' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1) GROUP BY 1 ORDER BY 2 DESC LIMIT 3", "c1")
q("q004","plain","weekday_least","habits","On which day of the week do I commit the least?",
  f"SELECT {loc('%w')} w, count(*) n FROM commits WHERE {OWN} GROUP BY 1 ORDER BY 2")
q("q005","plain","longest_gap","habits","What is the longest stretch of days I went without committing anything?",
  f"SELECT d, prev, julianday(d)-julianday(prev)-1 gap FROM (SELECT d, LAG(d) OVER (ORDER BY d) prev FROM (SELECT DISTINCT {D} d FROM commits WHERE {OWN})) WHERE prev IS NOT NULL ORDER BY gap DESC LIMIT 3")
q("q006","plain","no_license","repos","How many of my repositories have no license?",
  "SELECT count(*), group_concat(name) FROM repositories WHERE license_spdx IS NULL OR license_spdx=''")
q("q007","plain","compose","signals","Which of my repositories use Docker Compose?",
  "SELECT group_concat(r.name) FROM repositories r JOIN repo_signals s ON s.repo_id=r.id WHERE s.has_compose")
q("q008","plain","top_other_author","people","Apart from me, who has made the most commits to log-analyzer?",
  "SELECT author_name, count(*) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE r.name='log-analyzer' AND NOT c.is_own GROUP BY 1 ORDER BY 2 DESC")
q("q009","plain","pr_closed_unmerged","prs","How many of my own pull requests were closed without being merged?",
  f"SELECT count(*) FROM pull_requests WHERE {OWN} AND state='CLOSED'")
q("q010","plain","busiest_day","conversation","What was my busiest day ever by number of commits?",
  f"SELECT {D} d, count(*) n FROM commits WHERE {OWN} GROUP BY 1 ORDER BY 2 DESC LIMIT 3", "c4")
q("q011","plain","busiest_day_repos","conversation","Which repositories did I commit to on that day?",
  f"SELECT r.name, count(*) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE c.{OWN} AND {D}=(SELECT {D} FROM commits WHERE {OWN} GROUP BY 1 ORDER BY count(*) DESC LIMIT 1) GROUP BY 1", "c4")
q("q012","plain","biggest_commit","commits","Which commit of mine changed the most lines?",
  f"SELECT r.name, substr(sha,1,7), additions, deletions, additions+deletions t, {D}, message FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE c.{OWN} ORDER BY t DESC LIMIT 3")
q("q013","plain","tests_no_ci","signals","Which repositories have tests but no CI?",
  "SELECT count(*), group_concat(r.name) FROM repositories r JOIN repo_signals s ON s.repo_id=r.id WHERE s.has_tests AND NOT s.has_ci")
q("q014","plain","issue_label","issues","What is the most common label on issues in my repositories?",
  "SELECT labels, count(*) FROM issues WHERE labels<>'' GROUP BY 1 ORDER BY 2 DESC")
q("q015","plain","pr_no_review","prs","How many of my pull requests were merged without anyone reviewing them?",
  f"SELECT count(*) FROM pull_requests WHERE {OWN} AND state='MERGED' AND first_review_at IS NULL; -- cross-check with reviews table below")
q("q016","plain","timezone","habits","In which time zone are most of my commits made?",
  f"SELECT author_utc_offset, count(*) FROM commits WHERE {OWN} GROUP BY 1 ORDER BY 2 DESC")
q("q017","plain","active_days","habits","How many days in 2026 did I make at least one commit?",
  f"SELECT count(DISTINCT {D}) FROM commits WHERE {OWN} AND {loc('%Y')}='2026'")
q("q018","plain","year_vs_year","compare","How did my number of commits in 2024 compare with 2023?",
  f"SELECT {loc('%Y')} y, count(*) FROM commits WHERE {OWN} AND {loc('%Y')} IN ('2023','2024') GROUP BY 1")
q("q019","plain","newest_repo","repos","Which repository did I create most recently?",
  "SELECT name, date(created_at,'unixepoch') FROM repositories ORDER BY created_at DESC LIMIT 3")
q("q020","plain","followers","unanswerable","How many followers do I have?", U + "followers are not in the store")
q("q021","plain","star_history","unanswerable","How many stars did api-gateway gain during 2025?", U + "only the current star count is stored, no star history")
q("q022","plain","signed_commits","unanswerable","Which of my commits were GPG-signed?", U + "commit signatures / verification are not stored")
q("q023","plain","clones","unanswerable","How many times was url-shortener cloned last month?", U + "traffic / clone counts are not stored")
q("q024","plain","avg_additions","commits","What is the average number of lines I add per commit?",
  f"SELECT round(avg(additions),1), count(*) FROM commits WHERE {OWN}")
q("q025","plain","collab_breadth","people","Which collaborator has committed to the largest number of my repositories?",
  "SELECT author_name, count(DISTINCT repo_id) FROM commits WHERE NOT is_own GROUP BY 1 ORDER BY 2 DESC")
q("q026","plain","solo_repos","people","Which repositories have only ever had commits from me?",
  "SELECT r.name FROM repositories r WHERE NOT EXISTS (SELECT 1 FROM commits c WHERE c.repo_id=r.id AND NOT c.is_own)")
q("q027","plain","changes_requested_given","reviews","How many code reviews have I given that requested changes?",
  "SELECT count(*) FROM pull_request_reviews WHERE by_account AND state='CHANGES_REQUESTED'")
q("q028","plain","busiest_quarter","trends","What was my busiest quarter of 2025?",
  f"SELECT (cast({loc('%m')} AS int)+2)/3 qtr, count(*) FROM commits WHERE {OWN} AND {loc('%Y')}='2025' GROUP BY 1 ORDER BY 2 DESC")
q("q029","plain","issues_closed_by_pr","issues","How many issues in my repositories were closed by a pull request in 2026?",
  "SELECT count(*) FROM issues WHERE closed_by_pr IS NOT NULL AND strftime('%Y',closed_at,'unixepoch')='2026'")
q("q030","plain","standards_score","signals","Which of my repositories has the best coding standards score?",
  "SELECT r.name, s.coding_standards_score FROM repositories r JOIN repo_signals s ON s.repo_id=r.id ORDER BY 2 DESC LIMIT 3")
# ---------------------------------------------------------------- casual
q("q031","casual","last_month","time","how many comits did i push last month lol",
  f"SELECT count(*) FROM commits WHERE {OWN} AND {loc('%Y-%m')}='2026-11'")
q("q032","casual","streak_year","habits","whats my longest commit streak this yer",
  f"WITH d AS (SELECT DISTINCT {D} d FROM commits WHERE {OWN} AND {loc('%Y')}='2026'), g AS (SELECT d, julianday(d)-ROW_NUMBER() OVER (ORDER BY d) grp FROM d) SELECT min(d), max(d), count(*) n FROM g GROUP BY grp ORDER BY n DESC LIMIT 3")
q("q033","casual","top_stars","rank","whcih repos have the most stars? gimme the top 3",
  "SELECT name, stars FROM repositories ORDER BY stars DESC LIMIT 4")
q("q034","casual","late_night","habits","how many of my comits happen between 10pm and midnight",
  f"SELECT count(*) FROM commits WHERE {OWN} AND cast({loc('%H')} AS int) IN (22,23)")
q("q035","casual","weekend_share","habits","do i commit on weekneds much? what % of my commits is sat/sun",
  f"SELECT sum({loc('%w')} IN ('0','6')), count(*), round(100.0*sum({loc('%w')} IN ('0','6'))/count(*),1) FROM commits WHERE {OWN}")
q("q036","casual","go_repos","conversation","which of my repos r mostly writen in go",
  "SELECT group_concat(name) FROM repositories WHERE primary_language='Go'", "c2")
q("q037","casual","go_ci","conversation","which of those hav CI set up",
  "SELECT r.name, s.has_ci FROM repositories r JOIN repo_signals s ON s.repo_id=r.id WHERE primary_language='Go'", "c2")
q("q038","casual","repo_last_month","conversation","ok how many commits did i make to that one last mnth",
  f"SELECT count(*) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE c.{OWN} AND r.name='log-analyzer' AND {loc('%Y-%m')}='2026-11'", "c2")
q("q039","casual","top_collaborator","people","whos my most active collaborater by commits",
  "SELECT author_name, count(*) FROM commits WHERE NOT is_own GROUP BY 1 ORDER BY 2 DESC")
q("q040","casual","person_prs","people","how many prs did mona lisa opne in my repos",
  "SELECT count(*), sum(repo_id IS NOT NULL) FROM pull_requests WHERE author_login='monalisa'")
q("q041","casual","merge_rate","prs","hows my pr mrege rate looking",
  f"SELECT sum(state='MERGED'), sum(state='CLOSED'), sum(state='OPEN'), round(100.0*sum(state='MERGED')/sum(state<>'OPEN'),1), round(100.0*sum(state='MERGED')/count(*),1) FROM pull_requests WHERE {OWN}")
q("q042","casual","biggest_pr","prs","bigest pr i ever opened?",
  f"SELECT repo_name, number, title, additions, deletions, additions+deletions t FROM pull_requests WHERE {OWN} ORDER BY t DESC LIMIT 3")
q("q043","casual","oldest_open_issue","issues","whats the oldest issue thats still oepn",
  "SELECT repo_name, number, title, date(created_at,'unixepoch') FROM issues WHERE state='OPEN' ORDER BY created_at LIMIT 3")
q("q044","casual","typo_commits","commits","how many typo fix commits have i dnoe",
  f"SELECT count(*) FROM commits WHERE {OWN} AND lower(message) LIKE '%typo%'")
q("q045","casual","top_hour","habits","what hour am i most productve",
  f"SELECT {loc('%H')} h, count(*) FROM commits WHERE {OWN} GROUP BY 1 ORDER BY 2 DESC LIMIT 4")
q("q046","casual","not_planned","conversation","how many issues got closd as not planned",
  "SELECT count(*) FROM issues WHERE state_reason='NOT_PLANNED'", "c5")
q("q047","casual","not_planned_repo","conversation","which repo had the most of thoes",
  "SELECT repo_name, count(*) FROM issues WHERE state_reason='NOT_PLANNED' GROUP BY 1 ORDER BY 2 DESC LIMIT 3", "c5")
q("q048","casual","react_repos","repos","which of my repos use the react framwork",
  "SELECT group_concat(r.name) FROM repo_technologies t JOIN repositories r ON r.id=t.repo_id WHERE t.technology='React'")
q("q049","casual","forks_repo","repos","how many forsk does url-shortener have",
  "SELECT forks FROM repositories WHERE name='url-shortener'")
q("q050","casual","person_this_year","people","did ada byte commit anythng this yr?",
  f"SELECT count(*), max({D}) FROM commits WHERE author_name='Ada Byte' AND {loc('%Y')}='2026'")
q("q051","casual","reviews_given_year","reviews","how many reveiws did i leave on other ppl's prs in 2025",
  "SELECT count(*) FROM pull_request_reviews WHERE by_account AND NOT on_own_pr AND strftime('%Y',submitted_at,'unixepoch')='2025'")
q("q052","casual","stars_last_week","unanswerable","how many ppl starrd my stuff last week", U + "star events / timestamps are not stored")
q("q053","casual","predict_commits","unanswerable","will i hit 1000 commtis next yr?", U + "prediction")
q("q054","casual","gists","unanswerable","how many gists hav i made", U + "gists are not stored")
q("q055","casual","profile_views","unanswerable","whos been lookin at my profile lately, any visiters?", U + "profile views / traffic are not stored")
q("q056","casual","deletions_year","commits","how many lines did i delte in 2026",
  f"SELECT sum(deletions) FROM commits WHERE {OWN} AND {loc('%Y')}='2026'")
q("q057","casual","first_commit","commits","frist commit ever, when was it and where",
  f"SELECT {D}, r.name, message FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE c.{OWN} ORDER BY authored_at LIMIT 2")
q("q058","casual","top_language","repos","wat languages do i use the most",
  "SELECT language, sum(bytes) FROM repo_languages GROUP BY 1 ORDER BY 2 DESC LIMIT 3")
q("q059","casual","holiday","time","how many commits did i make on chrismas day 2025",
  f"SELECT count(*) FROM commits WHERE {OWN} AND {D}='2025-12-25'")
q("q060","casual","open_prs","prs","how many open prs am i siting on rn",
  f"SELECT count(*), sum(is_draft) FROM pull_requests WHERE {OWN} AND state='OPEN'")
# ---------------------------------------------------------------- context
q("q061","context","total_stars","repos","I'm updating my CV and want to mention my open-source reach. What is the total number of stars across all my repositories?",
  "SELECT sum(stars) FROM repositories")
q("q062","context","repos_touched_year","time","My manager thinks I'm spreading myself too thin. How many different repositories did I commit to in 2026?",
  f"SELECT count(DISTINCT repo_id) FROM commits WHERE {OWN} AND {loc('%Y')}='2026'")
q("q063","context","median_commit_size","commits","I've been told my commits are too big. What is the median number of lines changed (additions plus deletions) per commit of mine?",
  f"WITH t AS (SELECT additions+deletions x, ROW_NUMBER() OVER (ORDER BY additions+deletions) rn, count(*) OVER () n FROM commits WHERE {OWN}) SELECT x, rn, n FROM t WHERE rn IN (n/2, n/2+1)")
q("q064","context","community_files","signals","We're auditing which projects lack community files. Which of my repositories have neither a contributing guide nor a code of conduct?",
  "SELECT count(*), group_concat(r.name) FROM repositories r JOIN repo_signals s ON s.repo_id=r.id WHERE NOT s.has_contributing AND NOT s.has_code_of_conduct")
q("q065","context","top_reviewer","conversation","I'm preparing a talk about code review culture. Who has reviewed my pull requests most often?",
  "SELECT reviewer_login, count(*) FROM pull_request_reviews WHERE on_own_pr AND NOT by_account GROUP BY 1 ORDER BY 2 DESC", "c3")
q("q066","context","top_reviewer_approvals","conversation","How many of that person's reviews on my pull requests were approvals?",
  "SELECT reviewer_login, sum(state='APPROVED'), count(*) FROM pull_request_reviews WHERE on_own_pr AND NOT by_account GROUP BY 1 ORDER BY 3 DESC LIMIT 1", "c3")
q("q067","context","season_compare","compare","I think I've been slacking since summer. How do my commits from September to November 2026 compare with June to August 2026?",
  f"SELECT CASE WHEN {loc('%m')} IN ('06','07','08') THEN 'jun-aug' ELSE 'sep-nov' END p, count(*) FROM commits WHERE {OWN} AND {loc('%Y-%m')} BETWEEN '2026-06' AND '2026-11' GROUP BY 1")
q("q068","context","stale_repos","repos","I'm cleaning up stale projects. Which repositories that are not archived have had no push since before 2025?",
  "SELECT count(*), group_concat(name) FROM repositories WHERE NOT is_archived AND pushed_at < strftime('%s','2025-01-01')")
q("q069","context","time_to_review","reviews","My team wants to know how fast reviews happen. On average, how many hours pass between opening one of my pull requests and its first review?",
  f"SELECT round(avg((first_review_at-created_at)/3600.0),1), count(*) FROM pull_requests WHERE {OWN} AND first_review_at IS NOT NULL")
q("q070","context","kotlin","repos","A recruiter asked about my Kotlin experience. How many commits have I made to Kotlin repositories, and when was the first one?",
  f"SELECT count(*), min({D}) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE c.{OWN} AND r.primary_language='Kotlin'")
q("q071","context","most_days_repo","rank","I'm writing a blog post about my side projects. Which repository have I worked on on the most distinct days?",
  f"SELECT r.name, count(DISTINCT {D}) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE c.{OWN} GROUP BY 1 ORDER BY 2 DESC LIMIT 3")
q("q072","context","weekend_year","habits","Our team lead suspects weekend work is creeping in. How many of my commits in 2026 were made on a Saturday or Sunday?",
  f"SELECT count(*) FROM commits WHERE {OWN} AND {loc('%Y')}='2026' AND {loc('%w')} IN ('0','6')")
q("q073","context","go_vs_rust","compare","I'm comparing ecosystems I've worked in. Did I make more commits to Go repositories or to Rust repositories overall?",
  f"SELECT r.primary_language, count(*) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE c.{OWN} AND r.primary_language IN ('Go','Rust') GROUP BY 1")
q("q074","context","issues_closed_by_me","unanswerable","I'm tallying my maintenance work for a report. How many issues did I personally close in my repositories?", U + "who closed an issue is not stored (only closed_at, state_reason, closed_by_pr)")
q("q075","context","bus_factor","people","I'm worried about the bus factor of one project. What share of chat-server's commits are mine?",
  "SELECT own_commits, commits, round(100.0*own_commits/commits,1) FROM repo_stats s JOIN repositories r ON r.id=s.repo_id WHERE r.name='chat-server'")
q("q076","context","offset_count","habits","I usually work from Europe but sometimes from New York. How many of my commits were made at UTC-5?",
  f"SELECT count(*) FROM commits WHERE {OWN} AND author_utc_offset=-300")
q("q077","context","open_prs_repo","prs","Before a release I want a feel for the review queue. Which of my repositories has the most open pull requests right now?",
  "SELECT repo_name, count(*) FROM pull_requests WHERE state='OPEN' GROUP BY 1 ORDER BY 2 DESC LIMIT 4")
q("q078","context","milestone","commits","I want to celebrate a milestone. On what date did I make my 1000th commit?",
  f"SELECT {D}, r.name FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE c.{OWN} ORDER BY authored_at, sha LIMIT 1 OFFSET 999")
q("q079","context","conventional_share","commits","I'm looking at how I write commit messages. What share of my commits use conventional commit prefixes like feat:, fix: or chore:?",
  f"WITH h AS (SELECT CASE WHEN instr(message,':')>0 THEN lower(substr(message,1,instr(message,':')-1)) ELSE '' END head FROM commits WHERE {OWN}), k AS (SELECT CASE WHEN instr(head,'(')>0 THEN substr(head,1,instr(head,'(')-1) ELSE head END k FROM h) SELECT sum(k IN ('feat','fix','chore','docs','test','refactor','perf','ci','build','style')), count(*), round(100.0*sum(k IN ('feat','fix','chore','docs','test','refactor','perf','ci','build','style'))/count(*),1) FROM k")
q("q080","context","licenses","repos","For my portfolio I need the licence picture. How many of my repositories use MIT and how many use Apache-2.0?",
  "SELECT license_spdx, count(*) FROM repositories GROUP BY 1")
q("q081","context","ci_systems","signals","Someone asked me about my CI habits. Which CI systems do my repositories use, and how many repositories use each?",
  "SELECT ci_systems, count(*) FROM repo_signals WHERE has_ci GROUP BY 1")
q("q082","context","predict_2027","unanswerable","I'm planning next year. How many commits will I make in 2027 if I keep this pace?", U + "prediction")
q("q083","context","security_alerts","unanswerable","I saw a security notification I can't find anymore. Which of my repositories have open Dependabot security alerts?", U + "security / Dependabot alerts are not stored")
q("q084","context","hours_coding","unanswerable","I'm trying to track my time. How many hours did I spend coding last month?", U + "time spent is not recorded")
q("q085","context","external_prs","conversation","I'm checking my upstream contributions. Which projects outside my own account have I opened pull requests to?",
  f"SELECT repo_name, count(*), sum(state='MERGED') FROM pull_requests WHERE {OWN} AND repo_id IS NULL GROUP BY 1", "c6")
q("q086","context","external_merged","conversation","How many of those pull requests were merged?",
  f"SELECT count(*), sum(state='MERGED') FROM pull_requests WHERE {OWN} AND repo_id IS NULL", "c6")
q("q087","context","person_vs_me","people","My colleague Linus says he does most of the work on homelab-scripts. How many commits did Linus Branch make there compared with me?",
  "SELECT author_name, is_own, count(*) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE r.name='homelab-scripts' GROUP BY 1,2 ORDER BY 3 DESC")
q("q088","context","wip_repo","rank","I have a bad habit of committing with just \"wip\" as the message. In which repository did I do that most often?",
  f"SELECT r.name, count(*) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE c.{OWN} AND lower(trim(message))='wip' GROUP BY 1 ORDER BY 2 DESC LIMIT 3")
q("q089","context","reviews_trend","trends","I'm curious whether I've become more of a reviewer. Did I give more reviews in 2026 than in 2025?",
  "SELECT strftime('%Y',submitted_at,'unixepoch') y, count(*) FROM pull_request_reviews WHERE by_account AND strftime('%Y',submitted_at,'unixepoch') IN ('2025','2026') GROUP BY 1")
q("q090","context","issue_only_people","people","I want to know who engages with my projects without coding. Who opened the most issues in my repositories without ever committing to them?",
  "SELECT author_login, count(*) FROM issues WHERE NOT is_own AND lower(author_login) NOT IN (SELECT DISTINCT lower(author_login) FROM commits WHERE author_login IS NOT NULL) GROUP BY 1 ORDER BY 2 DESC LIMIT 3")
