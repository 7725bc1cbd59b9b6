#!/usr/bin/env bash
# The page of `geopol html` in a real browser: installs Debian's chromium
# when it is absent (as root), then runs the browser test, which is ignored
# by a plain `cargo test`.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null; then
    if [ "$(id -u)" != 0 ]; then
        echo "browser.sh: chromium is not installed, and installing it needs root" >&2
        exit 1
    fi
    apt-get update -qq
    apt-get install -y -qq chromium >/dev/null
fi
cargo test --release --test browser -- --ignored
