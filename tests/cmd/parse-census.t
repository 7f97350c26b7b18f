#!/bin/sh
# parse-census: the sample exports into typed CSV (golden), their output
# fed back in byte-identical, every option, bad quoting, a ragged row,
# invalid GBK bytes, --rejects accounting, exit statuses.
. "$(dirname "$0")/tap.sh"
S=../../sample-data/census
D="--divisions ../../sample-data/divisions/areas.csv --divisions ../../sample-data/divisions/streets.csv"
plan 103
golden parse-census-gbk "parse-census $S/jiangsu-1987-labour.csv"
golden parse-census-wide "parse-census $S/stats-jiangsu-wide.csv"
golden parse-census-wide-long "parse-census --long --flags $S/stats-jiangsu-wide.csv"
golden parse-census-townships "parse-census --flags $D $S/wujin-townships.tsv.gz"
golden parse-census-townships-plain "parse-census --plain $S/wujin-townships.tsv"
for f in jiangsu-1987-labour.csv stats-jiangsu-wide.csv wujin-townships.tsv.gz; do
	check "parse-census-idempotent-$f" "parse-census --flags $D $S/$f 2>/dev/null >$OUT/idem1.csv &&
	    parse-census --flags $D $OUT/idem1.csv 2>/dev/null >$OUT/idem2.csv &&
	    cmp $OUT/idem1.csv $OUT/idem2.csv"
done
check parse-census-idempotent-plain "parse-census $S/jiangsu-1987-labour.csv 2>/dev/null >$OUT/p1.csv &&
    parse-census --plain $OUT/p1.csv | parse-census >$OUT/p2.csv && cmp $OUT/p1.csv $OUT/p2.csv"
golden parse-census-tab 'parse-census --flags --year 2020 data/parse-census-tab.tsv'
golden parse-census-encoding 'iconv -f UTF-8 -t GB18030 data/parse-census-tab.tsv | parse-census --encoding gb18030'
golden parse-census-quoting 'parse-census data/parse-census-quoting.csv'
golden parse-census-ragged 'parse-census data/parse-census-ragged.csv'
golden parse-census-rejects 'parse-census --rejects ../out/cmd/pc-rejects.csv data/parse-census-ragged.csv; echo "exit $?"; cat ../out/cmd/pc-rejects.csv'
expect parse-census-badgbk 'parse-census data/parse-census-badgbk.csv' 65 \
    'parse-census: data/parse-census-badgbk.csv:3: invalid GB18030 bytes at byte 20 (\xff\xfe\x2c\x32...); use --encoding if the file is in another encoding'
expect parse-census-badutf8 'parse-census --encoding utf-8 data/parse-census-badgbk.csv' 65 \
    'parse-census: data/parse-census-badgbk.csv:1: invalid UTF-8 (or a NUL byte) at byte 1 (\xb5\xd8\xc7\xf8...); use --encoding if the file is in another encoding'
golden parse-census-map 'parse-census --map data/parse-census-map.csv data/parse-census-mapped.csv'
expect parse-census-strict 'parse-census --strict-columns data/parse-census-mapped.csv' 65 \
    "parse-census: data/parse-census-mapped.csv:1: header: column '劳力' is not a canonical field (--strict-columns; see --map)"
golden parse-census-skip "printf 'a,b\nname,pop_total\nx,1\n' | parse-census --skip 1"
golden parse-census-header "printf 'x,1\n' | parse-census --header 地区,总人口 --no-progress -o ../out/cmd/pc-o.csv && cat ../out/cmd/pc-o.csv"
expect parse-census-empty 'printf "" | parse-census' 0 ''
expect parse-census-missing 'parse-census /nonexistent.csv' 66 \
    'parse-census: cannot open /nonexistent.csv: No such file or directory'
expect parse-census-usage 'parse-census --encoding latin1' 64 \
    'parse-census: option --encoding: "latin1" is not utf-8, gbk or gb18030
usage: parse-census [--all-sheets] [--flags] [--long] [--strict-columns] [--divisions file] [--no-divisions] [--parent code] [--nationwide] [--encoding enc] [--header-rows n] [--industry-scheme year] [--map file] [--sheet name|n] [--skip n] [--year year] [-o file] [--header spec] [--plain] [--rejects file] [file ...]'
golden parse-census-help 'parse-census --help'

# A big export, so that records cross the reading thread's batches
# (256 kB): 40,000 rows of tests/gen/panel-to-export.awk, 4.3 MB.
BIG=$OUT/pc-big.csv
gen-panel -n 40000 "$top/sample-data/divisions/streets.csv" |
    awk -f "$top/tests/gen/panel-to-export.awk" >"$BIG"
check parse-census-big-rows "parse-census $BIG 2>/dev/null | wc -l | grep -qx 40001"
check parse-census-big-idempotent "parse-census $BIG 2>/dev/null >$OUT/big1.csv &&
    parse-census $OUT/big1.csv >$OUT/big2.csv && cmp $OUT/big1.csv $OUT/big2.csv"
# Bad quoting on line 20,003 and a ragged row on 35,003 (rows 20,000 and
# 35,000): with --rejects both are set aside, every row accounted for,
# and the status is 0; without, the first stops it, its line named.
# (The reading thread once let the reader go on past an error before
# it was asked about: 20005 and garbage came out.)
awk 'NR == 20003 { $0 = "110101001,\"bad\"x,1999" } NR == 35003 { $0 = "1,2" } 1' \
    "$BIG" >$OUT/pc-big-bad.csv
check parse-census-big-rejects "parse-census --rejects $OUT/pc-big-rej.csv \
    $OUT/pc-big-bad.csv 2>/dev/null >$OUT/pc-big-ok.csv;
    test \$? -eq 0 && test \$(wc -l <$OUT/pc-big-ok.csv) -eq 39999 &&
    test \"\$(cut -d, -f1 $OUT/pc-big-rej.csv | paste -sd' ')\" = '_line 20003 35003'"
check parse-census-big-badquote "parse-census $OUT/pc-big-bad.csv 2>&1 >/dev/null |
    grep -q 'pc-big-bad.csv:20003: bad quoting' &&
    { parse-census $OUT/pc-big-bad.csv >/dev/null 2>&1; test \$? -eq 65; }"
# An invalid UTF-8 byte on line 30,003: exit 65, that line named.
awk 'NR == 30003 { $0 = $0 "\377" } 1' "$BIG" >$OUT/pc-big-utf8.csv
check parse-census-big-badutf8 "parse-census --encoding utf-8 $OUT/pc-big-utf8.csv \
    2>$OUT/pc-big-utf8.err >/dev/null; test \$? -eq 65 &&
    grep -q 'pc-big-utf8.csv:30003: invalid UTF-8' $OUT/pc-big-utf8.err"
# One name of 600 kB, more than a batch holds.
awk 'NR == 10003 { n = $2; while (length(n) < 600000) n = n n; $2 = n } 1' FS=, OFS=, \
    "$BIG" >$OUT/pc-big-field.csv
check parse-census-big-field "parse-census $OUT/pc-big-field.csv 2>/dev/null |
    awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if (\$i == \"name\") c = i }
        length(\$c) > 600000 { n++ } END { exit !(n == 1 && NR == 40001) }'"
# --progress: the final count of data rows and MB after the last CR;
# the note about the preamble on a line of its own; nothing without a
# terminal unless asked.
last_progress='tr "\\r" "\\n" | grep -v "^ *\$" | tail -1'
check parse-census-progress "parse-census --progress $BIG 2>&1 >/dev/null |
    $last_progress | grep -Eqx 'parse-census: 40000 rows, 3\\.[0-9] MB, [0-9.]+ MB/s'"
check parse-census-progress-note "parse-census --progress $BIG 2>&1 >/dev/null |
    tr '\\r' '\\n' | grep -q '^parse-census: .*pc-big.csv: header on line 3;'"
check parse-census-progress-default "parse-census $BIG 2>&1 >/dev/null | grep -c MB/s | grep -qx 0"
# Division codes (issue 13): 1980s names get the codes of their year
# and of today, in UTF-8 and GBK; a township table only codes under its
# county and the districts that took part of it; an edition's names
# through the window; a parent always stated.
golden parse-census-div-counties "parse-census --nationwide data/parse-census-counties-1987.csv"
golden parse-census-div-1985-gbk "parse-census data/parse-census-counties-1985-gbk.csv"
golden parse-census-div-edition "parse-census data/parse-census-edition-1988.csv"
golden parse-census-div-wujin-gbk "parse-census data/parse-census-wujin-1987-gbk.csv"
golden parse-census-div-cangnan "parse-census data/parse-census-cangnan-1987.csv"
golden parse-census-div-notitle "parse-census data/parse-census-notitle.csv"
golden parse-census-div-parent "parse-census --parent 320421 --year 1987 data/parse-census-notitle.csv"
golden parse-census-div-levels "parse-census data/parse-census-changzhou-1987.csv"
expect parse-census-div-off 'parse-census --no-divisions data/parse-census-notitle.csv' 0 '' 'name,pop_rural_hh:num
湖塘乡,40000
礼嘉乡,30000'
# A title's range of years (1985—1987年) is no row's year: without a
# year column the rows go without one, said, and the names are those
# of the range's end (武进县 of 1987 is 320421, its townships today
# under 320412); --year gives one.  No year at all, matched across the
# country: today's names, said (江阴县 and 无锡县 of 1987 are
# 江阴市 320281 and 无锡市锡山区 320205 today).
expect parse-census-year-range 'parse-census data/parse-census-range.csv' 0 \
    'parse-census: data/parse-census-range.csv: the title names the years 1985-1987 and no column gives a row'"'"'s year: rows written without a year, names matched with those of 1987 (give --year YEAR when the table is of one year)
parse-census: data/parse-census-range.csv: region names matched under 武进县 (320421 in 1987, today 320412), from the title
parse-census: data/parse-census-range.csv: 2 of 2 named rows got a division code, 0 not
parse-census: data/parse-census-range.csv: 2 townships found under another ending, as named today (乡 → 镇, 乡 → 街道, 镇 → 街道; the first, line 3: 湖塘乡, today 湖塘镇 320412100)
parse-census: data/parse-census-range.csv: header on line 2; 1 line before it and 0 note lines after the table dropped' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,pop_rural_hh:num
320412100,township,,,,湖塘乡,40000
320412114,township,,,,礼嘉乡,30000'
expect parse-census-no-year-today 'parse-census --nationwide data/parse-census-noyear.csv' 0 \
    'parse-census: data/parse-census-noyear.csv: no parent division (no title); region names matched across the country (--nationwide)
parse-census: data/parse-census-noyear.csv: no year column, and no one year stated (title, 时间 line): region names matched with today'"'"'s divisions (give --year YEAR to match the names of the table'"'"'s year)
parse-census: data/parse-census-noyear.csv:2: no division named "江阴县" in today'"'"'s list (the row has no year); code left empty
parse-census: data/parse-census-noyear.csv:3: no division named "无锡县" in today'"'"'s list (the row has no year); code left empty
parse-census: data/parse-census-noyear.csv: 0 of 2 named rows got a division code, 2 not' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,pop_rural_hh:num
,,,,,江阴县,100
,,,,,无锡县,200'
expect parse-census-no-year-given 'parse-census --nationwide --year 1987 data/parse-census-noyear.csv' 0 \
    'parse-census: data/parse-census-noyear.csv: no parent division (no title); region names matched across the country (--nationwide)
parse-census: data/parse-census-noyear.csv: 2 of 2 named rows got a division code, 0 not' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,pop_rural_hh:num
320281,county,320221,,,江阴县,1987,100
320205,county,320222,2000,,无锡县,1987,200'
# A census title with a range (1982—1990年) states no one census: each
# row's year decides 城镇人口's definition (the 1982 row census_1982, not
# the range end's census_1990, as it once was).
expect parse-census-census-range 'parse-census --no-divisions data/parse-census-census-range.csv' 0 \
    'parse-census: data/parse-census-census-range.csv:2: header: urban_def of column '"'"'城镇人口'"'"' guessed from each row'"'"'s year (the label and title do not say); a column urban_def in the input overrides it
parse-census: data/parse-census-census-range.csv: header on line 2; 1 line before it and 0 note lines after the table dropped' \
    'name,year:int,pop_urban:num,urban_def,pop_rural:num
全国,1982,210820000,census_1982,797360000
全国,1990,299710000,census_1990,833970000'
# Wide year tables: a column computed from the years (增长, %) is
# dropped and said; with regions as rows and no 指标 line the title's
# indicator after its set of regions (各县乡村劳动力（万人）: labour_rural,
# 65.2 万人 = 652,000), each row matched by its column's year (武进县 of
# 1986 is 320421, today 320412); a title naming none gives 'value',
# said; a table of indicators takes its last year (1987) for the
# title's division.
expect parse-census-wide-title 'parse-census --nationwide data/parse-census-wide-title.csv' 0 \
    'parse-census: data/parse-census-wide-title.csv:2: header: column '"'"'1987年比1986年增长(%)'"'"' dropped: it is computed from the years, which a wide year table keeps (compute it again from the rows)
parse-census: data/parse-census-wide-title.csv: no 指标 line: the indicator is the title'"'"'s, 乡村劳动力（万人） (labour_rural)
parse-census: data/parse-census-wide-title.csv: no parent division (the title: no division of the year is named in it); region names matched across the country (--nationwide)
parse-census: data/parse-census-wide-title.csv: 4 of 4 named rows got a division code, 0 not
parse-census: data/parse-census-wide-title.csv: header on line 2; 1 line before it and 0 note lines after the table dropped' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,labour_rural:num
320412,county,320421,2002,,武进县,1986,652000
320412,county,320421,2002,,武进县,1987,658500
320281,county,320221,,,江阴县,1986,501000
320281,county,320221,,,江阴县,1987,510000'
expect parse-census-wide-value 'printf "表5 分县数据（1986—1987年）\\n地区,1986年,1987年\\n武进县,65.2,65.85\\n" | parse-census --nationwide' 0 \
    'parse-census: <stdin>: no 指标 line, and the title names no known indicator: the values go in a column '"'"'value'"'"' (a line 指标：LABEL before the header names them)
parse-census: <stdin>: no parent division (the title: no division of the year is named in it); region names matched across the country (--nationwide)
parse-census: <stdin>: 2 of 2 named rows got a division code, 0 not
parse-census: <stdin>: header on line 2; 1 line before it and 0 note lines after the table dropped' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,value:num
320412,county,320421,2002,,武进县,1986,65.2
320412,county,320421,2002,,武进县,1987,65.85'
expect parse-census-wide-derived 'parse-census data/parse-census-wide-derived.csv' 0 \
    'parse-census: data/parse-census-wide-derived.csv:3: header: column '"'"'平均增长(%)'"'"' dropped: it is computed from the years, which a wide year table keeps (compute it again from the rows)
parse-census: data/parse-census-wide-derived.csv: region names matched under 武进县 (320421 in 1987, today 320412), from the title
parse-census: data/parse-census-wide-derived.csv: 2 of 2 named rows got a division code, 0 not
parse-census: data/parse-census-wide-derived.csv: header on line 3; 2 lines before it and 0 note lines after the table dropped' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,labour_rural:num,farmland_ha:num
320412,county,320421,2002,,武进县,1986,652000,87100
320412,county,320421,2002,,武进县,1987,658500,87030'
# Several columns a year, the same every year (1986年合计, 1986年女,
# 1987年合计, 1987年女): a row per region and year, a column per label:
# the total is the title's indicator, 女 joins it (the rows once took
# the title's year and kept the years in the column names).
expect parse-census-wide-subs 'parse-census --no-divisions data/parse-census-wide-subs.csv' 0 \
    'parse-census: data/parse-census-wide-subs.csv: no 指标 line: the indicator is the title'"'"'s, 农村劳动力 (labour_rural)
parse-census: data/parse-census-wide-subs.csv: header on line 2; 1 line before it and 0 note lines after the table dropped' \
    'name,year:int,labour_rural:num,农村劳动力女
武进县,1986,100,40
武进县,1987,110,45'
# ... with the years over 合计 / 男 / 女 in a two-row header, a 单位 line,
# and the regions matched in each row's year.
expect parse-census-wide-subs-rows 'parse-census data/parse-census-wide-subs-rows.csv' 0 \
    'parse-census: data/parse-census-wide-subs-rows.csv:3: header: column '"'"'乡村人口男'"'"' is not a canonical field: kept as text, as printed; the 单位 line'"'"'s units are not applied to it (name it with --map, or put its unit in its label)
parse-census: data/parse-census-wide-subs-rows.csv:3: header: column '"'"'乡村人口女'"'"' is not a canonical field: kept as text, as printed; the 单位 line'"'"'s units are not applied to it (name it with --map, or put its unit in its label)
parse-census: data/parse-census-wide-subs-rows.csv: no 指标 line: the indicator is the title'"'"'s, 乡村人口 (pop_rural_hh)
parse-census: data/parse-census-wide-subs-rows.csv: region names matched under 江苏省 (32), from the title
parse-census: data/parse-census-wide-subs-rows.csv: 4 of 4 named rows got a division code, 0 not
parse-census: data/parse-census-wide-subs-rows.csv: header on lines 3-4; 2 lines before it and 0 note lines after the table dropped' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,pop_rural_hh:num,乡村人口男,乡村人口女
320412,county,320421,2002,,武进县,1985,1070000,530000,540000
320412,county,320421,2002,,武进县,1986,1076000,533000,543000
320281,county,320221,,,江阴县,1985,895000,442000,453000
320281,county,320221,,,江阴县,1986,898000,444000,454000'
# ... a label that is a field's by itself (外出劳动力) is not joined to
# the indicator.
expect parse-census-wide-subs-fields 'parse-census data/parse-census-wide-subs-fields.csv' 0 \
    'parse-census: data/parse-census-wide-subs-fields.csv: no 指标 line: the indicator is the title'"'"'s, 农村劳动力 (labour_rural)
parse-census: data/parse-census-wide-subs-fields.csv: no parent division (the title: no division of the year is named in it): region names are not matched; give --parent CODE, or --nationwide
parse-census: data/parse-census-wide-subs-fields.csv: header on line 2; 1 line before it and 0 note lines after the table dropped' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,labour_rural:num,labour_migrant:num
,,,,,武进县,1986,652000,21000
,,,,,武进县,1987,658500,23500
,,,,,江阴县,1986,520300,15800
,,,,,江阴县,1987,526100,17200'
# ... one year alone too, its labels' 年 kept (1987年末总人口 is 年末总人口,
# pop_total; the columns were kept as text, as labelled, silently).
expect parse-census-wide-subs-year-end 'parse-census data/parse-census-wide-subs-year-end.csv' 0 \
    'parse-census: data/parse-census-wide-subs-year-end.csv: region names matched under 武进县 (320421 in 1987, today 320412), from the title
parse-census: data/parse-census-wide-subs-year-end.csv: 2 of 2 named rows got a division code, 0 not
parse-census: data/parse-census-wide-subs-year-end.csv: 2 townships found under another ending, as named today (乡 → 镇, 乡 → 街道, 镇 → 街道; the first, line 3: 湖塘乡, today 湖塘镇 320412100)
parse-census: data/parse-census-wide-subs-year-end.csv: header on line 2; 1 line before it and 0 note lines after the table dropped' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,pop_total:num,pop_agri:num,pop_nonagri:num
320412100,township,,,,湖塘乡,1987,35210,33010,2200
320412114,township,,,,礼嘉乡,1987,29870,29100,770'
# ... a year's label joins the indicator as a sub-label joins its head:
# 农村劳动力 over 工业, 建筑业 is labour_industry, labour_construction
# (they were text columns 农村劳动力工业, unscaled).
expect parse-census-wide-subs-head 'parse-census data/parse-census-wide-subs-head.csv' 0 \
    'parse-census: data/parse-census-wide-subs-head.csv: no 指标 line: the indicator is the title'"'"'s, 农村劳动力 (labour_rural)
parse-census: data/parse-census-wide-subs-head.csv: region names matched under 常州市 (3204), from the title
parse-census: data/parse-census-wide-subs-head.csv: 6 of 6 named rows got a division code, 0 not
parse-census: data/parse-census-wide-subs-head.csv: header on lines 3-4; 2 lines before it and 0 note lines after the table dropped' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,labour_rural:num,labour_industry:num,labour_construction:num
320412,county,320421,2002,,武进县,1985,652300,301200,61300
320412,county,320421,2002,,武进县,1986,658100,320500,65200
320413,county,320422,,,金坛县,1985,284000,81200,23300
320413,county,320422,,,金坛县,1986,286100,87500,24100
320481,county,320423,,,溧阳县,1985,401000,103000,32000
320481,county,320423,,,溧阳县,1986,405200,110200,33800'
# ... labels of the years worded differently for one field (乡村劳动力 in
# 1985, 乡村从业人员 in 1986: labour_rural) are one column, said (the
# table was not read as wide).
expect parse-census-wide-subs-reworded 'parse-census data/parse-census-wide-subs-reworded.csv' 0 \
    'parse-census: data/parse-census-wide-subs-reworded.csv:3: header: column 4, '"'"'1986年乡村从业人员'"'"', is read as the field of '"'"'乡村劳动力'"'"' (another wording of it)
parse-census: data/parse-census-wide-subs-reworded.csv: region names matched under 常州市 (3204), from the title
parse-census: data/parse-census-wide-subs-reworded.csv: 4 of 4 named rows got a division code, 0 not
parse-census: data/parse-census-wide-subs-reworded.csv: header on line 3; 2 lines before it and 0 note lines after the table dropped' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,labour_rural:num,labour_migrant:num
320412,county,320421,2002,,武进县,1985,652300,31000
320412,county,320421,2002,,武进县,1986,658100,34200
320413,county,320422,,,金坛县,1985,284000,10200
320413,county,320422,,,金坛县,1986,286100,11500'
# ... and heads over their years (乡村劳动力 over 1986年, 1987年; 乡村人口
# over the same): a row per region and year, a column per head (the
# columns were 乡村劳动力1986年 ..., text, said).
expect parse-census-wide-heads-years 'parse-census data/parse-census-wide-heads-years.csv' 0 \
    'parse-census: data/parse-census-wide-heads-years.csv: region names matched under 常州市 (3204), from the title
parse-census: data/parse-census-wide-heads-years.csv: 4 of 4 named rows got a division code, 0 not
parse-census: data/parse-census-wide-heads-years.csv: header on lines 3-4; 2 lines before it and 0 note lines after the table dropped' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,labour_rural:num,pop_rural_hh:num
320412,county,320421,2002,,武进县,1986,658100,1106000
320412,county,320421,2002,,武进县,1987,664000,1110000
320413,county,320422,,,金坛县,1986,286100,502000
320413,county,320422,,,金坛县,1987,289000,505000'
# ... two labels of a year that name one field: stop, naming both.
expect parse-census-wide-subs-twice 'parse-census --no-divisions data/parse-census-wide-subs-twice.csv' 65 \
    'parse-census: data/parse-census-wide-subs-twice.csv:2: header: the columns '"'"'乡村劳动力'"'"' and '"'"'农村劳动力'"'"' of a year both map to '"'"'labour_rural'"'"' (see --map)' \
    ''
# Columns of several years that differ between the years (1986年女 and
# no 1987年女): not a wide table, said.
expect parse-census-years-across 'parse-census --no-divisions data/parse-census-years-across.csv' 0 \
    'parse-census: data/parse-census-years-across.csv:2: header: columns of several years, some with more than a year in the label (column 2, '"'"'1986年合计'"'"'): not read as a wide year table, so no row gets their years; the columns are kept as labelled (a table of regions as rows with the same columns every year, or of one column a year, reads as wide)
parse-census: data/parse-census-years-across.csv: header on line 2; 1 line before it and 0 note lines after the table dropped' \
    'name,year:int,1986年合计,1986年女,1987年合计
武进县,1987,100,40,110'
# ... nor are several columns a year with indicators as rows.
expect parse-census-years-across-ind 'parse-census --no-divisions data/parse-census-years-across-ind.csv' 0 \
    'parse-census: data/parse-census-years-across-ind.csv:2: header: columns of several years, some with more than a year in the label (column 2, '"'"'1986年合计'"'"'): not read as a wide year table, so no row gets their years; the columns are kept as labelled (a table of regions as rows with the same columns every year, or of one column a year, reads as wide)
parse-census: data/parse-census-years-across-ind.csv: the title names the years 1986-1987 and no column gives a row'"'"'s year: rows written without a year (give --year YEAR when the table is of one year)
parse-census: data/parse-census-years-across-ind.csv: header on line 2; 1 line before it and 0 note lines after the table dropped' \
    '指标,1986年合计,1986年女,1987年合计,1987年女
农村劳动力,100,40,110,45'
# A title that names no division but its yearbook (《江苏统计年鉴1988》)
# is of the yearbook's province: 江苏 is 江苏省 (the rows were not
# matched: "no parent division").
expect parse-census-edition-province 'parse-census data/parse-census-edition-province.csv' 0 \
    'parse-census: data/parse-census-edition-province.csv: region names matched under 江苏省 (32), from the yearbook the title names
parse-census: data/parse-census-edition-province.csv: the title names the 1988 edition of a yearbook: its data are taken as of 1987
parse-census: data/parse-census-edition-province.csv: 2 of 2 named rows got a division code, 0 not
parse-census: data/parse-census-edition-province.csv: header on line 3; 2 lines before it and 0 note lines after the table dropped' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,pop_rural_hh:num,labour_rural:num
320412,county,320421,2002,,武进县,1987,1082000,571100
320281,county,320221,,,江阴县,1987,901000,520300'
# ... 《吉林统计年鉴》 is the province's, not 吉林市's (《吉林市统计年鉴》).
expect parse-census-edition-jilin 'parse-census data/parse-census-edition-jilin.csv' 0 \
    'parse-census: data/parse-census-edition-jilin.csv: region names matched under 吉林省 (22), from the yearbook the title names
parse-census: data/parse-census-edition-jilin.csv: the title names the 1988 edition of a yearbook: its data are taken as of 1987
parse-census: data/parse-census-edition-jilin.csv: 3 of 3 named rows got a division code, 0 not
parse-census: data/parse-census-edition-jilin.csv: header on line 3; 2 lines before it and 0 note lines after the table dropped' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,pop_rural_hh:num,labour_rural:num
220182,county,220121,,,榆树县,1987,1003000,389000
220122,county,,2005,,农安县,1987,861000,330100
220723,county,222328,,,乾安县,1987,231000,89400'
# A name not of its year but of the year beside: matched in that year,
# and code_then is the division's code in the row's year (江阴县 of 1987
# is 江阴市 329005 in 1988; it was 320221, a code not in use in 1988).
expect parse-census-wide-forward 'parse-census data/parse-census-wide-forward.csv' 0 \
    'parse-census: data/parse-census-wide-forward.csv: no 指标 line: the indicator is the title'"'"'s, 农业人口 (pop_agri)
parse-census: data/parse-census-wide-forward.csv: region names matched under 江苏省 (32), from the title
parse-census: data/parse-census-wide-forward.csv:4: "江阴县" is not a name of 1988; matched with the names of 1987 (320221), the division'"'"'s code in 1988 being 329005
parse-census: data/parse-census-wide-forward.csv:4: "江阴县" is not a name in 1989: the row'"'"'s division, 江阴县 (320221) in 1987, was 江阴市 (329005) in 1989; given its code
parse-census: data/parse-census-wide-forward.csv:5: "沙洲县" is not a name of 1987; matched with the names of 1986 (320521), the division'"'"'s code in 1987 being 329004
parse-census: data/parse-census-wide-forward.csv:5: "沙洲县" is not a name in 1988: the row'"'"'s division, 沙洲县 (320521) in 1986, was 张家港市 (329004) in 1988; given its code
parse-census: data/parse-census-wide-forward.csv:5: "沙洲县" is not a name in 1989: the row'"'"'s division, 沙洲县 (320521) in 1986, was 张家港市 (329004) in 1989; given its code
parse-census: data/parse-census-wide-forward.csv:6: "宜兴县" is not a name of 1989; matched with the names of 1988 (320223), the division'"'"'s code in 1989 being 329011
parse-census: data/parse-census-wide-forward.csv: 20 of 20 named rows got a division code, 0 not
parse-census: data/parse-census-wide-forward.csv: header on line 3; 2 lines before it and 0 note lines after the table dropped' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,pop_agri:num
320281,county,320221,,,江阴县,1985,952000
320281,county,320221,,,江阴县,1986,956000
320281,county,320221,,,江阴县,1987,960000
320281,county,329005,,,江阴县,1988,963000
320281,county,329005,,,江阴县,1989,967000
320582,county,320521,,,沙洲县,1985,721000
320582,county,320521,,,沙洲县,1986,724000
320582,county,329004,,,沙洲县,1987,726000
320582,county,329004,,,沙洲县,1988,729000
320582,county,329004,,,沙洲县,1989,731000
320282,county,320223,,,宜兴县,1985,880000
320282,county,320223,,,宜兴县,1986,884000
320282,county,320223,,,宜兴县,1987,887000
320282,county,320223,,,宜兴县,1988,890000
320282,county,329011,,,宜兴县,1989,893000
320412,county,320421,2002,,武进县,1985,1102000
320412,county,320421,2002,,武进县,1986,1106000
320412,county,320421,2002,,武进县,1987,1110000
320412,county,320421,2002,,武进县,1988,1115000
320412,county,320421,2002,,武进县,1989,1119000'
# A unit after the year (1985年（万人）) or under it is the unit of the
# title's indicator: labour_rural in persons (it was a second column
# "year", unscaled, silently).
expect parse-census-wide-year-unit 'parse-census --no-divisions data/parse-census-wide-year-unit.csv' 0 \
    'parse-census: data/parse-census-wide-year-unit.csv: no 指标 line: the indicator is the title'"'"'s, 乡村劳动力 (labour_rural)
parse-census: data/parse-census-wide-year-unit.csv: header on line 2; 1 line before it and 0 note lines after the table dropped' \
    'name,year:int,labour_rural:num
乐清县,1985,382000
乐清县,1987,401000
瑞安县,1985,426000
瑞安县,1987,431000'
expect parse-census-wide-unit-row 'parse-census --no-divisions data/parse-census-wide-unit-row.csv' 0 \
    'parse-census: data/parse-census-wide-unit-row.csv: no 指标 line: the indicator is the title'"'"'s, 乡村劳动力 (labour_rural)
parse-census: data/parse-census-wide-unit-row.csv: header on lines 2-3; 1 line before it and 0 note lines after the table dropped' \
    'name,year:int,labour_rural:num
乐清县,1985,382000
乐清县,1987,401000
瑞安县,1985,426000
瑞安县,1987,431000'
# No indicator: the values go in 'value', and the 单位 line's unit is
# said not to be applied.
expect parse-census-wide-value-unit 'parse-census data/parse-census-wide-value-unit.csv' 0 \
    'parse-census: data/parse-census-wide-value-unit.csv: no 指标 line, and the title names no known indicator: the values go in a column '"'"'value'"'"', as printed: the 单位 line'"'"'s units are not applied (a line 指标：LABEL before the header names them)
parse-census: data/parse-census-wide-value-unit.csv: region names matched under 江苏省 (32), from the yearbook the title names
parse-census: data/parse-census-wide-value-unit.csv:5: "宜兴市" is not a name of 1987; matched with the names of 1988 (329011), the division'"'"'s code in 1987 being 320223
parse-census: data/parse-census-wide-value-unit.csv: 9 of 9 named rows got a division code, 0 not
parse-census: data/parse-census-wide-value-unit.csv: header on line 3; 2 lines before it and 0 note lines after the table dropped' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,value:num
320281,county,329005,,,江阴市,1987,51
320281,county,329005,,,江阴市,1988,51.4
320281,county,329005,,,江阴市,1989,51.85
320282,county,320223,,,宜兴市,1987,56.5
320282,county,329011,,,宜兴市,1988,56.9
320282,county,329011,,,宜兴市,1989,57.3
320583,county,320523,,,昆山县,1987,30.5
320583,county,320523,,,昆山县,1988,30.8
320583,county,320523,,,昆山县,1989,31.1'
# A total of a prefecture abolished since (镇江地区, 1983) gets no code,
# said as such (it read "split or retired ... (code_successors )").
expect parse-census-total-abolished 'parse-census data/parse-census-total-abolished.csv' 0 \
    'parse-census: data/parse-census-total-abolished.csv: region names matched under 镇江地区 (3226 in 1982, without one code today), from the title
parse-census: data/parse-census-total-abolished.csv:4: "全区" (3226 in 1982) was abolished with no successor: code left empty
parse-census: data/parse-census-total-abolished.csv: 6 of 7 named rows got a division code, 1 not (listed above, the first ten of the run)
parse-census: data/parse-census-total-abolished.csv: header on line 3; 2 lines before it and 0 note lines after the table dropped' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,pop_rural_hh:num,labour_rural:num,farmland_ha:num
,,3226,,,全区,1982,5602100,2513000,408266.666667
320412,county,322622,2002,,武进县,1982,1053000,482000,65400
321181,county,322623,,,丹阳县,1982,752000,341000,58866.666667
320413,county,322625,,,金坛县,1982,481000,213000,41666.666667
320282,county,322629,,,宜兴县,1982,910000,405000,58133.333333
321182,county,322630,,,扬中县,1982,243000,110000,12600
320481,county,322628,,,溧阳县,1982,689000,302000,61800'
# A wide table of indicators with a 单位 line: the 指标 column is no
# column of data, no note on it (there were two).
expect parse-census-wide-ind-unit 'parse-census data/parse-census-wide-ind-unit.csv' 0 \
    'parse-census: data/parse-census-wide-ind-unit.csv: no 地区 line: the region is the title'"'"'s, 武进县
parse-census: data/parse-census-wide-ind-unit.csv: region names matched under 武进县 (320421 in 1987, today 320412), from the title
parse-census: data/parse-census-wide-ind-unit.csv: 3 of 3 named rows got a division code, 0 not
parse-census: data/parse-census-wide-ind-unit.csv: header on line 3; 2 lines before it and 0 note lines after the table dropped' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,labour_rural:num,labour_farm:num,labour_industry:num,labour_construction:num,labour_migrant:num
320412,county,320421,2002,,武进县,1985,652300,251000,301200,61300,18200
320412,county,320421,2002,,武进县,1986,658100,230400,320500,65200,20100
320412,county,320421,2002,,武进县,1987,662900,214800,334100,70400,22600'
# --year on a wide table: not used, said.
expect parse-census-wide-year-ignored 'parse-census --year 1986 data/parse-census-wide-value-unit.csv' 0 \
    'parse-census: data/parse-census-wide-value-unit.csv:3: header: --year 1986 is not used: the rows of a wide year table take the years of its columns
parse-census: data/parse-census-wide-value-unit.csv: no 指标 line, and the title names no known indicator: the values go in a column '"'"'value'"'"', as printed: the 单位 line'"'"'s units are not applied (a line 指标：LABEL before the header names them)
parse-census: data/parse-census-wide-value-unit.csv: region names matched under 江苏省 (32), from the yearbook the title names
parse-census: data/parse-census-wide-value-unit.csv:5: "宜兴市" is not a name of 1987; matched with the names of 1988 (329011), the division'"'"'s code in 1987 being 320223
parse-census: data/parse-census-wide-value-unit.csv: 9 of 9 named rows got a division code, 0 not
parse-census: data/parse-census-wide-value-unit.csv: header on line 3; 2 lines before it and 0 note lines after the table dropped' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,value:num
320281,county,329005,,,江阴市,1987,51
320281,county,329005,,,江阴市,1988,51.4
320281,county,329005,,,江阴市,1989,51.85
320282,county,320223,,,宜兴市,1987,56.5
320282,county,329011,,,宜兴市,1988,56.9
320282,county,329011,,,宜兴市,1989,57.3
320583,county,320523,,,昆山县,1987,30.5
320583,county,320523,,,昆山县,1988,30.8
320583,county,320523,,,昆山县,1989,31.1'
# A name with a new code in its year of change is of the later code,
# under its prefecture too (常熟市 1986 under 苏州市: 329003; 320520 was
# taken from the prefecture's list).
expect parse-census-new-code-prefecture 'parse-census data/parse-census-new-code-prefecture.csv' 0 \
    'parse-census: data/parse-census-new-code-prefecture.csv: region names matched under 苏州市 (3205), from the title
parse-census: data/parse-census-new-code-prefecture.csv: 1 of 1 named row got a division code, 0 not
parse-census: data/parse-census-new-code-prefecture.csv: header on line 3; 2 lines before it and 0 note lines after the table dropped' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,labour_rural:num
320581,county,329003,,,常熟市,1986,597100'
# The year beside a name's is no help through a merger: 燕山区 and 房山县
# of 1986 are part of 房山区 in 1987, 房山区 of 1986 none in 1985: no
# code, said (they took 110111, and 房山区 of 1985 a code of 1986).
expect parse-census-wide-window-merger 'parse-census data/parse-census-wide-window-merger.csv' 0 \
    'parse-census: data/parse-census-wide-window-merger.csv: no 指标 line: the indicator is the title'"'"'s, 乡村人口 (pop_rural_hh)
parse-census: data/parse-census-wide-window-merger.csv: region names matched under 北京市 (11), from the title
parse-census: data/parse-census-wide-window-merger.csv:4: "燕山区" is not a name in 1987, and 燕山区 (110110) of 1986 was no one division in 1987 (merged or split); code left empty
parse-census: data/parse-census-wide-window-merger.csv:5: "房山县" is not a name in 1987, and 房山县 (110225) of 1986 was no one division in 1987 (merged or split); code left empty
parse-census: data/parse-census-wide-window-merger.csv:6: "房山区" is not a name in 1985, and 房山区 (110111) of 1986 was no one division in 1985 (merged or split); code left empty
parse-census: data/parse-census-wide-window-merger.csv: 9 of 12 named rows got a division code, 3 not (listed above, the first ten of the run)
parse-census: data/parse-census-wide-window-merger.csv: header on line 3; 2 lines before it and 0 note lines after the table dropped' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,pop_rural_hh:num
110111,county,110110,1986,,燕山区,1985,21000
110111,county,110110,1986,,燕山区,1986,
,,,,,燕山区,1987,
110111,county,110225,1986,,房山县,1985,583000
110111,county,110225,1986,,房山县,1986,
,,,,,房山县,1987,
,,,,,房山区,1985,
110111,county,,1986,,房山区,1986,609000
110111,county,,,,房山区,1987,614000
110115,county,110224,,,大兴县,1985,487000
110115,county,110224,,,大兴县,1986,490000
110115,county,110224,,,大兴县,1987,493000'
# 1986年末耕地面积 is 年末耕地面积 (farmland_ha, 亩 → ha); the townships
# found under another ending are counted once each, not once a year.
expect parse-census-wide-year-end-two 'parse-census data/parse-census-wide-year-end-two.csv' 0 \
    'parse-census: data/parse-census-wide-year-end-two.csv: region names matched under 武进县 (320421 in 1987, today 320412), from the title
parse-census: data/parse-census-wide-year-end-two.csv:10: no division named "城东乡" under 武进县 (320421 in 1987, today 320412) in 1986; code left empty
parse-census: data/parse-census-wide-year-end-two.csv:10: no division named "城东乡" under 武进县 (320421 in 1987, today 320412) in 1987; code left empty
parse-census: data/parse-census-wide-year-end-two.csv:11: no division named "新安乡" under 武进县 (320421 in 1987, today 320412) in 1986; code left empty
parse-census: data/parse-census-wide-year-end-two.csv:11: no division named "新安乡" under 武进县 (320421 in 1987, today 320412) in 1987; code left empty
parse-census: data/parse-census-wide-year-end-two.csv: 12 of 16 named rows got a division code, 4 not (listed above, the first ten of the run)
parse-census: data/parse-census-wide-year-end-two.csv: 4 townships found under another ending, as named today (乡 → 镇, 乡 → 街道, 镇 → 街道; the first, line 4: 湖塘乡, today 湖塘镇 320412100)
parse-census: data/parse-census-wide-year-end-two.csv: header on line 3; 2 lines before it and 0 note lines after the table dropped' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,pop_total:num,farmland_ha:num,pop_agri:num
320412100,township,,,,湖塘乡,1986,31250,1893.333333,29800
320412100,township,,,,湖塘乡,1987,31610,1876.666667,30020
320412105,township,,,,横林镇,1986,29870,2008,27100
320412105,township,,,,横林镇,1987,30140,1997.333333,27300
320412002,township,,,,丁堰乡,1986,18430,1013.333333,17650
320412002,township,,,,丁堰乡,1987,18590,1005.333333,17710
320402109,township,,,,郑陆乡,1986,35120,2753.333333,33890
320402109,township,,,,郑陆乡,1987,35400,2741.333333,34050
320404116,township,,,,邹区乡,1986,32780,2576.666667,31200
320404116,township,,,,邹区乡,1987,33050,2560,31420
320411122,township,,,,奔牛镇,1986,40210,2452,35600
320411122,township,,,,奔牛镇,1987,40630,2436,35810
,,,,,城东乡,1986,21300,1320,20450
,,,,,城东乡,1987,21420,1309.333333,20510
,,,,,新安乡,1986,22100,1620,21200
,,,,,新安乡,1987,22300,1606.666667,21300'
# A bare province name: 江苏 is 江苏省, 内蒙古 内蒙古自治区; 吉林 is 吉林省
# or 吉林市: no code, both listed (it took 吉林市 2202 silently).
expect parse-census-bare-provinces 'parse-census --nationwide data/parse-census-bare-provinces.csv' 0 \
    'parse-census: data/parse-census-bare-provinces.csv: no parent division (the title: no division of the year is named in it); region names matched across the country (--nationwide)
parse-census: data/parse-census-bare-provinces.csv:4: more than one division named "吉林": 22;2202; code left empty
parse-census: data/parse-census-bare-provinces.csv: 2 of 3 named rows got a division code, 1 not
parse-census: data/parse-census-bare-provinces.csv: header on line 3; 2 lines before it and 0 note lines after the table dropped' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,pop_agri:num
,,,,,吉林,1987,15000000
32,province,,,,江苏,1987,50000000
15,province,,,,内蒙古,1987,14000000'
# A title's set of regions in Inner Mongolia's words (各旗县（市）) gives
# the indicator after it (it gave 'value', unscaled).
expect parse-census-title-banners 'parse-census data/parse-census-title-banners.csv' 0 \
    'parse-census: data/parse-census-title-banners.csv: no 指标 line: the indicator is the title'"'"'s, 农业人口 (pop_agri)
parse-census: data/parse-census-title-banners.csv: region names matched under 赤峰市 (1504), from the title
parse-census: data/parse-census-title-banners.csv: 4 of 4 named rows got a division code, 0 not
parse-census: data/parse-census-title-banners.csv: header on line 3; 2 lines before it and 0 note lines after the table dropped' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,pop_agri:num
150429,county,,,,宁城县,1985,501000
150429,county,,,,宁城县,1986,506000
150428,county,,2005,,喀喇沁旗,1985,281000
150428,county,,2005,,喀喇沁旗,1986,284000'
# A title's constant-price year is no data year: （按1980年不变价计算，
# 1987年） is of 1987 (the townships matched with 1987's names) at the
# prices of 1980, price_basis 1980 beside the money column (the rows
# were of 1980 once, and unmatched).
expect parse-census-title-price 'parse-census data/parse-census-title-price.csv' 0 \
    'parse-census: data/parse-census-title-price.csv:3: header: column '"'"'村办工业'"'"' is not a canonical field: kept as text, as printed; the 单位 line'"'"'s units are not applied to it (name it with --map, or put its unit in its label)
parse-census: data/parse-census-title-price.csv: region names matched under 武进县 (320421 in 1987, today 320412), from the title
parse-census: data/parse-census-title-price.csv: 3 of 3 named rows got a division code, 0 not
parse-census: data/parse-census-title-price.csv: 1 township found under another ending, as named today (乡 → 镇, 乡 → 街道, 镇 → 街道; the first, line 6: 牛塘乡, today 牛塘镇 320412102)
parse-census: data/parse-census-title-price.csv: header on line 3; 2 lines before it and 0 note lines after the table dropped' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,output_industry:num,price_basis,村办工业
320412,county,320421,2002,,全县,1987,4125000000,1980,"150,300"
320412100,township,,,,湖塘镇,1987,451000000,1980,"12,000"
320412102,township,,,,牛塘乡,1987,183000000,1980,"6,100"'
# A county named in the title holds a shorter county's name (农安县
# holds Sichuan's 安县, 宜兴县 Shanxi's 兴县): the longer is the parent
# (the title was "several divisions", the names unmatched, and
# --nationwide gave 哈拉海乡 Heilongjiang's 230221204).
expect parse-census-div-inner-name 'parse-census data/parse-census-nongan-1987.csv' 0 \
    'parse-census: data/parse-census-nongan-1987.csv: region names matched under 农安县 (220122), from the title
parse-census: data/parse-census-nongan-1987.csv: 4 of 4 named rows got a division code, 0 not
parse-census: data/parse-census-nongan-1987.csv: 1 township found under another ending, as named today (乡 → 镇, 乡 → 街道, 镇 → 街道; the first, line 7: 哈拉海乡, today 哈拉海镇 220122102)
parse-census: data/parse-census-nongan-1987.csv: header on line 3; 2 lines before it and 0 note lines after the table dropped' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,pop_rural_hh:num,farmland_ha:num
220122,county,,2005,,全县,1987,812300,251400
220122100,township,,,,农安镇,1987,45100,8900
220103171,township,,,,合隆镇,1987,38200,10100
220122102,township,,,,哈拉海乡,1987,30100,9700'
# 合计 alone is the sum of the rows, which need not be all of the
# parent (温州市各县（市） leaves out the city districts): no code, said
# (it was the parent's, against the man page); 全县合计 names the
# county's level and gets its code.
expect parse-census-total-sum 'parse-census data/parse-census-total-sum.csv' 0 \
    'parse-census: data/parse-census-total-sum.csv: region names matched under 武进县 (320421 in 1987, today 320412), from the title
parse-census: data/parse-census-total-sum.csv:3: "合计" is the sum of the table'"'"'s rows, which need not be all of 武进县 (320421 in 1987, today 320412); code left empty (a word naming the level, 全县 or 全市, gets its code)
parse-census: data/parse-census-total-sum.csv: 2 of 3 named rows got a division code, 1 not (listed above, the first ten of the run)
parse-census: data/parse-census-total-sum.csv: 2 townships found under another ending, as named today (乡 → 镇, 乡 → 街道, 镇 → 街道; the first, line 4: 湖塘乡, today 湖塘镇 320412100)
parse-census: data/parse-census-total-sum.csv: header on line 2; 1 line before it and 0 note lines after the table dropped' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,pop_rural_hh:num
,,,,,合计,1987,70000
320412100,township,,,,湖塘乡,1987,40000
320412114,township,,,,礼嘉乡,1987,30000'
expect parse-census-total-level 'sed "s/^合计,/全县合计,/" data/parse-census-total-sum.csv | parse-census' 0 \
    'parse-census: <stdin>: region names matched under 武进县 (320421 in 1987, today 320412), from the title
parse-census: <stdin>: 3 of 3 named rows got a division code, 0 not
parse-census: <stdin>: 2 townships found under another ending, as named today (乡 → 镇, 乡 → 街道, 镇 → 街道; the first, line 4: 湖塘乡, today 湖塘镇 320412100)
parse-census: <stdin>: header on line 2; 1 line before it and 0 note lines after the table dropped' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,pop_rural_hh:num
320412,county,320421,2002,,全县合计,1987,70000
320412100,township,,,,湖塘乡,1987,40000
320412114,township,,,,礼嘉乡,1987,30000'
# A county-level city the code list of its day held under the province
# (张家港市 329004, 1986-1995), though 苏州市 administered it: found
# under 苏州市 by its code today (320582), its townships under it (all
# empty codes once, and "listed above" listed nothing).  A row's
# parent_name that is no division: each row said, its code empty.
expect parse-census-div-direct-city 'parse-census data/parse-census-suzhou-1987.csv' 0 \
    'parse-census: data/parse-census-suzhou-1987.csv:3: header: tve_scope of column '"'"'乡镇企业从业人员'"'"' guessed from each row'"'"'s year (the label and title do not say); a column tve_scope in the input overrides it
parse-census: data/parse-census-suzhou-1987.csv: region names matched under 苏州市 (3205), from the title
parse-census: data/parse-census-suzhou-1987.csv: 6 of 6 named rows got a division code, 0 not
parse-census: data/parse-census-suzhou-1987.csv: 1 township found under another ending, as named today (乡 → 镇, 乡 → 街道, 镇 → 街道; the first, line 6: 平望乡, today 平望镇 320509104)
parse-census: data/parse-census-suzhou-1987.csv: header on line 3; 2 lines before it and 0 note lines after the table dropped' \
    'parent_name,code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,enterprises:int,tve_employment:num,tve_scope
吴江县,320509,county,320525,,,全县,1987,3210,168200,all_1984
吴江县,320509105,township,,,,盛泽镇,1987,340,21300,all_1984
吴江县,320509104,township,,,,平望乡,1987,120,8100,all_1984
张家港市,320582,county,329004,,,全市,1987,4120,201300,all_1984
张家港市,320582100,township,,,,杨舍镇,1987,410,25100,all_1984
张家港市,320582101,township,,,,塘桥镇,1987,380,22400,all_1984'
expect parse-census-div-row-parent-none 'sed "s/^张家港市,/某某县,/" data/parse-census-suzhou-1987.csv | parse-census' 0 \
    'parse-census: <stdin>:3: header: tve_scope of column '"'"'乡镇企业从业人员'"'"' guessed from each row'"'"'s year (the label and title do not say); a column tve_scope in the input overrides it
parse-census: <stdin>: region names matched under 苏州市 (3205), from the title
parse-census: <stdin>:7: the row'"'"'s parent_name "某某县" is no single division in 1987 under the table'"'"'s; code of "全市" left empty
parse-census: <stdin>:8: the row'"'"'s parent_name "某某县" is no single division in 1987 under the table'"'"'s; code of "杨舍镇" left empty
parse-census: <stdin>:9: the row'"'"'s parent_name "某某县" is no single division in 1987 under the table'"'"'s; code of "塘桥镇" left empty
parse-census: <stdin>: 3 of 6 named rows got a division code, 3 not (listed above, the first ten of the run)
parse-census: <stdin>: 1 township found under another ending, as named today (乡 → 镇, 乡 → 街道, 镇 → 街道; the first, line 6: 平望乡, today 平望镇 320509104)
parse-census: <stdin>: header on line 3; 2 lines before it and 0 note lines after the table dropped' \
    'parent_name,code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,enterprises:int,tve_employment:num,tve_scope
吴江县,320509,county,320525,,,全县,1987,3210,168200,all_1984
吴江县,320509105,township,,,,盛泽镇,1987,340,21300,all_1984
吴江县,320509104,township,,,,平望乡,1987,120,8100,all_1984
某某县,,,,,,全市,1987,4120,201300,all_1984
某某县,,,,,,杨舍镇,1987,410,25100,all_1984
某某县,,,,,,塘桥镇,1987,380,22400,all_1984'
# A wide table of indicators with no 地区 line: the county its title
# names is the region (乐清县, 330323 of 1987, 330382 today; the rows had
# no name and no code); 亩 to ha (312,450 亩 = 20,830 ha), 万元 to yuan.
expect parse-census-wide-title-region 'parse-census data/parse-census-wide-title-region.csv' 0 \
    'parse-census: data/parse-census-wide-title-region.csv:2: header: column '"'"'1987年比1985年增长%'"'"' dropped: it is computed from the years, which a wide year table keeps (compute it again from the rows)
parse-census: data/parse-census-wide-title-region.csv: no 地区 line: the region is the title'"'"'s, 乐清县
parse-census: data/parse-census-wide-title-region.csv: region names matched under 乐清县 (330323 in 1987, today 330382), from the title
parse-census: data/parse-census-wide-title-region.csv: 3 of 3 named rows got a division code, 0 not
parse-census: data/parse-census-wide-title-region.csv: header on line 2; 1 line before it and 0 note lines after the table dropped' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,pop_total:num,pop_nonagri:num,labour_rural:num,enterprises:int,output_industry:num,farmland_ha:num,grain_t:num
330382,county,330323,,,乐清县,1985,981200,83100,382000,8303,452100000,20830,201300
330382,county,330323,,,乐清县,1986,994000,87200,390500,9120,583300000,20653.333333,198700
330382,county,330323,,,乐清县,1987,1007100,91500,401100,10045,721150000,20474.666667,205600'
# A wide row is one division through its years: 瑞安市, named as in the
# yearbook of 1990, was 瑞安县 (330325) in 1985: followed back through
# the history, and said.
expect parse-census-wide-renamed 'parse-census data/parse-census-wide-renamed.csv' 0 \
    'parse-census: data/parse-census-wide-renamed.csv: no 指标 line: the indicator is the title'"'"'s, 农村劳动力 (labour_rural)
parse-census: data/parse-census-wide-renamed.csv: region names matched under 温州市 (3303), from the title
parse-census: data/parse-census-wide-renamed.csv:4: "瑞安市" is not a name in 1985: the row'"'"'s division, 瑞安市 (339004) in 1987, was 瑞安县 (330325) in 1985; given its code
parse-census: data/parse-census-wide-renamed.csv: 9 of 9 named rows got a division code, 0 not
parse-census: data/parse-census-wide-renamed.csv: header on line 3; 2 lines before it and 0 note lines after the table dropped' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,labour_rural:num
330381,county,330325,2001,,瑞安市,1985,426310
330381,county,339004,2001,,瑞安市,1987,431200
330381,county,339004,2001,,瑞安市,1989,440500
330326,county,,,,平阳县,1985,385400
330326,county,,,,平阳县,1987,390100
330326,county,,,,平阳县,1989,398200
330327,county,,2019,,苍南县,1985,531200
330327,county,,2019,,苍南县,1987,540300
330327,county,,2019,,苍南县,1989,552100'
# ... but not through a merger: 房山区 (1986) was 燕山区 and 房山县 in
# 1984: no code, and why; its row of 1986 has boundary_changed 1986 (the
# territory it took).
expect parse-census-wide-merged 'parse-census data/parse-census-wide-merged.csv' 0 \
    'parse-census: data/parse-census-wide-merged.csv: no 指标 line: the indicator is the title'"'"'s, 农业人口 (pop_agri)
parse-census: data/parse-census-wide-merged.csv: region names matched under 北京市 (11), from the title
parse-census: data/parse-census-wide-merged.csv:4: "房山区" is not a name in 1984, and 房山区 (110111) of 1986 was no one division in 1984 (merged or split); code left empty
parse-census: data/parse-census-wide-merged.csv: 5 of 6 named rows got a division code, 1 not (listed above, the first ten of the run)
parse-census: data/parse-census-wide-merged.csv: header on line 3; 2 lines before it and 0 note lines after the table dropped' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,pop_agri:num
,,,,,房山区,1984,561000
110111,county,,1986,,房山区,1986,563000
110111,county,,,,房山区,1987,560000
110114,county,110221,,,昌平县,1984,332000
110114,county,110221,,,昌平县,1986,334000
110114,county,110221,,,昌平县,1987,335000'
# A county's panel, a row a year, no column of regions: every row is
# the county its title names, found in the latest year of its name (no
# year in the title: 榆树县 220121 until 1990, 榆树市 220182 today); the
# rows had no name and no code.
expect parse-census-title-region-panel 'parse-census data/parse-census-title-region-panel.csv' 0 \
    'parse-census: data/parse-census-title-region-panel.csv: no column of regions: every row is the title'"'"'s 榆树县
parse-census: data/parse-census-title-region-panel.csv: region names matched under 榆树县 (220121 in 1990, today 220182), from the title
parse-census: data/parse-census-title-region-panel.csv: 5 of 5 named rows got a division code, 0 not
parse-census: data/parse-census-title-region-panel.csv: header on line 3; 2 lines before it and 0 note lines after the table dropped' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,pop_rural_hh:num,labour_rural:num,output_agri:num,output_tve:num
220182,county,220121,,,榆树县,1983,972000,381000,423100000,61200000
220182,county,220121,,,榆树县,1984,980000,389000,482200000,83500000
220182,county,220121,,,榆树县,1985,987000,398000,511000000,124000000
220182,county,220121,,,榆树县,1986,993000,405000,,158800000
220182,county,220121,,,榆树县,1987,999000,412000,558200000,'
# Townships matched across the country that lie in more than one
# county are said: 哈拉海乡 of 农安县 is unique nationwide only as
# Heilongjiang's (230221204), 合隆镇 went to 长春市宽城区 in 2005.
expect parse-census-nationwide-towns 'parse-census --nationwide data/parse-census-nationwide-towns.csv' 0 \
    'parse-census: data/parse-census-nationwide-towns.csv: no parent division (the title: no division of the year is named in it); region names matched across the country (--nationwide)
parse-census: data/parse-census-nationwide-towns.csv: 3 of 4 named rows got a division code, 1 not
parse-census: data/parse-census-nationwide-towns.csv: townships matched across the country (--nationwide) lie in more than one county: 2 rows outside 220122, the first line 6 (220103171); check them, or give --parent CODE
parse-census: data/parse-census-nationwide-towns.csv: header on line 3; 2 lines before it and 0 note lines after the table dropped' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,pop_rural_hh:num,farmland_ha:num
,,,,,全县,1987,812300,251400
220122100,township,,,,农安镇,1987,45100,8900
220103171,township,,,,合隆镇,1987,38200,10100
230221204,township,,,,哈拉海乡,1987,30100,9700'
# 乡村劳动力 over 合计 / 其中： / 农林牧渔业, 工业, 建筑业, 外出 (three rows):
# 农林牧渔业劳动力, 工业劳动力 and 建筑业劳动力 are labour_farm,
# labour_industry and labour_construction (the 1980s breakdown of rural
# labour; they were kept as text, "45,100").
expect parse-census-wuxi-labour-1987 'parse-census data/parse-census-wuxi-labour-1987.csv' 0 \
    'parse-census: data/parse-census-wuxi-labour-1987.csv: region names matched under 无锡县 (320222 in 1987, today 320205), from the title
parse-census: data/parse-census-wuxi-labour-1987.csv: 4 of 4 named rows got a division code, 0 not
parse-census: data/parse-census-wuxi-labour-1987.csv: 3 townships found under another ending, as named today (乡 → 镇, 乡 → 街道, 镇 → 街道; the first, line 7: 东亭乡, today 东亭街道 320205001)
parse-census: data/parse-census-wuxi-labour-1987.csv: header on lines 3-5; 2 lines before it and 0 note lines after the table dropped' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,labour_rural:num,labour_farm:num,labour_industry:num,labour_construction:num,labour_migrant:num
320205,county,320222,2000,,全县,1987,534000,120300,310200,45100,12300
320205001,township,,,,东亭乡,1987,21300,4100,13900,1800,420
320206001,township,,,,堰桥乡,1987,23100,4800,14700,1900,510
320206004,township,,,,前洲乡,1987,25600,5200,16400,2100,600'
expect parse-census-div-bad-parent 'parse-census --parent 3204x data/parse-census-notitle.csv' 64 \
    'parse-census: option --parent: "3204x" is not a division code (2, 4, 6, 9 or 12 digits)
usage: parse-census [--all-sheets] [--flags] [--long] [--strict-columns] [--divisions file] [--no-divisions] [--parent code] [--nationwide] [--encoding enc] [--header-rows n] [--industry-scheme year] [--map file] [--sheet name|n] [--skip n] [--year year] [-o file] [--header spec] [--plain] [--rejects file] [file ...]'
# A raw code column of 1987 followed to today's (one of 1986 through the
# window); a township row after a county row has no code_then; a name
# that is not its code's, and a code of no division, reported.
expect parse-census-div-codes 'parse-census data/parse-census-codes-1987.csv' 0 \
    'parse-census: data/parse-census-codes-1987.csv:4: 320521 is not a code of 1987; taken as of 1986 (today 320582)
parse-census: data/parse-census-codes-1987.csv:5: "江阴县" is not the name of 320223 in 1987 nor today; the code is kept
parse-census: data/parse-census-codes-1987.csv:6: 329999 is the code of no province, prefecture or county in 1987, the years beside it, nor today; it is kept' \
    'code:code,level,code_then:code,boundary_changed:int,code_successors,name,year:int,pop_rural_hh:num
320412,county,320421,2002,,武进县,1987,1
320412100,township,,,,湖塘镇,1987,2
320582,county,320521,,,沙洲县,1987,3
320282,county,320223,,,江阴县,1987,4
329999,county,,,,某县,1987,5'
# Issue 14: the labels in the fields they mean, with their units: a
# table headed 城镇人口, 农业人口, 非农业人口, 乡镇企业从业人员 (万人), 自然村
# gives pop_urban 18.52 万人 = 185200, pop_agri 1093000, pop_nonagri
# 98700, tve_employment 276400, natural_villages 8303; urban_def and
# tve_scope from the year (1987: juris_1984, all_1984), said on stderr.
golden parse-census-fields-1987 "parse-census data/parse-census-fields-1987.csv"
# Labels in their table: bare 从业人员 under a 农村 title is labour_rural,
# 年末总人口 of 2005 reported, 按1990年不变价 to price_basis, 乡村人口
# beside 城镇人口 is pop_rural; bare 从业人员 elsewhere kept, warned.
golden parse-census-context-2005 "parse-census --no-divisions data/parse-census-context-2005.csv"
golden parse-census-bare-labour "parse-census --no-divisions data/parse-census-bare-labour.csv"
# Census values in Chinese to the canonical ones (by hand: 男 m, 农业 agri,
# 家庭户 home, 集体户 dorm, 制造业 industry, 农、林、牧、渔业 agri, 半年以下
# 1, 半年至一年 6, 一年至二年 12, 自理口粮 selfgrain, letter D of 1990
# construction, codes 1 m, agri, home).
golden parse-census-values-1990 "parse-census data/parse-census-persons-1990.csv"
# Industry letters: none without a scheme; A B C D E under 1984 agri,
# industry, services, construction, services; under 1994 (the year 2000)
# agri, industry, industry, industry, construction.
expect parse-census-letters-noscheme 'parse-census data/parse-census-industry-letters.csv' 65 \
    "parse-census: data/parse-census-industry-letters.csv:2: column 'industry': \"A\" is a section letter, whose meaning changed between GB/T 4754 versions: give --industry-scheme (1984, 1994, 2002, 2011) or the census year" \
    'pid,industry'
# A title's range of years names no one census: no scheme from it.
expect parse-census-letters-range '{ echo "某县人口普查抽样（1982—1990年）"; cat data/parse-census-industry-letters.csv; } | parse-census' 65 \
    "parse-census: <stdin>: the title names the years 1982-1990 and no column gives a row's year: rows written without a year (give --year YEAR when the table is of one year)
parse-census: <stdin>:3: column 'industry': \"A\" is a section letter, whose meaning changed between GB/T 4754 versions: give --industry-scheme (1984, 1994, 2002, 2011) or the census year" \
    'pid,industry'
expect parse-census-letters-1984 'parse-census --industry-scheme 1984 data/parse-census-industry-letters.csv' 0 '' 'pid,industry
P1,agri
P2,industry
P3,services
P4,construction
P5,services
P6,industry'
expect parse-census-letters-year 'parse-census --year 2000 data/parse-census-industry-letters.csv | cut -d, -f3 | paste -sd" "' 0 '' \
    'industry agri industry industry industry construction industry'
expect parse-census-scheme-bad 'parse-census --industry-scheme 1990 data/parse-census-industry-letters.csv 2>&1 | head -1' 0 \
    '' 'parse-census: option --industry-scheme: "1990" is not 1984, 1994, 2002 or 2011'
# An unknown value is bad data, its file, line, column and value named;
# set aside with --rejects; --map adds values.
expect parse-census-badvalue 'parse-census data/parse-census-badvalue.csv' 65 \
    "parse-census: data/parse-census-badvalue.csv:3: column 'sex:str': \"男的\" is not a known value (m, f); add it with --map as value:sex,RAW,CANONICAL" \
    'pid,sex,hukou_type
P1,m,agri'
expect parse-census-badvalue-rejects 'parse-census --rejects ../out/cmd/pc-val-rej.csv data/parse-census-badvalue.csv 2>/dev/null; echo "exit $?"; sed "s/,.*,/,/" ../out/cmd/pc-val-rej.csv' 0 '' 'pid,sex,hukou_type
P1,m,agri
exit 0
_line,hukou_type
3,农业
4,非农'
expect parse-census-map-values 'parse-census --map data/parse-census-map-values.csv data/parse-census-badvalue.csv' 0 '' 'pid,sex,hukou_type
P1,m,agri
P2,m,agri
P3,f,nonagri'
expect parse-census-map-value-bad 'printf "value:sex,男的,male\n" >../out/cmd/pc-mapv.csv; parse-census --map ../out/cmd/pc-mapv.csv data/parse-census-badvalue.csv' 65 \
    'parse-census: ../out/cmd/pc-mapv.csv:1: --map: "male" is not a value of sex (m, f)'
# Issue 17: an unknown label's unit applied (9.87 万人 = 98700), said;
# a title with an ASCII comma is the title, not the header; --skip with
# --header drops the merged header lines.
golden parse-census-unit-unknown "parse-census --no-divisions data/parse-census-unit-unknown.csv"
golden parse-census-comma-title "parse-census data/parse-census-comma-title.csv"
expect parse-census-skip-header "printf 'title\nmerged1,merged2\nm3,m4\n武进县,1\n' | parse-census --skip 3 --header 地区,乡村人口 --no-divisions" 0 '' 'name,pop_rural_hh:num
武进县,1'
