SELECT repo_name, number, title, author_login, changed_files FROM pull_requests ORDER BY changed_files DESC LIMIT 3;
