#!/usr/bin/env bash
# Ingest benchmark: 300 repos / 150,000 commits, 80 ms per request, concurrency 4.
# Usage: bench/ingest.sh [-Drepos=300 -Dcommits=150000 -Dlatency=80 -DjavaOptions="-Xmx256m"]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B package -DskipTests
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" "$@" dev.bitofgit.bench.IngestBenchmark
