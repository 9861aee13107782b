#!/bin/sh
# Installs the console tests' only npm package (playwright-core, as pinned in package-lock.json) into the
# build tree, with its cache there too. Nothing is installed again while the lock file is unchanged.
# Usage: npm-ci.sh SOURCE_DIR DESTINATION_DIR
set -eu
source_dir=$1
destination=$2
if ! command -v npm >/dev/null 2>&1; then
    echo "npm is missing: the console browser tests will be skipped (apt-get install npm)"
    exit 0
fi
mkdir -p "$destination"
if [ -d "$destination/node_modules/playwright-core" ] && cmp -s "$source_dir/package-lock.json" "$destination/package-lock.json"; then
    exit 0
fi
cp "$source_dir/package.json" "$source_dir/package-lock.json" "$destination/"
cd "$destination"
# playwright-core never downloads a browser by itself; the variable makes sure of it.
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error --cache "$destination/npm-cache"
