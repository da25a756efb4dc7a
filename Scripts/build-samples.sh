#!/usr/bin/env bash
# Compiles the bundled sample programs with Mono's mcs, against Mono's normal
# class libraries. Every directory Samples/NAME/ becomes Samples/NAME/NAME.exe,
# built from all of its *.cs files:
#
#   Scripts/build-samples.sh            build every sample
#   Scripts/build-samples.sh NAME...    build only the named samples
#
# The .exe files are committed. Builds are release builds without debug info
# (-debug- -optimize+), so stack traces carry no file names or line numbers.
set -euo pipefail

if ! command -v mcs >/dev/null 2>&1; then
    echo "error: mcs (the Mono C# compiler) was not found; install it with: apt-get install -y mono-mcs" >&2
    exit 1
fi

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

if [ "$#" -gt 0 ]; then
    names=("$@")
else
    names=()
    for dir in Samples/*/; do
        names+=("$(basename "$dir")")
    done
fi

for name in "${names[@]}"; do
    dir="Samples/$name"
    if [ ! -d "$dir" ]; then
        echo "error: no sample directory $dir" >&2
        exit 1
    fi
    sources=()
    while IFS= read -r f; do
        sources+=("$f")
    done < <(find "$dir" -name '*.cs' -type f | LC_ALL=C sort)
    if [ "${#sources[@]}" -eq 0 ]; then
        echo "error: $dir has no .cs files" >&2
        exit 1
    fi
    echo "building $dir/$name.exe"
    mcs -debug- -optimize+ -target:exe -out:"$dir/$name.exe" "${sources[@]}"
done
