#!/usr/bin/env bash
# Headless Chromium for the browser tests (tests/web): Debian's package, not `playwright install`
# (which downloads from a CDN and fails offline). Idempotent: does nothing when it is there.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
    echo "chromium: already installed ($(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium))"
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium
/usr/bin/chromium --version
