#!/usr/bin/env bash
# What sessions cost per request (anonymous, owner session, unknown session) on the 300-repo / 150,000-commit account.
# Usage: bench/auth.sh [-Dcalls=2000 -Dwarmup=300 -DjavaOptions="..."]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B package -DskipTests
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" "$@" dev.bitofgit.bench.AuthBenchmark
