#!/usr/bin/env bash
# Runs every check CILKit has: generated files are current, the package builds, the committed
# corlib.dll matches its sources, and the whole Swift Testing suite passes — including the
# tests against Mono (mcs, ilasm, mono, Mono's framework assemblies) and the dnfile cross-check,
# which are required here (CILKIT_REQUIRE_MONO=1), never skipped.
#
# Missing tools are installed when possible (apt-get as root, pip).
#
#   bash Scripts/test.sh
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

need_apt=()
command -v mcs >/dev/null || need_apt+=(mono-mcs)
command -v mono >/dev/null || need_apt+=(mono-runtime)
command -v monodis >/dev/null || need_apt+=(mono-utils)
command -v ilasm >/dev/null || need_apt+=(mono-devel)
if [ ${#need_apt[@]} -gt 0 ]; then
    echo "== installing ${need_apt[*]}"
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
    else
        echo "error: missing ${need_apt[*]}; install with: sudo apt-get install -y ${need_apt[*]}" >&2
        exit 1
    fi
fi
if ! python3 -c "import dnfile" 2>/dev/null; then
    echo "== installing dnfile"
    python3 -m pip install -q dnfile
fi

echo "== generated tables are current"
python3 Utilities/generate_tables.py --check
python3 Utilities/generate_opcodes.py --check

echo "== build"
swift build

echo "== committed corlib.dll matches Corlib/"
CILKIT="$repo/.build/debug/cilkit" bash Scripts/check-corlib.sh

echo "== tests"
CILKIT_REQUIRE_MONO=1 swift test
