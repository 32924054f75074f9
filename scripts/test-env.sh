#!/usr/bin/env bash
# Provisions what the test suites need, when it is missing and this machine allows it, and says plainly
# what is missing when it cannot: Debian's Chromium (the browser suites) and a running PostgreSQL with
# its own role and database (the PostgreSQL suites). Sourced by scripts/test.sh so that
# TEST_DATABASE_URL reaches the suites; never lets a suite be skipped silently (it fails instead).
# Run alone (`bash scripts/test-env.sh`) it provisions and prints the variables to export.

te_fail() { echo "test-env: $*" >&2; return 1; }
te_root() { [ "$(id -u)" = "0" ]; }
# apt with a wait on dpkg's lock: other sessions on this machine may be installing at the same time.
te_apt() { DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 "$@"; }
te_apt_updated=""
te_apt_install() {
  if ! te_root; then te_fail "$1 is missing and this is not root: install it with 'sudo apt-get install -y $1'"; return 1; fi
  if [ -z "$te_apt_updated" ]; then
    echo "test-env: apt-get update" >&2
    te_apt update -qq || { te_fail "apt-get update failed (is a Debian mirror reachable?)"; return 1; }
    te_apt_updated=1
  fi
  echo "test-env: installing $1 from Debian" >&2
  te_apt install -y -qq "$1" >/dev/null || { te_fail "apt-get install $1 failed"; return 1; }
}

te_chromium() {
  local path="${CHROMIUM_PATH:-/usr/bin/chromium}"
  if [ -x "$path" ]; then return 0; fi
  if [ -n "${CHROMIUM_PATH:-}" ]; then te_fail "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable"; return 1; fi
  te_apt_install chromium || { te_fail "the browser suites need Chromium at /usr/bin/chromium (or CHROMIUM_PATH)"; return 1; }
  [ -x /usr/bin/chromium ] || { te_fail "chromium was installed but /usr/bin/chromium is missing"; return 1; }
}

# PostgreSQL: an explicit TEST_DATABASE_URL is used as given; otherwise the local cluster is installed
# when missing, started when stopped, and given a role with a password (TCP asks for one) and a database.
TE_PG_ROLE=dashboard_ci
te_postgres() {
  if [ -n "${TEST_DATABASE_URL:-}" ]; then return 0; fi
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then te_apt_install postgresql || return 1; fi
  if ! te_root; then te_fail "no TEST_DATABASE_URL, and starting the local PostgreSQL needs root: set TEST_DATABASE_URL=postgresql://USER:PASSWORD@HOST:PORT/DB"; return 1; fi
  local cluster version name
  cluster=$(pg_lsclusters --no-header 2>/dev/null | head -1)
  if [ -z "$cluster" ]; then te_fail "PostgreSQL is installed but has no cluster (pg_createcluster)"; return 1; fi
  version=$(awk '{print $1}' <<<"$cluster"); name=$(awk '{print $2}' <<<"$cluster")
  local port; port=$(awk '{print $3}' <<<"$cluster")
  if ! su postgres -c "pg_isready -q -p $port" 2>/dev/null; then
    echo "test-env: starting PostgreSQL $version/$name" >&2
    # "already running" from a concurrent start is fine; anything else shows in the wait below.
    pg_ctlcluster "$version" "$name" start 2>/dev/null || true
    local i
    for i in $(seq 1 30); do su postgres -c "pg_isready -q -p $port" && break; sleep 1; done
    su postgres -c "pg_isready -q -p $port" || { te_fail "PostgreSQL $version/$name did not start (see /var/log/postgresql/)"; return 1; }
  fi
  local psql="psql -p $port -v ON_ERROR_STOP=1 -qtA"
  su postgres -c "$psql -c \"SELECT 1 FROM pg_roles WHERE rolname='$TE_PG_ROLE'\"" | grep -q 1 \
    || su postgres -c "$psql -c \"CREATE ROLE $TE_PG_ROLE LOGIN PASSWORD '$TE_PG_ROLE'\"" \
    || { te_fail "could not create the PostgreSQL role $TE_PG_ROLE"; return 1; }
  # Created once and kept: each test file works in its own schema, and other runs may be using it now.
  su postgres -c "$psql -c \"SELECT 1 FROM pg_database WHERE datname='$TE_PG_ROLE'\"" | grep -q 1 \
    || su postgres -c "$psql -c 'CREATE DATABASE $TE_PG_ROLE OWNER $TE_PG_ROLE'" \
    || { te_fail "could not create the PostgreSQL database $TE_PG_ROLE"; return 1; }
  export TEST_DATABASE_URL="postgresql://$TE_PG_ROLE:$TE_PG_ROLE@127.0.0.1:$port/$TE_PG_ROLE"
}

te_provision() {
  local ok=0
  te_chromium || ok=1
  te_postgres || ok=1
  if [ "$ok" != 0 ]; then te_fail "cannot run every suite (see above); nothing was skipped silently"; return 1; fi
  echo "test-env: Chromium ${CHROMIUM_PATH:-/usr/bin/chromium}, PostgreSQL ${TEST_DATABASE_URL%%@*}@…" >&2
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -uo pipefail
  te_provision || exit 1
  echo "export TEST_DATABASE_URL=$TEST_DATABASE_URL"
fi
