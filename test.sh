#!/usr/bin/env bash
# Runs every test of the repository, as CI does: build (warnings are errors), format check, the .NET
# tests on SQLite and PostgreSQL, then the JavaScript tests (GraphQL-over-HTTP audits, schema and
# codegen, a real client, a real browser) against a gateway they start. Ends with one summary line.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
if [[ "${CI:-}" == true ]]; then
  # On CI a missing snapshot fails its test instead of being written as the new truth.
  export SNAPSHOOTER_STRICT_MODE=true
fi
artifacts=artifacts
mkdir -p "$artifacts/js"

step() { printf '\n=== %s\n' "$*"; }

step "npm packages"
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund
else
  echo "node_modules is up to date with package-lock.json"
fi

step "dotnet tool restore"
dotnet tool restore

step "dotnet build -c Release"
dotnet build Gateway.sln -c Release -warnaserror

step "dotnet format --verify-no-changes"
dotnet format Gateway.sln --verify-no-changes --no-restore

step "dotnet test"
dotnet_status=0
dotnet test Gateway.sln -c Release --no-build 2>&1 | tee "$artifacts/dotnet-test.log" || dotnet_status=$?

step "node --test tests/js"
node_status=0
node tests/js/support/with-gateway.mjs \
  node --test --test-concurrency=1 \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$artifacts/js/node-test.tap" \
  tests/js/*.test.mjs || node_status=$?

# dotnet test prints one "Failed: N, Passed: N, Skipped: N" line per test assembly; node's TAP ends
# with "# pass N" / "# fail N" / "# cancelled N" / "# skipped N" / "# todo N".
sum() { grep -oP "$1" "$2" | awk '{ total += $1 } END { print total + 0 }'; }
dotnet_log="$artifacts/dotnet-test.log"
node_log="$artifacts/js/node-test.tap"
touch "$node_log"
passed=$(( $(sum 'Passed:\s*\K\d+' "$dotnet_log") + $(sum '^# pass \K\d+' "$node_log") ))
failed=$(( $(sum 'Failed:\s*\K\d+' "$dotnet_log") + $(sum '^# (fail|cancelled) \K\d+' "$node_log") ))
skipped=$(( $(sum 'Skipped:\s*\K\d+' "$dotnet_log") + $(sum '^# (skipped|todo) \K\d+' "$node_log") ))

echo
if (( dotnet_status != 0 || node_status != 0 )) && (( failed == 0 )); then
  # A runner that failed without counting a failed test (a crash, a gateway that did not start).
  failed=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
(( dotnet_status == 0 && node_status == 0 && failed == 0 ))
