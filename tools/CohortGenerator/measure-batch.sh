#!/usr/bin/env bash
# Measurement (not a test): N generated CSV rows from submission to a finished report, on PostgreSQL.
#   tools/CohortGenerator/measure-batch.sh [rows=10000]
#   CDS_MEASURE_REPORTS=0 tools/CohortGenerator/measure-batch.sh 100000    evaluation only, no report downloads
# Starts a throwaway PostgreSQL (scripts/postgres.sh) unless CDS_MEASURE_POSTGRES names a connection string, runs the
# Release build of the service on a free loopback port, submits the cohort, polls until done, downloads the Markdown,
# HTML and summary CSV reports, and prints the seconds for each step, the rows evaluated per second, each report's
# time to first byte and size, and the service's peak resident memory (VmHWM). The bars (docs/batches.md, "Large
# cohorts"): 10,000 rows in < 30 s; at 100,000 rows at least 80% of the 10,000-row rate, peak RSS < 1 GiB, first byte < 2 s.
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-10000}
work=$(mktemp -d /tmp/cds-measure.XXXXXX)
port=5${RANDOM:0:4}

cleanup() {
    [ -n "${api_pid:-}" ] && kill "$api_pid" 2>/dev/null || true
    [ -z "${CDS_MEASURE_POSTGRES:-}" ] && pg_stop
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

if [ -z "${CDS_MEASURE_POSTGRES:-}" ]; then
    . scripts/postgres.sh
    pg_start
    connection="$CDS_TEST_POSTGRES;Database=cds_measure"
    "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qtAc "CREATE DATABASE cds_measure" >/dev/null
else
    connection=$CDS_MEASURE_POSTGRES
fi

dotnet build src/Api -c Release --nologo -v quiet -clp:ErrorsOnly
dotnet run --project tools/CohortGenerator -c Release -- "$rows" "$work/cohort.csv"

# From its output folder, so the content root holds appsettings.Development.json (as with dotnet run).
(cd src/Api/bin/Release/net10.0 && exec env ASPNETCORE_ENVIRONMENT=Development Database__Provider=Postgres ConnectionStrings__Cds="$connection" \
    Logging__LogLevel__Default=Warning "Logging__LogLevel__Microsoft.AspNetCore=Warning" \
    dotnet CdsService.Api.dll --urls "http://127.0.0.1:$port") >"$work/api.log" 2>&1 &
api_pid=$!
ready=""
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && { ready=1; break; }; sleep 0.5; done
[ -n "$ready" ] || { echo "the service did not become ready:" >&2; tail -n 30 "$work/api.log" >&2; exit 1; }

now() { date +%s.%N; }
start=$(now)
location=$(curl -sS -D - -o /dev/null -H "Content-Type: text/csv" --data-binary "@$work/cohort.csv" "http://127.0.0.1:$port/api/v1/batches" \
    | tr -d '\r' | sed -n 's/^[Ll]ocation:[[:space:]]*//p')
accepted=$(now)
until curl -sS "http://127.0.0.1:$port$location" | grep -q '"status":"done"'; do sleep 0.2; done
evaluated=$(now)
peak() { awk '/VmHWM/ { printf "%.0f MiB", $2 / 1024 }' "/proc/$api_pid/status"; }
evaluated_peak=$(peak)
if [ "${CDS_MEASURE_REPORTS:-1}" = "0" ]; then
    awk -v s="$start" -v a="$accepted" -v e="$evaluated" -v n="$rows" 'BEGIN {
        printf "%d rows: accepted (202) after %.1f s, all evaluated after %.1f s (%.0f rows/s)\n", n, a - s, e - s, n / (e - s)
    }'
    echo "service peak RSS (VmHWM): $evaluated_peak"
    exit 0
fi
report() { # format: time to first byte, total time, bytes
    curl -sS -o "$work/report.$1" -w "%{time_starttransfer} %{time_total} %{size_download}" "http://127.0.0.1:$port$location/report?format=$1"
}
read -r md_first md_total md_bytes <<<"$(report md)"
reported=$(now)
read -r html_first html_total html_bytes <<<"$(report html)"
read -r sum_first sum_total sum_bytes <<<"$(report summary-csv)"

awk -v s="$start" -v a="$accepted" -v e="$evaluated" -v r="$reported" -v n="$rows" 'BEGIN {
    printf "%d rows: accepted (202) after %.1f s, all evaluated after %.1f s (%.0f rows/s), Markdown report done %.1f s after submission\n", n, a - s, e - s, n / (e - s), r - s
}'
printf "report md:          first byte %.2f s, complete %.1f s, %d bytes\n" "$md_first" "$md_total" "$md_bytes"
printf "report html:        first byte %.2f s, complete %.1f s, %d bytes\n" "$html_first" "$html_total" "$html_bytes"
printf "report summary-csv: first byte %.2f s, complete %.1f s, %d bytes\n" "$sum_first" "$sum_total" "$sum_bytes"
echo "service peak RSS (VmHWM): $evaluated_peak after evaluation, $(peak) after the reports"
