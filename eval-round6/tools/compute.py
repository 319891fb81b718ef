#!/usr/bin/env python3
"""Runs every question's SQL (sql/<id>.sql, written from the bank) on the frozen store and prints the results
(sqlout.txt). usage: python3 tools/compute.py [STORE_DB]  (default: store.db, made with
gunzip -c ../eval-round4/store-2026-12-02.db.gz > store.db)"""
import os, sqlite3, sys
sys.path.insert(0, os.path.dirname(__file__))
from bank import Q
here = os.path.join(os.path.dirname(__file__), "..")
db = sqlite3.connect(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "store.db"))
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
