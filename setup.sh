#!/usr/bin/env bash
# One command: create .venv, install the pinned stack from PyPI and newsgraph itself, run the demo.
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
# The bundled pip 23 drops lxml's html_clean extra: upgrade pip first (see docs/settings.md).
.venv/bin/python -m pip install --quiet --upgrade "pip>=25"
.venv/bin/pip install --quiet --only-binary :all: -r requirements.txt
.venv/bin/pip install --quiet --no-deps -e .
# Headless Chromium for the browser tests (Debian's package; needs root or sudo). Without it
# those tests are skipped, saying so.
./scripts/install-browser.sh || echo "setup: chromium not installed; the browser tests will be skipped" >&2
.venv/bin/newsgraph demo
