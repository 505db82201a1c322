#!/usr/bin/env bash
# The load benchmark, one command: publishes Release, generates a tenant of N policy documents, starts the real host in
# Production and a raw Kestrel app returning the same bytes, loads both alternately with wrk and writes
# benchmarks/results/load.md.
#
#   benchmarks/load.sh                   10,000 documents
#   BENCH_LARGE=1 benchmarks/load.sh     and a second tenant of 100,000 (the import alone takes minutes)
#
# Other knobs: BENCH_DOCS (10000), BENCH_DURATION (8s), BENCH_CONNECTIONS (32), BENCH_PORT (5081), BENCH_WORK (a temp dir).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if ! command -v wrk >/dev/null 2>&1; then
  echo "installing wrk (Debian package)" >&2
  if [ "$(id -u)" = 0 ]; then apt-get install -y wrk || { apt-get update && apt-get install -y wrk; }
  else sudo apt-get install -y wrk || { sudo apt-get update && sudo apt-get install -y wrk; }; fi
fi
# The host as it ships: published for the runtime, precompiled (ReadyToRun, see the Web csproj).
dotnet publish "$root/src/XinxingPortal.Web" -c Release -r linux-x64 -nologo -v q
dotnet build "$root/benchmarks/RawKestrel" -c Release -nologo -v q
exec python3 "$root/benchmarks/load/run.py" "$root"
