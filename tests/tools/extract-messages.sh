#!/usr/bin/env bash
# Extracts every translatable string of Foyer's C++ sources into a .pot template (stdout, or FILE).
# The translation test compares it with assets/i18n/fr.po; translators use it with msgmerge.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:--}
cd "$top"
find shell apps voice -name '*.cpp' -o -name '*.hpp' | LC_ALL=C sort |
    xgettext --language=C++ --from-code=UTF-8 --keyword=tr --keyword=trc:1c,2 --keyword=trn:1,2 --keyword=N_ --keyword=NC_:1c,2 \
        --add-comments=Translators: --no-location --sort-output --package-name=foyer --files-from=- -o "$out"
