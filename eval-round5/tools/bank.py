# Round-5 question bank: id, style, kind, question, conversation group (follow-ups share one), SQL.
# L = the commit's own local time (README convention); "today" = 2026-12-02 (UTC, clock frozen by faketime).
# "my" = is_own=1 (the account's own identity; the demo has no bots: is_bot=0 everywhere).
L = "(authored_at + author_utc_offset*60)"
def loc(fmt): return f"strftime('{fmt}', {L}, 'unixepoch')"
H = f"CAST({loc('%H')} AS INT)"
OWN = "is_own=1"
RN = "JOIN repositories r ON r.id=c.repo_id"
RS = "JOIN repo_signals s ON s.repo_id=r.id"
Q = []
def q(id, style, kind, text, sql, conv=""):
    Q.append(dict(id=id, style=style, kind=kind, question=text, sql=sql.strip(), conv=conv))

# ---------------------------------------------------------------- commits & time
q("q001","plain","days_since","How many days has it been since my last commit?",
  f"SELECT date({L},'unixepoch') d, julianday('2026-12-02')-julianday(date({L},'unixepoch')) days FROM commits WHERE {OWN} ORDER BY authored_at DESC LIMIT 1;")
q("q002","casual","days_since","how long since i last pushed anything to url-shortner",
  f"SELECT date({L},'unixepoch') d, julianday('2026-12-02')-julianday(date({L},'unixepoch')) days, message FROM commits c {RN} WHERE c.{OWN} AND r.name='url-shortener' ORDER BY authored_at DESC LIMIT 1;")
q("q003","context","compare_quarters","I'm comparing quarters for my performance review. Did I make more commits in Q1 2026 or in Q2 2026, and how many in each?",
  f"SELECT CASE WHEN {loc('%m')}<='03' THEN 'Q1' ELSE 'Q2' END, count(*) FROM commits WHERE {OWN} AND {loc('%Y-%m')} BETWEEN '2026-01' AND '2026-06' GROUP BY 1;")
q("q004","context","compare_periods","October is always my crunch month. How many commits did I make in October 2026 compared with October 2025?",
  f"SELECT {loc('%Y-%m')}, count(*) FROM commits WHERE {OWN} AND {loc('%Y-%m')} IN ('2025-10','2026-10') GROUP BY 1;")
q("q005","casual","average_rate","avg commits per week in 2024?",
  f"SELECT count(*), round(count(*)/(366/7.0),1) per_week_366, round(count(*)/52.0,1) per_52 FROM commits WHERE {OWN} AND {loc('%Y')}='2024';")
q("q006","plain","median","What is the median number of lines changed (added plus deleted) in my commits?",
  """WITH w AS (SELECT additions+deletions v FROM commits WHERE is_own=1 ORDER BY v), n AS (SELECT count(*) c FROM w)
SELECT (SELECT c FROM n), (SELECT v FROM w LIMIT 1 OFFSET (SELECT (c-1)/2 FROM n)) lo, (SELECT v FROM w LIMIT 1 OFFSET (SELECT c/2 FROM n)) hi;""")
q("q007","casual","least_weekday","which day of the week do i commit the least",
  f"SELECT {loc('%w')} wd, count(*) FROM commits WHERE {OWN} GROUP BY 1 ORDER BY 2 ASC; -- 0=Sunday")
q("q008","plain","busiest_weekday_year","On which weekday did I make the most commits in 2023?",
  f"SELECT {loc('%w')} wd, count(*) FROM commits WHERE {OWN} AND {loc('%Y')}='2023' GROUP BY 1 ORDER BY 2 DESC; -- 0=Sunday")
q("q009","context","weekday_share","I'm trying to keep my Fridays free of deploys and code. What percentage of my commits land on a Friday?",
  f"SELECT sum({loc('%w')}='5'), count(*), round(100.0*sum({loc('%w')}='5')/count(*),1) FROM commits WHERE {OWN};")
q("q010","context","active_days","My New Year's resolution for 2023 was to code on more days. On how many different days did I commit in 2023?",
  f"SELECT count(DISTINCT date({L},'unixepoch')) FROM commits WHERE {OWN} AND {loc('%Y')}='2023';")
q("q011","context","inactive_days","I tried to commit every single day in November. How many days in November 2026 did I not commit at all?",
  f"SELECT count(DISTINCT date({L},'unixepoch')) active, 30-count(DISTINCT date({L},'unixepoch')) idle FROM commits WHERE {OWN} AND {loc('%Y-%m')}='2026-11';")
q("q012","casual","first_of_year","what was my first commit of 2025",
  f"SELECT datetime({L},'unixepoch'), r.name, substr(sha,1,7), message FROM commits c {RN} WHERE c.{OWN} AND {loc('%Y')}='2025' ORDER BY authored_at LIMIT 2;")
q("q013","plain","last_of_year","When was my last commit of 2024, and in which repository?",
  f"SELECT datetime({L},'unixepoch'), r.name, substr(sha,1,7), message FROM commits c {RN} WHERE c.{OWN} AND {loc('%Y')}='2024' ORDER BY authored_at DESC LIMIT 2;")
q("q014","casual","lines_period","how many lines did i add in march 2025",
  f"SELECT sum(additions), sum(deletions) FROM commits WHERE {OWN} AND {loc('%Y-%m')}='2025-03';")
q("q015","plain","busiest_year","Which year did I make the most commits in?",
  f"SELECT {loc('%Y')}, count(*) FROM commits WHERE {OWN} GROUP BY 1 ORDER BY 2 DESC;")
q("q016","casual","quietest_month","whats my quietest month ever",
  f"SELECT {loc('%Y-%m')}, count(*) FROM commits WHERE {OWN} GROUP BY 1 ORDER BY 2 ASC LIMIT 4; -- every month 2022-02..2026-11 has commits")
q("q017","context","hour_range","I've been told lunch breaks matter. How many of my commits were made during lunch, between 12:00 and 13:00?",
  f"SELECT count(*) FROM commits WHERE {OWN} AND {H}=12;")
q("q018","plain","hour_range_year","How many commits did I make in the evening, between 6 pm and midnight, in 2026?",
  f"SELECT count(*) FROM commits WHERE {OWN} AND {loc('%Y')}='2026' AND {H}>=18;")
q("q019","casual","least_hour","what hour am i least likely to commit",
  f"SELECT {H} h, count(*) FROM commits WHERE {OWN} GROUP BY 1 ORDER BY 2 ASC LIMIT 6; -- hours with no commit at all are 0")
q("q020","plain","weekday_count_year","How many commits did I make on weekdays (Monday to Friday) in 2026?",
  f"SELECT count(*) FROM commits WHERE {OWN} AND {loc('%Y')}='2026' AND {loc('%w')} NOT IN ('0','6');")
q("q021","context","busiest_week","I remember one week where I basically lived in my editor. What was my busiest week ever, and how many commits did I make that week?",
  f"SELECT date({L},'unixepoch','-'||((CAST({loc('%w')} AS INT)+6)%7)||' days') wk_mon, count(*) FROM commits WHERE {OWN} GROUP BY 1 ORDER BY 2 DESC LIMIT 3; -- weeks Monday..Sunday, local time")
q("q022","plain","per_active_day","On days when I commit, how many commits do I make on average in 2025?",
  f"SELECT count(*), count(DISTINCT date({L},'unixepoch')), round(1.0*count(*)/count(DISTINCT date({L},'unixepoch')),2) FROM commits WHERE {OWN} AND {loc('%Y')}='2025';")
q("q023","casual","yes_no_day","did i commit on july 14 2024",
  f"SELECT count(*) FROM commits WHERE {OWN} AND date({L},'unixepoch')='2024-07-14';")
q("q024","casual","average_rate","commits per month on avg in 2024",
  f"SELECT count(*), round(count(*)/12.0,1) FROM commits WHERE {OWN} AND {loc('%Y')}='2024';")
q("q025","context","since_date","I started a new job in June 2026 and want to see if my side projects suffered. How many commits have I made since June 1, 2026?",
  f"SELECT count(*) FROM commits WHERE {OWN} AND date({L},'unixepoch')>='2026-06-01';")
q("q026","context","ratio","A colleague says I mostly write new code rather than clean up. What's the ratio of lines I added to lines I deleted, over all my commits?",
  f"SELECT sum(additions), sum(deletions), round(1.0*sum(additions)/sum(deletions),2) FROM commits WHERE {OWN};")
q("q027","casual","hour_share","wat share of my commits r between 9 and 5 on workdays",
  f"SELECT sum({H} BETWEEN 9 AND 16 AND {loc('%w')} NOT IN ('0','6')), count(*), round(100.0*sum({H} BETWEEN 9 AND 16 AND {loc('%w')} NOT IN ('0','6'))/count(*),1) FROM commits WHERE {OWN};")
q("q028","context","zone_per_year","I travel a lot between the US and Europe. In 2025, which UTC offset did most of my commits come from?",
  f"SELECT author_utc_offset, count(*) FROM commits WHERE {OWN} AND {loc('%Y')}='2025' GROUP BY 1 ORDER BY 2 DESC;")
q("q029","plain","lines_per_commit_year","What was the average size of my commits in 2022, in lines changed?",
  f"SELECT count(*), sum(additions+deletions), round(avg(additions+deletions),1) FROM commits WHERE {OWN} AND {loc('%Y')}='2022';")
q("q030","casual","compare_months","did i commit more in jan or feb this year",
  f"SELECT {loc('%m')}, count(*) FROM commits WHERE {OWN} AND {loc('%Y-%m')} IN ('2026-01','2026-02') GROUP BY 1;")
q("q031","context","weekend_year_count","My partner says I never stop working on weekends. How many of my commits in 2025 were on a Saturday or Sunday, and what share of that year is that?",
  f"SELECT sum({loc('%w')} IN ('0','6')), count(*), round(100.0*sum({loc('%w')} IN ('0','6'))/count(*),1) FROM commits WHERE {OWN} AND {loc('%Y')}='2025';")

# ---------------------------------------------------------------- repositories
q("q032","plain","repo_watchers","Which repository has the most watchers?",
  "SELECT name, watchers FROM repositories ORDER BY watchers DESC LIMIT 3;")
q("q033","casual","repo_forks_zero","which of my repos have never been forked",
  "SELECT name, forks FROM repositories WHERE forks=0 ORDER BY 1;")
q("q034","plain","repo_open_issues","Which repositories have more than 10 open issues?",
  "SELECT r.name, r.open_issues, (SELECT count(*) FROM issues i WHERE i.repo_id=r.id AND i.state='OPEN') open_in_issue_table FROM repositories r ORDER BY 2 DESC LIMIT 6;")
q("q035","context","rank_within_language","I'm picking a project to demo in an interview and it has to be Rust. Of my Rust repositories, which one has the most stars?",
  "SELECT name, stars FROM repositories WHERE primary_language='Rust' ORDER BY stars DESC;")
q("q036","casual","list_except","list my repos bigger than 1000 kb except the java ones",
  "SELECT name, size_kb, primary_language FROM repositories WHERE size_kb>1000 ORDER BY 1;")
q("q037","casual","language_share_bytes","what % of my code is rust, by bytes",
  "SELECT sum(bytes) FILTER (WHERE language='Rust'), sum(bytes), round(100.0*sum(bytes) FILTER (WHERE language='Rust')/sum(bytes),1) FROM repo_languages;")
q("q038","plain","repo_languages","Which languages does ml-experiments contain, by bytes?",
  "SELECT l.language, l.bytes FROM repo_languages l JOIN repositories r ON r.id=l.repo_id WHERE r.name='ml-experiments' ORDER BY 2 DESC;")
q("q039","plain","repos_created_year","Which repositories did I create in 2022?",
  "SELECT name, date(created_at,'unixepoch') FROM repositories WHERE strftime('%Y',created_at,'unixepoch')='2022' ORDER BY 2;")
q("q040","context","created_month_any_year","I like to celebrate project birthdays, and July is my favourite month. Which of my repositories were created in July, in any year?",
  "SELECT name, date(created_at,'unixepoch') FROM repositories WHERE strftime('%m',created_at,'unixepoch')='07' ORDER BY 2;")
q("q041","plain","days_since_created","How many days ago did I create my newest repository?",
  "SELECT name, date(created_at,'unixepoch'), julianday('2026-12-02')-julianday(date(created_at,'unixepoch')) FROM repositories ORDER BY created_at DESC LIMIT 1;")
q("q042","casual","signals_and_not","repos with a code of conduct but no contributing guide?",
  f"SELECT r.name FROM repositories r {RS} WHERE s.has_code_of_conduct=1 AND s.has_contributing=0 ORDER BY 1;")
q("q043","context","score_lowest","I want to fix my sloppiest project first. Which repository has the lowest coding standards score?",
  f"SELECT r.name, s.coding_standards_score FROM repositories r {RS} ORDER BY 2 ASC LIMIT 4;")
q("q044","context","two_part_repo","A recruiter asked whether I do any Kotlin. Do I have a Kotlin repository, and how many stars does it have?",
  "SELECT name, stars, primary_language FROM repositories WHERE primary_language='Kotlin';")
q("q045","casual","repo_topic","which repos have the automation topic",
  "SELECT name FROM repositories WHERE topics LIKE '%automation%' ORDER BY 1;")
q("q046","casual","signals_and","any repos w/ both CI and a changelog",
  f"SELECT r.name FROM repositories r {RS} WHERE s.has_ci=1 AND s.has_changelog=1 ORDER BY 1;")
q("q047","context","signals_and_not","I'm auditing my README badges. Which repositories have tests but no CI at all?",
  f"SELECT r.name FROM repositories r {RS} WHERE s.has_tests=1 AND s.has_ci=0 ORDER BY 1;")
q("q048","casual","median_stars","median stars across my repos?",
  """WITH w AS (SELECT stars v FROM repositories ORDER BY v), n AS (SELECT count(*) c FROM w)
SELECT (SELECT c FROM n), (SELECT v FROM w LIMIT 1 OFFSET (SELECT (c-1)/2 FROM n)), (SELECT v FROM w LIMIT 1 OFFSET (SELECT c/2 FROM n));""")
q("q049","plain","yes_no_threshold","Do I have any repository with more than 300 stars?",
  "SELECT name, stars FROM repositories ORDER BY stars DESC LIMIT 2;")
q("q050","casual","all_have","do all my go repos have tests",
  f"SELECT r.name, s.has_tests FROM repositories r {RS} WHERE r.primary_language='Go' ORDER BY 1;")
q("q051","context","list_except","For my portfolio I only want living public work. List my public repositories except forks and archived ones — how many is that?",
  "SELECT count(*), group_concat(name) FROM repositories WHERE is_private=0 AND is_fork=0 AND is_archived=0;")
q("q052","casual","ci_negation","which repos dont use github actions",
  f"SELECT r.name, s.ci_systems FROM repositories r {RS} WHERE s.ci_systems NOT LIKE '%GitHub Actions%' ORDER BY 1;")
q("q053","plain","score_highest","Which repository has the highest organization score?",
  f"SELECT r.name, s.organization_score FROM repositories r {RS} ORDER BY 2 DESC LIMIT 3;")
q("q054","context","language_bytes_compare","I'm deciding whether to call myself a Java or a Python developer on my CV. Across all my repositories, do I have more bytes of Java or of Python?",
  "SELECT language, sum(bytes) FROM repo_languages WHERE language IN ('Java','Python') GROUP BY 1;")

# ---------------------------------------------------------------- commits per repo & people
q("q055","context","least_repo_year","Some projects fell by the wayside last year. Which repository did I commit to the least in 2025, among the ones I committed to at all?",
  f"SELECT r.name, count(*) FROM commits c {RN} WHERE c.{OWN} AND {loc('%Y')}='2025' GROUP BY 1 ORDER BY 2 ASC LIMIT 3;")
q("q056","casual","repos_touched_year","how many diff repos did i commit to in 2023",
  f"SELECT count(DISTINCT repo_id) FROM commits WHERE {OWN} AND {loc('%Y')}='2023';")
q("q057","plain","first_in_repo","What was my first commit in url-shortener?",
  f"SELECT datetime({L},'unixepoch'), substr(sha,1,7), message FROM commits c {RN} WHERE c.{OWN} AND r.name='url-shortener' ORDER BY authored_at LIMIT 2;")
q("q058","context","last_anyone_repo","I need to decide whether game-of-life is dead. When was the last commit by anyone in game-of-life, and who made it?",
  f"SELECT datetime({L},'unixepoch'), author_name, message FROM commits c {RN} WHERE r.name='game-of-life' ORDER BY authored_at DESC LIMIT 2;")
q("q059","casual","top_other_in_repo","who commits the most to api-gateway besides me",
  f"SELECT author_name, count(*) FROM commits c {RN} WHERE r.name='api-gateway' AND c.is_own=0 GROUP BY 1 ORDER BY 2 DESC;")
q("q060","plain","person_lines","How many lines has Ada Byte deleted in total across my repositories?",
  "SELECT sum(deletions), sum(additions), count(*) FROM commits WHERE author_login='adabyte';")
q("q061","casual","person_last_in_repo","when did monalisa last commit to url-shortener",
  f"SELECT datetime({L},'unixepoch'), message FROM commits c {RN} WHERE r.name='url-shortener' AND author_login='monalisa' ORDER BY authored_at DESC LIMIT 1;")
q("q062","context","person_count_year","I'm writing thank-you notes at the end of the year. How many commits did Linus Branch make to my repositories in 2026?",
  f"SELECT count(*) FROM commits WHERE author_login='linusbranch' AND {loc('%Y')}='2026';")
q("q063","plain","top_collab_year","Which collaborator made the most commits in 2025?",
  f"SELECT author_name, count(*) FROM commits WHERE is_own=0 AND {loc('%Y')}='2025' GROUP BY 1 ORDER BY 2 DESC;")
q("q064","plain","others_share_repo","What percentage of the commits in recipe-app were made by other people?",
  f"SELECT sum(1-c.is_own), count(*), round(100.0*sum(1-c.is_own)/count(*),1) FROM commits c {RN} WHERE r.name='recipe-app';")
q("q065","casual","yes_no_others","has anyone besides me ever committed to weather-cli",
  f"SELECT author_name, count(*) FROM commits c {RN} WHERE r.name='weather-cli' AND c.is_own=0 GROUP BY 1;")
q("q066","context","yes_no_weekend_repo","terraform-modules is supposed to be a work-hours-only project. Have I ever committed to it on a weekend, and if so how many times?",
  f"SELECT count(*) FROM commits c {RN} WHERE c.{OWN} AND r.name='terraform-modules' AND {loc('%w')} IN ('0','6');")
q("q067","plain","days_since_repo","How many days has it been since anyone committed to dotfiles?",
  f"SELECT date({L},'unixepoch'), julianday('2026-12-02')-julianday(date({L},'unixepoch')) FROM commits c {RN} WHERE r.name='dotfiles' ORDER BY authored_at DESC LIMIT 1;")
q("q068","casual","avg_commits_per_repo","on avg how many of my commits does each repo have",
  f"SELECT count(*), count(DISTINCT repo_id), round(count(*)/25.0,1) FROM commits WHERE {OWN};")
q("q069","plain","latest_anyone","What is the most recent commit by anyone in any of my repositories?",
  f"SELECT datetime({L},'unixepoch'), r.name, author_name, message FROM commits c {RN} ORDER BY authored_at DESC LIMIT 2;")
q("q070","context","others_repo_year","I want to see where the community is most active this year. Which repository got the most commits from other people in 2026?",
  f"SELECT r.name, count(*) FROM commits c {RN} WHERE c.is_own=0 AND {loc('%Y')}='2026' GROUP BY 1 ORDER BY 2 DESC LIMIT 3;")
q("q071","casual","merges_repo_year","how many merge commits in chat-server this yr",
  f"SELECT count(*) FROM commits c {RN} WHERE r.name='chat-server' AND c.parent_count>1 AND {loc('%Y')}='2026';")

# ---------------------------------------------------------------- pull requests, reviews, issues
q("q072","plain","prs_by_others_year","How many pull requests did other people open on my repositories in 2025?",
  "SELECT count(*) FROM pull_requests WHERE is_own=0 AND strftime('%Y',created_at,'unixepoch')='2025';")
q("q073","casual","prs_closed_unmerged","how many of my prs got closed without being merged",
  "SELECT count(*) FROM pull_requests WHERE is_own=1 AND state='CLOSED';")
q("q074","plain","pr_merge_month","In which month of 2025 did I get the most pull requests merged?",
  "SELECT strftime('%Y-%m',merged_at,'unixepoch'), count(*) FROM pull_requests WHERE is_own=1 AND merged_at IS NOT NULL AND strftime('%Y',merged_at,'unixepoch')='2025' GROUP BY 1 ORDER BY 2 DESC LIMIT 3;")
q("q075","plain","pr_merge_time_year","What was the median time to merge for my pull requests merged in 2025?",
  """WITH w AS (SELECT (merged_at-created_at)/3600.0 h FROM pull_requests WHERE is_own=1 AND merged_at IS NOT NULL AND strftime('%Y',merged_at,'unixepoch')='2025' ORDER BY h), n AS (SELECT count(*) c FROM w)
SELECT (SELECT c FROM n), (SELECT h FROM w LIMIT 1 OFFSET (SELECT (c-1)/2 FROM n)), (SELECT h FROM w LIMIT 1 OFFSET (SELECT c/2 FROM n));""")
q("q076","context","reviewer_count","I want to reward the people who review my work. How many reviews has Ada Byte left on my pull requests?",
  "SELECT count(*), sum(state='APPROVED'), sum(state='CHANGES_REQUESTED'), sum(state='COMMENTED') FROM pull_request_reviews WHERE reviewer_login='adabyte' AND on_own_pr=1;")
q("q077","plain","approvals_given_year","How many pull requests did I approve in 2026?",
  "SELECT count(*), count(DISTINCT repo_key||'#'||pr_number) FROM pull_request_reviews WHERE by_account=1 AND state='APPROVED' AND strftime('%Y',submitted_at,'unixepoch')='2026';")
q("q078","casual","open_prs_repo","how many open prs does chat-server have",
  "SELECT count(*), sum(is_own) FROM pull_requests WHERE repo_name='chat-server' AND state='OPEN';")
q("q079","plain","own_issues_year","How many issues did I open myself in 2025?",
  "SELECT count(*) FROM issues WHERE is_own=1 AND strftime('%Y',created_at,'unixepoch')='2025';")
q("q080","casual","issue_comments_avg","whats the avg number of comments on my issues",
  "SELECT count(*), sum(comments), round(avg(comments),2), (SELECT round(avg(comments),2) FROM issues WHERE is_own=1) own_avg FROM issues;")
q("q081","context","issues_label_repo","I'm going on leave and handing over ml-experiments. How many open issues in ml-experiments are labeled bug?",
  "SELECT count(*) FROM issues WHERE repo_name='ml-experiments' AND state='OPEN' AND ('\n'||labels||'\n') LIKE '%'||char(10)||'bug'||char(10)||'%';")
q("q082","plain","issues_opened_month","How many issues were opened in November 2026?",
  "SELECT count(*), sum(is_own) FROM issues WHERE strftime('%Y-%m',created_at,'unixepoch')='2026-11';")
q("q083","context","issue_close_median","Users complain that issues sit forever. What's the median number of days it takes to close an issue in my repos?",
  """WITH w AS (SELECT (closed_at-created_at)/86400.0 d FROM issues WHERE closed_at IS NOT NULL ORDER BY d), n AS (SELECT count(*) c FROM w)
SELECT (SELECT c FROM n), (SELECT d FROM w LIMIT 1 OFFSET (SELECT (c-1)/2 FROM n)), (SELECT d FROM w LIMIT 1 OFFSET (SELECT c/2 FROM n));""")
q("q084","casual","pr_most_comments","which of my prs has the most comments",
  "SELECT repo_name, number, title, comments FROM pull_requests WHERE is_own=1 ORDER BY comments DESC LIMIT 4;")
q("q085","plain","pr_base_branch","How many pull requests target a base branch other than main?",
  "SELECT base_ref, count(*) FROM pull_requests GROUP BY 1 ORDER BY 2 DESC;")
q("q086","context","top_approver","I owe someone a coffee. Who approved the most of my pull requests?",
  "SELECT reviewer_login, count(*) FROM pull_request_reviews WHERE on_own_pr=1 AND state='APPROVED' GROUP BY 1 ORDER BY 2 DESC;")
q("q087","context","pr_never_reviewed","Our team tracks responsiveness. What share of my pull requests never got any review at all?",
  "SELECT sum(first_review_at IS NULL), count(*), round(100.0*sum(first_review_at IS NULL)/count(*),1) FROM pull_requests WHERE is_own=1;")
q("q088","casual","first_pr","when did i open my very first pr",
  "SELECT date(created_at,'unixepoch'), repo_name, number, title FROM pull_requests WHERE is_own=1 ORDER BY created_at LIMIT 2;")
q("q089","context","prs_merged_month","Last month was crunch time. How many of my pull requests were merged in November 2026?",
  "SELECT count(*) FROM pull_requests WHERE is_own=1 AND strftime('%Y-%m',merged_at,'unixepoch')='2026-11';")
q("q090","casual","issues_by_others_open","how many open issues did other ppl file on my repos",
  "SELECT count(*) FROM issues WHERE is_own=0 AND state='OPEN';")
q("q091","context","pr_open_oldest","Some of my PRs are gathering dust. What is my oldest pull request that is still open?",
  "SELECT date(created_at,'unixepoch'), repo_name, number, title FROM pull_requests WHERE is_own=1 AND state='OPEN' ORDER BY created_at LIMIT 2;")
q("q092","context","pr_additions_total","My manager wants a rough volume number. How many lines did my merged pull requests add in 2025 in total?",
  "SELECT count(*), sum(additions), sum(deletions) FROM pull_requests WHERE is_own=1 AND state='MERGED' AND strftime('%Y',merged_at,'unixepoch')='2025';")

# ---------------------------------------------------------------- follow-ups
q("q093","plain","followup","How many commits did I make in 2022?",
  f"SELECT count(*) FROM commits WHERE {OWN} AND {loc('%Y')}='2022';", conv="C1")
q("q094","casual","followup","and the year after?",
  f"SELECT count(*) FROM commits WHERE {OWN} AND {loc('%Y')}='2023';", conv="C1")
q("q095","context","followup","That jump is bigger than I expected. Which repository got most of my commits in that year?",
  f"SELECT r.name, count(*) FROM commits c {RN} WHERE c.{OWN} AND {loc('%Y')}='2023' GROUP BY 1 ORDER BY 2 DESC LIMIT 3;", conv="C1")
q("q096","plain","followup","Who is my most frequent collaborator?",
  "SELECT author_name, count(*) FROM commits WHERE is_own=0 GROUP BY 1 ORDER BY 2 DESC LIMIT 2;", conv="C2")
q("q097","casual","followup","how many commits did he make in 2025",
  f"SELECT count(*) FROM commits WHERE author_login='linusbranch' AND {loc('%Y')}='2025';", conv="C2")
q("q098","plain","followup","And in which repository did he commit the most?",
  f"SELECT r.name, count(*) FROM commits c {RN} WHERE author_login='linusbranch' GROUP BY 1 ORDER BY 2 DESC LIMIT 3;", conv="C2")
q("q099","casual","followup","whats my busiest weekday",
  f"SELECT {loc('%w')}, count(*) FROM commits WHERE {OWN} GROUP BY 1 ORDER BY 2 DESC;", conv="C3")
q("q100","casual","followup","and in 2024?",
  f"SELECT {loc('%w')}, count(*) FROM commits WHERE {OWN} AND {loc('%Y')}='2024' GROUP BY 1 ORDER BY 2 DESC;", conv="C3")
q("q101","context","followup","I'm looking at my backlog of reviews. How many pull requests do I have open right now?",
  "SELECT count(*), sum(is_draft) FROM pull_requests WHERE is_own=1 AND state='OPEN';", conv="C4")
q("q102","plain","followup","How many of them are in ml-experiments?",
  "SELECT count(*) FROM pull_requests WHERE is_own=1 AND state='OPEN' AND repo_name='ml-experiments';", conv="C4")

# ---------------------------------------------------------------- unanswerable / false premise (decline or correction expected)
q("q103","plain","unanswerable","How many stars have I given to other people's repositories?", "-- starred-by-me is not stored: decline")
q("q104","casual","unanswerable","how many lines of code is api-gateway right now",
  "SELECT l.language, l.bytes FROM repo_languages l JOIN repositories r ON r.id=l.repo_id WHERE r.name='api-gateway'; -- line count of the tree not stored (bytes only): decline, or bytes with that caveat")
q("q105","context","unanswerable","Our CI has been flaky lately. How many of my GitHub Actions runs failed last month?", "-- workflow runs are not stored: decline")
q("q106","plain","false_premise","Why did I delete the todo-app repository?", "SELECT count(*) FROM repositories WHERE name LIKE '%todo%'; -- 0: no such repository; reasons are never stored")
q("q107","casual","false_premise","how many commits did i make to my haskell repos",
  "SELECT count(*) FROM repositories r LEFT JOIN repo_languages l ON l.repo_id=r.id WHERE r.primary_language='Haskell' OR l.language='Haskell'; -- 0: there are no Haskell repos")
q("q108","context","false_premise","Since weather-cli is my most starred project, I want to highlight it. How many forks does it have?",
  "SELECT name, stars, forks FROM repositories WHERE name IN ('weather-cli','api-gateway'); -- premise false: weather-cli has 0 stars (api-gateway 295 is most starred); weather-cli forks = 0")
q("q109","plain","false_premise","When did I make my first commit in 2027?", "-- 2027 is in the future (today 2026-12-02): none")
q("q110","casual","unanswerable","how many issues have i opened on other ppls repos", "-- README: issues filed in other people's repositories are not ingested: decline")
q("q111","plain","unanswerable","Which of my repositories has the most downloads?", "-- downloads are not stored: decline")
q("q112","context","unanswerable","I'm preparing for a salary negotiation. How much more productive am I than the average developer at my company?", "-- other developers and 'productivity' are not in the store: decline")
q("q113","plain","false_premise","How many commits did I make on February 30, 2024?", "-- no such date: say so (0 / invalid)")
q("q114","casual","unanswerable","who unfollowed me this month", "-- followers not stored: decline")
q("q115","context","false_premise","My private repo secret-vault holds all my keys, so I keep it tidy. How many commits does it have?",
  "SELECT count(*) FROM repositories WHERE name LIKE '%vault%' OR name LIKE '%secret%'; -- 0: no such repository")
q("q116","plain","unanswerable","What is the test coverage percentage of url-shortener?", "-- coverage not stored (url-shortener has no tests detected): decline")
q("q117","casual","unanswerable","how many times was the data-pipeline docker image pulled", "-- pulls not stored: decline")
q("q118","context","unanswerable","I took two weeks of vacation in summer 2025. How many commits did I make while I was on vacation?", "-- vacation dates are not in the store: decline (or ask for the dates)")
q("q119","casual","false_premise","how many prs did dependabot open on my repos",
  "SELECT count(*) FROM pull_requests WHERE author_login LIKE '%dependabot%'; -- 0")
q("q120","plain","unanswerable","How many people visited my GitHub profile last week?", "-- profile views not stored: decline")

def family(qid):
    n = int(qid[1:])
    for hi, name in ((31, "commits & time"), (54, "repositories"), (71, "commits per repo & people"),
                     (92, "PRs, reviews, issues"), (102, "follow-ups"), (120, "unanswerable / false premise")):
        if n <= hi: return name
for x in Q: x["family"] = family(x["id"])
