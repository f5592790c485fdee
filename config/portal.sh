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
# shellcheck source=config/failed-start.sh
. "$root/config/failed-start.sh"

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

# Memory for a small instance (README, configuration): the heap, class metadata, compiled code and thread stacks are
# bounded, so that the process stays within about 400 MB however long it serves (a quarter of the heap for new
# objects, the rest for what lives on: about 70 MB, and the kept renderings). JAVA_OPTS come after these defaults, so
# any of them can be overridden there. Few malloc arenas: Java allocates its memory itself, and glibc's
# arena per thread would only hold on to freed native memory. Only the quick compiler (C1): on two cores the
# optimising one spent the start and the first minutes of load compiling beside the requests, and its method profiles
# and the memory its compilations leave with malloc took some 50-60 MB; the portal's requests mostly copy kept
# renderings, and a soak serves as many of them without it (README, a small instance).
memory_options="-Xms${JAVA_HEAP:-128m} -Xmx${JAVA_HEAP:-128m} -XX:NewRatio=3
    -XX:MaxMetaspaceSize=${JAVA_METASPACE:-192m} -XX:ReservedCodeCacheSize=${JAVA_CODE_CACHE:-40m}
    -Xss${JAVA_THREAD_STACK:-512k} -XX:MaxDirectMemorySize=64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

# Payara Micro runs from a runtime unpacked once under the data directory (its --outputlauncher), not unpacked anew
# at every start, with an application class-data archive of the classes a run loaded (JDK 17's dynamic CDS): the
# first run records it when it is stopped (-XX:ArchiveClassesAtExit), later runs map it instead of finding, reading
# and verifying those classes again. The archive holds Payara's and Java's classes, checked by the JVM against the
# runtime's jars; the WAR's classes come from its own class loader, so a new WAR keeps it valid (its changed classes
# load as before). Both are made again when the Payara Micro jar, Java or the JVM options change.
runtime="$data_dir/payara"
archive="$runtime/portal.jsa"
stamp="$(stat -c '%s %Y' "$root/target/payara-micro.jar") $(readlink -f "$(command -v java)") $memory_options ${JAVA_OPTS:-}"
if [ ! -f "$runtime/launch-micro.jar" ] || [ "$(cat "$runtime/stamp" 2>/dev/null)" != "$stamp" ]; then
    rm -rf "$runtime"
    mkdir -p "$runtime"
    java -jar "$root/target/payara-micro.jar" --rootdir "$runtime" --outputlauncher >"$runtime/unpack.log" 2>&1
    cp "$runtime/config/domain.xml" "$runtime/domain.xml.unpacked"
    # Deployment leaves tens of megabytes of freed native memory with malloc, which a JDK 17 from 17.0.9 on hands back
    # to the system twice a minute (older ones lack the option).
    trim="-XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=30000"
    # shellcheck disable=SC2086
    if java $trim -version >/dev/null 2>&1; then echo "$trim" >"$runtime/trim"; else : >"$runtime/trim"; fi
    echo "$stamp" >"$runtime/stamp"
fi
native_trim=$(cat "$runtime/trim")
# Each start begins from the runtime as unpacked: Payara keeps the last run's deployment in its domain.xml and would
# load that old copy first, then replace it with the WAR given (two deployments, and the old one answering meanwhile).
cp "$runtime/domain.xml.unpacked" "$runtime/config/domain.xml"
rm -rf "$runtime/applications" "$runtime/generated"
rm -f "$archive.partial"
if [[ " ${JAVA_OPTS:-} " =~ \ -(javaagent|agentlib|agentpath|XX:StartFlightRecording|XX:FlightRecorderOptions) ]]; then
    # An agent or Flight Recorder rewrites classes as they load, which JDK 17 cannot do to archived ones (it crashes).
    class_data=""
elif [ -f "$archive" ]; then
    class_data="-XX:SharedArchiveFile=$archive"
else
    class_data="-XX:ArchiveClassesAtExit=$archive.partial"
fi

# The archive a run recorded, kept once the JVM has written it whole at its exit after a graceful stop of a portal
# that was ready (a failed start would record too few classes, a SIGKILL may cut the file short).
keep_class_data() {
    if [ "$ready" = yes ] && [ -s "$archive.partial" ]; then
        mv "$archive.partial" "$archive"
    fi
}

# The HTTP worker threads (config/preboot.asadmin fixes 8) can be set by HTTP_THREADS.
preboot="$runtime/preboot.asadmin"
threads=${HTTP_THREADS:-8}
sed -E "s/(http-thread-pool\.(max|min)-thread-pool-size)=[0-9]+/\1=$threads/" "$root/config/preboot.asadmin" >"$preboot"

# Java's output goes to the log, where a failed start is looked for, and from there to the terminal.
: >"$log"
# shellcheck disable=SC2086 # the option lists hold several options
java $memory_options $native_trim $class_data -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off ${JAVA_OPTS:-} \
    -Dmp.health.default.readiness.empty.response=DOWN \
    -jar "$runtime/launch-micro.jar" \
    --deploy "$war" --contextroot / \
    --port "$port" \
    --prebootcommandfile "$preboot" \
    --nohazelcast --disablephonehome >>"$log" 2>&1 &
payara=$!
ready=no
tail -n +1 -f --pid="$payara" "$log" &

stop() {
    trap - INT TERM
    if kill -0 "$payara" 2>/dev/null; then
        echo "stopping: answering the requests in flight, then stopping the database"
        kill -TERM "$payara" 2>/dev/null || true
        # Up to a minute: the requests in flight (at most 30 s), then, after the first run, writing the class data.
        for _ in $(seq 1 120); do
            kill -0 "$payara" 2>/dev/null || break
            sleep 0.5
        done
        kill -KILL "$payara" 2>/dev/null || true
    fi
    wait "$payara" 2>/dev/null || true
    keep_class_data
    stop_database
    exit 0
}
trap stop INT TERM

# Ready by the portal's own check: until the application is deployed, Payara reports /health/ready down.
until curl -sf "http://localhost:$port/health/ready" 2>/dev/null | grep -q '"name":"content"'; do
    if ! kill -0 "$payara" 2>/dev/null; then
        wait "$payara" || true
        explain_failure "$log"
        stop_database
        exit 1
    fi
    if runs_without_portal "http://localhost:$port" "$log"; then
        explain_failure "$log"
        kill -KILL "$payara" 2>/dev/null || true
        wait "$payara" 2>/dev/null || true
        stop_database
        exit 1
    fi
    sleep 0.2
done
ready=yes
echo
echo "Country Office Portal is running at http://localhost:$port/  (API: http://localhost:$port/api/v1/offices; Ctrl+C stops it)"
status=0
wait "$payara" || status=$?
# The Java process ended without being asked (killed, out of memory): report it as a failure.
stop_database
exit $((status == 0 ? 1 : status))
