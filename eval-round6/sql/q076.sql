SELECT count(*) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE r.name='raytracer' AND c.is_own;
