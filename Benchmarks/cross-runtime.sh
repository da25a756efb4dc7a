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
# Besides printing the table it writes Benchmarks/Results/cross-runtime.md (the table, with
# the date and machine) and Benchmarks/Results/cross-runtime.svg (a bar chart of every
# runtime's time relative to CILKit classic), drawn by this script.
#
# Needs mcs, mono and GNU time (apt-get install -y mono-mcs mono-runtime time). Timings are noisy on a
# shared 2-core machine: read the ratios, not the absolute numbers.
#
# After the table: CILKit's start-up, what an async call that completes synchronously costs
# (start-up subtracted), and the CPU each runtime uses while a program waits 2 s idle.
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

: > "$work/data"
table="$work/table"
exec 3>&1 > >(tee "$table")
echo "| program | CILKit classic | CILKit runtime-async | mono --interpreter | mono (JIT) | classic / runtime-async | CILKit / interpreter | CILKit / JIT | allocated: classic | allocated: runtime-async |"
echo "|---|---|---|---|---|---|---|---|---|---|"
# allocation MODE…: "N objects, B bytes" of one `cilkit run --stats` in that mode.
allocation() {
    "$cilkit" run --stats "$@" "$exe" 2>&1 >/dev/null | awk '$1 == "allocated" { print $2 " objects, " $4 " bytes"; exit }'
}
# CILKit's start-up: an empty program, sampled like the others.
printf 'static class P { static void Main() { } }\n' > "$work/Empty.cs"
mcs -out:"$work/Empty.exe" "$work/Empty.cs" >/dev/null
expected=""
program=Empty
: > "$work/s"; : > "$work/s.failed"
for _ in $(seq "$runs"); do sample s "$cilkit" run "$work/Empty.exe"; done
startup=$(median < "$work/s")
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
    echo "$program $c $r $i $j" >> "$work/data"
done
# What one async call that completes synchronously costs, start-up subtracted: AsyncSyncChain
# and SyncChain make the same calls, async and plain.
read -r _ asc_c asc_r _ < <(awk '$1 == "AsyncSyncChain"' "$work/data") || true
read -r _ sc_c _ < <(awk '$1 == "SyncChain"' "$work/data") || true
if [ -n "${asc_r:-}" ] && [ -n "${sc_c:-}" ]; then
    net() { echo "$1 - $startup" | bc -l; }
    echo
    echo "CILKit start-up (an empty program): $(printf '%.3f' "$startup") s. Start-up subtracted, an async call that completes synchronously costs $(ratio "$(net "$asc_r")" "$(net "$sc_c")" 2) a plain call in runtime-async mode (AsyncSyncChain / SyncChain) and $(ratio "$(net "$asc_c")" "$(net "$sc_c")" 1) in classic mode: a classic async call costs $(ratio "$(net "$asc_c")" "$(net "$asc_r")" 1) a runtime-async one."
fi
# Idle: a program that waits 2 s on Task.Delay with nothing else to do must sleep, not spin.
# CPU time (user + system) of the whole process, CILKit and mono, one run each.
printf 'class P { static void Main() { System.Threading.Tasks.Task.Delay(2000).Wait(); System.Console.WriteLine("woke"); } }\n' > "$work/Idle.cs"
mcs -out:"$work/Idle.exe" "$work/Idle.cs" >/dev/null
cpu() { /usr/bin/time -f "%e %U %S" "$@" 2>&1 >/dev/null | tail -1 | awk '{ printf "%.2f s CPU in %.2f s", $2 + $3, $1 }'; }
echo
echo "Idle (Task.Delay(2000).Wait(), whole process): CILKit $(cpu "$cilkit" run "$work/Idle.exe"), mono --interpreter $(cpu mono --interpreter "$work/Idle.exe"), mono $(cpu mono "$work/Idle.exe")."
exec 1>&3 3>&-
sleep 0.2   # let tee finish

results="$repo/Benchmarks/Results"
mkdir -p "$results"
machine="$(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(uname -sr)"
{
    echo "# Cross-runtime benchmarks"
    echo
    echo "$(date -u +%Y-%m-%d), $machine; release build; median of $runs interleaved runs; \`bash Benchmarks/cross-runtime.sh $runs\`."
    echo
    cat "$table"
} > "$results/cross-runtime.md"

# The chart: one group of bars per program, each runtime's time relative to CILKit classic
# (1 = as fast; shorter is faster), on a log scale from 1/16 to 4.
awk -v runs="$runs" -v date="$(date -u +%Y-%m-%d)" '
function x(v) { if (v < 1/16) v = 1/16; if (v > 4) v = 4; return left + (log(v) / log(2) + 4) / 6 * width }
BEGIN { left = 190; width = 560; bar = 11; n = 0 }
{ name[n] = $1; c[n] = $2; r[n] = $3; i[n] = $4; j[n] = $5; n++ }
END {
    h = 70 + n * (4 * bar + 12)
    printf "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"%d\" font-family=\"sans-serif\" font-size=\"11\">\n", h + 30
    printf "<text x=\"10\" y=\"18\" font-size=\"13\">Time relative to CILKit classic (log scale; shorter is faster) — %s, median of %s runs</text>\n", date, runs
    split("0.0625 0.125 0.25 0.5 1 2 4", ticks, " ")
    for (t = 1; t <= 7; t++) {
        tx = x(ticks[t]); printf "<line x1=\"%.1f\" y1=\"30\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ccc\"/>\n", tx, tx, h
        printf "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s×</text>\n", tx, h + 14, ticks[t]
    }
    color[1] = "#4e79a7"; color[2] = "#59a14f"; color[3] = "#f28e2b"; color[4] = "#e15759"
    label[1] = "CILKit classic"; label[2] = "CILKit runtime-async"; label[3] = "mono --interpreter"; label[4] = "mono (JIT)"
    for (k = 1; k <= 4; k++) printf "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>\n", 190 + (k - 1) * 150, 36, color[k], 204 + (k - 1) * 150, 45, label[k]
    y = 60
    for (p = 0; p < n; p++) {
        printf "<text x=\"180\" y=\"%d\" text-anchor=\"end\">%s</text>\n", y + 2 * bar + 4, name[p]
        v[1] = 1; v[2] = (r[p] == "n/a" ? -1 : r[p] / c[p]); v[3] = i[p] / c[p]; v[4] = j[p] / c[p]
        for (k = 1; k <= 4; k++) {
            if (v[k] < 0) { y += bar; continue }
            printf "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s: %.2f×</title></rect>\n", left, y, x(v[k]) - left, bar - 2, color[k], label[k], v[k]
            y += bar
        }
        y += 12
    }
    print "</svg>"
}' "$work/data" > "$results/cross-runtime.svg"
echo "wrote $results/cross-runtime.md and cross-runtime.svg" >&2