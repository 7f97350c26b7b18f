#!/usr/bin/python3
"""make-workbooks.py - the Wujin township table (census/wujin-townships.tsv)
as the workbooks a county bureau would hand out: census/wujin-townships.xlsx
(openpyxl) and census/wujin-townships.xls (xlwt, Excel 97-2003), one sheet
乡镇 each, with the same title, header, rows, blank row, note and source
line as the TSV.  Numbers are number cells: counts with the format #,##0
(shown 8,303, stored 8303), the areas with 0.0; names and marks (…) are
text; the title is merged over the table's width, as yearbooks have it.
The figures are the TSV's, synthetic as its source line says.

Run it in sample-data/ with /usr/bin/python3 (python3-openpyxl, python3-xlwt from Debian); the
output is the same bytes every time.
"""
import io
import re
import zipfile

import openpyxl
import xlwt

SRC = "census/wujin-townships.tsv"
SHEET = "乡镇"
NUMBER = re.compile(r"^-?[0-9][0-9,]*(\.[0-9]+)?$")
STAMP = (1988, 6, 30, 0, 0, 0)


def cells(line):
    """A TSV line's cells as (value, number format or None)."""
    out = []
    for text in line.split("\t"):
        if NUMBER.match(text):
            if "," in text:
                out.append((int(text.replace(",", "")), "#,##0"))
            elif "." in text:
                out.append((float(text), "0.0"))
            else:
                out.append((int(text), None))
        else:
            out.append((text, None))
    return out


def read_rows():
    with open(SRC, encoding="utf-8") as f:
        return [cells(line.rstrip("\n")) if line.strip() else []
                for line in f]


def fixed_zip(data):
    """The ZIP again with fixed times, so the bytes do not change."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            z = zipfile.ZipInfo(info.filename, STAMP)
            z.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(z, src.read(info.filename))
    return out.getvalue()


def write_xlsx(rows, width, path):
    import datetime
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SHEET
    for r, row in enumerate(rows, 1):
        for c, (value, fmt) in enumerate(row, 1):
            if value == "":
                continue
            cell = ws.cell(row=r, column=c, value=value)
            if fmt:
                cell.number_format = fmt
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    stamp = datetime.datetime(*STAMP)
    wb.properties.created = wb.properties.modified = stamp
    buf = io.BytesIO()
    wb.save(buf)
    with open(path, "wb") as f:
        f.write(fixed_zip(buf.getvalue()))


def write_xls(rows, width, path):
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(SHEET)
    styles = {None: xlwt.XFStyle()}
    for fmt in ("#,##0", "0.0"):
        styles[fmt] = xlwt.XFStyle()
        styles[fmt].num_format_str = fmt
    for r, row in enumerate(rows):
        for c, (value, fmt) in enumerate(row):
            if value == "":
                continue
            if r == 0 and c == 0:
                ws.write_merge(0, 0, 0, width - 1, value)
            else:
                ws.write(r, c, value, styles[fmt])
    wb.save(path)


def main():
    rows = read_rows()
    width = max(len(r) for r in rows)
    write_xlsx(rows, width, "census/wujin-townships.xlsx")
    write_xls(rows, width, "census/wujin-townships.xls")


if __name__ == "__main__":
    main()
