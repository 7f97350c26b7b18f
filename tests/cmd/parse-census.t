#!/bin/sh
# parse-census: the sample exports into typed CSV (golden), their output
# fed back in byte-identical, every option, bad quoting, a ragged row,
# invalid GBK bytes, --rejects accounting, exit statuses.
. "$(dirname "$0")/tap.sh"
S=../../sample-data/census
D="--divisions ../../sample-data/divisions/areas.csv --divisions ../../sample-data/divisions/streets.csv"
plan 24
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
golden parse-census-badgbk 'parse-census data/parse-census-badgbk.csv'
golden parse-census-badutf8 'parse-census --encoding utf-8 data/parse-census-badgbk.csv'
golden parse-census-map 'parse-census --map data/parse-census-map.csv data/parse-census-mapped.csv'
golden parse-census-strict 'parse-census --strict-columns data/parse-census-mapped.csv'
golden parse-census-skip "printf 'a,b\nname,pop_total\nx,1\n' | parse-census --skip 1"
golden parse-census-header "printf 'x,1\n' | parse-census --header 地区,总人口 --progress -o ../out/cmd/pc-o.csv && cat ../out/cmd/pc-o.csv"
golden parse-census-empty 'printf "" | parse-census'
golden parse-census-missing 'parse-census /nonexistent.csv'
golden parse-census-usage 'parse-census --encoding latin1'
golden parse-census-help 'parse-census --help'
