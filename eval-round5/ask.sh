#!/usr/bin/env bash
# ask.sh QUESTION [CONVERSATION_ID] -> prints the JSON response
PORT=${PORT:-8765}; TOKEN=${TOKEN:-$(jq -r .session_token demo.json)}
body=$(jq -n --arg q "$1" --arg c "${2:-}" '{username:"octo-demo",question:$q} + (if $c=="" then {} else {conversation_id:$c} end)')
curl -s localhost:$PORT/query -H 'Content-Type: application/json' -H "Authorization: Bearer $TOKEN" -d "$body"
