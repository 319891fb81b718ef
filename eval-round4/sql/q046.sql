SELECT count(*) FROM issues WHERE state='CLOSED' AND state_reason='NOT_PLANNED';
