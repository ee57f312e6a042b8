#!/usr/bin/env bash
# Draws the installed app's PNG icons from wwwroot/icon.svg with headless Chromium (/usr/bin/chromium, or
# KNEE_CHROMIUM): 192 and 512 px as the icon is, and a 512 px maskable one whose knee sits inside the middle 80%
# (the safe zone launchers crop to) on the icon's blue. Run it after changing icon.svg, and commit the PNGs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
chromium="${KNEE_CHROMIUM:-/usr/bin/chromium}"
svg="$(cat wwwroot/icon.svg)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

draw() { # size, maskable (0/1), output
  local size=$1 maskable=$2 out=$3 inner
  if [[ $maskable == 1 ]]; then inner=$((size * 70 / 100)); else inner=$size; fi
  cat > "$work/icon.html" <<HTML
<!doctype html><html><head><style>
html, body { margin: 0; width: ${size}px; height: ${size}px; overflow: hidden; background: $([[ $maskable == 1 ]] && echo '#17324d' || echo 'transparent'); }
body { display: flex; align-items: center; justify-content: center; }
svg { width: ${inner}px; height: ${inner}px; display: block; }
</style></head><body>${svg}</body></html>
HTML
  "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
    --window-size="${size},${size}" --screenshot="$out" "file://$work/icon.html" >/dev/null 2>&1
}

draw 192 0 wwwroot/icons/icon-192.png
draw 512 0 wwwroot/icons/icon-512.png
draw 512 1 wwwroot/icons/icon-maskable-512.png
