#!/usr/bin/env bash
# Upload memory (issue 13): N clients (default 16) upload at once an XLSX of ~1.2 MB that inflates to ~188 MB within
# every reader limit (bench/inputs/inflating-xlsx.py), to a fresh web app on SQLite. Prints the answers, the server's
# resident memory before, at its peak (VmHWM) and 10 s after, and the time the burst took.
#   bench/upload-memory.sh [clients=16]
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-16}; port=5193; work=$(mktemp -d)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/Jixiao.Web -c Release -nologo -v quiet --disable-build-servers
dotnet build src/Jixiao.Cli -c Release -nologo -v quiet --disable-build-servers
python3 bench/inputs/inflating-xlsx.py 25 "$work/big.xlsx"
./src/Jixiao.Web/bin/Release/net10.0/Jixiao.Web --urls "http://127.0.0.1:$port" --Logging:LogLevel:Default=Warning \
  --Database:DataFolder="$work" > "$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -sf "http://127.0.0.1:$port/account/sign-in" >/dev/null; do
  kill -0 "$app" 2>/dev/null || { cat "$work/app.log"; exit 1; }
  sleep 1
done
jixiao=./src/Jixiao.Cli/bin/Release/net10.0/jixiao
password=$("$jixiao" user add "upload-editor" --role editor --department 某县人民检察院 --database "$work/jixiao.db" --lang en | sed -n 's/^Initial password.*: //p')
token=$(curl -sf -H 'Content-Type: application/json' -d "{\"userName\":\"upload-editor\",\"password\":\"$password\"}" "http://127.0.0.1:$port/api/v1/session" | grep -o '"accessToken":"[^"]*' | cut -d'"' -f4)
rss() { awk -v k="$1" '$1 == k":" {print int($2 / 1024)}' "/proc/$app/status"; }
echo "== $clients uploads of $(( $(stat -c %s "$work/big.xlsx") / 1024 )) KiB at once, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "server RSS before: $(rss VmRSS) MiB"
start=$(date +%s.%N)
pids=()
for i in $(seq "$clients"); do
  curl -s -o /dev/null -w "%{http_code}\n" -H "Authorization: Bearer $token" -F "file=@$work/big.xlsx" -F "department=某县人民检察院" \
    "http://127.0.0.1:$port/api/v1/imports" > "$work/answer-$i" &
  pids+=($!)
done
wait "${pids[@]}" || true
end=$(date +%s.%N)
echo "answers: $(cat "$work"/answer-* | sort | uniq -c | tr '\n' ' ')"
printf 'burst took %.1f s\n' "$(echo "$end - $start" | bc)"
echo "server RSS peak (VmHWM): $(rss VmHWM) MiB"
sleep 10
echo "server RSS 10 s after: $(rss VmRSS) MiB"
