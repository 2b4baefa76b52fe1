#!/usr/bin/env bash
# The test command (./scripts/test.sh) three times while stress-ng keeps both cores busy: the suite must pass on a
# machine that is doing something else (docs/testing.md, "Under load"). Prints each run's "N passed, N failed" line
# and wall time; exits non-zero when any run failed.
#   RUNS=1 ./scripts/test-under-load.sh       fewer runs (default 3)
#   STRESS_CPUS=4 ./scripts/test-under-load.sh more stressors (default 2, one per core of the reference machine)
set -uo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-3}
cpus=${STRESS_CPUS:-2}

if ! command -v stress-ng >/dev/null; then
    if [ "$(id -u)" -eq 0 ]; then
        echo "Installing stress-ng with apt-get ..." >&2
        . scripts/apt-install.sh
        apt_install stress-ng
    fi
    command -v stress-ng >/dev/null || { echo "stress-ng is missing (apt-get install stress-ng, as root)" >&2; exit 2; }
fi

log_dir="artifacts/test-under-load"
mkdir -p "$log_dir"

stress-ng --cpu "$cpus" --timeout 0 --quiet &
stress_pid=$!
stop_stress() { kill "$stress_pid" 2>/dev/null; wait "$stress_pid" 2>/dev/null; }
trap stop_stress EXIT INT TERM

failed_runs=0
summary=()
for run in $(seq 1 "$runs"); do
    started=$(date +%s)
    ./scripts/test.sh > "$log_dir/run-$run.log" 2>&1
    status=$?
    seconds=$(( $(date +%s) - started ))
    line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log_dir/run-$run.log" | tail -n 1)
    line=${line:-"0 passed, 1 failed (no summary line; see $log_dir/run-$run.log)"}
    if [ "$status" -ne 0 ] || ! [[ "$line" =~ ^[0-9]+\ passed,\ 0\ failed$ ]]; then
        failed_runs=$((failed_runs + 1))
    fi
    summary+=("run $run: $line in $((seconds / 60))m $((seconds % 60))s (load: $(cut -d' ' -f1-3 /proc/loadavg))")
    echo "${summary[-1]}"
done

echo "under load (stress-ng --cpu $cpus): $((runs - failed_runs)) of $runs runs passed"
[ "$failed_runs" -eq 0 ]
