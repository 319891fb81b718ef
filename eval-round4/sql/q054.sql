SELECT test_frameworks, group_concat(r.name) FROM repo_signals s JOIN repositories r ON r.id=s.repo_id WHERE test_frameworks!='' GROUP BY 1;
