#!/bin/sh
# The portal's own PostgreSQL clusters on loopback: the one config/portal.sh keeps under the data directory, and
# throwaway ones for the tests and for trying the cluster on one machine.
#
#   config/postgres.sh up DIR PORT        the kept cluster in DIR: created on first use, started if it is not
#                                         running (after a crash, PostgreSQL replays its log first); its password
#                                         is in DIR/password
#   config/postgres.sh down DIR           stops it (fast shutdown: open transactions roll back, nothing committed
#                                         is lost)
#   config/postgres.sh backup DIR PORT FILE    a consistent copy of the database while the portal runs (pg_dump)
#   config/postgres.sh restore DIR PORT FILE   replaces the database with a backup (the portal must be stopped)
#   PORTAL_DB_PASSWORD=... config/postgres.sh start DIR [PORT]   a new throwaway cluster (anything in DIR is wiped)
#   config/postgres.sh stop DIR
#
# Each holds one database, "portal", owned by the role "portal", at jdbc:postgresql://127.0.0.1:PORT/portal.
# Debian's postgresql package is installed first when it is missing (that needs root). The server refuses to run
# as root: as root it runs as the package's postgres user, which must be able to reach DIR.
set -eu

usage() {
    echo "usage: $0 up DIR PORT | down DIR | backup DIR PORT FILE | restore DIR PORT FILE" >&2
    echo "       PORTAL_DB_PASSWORD=... $0 start DIR [PORT] | $0 stop DIR" >&2
    exit 2
}

[ $# -ge 2 ] || usage
command=$1
dir=$(realpath -m "$2")
port=${3:-55432}

server_bin() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

install_if_missing() {
    if [ -z "$(server_bin)" ]; then
        "$(dirname "$0")/install-packages.sh" "the portal's database" postgresql
    fi
}

running() {
    [ -f "$dir/data/postmaster.pid" ] && as_server_user "$(server_bin)/pg_ctl" -D "$dir/data" status >/dev/null 2>&1
}

stop() {
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_server_user "$(server_bin)/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null 2>&1 || true
    fi
}

# A new cluster in DIR with the database "portal" owned by the role "portal" whose password is $1. Local socket
# connections (in DIR, which only the server's user can enter) are trusted, for the set-up; TCP needs the password.
create() {
    password=$1
    bin=$(server_bin)
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$dir"
    fi
    chmod 700 "$dir"
    if ! as_server_user test -w "$dir"; then
        echo "PostgreSQL runs as the postgres user, which cannot reach $dir: choose a data directory it can reach" \
            "(OFFICE_DATA_DIR, e.g. /var/lib/country-office-portal)" >&2
        exit 1
    fi
    as_server_user "$bin/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log"
    launch
    # The password goes to psql on its standard input, never on a command line.
    printf "CREATE ROLE portal LOGIN PASSWORD '%s';\nCREATE DATABASE portal OWNER portal;\n" \
        "$(printf %s "$password" | sed "s/'/''/g")" \
        | as_server_user "$bin/psql" -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d postgres >/dev/null
}

# Durability is PostgreSQL's default and stays so: every commit is flushed to its write-ahead log before it is
# acknowledged (fsync, synchronous_commit, full_page_writes on), so a kill at any moment loses nothing committed
# and the next start replays the log. Set on the command line, so that no edit of postgresql.conf can turn it off.
launch() {
    if ! as_server_user "$(server_bin)/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 300 \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=on \
                -c synchronous_commit=on -c full_page_writes=on" start >/dev/null; then
        echo "PostgreSQL did not start; the end of its log ($dir/server.log):" >&2
        tail -n 15 "$dir/server.log" >&2
        exit 1
    fi
}

up() {
    install_if_missing
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        if [ -e "$dir/data" ]; then
            echo "$dir/data exists but holds no PostgreSQL cluster: restore it from a backup (config/postgres.sh" \
                "restore) or move it away to start empty" >&2
            exit 1
        fi
        # The role's password is made here, once, and kept beside the cluster for the portal to read.
        password=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
        create "$password"
        (umask 077 && printf %s "$password" >"$dir/password")
        echo "new database created in $dir"
    elif ! running; then
        launch
    fi
}

# pg_dump reads one snapshot of the database, so the copy is consistent while staff go on writing.
backup() {
    file=$(realpath -m "$1")
    mkdir -p "$(dirname "$file")"
    PGPASSWORD=$(cat "$dir/password") "$(server_bin)/pg_dump" -Fc -h 127.0.0.1 -p "$port" -U portal -d portal \
        -f "$file.partial"
    mv "$file.partial" "$file"
    echo "backup written to $file"
}

restore() {
    file=$(realpath -m "$1")
    [ -f "$file" ] || { echo "no backup file $file" >&2; exit 1; }
    up
    bin=$(server_bin)
    # The backup is read by the server's user, which may not reach the caller's directories.
    copy="$dir/restore.dump"
    cp "$file" "$copy"
    [ "$(id -u)" -ne 0 ] || chown postgres: "$copy"
    printf 'DROP DATABASE IF EXISTS portal WITH (FORCE);\nCREATE DATABASE portal OWNER portal;\n' \
        | as_server_user "$bin/psql" -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d postgres >/dev/null
    as_server_user "$bin/pg_restore" --exit-on-error --no-owner --role=portal -h "$dir" -p "$port" -U postgres \
        -d portal "$copy"
    rm -f "$copy"
    echo "database restored from $file"
}

start() {
    : "${PORTAL_DB_PASSWORD:?PORTAL_DB_PASSWORD must hold the password for the portal role}"
    install_if_missing
    stop
    rm -rf "$dir"
    create "$PORTAL_DB_PASSWORD"
    echo "PostgreSQL ready at jdbc:postgresql://127.0.0.1:$port/portal (user portal), data in $dir"
}

case "$command" in
    up) [ $# -eq 3 ] || usage; up ;;
    down) stop ;;
    backup) [ $# -eq 4 ] || usage; backup "$4" ;;
    restore) [ $# -eq 4 ] || usage; restore "$4" ;;
    start) start ;;
    stop) stop ;;
    *) usage ;;
esac
