#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs the real parts (npm renderer and Azurite, Debian
# chromium) and runs every test project of the solution. No test is skipped for a missing part.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

bash eng/install-test-prerequisites.sh

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
set +e
dotnet test Intranet.Extensions.sln --configuration Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line for the whole run, summed over the test assemblies.
awk '/(Passed|Failed)! +- Failed:/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
