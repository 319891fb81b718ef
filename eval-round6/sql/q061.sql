SELECT repo_name, number, title, state, author_login, labels, comments, date(created_at,'unixepoch') FROM issues WHERE repo_name='graphql-gateway' AND number=116;
