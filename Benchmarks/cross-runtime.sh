#!/usr/bin/env bash
# Runs the benchmark programs (Benchmarks/Programs/*.cs: CPU and async) on CILKit (release
# build) classic, CILKit `--runtime-async` (async programs: every state machine lowered to a
# runtime-async method), `mono --interpreter` and `mono` (JIT) — the same binaries,
# interleaved, RUNS times each — and prints a Markdown table of median wall times, ratios,
# and what one CILKit run allocates in each mode (objects and bytes, exact, from one extra
# `cilkit run --stats`).
#
#   bash Benchmarks/cross-runtime.sh [RUNS]        (default 5)
#
# Needs mcs and mono (apt-get install -y mono-mcs mono-runtime). Timings are noisy on a
# shared 2-core machine: read the ratios, not the absolute numbers.
#
# Every run is limited to $TIMEOUT seconds (Mono 6.8 occasionally hangs at shutdown after
# using its thread pool). A run that times out or prints the wrong output is a failed sample:
# it is left out of the median and counted in the cell, e.g. "0.41 s (1 failed)". A wrong
# output from CILKit still stops the script.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
TIMEOUT="${TIMEOUT:-60}"
cd "$repo"
swift build -c release --product cilkit >/dev/null
cilkit="$repo/.build/release/cilkit"
work="$(mktemp -d "${TMPDIR:-/tmp}/cilkit-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print "n/a"; else print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# sample NAME COMMAND…: one timed run; appends the time to $work/NAME, or a line to
# $work/NAME.failed if the run timed out, failed or printed something other than $expected.
sample() {
    local name="$1" t0 t1 out status=0
    shift
    t0=$(now); out="$(timeout "$TIMEOUT" "$@" 2>/dev/null)" || status=$?; t1=$(now)
    if [ "$status" -eq 0 ] && [ "$out" = "$expected" ]; then
        echo "$t1 - $t0" | bc -l >> "$work/$name"
    else
        echo "exit $status" >> "$work/$name.failed"
        case "$name" in c|r) echo "CILKit failed on $program (exit $status)" >&2; exit 1 ;; esac
    fi
}

# cell NAME: the median as "1.23 s", plus "(N failed)" when samples were dropped.
cell() {
    local m failed
    m=$(median < "$work/$1")
    failed=$(wc -l < "$work/$1.failed")
    if [ "$m" = n/a ]; then printf "n/a"; else printf "%.2f s" "$m"; fi
    [ "$failed" -eq 0 ] || printf " (%d failed)" "$failed"
}

ratio() { if [ "$2" = n/a ]; then printf "–"; else printf "%.${3}f×" "$(echo "$1 / $2" | bc -l)"; fi; }

echo "| program | CILKit classic | CILKit runtime-async | mono --interpreter | mono (JIT) | classic / runtime-async | CILKit / interpreter | CILKit / JIT | allocated: classic | allocated: runtime-async |"
echo "|---|---|---|---|---|---|---|---|---|---|"
# allocation MODE…: "N objects, B bytes" of one `cilkit run --stats` in that mode.
allocation() {
    "$cilkit" run --stats "$@" "$exe" 2>&1 >/dev/null | awk '$1 == "allocated" { print $2 " objects, " $4 " bytes"; exit }'
}
for src in Benchmarks/Programs/*.cs; do
    program="$(basename "$src" .cs)"
    exe="$work/$program.exe"
    mcs -optimize+ -out:"$exe" "$src" >/dev/null
    # The reference output, from mono; retried in case it hangs at shutdown.
    expected=""
    for _ in 1 2 3; do expected="$(timeout "$TIMEOUT" mono "$exe")" && break || expected=""; done
    [ -n "$expected" ] || { echo "mono failed three times on $program" >&2; exit 1; }
    async=false
    case "$program" in Async*) async=true ;; esac
    for f in c r i j; do : > "$work/$f"; : > "$work/$f.failed"; done
    for _ in $(seq "$runs"); do
        sample c "$cilkit" run "$exe"
        if $async; then sample r "$cilkit" run --runtime-async "$exe"; fi
        sample i mono --interpreter "$exe"
        sample j mono "$exe"
    done
    c=$(median < "$work/c"); i=$(median < "$work/i"); j=$(median < "$work/j")
    if $async; then
        r=$(median < "$work/r"); rcell=$(cell r); cr=$(ratio "$c" "$r" 2); ralloc=$(allocation --runtime-async)
    else
        r=n/a; rcell="–"; cr="–"; ralloc="–"
    fi
    echo "| $program | $(cell c) | $rcell | $(cell i) | $(cell j) | $cr | $(ratio "$c" "$i" 2) | $(ratio "$c" "$j" 1) | $(allocation) | $ralloc |"
done