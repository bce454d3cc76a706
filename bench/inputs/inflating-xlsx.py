# Writes big.xlsx (or argv[2]): 3 sheets of 20,000 rows x 10 cells, ~1.2 MB zipped that inflate to ~188 MB, each
# part under 64 MB and the ratio ~160 -- within every documented reader limit (issue 13: 16 such uploads at once).
# python3 inflating-xlsx.py REPEAT [OUT]  (REPEAT 25 gives the figures above)
import zipfile, os, sys
words=["绩效目标","项目资金","满意度","完成率","按时完成","培训人次"]
rep=int(sys.argv[1])
def sheet():
    rows=[]
    for r in range(1,20001):
        w=words[r%6]
        cells=''.join(f'<c t="inlineStr"><is><t>{w*rep}{r if c==0 else ""}</t></is></c>' for c in range(10))
        rows.append(f'<row>{cells}</row>')
    return ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'+''.join(rows)+'</sheetData></worksheet>').encode()
s=sheet()
ct='<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'+''.join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in (1,2,3))+'</Types>'
rels='<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
wb='<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'+''.join(f'<sheet name="表{i}" sheetId="{i}" r:id="rId{i}"/>' for i in (1,2,3))+'</sheets></workbook>'
wbrels='<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'+''.join(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>' for i in (1,2,3))+'</Relationships>'
out = sys.argv[2] if len(sys.argv) > 2 else 'big.xlsx'
with zipfile.ZipFile(out,'w',zipfile.ZIP_DEFLATED,compresslevel=9) as z:
    z.writestr('[Content_Types].xml',ct); z.writestr('_rels/.rels',rels); z.writestr('xl/workbook.xml',wb); z.writestr('xl/_rels/workbook.xml.rels',wbrels)
    for i in (1,2,3): z.writestr(f'xl/worksheets/sheet{i}.xml',s)
print(len(s)/1e6,"MB per sheet", os.path.getsize(out)/1e6,"MB zip", 3*len(s)/os.path.getsize(out))
