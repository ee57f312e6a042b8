#!/usr/bin/env bash
# Proves the packed package works for a consumer: for each README sample (the quick start, "Tracking and
# coaching" and "Bring your own program"), a fresh console app outside the repository (so none of the
# repository's Directory.*.props, global.json or project references apply) references
# KneeStrength at exactly VERSION from FEED, compiles the sample's Program.cs with its JSON files,
# and must print exactly what the sample prints when run from the repository.
# Usage: .ci/check-consumer.sh FEED VERSION   (FEED: the folder dotnet pack wrote to)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
feed="$(cd "$1" && pwd)"
version="$2"
samples=(samples/KneeStrength.Quickstart samples/KneeStrength.Coaching samples/KneeStrength.BringYourOwn)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
case "$work/" in
  "$root"/*) echo "check-consumer: $work is inside the repository; set TMPDIR elsewhere" >&2; exit 1 ;;
esac

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

check_sample() {
  local sample="$1"
  local app="$work/$(basename "$sample")"
  mkdir -p "$app"
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
    <None Include="*.json" CopyToOutputDirectory="PreserveNewest" />
  </ItemGroup>
</Project>
XML
  cp "$root/$sample/Program.cs" "$app/Program.cs"
  cp "$root/$sample/"*.json "$app/" 2>/dev/null || true

  echo "check-consumer: building $sample as a console app in $app against KneeStrength $version from $feed"
  dotnet build "$app" -c Release -nologo -v quiet
  [[ -d "$work/packages/kneestrength/$version" ]] \
    || { echo "check-consumer: KneeStrength $version was not restored from $feed" >&2; exit 1; }

  local consumer_output repository_output
  consumer_output="$(cd "$app" && dotnet run -c Release --no-build)"
  repository_output="$(cd "$root" && dotnet run --project "$sample")"

  if [[ -z "$consumer_output" ]]; then
    echo "check-consumer: the consumer of $sample printed nothing" >&2
    exit 1
  fi
  if [[ "$consumer_output" != "$repository_output" ]]; then
    echo "check-consumer: the consumer's output differs from 'dotnet run --project $sample':" >&2
    diff -u <(printf '%s\n' "$repository_output") <(printf '%s\n' "$consumer_output") >&2 || true
    exit 1
  fi
  echo "check-consumer: the packed package's $sample prints the same $(printf '%s\n' "$consumer_output" | wc -l) line(s) as the repository's:"
  printf '%s\n' "$consumer_output" | sed 's/^/  | /'
}

for sample in "${samples[@]}"; do
  check_sample "$sample"
done
