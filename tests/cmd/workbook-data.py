#!/usr/bin/python3
"""workbook-data.py DIR - the workbooks tests/cmd/workbook.t reads, written
into DIR at test time (python3-openpyxl and python3-xlwt from Debian).

cells.xlsx is written by hand (zipfile, the XML below) so that every kind
of cell is there as Excel writes it: shared strings (one rich, with a
phonetic run that is no part of the text), an inline string, 8504 shown
as 8,504 (#,##0), 120000 stored as 1.2E+5, dates in built-in and custom
formats, a time, a boolean, an error (#N/A), a formula with its cached
value, 66.400000000000006 (the double 66.4), cells and a row without
references, a gap row and an empty row at
the end.  cells.xls holds what xlwt can write of the same.  multi.xlsx
(openpyxl) has two worksheets of one table around a chart sheet;
mixed.xlsx two worksheets whose headers differ.
"""
import datetime
import sys
import zipfile

import openpyxl
import xlwt

CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
BOOK = """<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<workbookPr/><sheets><sheet name="单元格" sheetId="1" r:id="rId1"/></sheets></workbook>"""
BOOK_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>"""
# Styles: 0 General, 1 #,##0, 2 date (14), 3 date and time (22),
# 4 yyyy年m月d日, 5 0.00E+00, 6 h:mm (20), 7 #,##0 "人" (not a date:
# its d is quoted).
STYLES = """<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>
<numFmt numFmtId="165" formatCode="0.00E+00"/><numFmt numFmtId="166" formatCode="#,##0&quot;人 d&quot;"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="8"><xf numFmtId="0"/><xf numFmtId="3"/><xf numFmtId="14"/><xf numFmtId="22"/>
<xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="20"/><xf numFmtId="166"/></cellXfs>
</styleSheet>"""
SST = """<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">
<si><t>label</t></si>
<si><r><t>乡</t></r><r><rPr><b/></rPr><t xml:space="preserve">镇 </t></r><rPh sb="0" eb="1"><t>xiang</t></rPh></si>
<si><t>shown:int</t></si>
</sst>"""
SHEET = """<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<dimension ref="A1:K5"/><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>2</v></c><c r="C1" t="inlineStr"><is><t>sci:num</t></is></c>
<c r="D1" t="str"><v>day</v></c><c r="E1" t="inlineStr"><is><t>stamp</t></is></c><c r="F1" t="inlineStr"><is><t>cn_day</t></is></c>
<c r="G1" t="inlineStr"><is><t>clock</t></is></c><c r="H1" t="inlineStr"><is><t>flag:bool</t></is></c>
<c r="I1" t="inlineStr"><is><t>err:num</t></is></c><c r="J1" t="inlineStr"><is><t>formula:int</t></is></c>
<c r="K1" t="inlineStr"><is><t>people:int</t></is></c></row>
<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" s="1"><v>8504</v></c><c r="C2" s="5"><v>1.2E+5</v></c>
<c r="D2" s="2"><v>31958</v></c><c r="E2" s="3"><v>31958.354166666668</v></c><c r="F2" s="4"><v>31958</v></c>
<c r="G2" s="6"><v>0.5</v></c><c r="H2" t="b"><v>1</v></c><c r="I2" t="e"><f>NA()</f><v>#N/A</v></c>
<c r="J2"><f>B2*2</f><v>17008</v></c><c r="K2" s="7"><v>1234</v></c></row>
<row><c t="inlineStr"><is><t>湖塘</t></is></c><c><v>1E+3</v></c><c><v>-5E-3</v></c><c><v>66.400000000000006</v></c>
<c r="H3" t="b"><v>0</v></c><c r="K3"><v>0012</v></c></row>
<row r="5"><c r="A5" t="inlineStr"><is><t>牛塘</t></is></c><c r="B5"><v>7</v></c></row>
<row r="6" ht="20" customHeight="1"><c r="A6" s="1"/></row>
</sheetData></worksheet>"""


def cells_xlsx(path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        z.writestr("xl/workbook.xml", BOOK)
        z.writestr("xl/_rels/workbook.xml.rels", BOOK_RELS)
        z.writestr("xl/styles.xml", STYLES)
        z.writestr("xl/sharedStrings.xml", SST)
        z.writestr("xl/worksheets/sheet1.xml", SHEET)


def cells_xls(path):
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("单元格")
    fmt = {}
    for f in ("#,##0", "0.00E+00", "YYYY-MM-DD", "YYYY-MM-DD HH:MM:SS",
              "h:mm"):
        fmt[f] = xlwt.XFStyle()
        fmt[f].num_format_str = f
    for c, h in enumerate(["label", "shown:int", "sci:num", "day", "stamp",
                           "clock", "formula:int"]):
        ws.write(0, c, h)
    ws.write(1, 0, "乡镇 ")
    ws.write(1, 1, 8504, fmt["#,##0"])
    ws.write(1, 2, 120000.0, fmt["0.00E+00"])
    ws.write(1, 3, datetime.date(1987, 6, 30), fmt["YYYY-MM-DD"])
    ws.write(1, 4, datetime.datetime(1987, 6, 30, 8, 30),
             fmt["YYYY-MM-DD HH:MM:SS"])
    ws.write(1, 5, datetime.time(12, 0), fmt["h:mm"])
    ws.write(1, 6, 17008)
    ws.write(2, 0, "湖塘")
    ws.write(2, 1, 1000.0)
    ws.write(2, 2, -0.005)
    ws.write(2, 3, 66.4)
    ws.write(4, 0, "牛塘")
    ws.write(4, 1, 7)
    wb.save(path)


def table(ws, rows):
    for row in rows:
        ws.append(row)


def multi_xlsx(path, second_header):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "甲"
    table(ws, [["地区", "年末总人口"], ["武进县", 1324000]])
    if second_header is None:
        cs = wb.create_chartsheet("图")
        chart = openpyxl.chart.BarChart()
        chart.add_data(openpyxl.chart.Reference(ws, min_col=2, min_row=1,
                                                max_row=2), titles_from_data=True)
        cs.add_chart(chart)
    ws2 = wb.create_sheet("乙")
    table(ws2, [[second_header or "地区", "年末总人口"], ["乾安县", 256000]])
    wb.save(path)


def main():
    d = sys.argv[1]
    cells_xlsx(d + "/cells.xlsx")
    cells_xls(d + "/cells.xls")
    multi_xlsx(d + "/multi.xlsx", None)
    multi_xlsx(d + "/mixed.xlsx", "县名")


if __name__ == "__main__":
    main()
