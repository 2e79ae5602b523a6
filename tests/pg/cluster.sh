#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the test suite (issue 17).
#   tests/pg/cluster.sh start DIR   initdb into DIR, start a server on a unix socket in DIR and 127.0.0.1 on a free
#                                   port, with TLS; prints its URL (postgresql://USER@127.0.0.1:PORT/postgres) on stdout
#   tests/pg/cluster.sh stop DIR    stops it (DIR can then be removed)
#   tests/pg/cluster.sh pause DIR   stops it as a server that goes away does (connections broken, data kept)
#   tests/pg/cluster.sh resume DIR  starts it again on the same port and socket
# initdb refuses to run as root: as root (CI, the fresh Debian root) the cluster belongs to the postgres user that
# Debian's package creates. Trust authentication: the server only listens on 127.0.0.1 and a socket in DIR; one
# login, zhisuan_pw (the tests create it), must give its password (scram-sha-256), so that password paths are tested.
# TLS (issue 26): DIR/tls holds a test CA (ca.crt), the server's certificate signed by it for localhost and 127.0.0.1
# (server.crt, server.key), and an unrelated CA (other-ca.crt) that signed nothing the server has. ssl is on, so
# sslmode=verify-full with sslrootcert=DIR/tls/ca.crt connects and with other-ca.crt is refused.
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
server_options() {
    echo "-p $1 -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
         "-c max_connections=60 -c shared_buffers=32MB" \
         "-c ssl=on -c ssl_cert_file=$dir/tls/server.crt -c ssl_key_file=$dir/tls/server.key"
}
# Two CAs and a server certificate signed by the first (EC keys: quick to make). As the cluster's owner: the server
# refuses a key file others may read.
make_tls() {
    if ! command -v openssl >/dev/null; then
        echo "openssl not found (Debian package openssl): the test cluster needs it for its TLS certificates" >&2
        return 1
    fi
    local tls=$dir/tls ec=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
    as_owner mkdir -p "$tls"
    as_owner openssl req -x509 "${ec[@]}" -days 30 -subj "/CN=ZhiSuan test CA" -keyout "$tls/ca.key" -out "$tls/ca.crt"
    as_owner openssl req -x509 "${ec[@]}" -days 30 -subj "/CN=Unrelated test CA" -keyout "$tls/other-ca.key" -out "$tls/other-ca.crt"
    as_owner openssl req "${ec[@]}" -subj "/CN=localhost" -keyout "$tls/server.key" -out "$tls/server.csr"
    printf '%s\n' "subjectAltName=DNS:localhost,IP:127.0.0.1" "basicConstraints=CA:FALSE" \
        "keyUsage=digitalSignature,keyEncipherment" "extendedKeyUsage=serverAuth" | as_owner tee "$tls/server.ext" >/dev/null
    as_owner openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" -set_serial 2 -days 30 \
        -extfile "$tls/server.ext" -out "$tls/server.crt"
    as_owner chmod 600 "$tls/server.key"
}
case "$cmd" in
    start)
        mkdir -p "$dir"
        [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
        as_owner "$bin/initdb" -D "$dir/data" -U "$user" --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
            || { cat "$dir/initdb.log" >&2; exit 1; }
        make_tls >"$dir/tls.log" 2>&1 || { cat "$dir/tls.log" >&2; exit 1; }
        # The first matching line wins: the password login before initdb's trust lines.
        hba=$dir/data/pg_hba.conf
        { printf '%s\n' "local all zhisuan_pw scram-sha-256" "host all zhisuan_pw 127.0.0.1/32 scram-sha-256" \
              "host all zhisuan_pw ::1/128 scram-sha-256"; cat "$hba"; } | as_owner tee "$hba.new" >/dev/null
        as_owner mv "$hba.new" "$hba"
        # A free port: a random one, tried again if the server cannot listen there (no python3 on a fresh root).
        # Small: four engineers share two cores; fsync off: a test cluster loses nothing worth keeping on a crash.
        started=
        for _ in 1 2 3 4 5 6 7 8; do
            port=$(( 20000 + RANDOM % 40000 ))
            if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o "$(server_options "$port")" \
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
        as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o "$(server_options "$port")" >/dev/null ;;
    *) echo "usage: $0 start|stop|pause|resume DIR" >&2; exit 2 ;;
esac
