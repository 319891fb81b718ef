SELECT count(*) FROM issues WHERE state_reason='NOT_PLANNED'
