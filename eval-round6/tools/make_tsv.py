#!/usr/bin/env python3
"""Writes questions.tsv (id, style, kind, family, conversation, question, expected facts, verdict rule) from the bank."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from bank import Q
from expected import E
with open(os.path.join(os.path.dirname(__file__), "..", "questions.tsv"), "w") as f:
    f.write("id\tstyle\tkind\tfamily\tconversation\tquestion\texpected\tverdict_rule\n")
    for x in Q:
        f.write("\t".join([x["id"], x["style"], x["kind"], x["family"], x["conv"], x["question"], E[x["id"]][0], E[x["id"]][1]]) + "\n")
