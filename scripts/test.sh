#!/usr/bin/env bash
# The test command (README): restore, build, start a throwaway PostgreSQL, run every test project, print
# "N passed, N failed". Works on a fresh machine; needs only the .NET SDK (and root or installed PostgreSQL binaries).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
. scripts/apt-install.sh
. scripts/postgres.sh

log_dir="$root/artifacts/test-logs"
rm -rf "$log_dir"; mkdir -p "$log_dir"

cleanup() { pg_stop; }
trap cleanup EXIT INT TERM

dotnet restore CdsService.sln --nologo -v quiet || { echo "0 passed, 1 failed"; exit 1; }
dotnet build CdsService.sln --no-restore --nologo -v quiet -clp:ErrorsOnly || { echo "0 passed, 1 failed"; exit 1; }
pg_start || { echo "could not start PostgreSQL"; echo "0 passed, 1 failed"; exit 1; }

# The browser tests (tests/Api.Tests/Browser) drive Debian's chromium; Playwright never downloads a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if ! command -v chromium >/dev/null && [ -z "${CDS_CHROMIUM:-}" ] && [ "$(id -u)" -eq 0 ]; then
    echo "Installing chromium with apt-get (browser tests) ..." >&2
    apt_install chromium || true
fi

# The Kubernetes manifests against the Kubernetes schema (scripts/k8s-validate; npm and node are all it needs).
k8s_failed=0
if ! command -v npm >/dev/null && [ "$(id -u)" -eq 0 ]; then
    echo "Installing node and npm with apt-get (manifest validation) ..." >&2
    apt_install nodejs npm || true
fi
if command -v npm >/dev/null && (cd scripts/k8s-validate && npm install --no-package-lock --no-audit --no-fund --silent) \
    && node scripts/k8s-validate/validate.mjs deploy/k8s; then :; else echo "deploy/k8s failed schema validation (or node/npm is missing)"; k8s_failed=1; fi

# Each async test has its own timeout (docs/testing.md); --timeout bounds the whole run below CI's 90 minutes, so a
# hang nobody foresaw ends the run with a message instead of CI killing it silently.
dotnet test --solution CdsService.sln --no-build --timeout "${TEST_RUN_TIMEOUT:-70m}" 2>&1 | tee "$log_dir/dotnet-test.log"
status=${PIPESTATUS[0]}

# The platform prints one summary per run; the last one covers every test assembly.
passed=$(grep -E '^\s+succeeded: [0-9]+' "$log_dir/dotnet-test.log" | tail -n 1 | grep -oE '[0-9]+' || true)
failed=$(grep -E '^\s+failed: [0-9]+' "$log_dir/dotnet-test.log" | tail -n 1 | grep -oE '[0-9]+' || true)
passed=${passed:-0}
failed=${failed:-0}
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
if [ "$k8s_failed" -ne 0 ]; then failed=$((failed + 1)); status=1; fi
echo "$passed passed, $failed failed"
exit "$status"
