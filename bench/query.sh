#!/usr/bin/env bash
# POST /query (offline answerer) benchmark on the 300-repo / 150,000-commit account.
# Usage: bench/tools.sh [-Drounds=20 -DjavaOptions="..."]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B package -DskipTests
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" "$@" dev.bitofgit.bench.QueryBenchmark
