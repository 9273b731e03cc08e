#!/usr/bin/env bash
# Every test: types, unit, integration on PGlite and on PostgreSQL, the API linter, and the browser.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== typecheck"; npx tsc --noEmit -p tsconfig.json
echo "== unit"; npx vitest run --project unit
echo "== integration (PGlite)"; npx vitest run --project integration
if [ -n "${DATABASE_URL:-}${TEST_DATABASE_URL:-}" ]; then
  echo "== integration (PostgreSQL)"; MEEDOEN_TEST_DB=postgres npx vitest run --project integration
else
  echo "== integration (PostgreSQL) SKIPPED: set DATABASE_URL or TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test) to run it"
fi
echo "== browser"; npm run build:web && npx vitest run --project browser
