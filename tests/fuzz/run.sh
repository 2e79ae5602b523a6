#!/usr/bin/env bash
# ./dev fuzz [SECONDS]: builds the libFuzzer targets with clang in build-fuzz (zhisuan_db and tests/fuzz only)
# and runs each for SECONDS (default 60) from its seed corpus in tests/fuzz/corpus/<target>/. New inputs
# go to build-fuzz/corpus/ (never into the repository); a crash, a timeout or running out of memory stops
# the run, fails it, and the input is kept in build-fuzz/crashes/ (and printed in base64, for CI logs).
# Reproduce one with: build-fuzz/tests/fuzz/<target> build-fuzz/crashes/<file>
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${ZHISUAN_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}
SECONDS_EACH=${1:-60}
shift || true
TARGETS=(fuzz_csvreader fuzz_valueparser fuzz_capacityparser fuzz_import fuzz_xlsx fuzz_xls fuzz_pdftext)
# Inputs past these sizes only slow a run down: a cell, a capacity text, a file of a few hundred rows, a small PDF.
declare -A MAX_LEN=([fuzz_csvreader]=16384 [fuzz_valueparser]=128 [fuzz_capacityparser]=512 [fuzz_import]=8192 [fuzz_xlsx]=65536 [fuzz_xls]=32768 [fuzz_pdftext]=65536)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# The same packages ./dev installs for the db layer, plus clang (libFuzzer and its sanitizer runtimes).
packages=(clang libclang-rt-dev cmake make pkg-config qt6-base-dev libqt6sql6-sqlite libsqlite3-dev libuchardet-dev libminizip-dev libexpat1-dev zlib1g-dev)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    log "Installing missing Debian packages: ${missing[*]}"
    sudo=; [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -f "$BUILD/CMakeCache.txt" ]; then
    log "Configuring the fuzz build (clang, db layer only) into $BUILD"
    CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DZHISUAN_FUZZ=ON >/dev/null
fi
log "Building the fuzz targets"
cmake --build "$BUILD" --parallel "$(nproc)" --target "${TARGETS[@]}"

# A finding stops the target at once; leaks are findings too (none are expected in the db layer).
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$ROOT/tests/sanitize/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export QT_QPA_PLATFORM=offscreen

mkdir -p "$BUILD/crashes"
failed=()
for t in "${TARGETS[@]}"; do
    work="$BUILD/corpus/$t"
    mkdir -p "$work"
    log "Fuzzing $t for ${SECONDS_EACH}s"
    before=$(find "$BUILD/crashes" -type f -name "$t-*" | sort)
    # -timeout: one input taking 10 s is a hang; -rss_limit_mb bounds memory (a file must not grow without end).
    if ! "$BUILD/tests/fuzz/$t" "$work" "$ROOT/tests/fuzz/corpus/$t" \
            -max_total_time="$SECONDS_EACH" -max_len="${MAX_LEN[$t]}" -timeout=10 -rss_limit_mb=2048 \
            -artifact_prefix="$BUILD/crashes/$t-" -print_final_stats=1 "$@" 2>"$BUILD/$t.log"; then
        tail -n 60 "$BUILD/$t.log" >&2
        failed+=("$t")
        after=$(find "$BUILD/crashes" -type f -name "$t-*" | sort)
        for f in $(comm -13 <(echo "$before") <(echo "$after")); do
            log "Input that failed $t: $f (base64 follows)"
            base64 -w 100 "$f" | head -n 200 >&2
        done
        continue
    fi
    grep -E '^(stat::number_of_executed_units|stat::new_units_added|Done)' "$BUILD/$t.log" >&2 || true
done

if [ ${#failed[@]} -gt 0 ]; then
    log "Fuzzing failed: ${failed[*]} (inputs in $BUILD/crashes; add each to tests/db/data/bad-input or a unit test)"
    exit 1
fi
log "Fuzzing passed: ${#TARGETS[@]} targets, ${SECONDS_EACH}s each"
