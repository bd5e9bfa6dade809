#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the service tests: init (once), start, print its URL. Runs the server as `postgres` when root.
# Usage: scripts/pg-test-cluster.sh [start|stop] ; env: CADRE_PG_DIR (/tmp/cadre-pg), CADRE_PG_PORT (55432), PG_BIN.
set -euo pipefail
DIR="${CADRE_PG_DIR:-/tmp/cadre-pg}"
PORT="${CADRE_PG_PORT:-55432}"
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
[ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL server binaries not found (set PG_BIN)" >&2; exit 1; }

# PostgreSQL refuses to run as root: run its commands as the postgres OS user then.
as_pg() { if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ "${1:-start}" = "stop" ]; then
  as_pg "$PG_BIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null 2>&1 || true
  exit 0
fi

mkdir -p "$DIR"
[ "$(id -u)" = "0" ] && chown postgres "$DIR"
if [ ! -f "$DIR/data/PG_VERSION" ]; then
  as_pg "$PG_BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  # Room for the concurrency tests (200 connections across pools) and a socket dir we own.
  printf "max_connections = 300\nunix_socket_directories = '%s'\nlisten_addresses = '127.0.0.1'\nport = %s\n" "$DIR" "$PORT" >>"$DIR/data/postgresql.conf"
fi
if ! as_pg "$PG_BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
  as_pg "$PG_BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w start >/dev/null
fi
as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='cadre_test'" | grep -q 1 ||
  as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres cadre_test
echo "postgres://postgres@127.0.0.1:$PORT/cadre_test"
