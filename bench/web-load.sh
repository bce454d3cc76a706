#!/usr/bin/env bash
# Load test of the fund page and its API (wrk) against the running web app with a generated province.
#   bench/web-load.sh [departments=10000] [Sqlite|Postgres] [seconds=20]
# Builds Release, starts the app on a fresh database (SQLite file, or a throwaway PostgreSQL 15 cluster),
# loads the province on first start (Demo:ProvinceDepartments), then measures a fund of a department in the
# middle of the province: the server-rendered page and GET /api/v1/.../funds/{id}, each after 10 s of warm-up.
# Needs wrk (apt-get install wrk).
# BENCH_DATA=/some/folder keeps the database (SQLite file or PostgreSQL cluster) there and reuses it next time, so
# that the province is loaded once (13-18 minutes for 10,000 departments) and later runs only measure.
set -euo pipefail
cd "$(dirname "$0")/.."
departments=${1:-10000}; provider=${2:-Sqlite}; seconds=${3:-20}
port=5190; work=$(mktemp -d); pg_root=""; keep=${BENCH_DATA:-}
[ -n "$keep" ] && { mkdir -p "$keep"; keep=$(cd "$keep" && pwd)/$provider-$departments; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# No build servers: an idle compiler server left behind takes CPU from the measured app on two cores.
dotnet build src/Jixiao.Web -c Release -nologo -v quiet --disable-build-servers
dotnet build src/Jixiao.Cli -c Release -nologo -v quiet --disable-build-servers  # the CLI no longer references the web app
args=(--urls "http://127.0.0.1:$port" --Demo:ProvinceDepartments="$departments" --Logging:LogLevel:Default=Warning)
if [ "$provider" = Postgres ]; then
  PGBIN=/usr/lib/postgresql/15/bin; pg_root=${keep:-$(mktemp -d)}; mkdir -p "$pg_root"; chown postgres: "$pg_root"
  [ -d "$pg_root/data" ] || runuser -u postgres -- $PGBIN/initdb -D "$pg_root/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  runuser -u postgres -- $PGBIN/pg_ctl -D "$pg_root/data" -l "$pg_root/log" -w -o "-p 55439 -k $pg_root -c listen_addresses=127.0.0.1" start >/dev/null
  args+=(--Database:Provider=Postgres "--ConnectionStrings:Jixiao=Host=127.0.0.1;Port=55439;Username=postgres;Database=jixiao_bench;Maximum Pool Size=64")
  database="Host=127.0.0.1;Port=55439;Username=postgres;Database=jixiao_bench"
else
  args+=(--Database:DataFolder="${keep:-$work}")
  database="${keep:-$work}/jixiao.db"
fi
./src/Jixiao.Web/bin/Release/net10.0/Jixiao.Web "${args[@]}" > "$work/app.log" 2>&1 &
app=$!
cleanup() {
  kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true
  if [ -n "$pg_root" ]; then
    runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$pg_root/data" -m fast -w stop >/dev/null
    [ -n "$keep" ] || rm -rf "$pg_root"
  fi
  rm -rf "$work"
}
trap cleanup EXIT
start=$(date +%s)
until curl -sf "http://127.0.0.1:$port/account/sign-in" >/dev/null; do
  kill -0 "$app" 2>/dev/null || { cat "$work/app.log"; exit 1; }
  sleep 2
done
echo "Loaded $departments departments ($provider) in $(( $(date +%s) - start )) s; load average $(cut -d' ' -f1-3 /proc/loadavg)"
# Measured as the department's editor, signed in with a bearer token (users come from jixiao user add, as in production).
jixiao=./src/Jixiao.Cli/bin/Release/net10.0/jixiao
token() {  # user → bearer token
  local password
  password=$("$jixiao" user add "$1" "${@:2}" --database "$database" --lang en | sed -n 's/^Initial password.*: //p')
  curl -sf -H 'Content-Type: application/json' -d "{\"userName\":\"$1\",\"password\":\"$password\"}" "http://127.0.0.1:$port/api/v1/session" | grep -o '"accessToken":"[^"]*' | cut -d'"' -f4
}
suffix=$(date +%s)
admin=$(token "bench-admin-$suffix" --role admin)
page=$(( (departments + 49) / 100 ))
listing=$(curl -sf -H "Authorization: Bearer $admin" "http://127.0.0.1:$port/api/v1/years/2024/departments?page=$page")
department=$(echo "$listing" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
name=$(echo "$listing" | grep -o '"name":"[^"]*' | head -1 | cut -d'"' -f4)
fund=$(curl -sf -H "Authorization: Bearer $admin" "http://127.0.0.1:$port/api/v1/departments/$department/years/2024" | grep -o '"funds":\[{"id":[0-9]*' | grep -o '[0-9]*$')
editor=$(token "bench-editor-$suffix" --role editor --department "$name")
path="/departments/$department/years/2024/funds/$fund"
echo "Fund page: $path"
for url in "$path" "/api/v1$path"; do
  # A server's steady state: the first seconds after start compile code and fill caches.
  wrk -t2 -c16 -d10s -H "Authorization: Bearer $editor" "http://127.0.0.1:$port$url" > /dev/null
  echo "== GET $url (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  wrk -t2 -c16 -d"${seconds}s" --latency -H "Authorization: Bearer $editor" "http://127.0.0.1:$port$url" | grep -E "Latency|50%|99%|Requests/sec|Non-2xx|Socket errors"
done
