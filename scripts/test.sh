#!/usr/bin/env bash
# The README's test command: installs what the tests need (PostgreSQL, Debian's Chromium, Noto fonts for
# Chinese and Uyghur), runs every test project on SQLite (the end-to-end suite drives the real host in
# Chromium), runs the integration suite again on a throwaway PostgreSQL, runs the two-node suite (two real hosts
# sharing a throwaway Redis and PostgreSQL, which its fixture starts), and ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

need=()
command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
[ -x /usr/bin/chromium ] || need+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
dpkg -s fonts-noto-core >/dev/null 2>&1 || need+=(fonts-noto-core)
command -v node >/dev/null 2>&1 || need+=(nodejs npm)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi

passed=0
failed=0
results=$(mktemp -d /tmp/xp-results-XXXXXX)

# Adds one dotnet test run's counts from its TRX files; a run that produced no results counts as one failure.
run_tests() {
  local label=$1; shift
  local out="$results/$label"
  mkdir -p "$out"
  echo "== $label"
  dotnet test "$@" --no-build -c Release --logger "trx" --results-directory "$out" 2>&1 | grep -E "Passed!|Failed!|Failed |error" || true
  local trx
  trx=$(find "$out" -name '*.trx' | head -n 50)
  if [ -z "$trx" ]; then
    echo "   no results from $label"; failed=$((failed + 1)); return
  fi
  local p f
  p=$(grep -ho '<Counters [^>]*' $trx | grep -o ' passed="[0-9]*"' | grep -o '[0-9]*' | awk '{s+=$1} END {print s+0}')
  f=$(grep -ho '<Counters [^>]*' $trx | grep -Eo ' (failed|error|timeout|aborted)="[0-9]*"' | grep -o '[0-9]*' | awk '{s+=$1} END {print s+0}')
  # The first failures' messages, so a red run says why without its TRX files.
  [ "${f:-0}" -gt 0 ] && grep -ho '<Message>[^<]*' $trx | head -n 5 | cut -c10-600
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
}

# Warnings are errors (Directory.Build.props), so a clean build is also a zero-warning build.
if ! dotnet build XinxingPortal.sln -c Release >"$results/build.log" 2>&1; then
  grep -E "error|warning" "$results/build.log" | sort -u | head -n 40
  echo "0 passed, 1 failed"
  exit 1
fi

run_tests unit tests/XinxingPortal.UnitTests
run_tests architecture tests/XinxingPortal.ArchitectureTests
run_tests integration-sqlite tests/XinxingPortal.IntegrationTests
run_tests e2e tests/XinxingPortal.E2E.Tests
[ -d artifacts/e2e ] && echo "   screenshots: artifacts/e2e/"

read -r pgdir pgport < <(scripts/start-postgres.sh) || { echo "PostgreSQL did not start"; failed=$((failed + 1)); }
if [ -n "${pgport:-}" ]; then
  trap 'scripts/stop-postgres.sh "$pgdir"' EXIT
  # Timeout: how long a request waits for a pooled connection. The double-booking tests send 200 requests at once
  # through a pool of 100; on a busy 2-core runner some waited past Npgsql's default 15 s and answered 500.
  # The kill tests start the real host as a process on its own SQLite App_Data; they ran above, not again here.
  XP_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=postgres;Include Error Detail=true;Timeout=60" \
    run_tests integration-postgresql tests/XinxingPortal.IntegrationTests --filter "Database!=SqliteProcess"
fi

# Two real web nodes behind no balancer: the fixture starts redis-server and its own PostgreSQL on loopback.
run_tests multinode tests/XinxingPortal.MultiNode.Tests

rm -rf "$results"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
