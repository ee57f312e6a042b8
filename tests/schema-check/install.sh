#!/usr/bin/env bash
# Installs the schema validator the tests run (Ajv, pinned by package-lock.json) into tests/schema-check/node_modules.
# CI runs it before `dotnet test`; so should anyone running the tests on a fresh clone. Needs Node 20 and npm.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
npm ci --no-audit --no-fund
