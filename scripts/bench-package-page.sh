#!/usr/bin/env bash
# Statements and median latency of a package page (category, grids, participants) of 20, 50 and 100
# packages, on SQLite with the demo catalogue. Not a test: it prints numbers.
#   scripts/bench-package-page.sh            # Release build, 50 timed requests per size
#   RUNS=200 PORT=5199 scripts/bench-package-page.sh
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${RUNS:-50}"
port="${PORT:-5199}"
config="${CONFIG:-Release}"
data="$(mktemp -d)"
dll="$root/src/Gateway/bin/$config/net10.0/Gateway.dll"

dotnet build -c "$config" "$root/src/Gateway" -v quiet -nologo >/dev/null
export Catalogue__DataDirectory="$data"
dotnet "$dll" seed >/dev/null

dotnet "$dll" --urls "http://127.0.0.1:$port" \
  --Gateway:Diagnostics=true --Gateway:RateLimiting:Enabled=false \
  --Logging:LogLevel:Default=Warning >"$data/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$data"' EXIT

for _ in $(seq 1 100); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/graphql?query=%7B__typename%7D" && break
  sleep 0.2
done

body() {
  printf '{"query":"query ($n: Int!) { packages(first: $n) { nodes { slug category { title } grids(first: 10) { nodes { slug } } participants(first: 10) { nodes { login } } } } }","variables":{"n":%s}}' "$1"
}

post() {
  local n="$1"
  shift
  curl -s -H 'Content-Type: application/json' -H 'Accept: application/graphql-response+json' \
    -d "$(body "$n")" "$@" "http://127.0.0.1:$port/graphql"
}

printf '%-6s %-12s %-14s %-10s\n' size statements median_ms p90_ms
for n in 20 50 100; do
  for _ in $(seq 1 10); do post "$n" >/dev/null; done
  statements="$(post "$n" | grep -o '"sqlStatements":[0-9]*' | cut -d: -f2)"
  times="$(for _ in $(seq 1 "$runs"); do post "$n" -o /dev/null -w '%{time_total}\n'; done | sort -n)"
  median="$(echo "$times" | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.2f", m * 1000 }')"
  p90="$(echo "$times" | awk '{ a[NR] = $1 } END { printf "%.2f", a[int(NR * 0.9 + 0.5)] * 1000 }')"
  printf '%-6s %-12s %-14s %-10s\n' "$n" "$statements" "$median" "$p90"
done
