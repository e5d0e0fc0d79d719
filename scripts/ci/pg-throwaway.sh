#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for the tests: initdb into a temporary folder, a
# superuser with a password (scram, so a wrong password fails as on an office server), started
# with pg_ctl. Prints the URL the tests take as KEMITRAAN_TEST_PG.
# Usage: scripts/ci/pg-throwaway.sh [port] [dir]
set -euo pipefail
PORT="${1:-54329}"
DIR="${2:-/tmp/kemitraan-pg}"
BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
run() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
if [ -f "$DIR/data/postmaster.pid" ]; then run "$BIN/pg_ctl -D $DIR/data stop -m fast" >/dev/null 2>&1 || true; fi
rm -rf "$DIR"; mkdir -p "$DIR"
[ "$(id -u)" = 0 ] && chown postgres "$DIR"
echo 'kemitraan-ci' > "$DIR/pw"
run "$BIN/initdb -D $DIR/data -U kemitraan --pwfile=$DIR/pw --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --locale=C.UTF-8" >/dev/null
run "$BIN/pg_ctl -D $DIR/data -l $DIR/log -o \"-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$DIR -c fsync=off -c max_connections=200\" -w start" >/dev/null
echo "postgres://kemitraan:kemitraan-ci@127.0.0.1:$PORT/postgres"
