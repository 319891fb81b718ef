SELECT count(*), group_concat(name) FROM repositories WHERE license_spdx='Apache-2.0';
