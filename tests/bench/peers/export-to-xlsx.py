"""export-to-xlsx.py EXPORT.csv ROWS OUT.xlsx - the first ROWS data rows of
a yearbook export (tests/gen/panel-to-export.awk) as the .xlsx a bureau
would publish, for make bench (T6, issue 18): one sheet, the title and
unit lines, the header, the rows, the notes; numbers as number cells
(8,504 stored 8504 with the format #,##0), codes and names as text.
Written with openpyxl's write_only mode (streamed, not held).
"""
import csv
import re
import sys

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

NUMBER = re.compile(r"^-?[0-9][0-9,]*(\.[0-9]+)?$")

src, rows, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
wb = Workbook(write_only=True)
ws = wb.create_sheet("乡镇")
with open(src, encoding="utf-8", newline="") as f:
    reader = csv.reader(f)
    lines = [next(reader), next(reader), next(reader)]
    for line in lines:
        ws.append(line)
    n = 0
    for rec in reader:
        if not rec or not rec[0][:1].isdigit():
            if n >= rows or not rec:
                break
            continue
        if n == rows:
            break
        n += 1
        cells = []
        for i, text in enumerate(rec):
            if i >= 2 and NUMBER.match(text):
                if "," in text:
                    c = WriteOnlyCell(ws, int(text.replace(",", "")))
                    c.number_format = "#,##0"
                elif "." in text:
                    c = WriteOnlyCell(ws, float(text))
                else:
                    c = WriteOnlyCell(ws, int(text))
                cells.append(c)
            else:
                cells.append(text)
        ws.append(cells)
ws.append([])
ws.append(["注：①含兼业人员。"])
ws.append(["数据来源：示例数据（litu 合成，make bench），非官方统计。"])
wb.save(out)
