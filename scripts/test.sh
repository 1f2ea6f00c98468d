#!/usr/bin/env bash
# Installs what the tests need (Python packages, Debian's chromium) and runs them with ruff.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi
python -m pip install -q --disable-pip-version-check -r requirements-dev.txt
# axe-core (pinned in tests/axe/package-lock.json) for the accessibility audit of the browser tests
if [ ! -d tests/axe/node_modules/axe-core ]; then
  npm ci --prefix tests/axe --no-audit --no-fund
fi
python -m ruff check .
python -m pytest "$@"
