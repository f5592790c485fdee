#!/usr/bin/env bash
# A local cluster on loopback: N Payara Micro instances joined in one Payara data grid (Hazelcast), sharing one
# PostgreSQL, behind nginx as a round-robin load balancer that keeps public responses for the second they allow.
#
#   config/cluster.sh start N DIR     starts it, its logs and state in DIR; returns once every instance is ready
#   config/cluster.sh stop DIR        stops what start started
#
# Settings, from the environment:
#   PORT       the load balancer's port (default 8080); instance i listens on PORT+i
#   GRID_PORT  the first data grid port (default 6900); instance i uses GRID_PORT+i-1
#   DB_URL, DB_USER, DB_PASSWORD   the shared PostgreSQL; without DB_URL, a throwaway one is started in DIR
#                                  (config/postgres.sh, port PORT+100, password DB_PASSWORD or a random one)
#   and every setting of the README's configuration table (OFFICE_ADMIN_PASSWORD, ...), passed to each instance.
# It uses the WAR and runtime of the last build (mvn package), and builds them when they are missing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=config/failed-start.sh
. "$root/config/failed-start.sh"

usage() {
    echo "usage: $0 start N DIR | $0 stop DIR" >&2
    exit 2
}

stop() {
    local dir=$1
    if [ -f "$dir/nginx.pid" ]; then
        nginx -p "$dir" -c "$dir/nginx.conf" -s quit 2>/dev/null || true
    fi
    for pidfile in "$dir"/instance-*.pid; do
        [ -f "$pidfile" ] || continue
        kill -TERM "$(cat "$pidfile")" 2>/dev/null || true
    done
    for pidfile in "$dir"/instance-*.pid; do
        [ -f "$pidfile" ] || continue
        local pid
        pid=$(cat "$pidfile")
        for _ in $(seq 1 60); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
        kill -KILL "$pid" 2>/dev/null || true
        rm -f "$pidfile"
    done
    if [ -d "$dir/postgresql" ]; then
        "$root/config/postgres.sh" stop "$dir/postgresql"
    fi
}

await_ready() {
    local port=$1 pid=$2 log=$3
    for _ in $(seq 1 480); do
        # Ready with the portal's own check among the checks (Payara answers /health/ready without the app too),
        # and serving pages: the check is up while Payara may still be starting the web module.
        if curl -sf "http://127.0.0.1:$port/health/ready" 2>/dev/null | grep -q '"name":"content"' \
                && curl -sf -o /dev/null "http://127.0.0.1:$port/"; then
            return 0
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "the instance on port $port stopped before it was ready" >&2
            explain_failure "$log"
            return 1
        fi
        if runs_without_portal "http://127.0.0.1:$port" "$log"; then
            echo "the instance on port $port runs without the portal" >&2
            explain_failure "$log"
            return 1
        fi
        sleep 0.5
    done
    echo "the instance on port $port was not ready within 4 minutes; its log: $log" >&2
    return 1
}

start() {
    local count=$1 dir
    dir=$(realpath -m "$2")
    local port=${PORT:-8080} grid_port=${GRID_PORT:-6900}
    [[ "$count" =~ ^[1-9][0-9]*$ ]] || usage
    command -v nginx >/dev/null || { echo "nginx is not installed: apt-get install -y nginx-light" >&2; exit 1; }
    if [ ! -f "$root/target/portal.war" ] || [ ! -f "$root/target/payara-micro.jar" ]; then
        (cd "$root" && mvn -B -q -DskipTests package)
    fi
    stop "$dir"
    # The balancer's cache starts empty: what it kept belongs to the instances that were stopped.
    rm -rf "$dir/cache"
    mkdir -p "$dir"

    if [ -z "${DB_URL:-}" ]; then
        export DB_PASSWORD
        DB_PASSWORD=${DB_PASSWORD:-$(head -c 24 /dev/urandom | base64 | tr -d '/+=')}
        PORTAL_DB_PASSWORD=$DB_PASSWORD "$root/config/postgres.sh" start "$dir/postgresql" $((port + 100))
        export DB_URL="jdbc:postgresql://127.0.0.1:$((port + 100))/portal" DB_USER=portal
    fi
    export DB_DRIVER=${DB_DRIVER:-org.postgresql.ds.PGSimpleDataSource}
    # Behind the balancer every request comes from it: the instances take the client's address from it.
    export HTTP_TRUSTED_PROXIES=${HTTP_TRUSTED_PROXIES:-127.0.0.1}

    cat "$root/config/preboot.asadmin" "$root/config/cluster.asadmin" >"$dir/preboot.asadmin"
    local members="" i
    for i in $(seq 1 "$count"); do
        members+="${members:+,}127.0.0.1:$((grid_port + i - 1))"
    done
    for i in $(seq 1 "$count"); do
        # --nohostaware: the members share one address, and the grid must still keep each session's backup
        # copy on another member than its owner.
        # shellcheck disable=SC2086 # JAVA_OPTS holds several options
        java ${JAVA_OPTS:-} -jar "$root/target/payara-micro.jar" \
            --deploy "$root/target/portal.war" --contextroot / \
            --port $((port + i)) \
            --prebootcommandfile "$dir/preboot.asadmin" \
            --name "instance-$i" --clustername portal \
            --clustermode "tcpip:$members" --interfaces 127.0.0.1 --startport $((grid_port + i - 1)) --nohostaware \
            --rootdir "$dir/instance-$i" \
            >"$dir/instance-$i.log" 2>&1 &
        echo $! >"$dir/instance-$i.pid"
    done

    local servers=""
    for i in $(seq 1 "$count"); do
        await_ready $((port + i)) "$(cat "$dir/instance-$i.pid")" "$dir/instance-$i.log"
        servers+="        server 127.0.0.1:$((port + i)) max_fails=1 fail_timeout=5s;"$'\n'
    done

    # The instances answer /health/ready before they get traffic (above); nginx's own checks then take an
    # instance that fails out of the rotation, and a request whose connection fails is passed to the next.
    # Public responses say how long a shared cache may keep them (Cache-Control s-maxage: one second, as an
    # instance keeps its renderings); nginx keeps them that long, per host, address and the request headers
    # they vary with, renews them in the background, and answers conditional GETs itself. Back-office pages
    # (no-store), responses that set a cookie, errors and every write go through to the instances.
    cat >"$dir/nginx.conf" <<EOF
worker_processes auto;
pid $dir/nginx.pid;
error_log $dir/nginx-error.log warn;
events {
    worker_connections 1024;
}
http {
    access_log off;
    client_max_body_size 8m;
    proxy_cache_path $dir/cache levels=1:2 keys_zone=portal:10m max_size=256m inactive=10m use_temp_path=off;
    upstream portal {
$servers        keepalive 32;
    }
    server {
        listen 127.0.0.1:$port;
        location / {
            proxy_pass http://portal;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_connect_timeout 2s;
            proxy_next_upstream error timeout http_502 http_503 http_504;
            proxy_cache portal;
            proxy_cache_key \$scheme\$http_host\$request_uri;
            proxy_cache_lock on;
            proxy_cache_background_update on;
            proxy_cache_use_stale updating error timeout http_502 http_503 http_504;
            proxy_cache_revalidate on;
        }
    }
}
EOF
    nginx -p "$dir" -c "$dir/nginx.conf"
    echo "Country Office Portal cluster of $count at http://127.0.0.1:$port/ (instances on ports $((port + 1))-$((port + count)))"
}

[ $# -ge 2 ] || usage
case "$1" in
    start) [ $# -eq 3 ] || usage; start "$2" "$3" ;;
    stop) stop "$(realpath -m "$2")" ;;
    *) usage ;;
esac
