SELECT count(*) FROM pull_request_reviews WHERE by_account AND repo_name='chat-server';
