# Round-6 question bank: id, style, kind, question, conversation group (follow-ups share one), SQL.
# L = the commit's own local time (README convention); "today" = 2026-12-02 (UTC, clock frozen by faketime).
# "my" = is_own=1. The demo account has no bots.
L = "(authored_at + author_utc_offset*60)"
def loc(fmt): return f"strftime('{fmt}', {L}, 'unixepoch')"
D = f"date({L},'unixepoch')"
OWN = "is_own=1"
RN = "JOIN repositories r ON r.id=c.repo_id"
RS = "JOIN repo_signals s ON s.repo_id=r.id"
Q = []
def q(id, style, kind, text, sql, conv=""):
    Q.append(dict(id=id, style=style, kind=kind, question=text, sql=sql.strip(), conv=conv))

# ---------------------------------------------------------------- commits & time
q("q001","plain","rolling_window","How many commits did I make in the last 30 days?",
  f"SELECT sum({D}>='2026-11-02') from_nov2, sum({D}>='2026-11-03') from_nov3 FROM commits WHERE {OWN};")
q("q002","casual","yes_no_recent","did i commit anything yesterday",
  f"SELECT count(*) FROM commits WHERE {OWN} AND {D}='2026-12-01'; -- 0 => no")
q("q003","context","date_range","I took time off between Christmas and New Year last year. How many commits did I make from December 24, 2025 to January 1, 2026?",
  f"SELECT count(*) FROM commits WHERE {OWN} AND {D} BETWEEN '2025-12-24' AND '2026-01-01';")
q("q004","plain","biggest_in_year","What was my biggest commit in 2026 by lines changed?",
  f"SELECT r.name, substr(sha,1,7), {D}, additions, deletions, additions+deletions, message FROM commits c {RN} WHERE c.{OWN} AND {loc('%Y')}='2026' ORDER BY additions+deletions DESC LIMIT 3;")
q("q005","casual","single_file_commits","how many of my commits only touched one file",
  f"SELECT count(*) FROM commits WHERE {OWN} AND changed_files=1;")
q("q006","context","avg_files","I'm trying to make smaller, focused commits. On average, how many files does each of my commits change?",
  f"SELECT round(avg(changed_files),2), count(*) FROM commits WHERE {OWN};")
q("q007","plain","day_most_lines","On which day did I add the most lines of code?",
  f"SELECT {D} d, sum(additions) a, count(*) FROM commits WHERE {OWN} GROUP BY 1 ORDER BY a DESC LIMIT 3;")
q("q008","casual","quietest_month_year","which month in 2025 did i commit the least",
  f"SELECT {loc('%m')} m, count(*) n FROM commits WHERE {OWN} AND {loc('%Y')}='2025' GROUP BY 1 ORDER BY n LIMIT 3;")
q("q009","context","avg_size_repo","I suspect my chat-server commits are bulkier than my other work. What is the average size of my commits in chat-server, in lines changed?",
  "SELECT round(avg(additions+deletions),2), count(*) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE c.is_own AND r.name='chat-server';")
q("q010","plain","repos_last_month","Which repositories did I commit to last month?",
  f"SELECT r.name, count(*) FROM commits c {RN} WHERE c.{OWN} AND {loc('%Y-%m')}='2026-11' GROUP BY 1 ORDER BY 1;")
q("q011","casual","first_commit_year_msg","whats the message of my first commit this year",
  f"SELECT r.name, {D}, strftime('%H:%M',{L},'unixepoch'), message FROM commits c {RN} WHERE c.{OWN} AND {loc('%Y')}='2026' ORDER BY authored_at LIMIT 2;")
q("q012","context","avg_per_day_month","November was a heavy month for me. How many commits per day did I average in November 2026?",
  f"SELECT count(*), round(count(*)/30.0,2), count(DISTINCT {D}), round(count(*)*1.0/count(DISTINCT {D}),2) FROM commits WHERE {OWN} AND {loc('%Y-%m')}='2026-11';")
q("q013","plain","months_threshold","In how many months of 2025 did I make more than 100 commits?",
  f"SELECT count(*), group_concat(m) FROM (SELECT {loc('%m')} m, count(*) n FROM commits WHERE {OWN} AND {loc('%Y')}='2025' GROUP BY 1 HAVING n>100);")
q("q014","casual","count_month_utc","how many commits did i make in dec 2025 in utc",
  f"SELECT sum(strftime('%Y-%m',authored_at,'unixepoch')='2025-12') utc, sum({loc('%Y-%m')}='2025-12') local FROM commits WHERE {OWN};")
q("q015","context","longest_message","My team lead says my commit messages are too terse. What is the longest commit message I've written, and in which repository?",
  f"SELECT r.name, length(message), substr(sha,1,7), {D}, replace(message,char(10),' / ') FROM commits c {RN} WHERE c.{OWN} ORDER BY length(message) DESC LIMIT 3;")
q("q016","plain","lines_deleted_year","How many lines did I delete in 2026?",
  f"SELECT sum(deletions), sum(additions) FROM commits WHERE {OWN} AND {loc('%Y')}='2026';")
q("q017","casual","commits_repo_year","how many comits did i make to chat-server in 2026",
  f"SELECT count(*) FROM commits c {RN} WHERE c.{OWN} AND r.name='chat-server' AND {loc('%Y')}='2026';")
q("q018","context","first_week","I start every year with a burst of energy. How many commits did I make in the first week of January 2026 (January 1 to 7)?",
  f"SELECT count(*) FROM commits WHERE {OWN} AND {D} BETWEEN '2026-01-01' AND '2026-01-07';")
q("q019","plain","trend_months","How did my monthly commit count change from August to November 2026?",
  f"SELECT {loc('%Y-%m')}, count(*) FROM commits WHERE {OWN} AND {loc('%Y-%m')} BETWEEN '2026-08' AND '2026-11' GROUP BY 1;")
q("q020","casual","deletions_threshold","how many of my commits deleted more than 80 lines",
  f"SELECT count(*) FROM commits WHERE {OWN} AND deletions>80;")

# ---------------------------------------------------------------- repositories
q("q021","plain","nth_ranking","What is my second most starred repository?",
  "SELECT name, stars FROM repositories ORDER BY stars DESC LIMIT 3;")
q("q022","context","forks_threshold","I want to see which projects people actually build on. Which of my repos have more than 5 forks?",
  "SELECT name, forks FROM repositories WHERE forks>5 ORDER BY forks DESC;")
q("q023","context","repo_license_single","Legal asked me to check licensing before we open-source more. What license does api-gateway use?",
  "SELECT name, license_spdx FROM repositories WHERE name='api-gateway';")
q("q024","plain","created_before","Which of my repositories were created before 2023?",
  "SELECT name, date(created_at,'unixepoch') FROM repositories WHERE created_at < strftime('%s','2023-01-01') ORDER BY created_at;")
q("q025","casual","newest_repo","whats the newest repo i made",
  "SELECT name, date(created_at,'unixepoch') FROM repositories ORDER BY created_at DESC LIMIT 2;")
q("q026","context","repo_description","I forgot what I wrote for log-analyzer's description on GitHub. What does its description say?",
  "SELECT name, description FROM repositories WHERE name='log-analyzer';")
q("q027","plain","tech_count","How many of my repositories use Flask?",
  "SELECT count(*), group_concat(r.name) FROM repo_technologies t JOIN repositories r ON r.id=t.repo_id WHERE lower(t.technology)='flask';")
q("q028","casual","makefile","which repos have a makefile",
  f"SELECT r.name FROM repositories r {RS} WHERE s.has_makefile ORDER BY 1;")
q("q029","context","watchers_total","I'm writing a blog post about my open-source reach. How many watchers do all my repositories have combined?",
  "SELECT sum(watchers), sum(watchers) FILTER (WHERE NOT is_private) FROM repositories;")
q("q030","plain","primary_lang_list","Which repositories are mainly written in Go?",
  "SELECT name FROM repositories WHERE primary_language='Go' ORDER BY 1;")
q("q031","casual","yes_no_threshold","do i have any repo with over 50 forks",
  "SELECT name, forks FROM repositories WHERE forks>50;")
q("q032","context","created_date","weather-cli feels ancient to me. When exactly did I create it?",
  "SELECT name, datetime(created_at,'unixepoch') FROM repositories WHERE name='weather-cli';")
q("q033","plain","precommit","Which repositories have a pre-commit configuration?",
  f"SELECT r.name FROM repositories r {RS} WHERE s.has_precommit ORDER BY 1;")
q("q034","casual","issue_templates","repos with issue templates?",
  f"SELECT r.name FROM repositories r {RS} WHERE s.has_issue_templates ORDER BY 1;")
q("q035","context","compare_repo_stars","I'm choosing which project to put at the top of my profile. Does api-gateway have more stars than url-shortener, and by how many?",
  "SELECT (SELECT stars FROM repositories WHERE name='api-gateway'), (SELECT stars FROM repositories WHERE name='url-shortener');")
q("q036","context","license_count","For a licensing audit I need a quick number: how many of my repositories use the Apache-2.0 license?",
  "SELECT count(*), group_concat(name) FROM repositories WHERE license_spdx='Apache-2.0';")

# ---------------------------------------------------------------- people
q("q037","casual","latest_other","who was the last person besides me to commit to any of my repos",
  f"SELECT author_login, author_name, r.name, {D}, message FROM commits c {RN} WHERE NOT c.{OWN} ORDER BY authored_at DESC LIMIT 3;")
q("q038","plain","person_first","When did Ada Byte make her first commit to my repositories?",
  f"SELECT r.name, {D}, message FROM commits c {RN} WHERE author_login='adabyte' ORDER BY authored_at LIMIT 2;")
q("q039","context","person_repo_count","hubot shows up everywhere in my history. How many of my repositories has hubot committed to?",
  "SELECT count(DISTINCT repo_id) FROM commits WHERE author_login='hubot';")
q("q040","plain","people_lines_rank","Which collaborator has added the most lines to my repositories?",
  "SELECT author_login, sum(additions) a, count(*) FROM commits WHERE NOT is_own GROUP BY 1 ORDER BY a DESC;")
q("q041","casual","compare_people_year","did hubot or linus commit more in 2026",
  f"SELECT author_login, count(*) FROM commits WHERE author_login IN ('hubot','linusbranch') AND {loc('%Y')}='2026' GROUP BY 1;")
q("q042","context","person_repo_top","Mona Lisa mostly helps me on one project, I think. In which repository has she made the most commits?",
  "SELECT r.name, count(*) n FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE author_login='monalisa' GROUP BY 1 ORDER BY n DESC LIMIT 3;")
q("q043","context","person_prs","hubot sends me a lot of patches and I want to know how many. How many pull requests has hubot opened on my repositories?",
  "SELECT count(*), sum(state='MERGED') FROM pull_requests WHERE author_login='hubot' AND repo_id IS NOT NULL;")
q("q044","casual","others_lines_repo","how many lines did other people add to api-gateway",
  "SELECT sum(additions), count(*) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE NOT c.is_own AND r.name='api-gateway';")

# ---------------------------------------------------------------- PRs, reviews, issues
q("q045","plain","pr_lookup","What is pull request #7 in url-shortener about?",
  "SELECT repo_name, number, title, state, author_login, date(created_at,'unixepoch'), date(merged_at,'unixepoch'), additions, deletions, comments FROM pull_requests WHERE repo_name='url-shortener' AND number=7;")
q("q046","casual","pr_most_files","which pr changed the most files",
  "SELECT repo_name, number, title, author_login, changed_files FROM pull_requests ORDER BY changed_files DESC LIMIT 3;")
q("q047","context","pr_repo_merged","I'm reporting on ml-experiments to my team. How many pull requests were merged in ml-experiments altogether?",
  "SELECT count(*) FROM pull_requests WHERE repo_name='ml-experiments' AND state='MERGED';")
q("q048","plain","pr_avg_comments","What is the average number of comments on my pull requests?",
  "SELECT round(avg(comments),2), count(*) FROM pull_requests WHERE is_own;")
q("q049","casual","reviews_person_year","how many reviews did monalisa do in 2025",
  "SELECT count(*), sum(on_own_pr) FROM pull_request_reviews WHERE reviewer_login='monalisa' AND strftime('%Y',submitted_at,'unixepoch')='2025';")
q("q050","context","pr_latest_own","I lost track of what I submitted most recently. What's the latest pull request I opened?",
  "SELECT repo_name, number, title, state, datetime(created_at,'unixepoch') FROM pull_requests WHERE is_own ORDER BY created_at DESC LIMIT 2;")
q("q051","plain","open_prs_rank","Which repository has the most open pull requests?",
  "SELECT repo_name, count(*) n FROM pull_requests WHERE state='OPEN' GROUP BY 1 ORDER BY n DESC LIMIT 3;")
q("q052","casual","pr_closed_repo","how many prs got closed without merging in api-gateway",
  "SELECT count(*) FROM pull_requests WHERE repo_name='api-gateway' AND state='CLOSED';")
q("q053","context","pr_reviewers_single","I want to thank whoever looked at my work on sensor-hub #65. Who reviewed that pull request?",
  "SELECT reviewer_login, state, datetime(submitted_at,'unixepoch') FROM pull_request_reviews WHERE repo_name='sensor-hub' AND pr_number=65;")
q("q054","plain","prs_opened_year_repos","How many pull requests were opened on my repositories in 2026?",
  "SELECT count(*), sum(is_own) FROM pull_requests WHERE repo_id IS NOT NULL AND strftime('%Y',created_at,'unixepoch')='2026';")
q("q055","casual","issues_label_open","how many open good first issue issues do i have",
  "SELECT count(*) FROM issues WHERE state='OPEN' AND (labels='good first issue' OR labels LIKE '%good first issue%');")
q("q056","context","issues_comment_threshold","Some threads on my issue tracker get really long. How many issues in my repositories have 10 or more comments?",
  "SELECT count(*), sum(state='OPEN') FROM issues WHERE comments>=10;")
q("q057","plain","issues_person","How many issues has mojombo opened on my repositories?",
  "SELECT count(*), sum(state='OPEN') FROM issues WHERE author_login='mojombo';")
q("q058","casual","issues_closed_rank_year","which repo had the most issues closed in 2026",
  "SELECT repo_name, count(*) n FROM issues WHERE strftime('%Y',closed_at,'unixepoch')='2026' GROUP BY 1 ORDER BY n DESC LIMIT 3;")
q("q059","context","issue_newest_open","I triage new reports every Monday. What is the newest open issue across my repositories?",
  "SELECT repo_name, number, title, author_login, datetime(created_at,'unixepoch') FROM issues WHERE state='OPEN' ORDER BY created_at DESC LIMIT 2;")
q("q060","plain","issues_completed_year","How many issues were closed as completed in 2025?",
  "SELECT count(*) FROM issues WHERE state_reason='COMPLETED' AND strftime('%Y',closed_at,'unixepoch')='2025';")
q("q061","casual","issue_lookup","whats issue 116 in graphql-gateway",
  "SELECT repo_name, number, title, state, author_login, labels, comments, date(created_at,'unixepoch') FROM issues WHERE repo_name='graphql-gateway' AND number=116;")
q("q062","context","compare_opened_closed","I want to know if I'm keeping up with bug reports. In 2026, were more issues opened or closed on my repositories, and how many of each?",
  "SELECT sum(strftime('%Y',created_at,'unixepoch')='2026') opened, sum(strftime('%Y',closed_at,'unixepoch')='2026') closed FROM issues;")
q("q063","plain","reviews_given_repo","How many reviews did I give on chat-server pull requests?",
  "SELECT count(*) FROM pull_request_reviews WHERE by_account AND repo_name='chat-server';")
q("q064","context","first_review_wait_year","My team promised faster code review this year. For my pull requests opened in 2026, how long did they typically wait for a first review?",
  """WITH w AS (SELECT (first_review_at-created_at)/3600.0 h FROM pull_requests WHERE is_own AND first_review_at IS NOT NULL AND strftime('%Y',created_at,'unixepoch')='2026' ORDER BY h), n AS (SELECT count(*) c FROM w)
SELECT (SELECT c FROM n), round((SELECT avg(h) FROM w),2) mean_h, (SELECT h FROM w LIMIT 1 OFFSET (SELECT (c-1)/2 FROM n)) lo, (SELECT h FROM w LIMIT 1 OFFSET (SELECT c/2 FROM n)) hi;""")

# ---------------------------------------------------------------- follow-up conversations
q("q065","plain","followup","Which repository has the most stars?",
  "SELECT name, stars FROM repositories ORDER BY stars DESC LIMIT 1;", conv="C1")
q("q066","casual","followup","when did i last commit to it",
  f"SELECT {D}, message FROM commits c {RN} WHERE c.{OWN} AND r.name='api-gateway' ORDER BY authored_at DESC LIMIT 1;", conv="C1")
q("q067","context","followup","Since it's my flagship, I'd like to know how many open issues it has right now.",
  "SELECT (SELECT open_issues FROM repositories WHERE name='api-gateway') field, (SELECT count(*) FROM issues WHERE repo_name='api-gateway' AND state='OPEN') issues_table;", conv="C1")
q("q068","plain","followup","How many pull requests has Linus Branch opened on my repositories?",
  "SELECT count(*) FROM pull_requests WHERE author_login='linusbranch' AND repo_id IS NOT NULL;", conv="C2")
q("q069","casual","followup","how many of those got merged",
  "SELECT count(*) FROM pull_requests WHERE author_login='linusbranch' AND repo_id IS NOT NULL AND state='MERGED';", conv="C2")
q("q070","casual","followup","how many commits did i make in march 2026",
  f"SELECT count(*) FROM commits WHERE {OWN} AND {loc('%Y-%m')}='2026-03';", conv="C3")
q("q071","context","followup","That felt like a slow month. What about the month before?",
  f"SELECT count(*) FROM commits WHERE {OWN} AND {loc('%Y-%m')}='2026-02';", conv="C3")
q("q072","plain","followup","Which repositories are mainly written in Rust?",
  "SELECT name, license_spdx FROM repositories WHERE primary_language='Rust' ORDER BY 1;", conv="C4")
q("q073","casual","followup","which of those have a license",
  f"SELECT r.name, s.has_license, r.license_spdx FROM repositories r {RS} WHERE primary_language='Rust';", conv="C4")
q("q074","plain","followup","What was my biggest commit in 2024?",
  f"SELECT r.name, substr(sha,1,7), {D}, additions, deletions, additions+deletions, message FROM commits c {RN} WHERE c.{OWN} AND {loc('%Y')}='2024' ORDER BY additions+deletions DESC LIMIT 2;", conv="C5")
q("q075","casual","followup","who else has committed to that repo",
  "SELECT author_login, count(*) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE r.name='raytracer' AND NOT c.is_own GROUP BY 1;", conv="C5")
q("q076","context","followup","Good to know. And how many commits have I made to that repository in total?",
  "SELECT count(*) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE r.name='raytracer' AND c.is_own;", conv="C5")

# ---------------------------------------------------------------- unanswerable
q("q077","plain","unanswerable","How many followers do I have?", "-- followers not stored: decline")
q("q078","casual","unanswerable","how long do my github actions runs take on avg", "-- CI run durations not stored: decline")
q("q079","context","unanswerable","We had an outage after a deploy. When did I last deploy url-shortener to production?", "-- deployments not stored: decline")
q("q080","plain","unanswerable","How many GitHub Sponsors do I have?", "-- sponsors not stored: decline")
q("q081","casual","unanswerable","which repo got the most clones last month", "-- traffic (clones) not stored: decline")
q("q082","context","unanswerable","My manager asks for time tracking. How many hours did I spend coding last week?", "-- time spent coding not stored: decline")
q("q083","plain","unanswerable","How many releases has chat-server published?", "-- GitHub releases not stored: decline")
q("q084","casual","unanswerable","how many gists do i have", "-- gists not stored: decline")
q("q085","context","unanswerable","I publish log-analyzer as a Go module. How many times has it been downloaded this year?", "-- downloads not stored: decline")
q("q086","plain","unanswerable","How many open Dependabot security alerts does api-gateway have?", "-- security alerts not stored: decline")
q("q087","casual","unanswerable","which of my repos has the most discussions", "-- GitHub Discussions not stored: decline")
q("q088","context","unanswerable","I'm at a few thousand commits and want a milestone to celebrate. On what date will I reach 5,000 commits if I keep my current pace?", "-- a prediction: decline")
q("q089","plain","unanswerable","Who starred my repositories most recently?", "-- stargazers not stored: decline")
q("q090","casual","unanswerable","whats my contribution rank among devs in germany", "-- rankings against other users not stored: decline")

def family(qid):
    n = int(qid[1:])
    for hi, name in ((20, "commits & time"), (36, "repositories"), (44, "people"),
                     (64, "PRs, reviews, issues"), (76, "follow-ups"), (90, "unanswerable")):
        if n <= hi: return name
for x in Q: x["family"] = family(x["id"])

# kind groups for the report
GROUPS = {
 "counts over a period": "q001 q003 q012 q014 q016 q017 q018 q054 q060",
 "commit conditions & measures": "q005 q006 q009 q013 q015 q020",
 "superlatives & rankings": "q004 q007 q008 q011 q021 q025 q037 q040 q042 q046 q050 q051 q058 q059",
 "repository metadata & signals": "q010 q022 q023 q024 q026 q027 q028 q029 q030 q032 q033 q034 q036",
 "one person": "q038 q039 q043 q044 q049 q057",
 "one PR / issue by number": "q045 q053 q061",
 "PR & issue aggregates": "q047 q048 q052 q055 q056 q063 q064",
 "comparisons & trends": "q019 q035 q041 q062",
 "yes / no": "q002 q031",
 "follow-up conversations": "q065 q066 q067 q068 q069 q070 q071 q072 q073 q074 q075 q076",
 "unanswerable": "q077 q078 q079 q080 q081 q082 q083 q084 q085 q086 q087 q088 q089 q090",
}
_g = {i: g for g, ids in GROUPS.items() for i in ids.split()}
for x in Q: x["group"] = _g[x["id"]]
