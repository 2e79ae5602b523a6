#!/usr/bin/env bash
# ./dev bench: the import benchmark (against sqlite3 .import) and the map benchmark (10,000 centres against
# provinces only). Figures are ratios to a reference measured in the same run. Arguments go to the import
# benchmark: ./dev bench [ROWS] [RUNS].
set -euo pipefail
build=$1; shift
cmake --build "$build" --target bench_import bench_map >/dev/null
echo "== import"
"$build/tests/bench/bench_import" "$@"
echo "== map"
"$build/tests/bench/bench_map" 10000 60
