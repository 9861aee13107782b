#!/usr/bin/env bash
# Brings assets/i18n/fr.po in line with the sources: new strings appear untranslated (the translation test
# then lists them), strings the sources dropped are removed. Translate the new ones, then run make test.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
pot=$(mktemp)
"$top/tests/tools/extract-messages.sh" "$pot"
msgmerge --quiet --no-fuzzy-matching --no-wrap --sort-output --update --backup=none "$top/assets/i18n/fr.po" "$pot"
msgattrib --no-obsolete --no-wrap --sort-output -o "$top/assets/i18n/fr.po" "$top/assets/i18n/fr.po"
rm -f "$pot"
msgfmt --check --statistics -o /dev/null "$top/assets/i18n/fr.po"
