#!/usr/bin/env bash
# Mixed read/write load (issue 13): for SECONDS, WRITERS clients revise indicators of one fund of the demo procuratorate
# through the API while READERS clients read the fund tables, on a fresh database; then checks that edits sent = edits
# stored = audit records, that no read started after a save showed an older row, and that the audit chain verifies.
# NODES=2 (PostgreSQL) starts a second web node on the same database (its own HOME, the key ring from the database);
# writers and readers alternate between the nodes.
#   bench/mixed-load.sh [Sqlite|Postgres] [seconds=120] [writers=8] [readers=8] [nodes=1]
# Exits non-zero when a check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
provider=${1:-Sqlite}; seconds=${2:-120}; writers=${3:-8}; readers=${4:-8}; nodes=${5:-1}
port=5191; work=$(mktemp -d); pg_root=""
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/Jixiao.Web -c Release -nologo -v quiet --disable-build-servers
dotnet build src/Jixiao.Cli -c Release -nologo -v quiet --disable-build-servers
dotnet build bench/Jixiao.Bench -c Release -nologo -v quiet --disable-build-servers
args=(--Logging:LogLevel:Default=Warning)
if [ "$provider" = Postgres ]; then
  PGBIN=/usr/lib/postgresql/15/bin; pg_root=$(mktemp -d); chown postgres: "$pg_root"
  runuser -u postgres -- $PGBIN/initdb -D "$pg_root/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  runuser -u postgres -- $PGBIN/pg_ctl -D "$pg_root/data" -l "$pg_root/log" -w -o "-p 55440 -k $pg_root -c listen_addresses=127.0.0.1" start >/dev/null
  database="Host=127.0.0.1;Port=55440;Username=postgres;Database=jixiao_mixed"
  args+=(--Database:Provider=Postgres "--ConnectionStrings:Jixiao=$database;Maximum Pool Size=64")
else
  args+=(--Database:DataFolder="$work")
  database="$work/jixiao.db"
fi
apps=()
urls=""
start_node() {  # start_node N: the web app on port+N with its own HOME, waiting for /healthz
  local n=$1 node_port=$((port + $1))
  mkdir -p "$work/home$n"
  HOME="$work/home$n" ./src/Jixiao.Web/bin/Release/net10.0/Jixiao.Web "${args[@]}" --urls "http://127.0.0.1:$node_port" > "$work/app$n.log" 2>&1 &
  apps+=($!)
  until curl -sf "http://127.0.0.1:$node_port/healthz" >/dev/null; do
    kill -0 "${apps[-1]}" 2>/dev/null || { cat "$work/app$n.log"; exit 1; }
    sleep 1
  done
  urls="${urls:+$urls,}http://127.0.0.1:$node_port"
}
cleanup() {
  for app in "${apps[@]}"; do kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; done
  if [ -n "$pg_root" ]; then
    runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$pg_root/data" -m fast -w stop >/dev/null; rm -rf "$pg_root"
  fi
  rm -rf "$work"
}
trap cleanup EXIT
for n in $(seq 0 $((nodes - 1))); do start_node "$n"; done
jixiao=./src/Jixiao.Cli/bin/Release/net10.0/jixiao
password=$("$jixiao" user add "mixed-editor" --role admin --duty edit --database "$database" --lang en | sed -n 's/^Initial password.*: //p')
token=$(curl -sf -H 'Content-Type: application/json' -d "{\"userName\":\"mixed-editor\",\"password\":\"$password\"}" "http://127.0.0.1:$((port + nodes - 1))/api/v1/session" | grep -o '"accessToken":"[^"]*' | cut -d'"' -f4)
listing=$(curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/years/2020/departments")
# The demo department with the most indicators (a generated one: 3 funds × 8), so that sixteen writers own some each.
department=$(echo "$listing" | jq '.departments | max_by(.indicators) | .id')
echo "== $provider, $nodes node(s), department $department 2020, load average $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
./bench/Jixiao.Bench/bin/Release/net10.0/Jixiao.Bench mixed-load "$urls" "$token" "$department" 2020 "$seconds" "$writers" "$readers" || status=$?
echo "== audit chain"
"$jixiao" audit verify --database "$database" --lang en || status=$?
exit $status
