#!/usr/bin/env bash
# Draws every screen at 1366x768 and 1920x1080 in French and English into OUT_DIR (for docs/ and for
# looking at them), on a private Xvfb when there is no display, at a fixed day and time so that pictures
# change only when the screens do. Usage: screenshots.sh FOYER OUT_DIR
# (tests/golden/ is drawn by the golden screens test with the same settings: see the Makefile.)
set -euo pipefail
export FOYER_FIXED_TIME=${FOYER_FIXED_TIME:-2025-06-12 10:30} TZ=${TZ:-UTC}
foyer=$(realpath "$1")
out=$2
mkdir -p "$out"
home=$(mktemp -d)
trap 'rm -rf "$home"; [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid"' EXIT
if [ -z "${DISPLAY:-}" ]; then
    Xvfb -displayfd 1 -screen 0 2560x1440x24 -nolisten tcp >"$home/display" 2>/dev/null &
    xvfb_pid=$!
    for _ in $(seq 50); do [ -s "$home/display" ] && break; sleep 0.1; done
    export DISPLAY=":$(head -n1 "$home/display")"
fi
# The demo household with the built-in helpline: the national line, which takes phone calls only (it has no
# helpdesk), so its help screen is drawn as a senior who calls it sees it. An association's line with a
# helpdesk is drawn below as help.association.
mkdir -p "$home/config/foyer" "$home/association/foyer"
: >"$home/config/foyer/foyer.toml"
cat >"$home/association/foyer/foyer.toml" <<'TOML'
[helpline]
name = "Les Amis du Numérique"
number = "04 78 12 34 56"
helpdesk = "https://aide.example.org"
[[helpline.hours]]
days = "tuesday-thursday"
open = "14:00"
close = "17:00"
[[helpline.hours]]
days = "saturday"
open = "09:30"
close = "12:00"
TOML
# A family code (its content does not matter for a picture), so the family lock shows its code field.
mkdir -p "$home/config/foyer/secrets"
printf 'x\n' >"$home/config/foyer/secrets/family-code"
# The screens this version has: foyer lists them when asked for one that does not exist.
screens=$({ "$foyer" --demo --lang en --screenshot /dev/null --screen none 2>&1 || true; } | sed -n 's/.*Screens: \(.*\)\./\1/p' | tr -d ',')
for screen in ${screens:-home help}; do
    # The print screens show a real printer's state: print-screenshots draws them with one. "setup" is the
    # family lock or menu, drawn under their own names.
    [ "$screen" = print ] && continue
    [ "$screen" = setup ] && continue
    # The setup's printer step also shows the machine's printer: drawn below with no printer at all.
    [ "$screen" = setup.printer ] && continue
    for size in 1366x768 1920x1080; do
        for lang in fr en; do
            HOME=$home XDG_CONFIG_HOME=$home/config XDG_STATE_HOME=$home/state \
                "$foyer" --demo --screenshot "$out/$screen-$size-$lang.png" --size "$size" --screen "$screen" --lang "$lang"
        done
    done
done
# Safe mode, as the senior and the family see it after three crashes in a minute.
for size in 1366x768 1920x1080; do
    for lang in fr en; do
        # The help screen of an association's line that has a helpdesk: "Show my screen to the helper".
        HOME=$home XDG_CONFIG_HOME=$home/association XDG_STATE_HOME=$home/state \
            "$foyer" --demo --screenshot "$out/help.association-$size-$lang.png" --size "$size" --screen help --lang "$lang"
        HOME=$home XDG_CONFIG_HOME=$home/config XDG_STATE_HOME=$home/state \
            "$foyer" --demo --screenshot "$out/safe-mode-$size-$lang.png" --size "$size" --safe-mode --lang "$lang"
        # The printer step with no printer (a CUPS server that does not exist), as a family meets it
        # before adding one.
        CUPS_SERVER=/nonexistent HOME=$home XDG_CONFIG_HOME=$home/config XDG_STATE_HOME=$home/state \
            "$foyer" --demo --screenshot "$out/setup.printer-$size-$lang.png" --size "$size" --screen setup.printer --lang "$lang"
    done
done
# The print app's screens, with a private cupsd and a real IPP printer (tests/tools/print_screenshots.cpp).
print_shots="$(dirname "$foyer")/print-screenshots"
if [ -x "$print_shots" ]; then
    "$print_shots" "$out" 1366x768 1920x1080 >/dev/null
fi
# The video call with the family's photos and a real call in Chromium (tests/tools/videocall_screenshots.cpp).
videocall_shots="$(dirname "$foyer")/videocall-screenshots"
if [ -x "$videocall_shots" ]; then
    "$videocall_shots" "$out" 1366x768 1920x1080 >/dev/null
fi
ls "$out"
