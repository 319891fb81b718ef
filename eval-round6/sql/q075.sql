SELECT author_login, count(*) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE r.name='raytracer' AND NOT c.is_own GROUP BY 1;
