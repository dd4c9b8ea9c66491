#!/usr/bin/env bash
# Start-up benchmark (issue #2, target 4): times a first start of the packaged application on an empty
# embedded H2 database with the demo province (profile demo), then a second start on the same data.
#
#   bench/run-start.sh            # (re)builds target/tochuc-*.jar when missing or older than src/
#   TOCHUC_START_RUNS=5 bench/run-start.sh
#
# For each run it prints the seconds from launching the JVM to Spring's "Started TochucApplication"
# line, and to the end of the demo seeding (the DemoRunner runs right after that line): the figure
# that counts is the second. The run uses a throw-away directory and a random free port, and stops
# the process it started. The machine may be shared: the CPU time the process used until the demo was
# ready is printed too, as it depends much less on what else runs than the wall-clock time does.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${TOCHUC_START_RUNS:-3}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=$(ls target/tochuc-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$jar" ] || [ -n "$(find src pom.xml -newer "$jar" -type f | head -1)" ]; then
    ./mvnw -q -DskipTests package
    jar=$(ls target/tochuc-*.jar | grep -v plain | head -1)
fi
jar="$(pwd)/$jar"
mkdir -p bench/out
out="bench/out/start-$(date +%Y%m%d-%H%M%S).txt"

# wait_for LOG PATTERN PID: seconds since $t0 when PATTERN appears in LOG (fails if the process dies)
wait_for() {
    while ! grep -q "$2" "$1"; do
        kill -0 "$3" 2>/dev/null || { echo "the application stopped; see $1" >&2; tail -30 "$1" >&2; exit 1; }
        sleep 0.05
    done
    echo "$(date +%s.%N) - $t0" | bc
}

# cpu_seconds PID: user + system CPU time the process has used so far (all its threads)
cpu_seconds() {
    local ticks
    ticks=$(awk '{print $14 + $15}' "/proc/$1/stat")
    echo "$ticks / $(getconf CLK_TCK)" | bc -l
}

# start DIR LABEL: one start in DIR, waits for the line that ends the demo step, then stops it
start() {
    local dir="$1" label="$2" log="$1/app.log"
    : > "$log"
    t0=$(date +%s.%N)
    (cd "$dir" && exec "$JAVA" -jar "$jar" --spring.profiles.active=demo --server.port=0 > app.log 2>&1) &
    local pid=$!
    local started seeded
    started=$(wait_for "$log" "Started TochucApplication" $pid)
    seeded=$(wait_for "$log" "demo province Sơn Lâm created\|demo data already present" $pid)
    local spring cpu
    cpu=$(cpu_seconds "$pid")
    spring=$(grep -o "Started TochucApplication in [0-9.]* seconds" "$log" | grep -o "[0-9.]*" | head -1)
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    printf "| %s | %.1f | %.1f | %s | %.1f |\n" "$label" "$started" "$seeded" "$spring" "$cpu" | tee -a "$out"
}

echo "Packaged jar: $jar; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$out"
echo "| run | JVM launch → \"Started\" (s) | JVM launch → demo ready (s) | Spring's own \"Started in\" (s) | CPU time used until ready (s) |" | tee -a "$out"
echo "|---|---|---|---|---|" | tee -a "$out"
for i in $(seq 1 "$runs"); do
    dir=$(mktemp -d)
    start "$dir" "first start $i (empty database, seeding)"
    start "$dir" "second start $i (demo data present)"
    rm -rf "$dir"
done
