#!/bin/sh
# workbook: parse-census on Excel workbooks (issue 18).  The Wujin
# township table as TSV, CSV in UTF-8, CSV in GBK, .xls and .xlsx gives
# the same bytes; every kind of cell (workbook-data.py writes them,
# their text worked out by hand below); --sheet by name and number,
# --all-sheets and its sheet column; a chart sheet, a missing sheet, a
# truncated and an encrypted workbook; stdin and gzip.
. "$(dirname "$0")/tap.sh"
S=../../sample-data/census
SA=$top/sample-data/census
W=$OUT/wb
PY=/usr/bin/python3
[ -x $PY ] || PY=python3
plan 26
rm -rf "$W" "$OUT"/wb-?.csv && mkdir -p "$W"
$PY "$T/workbook-data.py" "$W"

# The same table five ways: what a spreadsheet's "save as CSV" gives
# (fields with a comma quoted), that in GBK, and the two workbooks.
awk -F'\t' '{ for (i = 1; i <= NF; i++) { f = $i; if (f ~ /,/) f = "\"" f "\"";
    printf "%s%s", f, i < NF ? "," : "\n" } }' $SA/wujin-townships.tsv >"$W/wujin.csv"
iconv -f UTF-8 -t GBK "$W/wujin.csv" >"$W/wujin-gbk.csv"
parse-census $SA/wujin-townships.tsv >"$W/wujin.out" 2>/dev/null
for f in "$W/wujin.csv" "$W/wujin-gbk.csv" $S/wujin-townships.xlsx $S/wujin-townships.xls; do
	check "workbook-same-$(basename $f)" "parse-census $f 2>/dev/null | cmp - $W/wujin.out"
done
check workbook-same-stdin "cat $S/wujin-townships.xlsx | parse-census 2>/dev/null | cmp - $W/wujin.out"
check workbook-same-gzip "gzip -c $S/wujin-townships.xls | parse-census 2>/dev/null | cmp - $W/wujin.out"
golden workbook-townships "parse-census $S/wujin-townships.xlsx"

# Cells: 8504 shown 8,504; 1.2E+5 is 120000; serial 31958 is
# 1987-06-30 in the built-in (14) and the custom (yyyy年m月d日) date
# formats, .354166666668 of a day 08:30:00, 0.5 in h:mm 12:00:00; a
# boolean; #N/A empty and said; the formula's cached 17008; the rich
# shared string without its phonetic run; 66.400000000000006 is the
# double 66.4; 0012 is 12; #,##0"人 d" is no date (its d is quoted).
expect workbook-cells-xlsx "parse-census $W/cells.xlsx" 0 \
    "parse-census: $W/cells.xlsx[单元格]: 1 error cell (#N/A, #DIV/0!, ...) read as empty, the first at I2" \
    'label,shown:int,sci:num,day,stamp,cn_day,clock,flag:bool,err:num,formula:int,people:int
乡镇,8504,120000,1987-06-30,1987-06-30T08:30:00,1987-06-30,12:00:00,true,,17008,1234
湖塘,1000,-0.005,66.4,,,,false,,,12
牛塘,7,,,,,,,,,'
expect workbook-cells-xls "parse-census $W/cells.xls" 0 '' \
    'label,shown:int,sci:num,day,stamp,clock,formula:int
乡镇,8504,120000,1987-06-30,1987-06-30T08:30:00,12:00:00,17008
湖塘,1000,-0.005,66.4,,,
牛塘,7,,,,,'
# Row 5 is the sheet's fifth row, the gap row 4 kept as a blank row.
expect workbook-row-number "parse-census --header label,n:bool --skip 4 $W/cells.xlsx" 65 \
    "parse-census: $W/cells.xlsx[单元格]:5: column 'n:bool': \"7\" is not true or false" \
    'label,n:bool'

# Sheets.
P="--no-divisions"
expect workbook-sheet-name "parse-census $P --sheet 乙 $W/multi.xlsx" 0 '' \
    'name,pop_total:num
乾安县,256000'
expect workbook-sheet-number "parse-census $P --sheet 3 $W/multi.xlsx" 0 '' \
    'name,pop_total:num
乾安县,256000'
expect workbook-sheet-default "parse-census $P $W/multi.xlsx" 0 '' \
    'name,pop_total:num
武进县,1324000'
expect workbook-all-sheets "parse-census $P --all-sheets $W/multi.xlsx" 0 '' \
    'sheet,name,pop_total:num
甲,武进县,1324000
乙,乾安县,256000'
expect workbook-all-sheets-long "parse-census $P --all-sheets --long $W/multi.xlsx" 0 '' \
    'sheet,name,indicator,value:num
甲,武进县,pop_total,1324000
乙,乾安县,pop_total,256000'
expect workbook-all-sheets-differ "parse-census $P --all-sheets -o $OUT/wb-o.csv $W/mixed.xlsx; echo \$?; test ! -e $OUT/wb-o.csv" 0 \
    "parse-census: $W/mixed.xlsx[乙]:1: header: the columns differ from the first file's" 65
expect workbook-chart-sheet "parse-census --sheet 图 $W/multi.xlsx" 65 \
    "parse-census: $W/multi.xlsx: --sheet 图: a chart sheet, not a worksheet (it holds no table); its sheets: \"甲\", \"图\" (a chart sheet), \"乙\""
expect workbook-no-sheet "parse-census --sheet 丙 $W/multi.xlsx" 65 \
    "parse-census: $W/multi.xlsx: --sheet 丙: no such sheet; its sheets: \"甲\", \"图\" (a chart sheet), \"乙\""
expect workbook-no-sheet-number "parse-census --sheet 4 $W/multi.xlsx" 65 \
    "parse-census: $W/multi.xlsx: --sheet 4: no such sheet; its sheets: \"甲\", \"图\" (a chart sheet), \"乙\""
expect workbook-sheet-all "parse-census --sheet 1 --all-sheets $W/multi.xlsx" 64 \
    'parse-census: --sheet with --all-sheets: --all-sheets reads every worksheet; leave out one of them'
# A CSV input has one table, whatever --sheet says.
expect workbook-csv-sheet "printf 'name,x:int\na,1\n' | parse-census $P --sheet 2" 0 '' \
    'name,x:int
a,1'

# Bad workbooks: a clear message, 65, nothing written to -o.
head -c 3000 $SA/wujin-townships.xlsx >"$W/trunc.xlsx"
head -c 3000 $SA/wujin-townships.xls >"$W/trunc.xls"
expect workbook-truncated-xlsx "parse-census -o $OUT/wb-t.csv $W/trunc.xlsx; echo \$?; test ! -e $OUT/wb-t.csv" 0 \
    "parse-census: $W/trunc.xlsx: not a readable .xlsx workbook: its ZIP directory is missing (the file is truncated or corrupt)" 65
expect workbook-truncated-xls "parse-census -o $OUT/wb-t.csv $W/trunc.xls; echo \$?; test ! -e $OUT/wb-t.csv" 0 \
    "parse-census: $W/trunc.xls: cannot read the .xls workbook: truncated or corrupt (FreeXL error -8); save it again from the spreadsheet" 65
# An encrypted .xlsx is an OLE2 file holding an EncryptedPackage
# stream, not a Workbook stream: the .xls with its stream renamed.
$PY -c "import sys; d = open(sys.argv[1], 'rb').read(); w = 'Workbook'.encode('utf-16-le');
assert w in d; open(sys.argv[2], 'wb').write(d.replace(w, 'Encrypte'.encode('utf-16-le')))" \
    $SA/wujin-townships.xls "$W/encrypted.xlsx"
expect workbook-encrypted "parse-census -o $OUT/wb-t.csv $W/encrypted.xlsx; echo \$?; test ! -e $OUT/wb-t.csv" 0 \
    "parse-census: $W/encrypted.xlsx: cannot read the .xls workbook: no Workbook stream: encrypted, or not an Excel 97-2003 workbook (FreeXL error -17); save it again from the spreadsheet" 65
# A sheet's XML cut short inside the ZIP: a row or two may have been
# written, and -o is not left behind.
$PY -c "import sys, zipfile; s = zipfile.ZipFile(sys.argv[1]); d = zipfile.ZipFile(sys.argv[2], 'w')
for n in s.namelist():
    b = s.read(n); d.writestr(n, b[:len(b) // 2] if 'worksheets/' in n else b)" \
    $SA/wujin-townships.xlsx "$W/cut.xlsx"
check workbook-cut-xml "parse-census -o $OUT/wb-t.csv $W/cut.xlsx 2>$OUT/wb-cut.err; test \$? -eq 65 &&
    test ! -e $OUT/wb-t.csv && grep -q 'cut.xlsx: xl/worksheets/sheet1.xml: XML line' $OUT/wb-cut.err"
expect workbook-not-zip-book "printf 'PK\\003\\004 not a zip' | parse-census" 65 \
    "parse-census: <stdin>: not a readable .xlsx workbook: its ZIP directory is missing (the file is truncated or corrupt)"
