SELECT sum(additions), sum(deletions), round(1.0*sum(additions)/sum(deletions),2) FROM commits WHERE is_own=1;
