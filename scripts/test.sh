#!/usr/bin/env bash
# Installs what the tests need (Python packages; Debian's chromium for the browser tests,
# postgresql for the corrections tests' throwaway cluster, fonts-noto-core for Urdu glyphs
# in exports) and runs them with ruff.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || missing+=(postgresql)
dpkg -s fonts-noto-core >/dev/null 2>&1 || missing+=(fonts-noto-core)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
python -m pip install -q --disable-pip-version-check -r requirements-dev.txt
# axe-core (pinned in tests/axe/package-lock.json) for the accessibility audit of the browser tests
if [ ! -d tests/axe/node_modules/axe-core ]; then
  npm ci --prefix tests/axe --no-audit --no-fund
fi
python -m ruff check .
python -m pytest "$@"
