#!/usr/bin/env bash
# Soak run on loopback, bounded in time: starts the gateway (Release) on a fresh SQLite file or a
# throwaway PostgreSQL cluster, makes a moderator token, runs tests/Gateway.Soak (32 clients, mixed
# reads and writes), counts the writes back, then stops everything it started.
# usage: tests/soak.sh sqlite|postgres [seconds=180] [clients=32]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
provider=${1:?sqlite or postgres}
seconds=${2:-180}
clients=${3:-32}

dotnet build src/Gateway -c Release -p:ExplorerAssets=false -v quiet -nologo >/dev/null
dotnet build tests/Gateway.Soak -c Release -v quiet -nologo >/dev/null
gateway_dir=$(pwd)/src/Gateway/bin/Release/net10.0
soak_dll=$(pwd)/tests/Gateway.Soak/bin/Release/net10.0/Gateway.Soak.dll

work=$(mktemp -d /tmp/gateway-soak-XXXXXX)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
server_pid=""
pg_data=""
as_pg() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  # The server's log outlives the run, for the errors behind any failed request.
  [[ -f $work/server.log ]] && cp "$work/server.log" "${SOAK_LOG:-/tmp/gateway-soak-$provider.log}"
  [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  [[ -n $pg_data ]] && as_pg "$pg_bin/pg_ctl" stop -D "$pg_data" -m fast >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

export ASPNETCORE_ENVIRONMENT=Production
export Gateway__RateLimiting__Enabled=false
export Logging__LogLevel__Default=Warning
if [[ $provider == postgres ]]; then
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  pg_port=$(free_port)
  pg_data=$work/pg
  [[ $(id -u) == 0 ]] && chown postgres:postgres "$work"
  as_pg "$pg_bin/initdb" -D "$pg_data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_pg "$pg_bin/pg_ctl" start -D "$pg_data" -w -l "$work/pg.log" \
    -o "-p $pg_port -k $work -c listen_addresses=127.0.0.1 -c max_connections=200" >/dev/null
  export Catalogue__Provider=postgres
  export ConnectionStrings__Catalogue="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=soak"
else
  export Catalogue__Provider=sqlite
  export Catalogue__DataDirectory=$work
fi

cd "$gateway_dir"
dotnet Gateway.dll seed >/dev/null
token=$(dotnet Gateway.dll tokens create --name soak --role moderator 2>/dev/null | head -1)
port=$(free_port)
dotnet Gateway.dll --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null && break
  sleep 0.5
done

echo "soak: $provider, $clients clients, $seconds s, server pid $server_pid"
status=0
dotnet "$soak_dll" --url "http://127.0.0.1:$port" --token "$token" --seconds "$seconds" --clients "$clients" \
  --server-pid "$server_pid" || status=$?

# Graceful shutdown: SIGTERM, and the server must exit 0 after finishing what it had in flight.
kill -TERM "$server_pid"
shutdown=0
wait "$server_pid" || shutdown=$?
server_pid=""
echo "server exit code after SIGTERM: $shutdown"
grep -c -E "fail:|crit:" "$work/server.log" | sed 's/^/server error log lines: /' || true
echo "server log kept in ${SOAK_LOG:-/tmp/gateway-soak-$provider.log}"
exit $(( status || shutdown ))
