SELECT count(*), group_concat(name) FROM repositories WHERE primary_language='Rust'
