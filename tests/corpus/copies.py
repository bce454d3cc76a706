#!/usr/bin/env python3
"""Text copies of the corpus's HTML sources, made the way people make them (issue 14): what a browser puts on the
clipboard for a table (cells between tabs, a cell spanning rows written once, in its first row), a tool's pipe table,
and a fixed-width text export (cells padded with spaces to columns; a spanned cell blank below its first row).
Usage: copies.py tabs|pipes|spaces SOURCE.html > COPY.txt"""
import html.parser, sys, unicodedata

class Page(html.parser.HTMLParser):
    SKIP = {"script", "style", "title", "head"}
    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "li", "tr", "table"}
    def __init__(self):
        super().__init__()
        self.items, self.line, self.skip, self.table, self.row, self.cell = [], "", 0, None, None, None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in self.SKIP: self.skip += 1
        elif tag == "table": self.flush(); self.table = []
        elif tag == "tr" and self.table is not None: self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = {"text": "", "rows": int(a.get("rowspan", 1)), "cols": int(a.get("colspan", 1))}
        elif tag == "br":
            if self.cell is not None: self.cell["text"] += "\n"
            else: self.flush()
        elif tag in self.BLOCK and self.table is None: self.flush()
    def handle_endtag(self, tag):
        if tag in self.SKIP: self.skip -= 1
        elif tag in ("td", "th") and self.cell is not None: self.row.append(self.cell); self.cell = None
        elif tag == "tr" and self.row is not None: self.table.append(self.row); self.row = None
        elif tag == "table" and self.table is not None: self.items.append(("table", self.table)); self.table = None
        elif tag in self.BLOCK and self.table is None: self.flush()
    def handle_data(self, data):
        if self.skip: return
        text = " ".join(data.split()) if data.strip() else ""
        if self.cell is not None: self.cell["text"] += text
        elif self.table is None: self.line += text
    def flush(self):
        if self.line.strip(): self.items.append(("line", self.line.strip()))
        self.line = ""

def grid(table):
    """Rows of (text, first) with spans spelled out: first is False where a span covers the cell."""
    cells, width = {}, 0
    for r, row in enumerate(table):
        c = 0
        for cell in row:
            while (r, c) in cells: c += 1
            for dr in range(cell["rows"]):
                for dc in range(cell["cols"]):
                    cells[(r + dr, c + dc)] = (cell["text"], dr == 0 and dc == 0, cell["cols"] == 1)
            c += cell["cols"]
            width = max(width, c)
    return [[cells.get((r, c), ("", True, True)) for c in range(width)] for r in range(len(table))]

def width(text): return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

def main(style, path):
    page = Page(); page.feed(open(path, encoding="utf-8").read()); page.flush()
    out = []
    for kind, item in page.items:
        if kind == "line": out.append(item); continue
        rows = grid(item)
        if style == "spaces":
            # Columns as wide as their widest single-column cell; a cell spanning columns runs on over them.
            widths = [max([width(line) for t, first, single in col if first and single for line in t.split("\n")] + [2]) + 4 for col in zip(*rows)]
            for row in rows:
                lines = max(len(t.split("\n")) if first else 1 for t, first, _ in row)
                for k in range(lines):
                    line = ""
                    for (t, first, _), w in zip(row, widths):
                        parts = t.split("\n") if first else [""]
                        piece = parts[k] if k < len(parts) else ""
                        line += piece + " " * max(2, w - width(piece))
                    out.append(line.rstrip())
            continue
        for row in rows:
            # A browser writes a cell once, in the row it starts in; a cell spanning columns once too.
            texts = [t for t, first, _ in row if first]
            if not any(texts): continue
            out.append(("\t" if style == "tabs" else " | ").join(texts) if style == "tabs" else "| " + " | ".join(texts) + " |")
    print("\n".join(out))

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
