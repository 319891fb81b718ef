SELECT count(*), sum(is_own) FROM pull_requests WHERE state='OPEN' AND is_draft=1;
