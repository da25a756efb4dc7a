#!/usr/bin/env bash
# Counts the instructions CILKit executes on each benchmark program (Benchmarks/Programs/*.cs,
# scaled down), with valgrind's callgrind: unlike wall time on this shared 2-core machine, the
# count is the same from run to run, so it shows what a change to the engine gains.
#
#   bash Benchmarks/instructions.sh                  # the current release build
#   bash Benchmarks/instructions.sh OLD_CILKIT       # OLD_CILKIT (a cilkit binary) vs current
#
# Async programs run in both modes (classic, --runtime-async). Each program is compiled with
# its size constants scaled down (the table below; a pattern that no longer matches stops the
# script), since callgrind runs ~50× slower than native. "Start-up" is an empty program: the
# loading and corlib initialisation every run includes; the other rows leave it out (each
# binary's own). Writes Benchmarks/Results/instructions.md.
#
# Needs mcs and valgrind (apt-get install -y mono-mcs valgrind).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
before="${1:-}"
swift build -c release --product cilkit >/dev/null
after="$repo/.build/release/cilkit"
work="$(mktemp -d "${TMPDIR:-/tmp}/cilkit-instructions.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# program | sed expression that scales it down
scales=(
  "Fib|s/Fib(36)/Fib(27)/"
  "Loop|s/100000000/2000000/"
  "Sieve|s/Limit = 2000000/Limit = 200000/"
  "NBody|s/Steps = 300000/Steps = 10000/"
  "BinaryTrees|s/maxDepth = 16/maxDepth = 12/"
  "StringBuilding|s/Rounds = 100000/Rounds = 5000/"
  "Dictionary|s/N = 300000/N = 20000/"
  "SyncChain|s/Chains = 1000000/Chains = 20000/"
  "AsyncSyncChain|s/Chains = 1000000/Chains = 20000/"
  "AsyncDeepSuspend16|s/Iterations = 30000/Iterations = 2000/"
  "AsyncDeepSuspend64|s/Iterations = 7500/Iterations = 500/"
  "AsyncExceptions64|s/Iterations = 10000/Iterations = 200/"
  "AsyncProducerConsumer|s/Items = 250000/Items = 20000/"
  "AsyncWhenAll|s/Rounds = 20/Rounds = 2/"
  "AsyncYieldPingPong|s/HandOffs = 200000/HandOffs = 20000/"
)

# count BINARY EXE [FLAGS…]: instructions of one run (callgrind's "Collected").
count() {
  local binary="$1" exe="$2"
  shift 2
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$binary" run --corlib "$repo/Corlib/corlib.dll" "$@" "$exe" \
    2>&1 >/dev/null | awk '/Collected :/ { print $NF }'
}

millions() { awk -v n="$1" 'BEGIN { printf "%.1f M", n / 1e6 }'; }

printf 'static class P { static void Main() { } }\n' > "$work/Empty.cs"
mcs -out:"$work/Empty.exe" "$work/Empty.cs" >/dev/null

if [ -n "$before" ]; then
  header="| program | mode | before | after | after / before |"  # rows other than start-up leave start-up out
  rule="|---|---|---|---|---|"
else
  header="| program | mode | instructions | minus start-up |"
  rule="|---|---|---|---|"
fi
rows=()
row() {   # row NAME MODE EXE FLAGS…
  local name="$1" mode="$2" exe="$3"
  shift 3
  local a b
  a=$(count "$after" "$exe" "$@")
  if [ -n "$before" ]; then
    b=$(count "$before" "$exe" "$@")
    if [ "$name" != "$startupName" ]; then a=$((a - startup)); b=$((b - startupBefore)); fi
    rows+=("| $name | $mode | $(millions "$b") | $(millions "$a") | $(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", a / b }') |")
  else
    rows+=("| $name | $mode | $(millions "$a") | $(millions $((a - startup))) |")
  fi
  echo "${rows[-1]}" >&2
}

startupName="Start-up (empty Main)"
startup=$(count "$after" "$work/Empty.exe")
startupBefore=0
[ -z "$before" ] || startupBefore=$(count "$before" "$work/Empty.exe")
row "$startupName" classic "$work/Empty.exe"
for entry in "${scales[@]}"; do
  name="${entry%%|*}"
  expr="${entry#*|}"
  source="Benchmarks/Programs/$name.cs"
  sed "$expr" "$source" > "$work/$name.cs"
  if cmp -s "$source" "$work/$name.cs"; then echo "instructions.sh: '$expr' no longer scales $source" >&2; exit 1; fi
  mcs -optimize+ -out:"$work/$name.exe" "$work/$name.cs" >/dev/null
  row "$name" classic "$work/$name.exe"
  case "$name" in Async*) row "$name" runtime-async "$work/$name.exe" --runtime-async ;; esac
done

{
  echo "# Instructions executed (callgrind)"
  echo
  echo "$(date -u +%Y-%m-%d), $(nproc) cores, $(uname -sr); release build; \`bash Benchmarks/instructions.sh${before:+ BEFORE}\`; programs scaled down as the script says; both binaries run the repository's corlib.dll${before:+; every row but start-up leaves out the start-up of each binary}."
  echo
  echo "$header"
  echo "$rule"
  printf '%s\n' "${rows[@]}"
} | tee Benchmarks/Results/instructions.md
