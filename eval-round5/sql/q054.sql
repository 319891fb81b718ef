SELECT language, sum(bytes) FROM repo_languages WHERE language IN ('Java','Python') GROUP BY 1;
