#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the test suite (issue 17).
#   tests/pg/cluster.sh start DIR   initdb into DIR, start a server on a unix socket in DIR and 127.0.0.1 on a free
#                                   port; prints its URL (postgresql://USER@127.0.0.1:PORT/postgres) on stdout
#   tests/pg/cluster.sh stop DIR    stops it (DIR can then be removed)
#   tests/pg/cluster.sh pause DIR   stops it as a server that goes away does (connections broken, data kept)
#   tests/pg/cluster.sh resume DIR  starts it again on the same port and socket
# initdb refuses to run as root: as root (CI, the fresh Debian root) the cluster belongs to the postgres user that
# Debian's package creates. Trust authentication: the server only listens on 127.0.0.1 and a socket in DIR.
set -euo pipefail
cmd=${1:?start|stop}
dir=${2:?cluster directory}
bin=${ZHISUAN_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)}
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin: Debian package postgresql)" >&2
    exit 3
fi
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
user=$( [ "$(id -u)" -eq 0 ] && echo postgres || id -un )
case "$cmd" in
    start)
        mkdir -p "$dir"
        [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
        as_owner "$bin/initdb" -D "$dir/data" -U "$user" --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
            || { cat "$dir/initdb.log" >&2; exit 1; }
        # A free port: a random one, tried again if the server cannot listen there (no python3 on a fresh root).
        # Small: four engineers share two cores; fsync off: a test cluster loses nothing worth keeping on a crash.
        started=
        for _ in 1 2 3 4 5 6 7 8; do
            port=$(( 20000 + RANDOM % 40000 ))
            if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
                -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60 -c shared_buffers=32MB" \
                >/dev/null; then
                started=1; break
            fi
        done
        [ -n "$started" ] || { cat "$dir/server.log" >&2; exit 1; }
        echo "$port" > "$dir/port"
        echo "postgresql://$user@127.0.0.1:$port/postgres" ;;
    stop|pause)
        [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null ;;
    resume)
        port=$(cat "$dir/port")
        as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60 -c shared_buffers=32MB" \
            >/dev/null ;;
    *) echo "usage: $0 start|stop|pause|resume DIR" >&2; exit 2 ;;
esac
