#!/bin/sh
# ills-report-shot.sh HTML PNG WIDTH [HEIGHT] - a screenshot of HTML in headless
# Chromium, WIDTH px wide and HEIGHT (default 800) high (a fresh profile, nothing
# fetched).
d=$(mktemp -d)
rm -f "$2"
timeout 120 chromium --headless --no-sandbox --disable-gpu \
    --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$d" \
    --window-size="$3,${4:-800}" --screenshot="$2" "file://$1" >/dev/null 2>&1
rm -rf "$d"
test -s "$2"
