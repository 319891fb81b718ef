SELECT sum(1-c.is_own), count(*), round(100.0*sum(1-c.is_own)/count(*),1) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE r.name='recipe-app';
