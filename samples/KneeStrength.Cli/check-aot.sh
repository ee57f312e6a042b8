#!/usr/bin/env bash
# Publishes `knee` with Native AOT (publish-aot.sh: no trim or AOT warnings allowed), then checks that the native
# executable prints exactly what the JIT build prints (tests/KneeStrength.Cli.Tests/NativeAotTests.cs).
# Usage: samples/KneeStrength.Cli/check-aot.sh [output-dir]   (default /tmp/knee-aot)
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-/tmp/knee-aot}"
samples/KneeStrength.Cli/publish-aot.sh "$out"
KNEE_NATIVE="$out/knee" dotnet test --project tests/KneeStrength.Cli.Tests -- --filter-class KneeStrength.Cli.Tests.NativeAotTests
