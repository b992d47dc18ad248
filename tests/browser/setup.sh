#!/usr/bin/env bash
# Finds or installs what the browser tests need, and says which: Debian's Chromium (never a
# downloaded browser build), Node and npm, and this folder's packages (npm ci: playwright-core,
# axe-core). Run from anywhere; `.ci/run` and the README's test command call it.
set -euo pipefail
cd "$(dirname "$0")"

need_apt=()
if command -v chromium >/dev/null 2>&1; then
  echo "browser tests: using $(command -v chromium)"
else
  need_apt+=(chromium)
fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  need_apt+=(nodejs npm)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "browser tests: installing ${need_apt[*]} with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "browser tests: missing ${need_apt[*]}; install them (Debian: apt-get install ${need_apt[*]})" >&2
    echo "or set DOSSIER_SKIP_BROWSER=1 to skip the browser tests" >&2
    exit 1
  fi
fi
if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ]; then
  echo "browser tests: npm ci in tests/browser (playwright-core, axe-core)"
  npm ci --no-audit --no-fund --silent
fi
echo "browser tests: ready (Chromium $(chromium --version 2>/dev/null | awk '{print $2}'), node $(node --version))"
