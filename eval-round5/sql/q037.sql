SELECT sum(bytes) FILTER (WHERE language='Rust'), sum(bytes), round(100.0*sum(bytes) FILTER (WHERE language='Rust')/sum(bytes),1) FROM repo_languages;
