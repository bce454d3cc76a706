#!/usr/bin/env bash
# Exports the seed (and a generated department) as DOCX, XLSX, PDF and HTML, and turns the DOCX (through
# LibreOffice) and the PDF into PNG pages to look at: the check issue 6 asks for by eye, not run by tests.
# Usage: scripts/render-documents.sh [OUT_DIR]   (default artifacts/render; installs LibreOffice and poppler when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-artifacts/render}
need=()
command -v pdftoppm >/dev/null || need+=(poppler-utils)
command -v libreoffice >/dev/null || need+=(libreoffice-writer)
[ -e /usr/share/fonts/truetype/arphic/uming.ttc ] || need+=(fonts-arphic-uming)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/Jixiao.Cli -nologo -v quiet >/dev/null
jixiao() { dotnet src/Jixiao.Cli/bin/Debug/net10.0/jixiao.dll "$@"; }
rm -rf "$out" && mkdir -p "$out/lo"
seed=samples/procuratorate-2020-budget-performance.txt
for format in docx xlsx pdf html; do
  jixiao export "$seed" -d 某县人民检察院 --to "$format" -o "$out/seed.$format" 2>/dev/null
done
evaluation=samples/procuratorate-2020-self-evaluation.xlsx   # demo actuals and scores for the seed
jixiao export "$seed" -d 某县人民检察院 --to pdf --actuals "$evaluation" -o "$out/seed-self-evaluation.pdf" 2>/dev/null
jixiao export samples/county-health-2022.txt -d 某县卫生健康局 --to docx -o "$out/health.docx" 2>/dev/null
jixiao export samples/county-health-2022.txt -d 某县卫生健康局 --to pdf -o "$out/health.pdf" 2>/dev/null
for docx in "$out"/*.docx; do
  libreoffice --headless --convert-to pdf --outdir "$out/lo" "$docx" >/dev/null 2>&1
done
for pdf in "$out"/*.pdf "$out"/lo/*.pdf; do
  name=$(basename "$pdf" .pdf)
  [ "$(dirname "$pdf")" = "$out/lo" ] && name="$name-docx"
  pdftoppm -png -r 60 "$pdf" "$out/$name"
done
pdftotext "$out/seed.pdf" - | sed -n '1,5p'
ls "$out"/*.png
