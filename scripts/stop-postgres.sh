#!/usr/bin/env bash
# Stops and deletes a PostgreSQL started by start-postgres.sh.
set -u
dir=${1:?usage: stop-postgres.sh DIR}
bin=""
for candidate in "$(dirname "$(command -v pg_ctl 2>/dev/null || echo /nonexistent)")" /usr/lib/postgresql/*/bin; do
  if [ -x "$candidate/pg_ctl" ]; then bin="$candidate"; break; fi
done
if [ "$(id -u)" = 0 ]; then
  runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1
else
  "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1
fi
rm -rf "$dir"
