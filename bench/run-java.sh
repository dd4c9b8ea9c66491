#!/usr/bin/env bash
# Shared by the benchmark scripts: compiles the benchmark sources (Maven profile "bench"), builds the
# test classpath and runs one benchmark's main class, keeping its output in bench/out/.
#   bench/run-java.sh <main class> <heap, e.g. 2g> <output name>
set -euo pipefail
cd "$(dirname "$0")/.."
main="$1" heap="$2" name="$3"
mkdir -p bench/out
./mvnw -q -Pbench test-compile dependency:build-classpath \
    -Dmdep.outputFile=bench/out/classpath.txt -Dmdep.includeScope=test
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
"$JAVA" "-Xmx$heap" -Duser.timezone=Asia/Ho_Chi_Minh \
    -cp "target/test-classes:target/classes:$(cat bench/out/classpath.txt)" "$main" \
    | tee "bench/out/$name-$(date +%Y%m%d-%H%M%S).txt"
