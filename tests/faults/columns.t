#!/bin/sh
# columns.t - a header of 80,000 columns through every filter (issue 20:
# parse-census took 43 s, its header handling quadratic in columns: the
# duplicate-name check, the NAME_flag and computed-column look-ups, the
# --map labels, the sort of the year columns, --long's key columns).
# Each run is under timeout 20, so that a quadratic part fails the case
# (it took 20 s to 100 s); the cases assert on the output, not the time.
. "$(dirname "$0")/../cmd/tap.sh"
W=$(mktemp -d "${TMPDIR:-/tmp}/litu-columns.XXXXXX")
trap 'rm -rf "$W"' EXIT
F=$top/tests/faults
N=80000
plan 15

# cols PREFIX SUFFIX: the N names PREFIX0SUFFIX ... joined by commas.
cols() {
	awk -v n=$N -v p="$1" -v s="$2" 'BEGIN { for (i = 0; i < n; i++)
		printf "%s%s%d%s", i ? "," : "", p, i, s; print "" }'
}
# vals K: N values, the i-th i % K.
vals() {
	awk -v n=$N -v k="$1" 'BEGIN { for (i = 0; i < n; i++)
		printf "%s%d", i ? "," : "", i % k; print "" }'
}

# parse-census: N untyped columns of no known label, one row.
{ cols col ''; vals 7; } >"$W/raw.csv"
check pc-wide-header "timeout 20 parse-census --no-divisions $W/raw.csv \
    >$W/out 2>$W/err && test \$(head -n 1 $W/out | tr , '\\n' | wc -l) = $N &&
    head -n 1 $W/out | cut -d, -f80000 | grep -qx col79999 &&
    test \$(tail -n 1 $W/out | cut -d, -f80000) = 3"
check pc-wide-header-flags "timeout 20 parse-census --no-divisions --flags \
    $W/raw.csv >$W/out 2>$W/err && test \$(sed -n 2p $W/out | tr , '\\n' | wc -l) = $N"
# The same with --map naming every column: the last name wins nothing
# from the first (each label has its own line).
{ echo label,name; awk -v n=$N 'BEGIN { for (i = 0; i < n; i++)
	printf "col%d,c%d\n", i, i }'; } >"$W/map.csv"
check pc-map-every-column "timeout 20 parse-census --no-divisions \
    --map $W/map.csv $W/raw.csv >$W/out 2>$W/err &&
    test \$(head -n 1 $W/out | cut -d, -f1) = c0 &&
    test \$(head -n 1 $W/out | cut -d, -f80000) = c79999"
# A name twice, the first and the last column: named by their numbers.
{ cols col '' | sed 's/,col79999$/,col0/'; vals 7; } >"$W/dup.csv"
check pc-duplicate-last "timeout 20 parse-census --no-divisions $W/dup.csv \
    >/dev/null 2>$W/err; test \$? = 65 &&
    grep -q ':1: header: columns 1 and 80000 both map to .col0.' $W/err"
# Typed input with --long: a row per value, each with its keys.
{ printf 'code:code,year:int,'; cols c ':num';
  printf '320412,1987,'; vals 5; printf '320281,1987,'; vals 3; } >"$W/typed.csv"
check pc-long "timeout 20 parse-census --long $W/typed.csv >$W/out 2>$W/err &&
    test \$(wc -l <$W/out) = 160001 &&
    sed -n 80001p $W/out | grep -qx '320412,county,1987,c79999,4' &&
    tail -n 1 $W/out | grep -qx '320281,county,1987,c79999,1'"
# A wide year table: 199 years, then empty header cells to 80,000; a
# year twice at the far end is named with the header's line.
{ printf '地区'; awk -v n=$N 'BEGIN { for (i = 1; i < n; i++)
	printf ",%s", i < 200 ? 1900 + i : ""; print "" }';
  printf '武进县'; awk -v n=$N 'BEGIN { for (i = 1; i < n; i++)
	printf ",%s", i < 200 ? i : ""; print "" }'; } >"$W/years.csv"
check pc-wide-years "timeout 20 parse-census --no-divisions $W/years.csv \
    >$W/out 2>$W/err && test \$(wc -l <$W/out) = 200 &&
    tail -n 1 $W/out | grep -qx '武进县,2099,199'"
{ printf '地区'; awk -v n=$N 'BEGIN { for (i = 1; i < n; i++)
	printf ",%d", 1900 + i % 200; print "" }'; } >"$W/years2.csv"
check pc-year-twice "timeout 20 parse-census --no-divisions $W/years2.csv \
    >/dev/null 2>$W/err; test \$? = 65 &&
    grep -q 'years2.csv:1: header: the year 1900 appears twice' $W/err"
# 县(市、区) then 乡镇 make the first parent_name, once: a column of
# that name besides is an error, before or after (it was written twice
# when it came first).
check pc-parent-name "printf '县(市、区),乡镇,乡村人口(人)\\n武进县,湖塘镇,100\\n' |
    parse-census --no-divisions >$W/out 2>$W/err &&
    head -n 1 $W/out | grep -qx 'parent_name,name,pop_rural_hh:num'"
check pc-parent-name-twice "printf 'parent_name,县(市、区),乡镇\\nx,y,z\\n' |
    parse-census --no-divisions >/dev/null 2>$W/err; test \$? = 65 &&
    grep -q 'columns 1 and 2 both map to .parent_name.' $W/err"

# The other filters: their own rows with N more columns, and the
# roll-ups and formats that handle every column.
for f in classify-labour commute-check absorb ills-report; do
	awk -v n=$N -F, 'NR == 1 { printf "%s", $0
		for (i = 0; i < n; i++) printf ",x%d:num", i; print ""; next }
		{ printf "%s", $0; for (i = 0; i < n; i++) printf ",%d", i % 7
		print "" }' "$F/base-$f.csv" >"$W/$f.csv"
done
for f in classify-labour commute-check absorb; do
	check "$f-wide-header" "timeout 20 $f $W/$f.csv >$W/out 2>$W/err &&
	    test \$(head -n 1 $W/out | tr , '\\n' | wc -l) -gt $N &&
	    head -n 1 $W/out | grep -q ',x79999:num' &&
	    test \$(wc -l <$W/out) = \$(wc -l <$F/base-$f.csv)"
done
check classify-labour-by-county "timeout 20 classify-labour --by county \
    $W/classify-labour.csv >$W/out 2>$W/err && test \$(wc -l <$W/out) -gt 1"
check absorb-level-county "timeout 20 absorb -l county $W/absorb.csv \
    >$W/out 2>$W/err && test \$(wc -l <$W/out) -gt 1"
check ills-report-html "timeout 20 ills-report -f html $W/ills-report.csv \
    >$W/out 2>$W/err && grep -q '</html>' $W/out"
