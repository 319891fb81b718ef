SELECT count(*), group_concat(name) FROM repositories WHERE license_spdx IS NULL OR license_spdx=''
