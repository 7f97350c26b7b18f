#!/bin/sh
# parse-census: headers of several rows (issue 18): a merged two-row
# header gives the same output as the one-row header of the joined
# labels, in UTF-8 and GBK; three rows with 其中 and a row of units;
# 合计 under a head; unknown joined labels kept as text; --header-rows;
# a data row that starts blank is no header row.
. "$(dirname "$0")/tap.sh"
plan 18
two=data/headrows-two.csv
one=data/headrows-one.csv
check headrows-two-as-one "parse-census $two 2>/dev/null >$OUT/hr-two.csv &&
    parse-census $one 2>/dev/null >$OUT/hr-one.csv && cmp $OUT/hr-two.csv $OUT/hr-one.csv"
golden headrows-two "parse-census $two"
check headrows-two-gbk "iconv -f UTF-8 -t GBK $two >$OUT/hr-two-gbk.csv &&
    parse-census $OUT/hr-two-gbk.csv 2>/dev/null | cmp - $OUT/hr-one.csv"
check headrows-rows-2 "parse-census --header-rows 2 $two 2>/dev/null |
    cmp - $OUT/hr-one.csv"
check headrows-rows-skip "parse-census --skip 2 --header-rows 2 $two 2>/dev/null |
    cmp - $OUT/hr-one.csv"
# Three rows and a row of units: 其中 adds nothing, 外出从业人员 is
# known alone, 乡村人口 over 男 is the unknown 乡村人口男, in 万人.
# 乡镇企业从业人员 over 工业 and 建筑业: TVE jobs, not rural labour, so
# not 工业从业人员 (labour_industry): the head keeps its words, the
# columns are said (they were labour_industry and labour_construction).
golden headrows-tve-sub "parse-census data/headrows-tve-sub.csv"
golden headrows-three "parse-census data/headrows-three.csv"
check headrows-three-strict "parse-census --strict-columns data/headrows-three.csv 2>&1 |
    grep -qx \"parse-census: data/headrows-three.csv:2: header: column '乡村人口男(万人)' is not a canonical field (--strict-columns; see --map)\""
# A --map label names a joined label, and serves as a head noun.
check headrows-map "printf '乡村人口男,pop_rural_male,num\n' >$OUT/hr-map.csv &&
    parse-census --map $OUT/hr-map.csv data/headrows-three.csv 2>/dev/null |
    head -1 | grep -q ',pop_rural_male:num,乡村人口女:num,'"
# The region label at the bottom of the merged block: only --header-rows
# can say so.
golden headrows-bottom "parse-census --header-rows 2 data/headrows-bottom.csv"
expect headrows-rows-1 "parse-census --header-rows 1 --no-divisions $two" 65 \
    'parse-census: data/headrows-two.csv:4: column '"'"'labour_rural:num'"'"': "合计" is not a number' \
    'name,year:int,labour_rural:num,column_3,column_4,column_5,column_6,labour_migrant:num'
expect headrows-rows-short "parse-census --header-rows 5 data/headrows-bottom.csv" 65 \
    'parse-census: data/headrows-bottom.csv:3: --header-rows 5: the input ends after 4 header rows; give the rows the header has'
expect headrows-rows-header "parse-census --header-rows 2 --header 地区,总人口 $two" 64 \
    'parse-census: --header-rows with --header: the header --header gives is one row; leave out one of them'
expect headrows-rows-0 "parse-census --header-rows 0 $two" 64 \
    'parse-census: option --header-rows: "0" is not an integer from 1 to 10
usage: parse-census [--all-sheets] [--flags] [--long] [--strict-columns] [--divisions file] [--no-divisions] [--parent code] [--nationwide] [--encoding enc] [--header-rows n] [--industry-scheme year] [--map file] [--sheet name|n] [--skip n] [--year year] [-o file] [--header spec] [--plain] [--rejects file] [file ...]'
expect headrows-rows-x "parse-census --header-rows x $two" 64 \
    'parse-census: option --header-rows: "x" is not an integer from 1 to 10
usage: parse-census [--all-sheets] [--flags] [--long] [--strict-columns] [--divisions file] [--no-divisions] [--parent code] [--nationwide] [--encoding enc] [--header-rows n] [--industry-scheme year] [--map file] [--sheet name|n] [--skip n] [--year year] [-o file] [--header spec] [--plain] [--rejects file] [file ...]'
# A row under the header that starts blank but holds a number (or a
# missing-value mark) is data, not a header row.
expect headrows-blank-data "printf '地区,乡村人口\n,12\n,…\nx,13\n' |
    parse-census --no-divisions --year 1987" 0 '' \
    'name,year:int,pop_rural_hh:num
,1987,12
,1987,
x,1987,13'
# English labels under the header, their first cell blank, are dropped
# as before, not joined; under a two-row header too.
expect headrows-english "printf '地区,乡村人口\n,Rural Population\nx,13\n' |
    parse-census --no-divisions --year 1987" 0 \
    'parse-census: <stdin>: header on line 1; 1 line before it and 0 note lines after the table dropped' \
    'name,year:int,pop_rural_hh:num
x,1987,13'
expect headrows-english-two "printf '地区,乡村人口,,\n,合计,男,女\n,Rural Population,Male,Female\nx,13,6,7\n' |
    parse-census --no-divisions --year 1987" 0 \
    'parse-census: <stdin>: header on lines 1-2; 1 line before it and 0 note lines after the table dropped' \
    'name,year:int,pop_rural_hh:num,乡村人口男,乡村人口女
x,1987,13,6,7'
