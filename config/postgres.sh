#!/bin/sh
# A throwaway PostgreSQL cluster on loopback, for the tests and for trying the cluster on one machine.
#
#   PORTAL_DB_PASSWORD=... config/postgres.sh start DIR [PORT]   new cluster in DIR (anything there is wiped)
#   config/postgres.sh stop DIR
#
# It holds one database, "portal", owned by the role "portal" whose password is PORTAL_DB_PASSWORD, reachable at
# jdbc:postgresql://127.0.0.1:PORT/portal (PORT defaults to 55432). Debian's postgresql package is installed
# first when it is missing (that needs root). Production runs its own PostgreSQL: see the README.
set -eu

usage() {
    echo "usage: PORTAL_DB_PASSWORD=... $0 start DIR [PORT] | $0 stop DIR" >&2
    exit 2
}

[ $# -ge 2 ] || usage
command=$1
dir=$(realpath -m "$2")
port=${3:-55432}

server_bin() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

# The server refuses to run as root: as root, run it as the postgres user the package creates.
as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop() {
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_server_user "$(server_bin)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
}

start() {
    : "${PORTAL_DB_PASSWORD:?PORTAL_DB_PASSWORD must hold the password for the portal role}"
    if [ -z "$(server_bin)" ]; then
        if [ "$(id -u)" -ne 0 ]; then
            echo "PostgreSQL is not installed: run 'apt-get install -y postgresql' as root" >&2
            exit 1
        fi
        echo "installing Debian's postgresql package"
        apt-get update -q >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null
    fi
    bin=$(server_bin)
    stop
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$dir"
    fi
    chmod 700 "$dir"
    # Local socket connections (in DIR, which only the server's user can enter) are trusted, for the set-up
    # below; TCP connections need the password.
    as_server_user "$bin/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log"
    as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
    # The password goes to psql on its standard input, never on a command line.
    printf "CREATE ROLE portal LOGIN PASSWORD '%s';\nCREATE DATABASE portal OWNER portal;\n" \
        "$(printf %s "$PORTAL_DB_PASSWORD" | sed "s/'/''/g")" \
        | as_server_user "$bin/psql" -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d postgres >/dev/null
    echo "PostgreSQL ready at jdbc:postgresql://127.0.0.1:$port/portal (user portal), data in $dir"
}

case "$command" in
    start) start ;;
    stop) stop ;;
    *) usage ;;
esac
