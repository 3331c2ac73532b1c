#!/usr/bin/env bash
# The one place that knows the system packages this project needs (Debian names), shared by
# `npm test` (scripts/test.ts, before anything else runs) and CI (.ci/run).
#
#   bash scripts/system/packages.sh browser   # Chromium and CJK fonts: the end-to-end stage
#   bash scripts/system/packages.sh ci        # the same, plus PostgreSQL for CI's throwaway server
#
# Installs what is missing with apt-get, non-interactively, when it can: as root, or with
# passwordless sudo. When it cannot, it exits with 2 at once and prints the one command to run.
set -euo pipefail

group=${1:-browser}
case "$group" in
  browser) wanted=(chromium fonts-noto-cjk) ;;
  ci) wanted=(postgresql chromium fonts-noto-cjk) ;;
  *)
    echo "usage: bash scripts/system/packages.sh browser|ci" >&2
    exit 64
    ;;
esac

# A Chromium named by PLAYWRIGHT_CHROMIUM_PATH stands in for Debian's.
if [ -n "${PLAYWRIGHT_CHROMIUM_PATH:-}" ] && [ -x "$PLAYWRIGHT_CHROMIUM_PATH" ]; then
  kept=()
  for pkg in "${wanted[@]}"; do [ "$pkg" = chromium ] || kept+=("$pkg"); done
  wanted=("${kept[@]}")
fi

if ! command -v dpkg >/dev/null 2>&1; then
  echo "system packages: not a Debian system (no dpkg); make sure these are installed: ${wanted[*]}"
  exit 0
fi

missing=()
for pkg in "${wanted[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages: all present (${wanted[*]})"
  exit 0
fi

command="apt-get update && apt-get install -y ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  run=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then
  run=(sudo -n)
else
  echo "system packages: missing ${missing[*]}, and this user cannot install them (not root, no passwordless sudo)." >&2
  echo "Run this once, then try again:" >&2
  echo "  sudo sh -c '$command'" >&2
  exit 2
fi

echo "system packages: installing ${missing[*]} with apt-get (${run[*]:-as root})"
"${run[@]}" apt-get update -qq
"${run[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
echo "system packages: installed ${missing[*]}"
