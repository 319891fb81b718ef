#!/usr/bin/env bash
# What an identity change costs (issue 15) on the 300-repo / 150,000-commit account, on SQLite and PostgreSQL:
# declaring and removing an e-mail and a name (ownership flags and roll-ups recomputed), and the ownership pass every
# ingest ends with. In process, medians of -Druns=5.
# Usage: bench/identities.sh [-Druns=5] [-Dpostgres=jdbc:postgresql://HOST/DB?user=U | -Dpostgres=]
# MVN overrides the Maven command (e.g. MVN="flock /tmp/bitofgit-build.lock ./mvnw -q -B -o").
set -euo pipefail
cd "$(dirname "$0")/.."
MVN=${MVN:-./mvnw -q -B}
$MVN test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" "$@" dev.bitofgit.bench.IdentityBenchmark
