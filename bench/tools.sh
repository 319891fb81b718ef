#!/usr/bin/env bash
# tools/call benchmark over MCP Streamable HTTP on the 300-repo / 150,000-commit account.
# Usage: bench/tools.sh [-Dcalls=300 -Dwarmup=50 -DjavaOptions="..."]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B package -DskipTests
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" "$@" dev.bitofgit.bench.ToolCallBenchmark
