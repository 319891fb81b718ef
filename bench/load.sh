#!/usr/bin/env bash
# 50 concurrent clients for 60 s on tools and /query while an ingest runs.
# Usage: bench/load.sh [-Dclients=50 -Dseconds=60 -DjavaOptions="..."]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B package -DskipTests
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" "$@" dev.bitofgit.bench.LoadBenchmark
