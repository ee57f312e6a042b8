#!/usr/bin/env bash
# Measures the whole-process start-up time of `knee ARGS` (default: plan --json), JIT build against Native AOT,
# with hyperfine (Debian: apt-get install -y hyperfine), and prints a Markdown table of the medians.
# Needs clang and zlib1g-dev for the native build. Usage: samples/KneeStrength.Cli/measure-startup.sh [ARGS...]
set -euo pipefail
cd "$(dirname "$0")/../.."
args=("$@")
if [ ${#args[@]} -eq 0 ]; then args=(plan --json); fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

dotnet build samples/KneeStrength.Cli -c Release -v quiet -nologo >/dev/null
dotnet publish samples/KneeStrength.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$out/aot" -v quiet -nologo >/dev/null
jit="dotnet samples/KneeStrength.Cli/bin/Release/net10.0/knee.dll ${args[*]}"
apphost="samples/KneeStrength.Cli/bin/Release/net10.0/knee ${args[*]}"
native="$out/aot/knee ${args[*]}"

hyperfine -N --warmup 3 --runs 20 --export-json "$out/times.json" "$jit" "$apphost" "$native" >&2

python3 - "$out/times.json" "knee ${args[*]}" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
jit = results[0]["median"]
print(f"`{sys.argv[2]}`, whole process, hyperfine --warmup 3 --runs 20:")
print()
print("| Build | Median | Mean ± σ | Min | Max | Median / JIT |")
print("|:---|---:|---:|---:|---:|---:|")
names = ["JIT, `dotnet bin/Release/net10.0/knee.dll`", "JIT, apphost `bin/Release/net10.0/knee`", "Native AOT, `knee`"]
for name, r in zip(names, results):
    ms = lambda s: f"{s * 1000:.1f} ms"
    print(f"| {name} | {ms(r['median'])} | {ms(r['mean'])} ± {ms(r['stddev'])} | {ms(r['min'])} | {ms(r['max'])} | {r['median'] / jit:.2f}x |")
PY
