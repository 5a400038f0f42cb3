#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the test suite (issue 14): no container, no system service.
#
#   tests/postgres/cluster.sh start DIR PORT   initdb in DIR/data, server on a Unix socket in DIR
#   tests/postgres/cluster.sh restart DIR      restart it (fast shutdown: clients are cut off)
#   tests/postgres/cluster.sh stop DIR         stop it and remove DIR
#
# The server listens on no TCP port (listen_addresses=''), only on the socket in DIR, and trusts
# local connections: it lives for one test run. PostgreSQL refuses to run as root, so as root the
# cluster belongs to the 'postgres' system user (created by the postgresql-15 package).
# Prints nothing on success but the connection URI of the test superuser 'remaster'.
set -euo pipefail

bindir="${REMASTER_PG_BINDIR:-/usr/lib/postgresql/15/bin}"
cmd="${1:-}"; dir="${2:-}"
[[ -n "$cmd" && -n "$dir" ]] || { echo "usage: $0 start DIR PORT | restart DIR | stop DIR" >&2; exit 2; }

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
  start)
    port="${3:-55432}"
    [[ -x "$bindir/initdb" ]] || { echo "PostgreSQL server binaries not found in $bindir (apt-get install postgresql-15)" >&2; exit 1; }
    rm -rf "$dir"; mkdir -p "$dir"
    [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
    as_owner "$bindir/initdb" -D "$dir/data" -U remaster --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-k $dir -p $port -c listen_addresses='' -c fsync=off -c max_connections=60" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql://remaster@/postgres?host=$dir&port=$port"
    ;;
  restart)
    # A server restart under a connected client (test: the client reconnects, nothing is lost).
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -m fast -w -t 60 restart >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    ;;
  stop)
    if [[ -d "$dir/data" ]]; then
      as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2 ;;
esac
