#!/usr/bin/env bash
# Builds the portal and runs it on Payara Micro with its own PostgreSQL database under OFFICE_DATA_DIR (created,
# with the seed content, on the first start; Debian's postgresql package is installed first if it is missing,
# which needs root). Prints the URL once ready. Settings come from the environment (README, configuration).
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q -DskipTests package
exec config/portal.sh
