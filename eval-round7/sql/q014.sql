SELECT labels, count(*) FROM issues WHERE labels<>'' GROUP BY 1 ORDER BY 2 DESC
