#!/bin/sh
# Submit a tumor-board cohort to CdsService, show progress until it is done, and save the reports.
#
#   sh examples/tumor-board/run-tumor-board.sh [BASE_URL] [COHORT] [OUT_DIR]
#
# Defaults: http://localhost:5080, cohort.csv next to this script, ./tumor-board-report.
# COHORT is a CSV file, NDJSON of REST panels (.ndjson, .jsonl) or a FHIR Bundle (.json, e.g. cohort-fhir.json).
# Needs only a POSIX shell and curl. Exits non-zero when the service refuses the file or the batch fails.
# Set CDS_API_KEY to send it as X-Api-Key (services outside Development require authentication).
# Set CDS_RANKING=review for the review's own 2011 order (default: the service's lens "current", available first).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
base=${1:-http://localhost:5080}
cohort=${2:-$here/cohort.csv}
out=${3:-tumor-board-report}
base=${base%/}

auth_header=""
[ -n "${CDS_API_KEY:-}" ] && auth_header="X-Api-Key: $CDS_API_KEY"

# curl with the optional key; every call fails on HTTP errors but still prints the problem body.
call() {
    if [ -n "$auth_header" ]; then curl -sS -H "$auth_header" "$@"; else curl -sS "$@"; fi
}

# The value of a top-level JSON member ("status": "done" or "done": 12) without jq.
json_value() {
    printf '%s' "$1" | tr -d '\n' | sed -n "s/.*\"$2\"[[:space:]]*:[[:space:]]*\"\{0,1\}\([^\",}]*\).*/\1/p" | head -n 1
}

[ -f "$cohort" ] || { echo "no such file: $cohort" >&2; exit 2; }
case "$cohort" in
    *.json) media=application/fhir+json ;;
    *.ndjson | *.jsonl) media=application/x-ndjson ;;
    *) media=text/csv ;;
esac
mkdir -p "$out"

submit="$base/api/v1/batches"
[ -n "${CDS_RANKING:-}" ] && submit="$submit?ranking=$CDS_RANKING"

echo "Submitting $cohort to $base ..."
headers=$(mktemp)
body=$(call -D "$headers" -H "Content-Type: $media" --data-binary "@$cohort" "$submit")
code=$(sed -n '1s/^HTTP\/[0-9.]* \([0-9]*\).*/\1/p' "$headers")
location=$(tr -d '\r' < "$headers" | sed -n 's/^[Ll]ocation:[[:space:]]*//p' | head -n 1)
rm -f "$headers"
if [ "$code" != "202" ] || [ -z "$location" ]; then
    echo "The service refused the file (HTTP $code):" >&2
    printf '%s\n' "$body" >&2
    exit 1
fi
case "$location" in http*) status_url=$location ;; *) status_url=$base$location ;; esac
echo "Accepted: $status_url"

status=queued
while :; do
    body=$(call --fail-with-body "$status_url") || { printf '%s\n' "$body" >&2; exit 1; }
    status=$(json_value "$body" status)
    printf '\r%s: %s/%s rows done (%s failed)   ' "$status" "$(json_value "$body" done)" "$(json_value "$body" total)" "$(json_value "$body" failed)"
    case "$status" in done|failed) break ;; esac
    sleep 1
done
echo
printf '%s\n' "$body" > "$out/status.json"

if [ "$status" = failed ]; then
    echo "The batch failed: $(json_value "$body" error). Row errors are in $out/status.json." >&2
    exit 1
fi

for format in md html csv; do
    call --fail-with-body -o "$out/report.$format" "$status_url/report?format=$format" || { cat "$out/report.$format" >&2; exit 1; }
    echo "Saved $out/report.$format"
done
# The overview as a spreadsheet: one row per patient (formula-escaped, like the full CSV).
call --fail-with-body -o "$out/summary.csv" "$status_url/report?format=summary-csv" || { cat "$out/summary.csv" >&2; exit 1; }
echo "Saved $out/summary.csv"
[ "$(json_value "$body" failed)" = "0" ] || echo "Some rows failed; they are listed under \"Rows that failed\" in the reports and in $out/status.json."
echo "Open $out/report.html in a browser (it prints well too)."
