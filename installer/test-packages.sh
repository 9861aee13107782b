#!/usr/bin/env bash
# The packages as a family gets them: build foyer_*.deb and foyer-helpdesk_*.deb, check them with lintian
# (no errors), install them with apt (which pulls their dependencies from Debian), run the installed
# programs (foyer --version, foyer --screenshot under Xvfb, foyer-session, foyer-helpdesk), remove and
# purge them, and check that a senior's settings, secrets, mail cache and photos are all still there.
# Usage: installer/test-packages.sh BUILD_DIR   (run by ctest; exit 77 = skipped, with the reason)
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:?usage: test-packages.sh BUILD_DIR}" && pwd)

skip() {
    echo "SKIPPED: $*"
    exit 77
}
step() { echo "== $*"; }
fail() {
    echo "FAILED: $*" >&2
    exit 1
}

[ "$(id -u)" -eq 0 ] || skip "installing packages needs root (CI runs as root)"
for tool in dh_builddeb lintian apt Xvfb desktop-file-validate; do
    command -v "$tool" >/dev/null || skip "$tool is missing (installer/install-deps.sh package test)"
done

work=$(mktemp -d)
xvfb_pid=
installed=no
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    # Never leave the packages behind, even when a check failed half-way.
    if [ "$installed" = yes ]; then
        DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 purge -y -qq foyer foyer-helpdesk >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

step "building the packages"
"$top/installer/build-packages.sh" "$build" "$work/debs"
foyer_deb=$(ls "$work"/debs/foyer_*.deb)
helpdesk_deb=$(ls "$work"/debs/foyer-helpdesk_*.deb)
dpkg-deb --field "$foyer_deb" Package Version Depends
dpkg-deb --field "$helpdesk_deb" Package Version Depends

step "lintian"
# Errors fail the test; warnings and notes are printed for whoever reads the log.
lintian --fail-on error --tag-display-limit 0 "$foyer_deb" "$helpdesk_deb" || fail "lintian found errors"

step "a senior's home, with everything Foyer and its family put there"
senior=$work/home
mkdir -p "$senior/.config/foyer/secrets" "$senior/.local/state/foyer/mail" "$senior/Pictures"
printf '[senior]\nname = "Jocelyne"\n[display]\nlanguage = "fr"\n' >"$senior/.config/foyer/foyer.toml"
printf '$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA\n' >"$senior/.config/foyer/secrets/family-code"
chmod 600 "$senior/.config/foyer/secrets/family-code"
printf 'a cached e-mail\n' >"$senior/.local/state/foyer/mail/cache"
head -c 50000 /dev/urandom >"$senior/Pictures/petits-enfants.jpg"

matchbox_before=$(dpkg-query -W -f='${Status}' matchbox-window-manager 2>/dev/null || true)
step "apt install ./foyer_*.deb ./foyer-helpdesk_*.deb"
installed=yes
DEBIAN_FRONTEND=noninteractive apt -o DPkg::Lock::Timeout=600 install -y -q "$foyer_deb" "$helpdesk_deb" 2>&1 | tail -n 5
[ "$(dpkg-query -W -f='${Status}' foyer)" = "install ok installed" ] || fail "foyer is not installed"
[ "$(dpkg-query -W -f='${Status}' foyer-helpdesk)" = "install ok installed" ] || fail "foyer-helpdesk is not installed"
[ "$(dpkg-query -W -f='${Status}' matchbox-window-manager)" = "install ok installed" ] || fail "the dependencies were not pulled"
[ "$matchbox_before" = "install ok installed" ] || echo "apt pulled matchbox-window-manager, which was not installed before"

step "the installed programs"
/usr/bin/foyer --version | grep -q '^foyer ' || fail "foyer --version"
/usr/bin/foyer-session --version | grep -q '^foyer-session ' || fail "foyer-session --version"
/usr/bin/foyer-helpdesk --version | grep -q '^foyer-helpdesk ' || fail "foyer-helpdesk --version"
/usr/bin/foyer --help --lang fr | grep -q -- '--export-settings' || fail "foyer --help"
[ -f /usr/share/xsessions/foyer.desktop ] || fail "no Foyer session on the login screen"
desktop-file-validate /usr/share/applications/foyer.desktop || fail "the menu entry is not valid"
[ -x /usr/sbin/foyer-autologin ] || fail "no foyer-autologin"
man -w foyer foyer-session foyer-helpdesk foyer-autologin >/dev/null || fail "a manual page is missing"

Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$work/display" 2>/dev/null &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
display=":$(head -n1 "$work/display")"
for screen in home help setup.welcome; do
    env -u FOYER_DATA_DIR HOME="$senior" XDG_CONFIG_HOME="$senior/.config" XDG_STATE_HOME="$senior/.local/state" DISPLAY="$display" \
        /usr/bin/foyer --screenshot "$work/$screen.png" --size 1366x768 --screen "$screen" || fail "foyer --screenshot --screen $screen"
    size=$(stat -c %s "$work/$screen.png")
    # A blank or font-less picture compresses to a few kilobytes; Foyer's screens are tens of kilobytes.
    [ "$size" -gt 15000 ] || fail "the $screen screenshot is nearly empty ($size bytes)"
    echo "foyer --screenshot --screen $screen: $size bytes"
done
kill "$xvfb_pid"
xvfb_pid=

step "apt remove, then purge"
# What Foyer itself wrote while running (its log, the last good settings) belongs to the senior too.
(cd "$senior" && find . -type f -exec sha256sum {} + | sort) >"$work/before"
DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 remove -y -qq foyer foyer-helpdesk >/dev/null
# The packages have no configuration files, so removing them leaves nothing to purge: dpkg says so, apt
# would not even find them any more.
dpkg --purge foyer foyer-helpdesk
installed=no
dpkg-query -W -f='${Status}\n' foyer foyer-helpdesk 2>/dev/null | grep -q 'install ok installed' && fail "the packages are still installed"
[ ! -e /usr/bin/foyer ] || fail "/usr/bin/foyer is still there"
[ ! -e /usr/share/xsessions/foyer.desktop ] || fail "the Foyer session is still there"

step "the senior's data is still there"
(cd "$senior" && find . -type f -exec sha256sum {} + | sort) >"$work/after"
diff -u "$work/before" "$work/after" || fail "removing Foyer changed the senior's files"
for file in .config/foyer/foyer.toml .config/foyer/secrets/family-code .local/state/foyer/mail/cache Pictures/petits-enfants.jpg; do
    grep -q " ./$file\$" "$work/after" || fail "$file is gone"
done
echo "$(wc -l <"$work/after") files unchanged: settings, family code, mail cache, photos, and what Foyer kept"
echo "OK"
