#!/usr/bin/python3
"""make-workbooks.py - the sample tables as the workbooks a bureau hands out.

The Wujin township table (census/wujin-townships.tsv)
as the workbooks a county bureau would hand out: census/wujin-townships.xlsx
(openpyxl) and census/wujin-townships.xls (xlwt, Excel 97-2003), one sheet
乡镇 each, with the same title, header, rows, blank row, note and source
line as the TSV.  Numbers are number cells: counts with the format #,##0
(shown 8,303, stored 8303), the areas with 0.0; names and marks (…) are
text; the title is merged over the table's width, as yearbooks have it.
The figures are the TSV's, synthetic as its source line says.

The county panel (yearbook/county-panel-1985-1987.csv) as
yearbook/county-panel-1985-1987.xlsx and .xls, sheet 农村基本情况, with the
header of two rows a printed yearbook has: a head merged over the columns
it groups (乡村劳动力 over 合计 and #农林牧渔业从业人员, 总产值(万元) over
工业 and 农林牧渔业, ...), the other labels merged down over both rows.
parse-census joins them back into the CSV's one-row labels, so all three
give the same output.  The figures are the CSV's, synthetic as its source
line says.

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


def write_xlsx(rows, width, path, sheet=SHEET, merges=((1, 1, 1, 0),)):
    """merges: (first row, first column, last row, last column) from 1;
    a last column of 0 is the table's width."""
    import datetime
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r, row in enumerate(rows, 1):
        for c, (value, fmt) in enumerate(row, 1):
            if value == "":
                continue
            cell = ws.cell(row=r, column=c, value=value)
            if fmt:
                cell.number_format = fmt
    for r0, c0, r1, c1 in merges:
        ws.merge_cells(start_row=r0, start_column=c0, end_row=r1,
                       end_column=c1 or width)
    stamp = datetime.datetime(*STAMP)
    wb.properties.created = wb.properties.modified = stamp
    buf = io.BytesIO()
    wb.save(buf)
    with open(path, "wb") as f:
        f.write(fixed_zip(buf.getvalue()))


def write_xls(rows, width, path, sheet=SHEET, merges=((1, 1, 1, 0),)):
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sheet)
    styles = {None: xlwt.XFStyle()}
    for fmt in ("#,##0", "0.0"):
        styles[fmt] = xlwt.XFStyle()
        styles[fmt].num_format_str = fmt
    anchors = {(r0 - 1, c0 - 1): (r1 - 1, (c1 or width) - 1)
               for r0, c0, r1, c1 in merges}
    for r, row in enumerate(rows):
        for c, (value, fmt) in enumerate(row):
            if value == "":
                continue
            if (r, c) in anchors:
                r1, c1 = anchors[(r, c)]
                if fmt:
                    ws.write_merge(r, r1, c, c1, value, styles[fmt])
                else:
                    ws.write_merge(r, r1, c, c1, value)
            else:
                ws.write(r, c, value, styles[fmt])
    wb.save(path)


PANEL = "yearbook/county-panel-1985-1987"
PANEL_SHEET = "农村基本情况"
# The heads over two or more columns: (first column from 0, head, the
# labels under it).  The CSV's one-row labels are what parse-census
# makes of them: 合计 under a head is the head, a # sub-label joins with
# the head's noun (工业 under 总产值(万元) is 工业总产值, in 万元).
GROUPS = (
    (4, "乡镇数(个)", ("合计", "#建制镇")),
    (9, "人口", ("年末总人口", "非农业人口", "乡村人口", "镇人口")),
    (13, "乡村劳动力", ("合计", "#农林牧渔业从业人员")),
    (19, "乡镇企业个数(个)", ("合计", "#乡办企业", "#村办企业", "#户办企业")),
    (23, "总产值(万元)", ("工业", "农林牧渔业")),
)


def panel_rows():
    """The panel's lines as cells, the header line made two rows, and
    the merges: the title across, each head across its columns, every
    other label down over both rows."""
    import csv
    with open(PANEL + ".csv", encoding="utf-8", newline="") as f:
        lines = list(csv.reader(f))
    at = next(i for i, l in enumerate(lines) if l and l[0] == "行政区划代码")
    label = lines[at]
    top, bottom = list(label), [""] * len(label)
    merges = [(1, 1, 1, 0), (2, 1, 2, 0)]
    grouped = set()
    for first, head, subs in GROUPS:
        for k, sub in enumerate(subs):
            top[first + k] = head if k == 0 else ""
            bottom[first + k] = sub
            grouped.add(first + k)
        merges.append((at + 1, first + 1, at + 1, first + len(subs)))
    for c in range(len(label)):
        if c not in grouped:
            merges.append((at + 1, c + 1, at + 2, c + 1))
    rows = []
    for i, l in enumerate(lines):
        if i == at:
            rows.append([(t, None) for t in top])
            rows.append([(b, None) for b in bottom])
        elif i > at and len(l) > 1:
            rows.append(cells("\t".join(l)))
        else:
            rows.append([(t, None) for t in l])
    return rows, merges


def main():
    rows = read_rows()
    width = max(len(r) for r in rows)
    write_xlsx(rows, width, "census/wujin-townships.xlsx")
    write_xls(rows, width, "census/wujin-townships.xls")
    rows, merges = panel_rows()
    width = max(len(r) for r in rows)
    write_xlsx(rows, width, PANEL + ".xlsx", PANEL_SHEET, merges)
    write_xls(rows, width, PANEL + ".xls", PANEL_SHEET, merges)


if __name__ == "__main__":
    main()
