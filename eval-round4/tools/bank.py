# The question bank: id, style, kind, question, conversation group (follow-ups share one), SQL.
# L = the commit's own local time (GitHub's convention); "today" = 2026-12-02 (UTC).
L = "(authored_at + author_utc_offset*60)"
def loc(fmt): return f"strftime('{fmt}', {L}, 'unixepoch')"
OWN = "is_own=1"
Q = []
def q(id, style, kind, text, sql, conv=""):
    Q.append(dict(id=id, style=style, kind=kind, question=text, sql=sql.strip(), conv=conv))

RN = "JOIN repositories r ON r.id=c.repo_id"
q("q001","context","count_combined","I'm writing a blog post about my year with Rust. Counting only my own work, how many commits did I make to my Rust repositories in 2025?",
  f"SELECT count(*) FROM commits c {RN} WHERE c.{OWN} AND r.primary_language='Rust' AND {loc('%Y')}='2025';")
q("q002","casual","count_combined","how many comits did i push on weekends in 2024",
  f"SELECT count(*) FROM commits WHERE {OWN} AND {loc('%Y')}='2024' AND {loc('%w')} IN ('0','6');")
q("q003","context","count_combined","I'm putting together my annual review and want to mention the chat server project. How many of my own commits went into chat-server during 2026?",
  f"SELECT count(*) FROM commits c {RN} WHERE c.{OWN} AND r.name='chat-server' AND {loc('%Y')}='2026';")
q("q004","plain","list_combined","Which of my public repositories have CI but no license?",
  "SELECT r.name FROM repositories r JOIN repo_signals s ON s.repo_id=r.id WHERE r.is_private=0 AND s.has_ci=1 AND r.license_spdx IS NULL ORDER BY 1;")
q("q005","casual","list_combined","python repos with docker but no tests?",
  "SELECT r.name, s.has_dockerfile, s.has_tests FROM repositories r JOIN repo_signals s ON s.repo_id=r.id WHERE r.id IN (SELECT repo_id FROM repo_technologies WHERE technology='Python') ORDER BY 1; -- expect none: both Python+Docker repos have tests")
q("q006","plain","rank_unusual","Which repository has the highest share of its commits made by other people?",
  "SELECT r.name, sum(1-c.is_own) others, count(*) n, round(100.0*sum(1-c.is_own)/count(*),1) pct FROM commits c JOIN repositories r ON r.id=c.repo_id GROUP BY 1 ORDER BY pct DESC LIMIT 3;")
q("q007","casual","rank_unusual","which repo has the most deleted lines",
  "SELECT r.name, sum(deletions) FROM commits c JOIN repositories r ON r.id=c.repo_id GROUP BY 1 ORDER BY 2 DESC LIMIT 3; -- all authors")
q("q008","context","rank_unusual","I'm curious where I write the chunkiest commits. Rank my repos by the average number of lines changed (added plus deleted) per commit of mine, top 3 please.",
  f"SELECT r.name, round(avg(additions+deletions),1) FROM commits c {RN} WHERE c.{OWN} GROUP BY 1 ORDER BY 2 DESC LIMIT 3;")
q("q009","context","compare_repos","I split my time between two Go and Python side projects last year and lost track. Did I make more commits to log-analyzer or to markdown-notes in 2025?",
  f"SELECT r.name, count(*) FROM commits c {RN} WHERE c.{OWN} AND r.name IN ('log-analyzer','markdown-notes') AND {loc('%Y')}='2025' GROUP BY 1;")
q("q010","casual","compare_repos","recipe-app vs url-shortener, which one has more stars",
  "SELECT name, stars FROM repositories WHERE name IN ('recipe-app','url-shortener');")
q("q011","plain","compare_periods","Did I commit more in the first half of 2025 or the second half?",
  f"SELECT CASE WHEN {loc('%m')}<='06' THEN 'H1' ELSE 'H2' END h, count(*) FROM commits WHERE {OWN} AND {loc('%Y')}='2025' GROUP BY 1;")
q("q012","context","compare_periods","Last year felt slow compared to 2024. Did I actually make fewer commits in 2025 than in 2024, and by how much?",
  f"SELECT {loc('%Y')} y, count(*) FROM commits WHERE {OWN} AND {loc('%Y')} IN ('2024','2025') GROUP BY 1;")
q("q013","casual","compare_languages","do i have more go repos or more java repos",
  "SELECT primary_language, count(*), group_concat(name) FROM repositories WHERE primary_language IN ('Go','Java') GROUP BY 1;")
q("q014","plain","compare_languages","Did I make more commits in my TypeScript repos or in my Python repos in 2025?",
  f"SELECT r.primary_language, count(*) FROM commits c {RN} WHERE c.{OWN} AND r.primary_language IN ('TypeScript','Python') AND {loc('%Y')}='2025' GROUP BY 1;")
q("q015","plain","either_or","Which repos use Kotlin or Rust?",
  "SELECT DISTINCT r.name, t.technology FROM repo_technologies t JOIN repositories r ON r.id=t.repo_id WHERE t.technology IN ('Kotlin','Rust') ORDER BY 1;")
q("q016","casual","either_or","anything using flask or django??",
  "SELECT r.name, t.technology FROM repo_technologies t JOIN repositories r ON r.id=t.repo_id WHERE t.technology IN ('Flask','Django') ORDER BY 1;")
q("q017","plain","busiest_in_zone","What is my busiest weekday in Tokyo time?",
  f"SELECT strftime('%w', authored_at+9*3600, 'unixepoch') wd, count(*) FROM commits WHERE {OWN} GROUP BY 1 ORDER BY 2 DESC; -- 0=Sunday")
q("q018","casual","busiest_in_zone","busiest hour of the day in utc for me?",
  f"SELECT strftime('%H', authored_at, 'unixepoch') h, count(*) FROM commits WHERE {OWN} GROUP BY 1 ORDER BY 2 DESC LIMIT 3;")
q("q019","context","busiest_in_zone","I might move to Bangalore next year, so I'm wondering how my habits would look there. In India time (UTC+5:30), at which hour of the day did I commit the most?",
  f"SELECT strftime('%H', authored_at+330*60, 'unixepoch') h, count(*) FROM commits WHERE {OWN} GROUP BY 1 ORDER BY 2 DESC LIMIT 3;")
STREAK = f"""WITH d AS (SELECT DISTINCT date({L},'unixepoch') day FROM commits WHERE {OWN} {{extra}}),
g AS (SELECT day, julianday(day) - ROW_NUMBER() OVER (ORDER BY day) grp FROM d)
SELECT min(day), max(day), count(*) n FROM g GROUP BY grp ORDER BY n DESC LIMIT 3;"""
q("q020","context","streak","A friend bragged about a 10-day commit streak and I think I beat that. What's my longest streak of consecutive days with commits?", STREAK.format(extra=""))
q("q021","casual","streak","longest streak i had in 2024?", STREAK.format(extra=f"AND {loc('%Y')}='2024'"))
GAP = f"""WITH d AS (SELECT DISTINCT date({L},'unixepoch') day FROM commits WHERE {OWN} {{extra}}),
x AS (SELECT day, LAG(day) OVER (ORDER BY day) prev FROM d)
SELECT prev, day, julianday(day)-julianday(prev) gap FROM x WHERE prev IS NOT NULL ORDER BY gap DESC LIMIT 3;"""
q("q022","plain","gap","What was my longest break between two commits?", GAP.format(extra=""))
q("q023","context","gap","I took a long vacation at some point in 2023, I think. What was the longest stretch in 2023 where I made no commits at all?", GAP.format(extra=f"AND {loc('%Y')}='2023'"))
SEASON = f"CASE WHEN {loc('%m')} IN ('12','01','02') THEN 'winter' WHEN {loc('%m')} IN ('03','04','05') THEN 'spring' WHEN {loc('%m')} IN ('06','07','08') THEN 'summer' ELSE 'autumn' END"
q("q024","context","season","People say developers hibernate in winter. Looking at all my history, in which season do I commit the most: winter, spring, summer or autumn?",
  f"SELECT {SEASON} s, count(*) FROM commits WHERE {OWN} GROUP BY 1 ORDER BY 2 DESC;")
q("q025","casual","season","do i code more in summer or winter lol",
  f"SELECT {SEASON} s, count(*) FROM commits WHERE {OWN} GROUP BY 1 ORDER BY 2 DESC;")
q("q026","plain","hours","How many of my commits were made between midnight and 5 am?",
  f"SELECT count(*) FROM commits WHERE {OWN} AND CAST({loc('%H')} AS INT) < 5; -- local hour 0..4")
q("q027","casual","hours","what % of my commits happen after 10pm",
  f"SELECT sum(CAST({loc('%H')} AS INT)>=22), count(*), round(100.0*sum(CAST({loc('%H')} AS INT)>=22)/count(*),1) FROM commits WHERE {OWN};")
q("q028","plain","message_content","What did I fix in chat-server last month?",
  f"SELECT date({L},'unixepoch'), message FROM commits c {RN} WHERE c.{OWN} AND r.name='chat-server' AND {loc('%Y-%m')}='2026-11' AND lower(message) LIKE '%fix%' ORDER BY 1;")
q("q029","casual","message_content","wat features did i add to kafka-playground this year",
  f"SELECT date({L},'unixepoch'), message FROM commits c {RN} WHERE c.{OWN} AND r.name='kafka-playground' AND {loc('%Y')}='2026' AND (message LIKE 'feat%' OR message LIKE 'Add %' OR message LIKE 'Implement %' OR message LIKE 'Support %') ORDER BY 1;")
q("q030","plain","keyword_count","How many of my commits mention pagination?",
  f"SELECT count(*) FROM commits WHERE {OWN} AND lower(message) LIKE '%pagination%';")
q("q031","casual","keyword_latest","when did i last touch anything about dark mode",
  f"SELECT date({L},'unixepoch'), r.name, message FROM commits c {RN} WHERE c.{OWN} AND lower(message) LIKE '%dark mode%' ORDER BY authored_at DESC LIMIT 3;")
q("q032","plain","commit_kind","How many of my commits are conventional 'feat:' commits?",
  f"SELECT count(*) FROM commits WHERE {OWN} AND message LIKE 'feat:%';")
q("q033","context","commit_kind","My team lead jokes that all I do is chores. Of all my commits, what share are chore or chore(deps) commits?",
  f"SELECT sum(message LIKE 'chore:%' OR message LIKE 'chore(%'), count(*), round(100.0*sum(message LIKE 'chore:%' OR message LIKE 'chore(%')/count(*),1) FROM commits WHERE {OWN};")
q("q034","context","commit_size","We're introducing a rule against giant commits at work. Before that, I'd like to know: how many of my commits touched more than 10 files?",
  f"SELECT count(*) FROM commits WHERE {OWN} AND changed_files > 10;")
q("q035","casual","commit_size","biggest commit i ever made by lines?",
  f"SELECT date({L},'unixepoch'), r.name, substr(sha,1,7), additions, deletions, additions+deletions t, message FROM commits c {RN} WHERE c.{OWN} ORDER BY t DESC LIMIT 3;")
q("q036","context","collaborators","I want to thank the people who help me most across projects. Besides me, who has committed to the most of my repositories?",
  "SELECT author_login, count(DISTINCT repo_id) repos, count(*) FROM commits WHERE is_own=0 GROUP BY 1 ORDER BY 2 DESC;")
q("q037","casual","collaborators","who did i work with on sensr-hub",
  "SELECT author_name, count(*) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE r.name='sensor-hub' AND c.is_own=0 GROUP BY 1 ORDER BY 2 DESC;")
q("q038","plain","pr_merge_rate","What share of my pull requests got merged?",
  "SELECT sum(state='MERGED'), sum(state='CLOSED'), sum(state='OPEN'), count(*), round(100.0*sum(state='MERGED')/count(*),1), round(100.0*sum(state='MERGED')/sum(state!='OPEN'),1) FROM pull_requests WHERE is_own=1;")
q("q039","casual","pr_merge_rate","merge rate for prs in graphql-gateway?",
  "SELECT sum(state='MERGED'), sum(state='CLOSED'), sum(state='OPEN'), count(*), round(100.0*sum(state='MERGED')/count(*),1), round(100.0*sum(state='MERGED')/sum(state!='OPEN'),1) FROM pull_requests WHERE repo_name='graphql-gateway';")
q("q040","context","pr_review_wait","My PRs feel like they sit forever before anyone looks at them. How long do my pull requests usually wait for their first review?",
  """WITH w AS (SELECT (first_review_at-created_at)/3600.0 h FROM pull_requests WHERE is_own=1 AND first_review_at IS NOT NULL ORDER BY h),
n AS (SELECT count(*) c FROM w)
SELECT (SELECT c FROM n), (SELECT h FROM w LIMIT 1 OFFSET (SELECT (c-1)/2 FROM n)) median_lo, (SELECT h FROM w LIMIT 1 OFFSET (SELECT c/2 FROM n)) median_hi;""")
q("q041","plain","pr_per_repo","Which repo got the most pull requests from other people?",
  "SELECT repo_name, count(*) FROM pull_requests WHERE is_own=0 GROUP BY 1 ORDER BY 2 DESC LIMIT 3;")
q("q042","casual","pr_external","how many PRs did i open in other peoples repos",
  "SELECT repo_name, count(*), group_concat(state) FROM pull_requests WHERE is_own=1 AND repo_id IS NULL GROUP BY 1;")
q("q043","context","issues_open","I'm planning a bug-bash weekend and need to size the backlog. How many open issues are there across all my repositories?",
  "SELECT count(*) FROM issues WHERE state='OPEN';")
q("q044","casual","issues_label","open bugs?",
  "SELECT repo_name, number, title FROM issues WHERE state='OPEN' AND (labels='bug' OR labels LIKE 'bug'||char(10)||'%' OR labels LIKE '%'||char(10)||'bug' OR labels LIKE '%'||char(10)||'bug'||char(10)||'%') ORDER BY 1;")
q("q045","plain","issues_opener","Apart from me, who opens the most issues on my repositories?",
  "SELECT author_login, count(*) FROM issues WHERE is_own=0 GROUP BY 1 ORDER BY 2 DESC LIMIT 4;")
q("q046","context","issue_close_reason","Triage has been brutal this year and I've rejected a lot of requests. Overall, how many issues were closed as not planned?",
  "SELECT count(*) FROM issues WHERE state='CLOSED' AND state_reason='NOT_PLANNED';")
q("q047","context","issue_close_reason","I feel like I close a lot of issues without actually fixing them. In markdown-notes, how many closed issues were completed versus not planned?",
  "SELECT state_reason, count(*) FROM issues WHERE repo_name='markdown-notes' AND state='CLOSED' GROUP BY 1;")
q("q048","plain","repo_license","Which license do most of my repos use?",
  "SELECT coalesce(license_spdx,'none'), count(*) FROM repositories GROUP BY 1 ORDER BY 2 DESC;")
q("q049","casual","repo_license","any repos w/o a license??",
  "SELECT name FROM repositories WHERE license_spdx IS NULL ORDER BY 1;")
q("q050","plain","repo_topics","Which repositories are tagged with the topic react?",
  "SELECT name FROM repositories WHERE ('\n'||topics||'\n') LIKE '%'||char(10)||'react'||char(10)||'%' ORDER BY 1;")
q("q051","context","repo_default_branch","We're finishing the master-to-main rename across the org. Which of my repos still don't use main as their default branch?",
  "SELECT name, default_branch FROM repositories WHERE default_branch!='main';")
q("q052","casual","repo_readme","which repo has the longest readme",
  "SELECT r.name, length(m.content) FROM readmes m JOIN repositories r ON r.id=m.repo_id ORDER BY 2 DESC LIMIT 3;")
q("q053","context","repo_ci","Our company is dropping GitLab, so I need to migrate pipelines. Which of my repos use GitLab CI?",
  "SELECT r.name FROM repo_signals s JOIN repositories r ON r.id=s.repo_id WHERE s.ci_systems LIKE '%GitLab CI%' ORDER BY 1;")
q("q054","casual","repo_tests","what test framworks am i using",
  "SELECT test_frameworks, group_concat(r.name) FROM repo_signals s JOIN repositories r ON r.id=s.repo_id WHERE test_frameworks!='' GROUP BY 1;")
q("q055","plain","repo_docker","Which repos have both a Dockerfile and a docker-compose file?",
  "SELECT r.name FROM repo_signals s JOIN repositories r ON r.id=s.repo_id WHERE has_dockerfile=1 AND has_compose=1 ORDER BY 1;")
q("q056","context","repo_docker","I'm cleaning up my container images this weekend. Which of my Java repos have Docker set up?",
  "SELECT r.name FROM repo_signals s JOIN repositories r ON r.id=s.repo_id WHERE has_dockerfile=1 AND r.primary_language='Java';")
# follow-ups
q("q057","plain","followup","Tell me about log-analyzer.",
  "SELECT name, description, primary_language, stars, license_spdx, replace(topics,char(10),',') FROM repositories WHERE name='log-analyzer';", conv="C1")
q("q058","casual","followup","how many commits did i make to it this year?",
  f"SELECT count(*) FROM commits c {RN} WHERE c.{OWN} AND r.name='log-analyzer' AND {loc('%Y')}='2026';", conv="C1")
q("q059","casual","followup","and who else works on it?",
  "SELECT author_login, count(*) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE r.name='log-analyzer' AND c.is_own=0 GROUP BY 1 ORDER BY 2 DESC;", conv="C1")
q("q060","casual","followup","what about its open issues",
  "SELECT count(*), group_concat(number) FROM issues WHERE repo_name='log-analyzer' AND state='OPEN';", conv="C1")
q("q061","plain","followup","How many commits did I make in 2024?",
  f"SELECT count(*) FROM commits WHERE {OWN} AND {loc('%Y')}='2024';", conv="C2")
q("q062","casual","followup","and in 2023?",
  f"SELECT count(*) FROM commits WHERE {OWN} AND {loc('%Y')}='2023';", conv="C2")
q("q063","plain","followup","Which month was the busiest that year?",
  f"SELECT {loc('%Y-%m')}, count(*) FROM commits WHERE {OWN} AND {loc('%Y')}='2023' GROUP BY 1 ORDER BY 2 DESC LIMIT 3;", conv="C2")
q("q064","plain","followup","Which repos use GitHub Actions?",
  "SELECT r.name FROM repo_signals s JOIN repositories r ON r.id=s.repo_id WHERE ci_systems LIKE '%GitHub Actions%' ORDER BY 1;", conv="C3")
q("q065","casual","followup","which of those have no tests?",
  "SELECT r.name FROM repo_signals s JOIN repositories r ON r.id=s.repo_id WHERE ci_systems LIKE '%GitHub Actions%' AND has_tests=0 ORDER BY 1;", conv="C3")
q("q066","casual","followup","and which one of them has the most stars",
  "SELECT r.name, stars FROM repo_signals s JOIN repositories r ON r.id=s.repo_id WHERE ci_systems LIKE '%GitHub Actions%' AND has_tests=0 ORDER BY stars DESC;", conv="C3")
q("q067","plain","followup","Show my merged pull requests in sensor-hub.",
  "SELECT number, title, date(merged_at,'unixepoch') FROM pull_requests WHERE repo_name='sensor-hub' AND is_own=1 AND state='MERGED' ORDER BY merged_at;", conv="C4")
q("q068","casual","followup","how many PRs there were opened by other people?",
  "SELECT count(*), sum(state='MERGED') FROM pull_requests WHERE repo_name='sensor-hub' AND is_own=0;", conv="C4")
# unanswerable: expect an honest decline
for id, style, text in [
  ("q069","plain","How many followers do I have on GitHub?"),
  ("q070","casual","how much money have i made from github sponsors"),
  ("q071","plain","How many hours did I spend coding last week?"),
  ("q072","context","I want to show a growth chart in my talk. What does the star history of url-shortener look like over the last year?"),
  ("q073","casual","how many ppl cloned api-gateway last month"),
  ("q074","plain","Which of my repos will be the most popular next year?"),
  ("q075","casual","what's my rank among github users in germany"),
  ("q076","plain","How many GitHub releases have I published for chat-server?"),
]:
    q(id, style, "unanswerable", text, "-- not in the store: the right answer is an honest decline")
# conditions the answerer may not support: it must apply them or say so
q("q077","context","unsupported_condition","I only care about substantial work here. Excluding merge commits and anything under 20 lines changed, how many commits did I make in 2025?",
  f"SELECT count(*) FROM commits WHERE {OWN} AND parent_count<2 AND additions+deletions>=20 AND {loc('%Y')}='2025';")
q("q078","casual","unsupported_condition","how many commits did i make during a full moon",
  "-- moon phases are not in the store: decline or say the condition cannot be applied")
q("q079","context","unsupported_condition","I have a theory that I code more on gloomy days. How many commits did I make while it was raining?",
  "-- weather is not in the store: decline")
q("q080","plain","unsupported_condition","How many commits did I make on German public holidays?",
  "-- holiday calendar not known: say so (or answer with a stated list of holidays)")
q("q081","casual","unsupported_condition","which repos did i only ever commit to from my laptop",
  "-- device is not in the store: decline")
q("q082","plain","unsupported_condition","What is my busiest hour on weekends only?",
  f"SELECT {loc('%H')}, count(*) FROM commits WHERE {OWN} AND {loc('%w')} IN ('0','6') GROUP BY 1 ORDER BY 2 DESC LIMIT 3; -- README lists this as not understood: right if computed, else must say weekends were not applied")
q("q083","context","unsupported_condition","I remember a slow stretch right before spring 2025. How many commits did I make in the month before March 2025?",
  f"SELECT count(*) FROM commits WHERE {OWN} AND {loc('%Y-%m')}='2025-02';")
q("q084","casual","unsupported_condition","how many commits did i make in repos with more than 40 stars last year",
  f"SELECT r.name, count(*) FROM commits c {RN} WHERE c.{OWN} AND r.stars>40 AND {loc('%Y')}='2025' GROUP BY 1; -- plus total")
# unusual kinds
q("q085","plain","release_cadence","How many release commits ('Release v…') did I make in 2025, and in which repos?",
  f"SELECT r.name, count(*) FROM commits c {RN} WHERE c.{OWN} AND message LIKE 'Release v%' AND {loc('%Y')}='2025' GROUP BY 1;")
q("q086","casual","dependency_bumps","which dependency do i bump the most in my chore(deps) commits",
  f"SELECT substr(message, 19, instr(substr(message,19),' ')-1) dep, count(*) FROM commits WHERE {OWN} AND message LIKE 'chore(deps): bump %' GROUP BY 1 ORDER BY 2 DESC LIMIT 4;")
q("q087","plain","wip_commits","How many of my commits have the message just 'wip'?",
  f"SELECT count(*) FROM commits WHERE {OWN} AND message='wip';")
q("q088","casual","typo_fixes","how many times did i fix a typo",
  f"SELECT count(*) FROM commits WHERE {OWN} AND lower(message) LIKE '%typo%';")
q("q089","context","repo_first_commit","I keep starting new projects. Which repository got its very first commit most recently?",
  "SELECT r.name, date(min(authored_at),'unixepoch') FROM commits c JOIN repositories r ON r.id=c.repo_id GROUP BY 1 ORDER BY 2 DESC LIMIT 3;")
q("q090","context","weekend_share_repo","Some projects I only touch as weekend hobbies. Which repository has the highest share of my commits falling on Saturdays or Sundays?",
  f"SELECT r.name, sum({loc('%w')} IN ('0','6')) we, count(*) n, round(100.0*sum({loc('%w')} IN ('0','6'))/count(*),1) pct FROM commits c {RN} WHERE c.{OWN} GROUP BY 1 ORDER BY pct DESC LIMIT 3;")
q("q091","plain","deletion_heavy","How many of my commits deleted more lines than they added?",
  f"SELECT count(*) FROM commits WHERE {OWN} AND deletions>additions;")
q("q092","casual","time_zones_used","from how many different timezones have i committed",
  f"SELECT author_utc_offset, count(*) FROM commits WHERE {OWN} GROUP BY 1;")
q("q093","context","stars_per_commit","Some of my tiny projects seem to get way more attention than the big ones. Which repo has the most stars per commit?",
  "SELECT r.name, r.stars, count(*), round(1.0*r.stars/count(*),2) spc FROM commits c JOIN repositories r ON r.id=c.repo_id GROUP BY 1 ORDER BY spc DESC LIMIT 3; -- all commits; own-only ranking is the same at the top")
q("q094","context","dormant_repos","I want to archive stuff I've abandoned. Which repos have I not committed to since the end of 2024?",
  "SELECT r.name, date(max(authored_at),'unixepoch') FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE c.is_own=1 GROUP BY 1 HAVING max(authored_at) < CAST(strftime('%s','2025-01-01') AS INT) ORDER BY 2;")
q("q095","plain","others_outnumber_me","Is there any repo where other people made more commits than I did?",
  "SELECT r.name, sum(is_own), sum(1-is_own) FROM commits c JOIN repositories r ON r.id=c.repo_id GROUP BY 1 HAVING sum(1-is_own) > sum(is_own); -- expect none")
q("q096","casual","draft_prs","how many draft prs are still open",
  "SELECT count(*), sum(is_own) FROM pull_requests WHERE state='OPEN' AND is_draft=1;")
q("q097","context","changes_requested","I'm told I'm a tough reviewer. How many times did I request changes on someone else's pull request?",
  "SELECT count(*) FROM pull_request_reviews WHERE by_account=1 AND state='CHANGES_REQUESTED';")
q("q098","context","pr_external","I'd like to list my open-source contributions on my CV. Which outside projects have I sent pull requests to?",
  "SELECT repo_name, count(*), group_concat(state) FROM pull_requests WHERE is_own=1 AND repo_id IS NULL GROUP BY 1;")
q("q099","plain","pr_labels","How many pull requests are labeled documentation?",
  "SELECT count(*) FROM pull_requests WHERE ('\n'||labels||'\n') LIKE '%'||char(10)||'documentation'||char(10)||'%';")
q("q100","casual","special_day","did i commit on new years eve 2025?",
  f"SELECT count(*), group_concat(DISTINCT r.name) FROM commits c {RN} WHERE c.{OWN} AND date({L},'unixepoch')='2025-12-31';")
q("q101","context","special_day","My family complains I work on holidays. How many commits did I make on Christmas Day, across all years?",
  f"SELECT {loc('%Y')}, count(*) FROM commits WHERE {OWN} AND {loc('%m-%d')}='12-25' GROUP BY 1;")
q("q102","context","busiest_day","There was one insane day before a deadline where I committed non-stop. What's the most commits I made in a single day, and when was it?",
  f"SELECT date({L},'unixepoch') d, count(*) FROM commits WHERE {OWN} GROUP BY 1 ORDER BY 2 DESC LIMIT 3;")
q("q103","plain","repo_lifespan","Which repository had the longest time between its first and last commit?",
  "SELECT r.name, date(min(authored_at),'unixepoch'), date(max(authored_at),'unixepoch'), round(julianday(max(authored_at),'unixepoch')-julianday(min(authored_at),'unixepoch')) FROM commits c JOIN repositories r ON r.id=c.repo_id GROUP BY 1 ORDER BY 4 DESC LIMIT 3;")
q("q104","casual","solo_repos","which repos have only my commits, nobody elses",
  "SELECT r.name FROM commits c JOIN repositories r ON r.id=c.repo_id GROUP BY 1 HAVING sum(1-is_own)=0;")
q("q105","context","merge_commits","I usually rebase, but sometimes I merge. How many merge commits have I made in total?",
  f"SELECT count(*) FROM commits WHERE {OWN} AND parent_count>1;")
q("q106","casual","lines","how many lines did i delete in 2026",
  f"SELECT sum(deletions) FROM commits WHERE {OWN} AND {loc('%Y')}='2026';")
q("q107","plain","average_rate","On average, how many commits a month have I made this year?",
  f"SELECT count(*), round(count(*)/11.0,1), round(count(*)/12.0,1) FROM commits WHERE {OWN} AND {loc('%Y')}='2026'; -- 11 full months + 2 days of December; accept either divisor if stated")
q("q108","casual","one_person","how many commits did mona lisa make in 2025",
  f"SELECT count(*) FROM commits WHERE author_login='monalisa' AND {loc('%Y')}='2025';")
q("q109","plain","repos_created","Which repos did I create in 2025?",
  "SELECT name, is_fork FROM repositories WHERE strftime('%Y',created_at,'unixepoch')='2025' ORDER BY 1;")
q("q110","context","forks","I forked a few things over the years and forgot about them. Which of my repos are forks, and how many stars do they have?",
  "SELECT name, stars FROM repositories WHERE is_fork=1;")
q("q111","casual","archived","is anythign archived",
  "SELECT name FROM repositories WHERE is_archived=1;")
q("q112","plain","recent_work","What did I work on last week?",
  f"SELECT r.name, count(*) FROM commits c {RN} WHERE c.{OWN} AND date({L},'unixepoch') BETWEEN '2026-11-23' AND '2026-11-29' GROUP BY 1 ORDER BY 2 DESC;")
q("q113","casual","count_period","how many commits in novmber",
  f"SELECT count(*) FROM commits WHERE {OWN} AND {loc('%Y-%m')}='2026-11';")
q("q114","context","reviewers","I want to buy a coffee for whoever reviews my stuff the most. Who reviews my pull requests most often?",
  "SELECT reviewer_login, count(*) FROM pull_request_reviews WHERE on_own_pr=1 AND by_account=0 GROUP BY 1 ORDER BY 2 DESC LIMIT 3;")
q("q115","context","pr_size","Reviewers keep complaining my PRs are huge. What's the biggest pull request I've opened, by lines changed?",
  "SELECT repo_name, number, title, additions, deletions, additions+deletions t, changed_files FROM pull_requests WHERE is_own=1 ORDER BY t DESC LIMIT 3;")
q("q116","context","issue_age","I'm ashamed of some ancient tickets. What's the oldest issue that is still open?",
  "SELECT repo_name, number, title, date(created_at,'unixepoch') FROM issues WHERE state='OPEN' ORDER BY created_at LIMIT 3;")
q("q117","casual","issues_closed_by_pr","how many issues got closed by a PR",
  "SELECT count(*) FROM issues WHERE closed_by_pr IS NOT NULL;")
q("q118","context","stars_total","For my portfolio page I want one number. How many stars do my public non-fork repos have altogether?",
  "SELECT sum(stars) FROM repositories WHERE is_private=0 AND is_fork=0;")
q("q119","casual","repo_size","smalest repo by size?",
  "SELECT name, size_kb FROM repositories ORDER BY size_kb LIMIT 3;")
q("q120","context","hours","I'm trying to figure out if I'm a morning person. Do I make more commits before noon or after 6 pm?",
  f"SELECT sum(CAST({loc('%H')} AS INT)<12) before_noon, sum(CAST({loc('%H')} AS INT)>=18) after_6pm FROM commits WHERE {OWN};")
