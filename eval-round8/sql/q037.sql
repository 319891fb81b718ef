SELECT name, stars FROM repositories WHERE license_spdx IS NULL ORDER BY stars DESC
