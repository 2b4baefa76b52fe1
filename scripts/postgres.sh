#!/usr/bin/env bash
# Throwaway PostgreSQL server for the tests (docs/persistence.md, "Tests": no Docker here).
# Sourced by scripts/test.sh; also usable alone:  scripts/postgres.sh start|stop|status
# start: finds PostgreSQL binaries (installs them with apt-get when missing and running as root), runs initdb in a
# temporary directory as a non-root user, starts the server on a free loopback port, creates database cds_test and
# writes the environment the tests read into $CDS_PG_ENV_FILE.

pg__bindir() {
    local d
    for d in /usr/lib/postgresql/*/bin; do
        [ -x "$d/initdb" ] && { echo "$d"; return 0; }
    done
    return 1
}

pg__ensure_binaries() {
    pg__bindir >/dev/null && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "PostgreSQL binaries are missing (expected /usr/lib/postgresql/*/bin/initdb); install the 'postgresql' package." >&2
        return 1
    fi
    echo "Installing PostgreSQL with apt-get ..." >&2
    # shellcheck source=apt-install.sh
    . "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh"
    apt_install postgresql || return 1
    pg__bindir >/dev/null
}

pg__as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u "$PG_OWNER" -- "$@"; else "$@"; fi
}

pg__free_port() {
    local port
    for port in $(seq 55432 55532); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
    done
    return 1
}

pg_start() {
    pg__ensure_binaries || return 1
    PG_BIN=$(pg__bindir)
    PG_OWNER=$(id -un)
    if [ "$(id -u)" -eq 0 ]; then
        # initdb refuses to run as root: the cluster belongs to the 'postgres' system user.
        PG_OWNER=postgres
        id "$PG_OWNER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_OWNER"
    fi
    PG_DATA=$(mktemp -d /tmp/cds-pg.XXXXXX)
    chown "$PG_OWNER" "$PG_DATA"
    chmod 700 "$PG_DATA"
    PG_PORT=$(pg__free_port) || { echo "no free port for PostgreSQL" >&2; return 1; }
    pg__as_owner "$PG_BIN/initdb" -D "$PG_DATA/data" -U postgres -A trust -E UTF8 --no-locale >"$PG_DATA/initdb.log" 2>&1 \
        || { cat "$PG_DATA/initdb.log" >&2; return 1; }
    PG_OPTS="-p $PG_PORT -k $PG_DATA -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    pg__as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA/data" -o "$PG_OPTS" -l "$PG_DATA/server.log" -w -t 60 start >/dev/null \
        || { cat "$PG_DATA/server.log" >&2; return 1; }
    "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qtAc "CREATE DATABASE cds_test" >/dev/null
    export PG_BIN PG_OWNER PG_DATA PG_PORT PG_OPTS
    export CDS_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=cds_test;Pooling=true;Timeout=5;Command Timeout=15"
    # The outage test stops and restarts this very server through this script.
    export CDS_TEST_POSTGRES_CONTROL="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/postgres.sh"
    echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT (data in $PG_DATA)" >&2
}

pg_stop() {
    [ -n "${PG_DATA:-}" ] || return 0
    pg__as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_DATA"
}

# Used by the outage test: pause / resume the server started above (same data directory and port).
pg_pause() { pg__as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA/data" -m fast -w stop >/dev/null; }
pg_resume() { pg__as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA/data" -o "$PG_OPTS" -l "$PG_DATA/server.log" -w -t 60 start >/dev/null; }

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -euo pipefail
    case "${1:-}" in
        start) pg_start; env | grep -E '^(PG_|CDS_TEST_POSTGRES)' ;;
        pause) pg_pause ;;
        resume) pg_resume ;;
        stop) pg_stop ;;
        *) echo "usage: $0 start|pause|resume|stop (pause/resume/stop need PG_BIN, PG_DATA, PG_OWNER, PG_OPTS from start)" >&2; exit 2 ;;
    esac
fi
