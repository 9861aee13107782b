#!/usr/bin/env bash
# Runs ctest, then names every test that did not run (skipped, or not run) with its reason. On a laptop
# that is a visible note; with CI=true it fails the run: CI installs everything, so nothing may be skipped.
# Usage: ctest-run.sh BUILD_DIR [ctest arguments...]
set -uo pipefail

build_dir=$(cd "${1:?usage: ctest-run.sh BUILD_DIR [ctest arguments...]}" && pwd) || exit 2
shift
report=$(mktemp "${TMPDIR:-/tmp}/ctest-junit-XXXXXX.xml")
trap 'rm -f "$report"' EXIT

cd "$build_dir" && ctest --output-junit "$report" "$@"
code=$?

# ctest's JUnit report has one <testcase> a test, status "run", "fail", "notrun" (skipped: SKIP_RETURN_CODE,
# SKIP_REGULAR_EXPRESSION, which gtest_discover_tests sets for GTEST_SKIP, or not runnable) or "disabled".
# The reason is the test's own words: GoogleTest's line after "Skipped", or a script's "SKIPPED: ..." line.
not_run=$(awk '
    function unescape(s) {
        gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s); gsub(/&quot;/, "\"", s); gsub(/&apos;/, "\047", s); gsub(/&amp;/, "\\&", s)
        return s
    }
    function finish() {
        if (name != "" && status != "run" && status != "fail") {
            if (reason == "") reason = message
            print unescape(name) "\t" status "\t" unescape(reason)
        }
        name = ""
    }
    /<testcase / {
        finish()
        name = $0; sub(/.*<testcase name="/, "", name); sub(/".*/, "", name)
        status = $0; sub(/.* status="/, "", status); sub(/".*/, "", status)
        message = ""; reason = ""; after_skipped = 0; in_output = 0
        next
    }
    /<skipped message="/ { message = $0; sub(/.*<skipped message="/, "", message); sub(/".*/, "", message); next }
    /<system-out>/ { in_output = 1; sub(/.*<system-out>/, "") }
    in_output {
        line = $0; sub(/<\/system-out>.*/, "", line)
        if (reason == "" && after_skipped && line != "") reason = line
        after_skipped = line ~ /(^|: )Skipped$/
        if (reason == "" && line ~ /SKIPPED: /) { reason = line; sub(/.*SKIPPED: /, "", reason) }
        if ($0 ~ /<\/system-out>/) in_output = 0
    }
    /<\/testcase>/ { finish() }
    END { finish() }
' "$report")

if [ ! -s "$report" ]; then
    echo "ctest-run: ctest wrote no report ($report): cannot tell which tests ran" >&2
    [ "${CI:-}" = true ] && exit 1
    exit "$code"
fi

count=0
if [ -n "$not_run" ]; then
    echo
    while IFS=$'\t' read -r name status reason; do
        count=$((count + 1))
        case "$status" in
        notrun) word=skipped ;;
        *) word=$status ;;
        esac
        echo "$word: $name${reason:+ — $reason}"
    done <<<"$not_run"
fi

if [ "${CI:-}" = true ] && [ "$count" -gt 0 ]; then
    echo "ctest-run: with CI=true every test must run, and $count did not (above): CI installs everything they need"
    exit 1
fi
exit "$code"
