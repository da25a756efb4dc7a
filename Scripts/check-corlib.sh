#!/usr/bin/env bash
# Checks that the committed Corlib/corlib.dll matches its sources: rebuilds the
# library into a temporary directory and compares the disassembly of both builds
# produced by CILKit's own disassembler (`cilkit il`, which prints no MVID or
# timestamp, so two builds of the same sources print the same text).
#
#   Scripts/check-corlib.sh
#
# Environment: CILKIT   path of the cilkit executable (default <repo>/.build/debug/cilkit)
#
# Exit status: 0 up to date, 1 stale (a diff is printed) or a tool is missing,
# 2 if building or disassembling failed.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cilkit="${CILKIT:-$repo/.build/debug/cilkit}"
committed="$repo/Corlib/corlib.dll"

if [ ! -x "$cilkit" ]; then
    echo "error: cilkit not found at $cilkit; build it with 'swift build' or set CILKIT" >&2
    exit 1
fi
if [ ! -f "$committed" ]; then
    echo "error: $committed does not exist" >&2
    echo "Corlib/corlib.dll is stale: run Scripts/build-corlib.sh and commit it" >&2
    exit 1
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/check-corlib.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

# Same file name as the committed library, so module/assembly names match.
mkdir -p "$tmp/build"
fresh="$tmp/build/corlib.dll"
if ! "$repo/Scripts/build-corlib.sh" "$fresh" >"$tmp/build.log" 2>&1; then
    cat "$tmp/build.log" >&2
    echo "error: building corlib failed" >&2
    exit 2
fi

if ! "$cilkit" il "$committed" >"$tmp/committed.il" 2>"$tmp/committed.err"; then
    cat "$tmp/committed.err" >&2
    echo "error: '$cilkit il' failed on $committed" >&2
    exit 2
fi
if ! "$cilkit" il "$fresh" >"$tmp/fresh.il" 2>"$tmp/fresh.err"; then
    cat "$tmp/fresh.err" >&2
    echo "error: '$cilkit il' failed on the fresh build" >&2
    exit 2
fi

if cmp -s "$tmp/committed.il" "$tmp/fresh.il"; then
    echo "Corlib/corlib.dll is up to date"
    exit 0
fi

# diff exits 1 when the files differ; don't let set -e/pipefail stop us.
{ diff -u --label "Corlib/corlib.dll (committed)" --label "Corlib/corlib.dll (fresh build)" \
      "$tmp/committed.il" "$tmp/fresh.il" || true; } | head -n 60
echo "Corlib/corlib.dll is stale: run Scripts/build-corlib.sh and commit it" >&2
exit 1
