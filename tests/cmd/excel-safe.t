#!/bin/sh
# excel-safe: --excel-safe on the CSV output of every filter.  Names a
# spreadsheet would run as a formula (a start of = + - or @, and not a
# number) come out with a ' before them, quoted when they must be; a
# negative number stays a number; without --excel-safe every name is
# written as it came.  Each case compares the name (or pid) column of
# the data rows, one a line (ills-report's 18 rows of a region-year
# give one).
. "$(dirname "$0")/tap.sh"
plan 13

W=$(mktemp -d "${TMPDIR:-/tmp}/litu-excel-safe.XXXXXX") || exit 1
trap 'rm -rf "$W"' EXIT
export W

printf '%s\n' =1+2 +x -x @x -5 '"=a,b"' >"$W/asis"
printf '%s\n' "'=1+2" "'+x" "'-x" "'@x" -5 "\"'=a,b\"" >"$W/safe"

# Put the names, in order, into column COL of the data rows of CSV on
# stdin (the names are their CSV text, so that "=a,b" stays one field).
put_names() {
	awk -F, -v OFS=, -v col="$1" '
	    BEGIN { n = split("=1+2 +x -x @x -5 =a;b", name, " ") }
	    NR == 1 { print; next }
	    NR - 1 > n { exit }
	    { $col = name[NR - 1]
	      if (sub(/;/, ",", $col)) $col = "\"" $col "\""
	      print }'
}

# Column COL of the data rows of CSV on stdin, one a line; a quoted
# field whole, with its quotes; repeats of a line made one.
column() {
	awk -v col="$1" 'NR > 1 {
	    s = $0
	    for (i = 1; i <= col; i++) {
	        if (substr(s, 1, 1) == "\"") {
	            match(s, /^"([^"]|"")*"/)
	            f = substr(s, 1, RLENGTH)
	        } else {
	            f = s
	            sub(/,.*/, "", f)
	        }
	        s = substr(s, length(f) + 2)
	    }
	    if (f != last) print f
	    last = f }'
}

# names CASE WANT COL COMMAND: COMMAND's output has the names of file
# WANT in column COL, and exits 0.
names() {
	name=$1 want=$2 col=$3
	shift 3
	if (cd "$T" && sh -c "$*") >"$OUT/$name.csv" 2>"$OUT/$name.err" &&
	    column "$col" <"$OUT/$name.csv" >"$OUT/$name.got" &&
	    cmp -s "$W/$want" "$OUT/$name.got"; then
		ok "$name"
	else
		not_ok "$name"
		diff -u "$W/$want" "$OUT/$name.got" 2>&1 | sed 's/^/# /'
		head -5 "$OUT/$name.err" | sed 's/^/# /'
	fi
}

# Region rows: one township over six years, each year under a name.
gen-panel -n 6 "$top/sample-data/divisions/streets.csv" | put_names 2 \
    >"$W/regions.csv"
# Person rows: the pid.
put_names 1 <"$T/data/classify-labour-persons.csv" >"$W/persons.csv"
# A yearbook table with a name column.
printf 'name,pop_total\n1,1\n2,2\n3,3\n4,4\n5,5\n6,6\n' | put_names 1 \
    >"$W/table.csv"

for prog in commute-check absorb classify-labour; do
	names "excel-safe-$prog" safe 2 "$prog --excel-safe \"\$W/regions.csv\""
	names "excel-safe-$prog-off" asis 2 "$prog \"\$W/regions.csv\""
done
names excel-safe-classify-labour-persons safe 1 \
    'classify-labour --excel-safe "$W/persons.csv"'
names excel-safe-parse-census safe 1 \
    'parse-census --no-divisions --excel-safe "$W/table.csv"'
names excel-safe-parse-census-off asis 1 'parse-census --no-divisions "$W/table.csv"'
names excel-safe-ills-report safe 2 \
    'ills-report --excel-safe -f csv "$W/regions.csv"'
names excel-safe-ills-report-off asis 2 'ills-report "$W/regions.csv"'
# The same with the writing thread off, and through -o FILE.
names excel-safe-ills-report-sync safe 2 \
    'LITU_SYNC_WRITE=1 ills-report --excel-safe "$W/regions.csv"'
names excel-safe-ills-report-o safe 2 \
    'ills-report --excel-safe -o "$W/report.csv" "$W/regions.csv" &&
    cat "$W/report.csv"'
