#!/usr/bin/env bash
# Checks the packed KneeStrength and KneeStrength.Fhir packages and their symbols: nuspec metadata (licence, readme,
# <repository url commit>), XML docs, and a Source Link map in the PDB that points at
# raw.githubusercontent.com for this commit.
# Usage: .ci/check-package.sh FEED VERSION   (FEED: the folder dotnet pack wrote to)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
feed="$1"
version="$2"

repository_url="$(dotnet msbuild "$root/src/KneeStrength" -getProperty:KneeStrengthRepositoryUrl)"
commit="$(git -C "$root" rev-parse HEAD)"

# Each package with the readme it packs: KneeStrength the repository's README, KneeStrength.Fhir its own.
check() {
  local id="$1" readme="$2"
  local nupkg="$feed/$id.$version.nupkg" snupkg="$feed/$id.$version.snupkg"
  for file in "$nupkg" "$snupkg"; do
    [[ -f "$file" ]] || { echo "check-package: $file was not packed" >&2; exit 1; }
  done
  dotnet run --file "$root/.ci/check-package.cs" -- \
    "$nupkg" "$snupkg" "$version" "$repository_url" "$commit" "$readme" "$id"
}

check KneeStrength "$root/README.md"
check KneeStrength.Fhir "$root/src/KneeStrength.Fhir/README.md"
