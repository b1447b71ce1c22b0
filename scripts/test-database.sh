#!/usr/bin/env bash
# Makes sure the local PostgreSQL 15 server runs and has the test database and role that the
# persistence and system tests use (FULLAUTH_TEST_PG_URL, default below). Idempotent.
set -euo pipefail
DB=fullauth_test
ROLE=fullauth
PASSWORD=fullauth
if [ -n "${FULLAUTH_TEST_PG_URL:-}" ]; then
  echo "test-database: using FULLAUTH_TEST_PG_URL as given"
  exit 0
fi
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "test-database: PostgreSQL is not installed; installing it with apt" >&2
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
fi
VERSION=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk '{print $4}' | grep -q online; then
  if [ "$(id -u)" = 0 ]; then pg_ctlcluster "$VERSION" main start; else sudo pg_ctlcluster "$VERSION" main start; fi
fi
for i in $(seq 1 50); do
  as_postgres psql -qtAc 'SELECT 1' >/dev/null 2>&1 && break
  sleep 0.2
done
if [ "$(as_postgres psql -qtAc "SELECT 1 FROM pg_roles WHERE rolname='$ROLE'")" != 1 ]; then
  as_postgres psql -qc "CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD'"
fi
if [ "$(as_postgres psql -qtAc "SELECT 1 FROM pg_database WHERE datname='$DB'")" != 1 ]; then
  as_postgres psql -qc "CREATE DATABASE $DB OWNER $ROLE"
fi
echo "test-database: PostgreSQL $VERSION ready, database $DB"
