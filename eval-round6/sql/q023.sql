SELECT name, license_spdx FROM repositories WHERE name='api-gateway';
