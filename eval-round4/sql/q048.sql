SELECT coalesce(license_spdx,'none'), count(*) FROM repositories GROUP BY 1 ORDER BY 2 DESC;
