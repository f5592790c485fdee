#!/usr/bin/env bash
# Starts the built portal (target/portal.war) on Payara Micro, in the foreground, as config/run.sh does after its
# build; a supervisor (systemd, a container) runs this one. Without DB_URL, the portal's own PostgreSQL cluster
# under OFFICE_DATA_DIR is started first (created on the first start) and stopped last. Settings come from the
# environment (see the README's configuration table).
#
# It prints the address once the portal is ready. When the portal cannot start, it says why and how to recover,
# and exits with status 1: a supervisor sees a failed process, never one that answers 404.
# SIGTERM or Ctrl+C stop it gracefully: the requests in flight are answered before the database stops.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

port=${PORT:-8080}
data_dir=$(realpath -m "${OFFICE_DATA_DIR:-./data}")
mkdir -p "$data_dir"
log="$data_dir/portal.log"
war=${PORTAL_WAR:-$root/target/portal.war}
[ -f "$war" ] && [ -f "$root/target/payara-micro.jar" ] || { echo "build first: mvn -DskipTests package" >&2; exit 1; }

database=""
if [ -z "${DB_URL:-}" ]; then
    database="$data_dir/postgresql"
    db_port=${OFFICE_DB_PORT:-5433}
    "$root/config/postgres.sh" up "$database" "$db_port"
    export DB_URL="jdbc:postgresql://127.0.0.1:$db_port/portal" DB_USER=portal DB_DRIVER=org.postgresql.ds.PGSimpleDataSource
    DB_PASSWORD=$(cat "$database/password")
    export DB_PASSWORD
fi

stop_database() {
    if [ -n "$database" ]; then
        "$root/config/postgres.sh" down "$database"
    fi
}

# Java's output goes to the log, where a failed start is looked for, and from there to the terminal.
: >"$log"
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
java ${JAVA_OPTS:-} \
    -Dmp.health.default.readiness.empty.response=DOWN \
    -jar "$root/target/payara-micro.jar" \
    --deploy "$war" --contextroot / \
    --port "$port" \
    --prebootcommandfile "$root/config/preboot.asadmin" \
    --nohazelcast >>"$log" 2>&1 &
payara=$!
tail -n +1 -f --pid="$payara" "$log" &

stop() {
    trap - INT TERM
    if kill -0 "$payara" 2>/dev/null; then
        echo "stopping: answering the requests in flight, then stopping the database"
        kill -TERM "$payara" 2>/dev/null || true
        for _ in $(seq 1 120); do
            kill -0 "$payara" 2>/dev/null || break
            sleep 0.5
        done
        kill -KILL "$payara" 2>/dev/null || true
    fi
    wait "$payara" 2>/dev/null || true
    stop_database
    exit 0
}
trap stop INT TERM

# Names the cause of a failed start, from the log, and the way to recover from it.
explain_failure() {
    local cause
    cause=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^(Caused by: |.*(Exception|Error): )' | tail -n 1 | cut -c1-400)
    echo >&2
    echo "The portal did not start: ${cause:-see the log}" >&2
    if grep -q -E 'Flyway|[Mm]igration' "$log"; then
        echo "A database migration failed. Restore the backup taken before the upgrade (config/postgres.sh restore," \
            "README: Backups) and start the version that made it, or correct the database as the message says." >&2
    elif grep -q -E 'Connection .*refused|password authentication failed|does not exist|could not be allocated' "$log"; then
        echo "The database cannot be reached: check that it runs and that DB_URL, DB_USER and DB_PASSWORD are right." >&2
    fi
    echo "The whole log: $log" >&2
}

# Ready by the portal's own check: until the application is deployed, Payara reports /health/ready down.
until curl -sf "http://localhost:$port/health/ready" 2>/dev/null | grep -q '"name":"content"'; do
    if ! kill -0 "$payara" 2>/dev/null; then
        wait "$payara" || true
        explain_failure
        stop_database
        exit 1
    fi
    if grep -q 'ready in' "$log" 2>/dev/null && ! curl -sf "http://localhost:$port/health/ready" >/dev/null 2>&1 \
            && curl -s "http://localhost:$port/health/ready" 2>/dev/null | grep -q 'No Application deployed'; then
        explain_failure
        kill -KILL "$payara" 2>/dev/null || true
        wait "$payara" 2>/dev/null || true
        stop_database
        exit 1
    fi
    sleep 0.5
done
echo
echo "Country Office Portal is running at http://localhost:$port/  (API: http://localhost:$port/api/v1/offices; Ctrl+C stops it)"
status=0
wait "$payara" || status=$?
# The Java process ended without being asked (killed, out of memory): report it as a failure.
stop_database
exit $((status == 0 ? 1 : status))
