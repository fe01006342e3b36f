#!/usr/bin/env bash
# Baseline for bench/run.ts: PostgreSQL's own pgbench, select-only (-S), on the built-in
# TPC-B-like schema. Each pgbench -S transaction is one statement,
#   SELECT abalance FROM pgbench_accounts WHERE aid = :aid;
# sent in autocommit, so one round trip: no BEGIN/COMMIT, no set_config, no RLS.
#
# For scale, it then runs the same load with withClinic's transaction shape on the same table
# (BEGIN; SELECT set_config(...); SELECT ...; COMMIT: four round trips, still no RLS), so
# the cost of the round trips can be told apart from the cost of Node, Kysely and pg.
# PGBENCH_SHAPE=0 skips that second run.
#
# Creates a throwaway database (niramaya_pgbench_<pid>), initialises it at scale 10
# (1,000,000 accounts), runs for BENCH_SECONDS (default 10) and drops the database
# on exit, including on failure or Ctrl-C. Loopback only; trust auth as postgres.
#
# Usage: bench/pgbench-select.sh [extra pgbench options, e.g. -M prepared]
set -euo pipefail

host=${PGBENCH_HOST:-127.0.0.1}
port=${PGBENCH_PORT:-5432}
user=${PGBENCH_USER:-postgres}
scale=${PGBENCH_SCALE:-10}
clients=${PGBENCH_CLIENTS:-10}
threads=${PGBENCH_THREADS:-2}
duration=${BENCH_SECONDS:-10}
shape=${PGBENCH_SHAPE:-1}
database="niramaya_pgbench_$$"
shape_script=$(mktemp)
export PGCONNECT_TIMEOUT=10

admin() {
  psql -h "$host" -p "$port" -U "$user" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"
}

clean_up() {
  admin -c "DROP DATABASE IF EXISTS ${database}" >/dev/null || true
  rm -f "$shape_script"
}
trap clean_up EXIT
trap 'exit 130' INT TERM

echo "pgbench -S baseline"
echo "  date       $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "  cpus       $(nproc)"
echo "  server     PostgreSQL $(admin -c 'SHOW server_version') at ${host}:${port}"
echo "  client     $(pgbench --version)"
echo "  database   ${database} (scale ${scale}, dropped on exit)"
echo

admin -c "CREATE DATABASE ${database}"
echo "initialising (pgbench -i -s ${scale}) ..."
pgbench -i -q -s "$scale" -h "$host" -p "$port" -U "$user" "$database" 2>&1 | tail -n 1

# run <label> <pgbench options...>: one timed run, then its key lines and a summary.
run() {
  local label=$1
  shift
  echo
  echo "running ${label}: pgbench $* -c ${clients} -j ${threads} -T ${duration} ..."
  local output tps latency
  output=$(pgbench "$@" -c "$clients" -j "$threads" -T "$duration" \
    -h "$host" -p "$port" -U "$user" "$database" 2>&1)
  echo "$output" | grep -E '^(query mode|number of transactions actually processed|number of failed|latency average|tps)'
  tps=$(echo "$output" | sed -n 's/^tps = \([0-9.]*\).*/\1/p')
  latency=$(echo "$output" | sed -n 's/^latency average = \([0-9.]*\) ms.*/\1/p')
  summaries+=("${label}: ${tps:-?} tps, latency average ${latency:-?} ms")
}
summaries=()

run 'select-only (-S)' -S "$@"

if [ "$shape" != 0 ]; then
  cat >"$shape_script" <<'SQL'
\set aid random(1, 100000 * :scale)
BEGIN;
SELECT set_config('app.clinic_id', '00000000-0000-4000-8000-000000000001', true), set_config('app.user_id', '', true);
SELECT abalance FROM pgbench_accounts WHERE aid = :aid;
COMMIT;
SQL
  run 'withClinic shape (4 statements)' -f "$shape_script" "$@"
fi

echo
echo "summary (${clients} clients, ${threads} threads, ${duration} s each)"
for line in "${summaries[@]}"; do echo "  ${line}"; done
