SELECT sum(message LIKE 'chore:%' OR message LIKE 'chore(%'), count(*), round(100.0*sum(message LIKE 'chore:%' OR message LIKE 'chore(%')/count(*),1) FROM commits WHERE is_own=1;
