#!/usr/bin/env bash
# Builds every differential-test program Tests/Corpus/*/*.cs with Mono's mcs, runs it with
# mono (no arguments, stdin from /dev/null) and compares its stdout and exit code with the
# recorded expectations next to the source:
#
#   <Name>.expected       exact stdout (modern .NET behaviour)
#   <Name>.mono-expected  Mono's stdout, when it differs from .NET (see <Name>.notes);
#                         used instead of .expected when present
#   <Name>.exitcode       the exit code, a single integer (modern .NET's, which CILKit follows)
#   <Name>.mono-exitcode  Mono's exit code, only where it differs (e.g. 1 instead of 134 after
#                         an unhandled exception)
#
# A first line `// mcs-flags: ...` gives extra mcs options for that file.
#
#   bash Scripts/regenerate-corpus.sh              # compare; exit 1 listing every mismatch
#   bash Scripts/regenerate-corpus.sh --write      # rewrite the expectations from mono's output
#   bash Scripts/regenerate-corpus.sh [--write] Language/Arith_   # only paths containing a filter
set -uo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

write=0
filters=()
for arg in "$@"; do
    case "$arg" in
        --write) write=1 ;;
        -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
        *) filters+=("$arg") ;;
    esac
done

for tool in mcs mono; do
    command -v "$tool" >/dev/null || { echo "error: $tool not found (apt-get install -y mono-mcs mono-runtime)" >&2; exit 2; }
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

mismatches=()
count=0
shopt -s nullglob
for src in Tests/Corpus/*/*.cs; do
    if [ ${#filters[@]} -gt 0 ]; then
        keep=0
        for f in "${filters[@]}"; do case "$src" in *"$f"*) keep=1 ;; esac; done
        [ $keep = 1 ] || continue
    fi
    count=$((count + 1))
    stem="${src%.cs}"
    name="$(basename "$stem")"
    flags=""
    first="$(head -n 1 "$src")"
    case "$first" in "// mcs-flags:"*) flags="${first#// mcs-flags:}" ;; esac
    exe="$tmp/$name.exe"
    # shellcheck disable=SC2086
    if ! mcs $flags -out:"$exe" "$src" >"$tmp/$name.mcs" 2>&1; then
        echo "FAIL $src: mcs failed"; sed 's/^/    /' "$tmp/$name.mcs"
        mismatches+=("$src (compile)")
        continue
    fi
    (cd "$tmp" && timeout 60 mono "$exe" </dev/null >"$tmp/$name.out" 2>"$tmp/$name.err")
    rc=$?
    expected="$stem.expected"
    [ -f "$stem.mono-expected" ] && expected="$stem.mono-expected"
    exitfile="$stem.exitcode"
    [ -f "$stem.mono-exitcode" ] && exitfile="$stem.mono-exitcode"
    if [ $write = 1 ]; then
        cp "$tmp/$name.out" "$expected"
        echo "$rc" > "$exitfile"
        echo "wrote $expected (exit $rc)"
        continue
    fi
    bad=""
    if [ ! -f "$expected" ]; then
        bad="missing $(basename "$expected")"
    elif ! cmp -s "$tmp/$name.out" "$expected"; then
        bad="stdout differs from $(basename "$expected")"
        diff "$expected" "$tmp/$name.out" | head -n 20 | sed 's/^/    /'
    fi
    if [ ! -f "$exitfile" ]; then
        bad="${bad:+$bad; }missing exitcode"
    elif [ "$(tr -d '[:space:]' < "$exitfile")" != "$rc" ]; then
        bad="${bad:+$bad; }exit code $rc, expected $(tr -d '[:space:]' < "$exitfile")"
    fi
    if [ -n "$bad" ]; then
        echo "FAIL $src: $bad"
        mismatches+=("$src ($bad)")
    fi
done

if [ $write = 1 ]; then
    echo "$count programs written"
    exit 0
fi
if [ ${#mismatches[@]} -gt 0 ]; then
    echo "${#mismatches[@]} of $count programs mismatch:"
    printf '  %s\n' "${mismatches[@]}"
    exit 1
fi
echo "all $count programs match"
