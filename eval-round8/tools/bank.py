# Round-8 question bank: id, style, kind, family, question, SQL, conversation group (follow-ups share one).
# L = the commit's own local time (product convention); "today" = 2026-12-02 12:00 UTC (faketime).
# "my"/"I" = is_own=1 for commits and pull requests, by_account=1 for reviews given. Issues "in my repos" = issues table.
L = "(authored_at + author_utc_offset*60)"
def loc(fmt): return f"strftime('{fmt}', {L}, 'unixepoch')"
D = f"date({L},'unixepoch')"
RN = "JOIN repositories r ON r.id=c.repo_id"
RS = "JOIN repo_signals s ON s.repo_id=r.id"
Q = []
def q(id, style, kind, family, text, sql, conv=""):
    Q.append(dict(id=id, style=style, kind=kind, family=family, question=text, sql=sql.strip(), conv=conv))

# ---------------- plain (20) ----------------
q("q001", "plain", "count", "commits", "How many commits did I make in 2024?",
  f"SELECT count(*) FROM commits WHERE is_own=1 AND {loc('%Y')}='2024'")
q("q002", "plain", "top", "habits", "On which day of the week do I make the most commits?",
  f"SELECT {loc('%w')} AS dow, count(*) n FROM commits WHERE is_own=1 GROUP BY dow ORDER BY n DESC LIMIT 3; -- 0=Sunday, 1=Monday")
q("q003", "plain", "top", "repos", "Which of my repositories has the most stars?",
  "SELECT name, stars FROM repositories ORDER BY stars DESC LIMIT 3")
q("q004", "plain", "list", "repos", "Which of my repositories are private?",
  "SELECT name FROM repositories WHERE is_private=1 ORDER BY name")
q("q005", "plain", "list", "signals", "Which repositories have CI set up but no tests?",
  "SELECT r.name FROM repositories r JOIN repo_signals s ON s.repo_id=r.id WHERE s.has_ci=1 AND s.has_tests=0 ORDER BY r.name")
q("q006", "plain", "top", "people", "Apart from me, who has made the most commits to my repositories?",
  "SELECT author_name, author_login, count(*) n FROM commits WHERE is_own=0 GROUP BY author_login ORDER BY n DESC LIMIT 3")
q("q007", "plain", "count", "prs", "How many of my pull requests are currently open?",
  "SELECT count(*), sum(is_draft) AS drafts FROM pull_requests WHERE is_own=1 AND state='OPEN'")
q("q008", "plain", "count", "issues", "How many issues in my repositories were closed as not planned?",
  "SELECT count(*) FROM issues WHERE state_reason='NOT_PLANNED'")
q("q009", "plain", "count", "reviews", "How many pull request reviews did I give in 2025?",
  "SELECT count(*) FROM pull_request_reviews WHERE by_account=1 AND strftime('%Y',submitted_at,'unixepoch')='2025'")
q("q010", "plain", "decline", "unanswerable", "How many followers do I have on GitHub?",
  "-- not stored: the store holds no followers or following lists (accounts has login, name, bio, created_at only)")
q("q011", "plain", "decline", "unanswerable", "How many times were my repositories cloned last week?",
  "-- not stored: no traffic (clones / views) data in the store")
q("q012", "plain", "top", "followup", "Which repository did I commit to the most in 2025?",
  f"SELECT r.name, count(*) n FROM commits c {RN} WHERE c.is_own=1 AND {loc('%Y')}='2025' GROUP BY r.name ORDER BY n DESC LIMIT 3", conv="c1")
q("q013", "plain", "list", "followup", "Who else committed to it?",
  f"SELECT author_name, author_login, count(*) n FROM commits c {RN} WHERE c.is_own=0 AND r.name='sensor-hub' GROUP BY author_login ORDER BY n DESC", conv="c1")
q("q014", "plain", "count", "followup", "How many pull requests did I open in 2024?",
  "SELECT count(*) FROM pull_requests WHERE is_own=1 AND strftime('%Y',created_at,'unixepoch')='2024'", conv="c2")
q("q015", "plain", "count", "followup", "How many of those were merged?",
  "SELECT state, count(*) FROM pull_requests WHERE is_own=1 AND strftime('%Y',created_at,'unixepoch')='2024' GROUP BY state", conv="c2")
q("q016", "plain", "top", "habits", "What was my longest streak of consecutive days with commits?",
  f"WITH d AS (SELECT DISTINCT {D} day FROM commits WHERE is_own=1), g AS (SELECT day, julianday(day) - row_number() OVER (ORDER BY day) grp FROM d) "
  "SELECT min(day), max(day), count(*) n FROM g GROUP BY grp ORDER BY n DESC LIMIT 3")
q("q017", "plain", "top", "repos", "Which of my repositories is the oldest?",
  "SELECT name, date(created_at,'unixepoch') FROM repositories ORDER BY created_at LIMIT 3")
q("q018", "plain", "list", "signals", "Which of my repositories use Spring Boot?",
  "SELECT r.name FROM repo_technologies t JOIN repositories r ON r.id=t.repo_id WHERE t.technology='Spring Boot' ORDER BY r.name")
q("q019", "plain", "compare", "trends", "Did I make more commits in the first half of 2026 than in the first half of 2025?",
  f"SELECT {loc('%Y')} y, count(*) FROM commits WHERE is_own=1 AND {loc('%m')}<='06' AND {loc('%Y')} IN ('2025','2026') GROUP BY y")
q("q020", "plain", "top", "prs", "Which of my pull requests was the largest by lines changed?",
  "SELECT repo_name, number, title, additions, deletions, additions+deletions n FROM pull_requests WHERE is_own=1 ORDER BY n DESC LIMIT 3")

# ---------------- casual (20): lower case, slang, one typo each ----------------
q("q021", "casual", "count", "commits", "how many comits did i push last month",
  f"SELECT count(*) FROM commits WHERE is_own=1 AND {loc('%Y-%m')}='2026-11'")
q("q022", "casual", "top", "habits", "what hour do i usualy commit the most at",
  f"SELECT {loc('%H')} h, count(*) n FROM commits WHERE is_own=1 GROUP BY h ORDER BY n DESC LIMIT 3")
q("q023", "casual", "list", "repos", "which repos r archivd",
  "SELECT name FROM repositories WHERE is_archived=1")
q("q024", "casual", "list", "signals", "got any repos w/ a dockerfile? wich ones",
  "SELECT r.name FROM repositories r JOIN repo_signals s ON s.repo_id=r.id WHERE s.has_dockerfile=1 ORDER BY r.name")
q("q025", "casual", "top", "followup", "who revews my prs the most",
  "SELECT reviewer_login, count(*) n, count(DISTINCT repo_key||'#'||pr_number) prs FROM pull_request_reviews WHERE on_own_pr=1 AND by_account=0 GROUP BY reviewer_login ORDER BY n DESC LIMIT 3", conv="c4")
q("q026", "casual", "count", "followup", "lol ok how many times did they ask for chnages on em",
  "SELECT count(*), count(DISTINCT repo_key||'#'||pr_number) FROM pull_request_reviews WHERE on_own_pr=1 AND reviewer_login='adabyte' AND state='CHANGES_REQUESTED'", conv="c4")
q("q027", "casual", "count", "issues", "how many issues did i open that r stil open",
  "SELECT count(*) FROM issues WHERE is_own=1 AND state='OPEN'")
q("q028", "casual", "top", "issues", "which repo got the most isues filed overall",
  "SELECT repo_name, count(*) n FROM issues GROUP BY repo_name ORDER BY n DESC LIMIT 3")
q("q029", "casual", "top", "repos", "whats my bigest repo size-wise",
  "SELECT name, size_kb FROM repositories ORDER BY size_kb DESC LIMIT 3")
q("q030", "casual", "count", "prs", "how many prs did i get mergd this yr",
  "SELECT count(*) FROM pull_requests WHERE is_own=1 AND strftime('%Y',merged_at,'unixepoch')='2026'; -- opened in 2026 and merged: 62")
q("q031", "casual", "decline", "unanswerable", "how much $$ did i make from github sponsers",
  "-- not stored: no GitHub Sponsors data")
q("q032", "casual", "decline", "unanswerable", "any of my github actions runs fail this week? which ones, cant find em",
  "-- not stored: the store knows which repos have CI configured (repo_signals) but holds no workflow runs")
q("q033", "casual", "list", "repos", "which of my repos havent been pushd to in like 2 yrs",
  "SELECT name, date(pushed_at,'unixepoch') FROM repositories WHERE pushed_at < strftime('%s','2024-12-02') ORDER BY pushed_at")
q("q034", "casual", "top", "repos", "which language have i writen the most code in",
  "SELECT language, sum(bytes) b FROM repo_languages GROUP BY language ORDER BY b DESC LIMIT 3")
q("q035", "casual", "list", "prs", "did i ever send prs to otehr ppl's repos? which ones",
  "SELECT repo_name, number, title, state FROM pull_requests WHERE is_own=1 AND repo_id IS NULL ORDER BY repo_name")
q("q036", "casual", "list", "followup", "which of my repos dont have a licnese",
  "SELECT name FROM repositories WHERE license_spdx IS NULL ORDER BY name", conv="c3")
q("q037", "casual", "top", "followup", "which of those has the most stars lol",
  "SELECT name, stars FROM repositories WHERE license_spdx IS NULL ORDER BY stars DESC", conv="c3")
q("q038", "casual", "count", "habits", "how many wekend commits have i done",
  f"SELECT count(*) FROM commits WHERE is_own=1 AND {loc('%w')} IN ('0','6')")
q("q039", "casual", "count", "repos", "how many repos do i hav that are in rust",
  "SELECT count(*), group_concat(name) FROM repositories WHERE primary_language='Rust'")
q("q040", "casual", "count", "issues", "how many issues in my repos got closd by a pr",
  "SELECT count(*) FROM issues WHERE closed_by_pr IS NOT NULL")

# ---------------- context (20): a context sentence first ----------------
q("q041", "context", "count", "commits", "I'm putting together my year-in-review post. How many lines of code did I add across my commits this year?",
  f"SELECT sum(additions), sum(deletions) FROM commits WHERE is_own=1 AND {loc('%Y')}='2026'")
q("q042", "context", "count", "habits", "I've been wondering whether I'm a weekend coder or not. How many of my commits in 2025 landed on a Saturday or Sunday?",
  f"SELECT count(*) FROM commits WHERE is_own=1 AND {loc('%Y')}='2025' AND {loc('%w')} IN ('0','6')")
q("q043", "context", "top", "repos", "I want to showcase a Python project in my portfolio, but nothing archived. Which of my active Python repositories has the most stars?",
  "SELECT name, stars, is_archived FROM repositories WHERE primary_language='Python' ORDER BY stars DESC")
q("q044", "context", "count", "prs", "My manager asked how responsive reviewers are on my work. On average, how long does it take for my pull requests to get their first review?",
  "SELECT avg((first_review_at-created_at)/3600.0) hours, count(*) FROM pull_requests WHERE is_own=1 AND first_review_at IS NOT NULL; -- median 6.46 h")
q("q045", "context", "count", "commits", "I'm cleaning up my GitHub profile. How many of my repositories have I not committed to at all this year?",
  f"SELECT count(*), group_concat(name) FROM repositories WHERE id NOT IN (SELECT repo_id FROM commits WHERE is_own=1 AND {loc('%Y')}='2026')")
q("q046", "context", "top", "signals", "We're choosing a CI provider for a new team project. Across my repos, which CI system do I use most often?",
  "SELECT ci_systems, count(*) FROM repo_signals WHERE has_ci=1 GROUP BY ci_systems ORDER BY 2 DESC")
q("q047", "context", "date", "commits", "I'm prepping a talk about my open-source habits. When did I make my very first commit, and in which repository?",
  f"SELECT datetime({L},'unixepoch'), r.name, message FROM commits c {RN} WHERE c.is_own=1 ORDER BY authored_at LIMIT 1")
q("q048", "context", "compare", "reviews", "I feel like I've been slacking on code review lately. How many reviews did I give in 2026 compared with 2025?",
  "SELECT strftime('%Y',submitted_at,'unixepoch') y, count(*) FROM pull_request_reviews WHERE by_account=1 AND y IN ('2025','2026') GROUP BY y")
q("q049", "context", "count", "issues", "I want to know how quickly issues get dealt with. On average, how many days does it take for an issue in my repositories to be closed?",
  "SELECT avg((closed_at-created_at)/86400.0), count(*) FROM issues WHERE closed_at IS NOT NULL")
q("q050", "context", "decline", "unanswerable", "I'm planning next year's goals. Can you predict how many commits I'll make in 2027?",
  "-- prediction: the store holds history only; an honest 'cannot predict' (optionally with the past pace) is right")
q("q051", "context", "decline", "unanswerable", "A recruiter asked about my community reach. How many people starred my repositories during the past month?",
  "-- not stored: only current star counts, no star timestamps / stargazer history")
q("q052", "context", "decline", "unanswerable", "I'm auditing my account security. Which SSH keys and personal access tokens are set up on my account?",
  "-- not stored: no SSH keys / tokens")
q("q053", "context", "decline", "unanswerable", "I want to compare myself to other developers. Where do my commit numbers rank among all GitHub users in my country?",
  "-- not stored: only this account's data; no global rankings / location")
q("q054", "context", "top", "commits", "I'm trying to see whether my workload has shifted over time. Which single month in my whole history had the most commits from me?",
  f"SELECT {loc('%Y-%m')} m, count(*) n FROM commits WHERE is_own=1 GROUP BY m ORDER BY n DESC LIMIT 3")
q("q055", "context", "list", "signals", "I'd like to add tests where they're missing. Which of my non-archived repositories have no tests at all?",
  "SELECT r.name FROM repositories r JOIN repo_signals s ON s.repo_id=r.id WHERE s.has_tests=0 AND r.is_archived=0 ORDER BY r.name")
q("q056", "context", "top", "followup", "I'm thinking of reusing its test setup in another project. What test framework does that repository use?",
  "SELECT r.name, s.test_frameworks FROM repositories r JOIN repo_signals s ON s.repo_id=r.id WHERE r.name='sensor-hub'", conv="c1")
q("q057", "context", "top", "followup", "I want to see where my effort went back then. Of those 2024 pull requests, which repository received the most?",
  "SELECT repo_name, count(*) n FROM pull_requests WHERE is_own=1 AND strftime('%Y',created_at,'unixepoch')='2024' GROUP BY repo_name ORDER BY n DESC LIMIT 3", conv="c2")
q("q058", "context", "top", "people", "I'm writing a blog post about collaboration. On markdown-notes, who besides me has made the most commits?",
  f"SELECT author_name, count(*) n FROM commits c {RN} WHERE c.is_own=0 AND r.name='markdown-notes' GROUP BY author_name ORDER BY n DESC")
q("q059", "context", "list", "repos", "I want to check that the topic tags on my repos make sense. Which repositories are tagged with the topic automation?",
  "SELECT name FROM repositories WHERE (char(10)||topics||char(10)) LIKE '%'||char(10)||'automation'||char(10)||'%' ORDER BY name")
q("q060", "context", "list", "signals", "I'm reviewing which projects are ready for outside contributors. Which of my repositories have both a contributing guide and a code of conduct?",
  "SELECT r.name FROM repositories r JOIN repo_signals s ON s.repo_id=r.id WHERE s.has_contributing=1 AND s.has_code_of_conduct=1 ORDER BY r.name")
