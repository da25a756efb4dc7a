#!/usr/bin/env bash
# Cross-checks the Library corpus against a real .NET runtime (not used by CI).
#
# The .expected files hold modern .NET's output. They were recorded with Mono 6.8 and checked
# with .NET Core 3.1, the newest .NET runtime installable here: PyPI's `dotnetcore2` wheel ships
# one (pip download --no-deps dotnetcore2; unzip the wheel; the host is dotnetcore2/bin/dotnet).
#
#   DOTNET=/path/to/dotnetcore2/bin/dotnet bash Tests/Corpus/Library/dotnet-oracle.sh [filter]
#
# Each program is compiled by mcs exactly as the corpus runner does and run on .NET with a
# generated runtimeconfig.json. Programs that use types Mono keeps in mscorlib but .NET's
# mscorlib facade does not forward (Queue<T>, Stack<T>, KeyValuePair.Create,
# CollectionExtensions) fail with TypeLoadException; those are recompiled with
# `mcs -nostdlib` against the .NET implementation assemblies and run again.
# .NET Core 3.1 needs ICU; on Debian 12 (ICU 72) set CLR_ICU_VERSION_OVERRIDE=72.1 (done below).
# String_EmptyNeedle is expected to differ on 3.1 (see its .notes).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dotnet="${DOTNET:?set DOTNET to a dotnet host executable}"
fw="$(ls -d "$(dirname "$dotnet")"/shared/Microsoft.NETCore.App/* | sort -V | tail -n 1)"
ver="$(basename "$fw")"
export CLR_ICU_VERSION_OVERRIDE="${CLR_ICU_VERSION_OVERRIDE:-72.1}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
refs=""
for a in System.Private.CoreLib System.Runtime System.Collections System.Linq System.Console System.Runtime.Extensions \
         System.Collections.NonGeneric System.Text.Encoding.Extensions System.Runtime.Numerics System.ObjectModel; do
    refs="$refs -r:$fw/$a.dll"
done
fail=0; count=0
for src in "$here"/*.cs; do
    name="$(basename "${src%.cs}")"
    case "$name" in *"${1:-}"*) ;; *) continue ;; esac
    count=$((count + 1))
    flags="$(head -n 1 "$src" | sed -n 's,^// mcs-flags:,,p')"
    # shellcheck disable=SC2086
    mcs $flags -out:"$tmp/$name.exe" "$src" >/dev/null 2>&1 || { echo "FAIL $name: mcs"; fail=$((fail + 1)); continue; }
    printf '{"runtimeOptions":{"tfm":"netcoreapp3.1","framework":{"name":"Microsoft.NETCore.App","version":"%s"}}}\n' "$ver" > "$tmp/$name.runtimeconfig.json"
    (cd "$tmp" && "$dotnet" "$name.exe" </dev/null >"$name.out" 2>"$name.err"); rc=$?
    if grep -q TypeLoadException "$tmp/$name.out" "$tmp/$name.err"; then
        # shellcheck disable=SC2086
        mcs $flags -nostdlib $refs -out:"$tmp/$name.exe" "$src" >/dev/null 2>&1 || { echo "FAIL $name: mcs -nostdlib"; fail=$((fail + 1)); continue; }
        (cd "$tmp" && "$dotnet" "$name.exe" </dev/null >"$name.out" 2>"$name.err"); rc=$?
    fi
    if cmp -s "$tmp/$name.out" "$here/$name.expected" && [ "$rc" = "$(tr -d '[:space:]' < "$here/$name.exitcode")" ]; then
        continue
    fi
    echo "DIFF $name (exit $rc)"; diff "$here/$name.expected" "$tmp/$name.out" | head -n 10 | sed 's/^/    /'
    fail=$((fail + 1))
done
echo "$((count - fail)) of $count programs match .NET $ver"
[ $fail = 0 ]
