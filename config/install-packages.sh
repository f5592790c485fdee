#!/bin/sh
# Installs the Debian packages that the portal or its tests need and the machine lacks, so that the README's two
# commands are the whole set-up on a fresh Debian machine. Installing needs root, once; as another user it says what
# to install and stops.
#
#   config/install-packages.sh PURPOSE PACKAGE[=FILE]...     e.g. "the browser tests" chromium-headless-shell=/usr/bin/chromium-headless-shell
#
# A package counts as present when FILE is an executable (the command that is needed, whichever package brought it)
# or, without FILE, when dpkg has it installed.
set -eu

[ $# -ge 2 ] || { echo "usage: $0 PURPOSE PACKAGE[=FILE]..." >&2; exit 2; }
purpose=$1
shift

# One run at a time: a run that finds another one installing waits for it, then looks again at what is missing. (The
# build starts one early, beside the compiler, and asks again before the tests that need the packages.)
if [ "$(id -u)" -eq 0 ] && [ -z "${INSTALL_PACKAGES_LOCKED:-}" ]; then
    mkdir -p /run/lock
    INSTALL_PACKAGES_LOCKED=yes exec flock /run/lock/country-office-portal-packages.lock "$0" "$purpose" "$@"
fi

missing=""
for wanted in "$@"; do
    package=${wanted%%=*}
    file=${wanted#*=}
    if [ "$file" != "$wanted" ]; then
        [ -x "$file" ] && continue
    elif [ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null)" = "install ok installed" ]; then
        continue
    fi
    missing="$missing $package"
done
[ -n "$missing" ] || exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "Missing Debian packages for $purpose:$missing. Run 'apt-get install -y$missing' as root once, then try again." >&2
    exit 1
fi
echo "installing Debian's$missing for $purpose (once)"
apt-get update -q >/dev/null
# shellcheck disable=SC2086 # one word per package
DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing >/dev/null
