#!/usr/bin/env bash
# The benchmark of issue 6: builds the jar, then for each size generates that many distinct
# filled workbooks once (cached in target/benchmark/N) and times `konsolidera` end to end in a
# fresh JVM beside the floor (bare unzip + SAX parse of the same files).
#   bash scripts/benchmark.sh                 # 150 and 1500
#   bash scripts/benchmark.sh --xmx 512m 15000
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -B -q package -DskipTests 2>/dev/null || mvn -B -q package -DskipTests
java -cp target/kompetensgap.jar se.kompetensgap.bench.Benchmark "$@"
