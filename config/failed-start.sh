# shellcheck shell=bash
# How config/portal.sh and config/cluster.sh tell that a portal instance failed to start, and say why (sourced).

# True when the instance at URL (http://host:port) runs without the portal: Payara Micro carries on after the
# portal's deployment failed, and would never become ready.
runs_without_portal() {
    local url=$1 log=$2
    grep -q 'ready in' "$log" 2>/dev/null \
        && curl -s "$url/health/ready" 2>/dev/null | grep -q 'No Application deployed'
}

# Names the cause of the failed start, from the instance's log, and the way to recover from it.
explain_failure() {
    local log=$1 cause
    cause=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^(Caused by: |.*(Exception|Error): )' | tail -n 1 | cut -c1-400) \
        || true
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
