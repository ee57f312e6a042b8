#!/usr/bin/env bash
# Proves the packed package works for a consumer: a fresh console app outside the repository
# (so none of the repository's Directory.*.props, global.json or project references apply)
# references KneeStrength at exactly VERSION from FEED, compiles the quick start
# (samples/KneeStrength.Quickstart/Program.cs), and must print exactly what the quick start
# prints when run from the repository.
# Usage: .ci/check-consumer.sh FEED VERSION   (FEED: the folder dotnet pack wrote to)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
feed="$(cd "$1" && pwd)"
version="$2"
quickstart="samples/KneeStrength.Quickstart"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
case "$work/" in
  "$root"/*) echo "check-consumer: $work is inside the repository; set TMPDIR elsewhere" >&2; exit 1 ;;
esac
app="$work/app"
mkdir -p "$app"

# Only the packed feed may provide KneeStrength; the empty packages folder (NUGET_PACKAGES
# would override it) means no cached copy of an older build can stand in for it.
unset NUGET_PACKAGES
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config>
    <add key="globalPackagesFolder" value="$work/packages" />
  </config>
  <fallbackPackageFolders>
    <clear />
  </fallbackPackageFolders>
  <packageSources>
    <clear />
    <add key="packed" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="packed">
      <package pattern="KneeStrength" />
    </packageSource>
    <packageSource key="nuget.org">
      <package pattern="*" />
    </packageSource>
  </packageSourceMapping>
</configuration>
XML

cat > "$app/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="KneeStrength" Version="[$version]" />
  </ItemGroup>
</Project>
XML
cp "$root/$quickstart/Program.cs" "$app/Program.cs"

echo "check-consumer: building a console app in $app against KneeStrength $version from $feed"
dotnet build "$app" -c Release -nologo -v quiet
[[ -d "$work/packages/kneestrength/$version" ]] \
  || { echo "check-consumer: KneeStrength $version was not restored from $feed" >&2; exit 1; }

consumer_output="$(cd "$app" && dotnet run -c Release --no-build)"
repository_output="$(cd "$root" && dotnet run --project "$quickstart")"

if [[ -z "$consumer_output" ]]; then
  echo "check-consumer: the consumer printed nothing" >&2
  exit 1
fi
if [[ "$consumer_output" != "$repository_output" ]]; then
  echo "check-consumer: the consumer's output differs from 'dotnet run --project $quickstart':" >&2
  diff -u <(printf '%s\n' "$repository_output") <(printf '%s\n' "$consumer_output") >&2 || true
  exit 1
fi
echo "check-consumer: the packed package's quick start prints the same $(printf '%s\n' "$consumer_output" | wc -l) line(s) as the repository's:"
printf '%s\n' "$consumer_output" | sed 's/^/  | /'
