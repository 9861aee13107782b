#!/usr/bin/env bash
# Checks that every C++ file of the project is laid out as .clang-format says (the layout is part of review).
# Usage: tests/tools/check-format.sh [SOURCE_DIR]; exits 1 naming each file that differs, with the fix.
set -euo pipefail
top=$(cd "${1:-$(dirname "$0")/../..}" && pwd)
cd "$top"
if ! command -v clang-format >/dev/null; then
    echo "check-format: clang-format is missing (installer/packages/test.txt brings it)" >&2
    exit 1
fi
# The project's own sources: the files git tracks, or every source below the project's folders in a tarball.
if git rev-parse --git-dir >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files '*.cpp' '*.hpp' '*.h' '*.cc')
else
    mapfile -t files < <(find shell apps voice helpdesk installer tests -name '*.cpp' -o -name '*.hpp' -o -name '*.h' -o -name '*.cc' | sort)
fi
[ ${#files[@]} -gt 0 ] || { echo "check-format: no C++ file found in $top" >&2; exit 1; }
differ=()
for file in "${files[@]}"; do
    clang-format --style=file "$file" | cmp -s - "$file" || differ+=("$file")
done
if [ ${#differ[@]} -gt 0 ]; then
    echo "check-format: ${#differ[@]} of ${#files[@]} files differ from .clang-format:"
    for file in "${differ[@]}"; do
        echo "  $file"
        clang-format --style=file "$file" | diff -u "$file" - | sed -n '3,12p' | sed 's/^/      /'
    done
    echo "check-format: fix with: clang-format -i --style=file FILE"
    exit 1
fi
echo "check-format: ${#files[@]} files laid out as .clang-format says"
