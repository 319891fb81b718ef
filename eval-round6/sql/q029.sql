SELECT sum(watchers), sum(watchers) FILTER (WHERE NOT is_private) FROM repositories;
