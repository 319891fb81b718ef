SELECT count(*), sum(state='OPEN') FROM issues WHERE author_login='mojombo';
