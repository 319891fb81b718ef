SELECT name, description, primary_language, stars, license_spdx, replace(topics,char(10),',') FROM repositories WHERE name='log-analyzer';
