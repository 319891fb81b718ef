#!/usr/bin/env python3
"""Scores saved answers of one evaluation round against its expected facts.
usage: score.py ROUND_DIR ANSWERS_DIR [--manual manual.tsv] [--out results.tsv]
ROUND_DIR holds tools/bank.py (the questions, Q) and tools/expected.py (the facts, E).
Auto verdicts: right / declined / hedged / wrong / not_understood. A manual verdict (manual.tsv: id, sha1 of the
answer text, verdict, note) replaces the auto verdict only while the answer text is unchanged; otherwise the
question is scored automatically and, where the automatic verdict is uncertain, flagged REVIEW."""
import argparse, collections, hashlib, json, os, re, sys
sys.path.insert(0, os.path.join(sys.argv[1], "tools"))
from bank import Q
from expected import E

NOT_UNDERSTOOD = re.compile(r"did not understand|didn't understand|don't understand")
# a decline that says the store lacks the data (or that the thing asked about does not exist)
STORE_DECLINE = re.compile(r"does not hold|doesn't hold|not in the store|store does not|not stored|is not recorded|isn't recorded|"
                           r"no way to know|don't have data|do not have data|no data (on|about)|not something i can|"
                           r"cannot (answer|tell|know|be answered)|can't (answer|tell|know)|i don't know|predict|"
                           r"you have no repository|no repository named|has no docker")
# a partial decline: a stated condition could not be applied, the rest is answered
PARTIAL = re.compile(r"could not (place|apply)|couldn't (place|apply)|cannot apply|can't apply|can not|can't narrow|"
                     r"cannot narrow|not able to|unable to|without it|for those without")
DECLINE = re.compile(STORE_DECLINE.pattern + "|" + PARTIAL.pattern)
CLARIFY = re.compile(r"which repository do you mean")
HEDGE = re.compile(r"not sure|best reading|might|may not|partial|approximately|could not weigh|i guess|probably")

def norm(s):
    s = s.lower().replace("**", "").replace("`", "").replace("\u2013", "-").replace("\u2212", "-").replace("\u00a0", " ")
    s = re.sub(r"(?<=\d),(?=\d{3}\b)", "", s)
    return s

def fact_re(f):
    if f.startswith("re:"):
        return re.compile(f[3:])
    f = norm(f)
    pre = r"(?<![\w.-])" if re.match(r"\w", f) else ""
    post = r"(?!\w|-[a-z]|\.\d)" if re.search(r"\w$", f) else ""
    return re.compile(pre + re.escape(f) + post)

def alternatives(f):
    """'a|b|re:x|y' -> ['a', 'b', 're:x|y']: a regular expression is the last alternative and keeps its '|'."""
    i = f.find("re:")
    plain, rx = (f, "") if i < 0 else (f[:i], f[i:])
    return [a.strip() for a in plain.split("|") if a.strip()] + ([rx] if rx else [])

def check(facts, text):
    """-> (present, required, false_extras)"""
    present = required = 0; extras = []
    for f in [x.strip() for x in facts.split(" ; ") if x.strip()]:
        if f.startswith("!"):
            if fact_re(f[1:]).search(text): extras.append(f[1:])
            continue
        required += 1
        if any(fact_re(alt).search(text) for alt in alternatives(f)):
            present += 1
    return present, required, extras

def auto(qid, answer):
    facts, rule = E[qid]
    full = norm(answer)
    body = full.split("_read as:")[0]          # the reading line is not part of the answer
    p, n, extras = check(facts, full) if facts else (0, 0, [])
    if NOT_UNDERSTOOD.search(body): return "not_understood", p, n, extras
    if n and p == n and not extras: return "right", p, n, extras
    if extras and rule == "facts": return "wrong", p, n, extras      # states something known to be false
    if CLARIFY.search(body): return "not_understood", p, n, extras
    if rule != "facts":
        # unanswerable / false premise: only saying the store lacks it (or correcting the premise) declines;
        # "I could not place X; here is the answer without it" plus another number is a hedge
        if STORE_DECLINE.search(body): return "declined", p, n, extras
        if PARTIAL.search(body) or HEDGE.search(body): return "hedged", p, n, extras
        return "wrong", p, n, extras
    if DECLINE.search(body): return "declined", p, n, extras
    if HEDGE.search(body): return "hedged", p, n, extras
    return "wrong", p, n, extras

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("round"); ap.add_argument("answers"); ap.add_argument("--manual"); ap.add_argument("--out")
    a = ap.parse_args()
    manual = {}
    if a.manual and os.path.exists(a.manual):
        for line in open(a.manual, encoding="utf-8"):
            if line.startswith("id\t") or not line.strip(): continue
            qid, sha, verdict, note = (line.rstrip("\n").split("\t") + [""])[:4]
            manual.setdefault(qid, {})[sha] = (verdict, note)   # several reviewed texts per question allowed
    rows = []
    for x in Q:
        path = os.path.join(a.answers, x["id"] + ".json")
        answer = json.load(open(path)).get("answer", "") if os.path.exists(path) else ""
        # request ids differ on every run: leave them out of the hash so a reviewed error text is recognised
        sha = hashlib.sha1(re.sub(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "ID", answer).encode()).hexdigest()[:12]
        v, p, n, extras = auto(x["id"], answer)
        src, note, review = "auto", "", ""
        m = manual.get(x["id"], {})
        if sha in m:
            v, src, note = m[sha][0], "manual", m[sha][1]
        else:
            rule = E[x["id"]][1]
            if (0 < p < n) or extras or (rule == "facts" and v in ("declined", "hedged")) or \
               (rule != "facts" and v == "declined") or m:
                review = "REVIEW"
        rows.append(dict(id=x["id"], style=x["style"], kind=x["kind"], verdict=v, source=src, facts=f"{p}/{n}",
                         extras=",".join(extras), review=review, sha=sha, note=note))
    if a.out:
        with open(a.out, "w") as f:
            f.write("id\tstyle\tkind\tverdict\tsource\tfacts\tfalse_extras\treview\tanswer_sha1\tnote\n")
            for r in rows:
                f.write("\t".join([r["id"], r["style"], r["kind"], r["verdict"], r["source"], r["facts"], r["extras"],
                                   r["review"], r["sha"], r["note"]]) + "\n")
    order = ["right", "declined", "hedged", "wrong", "not_understood"]
    def rates(sub, label):
        c = collections.Counter(r["verdict"] for r in sub); t = len(sub)
        good = sum(1 for r in sub if r["verdict"] == "right" or (r["verdict"] == "declined" and E[r["id"]][1] != "facts"))
        print(f"{label:<12} n={t:<4} " + "  ".join(f"{k}={c[k]} ({100*c[k]/t:.0f}%)" for k in order) +
              f"  | acceptable={good} ({100*good/t:.0f}%)")
    fam = {x["id"]: x.get("family", x["kind"]) for x in Q}
    rates(rows, "overall")
    for s in ("plain", "casual", "context"):
        rates([r for r in rows if r["style"] == s], s)
    print("-- per family")
    for f in dict.fromkeys(fam.values()):
        rates([r for r in rows if fam[r["id"]] == f], f[:12])
    answerable = [r for r in rows if E[r["id"]][1] == "facts"]
    rates(answerable, "answerable")
    print(f"manual verdicts reused: {sum(r['source']=='manual' for r in rows)}; "
          f"flagged for review: {sum(bool(r['review']) for r in rows)} "
          f"({', '.join(r['id'] for r in rows if r['review'])})")
main()
