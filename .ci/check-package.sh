#!/usr/bin/env bash
# Checks the packed KneeStrength package and its symbols: nuspec metadata (licence, readme,
# <repository url commit>), XML docs, and a Source Link map in the PDB that points at
# raw.githubusercontent.com for this commit.
# Usage: .ci/check-package.sh FEED VERSION   (FEED: the folder dotnet pack wrote to)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
feed="$1"
version="$2"

nupkg="$feed/KneeStrength.$version.nupkg"
snupkg="$feed/KneeStrength.$version.snupkg"
for file in "$nupkg" "$snupkg"; do
  [[ -f "$file" ]] || { echo "check-package: $file was not packed" >&2; exit 1; }
done

repository_url="$(dotnet msbuild "$root/src/KneeStrength" -getProperty:KneeStrengthRepositoryUrl)"
commit="$(git -C "$root" rev-parse HEAD)"

dotnet run --file "$root/.ci/check-package.cs" -- \
  "$nupkg" "$snupkg" "$version" "$repository_url" "$commit" "$root/README.md"
