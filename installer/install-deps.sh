#!/usr/bin/env bash
# Installs the Debian 12 packages Foyer needs for the given purposes (build, run, test, ...).
# Only what is missing is installed; with nothing missing it does nothing and needs no network.
# Usage: installer/install-deps.sh build run test
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
wanted=()
for purpose in "$@"; do
    list="$here/packages/$purpose.txt"
    if [ ! -f "$list" ]; then
        echo "install-deps: no package list for '$purpose' ($list)" >&2
        exit 2
    fi
    while read -r line; do
        line=${line%%#*}
        line=${line//[[:space:]]/}
        [ -n "$line" ] && wanted+=("$line")
    done <"$list"
done

# A virtual package counts as installed when an installed package provides it (NodeSource's nodejs
# provides npm, and conflicts with Debian's npm package).
provided=" $(dpkg-query -W -f='${db:Status-Abbrev}|${Provides}\n' 2>/dev/null | sed -n 's/^ii *|//p' |
    tr ',' '\n' | sed 's/(.*)//; s/:any//; s/^ *//; s/ *$//' | tr '\n' ' ') "
missing=()
for package in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || [[ "$provided" == *" $package "* ]] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
    echo "install-deps: these packages are missing and this is not a Debian system: ${missing[*]}" >&2
    exit 1
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
        echo "install-deps: please install, as root: apt-get install ${missing[*]}" >&2
        exit 1
    fi
    sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
log=$(mktemp)
apt=(-o DPkg::Lock::Timeout=600)
# A list under nonfree/ (the natural voices, for CI) comes from Debian's contrib and non-free sections,
# added for this one apt run in a private list of sources: the machine's own sources are never changed.
if [[ " $* " == *" nonfree/"* ]]; then
    private=$(mktemp -d)
    mkdir -p "$private/parts" "$private/lists/partial"
    cp /etc/apt/sources.list.d/*.sources "$private/parts/" 2>/dev/null || true
    if [ -f /etc/apt/sources.list ]; then cp /etc/apt/sources.list "$private/sources.list"; else : >"$private/sources.list"; fi
    printf '%s\n' "Types: deb" "URIs: http://deb.debian.org/debian" "Suites: bookworm" "Components: contrib non-free" \
        "Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg" >"$private/parts/foyer-nonfree.sources"
    apt+=(-o Dir::Etc::SourceList="$private/sources.list" -o Dir::Etc::SourceParts="$private/parts"
        -o Dir::State::Lists="$private/lists")
fi
# Another apt (an update, another build on the same machine) may hold the lock: wait for it.
if ! { "${sudo[@]}" apt-get "${apt[@]}" update -qq && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" \
        apt-get "${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "install-deps: apt-get failed (full log: $log)" >&2
    exit 1
fi
rm -f "$log"
