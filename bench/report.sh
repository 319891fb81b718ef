#!/usr/bin/env bash
# Year in review: GET /users/{username}/report for each of the 10 years of a 300-repo / 150,000-commit account.
# Usage: bench/report.sh [-Drounds=5 -Dwarmup=2 -Dyears=10 -DjavaOptions="..."]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B package -DskipTests
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" "$@" dev.bitofgit.bench.ReportBenchmark
