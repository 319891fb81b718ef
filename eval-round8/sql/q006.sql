SELECT author_name, author_login, count(*) n FROM commits WHERE is_own=0 GROUP BY author_login ORDER BY n DESC LIMIT 3
