SELECT count(*) FROM commits WHERE is_own=1 AND message='wip';
