#!/usr/bin/env bash
# Runs the CPU benchmark programs (Benchmarks/Programs/*.cs) on CILKit (release build),
# `mono --interpreter` and `mono` (JIT) — the same binaries, interleaved, RUNS times each —
# and prints a Markdown table of median wall times and ratios.
#
#   bash Benchmarks/cross-runtime.sh [RUNS]        (default 5)
#
# Needs mcs and mono (apt-get install -y mono-mcs mono-runtime). Timings are noisy on a
# shared 2-core machine: read the ratios, not the absolute numbers.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
cd "$repo"
swift build -c release --product cilkit >/dev/null
cilkit="$repo/.build/release/cilkit"
work="$(mktemp -d "${TMPDIR:-/tmp}/cilkit-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

echo "| program | CILKit | mono --interpreter | mono (JIT) | CILKit / interpreter | CILKit / JIT |"
echo "|---|---|---|---|---|---|"
for src in Benchmarks/Programs/*.cs; do
    name="$(basename "$src" .cs)"
    exe="$work/$name.exe"
    mcs -optimize+ -out:"$exe" "$src" >/dev/null
    expected="$(mono "$exe")"
    : > "$work/c"; : > "$work/i"; : > "$work/j"
    for _ in $(seq "$runs"); do
        t0=$(now); out="$("$cilkit" run "$exe")"; t1=$(now)
        [ "$out" = "$expected" ] || { echo "CILKit output differs on $name" >&2; exit 1; }
        echo "$t1 - $t0" | bc -l >> "$work/c"
        t0=$(now); mono --interpreter "$exe" >/dev/null; t1=$(now); echo "$t1 - $t0" | bc -l >> "$work/i"
        t0=$(now); mono "$exe" >/dev/null; t1=$(now); echo "$t1 - $t0" | bc -l >> "$work/j"
    done
    c=$(median < "$work/c"); i=$(median < "$work/i"); j=$(median < "$work/j")
    printf "| %s | %.2f s | %.2f s | %.2f s | %.2f× | %.1f× |\n" "$name" "$c" "$i" "$j" "$(echo "$c / $i" | bc -l)" "$(echo "$c / $j" | bc -l)"
done
