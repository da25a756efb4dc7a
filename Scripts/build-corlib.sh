#!/usr/bin/env bash
# Compiles CILKit's core library (every Corlib/**/*.cs) with Mono's mcs.
#
#   Scripts/build-corlib.sh [OUT]      OUT defaults to Corlib/corlib.dll
#
# A relative OUT is taken relative to the caller's working directory.
# Sources are passed in byte-wise sorted order so that metadata row order (and
# therefore `cilkit il` output) does not depend on the file system.
set -euo pipefail

if ! command -v mcs >/dev/null 2>&1; then
    echo "error: mcs (the Mono C# compiler) was not found; install it with: apt-get install -y mono-mcs" >&2
    exit 1
fi

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

out="${1:-$repo/Corlib/corlib.dll}"
case "$out" in
    /*) ;;
    *) out="$PWD/$out" ;;
esac
mkdir -p "$(dirname "$out")"

cd "$repo"
sources=()
while IFS= read -r f; do
    sources+=("$f")
done < <(find Corlib -name '*.cs' -type f | LC_ALL=C sort)

if [ "${#sources[@]}" -eq 0 ]; then
    echo "error: no C# sources under $repo/Corlib" >&2
    exit 1
fi

# -nostdlib -noconfig: this assembly *is* the core library, reference nothing.
# -langversion:7.2: for `private protected`. -unsafe: IntPtr holds a void*.
mcs -nostdlib -noconfig -target:library -langversion:7.2 -unsafe -optimize+ -debug- \
    -out:"$out" "${sources[@]}"
