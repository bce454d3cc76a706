#!/usr/bin/env bash
# Runs Jixiao on the sample disclosure: parses the seed and prints its canonical JSON.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (https://dot.net)." >&2; exit 2; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet run --project src/Jixiao.Cli -v quiet -- parse samples/procuratorate-2020-budget-performance.txt --department 某县人民检察院 "$@"
