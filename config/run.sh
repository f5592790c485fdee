#!/usr/bin/env bash
# Builds the portal and runs it on Payara Micro with the embedded H2 database: the seed content is
# imported on the first start. Settings come from the environment (see the README's configuration table).
set -euo pipefail
cd "$(dirname "$0")/.."

port="${PORT:-8080}"
mvn -B -q -DskipTests package

# shellcheck disable=SC2086 # JAVA_OPTS holds several options
java ${JAVA_OPTS:-} -jar target/payara-micro.jar \
    --deploy target/portal.war --contextroot / \
    --port "$port" \
    --prebootcommandfile config/preboot.asadmin \
    --nohazelcast &
payara=$!
trap 'kill -TERM "$payara" 2>/dev/null || true; wait "$payara"' INT TERM

# Ready with the portal's own check: Payara answers /health/ready even when the application failed to deploy.
until curl -sf "http://localhost:$port/health/ready" 2>/dev/null | grep -q '"name":"content"'; do
    kill -0 "$payara" 2>/dev/null || { echo "Payara Micro stopped before the portal was ready" >&2; exit 1; }
    sleep 0.5
done
echo
echo "Country Office Portal is running at http://localhost:$port/  (API: http://localhost:$port/api/v1/offices; Ctrl+C stops it)"
wait "$payara"
