#!/usr/bin/env bash
# Names the cause of a portal instance's failed start, from its log, and the way to recover from it:
#   config/explain-failure.sh LOG
# config/portal.sh and config/cluster.sh say it when an instance stops or stays without the portal.
set -uo pipefail
log=$1
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
