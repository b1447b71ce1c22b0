#!/usr/bin/env bash
# HTTP load test against a running FullAuth (default http://127.0.0.1:8080). Bounded: each phase
# runs for DURATION (default 15 s) with CONNECTIONS (default 16) connections on 2 wrk threads.
# Needs wrk (apt-get install -y wrk). Registers its own account; changes nothing else.
# The login phase measures Argon2-bound logins only when the server runs with
# FULLAUTH_AUTH_RATE_LIMIT_ENABLED=false (else it measures 429 answers after 5 logins per minute).
# The passkey phases run when passkeys are enabled (FULLAUTH_PASSKEY_RP_ID), the authenticate one
# also only without rate limits (passkey_auth allows 10 per minute).
#   scripts/load-test.sh [base-url]
set -euo pipefail
BASE="${1:-http://127.0.0.1:8080}"
DURATION="${DURATION:-15s}"
CONNECTIONS="${CONNECTIONS:-16}"
API="$BASE/api/v1/auth"
command -v wrk >/dev/null || { echo "load-test: wrk is missing (apt-get install -y wrk)" >&2; exit 1; }

EMAIL="load-$(date +%s%N)@example.com"
PASSWORD="load-test-password-1"
curl -fsS -o /dev/null "$API/register" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}"
TOKEN=$(curl -fsS "$API/login" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
[ -n "$TOKEN" ] || { echo "load-test: login failed" >&2; exit 1; }

LUA=$(mktemp)
trap 'rm -f "$LUA"' EXIT
cat > "$LUA" <<LUA
wrk.method = "POST"
wrk.body   = '{"email":"$EMAIL","password":"$PASSWORD"}'
wrk.headers["Content-Type"] = "application/json"
LUA

echo "== GET /me (token check, revocation lookup, user load) =="
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "$API/me"
echo "== GET /.well-known/jwks.json (no auth, baseline) =="
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$API/.well-known/jwks.json"
echo "== POST /login (Argon2id verify + new session) =="
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$LUA" "$API/login"

if [ "$(curl -s -o /dev/null -w '%{http_code}' -X POST "$API/passkeys/authenticate/begin")" = 200 ]; then
  PASSKEY_LUA=$(mktemp)
  REGISTER_LUA=$(mktemp)
  trap 'rm -f "$LUA" "$PASSKEY_LUA" "$REGISTER_LUA"' EXIT
  echo 'wrk.method = "POST"' > "$REGISTER_LUA"
  cat > "$PASSKEY_LUA" <<LUA
wrk.method = "POST"
wrk.body   = '{"email":"$EMAIL"}'
wrk.headers["Content-Type"] = "application/json"
LUA
  echo "== POST /passkeys/authenticate/begin (user + passkey lookup, challenge into the shared cache) =="
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$PASSKEY_LUA" "$API/passkeys/authenticate/begin"
  echo "== POST /passkeys/register/begin (token check, challenge into the shared cache) =="
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" \
    -s "$REGISTER_LUA" "$API/passkeys/register/begin"
fi
