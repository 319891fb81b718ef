SELECT name, license_spdx FROM repositories WHERE primary_language='Rust' ORDER BY 1;
