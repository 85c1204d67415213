#!/usr/bin/env bash
# End-to-end (e2e) tests of CareCircle in a real browser: a fresh server on a fresh SQLite file, driven by
# Debian's Chromium through playwright-core and node's built-in test runner.
#
#   bash tests/e2e/run.sh                 # uses target/debug/carecircle (build it first)
#   bash tests/e2e/run.sh --build         # runs `cargo build` first
#   CARECIRCLE_BIN=target/release/carecircle bash tests/e2e/run.sh
#   bash tests/e2e/run.sh journey.test.mjs   # only some test files
#
# Set KEEP_BROWSER_TMP=1 to keep the temporary directory (database, server log).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BIN="${CARECIRCLE_BIN:-$HERE/../../target/debug/carecircle}"
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
SUITE_TIMEOUT="${BROWSER_SUITE_TIMEOUT:-400}"  # a hang guard: a run takes 2 to 3 minutes

if [ "${1:-}" = "--build" ]; then
  shift
  echo "== cargo build"
  (cd "$ROOT" && cargo build)
fi

# ---- what this machine needs -------------------------------------------------
if ! command -v node >/dev/null; then
  echo "node not found: install Node.js 20 or newer (apt-get install -y nodejs npm)" >&2
  exit 1
fi
if ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)'; then
  echo "node $(node --version) is too old: the e2e tests need Node.js 20 or newer" >&2
  exit 1
fi
if [ ! -x "$CHROMIUM" ]; then
  echo "Chromium not found at $CHROMIUM." >&2
  echo "Install Debian's Chromium:  apt-get update && apt-get install -y chromium" >&2
  echo "(or point CHROMIUM_PATH at a Chromium binary; never download a browser build)" >&2
  exit 1
fi
case "$BIN" in /*) ;; *) BIN="$PWD/$BIN" ;; esac
if [ ! -x "$BIN" ]; then
  echo "No CareCircle binary at $BIN." >&2
  echo "Build it with 'cargo build' (or run this script with --build), or set CARECIRCLE_BIN." >&2
  exit 1
fi
if [ ! -f "$HERE/node_modules/playwright-core/package.json" ]; then
  echo "== npm ci (playwright-core only; no browser is downloaded)"
  (cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error)
fi

# ---- a fresh server ------------------------------------------------------------
WORK="$(mktemp -d "${TMPDIR:-/tmp}/carecircle-e2e.XXXXXX")"
SERVER_PID=""
cleanup() {
  local rc=$?
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  if [ "$rc" -ne 0 ] && [ -f "$WORK/server.log" ]; then
    echo "== last lines of the server log ($WORK/server.log)" >&2
    tail -n 40 "$WORK/server.log" >&2 || true
  fi
  if [ "${KEEP_BROWSER_TMP:-}" = "1" ] || [ "$rc" -ne 0 ]; then
    echo "kept $WORK" >&2
  else
    rm -rf "$WORK"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

PORT="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
RUN_ID="$(date +%s)$$"
export DATABASE_URL="$WORK/carecircle.db"
export BIND_ADDR="127.0.0.1:$PORT"
export BASE_URL="http://127.0.0.1:$PORT"
export SEED_DEMO_COMMUNITIES=true
export MAIL_DIR="$WORK/mail"        # a server with email writes .eml files here (no SMTP_URL)
unset SMTP_URL
export WORKERS="${WORKERS:-2}"
# One browser registers and posts for many people here; the limits have their own tests.
export REGISTRATIONS_PER_IP=100000 LOGIN_ATTEMPTS_PER_IP=100000 POSTS_PER_MEMBER_MINUTE=100000
export RUST_LOG="${RUST_LOG:-info}"

secret() { node -e 'console.log(require("crypto").randomBytes(12).toString("hex"))'; }
export CC_BASE_URL="$BASE_URL" CC_MAIL_DIR="$MAIL_DIR"
export CC_ADMIN_EMAIL="admin-$RUN_ID@example.org" CC_ADMIN_HANDLE="admin_$RUN_ID" CC_ADMIN_PASSWORD="$(secret)"
export CC_MOD_EMAIL="mod-$RUN_ID@example.org" CC_MOD_HANDLE="mod_$RUN_ID" CC_MOD_PASSWORD="$(secret)"

echo "== accounts: an admin and a moderator, through the CLI"
CARECIRCLE_ADMIN_PASSWORD="$CC_ADMIN_PASSWORD" timeout 60 "$BIN" admin create \
  --email "$CC_ADMIN_EMAIL" --handle "$CC_ADMIN_HANDLE" </dev/null
CARECIRCLE_ADMIN_PASSWORD="$CC_MOD_PASSWORD" timeout 60 "$BIN" admin create \
  --email "$CC_MOD_EMAIL" --handle "$CC_MOD_HANDLE" </dev/null
timeout 60 "$BIN" admin set-role --handle "$CC_MOD_HANDLE" --role moderator </dev/null

echo "== server on $BASE_URL (database $DATABASE_URL)"
(cd "$WORK" && exec "$BIN" serve) >"$WORK/server.log" 2>&1 </dev/null &
SERVER_PID=$!
node -e '
  const url = process.argv[1] + "/healthz", deadline = Date.now() + 30000;
  (async () => {
    while (Date.now() < deadline) {
      try { const r = await fetch(url); if (r.ok) return; } catch {}
      await new Promise((r) => setTimeout(r, 200));
    }
    console.error("the server did not answer " + url + " within 30 s");
    process.exit(1);
  })();
' "$BASE_URL"
kill -0 "$SERVER_PID" 2>/dev/null || { echo "the server exited" >&2; exit 1; }

# ---- the tests -----------------------------------------------------------------
if [ "$#" -gt 0 ]; then
  FILES=()
  for f in "$@"; do case "$f" in /*) FILES+=("$f") ;; *) FILES+=("$HERE/$(basename "$f")") ;; esac; done
else
  FILES=("$HERE"/*.test.mjs)
fi
echo "== node --test (${#FILES[@]} files, at most ${SUITE_TIMEOUT}s)"
export CHROMIUM_PATH="$CHROMIUM"
STARTED=$SECONDS
set +e
timeout -k 10 "$SUITE_TIMEOUT" node --test --test-concurrency=1 --test-reporter=spec "${FILES[@]}"
STATUS=$?
set -e
echo "e2e tests took $((SECONDS - STARTED))s"
if [ "$STATUS" -eq 124 ] || [ "$STATUS" -eq 137 ]; then
  echo "the e2e tests ran out of time (${SUITE_TIMEOUT}s)" >&2
fi
kill -0 "$SERVER_PID" 2>/dev/null || { echo "the server died during the tests" >&2; STATUS=1; }
exit "$STATUS"
