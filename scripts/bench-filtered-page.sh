#!/usr/bin/env bash
# Median latency of filtered and sorted package pages on the demo catalogue, with and without the
# packages indexes, on SQLite and PostgreSQL. Not a test: it prints numbers (issue 4's closing note).
#
# Three copies of one seeded catalogue are served side by side, each by its own gateway process:
#   all       every index the migrations make;
#   no-new    without the two indexes of the FilterIndexes migrations (category and stars; recency);
#   none      without any non-unique index of packages (category, sort and filter columns).
# Requests go to the three in turn, RUNS times per query, so that load from elsewhere falls on all
# alike; the answers of the three are compared once first (they must be the same).
#
#   scripts/bench-filtered-page.sh                       # Release build, 200 requests per query
#   RUNS=500 PROVIDERS=sqlite QUERIES="stars newest" scripts/bench-filtered-page.sh
#   NO_BUILD=1 KEEP=1 scripts/bench-filtered-page.sh     # keep the folder (databases, logs)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${RUNS:-200}"
providers="${PROVIDERS:-sqlite postgres}"
config="${CONFIG:-Release}"
work="$(mktemp -d /tmp/gateway-filter-bench.XXXXXX)"
dll="$root/src/Gateway/bin/$config/net10.0/Gateway.dll"
variants=(all no-new none)
# The FilterIndexes migrations' indexes (the recency one is named by provider; a drop skips the other).
new_indexes=(ix_packages_category_id_repo_watchers_id ix_packages_category_id_recency ix_packages_recency)
old_indexes=(ix_packages_category_id ix_packages_created ix_packages_deprecated_by_id ix_packages_last_updated
  ix_packages_modified ix_packages_pypi_downloads ix_packages_repo_forks ix_packages_repo_watchers
  ix_packages_score ix_packages_title)
export DOTNET_NOLOGO=1 Logging__LogLevel__Default=Warning

# The queries: the issue's example ("apps with over 100 stars, newest commit first"), the same filter
# by stars, and a category's newest packages. All ask for totalCount: each request is a page and a count.
apps='category: { slug: { eq: \"apps\" } }'
page='first: 20'
nodes='totalCount nodes { slug title repoWatchers lastUpdated }'
declare -A queries=(
  [newest]="{ packages($page, where: { $apps, repoWatchers: { gt: 100 } }, order: [{ lastUpdated: DESC }]) { $nodes } }"
  [stars]="{ packages($page, where: { $apps, repoWatchers: { gt: 100 } }, order: [{ repoWatchers: DESC }]) { $nodes } }"
  [recent]="{ packages($page, where: { $apps }, order: [{ lastUpdated: DESC }]) { $nodes } }"
)

pids=()
pg_started=
pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
as_pg=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  if [ -n "$pg_started" ]; then "${as_pg[@]}" "$pgbin/pg_ctl" stop -D "$work/pg" -m fast >/dev/null || true; fi
  if [ -z "${KEEP:-}" ]; then rm -rf "$work"; else echo "kept $work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

if [ -z "${NO_BUILD:-}" ]; then
  dotnet build -c "$config" "$root/src/Gateway" -v quiet -nologo >/dev/null
fi

start_pg() {
  if [ "$(id -u)" = 0 ]; then chown postgres "$work"; as_pg=(runuser -u postgres --); fi
  pg_port="$(free_port)"
  "${as_pg[@]}" "$pgbin/initdb" -D "$work/pg" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$work/initdb.log"
  "${as_pg[@]}" "$pgbin/pg_ctl" start -D "$work/pg" -w -l "$work/pg.log" \
    -o "-p $pg_port -k $work -c listen_addresses=127.0.0.1" >/dev/null
  pg_started=1
}

psql_in() {
  PGOPTIONS="-c client_min_messages=warning" \
    psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres -d "$1" "${@:2}"
}

# connection PROVIDER VARIANT: the connection string of that copy of the catalogue
connection() {
  if [ "$1" = sqlite ]; then
    echo "Data Source=$work/$2.db"
  else
    echo "Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=gw_${2//-/_}"
  fi
}

# drop PROVIDER VARIANT INDEX...
drop() {
  local provider=$1 variant=$2
  shift 2
  local sql=""
  for index in "$@"; do sql+="DROP INDEX IF EXISTS $index; "; done
  if [ "$provider" = sqlite ]; then sqlite3 "$work/$variant.db" "$sql"; else psql_in "gw_${variant//-/_}" -c "$sql"; fi
}

prepare() {
  local provider=$1
  if [ "$provider" = sqlite ]; then
    env Catalogue__Provider=sqlite "ConnectionStrings__Catalogue=$(connection sqlite all)" dotnet "$dll" seed >/dev/null
    sqlite3 "$work/all.db" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
    cp "$work/all.db" "$work/no-new.db"
    cp "$work/all.db" "$work/none.db"
  else
    [ -n "$pg_started" ] || start_pg
    psql_in postgres -c 'CREATE DATABASE gw_all;'
    env Catalogue__Provider=postgres "ConnectionStrings__Catalogue=$(connection postgres all)" \
      dotnet "$dll" seed >/dev/null
    psql_in postgres -c 'CREATE DATABASE gw_no_new TEMPLATE gw_all;' -c 'CREATE DATABASE gw_none TEMPLATE gw_all;'
  fi
  drop "$provider" no-new "${new_indexes[@]}"
  drop "$provider" none "${new_indexes[@]}" "${old_indexes[@]}"
  if [ "$provider" = postgres ]; then
    for variant in "${variants[@]}"; do psql_in "gw_${variant//-/_}" -c 'VACUUM ANALYZE;'; done
  fi
}

declare -A ports
serve() {
  local provider=$1
  pids=()
  for variant in "${variants[@]}"; do
    local port
    port="$(free_port)"
    ports[$variant]=$port
    env "Catalogue__Provider=$provider" "ConnectionStrings__Catalogue=$(connection "$provider" "$variant")" \
      dotnet "$dll" --urls "http://127.0.0.1:$port" --Gateway:RateLimiting:Enabled=false \
      >"$work/$provider-$variant.log" 2>&1 &
    pids+=($!)
  done
  for variant in "${variants[@]}"; do
    for _ in $(seq 1 150); do
      curl -sf -o /dev/null "http://127.0.0.1:${ports[$variant]}/graphql?query=%7B__typename%7D" && continue 2
      sleep 0.2
    done
    echo "the $variant gateway did not start:" >&2
    cat "$work/$provider-$variant.log" >&2
    exit 1
  done
}

post() { # post VARIANT QUERY [curl options]
  curl -s -H 'Content-Type: application/json' -H 'Accept: application/graphql-response+json' \
    -d "{\"query\":\"$2\"}" "${@:3}" "http://127.0.0.1:${ports[$1]}/graphql"
}

stats() { # stats FILE -> "median p90" in ms
  sort -n "$1" | awk '{ a[NR] = $1 } END {
    m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
    printf "%.2f %.2f", m * 1000, a[int(NR * 0.9 + 0.5)] * 1000 }'
}

echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$root" rev-parse --short HEAD)," \
  "$config build, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $runs requests per query and variant"
printf '%-9s %-7s %-8s %10s %8s %8s\n' provider query variant median_ms p90_ms vs_all
for provider in $providers; do
  prepare "$provider"
  serve "$provider"
  for name in ${QUERIES:-newest stars recent}; do
    query="${queries[$name]}"
    reference="$(post all "$query")"
    case "$reference" in *'"errors"'*|'') echo "the query failed: $reference" >&2; exit 1 ;; esac
    for variant in "${variants[@]}"; do
      [ "$(post "$variant" "$query")" = "$reference" ] || { echo "$variant answers differently" >&2; exit 1; }
      for _ in $(seq 1 20); do post "$variant" "$query" >/dev/null; done
      : >"$work/$provider-$name-$variant.times"
    done
    for _ in $(seq 1 "$runs"); do
      for variant in "${variants[@]}"; do
        post "$variant" "$query" -o /dev/null -w '%{time_total}\n' >>"$work/$provider-$name-$variant.times"
      done
    done
    base="$(stats "$work/$provider-$name-all.times" | cut -d' ' -f1)"
    for variant in "${variants[@]}"; do
      read -r median p90 <<<"$(stats "$work/$provider-$name-$variant.times")"
      printf '%-9s %-7s %-8s %10s %8s %8s\n' "$provider" "$name" "$variant" "$median" "$p90" \
        "$(awk -v m="$median" -v b="$base" 'BEGIN { printf "%.2fx", m / b }')"
    done
  done
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  pids=()
done
