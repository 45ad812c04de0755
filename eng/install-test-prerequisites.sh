#!/usr/bin/env bash
# Installs the real parts the tests run against (DESIGN.md section 4): the npm tools in tests/tools
# (Adaptive Cards renderer, Azurite) and Debian's chromium for Playwright. Idempotent: does nothing
# when everything is already in place. Never runs `npx playwright install` (it cannot download here).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools_dir="$repo_root/tests/tools"
stamp="$tools_dir/node_modules/.package-json.sha256"

command -v node >/dev/null || { echo "node is required (Node 20 or later) but was not found." >&2; exit 1; }
command -v npm >/dev/null || { echo "npm is required but was not found." >&2; exit 1; }

# npm tools: reinstall when node_modules is missing or package.json changed since the last install.
wanted="$(sha256sum "$tools_dir/package.json" | cut -d' ' -f1)"
if [[ -d "$tools_dir/node_modules" && -f "$stamp" && "$(cat "$stamp")" == "$wanted" ]]; then
  echo "tests/tools: npm packages up to date."
else
  echo "tests/tools: running npm install..."
  (cd "$tools_dir" && npm install --no-audit --no-fund)
  echo "$wanted" > "$stamp"
  echo "tests/tools: npm packages installed."
fi

# Chromium for Playwright: Debian's package, at $CHROMIUM_PATH or /usr/bin/chromium.
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [[ -x "$chromium" ]]; then
  echo "chromium: found at $chromium."
else
  echo "chromium: $chromium missing, installing Debian package chromium..."
  sudo_cmd=()
  if [[ "$(id -u)" != "0" ]]; then sudo_cmd=(sudo); fi
  "${sudo_cmd[@]}" apt-get update
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y --no-install-recommends chromium
  if [[ ! -x "$chromium" ]]; then
    echo "chromium: installed, but $chromium still does not exist; set CHROMIUM_PATH to the binary." >&2
    exit 1
  fi
  echo "chromium: installed at $chromium."
fi
