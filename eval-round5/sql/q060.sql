SELECT sum(deletions), sum(additions), count(*) FROM commits WHERE author_login='adabyte';
