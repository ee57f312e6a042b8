#!/usr/bin/env bash
# Installs the format readers the tests run (ical.js, fit-file-parser and Garmin's @garmin/fitsdk, pinned by
# package-lock.json) into tests/format-check/node_modules. The tests run `npm ci` themselves when it is missing; CI runs this first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
npm ci --no-audit --no-fund
