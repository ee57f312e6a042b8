#!/usr/bin/env bash
# Publishes `knee` with Native AOT, fails on any trim or AOT warning, then checks that the native executable prints
# exactly what the JIT build prints (tests/KneeStrength.Cli.Tests/NativeAotTests.cs).
# Needs clang and zlib1g-dev (Debian: apt-get install -y clang zlib1g-dev).
# Usage: samples/KneeStrength.Cli/check-aot.sh [output-dir]   (default /tmp/knee-aot)
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-/tmp/knee-aot}"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

dotnet publish samples/KneeStrength.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$out" 2>&1 | tee "$log"
if grep -E 'warning [A-Z]{2,}[0-9]+' "$log"; then
  echo "check-aot: the Native AOT publish printed warnings (above)." >&2
  exit 1
fi

KNEE_NATIVE="$out/knee" dotnet test --project tests/KneeStrength.Cli.Tests -- --filter-class KneeStrength.Cli.Tests.NativeAotTests
