#!/usr/bin/env python3
"""Asks every question of one round's bank over POST /query and saves each response to OUT/<id>.json.
usage: run.py ROUND_DIR PORT SESSION_TOKEN OUT
Follow-ups (same `conv` group) reuse the conversation id the first answer of the group returned."""
import json, os, sys, time, urllib.request
sys.path.insert(0, os.path.join(sys.argv[1], "tools"))
from bank import Q
port, token, out = sys.argv[2], sys.argv[3], sys.argv[4]
os.makedirs(out, exist_ok=True)
convs = {}
for x in Q:
    body = {"username": "octo-demo", "question": x["question"]}
    if x["conv"] and x["conv"] in convs:
        body["conversation_id"] = convs[x["conv"]]
    req = urllib.request.Request(f"http://127.0.0.1:{port}/query", data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
    t = time.time()
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            res = json.load(r)
    except urllib.error.HTTPError as e:
        res = {"answer": f"HTTP {e.code}: {e.read().decode()[:500]}", "error": True}
    except Exception as e:
        res = {"answer": f"ERROR: {e}", "error": True}
    res["_seconds"] = round(time.time() - t, 2)
    if x["conv"] and x["conv"] not in convs and res.get("conversation_id"):
        convs[x["conv"]] = res["conversation_id"]
    json.dump(res, open(f"{out}/{x['id']}.json", "w"), indent=1)
    print(x["id"], res["_seconds"], (res.get("answer") or "")[:80].replace("\n", " "), file=sys.stderr)
