#!/usr/bin/env bash
# Publishes `knee` with Native AOT into OUTPUT-DIR and fails on any trim or AOT warning.
# Needs clang and zlib1g-dev (Debian: apt-get install -y clang zlib1g-dev).
# Usage: samples/KneeStrength.Cli/publish-aot.sh OUTPUT-DIR
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:?usage: publish-aot.sh OUTPUT-DIR}"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

dotnet publish samples/KneeStrength.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$out" 2>&1 | tee "$log"
if grep -E 'warning [A-Z]{2,}[0-9]+' "$log"; then
  echo "publish-aot: the Native AOT publish printed warnings (above)." >&2
  exit 1
fi
