SELECT license_spdx, count(*) FROM repositories GROUP BY 1
