#!/usr/bin/env bash
# The OpenLab booking benchmark, one command (about two minutes once built): builds the host in Release, starts it on a
# fresh App_Data, adds 200 instruments with a year of bookings each to the seeded portal, then measures the week
# calendar page (p50/p95, against a trivial page in the same run) and booking throughput under contention (many
# people posting the same slots at once; the database lets exactly one win per slot). Writes benchmarks/results/openlab.md.
#
# Knobs: BENCH_PORT (5091), BENCH_INSTRUMENTS (200), BENCH_REQUESTS (300), BENCH_USERS (16), BENCH_SLOTS (20).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dotnet build "$root/src/XinxingPortal.Web" -c Release -nologo -v q
exec python3 "$root/benchmarks/openlab/run.py" "$root"
