#!/usr/bin/env bash
# Installs the accessibility checker the browser tests run in the page (axe-core, pinned by package-lock.json) into
# tests/a11y-check/node_modules. The tests run `npm ci` themselves when it is missing; CI runs this first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
npm ci --no-audit --no-fund
