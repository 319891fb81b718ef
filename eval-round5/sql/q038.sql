SELECT l.language, l.bytes FROM repo_languages l JOIN repositories r ON r.id=l.repo_id WHERE r.name='ml-experiments' ORDER BY 2 DESC;
