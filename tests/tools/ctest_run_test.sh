#!/usr/bin/env bash
# Tests tests/tools/ctest-run.sh (what `make test` and .ci/run use) on a tiny ctest project
# (tests/tools/skip-fixture): with CI=true a skipped test fails the run and is named with its reason;
# without CI it passes with a visible "skipped:" line; a failing test fails both; a run where every test
# ran passes in CI. Usage: ctest_run_test.sh SOURCE_DIR WORK_DIR
set -uo pipefail

source_dir=$(cd "${1:?usage: ctest_run_test.sh SOURCE_DIR WORK_DIR}" && pwd)
work=${2:?missing WORK_DIR}
runner="$source_dir/tests/tools/ctest-run.sh"
failures=0

expect() {
    local what=$1 wanted_code=$2 code=$3 output=$4
    shift 4
    local ok=yes needle
    if [ "$wanted_code" = nonzero ]; then [ "$code" -ne 0 ] || ok=no; else [ "$code" -eq "$wanted_code" ] || ok=no; fi
    for needle in "$@"; do
        [[ "$output" == *"$needle"* ]] || { ok=no; echo "  missing: $needle"; }
    done
    if [ $ok = yes ]; then
        echo "ok: $what"
    else
        echo "FAILED: $what (exit $code, wanted $wanted_code); its output:"
        echo "$output" | sed 's/^/    | /'
        failures=$((failures + 1))
    fi
}

rm -rf "$work" && mkdir -p "$work"
cmake -S "$source_dir/tests/tools/skip-fixture" -B "$work/skipping" >"$work/configure.log" 2>&1 || { cat "$work/configure.log"; exit 1; }
cmake -S "$source_dir/tests/tools/skip-fixture" -B "$work/failing" -DFIXTURE_FAILING=ON >>"$work/configure.log" 2>&1 || { cat "$work/configure.log"; exit 1; }

output=$(env -u CI "$runner" "$work/skipping" 2>&1)
expect "without CI, skipped tests pass the run and are named with their reason" 0 $? "$output" \
    "skipped: Fixture.SkipsWithExit77 — the fixture printer is not installed" \
    "skipped: Fixture.SkipsLikeGtest — Xvfb is not installed"

output=$(CI=true "$runner" "$work/skipping" 2>&1)
expect "with CI=true, a skipped test fails the run, named with its reason" nonzero $? "$output" \
    "skipped: Fixture.SkipsWithExit77 — the fixture printer is not installed" \
    "skipped: Fixture.SkipsLikeGtest — Xvfb is not installed" \
    "with CI=true every test must run, and 2 did not"

output=$(CI=true "$runner" "$work/skipping" -R Fixture.Passes 2>&1)
expect "with CI=true, a run where every test ran passes" 0 $? "$output" "100% tests passed"

output=$(env -u CI "$runner" "$work/failing" 2>&1)
expect "without CI, a failing test still fails the run" nonzero $? "$output" "Fixture.Fails"

[ "$failures" -eq 0 ] || exit 1
