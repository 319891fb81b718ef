#!/usr/bin/env python3
"""Writes ROUND_DIR/questions.tsv (id, style, kind, family, conversation, question, expected facts, verdict rule)
from the round's bank. usage: make_tsv.py ROUND_DIR"""
import os, sys
sys.path.insert(0, os.path.join(sys.argv[1], "tools"))
from bank import Q
from expected import E
with open(os.path.join(sys.argv[1], "questions.tsv"), "w") as f:
    f.write("id\tstyle\tkind\tfamily\tconversation\tquestion\texpected\tverdict_rule\n")
    for x in Q:
        f.write("\t".join([x["id"], x["style"], x["kind"], x.get("family", x["kind"]), x["conv"], x["question"], E[x["id"]][0], E[x["id"]][1]]) + "\n")
