#!/usr/bin/env bash
# Runs the updatePackage benchmark on SQLite and on PostgreSQL (a throw-away cluster started here from
# Debian's postgresql binaries on a free loopback port, stopped at the end).
# Usage: benchmarks/EditThroughput/run.sh [clients=16] [seconds=10]
set -euo pipefail
clients=${1:-16}
seconds=${2:-10}
root=$(cd "$(dirname "$0")/../.." && pwd)
project="$root/benchmarks/EditThroughput"
dotnet build -c Release "$project" -v quiet -nologo >/dev/null

echo "== SQLite"
dotnet run -c Release --no-build --project "$project" -- --clients "$clients" --seconds "$seconds"

bin=$(ls -d /usr/lib/postgresql/*/bin | sort | tail -1)
work=$(mktemp -d /tmp/gateway-bench-pg-XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_pg=()
if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$work"; as_pg=(runuser -u postgres --); fi
cleanup() { "${as_pg[@]}" "$bin/pg_ctl" stop -D "$work/data" -m fast >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
"${as_pg[@]}" "$bin/initdb" -D "$work/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
# Durable commits (fsync on) as in production, unlike the test cluster.
"${as_pg[@]}" "$bin/pg_ctl" start -D "$work/data" -w -l "$work/server.log" \
  -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c max_connections=200" >/dev/null

echo "== PostgreSQL"
dotnet run -c Release --no-build --project "$project" -- --clients "$clients" --seconds "$seconds" \
  --Catalogue:Provider=postgres \
  "--ConnectionStrings:Catalogue=Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
