#!/usr/bin/env bash
# Starts the Jixiao web app on http://localhost:5000 with the SQLite database under src/Jixiao.Web/data.
# The first start of an empty database adds the demo data (演示数据); pass --Demo:Seed=false to start empty.
# PostgreSQL: ./scripts/run.sh --Database:Provider=Postgres --ConnectionStrings:Jixiao="Host=...;Database=jixiao;Username=..."
set -euo pipefail
cd "$(dirname "$0")/.."
command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (https://dot.net)." >&2; exit 2; }
# PDF downloads embed a Chinese TrueType font (Debian fonts-arphic-uming); install it when it is missing and we may.
if [ ! -e /usr/share/fonts/truetype/arphic/uming.ttc ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-arphic-uming
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
exec dotnet run --project src/Jixiao.Web -c Release -- --urls "${JIXIAO_URLS:-http://localhost:5000}" "$@"
