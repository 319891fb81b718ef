#!/usr/bin/env python3
"""Prints the markdown tables of report.md from results.tsv (rates per style / family / kind, and the wrong answers)."""
import collections, json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from bank import Q
from expected import E
here = os.path.join(os.path.dirname(__file__), "..")
res = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "results.tsv")
ans = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "answers")
rows = {l.split("\t")[0]: l.rstrip("\n").split("\t") for l in open(res) if not l.startswith("id\t")}
qs = {x["id"]: x for x in Q}
order = ["right", "declined", "hedged", "wrong", "not_understood"]
def line(label, ids):
    c = collections.Counter(rows[i][3] for i in ids); t = len(ids)
    ok = sum(1 for i in ids if rows[i][3] == "right" or (rows[i][3] == "declined" and E[i][1] != "facts"))
    return f"| {label} | {t} | " + " | ".join(f"{c[k]} ({100*c[k]/t:.0f}%)" for k in order) + f" | {ok} ({100*ok/t:.0f}%) |"
hdr = "| | n | right | declined | hedged | wrong | not understood | acceptable |\n|---|---|---|---|---|---|---|---|"
print(hdr); print(line("**overall**", list(qs)))
for s in ("plain", "casual", "context"): print(line(s, [i for i in qs if qs[i]["style"] == s]))
print(line("answerable only", [i for i in qs if E[i][1] == "facts"]))
print("\n" + hdr.replace("| | n", "| family | n"))
for f in dict.fromkeys(x["family"] for x in Q): print(line(f, [i for i in qs if qs[i]["family"] == f]))
print("\n| kind group | n | R | D | H | W | N | acceptable | not right |\n|---|---|---|---|---|---|---|---|---|")
kinds = collections.defaultdict(list)
for x in Q: kinds[x["group"]].append(x["id"])
def acc(ids): return sum(rows[i][3] == "right" or (rows[i][3] == "declined" and E[i][1] != "facts") for i in ids) / len(ids)
for k, ids in sorted(kinds.items(), key=lambda kv: (acc(kv[1]), kv[0])):
    c = collections.Counter(rows[i][3] for i in ids)
    bad = [i for i in ids if not (rows[i][3] == "right" or (rows[i][3] == "declined" and E[i][1] != "facts"))]
    print(f"| {k} | {len(ids)} | {c['right']} | {c['declined']} | {c['hedged']} | {c['wrong']} | {c['not_understood']} | {100*acc(ids):.0f}% | {', '.join(bad)} |")
print("\n### Every answer not scored right\n")
for x in Q:
    r = rows[x["id"]]
    if r[3] == "right" or (r[3] == "declined" and E[x["id"]][1] != "facts"): continue
    a = json.load(open(os.path.join(ans, x["id"] + ".json"))).get("answer", "").split("\n\n_Read as")[0]
    a = " ".join(a.split())[:260]
    print(f"- **{x['id']}** ({r[3]}; {x['style']}, {x['kind']}) “{x['question']}”  \n  expected: `{E[x['id']][0] or 'an honest decline'}`  \n"
          f"  answered: {a}  \n  diagnosis: {r[9]}")
