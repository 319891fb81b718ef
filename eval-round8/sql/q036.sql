SELECT name FROM repositories WHERE license_spdx IS NULL ORDER BY name
