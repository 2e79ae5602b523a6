#!/usr/bin/env bash
# ./dev bench [ROWS] [RUNS]: import benchmark (see bench_import.cpp). Figures are ratios against sqlite3 .import
# measured in the same run.
set -euo pipefail
build=$1; shift
cmake --build "$build" --target bench_import >/dev/null
exec "$build/tests/bench/bench_import" "$@"
