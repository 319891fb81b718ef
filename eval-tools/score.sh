#!/usr/bin/env bash
# Re-asks one evaluation round's bank with a BitofGit jar and scores the answers.
#   bash eval-tools/score.sh eval-roundN /path/to/bitofgit.jar [OUT_DIR]
# The answers are asked over POST /query against a copy of the frozen store (eval-round4/store-2026-12-02.db.gz, the demo
# account generated on 2026-12-02) with the clock set to 2026-12-02 12:00 UTC by libfaketime (apt-get install
# faketime), so "this year", "last month", "last week" mean what the expected facts assume. Without faketime it
# still runs but says that relative-time questions will be off.
# Output: the rates per verdict (overall, per style, per family, answerable only), OUT_DIR/answers/*.json, OUT_DIR/results.tsv. Answers
# whose text is unchanged since the manual review reuse its verdict (manual.tsv); changed answers are scored by
# fact matching and the uncertain ones are listed as REVIEW.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROUND=$(realpath "${1:?usage: score.sh ROUND_DIR JAR [OUT_DIR]}")
JAR=$(realpath "${2:?usage: score.sh ROUND_DIR JAR [OUT_DIR]}")
OUT=${3:-$ROUND/runs/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$OUT/data"
gunzip -c "$HERE/../eval-round4/store-2026-12-02.db.gz" > "$OUT/data/bitofgit.db"
PORT=${PORT:-$((20000 + RANDOM % 20000))}
FAKE=()
if command -v faketime >/dev/null; then
  FAKE=(env TZ=UTC faketime -f '@2026-12-02 12:00:00')
else
  echo "warning: faketime not installed (apt-get install faketime): questions relative to today will be off" >&2
fi
setsid env -u OPENAI_API_KEY "${FAKE[@]}" java -jar "$JAR" --data-dir "$OUT/data" --port "$PORT" serve > "$OUT/server.log" 2>&1 &
SERVER=$!
# setsid: the server (faketime forks java) is its own process group; end exactly that group
trap 'kill -- -$SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do
  curl -sf "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break
  kill -0 $SERVER 2>/dev/null || { echo "server did not start, see $OUT/server.log" >&2; exit 1; }
  sleep 1
done
TOKEN=$(curl -sf -X POST "http://127.0.0.1:$PORT/demo" -H 'Content-Type: application/json' -d '{}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["session_token"])')
echo "asking $(grep -c '^q' "$ROUND/questions.tsv") questions of $JAR (port $PORT) ..." >&2
python3 "$HERE/run.py" "$ROUND" "$PORT" "$TOKEN" "$OUT/answers" 2>"$OUT/ask.log"
python3 "$HERE/score.py" "$ROUND" "$OUT/answers" --manual "$ROUND/manual.tsv" --out "$OUT/results.tsv"
echo "per-question verdicts: $OUT/results.tsv (REVIEW rows need a human look)" >&2
