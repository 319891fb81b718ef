SELECT count(*) FROM issues WHERE state='OPEN' AND (labels='good first issue' OR labels LIKE '%good first issue%');
