#!/usr/bin/env bash
# ./dev bench: every figure is a ratio to a reference measured in the same run.
#   ./dev bench [ROWS] [RUNS]          import (against sqlite3 .import, with zhisuan import's peak RSS; then once at
#                                      12.5M rows), import into PostgreSQL (against psql \copy, on a throwaway cluster,
#                                      tests/pg/cluster.sh), the big store copied there (copy-store against psql
#                                      \copy; every view against SQLite), map (10,000 centres against provinces only)
#                                      and the dashboard on the big store at scale 1 (issue 14)
#   ./dev bench --scale S [--runs N]   the dashboard benchmark only, on a big store of S × the issue's size
#                                      (generated once per scale under BUILD/bench/, then reused)
set -euo pipefail
build=$1; shift
cmake --build "$build" --target bench_import bench_pgimport bench_pgviews bench_xlsx bench_map bench_store bench_dashboard bench_gui bench_widgets zhisuan >/dev/null
if [ "${1:-}" = "--scale" ]; then
    echo "== widgets"
    "$build/tests/bench/bench_widgets"
    echo "== dashboard"
    exec "$build/tests/bench/bench_dashboard" "$build" "$@"
fi
echo "== import"
mkdir -p "$build/bench"
"$build/tests/bench/bench_import" "${1:-2000000}" "${2:-3}" "$build/app/zhisuan" "$build/bench"
echo "== import at the issue's size (12.5M daily quotes, 5,000 codes; the CSV is kept under $build/bench)"
"$build/tests/bench/bench_import" 12500000 1 "$build/app/zhisuan" "$build/bench"
echo "== import of an .xlsx workbook against the same rows as CSV (500,000 rows)"
"$build/tests/bench/bench_xlsx" 500000 "${2:-3}" "$build/app/zhisuan"
echo "== import into PostgreSQL"
if [ -z "${ZHISUAN_TEST_PG_URL:-}" ]; then
    pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/zhisuan-bench-pg.XXXXXX")
    trap 'tests_pg=$(dirname "$0")/../pg/cluster.sh; "$tests_pg" stop "$pg_dir" || true; rm -rf "$pg_dir"' EXIT
    if url=$("$(dirname "$0")/../pg/cluster.sh" start "$pg_dir"); then export ZHISUAN_TEST_PG_URL=$url; fi
fi
"$build/tests/bench/bench_pgimport" "$@"
echo "== the big store as a PostgreSQL team store: copy-store against psql \\copy, every view against SQLite"
"$build/tests/bench/bench_pgviews" "$build" --scale 1
echo "== map"
"$build/tests/bench/bench_map" 10000 60
echo "== widgets"
"$build/tests/bench/bench_widgets"
echo "== dashboard"
"$build/tests/bench/bench_dashboard" "$build" --scale 1
