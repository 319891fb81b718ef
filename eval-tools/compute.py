#!/usr/bin/env python3
"""Runs every question's SQL of one round (ROUND_DIR/sql/<id>.sql, written from the bank) on the frozen store and
prints the results (the round's sqlout.txt). usage: python3 eval-tools/compute.py ROUND_DIR STORE_DB
(STORE_DB made with gunzip -c eval-round4/store-2026-12-02.db.gz > store.db)"""
import os, sqlite3, sys
here = sys.argv[1]
sys.path.insert(0, os.path.join(here, "tools"))
from bank import Q
db = sqlite3.connect(sys.argv[2])
for x in Q:
    open(os.path.join(here, "sql", x["id"] + ".sql"), "w").write(x["sql"] + "\n")
    print(f"== {x['id']} [{x['style']}/{x['kind']}] {x['question']}")
    s = x["sql"]
    if s.startswith("--"):
        print("  ", s); continue
    for r in db.execute(s.split("; --")[0].rstrip(";")).fetchall():
        print("  ", r)
    if "; --" in s:
        print("   --" + s.split("; --", 1)[1])
