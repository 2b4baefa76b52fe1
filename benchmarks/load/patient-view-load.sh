#!/usr/bin/env bash
# Load test of the CDS Hooks patient-view path against the parse-only endpoint, side by side (docs/architecture.md, "Performance bars").
# Usage: benchmarks/load/patient-view-load.sh [sqlite|postgres|both]   (default both)
# Env: DURATION (s, default 20), CONNECTIONS (closed loop, default 8), RATE (paced, default 200), PACED_SECONDS (default 20)
# Loopback only, bounded: each run is DURATION seconds. JWT is off (CdsHooks:RequireJwt=false): wrk cannot mint the
# per-call tokens; the JWT filter's cost is therefore not in these figures.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
providers=${1:-both}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-8}
RATE=${RATE:-200}
PACED_SECONDS=${PACED_SECONDS:-20}
# shellcheck source=../../scripts/postgres.sh
source "$repo/scripts/postgres.sh"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

dotnet build "$repo/src/Api" -c Release -v q -nologo >/dev/null
dotnet build "$here/Pacer" -c Release -v q -nologo >/dev/null
api_dir="$repo/src/Api/bin/Release/net10.0"
pacer="$here/Pacer/bin/Release/net10.0/pacer"
work=$(mktemp -d /tmp/cds-load.XXXXXX)
server_pid=""
pg_started=""

cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
    if [ -n "$pg_started" ]; then pg_stop || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

free_port() {
    local port
    for port in $(seq 18080 18180); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
    done
    return 1
}

start_service() { # $1 = provider; the rest of the environment comes from the caller
    local port; port=$(free_port)
    base="http://127.0.0.1:$port"
    # Development (for the parse-only switch) with production's log levels: the service's own Information logs stay
    # on, ASP.NET Core's per-request Information lines (a Development setting) are off as in appsettings.json.
    (cd "$api_dir" && exec env ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$base" CdsHooks__RequireJwt=false \
        Benchmarks__ParseOnlyEndpoint=true Database__Provider="$1" 'Logging__LogLevel__Microsoft.AspNetCore=Warning' \
        dotnet CdsService.Api.dll >"$work/server-$1.log" 2>&1) &
    server_pid=$!
    for _ in $(seq 1 120); do
        curl -fsS -o /dev/null "$base/cds-services" 2>/dev/null && return 0
        sleep 0.5
    done
    cat "$work/server-$1.log" >&2
    return 1
}

stop_service() { kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true; server_pid=""; }

run_case() { # $1 = provider, $2 = label, $3 = path
    local url="$base$3"
    local status; status=$(curl -s -o "$work/answer.json" -w '%{http_code}' -H 'Content-Type: application/json' --data-binary @"$here/patient-view-request.json" "$url")
    [ "$status" = 200 ] || { echo "$url answered $status: $(head -c 400 "$work/answer.json")" >&2; return 1; }
    # Warm-up (JIT, pools), then the measured closed loop and the paced open loop.
    (cd "$here" && wrk -t2 -c"$CONNECTIONS" -d5s -s post.lua "$url" >/dev/null)
    local closed; closed=$(cd "$here" && wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s post.lua "$url" | grep '^RESULT')
    local paced; paced=$("$pacer" "$url" "$here/patient-view-request.json" "$RATE" "$PACED_SECONDS" 256 3)
    printf '%-9s %-12s closed(%sc): %s\n' "$1" "$2" "$CONNECTIONS" "${closed#RESULT }"
    printf '%-9s %-12s paced:      %s\n' "$1" "$2" "$paced"
}

run_provider() { # $1 = Sqlite | Postgres
    if [ "$1" = Postgres ]; then
        # The tests' throwaway server: note it runs with fsync=off and synchronous_commit=off (scripts/postgres.sh).
        pg_start
        pg_started=1
        export ConnectionStrings__Cds="$CDS_TEST_POSTGRES"
    else
        unset ConnectionStrings__Cds
        rm -f "$api_dir/cds.db" "$api_dir/cds.db-wal" "$api_dir/cds.db-shm"
    fi
    start_service "$1"
    run_case "$1" parse-only /benchmarks/parse-only/her2-trastuzumab-patient-view
    run_case "$1" patient-view /cds-services/her2-trastuzumab-patient-view
    stop_service
    if [ "$1" = Postgres ]; then pg_stop; pg_started=""; fi
}

echo "payload: $(wc -c <"$here/patient-view-request.json") bytes; $(nproc) cores; $(date -u +%FT%TZ)"
case "$providers" in
    sqlite) run_provider Sqlite ;;
    postgres) run_provider Postgres ;;
    both) run_provider Sqlite; run_provider Postgres ;;
    *) echo "usage: $0 [sqlite|postgres|both]" >&2; exit 2 ;;
esac
