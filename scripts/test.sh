#!/usr/bin/env bash
# Runs every Jixiao test on this machine, installing what the tests need first.
# Prints a final line "N passed, N failed, N skipped" and exits non-zero when any test fails.
set -euo pipefail
cd "$(dirname "$0")/.."

# The web tests need PostgreSQL 15 (a throwaway cluster the tests start), Chromium and CJK fonts for the browser tests.
need_apt=()
[ -x /usr/lib/postgresql/15/bin/initdb ] || need_apt+=(postgresql)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -d /usr/share/fonts/opentype/noto ] && ls /usr/share/fonts/opentype/noto | grep -q CJK || need_apt+=(fonts-noto-cjk)
command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (https://dot.net)." >&2; exit 2; }
# Office documents: PDF tests read their text back with pdftotext and embed AR PL UMing (a TrueType CJK font).
command -v pdftotext >/dev/null || need_apt+=(poppler-utils)
[ -e /usr/share/fonts/truetype/arphic/uming.ttc ] || need_apt+=(fonts-arphic-uming)
# Legacy .doc/.xls/.wps/.et are read through LibreOffice (headless), and the document corpus is made with it.
command -v soffice >/dev/null || need_apt+=(libreoffice-writer-nogui libreoffice-calc-nogui)
if [ ${#need_apt[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}"
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build Jixiao.slnx -c Release -nologo -v quiet
log=$(mktemp)
set +e
dotnet test --solution Jixiao.slnx -c Release --no-build 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
sum() { grep -E "^\s+$1: [0-9]+" "$log" | awk '{s += $2} END {print s + 0}'; }
passed=$(sum succeeded); failed=$(sum failed); skipped=$(sum skipped)
[ -d artifacts/screenshots ] && echo "Browser screenshots: artifacts/screenshots/"
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
