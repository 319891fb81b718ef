SELECT name, default_branch FROM repositories WHERE default_branch!='main';
