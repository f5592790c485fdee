#!/usr/bin/env bash
# Benchmark of the JSON API and the public site (wrk on loopback), the portal as config/portal.sh starts it, the
# API side by side with nginx serving the same response bytes as static files; then the production profile:
# PostgreSQL behind the balancer (config/cluster.sh), next to nginx's static files, with one and with two
# instances; and the cost of paging and search with 100 and with 100,000 releases (two instances side by side,
# measured in turns, so that the machine's ups and downs do not pass for a cost of size).
# The releases beyond the seed are generated here, into throwaway databases; nothing generated is ever shipped.
#
# Last, a soak of the portal as README command 1 runs it (config/portal.sh with its defaults): SOAK_MINUTES (10) at
# SOAK_CONNECTIONS (64) of pages, API resources, feeds, revalidations and addresses nobody asked before
# (src/bench/soak.lua), reporting each minute's requests, errors, p99 and the Java process's resident memory.
#
#   mvn -q -DskipTests package && src/bench/bench.sh          # everything
#   mvn -q -DskipTests package && src/bench/bench.sh soak     # the soak alone
#
# Needs wrk and nginx (Debian packages; installed when missing and running as root). Settings:
# DURATION (10s), WARMUP (10s, before each measured run), CONNECTIONS (32), GENERATED (100000).
set -euo pipefail
cd "$(dirname "$0")/../.."

SECTIONS=${1:-all}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-32}
GENERATED=${GENERATED:-100000}
APP_PORT=${APP_PORT:-18181}
NGINX_PORT=${NGINX_PORT:-18182}
APP="http://127.0.0.1:$APP_PORT"
LB_PORT=${LB_PORT:-18190}
GRID_PORT=${GRID_PORT:-18300}
PG_PORT=${PG_PORT:-18400}
LB="http://127.0.0.1:$LB_PORT"
SOAK_MINUTES=${SOAK_MINUTES:-10}
SOAK_CONNECTIONS=${SOAK_CONNECTIONS:-64}

for tool in wrk nginx; do
    if ! command -v "$tool" >/dev/null && ! [ -x "/usr/sbin/$tool" ]; then
        apt-get install -y -q "$tool" >/dev/null
    fi
done
[ -f target/portal.war ] && [ -f target/payara-micro.jar ] || { echo "build first: mvn -DskipTests package" >&2; exit 1; }

work=$(mktemp -d)
chmod 755 "$work"  # the database runs as the postgres user when this runs as root
portal=""
instances=()
cleanup() {
    [ -n "$portal" ] && stop_portal
    stop_instances
    [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null
    [ -d "$work/cluster" ] && config/cluster.sh stop "$work/cluster"
    [ -d "$work/postgresql" ] && config/postgres.sh stop "$work/postgresql"
    rm -rf "$work"
}
trap cleanup EXIT

# start_portal DATA_DIR RENDER_TTL: the portal as config/run.sh starts it, with its own database in DATA_DIR.
start_portal() {
    rm -f "$work/portal.log"
    PORT=$APP_PORT OFFICE_DATA_DIR="$1" OFFICE_DB_PORT=$((PG_PORT + 1)) API_RENDER_TTL="$2" \
        config/portal.sh > "$work/portal.log" 2>&1 &
    portal=$!
    until grep -q "is running at" "$work/portal.log" 2>/dev/null; do
        kill -0 "$portal" 2>/dev/null || { cat "$work/portal.log" >&2; exit 1; }
        sleep 0.5
    done
}

stop_portal() {
    kill "$portal" && wait "$portal" || true
    portal=""
}

# portal_rss_mb: the resident memory of the portal's Java process.
portal_rss_mb() {
    echo $(( $(ps -o rss= -p "$(pgrep -P "$portal" java)") / 1024 ))
}

# start_instance PORT NAME: one more instance with the settings in the environment (DB_URL, OFFICE_DATA_DIR, ...).
start_instance() {
    java -Xmx1g -jar target/payara-micro.jar --deploy target/portal.war --contextroot / --port "$1" \
        --prebootcommandfile config/preboot.asadmin --nohazelcast > "$work/$2.log" 2>&1 &
    instances+=($!)
    until curl -sf -o /dev/null "http://127.0.0.1:$1/health/ready"; do
        kill -0 "$!" 2>/dev/null || { cat "$work/$2.log" >&2; exit 1; }
        sleep 0.5
    done
}

stop_instances() {
    local pid
    for pid in "${instances[@]}"; do
        kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
    done
    instances=()
}

# cursor_after_generated I: the API's cursor positioned just after generated release I (base64url of "second.id").
cursor_after_generated() {
    local seconds=$(( $(date -u -d '1990-01-01T00:00:00Z' +%s) + $1 * 60 ))
    printf '%s.%s' "$seconds" $((1000000 + $1)) | base64 | tr '+/' '-_' | tr -d '=\n'
}

# load DURATION URL [WRK_OPTION...]: wrk's report of one run.
load() {
    local duration=$1 url=$2
    shift 2
    wrk -t2 -c"$CONNECTIONS" -d"$duration" --latency "$@" "$url"
}

# measure NAME URL [WRK_OPTION...]: a warm-up run (the JVM compiles the hot paths), then the measured run.
measure() {
    local name=$1 url=$2
    shift 2
    load "$WARMUP" "$url" "$@" > /dev/null
    local out
    out=$(load "$DURATION" "$url" "$@")
    local rps p50 p99 non2xx
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    non2xx=$(awk '/Non-2xx/ {print $5}' <<<"$out")
    printf '| %-52s | %10s | %9s | %9s |%s\n' "$name" "$rps" "$p50" "$p99" "${non2xx:+ non-2xx/3xx: $non2xx}"
}

header() {
    echo
    echo "### $1"
    echo "| case | requests/s | p50 | p99 |"
    echo "|---|---|---|---|"
}

# compare NAME PATH: the same request on the instance with few releases and on the one with many, warmed up and
# then measured in turns, so that both see the machine as it is at that moment. The cost ratio is the first
# one's rate over the second one's: how much more a request costs with many releases.
compare() {
    local name=$1 path=$2 few many
    load "$WARMUP" "http://127.0.0.1:$FEW_PORT$path" > /dev/null
    load "$WARMUP" "http://127.0.0.1:$MANY_PORT$path" > /dev/null
    few=$(load "$DURATION" "http://127.0.0.1:$FEW_PORT$path" | awk '/Requests\/sec/ {print $2}')
    many=$(load "$DURATION" "http://127.0.0.1:$MANY_PORT$path" | awk '/Requests\/sec/ {print $2}')
    printf '| %-56s | %10s | %10s | %5s |\n' "$name" "$few" "$many" "$(awk -v f="$few" -v m="$many" 'BEGIN { printf "%.2f", f / m }')"
}

# compare_growth TITLE: paging and search with 100 and with GENERATED + 20 releases (instances on FEW_PORT and
# MANY_PORT, renderings not kept: every request queries the database).
compare_growth() {
    echo
    echo "### $1: 100 and $((GENERATED + 20)) releases side by side, every request rendered"
    echo "| case | 100: requests/s | $((GENERATED + 20)): requests/s | cost ratio |"
    echo "|---|---|---|---|"
    compare "page 1" "/api/v1/releases?limit=20"
    # Latest first, the 20 seed releases come before the generated ones, newest first: whatever the total,
    # the last page holds generated releases 20 to 1 and the page before it ends with release 21.
    compare "the last page (5 and $(( (GENERATED + 20) / 20 )))" "/api/v1/releases?limit=20&cursor=$(cursor_after_generated 21)"
    # Each search fills the same page in both cases (a page holding fewer releases costs less to render).
    compare "search, words every release holds (q=decent+work)" "/api/v1/releases?limit=20&q=decent+work"
    compare "search, words 1 in 10 hold (q=skills+passports&limit=10)" "/api/v1/releases?limit=10&q=skills+passports"
    compare "search, one match (q=zanzibarite)" "/api/v1/releases?limit=20&q=zanzibarite"
    compare "year filter (year=1990)" "/api/v1/releases?limit=20&year=1990"
    compare "site: releases list page" "/releases"
}

# soak: the portal as README command 1 runs it (its second start: every start after the first), with its defaults, under SOAK_CONNECTIONS connections of mixed
# requests for SOAK_MINUTES, a minute at a time: each minute's requests, errors (socket errors and answers other than
# 2xx and 3xx; the target is none), p99, and the Java process's resident memory at its end.
soak() {
    # The first start on a new data directory records the class-data archive when it stops; every later one maps it.
    start_portal "$work/data-soak" PT0.5S
    stop_portal
    start_portal "$work/data-soak" PT0.5S
    : > "$work/revalidations.txt"
    local path
    for path in / /releases /about /api/v1/releases?limit=20 /api/v1/offices/pakistan /feed/releases.atom; do
        printf '%s\t%s\n' "$path" "$(curl -sf -o /dev/null -D - -H 'Accept-Encoding: gzip' "$APP$path" \
            | awk -F': ' 'tolower($1) == "etag" {print $2}' | tr -d '\r')" >> "$work/revalidations.txt"
    done
    echo
    echo "### Soak: config/portal.sh with its defaults, $SOAK_CONNECTIONS connections, $SOAK_MINUTES minutes of pages," \
         "API, feeds, revalidations (304) and new addresses (src/bench/soak.lua)"
    echo "Resident memory once ready: $(portal_rss_mb) MB"
    echo "| minute | requests/s | p99 | errors | resident memory |"
    echo "|---|---|---|---|---|"
    local minute out rps p99 errors rss first_rss="" all_errors=0 worst_p99=""
    for minute in $(seq 1 "$SOAK_MINUTES"); do
        out=$(wrk -t2 -c"$SOAK_CONNECTIONS" -d60s --timeout 10s --latency -s src/bench/soak.lua "$APP" -- "$work/revalidations.txt")
        rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
        p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
        errors=$(awk '/Non-2xx/ {n += $5} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' <<<"$out")
        rss=$(portal_rss_mb)
        first_rss=${first_rss:-$rss}
        all_errors=$((all_errors + errors))
        worst_p99=$(printf '%s\n%s\n' "$worst_p99" "$p99" | awk 'NF {v = $1; ms = v ~ /us$/ ? v / 1000 : v ~ /ms$/ ? v + 0 : v * 1000;
            if (ms > max) {max = ms; worst = v}} END {print worst}')
        printf '| %6s | %10s | %8s | %6s | %6s MB |\n' "$minute" "$rps" "$p99" "$errors" "$rss"
    done
    echo
    echo "Errors: $all_errors; worst minute's p99: $worst_p99; resident memory at the end: $rss MB," \
         "$(awk -v a="$first_rss" -v b="$rss" 'BEGIN { printf "%+.1f%%", (b - a) * 100 / a }') after the first minute"
    stop_portal
}

if [ "$SECTIONS" = soak ]; then
    soak
    exit 0
fi

echo "Benchmark on $(nproc) cores, wrk -t2 -c$CONNECTIONS -d$DURATION, $(date -u +%F)"

# 1. The API next to nginx serving the same bytes (renderings kept 1 s, as shipped).
start_portal "$work/data-seed" PT1S
mkdir -p "$work/static/api/v1/offices"
curl -sf "$APP/api/v1/releases?limit=20" -o "$work/static/api/v1/releases"
curl -sf "$APP/api/v1/offices/pakistan" -o "$work/static/api/v1/offices/pakistan"
cat > "$work/nginx.conf" <<NGINX
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $work/static;
        default_type application/json;
    }
}
NGINX
chmod -R a+rX "$work"
nginx -c "$work/nginx.conf" -p "$work"
etag=$(curl -sfI "$APP/api/v1/releases?limit=20" | awk -F': ' 'tolower($1) == "etag" {print $2}' | tr -d '\r')
echo
echo "Sizes: releases page of 20 $(stat -c %s "$work/static/api/v1/releases") bytes," \
     "gzipped $(curl -sf -H 'Accept-Encoding: gzip' "$APP/api/v1/releases?limit=20" | wc -c) bytes;" \
     "office home $(stat -c %s "$work/static/api/v1/offices/pakistan") bytes," \
     "gzipped $(curl -sf -H 'Accept-Encoding: gzip' "$APP/api/v1/offices/pakistan" | wc -c) bytes"
header "API next to nginx (same bytes)"
measure "nginx: releases page of 20" "http://127.0.0.1:$NGINX_PORT/api/v1/releases"
measure "portal: releases page of 20" "$APP/api/v1/releases?limit=20"
measure "nginx: office home" "http://127.0.0.1:$NGINX_PORT/api/v1/offices/pakistan"
measure "portal: office home" "$APP/api/v1/offices/pakistan"
measure "portal: releases page, 304 revalidation" "$APP/api/v1/releases?limit=20" -H "If-None-Match: $etag"
measure "portal: releases page, gzip" "$APP/api/v1/releases?limit=20" -H "Accept-Encoding: gzip"
header "Public site (renderings kept 1 s, as shipped)"
measure "site: releases list page" "$APP/releases"
measure "site: home page" "$APP/"
measure "site: release page" "$APP/releases/piloting-national-skills-passport-in-pakistan"
home_html=$(curl -sf -H 'Accept-Encoding: gzip' "$APP/" | wc -c)
home_css=$(curl -sf -H 'Accept-Encoding: gzip' --compressed -o /dev/null -w '%{size_download}' "$APP/static/site.css")
urdu_font=$(stat -c %s webapp/static/fonts/noto-nastaliq-urdu-arabic-400-normal.woff2)
echo
echo "Home page transfer (English, as a first visit fetches it): HTML $home_html + CSS $home_css bytes" \
     "= $((home_html + home_css)) bytes, no font or image files; Urdu pages add the Nastaliq font once: $urdu_font bytes"
echo
echo "Portal resident memory after the runs: $(portal_rss_mb) MB"
stop_portal

FEW_PORT=$((APP_PORT + 2))
MANY_PORT=$((APP_PORT + 3))

# 2. The production profile: PostgreSQL, one and then two instances behind nginx (config/cluster.sh), on the
#    same 2 cores as wrk: a second instance adds a JVM to share them, not a machine.
export DB_USER=portal DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/portal"
DB_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
export DB_PASSWORD
PORTAL_DB_PASSWORD=$DB_PASSWORD config/postgres.sh start "$work/postgresql" "$PG_PORT" >/dev/null
psql_portal() {
    PGPASSWORD=$DB_PASSWORD psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U portal -d portal "$@"
}
# generate_postgresql SCHEMA COUNT: releases of the Islamabad office in that schema, one a minute from 1990 on (older
# than the seed).
generate_postgresql() {
    psql_portal <<SQL
SET search_path TO $1;
INSERT INTO press_release (id, slug, office_id, status, published_at, published_on, language, title, summary, body,
                           image_credit, created_at, updated_at, version)
SELECT 1000000 + x, 'generated-' || x, 'pakistan', 'PUBLISHED',
       TIMESTAMPTZ '1990-01-01 00:00:00+00' + x * INTERVAL '1 minute',
       CAST((TIMESTAMPTZ '1990-01-01 00:00:00+00' + x * INTERVAL '1 minute') AT TIME ZONE 'UTC' AS DATE), 'en',
       'Generated release ' || x || ' on ' || CASE WHEN x % 10 = 0 THEN 'skills passports' ELSE 'social dialogue' END,
       'A generated summary of release ' || x || ': partners discuss decent work, social protection and the '
           || 'ratification of Conventions, with employers and workers taking part as equals in every session.',
       '<p>Generated body ' || x || CASE WHEN x = 7 THEN ' with the word zanzibarite' ELSE '' END || '.</p>',
       '© ILO 2024', now(), now(), 1
FROM generate_series(1, $2) AS x;
ANALYZE press_release;
SQL
}
start_cluster() {
    PORT=$LB_PORT GRID_PORT=$GRID_PORT JAVA_OPTS=-Xmx1g API_RENDER_TTL=$2 config/cluster.sh start "$1" "$work/cluster" >/dev/null
}
stop_cluster() {
    config/cluster.sh stop "$work/cluster"
}
for instances in 1 2; do
    start_cluster "$instances" PT0.5S
    header "PostgreSQL, $instances instance(s) behind the balancer (nginx round robin, public responses kept 1 s)"
    if [ "$instances" -eq 1 ]; then
        # The production entry point next to nginx serving the same bytes as static files.
        curl -sf "$LB/api/v1/releases?limit=20" -o "$work/static/api/v1/releases"
        curl -sf "$LB/api/v1/offices/pakistan" -o "$work/static/api/v1/offices/pakistan"
        lb_etag=$(curl -sfI "$LB/api/v1/releases?limit=20" | awk -F': ' 'tolower($1) == "etag" {print $2}' | tr -d '\r')
        measure "nginx: releases page of 20 (static file)" "http://127.0.0.1:$NGINX_PORT/api/v1/releases"
        measure "API: releases page of 20" "$LB/api/v1/releases?limit=20"
        measure "nginx: office home (static file)" "http://127.0.0.1:$NGINX_PORT/api/v1/offices/pakistan"
        measure "API: office home" "$LB/api/v1/offices/pakistan"
        measure "API: releases page, 304 revalidation" "$LB/api/v1/releases?limit=20" -H "If-None-Match: $lb_etag"
    else
        measure "API: releases page of 20" "$LB/api/v1/releases?limit=20"
    fi
    measure "site: releases list page" "$LB/releases"
    # A new address every request: nothing kept answers it, every request is rendered by an instance.
    measure "API: releases page of 20, every request rendered" "$LB/api/v1/releases?limit=20" -s src/bench/new-address.lua
    measure "site: releases list page, every request rendered" "$LB/releases" -s src/bench/new-address.lua
    stop_cluster
done

# 3. Paging and search (its text search, with its index) as the list grows: one instance on a schema
#    of 100 releases, one on a schema of 100,020.
psql_portal -c "CREATE SCHEMA few" -c "CREATE SCHEMA many"
DB_URL="$DB_URL?currentSchema=few" DB_DRIVER=org.postgresql.ds.PGSimpleDataSource start_instance "$FEW_PORT" seed-few
DB_URL="$DB_URL?currentSchema=many" DB_DRIVER=org.postgresql.ds.PGSimpleDataSource start_instance "$MANY_PORT" seed-many
stop_instances
generate_postgresql few 80
generate_postgresql many "$GENERATED"
DB_URL="$DB_URL?currentSchema=few" DB_DRIVER=org.postgresql.ds.PGSimpleDataSource API_RENDER_TTL=PT0S \
    start_instance "$FEW_PORT" few
DB_URL="$DB_URL?currentSchema=many" DB_DRIVER=org.postgresql.ds.PGSimpleDataSource API_RENDER_TTL=PT0S \
    start_instance "$MANY_PORT" many
compare_growth "PostgreSQL"
stop_instances

soak
