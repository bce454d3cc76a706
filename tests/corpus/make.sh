#!/usr/bin/env bash
# Makes the corpus's files from the hand-written sources (sources/*.html): the pages themselves, Word files made by
# LibreOffice from them, PDF and legacy .doc/.xls made by LibreOffice from those, and text copies in every splitting
# style. The results are committed (files/); run this again after changing a source. Needs LibreOffice and python3.
set -euo pipefail
cd "$(dirname "$0")"
profile=$(mktemp -d)
trap 'rm -rf "$profile" "$work"' EXIT
work=$(mktemp -d)
lo() { soffice --headless --norestore --nologo "-env:UserInstallation=file://$profile" "$@" >/dev/null 2>&1; }
rm -rf files && mkdir -p files

# The pages as saved from a site (f declares gb2312, as many county sites do: its bytes are GB18030).
for page in sources/*.html; do
  name=$(basename "$page" .html)
  if grep -q 'charset="gb2312"' "$page"; then iconv -f utf-8 -t gb18030 "$page" > "files/$name.html"; else cp "$page" "files/$name.html"; fi
done

# Word documents (made by LibreOffice Writer from the source), then PDF and Word 97 made from the .docx.
for name in a-roads-declaration b-water-disclosure d-health-self-evaluation e-sichuan-self-evaluation f-department-goals; do
  cp "files/$name.html" "$work/$name.html"
  lo --infilter="HTML (StarWriter)" --convert-to "docx:MS Word 2007 XML" --outdir "$work" "$work/$name.html"
  cp "$work/$name.docx" files/
  lo --convert-to pdf --outdir files "files/$name.docx"
done
for name in a-roads-declaration b-water-disclosure e-sichuan-self-evaluation; do
  lo --convert-to "doc:MS Word 97" --outdir files "files/$name.docx"
done
# Kingsoft WPS saves .wps/.et in the Word 97 and Excel 97 formats: the same bytes under its names.
cp files/b-water-disclosure.doc files/b-water-disclosure.wps

# Workbooks (made by LibreOffice Calc from the source: typed 96% and 2.3 become numbers with their formats).
for name in c-flat-projects d-health-self-evaluation g-stacked-forms; do
  cp "sources/$name.html" "$work/$name.html"
  lo --infilter="HTML (StarCalc)" --convert-to "xlsx:Calc MS Excel 2007 XML" --outdir files "$work/$name.html"
done
for name in c-flat-projects g-stacked-forms; do
  lo --convert-to "xls:MS Excel 97" --outdir files "files/$name.xlsx"
done
cp files/g-stacked-forms.xls files/g-stacked-forms.et

# Text copies: LibreOffice's text export (one cell per line), a browser's copy (tabs), a tool's pipes, fixed-width spaces.
for name in b-water-disclosure e-sichuan-self-evaluation; do
  lo --convert-to "txt:Text (encoded):UTF8" --outdir "$work" "files/$name.docx"
  sed '1s/^\xEF\xBB\xBF//' "$work/$name.txt" > "files/$name.one-per-line.txt"
done
python3 copies.py tabs sources/a-roads-declaration.html > files/a-roads-declaration.tabs.txt
python3 copies.py tabs sources/d-health-self-evaluation.html > files/d-health-self-evaluation.tabs.txt
python3 copies.py pipes sources/c-flat-projects.html > files/c-flat-projects.pipes.txt
python3 copies.py spaces sources/f-department-goals.html > files/f-department-goals.spaces.txt
python3 copies.py spaces sources/g-stacked-forms.html > files/g-stacked-forms.spaces.txt

# Cut-off forms: a page saved while loading (cut inside the 满意度 row), and a copy cut inside its last row.
head -c "$(grep -b -o '沿线群众满意度' sources/a-roads-declaration.html | head -1 | cut -d: -f1)" sources/a-roads-declaration.html > files/h-roads-cut.html
sed '/沿线群众满意度/,$d' files/a-roads-declaration.tabs.txt > files/h-roads-cut.tabs.txt
printf '满意度指标\t服务对象满意度指标\t沿线群众满' >> files/h-roads-cut.tabs.txt
ls files | wc -l
