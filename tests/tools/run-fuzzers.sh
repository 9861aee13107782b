#!/usr/bin/env bash
# Runs every libFuzzer target of a FOYER_FUZZ build for a while each (default 60 s), from its seed corpus.
# Usage: tests/tools/run-fuzzers.sh BUILD_DIR [SECONDS]
set -euo pipefail
build=$1
seconds=${2:-60}
failed=0
while IFS='=' read -r target corpus; do
    [ -n "$target" ] || continue
    work=$(mktemp -d)
    cp -r "$corpus"/. "$work"/
    echo "== $target for ${seconds}s (seeds: $corpus)"
    if ! "$build/bin/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 "$work"; then
        echo "!! $target found a crash (see the crash-* file above)"
        failed=1
    fi
    rm -rf "$work"
done <"$build/fuzzers.txt"
exit $failed
