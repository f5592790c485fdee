#!/usr/bin/env bash
# Start-up of the portal as README command 1 starts it once built (config/portal.sh: its own PostgreSQL, then Payara
# Micro from its unpacked runtime with the class-data archive) next to Payara Micro starting an empty WAR the plain
# way (java -jar payara-micro.jar --deploy empty.war), in turns, ROUNDS times (5): each one's time from the command
# to its first ready answer (the portal: its own readiness check, content included, as config/portal.sh reports it;
# the empty WAR: its page answering 200), the Java process's CPU seconds by then, and the ratio per round.
# The portal's first start on a new data directory (database created, seed imported, class data recorded when it
# stops) comes first and is reported apart; DATA_DIR names a data directory to start from instead (kept).
#
#   mvn -q -DskipTests package && src/bench/startup.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

ROUNDS=${ROUNDS:-5}
PORT=${PORT:-18281}
OFFICE_DB_PORT=${OFFICE_DB_PORT:-18282}
[ -f target/portal.war ] && [ -f target/payara-micro.jar ] || { echo "build first: mvn -DskipTests package" >&2; exit 1; }

work=$(mktemp -d)
chmod 755 "$work"  # the database runs as the postgres user when this runs as root
running=""
cleanup() {
    if [ -n "$running" ]; then
        kill -TERM "$running" 2>/dev/null && wait "$running" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# The empty WAR: one static page.
mkdir -p "$work/empty"
echo '<!DOCTYPE html><title>empty</title>' > "$work/empty/index.html"
(cd "$work/empty" && jar --create --file "$work/empty.war" index.html)

now_ms() {
    echo $(( $(date +%s%N) / 1000000 ))
}

# cpu_seconds PID: user and system time of a process so far.
cpu_seconds() {
    awk -v tick="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / tick}' "/proc/$1/stat"
}

# portal: config/portal.sh until it reports the portal running; prints "milliseconds cpu-seconds".
portal() {
    local start out="$work/portal.out"
    rm -f "$out"
    start=$(now_ms)
    PORT=$PORT OFFICE_DB_PORT=$OFFICE_DB_PORT OFFICE_DATA_DIR="${DATA_DIR:-$work/data}" config/portal.sh > "$out" 2>&1 &
    running=$!
    until grep -q 'is running at' "$out" 2>/dev/null; do
        kill -0 "$running" 2>/dev/null || { cat "$out" >&2; exit 1; }
        sleep 0.05
    done
    echo "$(( $(now_ms) - start )) $(cpu_seconds "$(pgrep -P "$running" java)")"
    kill -TERM "$running"
    wait "$running" || true
    running=""
}

# empty: Payara Micro with the empty WAR until its page answers; prints "milliseconds cpu-seconds".
empty() {
    local start
    start=$(now_ms)
    java -jar target/payara-micro.jar --deploy "$work/empty.war" --contextroot / --port "$PORT" --nocluster \
        > "$work/empty.out" 2>&1 &
    running=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do
        kill -0 "$running" 2>/dev/null || { cat "$work/empty.out" >&2; exit 1; }
        sleep 0.05
    done
    echo "$(( $(now_ms) - start )) $(cpu_seconds "$running")"
    kill -TERM "$running"
    wait "$running" || true
    running=""
}

if [ -z "${DATA_DIR:-}" ]; then
    portal > "$work/result"
    read -r first first_cpu < "$work/result"
    echo "Portal's first start on a new data directory: $first ms, $first_cpu s of CPU"
fi
echo
echo "| round | portal: ready (ms) | portal: CPU (s) | empty WAR: ready (ms) | empty WAR: CPU (s) | ratio |"
echo "|---|---|---|---|---|---|"
ratios=()
portal_times=()
empty_times=()
for round in $(seq 1 "$ROUNDS"); do
    # Not through a pipe or a process substitution: each start must have stopped, its database too, before the next.
    portal > "$work/result"
    read -r p p_cpu < "$work/result"
    empty > "$work/result"
    read -r e e_cpu < "$work/result"
    ratio=$(awk -v p="$p" -v e="$e" 'BEGIN {printf "%.2f", p / e}')
    ratios+=("$ratio")
    portal_times+=("$p")
    empty_times+=("$e")
    echo "| $round | $p | $p_cpu | $e | $e_cpu | $ratio |"
done
median() {
    printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
echo
echo "Medians: portal $(median "${portal_times[@]}") ms, empty WAR $(median "${empty_times[@]}") ms," \
     "ratio $(median "${ratios[@]}") (the median of the rounds' ratios)"
