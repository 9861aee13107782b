#!/usr/bin/env bash
# Builds foyer_*.deb and foyer-helpdesk_*.deb from a CMake build tree, with debhelper's own tools (strip,
# shared-library dependencies, control files, checksums) run as dpkg-buildpackage would run them after its
# build: Foyer is built once, by CMake, and packaged from there.
# Usage: installer/build-packages.sh BUILD_DIR [OUT_DIR]   (default OUT_DIR: BUILD_DIR/packages)
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:?usage: build-packages.sh BUILD_DIR [OUT_DIR]}" && pwd)
out=${2:-$build/packages}
mkdir -p "$out"
out=$(cd "$out" && pwd)

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -r "$top/installer/debian" "$stage/debian"
mkdir -p "$stage/helpdesk"
cp "$top/README.md" "$stage/"
cp "$top/helpdesk/README.md" "$top/helpdesk/API.md" "$stage/helpdesk/"
# The programs look for their data beside them (../share/foyer), so the prefix needs nothing compiled in.
DESTDIR="$stage/debian/foyer" cmake --install "$build" --prefix /usr --component foyer >/dev/null
DESTDIR="$stage/debian/foyer-helpdesk" cmake --install "$build" --prefix /usr --component helpdesk >/dev/null

cd "$stage"
rm -f "$out"/foyer_*.deb "$out"/foyer-helpdesk_*.deb
dh_installdocs -a
dh_installchangelogs -a
dh_strip -a --no-automatic-dbgsym
dh_compress -a
dh_fixperms -a
dh_shlibdeps -a
dh_installdeb -a
dh_gencontrol -a
dh_md5sums -a
dh_builddeb -a --destdir="$out"
ls "$out"/foyer_*.deb "$out"/foyer-helpdesk_*.deb
