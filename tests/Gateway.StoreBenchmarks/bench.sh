#!/usr/bin/env bash
# Times `seed` and `import` (a v4 JSON dump of the same demo catalogue) on SQLite and on PostgreSQL:
# wall time, CPU time and peak memory (maximum resident set) from /usr/bin/time, one fresh store each.
# PostgreSQL runs as a throwaway cluster from Debian's postgresql package. Usage: bench.sh [runs]
set -euo pipefail

runs=${1:-1}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/gateway-store-bench.XXXXXX)
export Logging__LogLevel__Default=Warning DOTNET_NOLOGO=1

dotnet build "$root/tests/Gateway.StoreBenchmarks" -c Release -v q --nologo > "$work/build.log"
gateway="$root/src/Gateway/bin/Release/net10.0/Gateway.dll"
dotnet "$root/tests/Gateway.StoreBenchmarks/bin/Release/net10.0/Gateway.StoreBenchmarks.dll" "$work/dump" > /dev/null
echo "v4 dump: $(ls "$work/dump" | wc -l) files, $(du -sh "$work/dump" | cut -f1)"

pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_pg=()
if [ "$(id -u)" = 0 ]; then chown postgres "$work"; as_pg=(runuser -u postgres --); fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"${as_pg[@]}" "$pgbin/initdb" -D "$work/pg" -U postgres -A trust -E UTF8 --locale=C.UTF-8 > "$work/initdb.log"
"${as_pg[@]}" "$pgbin/pg_ctl" start -D "$work/pg" -w -l "$work/pg.log" \
  -o "-p $port -k $work -c listen_addresses=127.0.0.1" > /dev/null
trap '"${as_pg[@]}" "$pgbin/pg_ctl" stop -D "$work/pg" -m fast > /dev/null; rm -rf "$work"' EXIT

store() { # store NAME -> sets the environment for a fresh store called NAME
  if [ "$provider" = sqlite ]; then
    export Catalogue__Provider=sqlite ConnectionStrings__Catalogue="Data Source=$work/$1.db"
  else
    "$pgbin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$1"
    export Catalogue__Provider=postgres \
      ConnectionStrings__Catalogue="Host=127.0.0.1;Port=$port;Username=postgres;Database=$1"
  fi
}

measure() { # measure LABEL VERB [ARG]
  local label=$1; shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" dotnet "$gateway" "$@" > "$work/out" 2> "$work/err" || {
    cat "$work/err" >&2; exit 1; }
  read -r wall user sys rss < "$work/time"
  printf '%-9s %-16s %7s s wall %7s s cpu %6s MiB peak\n' "$provider" "$label" "$wall" \
    "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')" "$((rss / 1024))"
}

for provider in sqlite postgres; do
  for run in $(seq 1 "$runs"); do
    store "seed_$run"; measure "seed" seed
    store "import_$run"; measure "import" import "$work/dump"
    measure "import again" import "$work/dump"
  done
done
