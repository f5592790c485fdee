#!/usr/bin/env bash
# The default store's durability, measured: staff save drafts through the back office at full speed (4 sessions)
# while the portal, started as README command 1 starts it, is killed at random moments (SIGKILL; the Java process
# alone, or every process at once as in a power cut), then started again over the same data; after each restart,
# every draft whose save was acknowledged must be in the database. Prints the kills, the saves acknowledged, the
# saves lost and the restarts that failed (README command 2 runs the same test with 3 kills).
#
#   src/bench/durability.sh [KILLS]      (default 50)
set -euo pipefail
cd "$(dirname "$0")/../.."

kills=${1:-50}
mvn -B -q verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test='EmbeddedStoreIT' \
    -Ddurability.kills="$kills"
cat target/embedded-store-it/durability.txt
