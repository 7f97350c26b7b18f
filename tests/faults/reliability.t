#!/bin/sh
# reliability.t - the holes a hostile campaign found (issue 20), each
# run as it was found, on every filter it concerns: no input destroyed,
# no output left half-written or mid-row, the parent's SIGHUP kept, the
# writable target's mode, owner and symlink kept, valid input accepted.
. "$(dirname "$0")/../cmd/tap.sh"
W=$(mktemp -d "${TMPDIR:-/tmp}/litu-reliab.XXXXXX")
trap 'rm -rf "$W"' EXIT
F=$top/tests/faults
filters="commute-check classify-labour absorb"
plan 31

# A big valid panel (several output buffers) and the same with a bad
# last row.
gen-panel -n 60000 -s 5 "$top/sample-data/divisions/streets.csv" >"$W/panel.csv"
cp "$W/panel.csv" "$W/bad.csv"
tail -n 1 "$W/panel.csv" | sed 's/,[^,]*$/,x/' >>"$W/bad.csv"

# Exit 65 on the last row: standard output ends at the end of a row.
for f in $filters; do
	check "midrow-$f" "$f $W/bad.csv >$W/out 2>/dev/null; test \$? = 65 &&
	    test \"\$(tail -c 1 $W/out | od -An -c | tr -d ' ')\" = '\\n' &&
	    test \$(wc -l <$W/out) -gt 1000"
done

# An output path that is an input is a usage error before anything is
# read, and the input stays whole.
for f in $filters; do
	check "rejects-is-input-$f" "cp $W/panel.csv $W/in.csv;
	    $f --rejects $W/in.csv $W/in.csv >/dev/null 2>$W/err;
	    test \$? = 64 && cmp $W/in.csv $W/panel.csv &&
	    grep -q 'option --rejects: .* is an input' $W/err"
done
check rejects-is-output "commute-check -o $W/o.csv --rejects $W/o.csv \
    $W/panel.csv 2>$W/err; test \$? = 64 && test ! -e $W/o.csv &&
    grep -q 'options -o and --rejects: both name' $W/err"
check output-is-stdin "cp $W/panel.csv $W/in.csv;
    absorb -o $W/in.csv <$W/in.csv 2>$W/err; test \$? = 64 &&
    cmp $W/in.csv $W/panel.csv && grep -q '(standard input)' $W/err"
check parse-census-output-is-input "cp $F/base-parse-census.csv $W/pc.csv;
    parse-census -o $W/pc.csv $W/pc.csv 2>/dev/null; test \$? = 64 &&
    cmp $W/pc.csv $F/base-parse-census.csv"

# nohup: SIGHUP ignored by the parent stays ignored, the output whole.
mkfifo "$W/fifo"
check sighup-kept "sh -c 'trap \"\" HUP; exec absorb -o $W/hup.csv $W/fifo' &
    p=\$!; exec 3>$W/fifo; head -n 1000 $W/panel.csv >&3; sleep 0.2;
    kill -HUP \$p; tail -n +1001 $W/panel.csv >&3; exec 3>&-; wait \$p;
    test \$? = 0 && absorb $W/panel.csv | cmp - $W/hup.csv"

# A file size limit: 74, and no temporary file left beside the target.
check ulimit-f "mkdir -p $W/uf && (ulimit -f 50; commute-check \
    -o $W/uf/out.csv $W/panel.csv) 2>$W/err; test \$? = 74 &&
    test -z \"\$(ls -A $W/uf)\" && grep -q 'File too large' $W/err"

# -o over an existing file keeps its mode and, through a symlink, the
# link; a name as long as the folder allows works.
check o-keeps-mode-and-symlink "echo old >$W/tgt && chmod 640 $W/tgt &&
    ln -sf tgt $W/link && commute-check -o $W/link $W/panel.csv &&
    test -L $W/link && test \"\$(stat -c %a $W/tgt)\" = 640 &&
    commute-check $W/panel.csv | cmp - $W/tgt"
long=$(printf 'n%.0s' $(seq 1 250)).csv
check o-long-name "commute-check -o $W/$long $W/panel.csv && test -s $W/$long"

# Standard output closed: 74, and the rejects file gets no header of
# the output.
check stdout-closed "commute-check --rejects $W/rej.csv $W/bad.csv >&- 2>$W/err;
    test \$? = 74 && grep -q 'standard output is closed' $W/err &&
    ! grep -q village_density $W/rej.csv 2>/dev/null"

# A byte order mark before a quoted header cell (R, pandas), or alone.
printf '\357\273\277"code","year","area_km2","villages"\n320412,1987,1763,8303\n' >"$W/bom.csv"
for f in commute-check absorb; do
	check "bom-quoted-$f" "$f $W/bom.csv >$W/out && grep -q '^320412,' $W/out"
done
printf '\357\273\277' >"$W/bomonly.csv"
check bom-only "commute-check $W/bomonly.csv >$W/out 2>$W/err; test \$? = 0 &&
    test ! -s $W/out"

# A str column whose name holds a colon is written with its type.
expect colon-name "printf 'code,area_km2,villages,a:b:str\n320412,1763,8303,x\n' |
    commute-check --no-progress 2>/dev/null | cut -d, -f1,4" 0 '' 'code:code,a:b:str
320412,x'
check colon-name-roundtrip "printf 'code,area_km2,villages,a:b:str\n320412,1763,8303,x\n' | commute-check |
    commute-check >$W/out && head -1 $W/out | grep -q ',a:b:str,'"

# Every -o and --rejects case leaves no temporary file behind.
check no-temporaries "test -z \"\$(find $W -name '.litu.*')\""
check gzip-output-is-input "gzip -nc $W/panel.csv >$W/p.gz;
    classify-labour --rejects $W/p.gz $W/p.gz 2>/dev/null; test \$? = 64 &&
    gzip -dc $W/p.gz | cmp - $W/panel.csv"

# parse-census's encoding: UTF-8 with one bad byte among Chinese names is
# UTF-8, the byte bad data with its line (it was all read as GB18030);
# ASCII for longer than the first block, then GBK, is read as GB18030
# from there, and said.
{ printf '地区,乡村人口(人)\n'; i=0; while [ $i -lt 2000 ]; do
	printf '武进县,%d\n' $i; i=$((i + 1)); done
  printf '湖塘\377乡,1\n'; } >"$W/onebad.csv"
check encoding-one-bad-byte "parse-census --no-divisions $W/onebad.csv >/dev/null 2>$W/err;
    test \$? = 65 && grep -q 'onebad.csv:2002: invalid UTF-8' $W/err"
{ printf 'name,pop_total\n'; i=0; while [ $i -lt 30000 ]; do
	printf 'abcdefghij,%d\n' $i; i=$((i + 1)); done
  printf '地区,1\n' | iconv -f UTF-8 -t GBK; } >"$W/asciigbk.csv"
check encoding-ascii-then-gbk "parse-census --no-divisions $W/asciigbk.csv >$W/out 2>$W/err &&
    test \"\$(tail -n 1 $W/out)\" = '地区,1' &&
    grep -q 'ASCII up to byte [0-9]*, then not UTF-8: read as GB18030' $W/err"

# Lines ended by CR alone (old Macs) are lines: messages count them.
printf 'code,area_km2,villages\r320412,1763,8303\r3204x,1,2\r' >"$W/cr.csv"
check cr-only-lines "commute-check $W/cr.csv >/dev/null 2>$W/err; test \$? = 65 &&
    grep -q 'cr.csv:3: column' $W/err"
printf '地区,乡村人口(人)\r武进县,1\r湖塘乡,x\r' >"$W/crpc.csv"
check cr-only-lines-parse-census "parse-census --no-divisions $W/crpc.csv >/dev/null 2>$W/err;
    test \$? = 65 && grep -q 'crpc.csv:3: column' $W/err"
# /dev/zero: bad data (65), not memory until 74.
check dev-zero "head -c 80000000 /dev/zero | commute-check >/dev/null 2>$W/err;
    test \$? = 65 && grep -q 'NUL bytes in a line' $W/err"
# A roll-up sum past 128 bits is bad data naming the group, never a
# wrapped negative population (200 values just under 10^30).
awk 'BEGIN { print "code:code,year:int,pop_total:num"
	for (i = 0; i < 200; i++)
		printf "320412%03d,1987,999999999999999999999999999999\n", 100 + i % 50 }' \
    >"$W/ovf.csv"
check sum-overflow "absorb -l county $W/ovf.csv >$W/out 2>$W/err; test \$? = 65 &&
    grep -q 'the sum of pop_total for 320412 1987 does not fit in 128 bits' $W/err &&
    ! grep -q ',-' $W/out"
# parse-census's wide year tables check their rows' fields as ordinary
# tables do (a value past the years was dropped, a missing year padded);
# --long on a table with a column 'indicator' is an error, not two
# columns of one name.
check wide-extra-field "printf '地区,1985,1986\\n武进县,1,2,3\\n' | parse-census --no-divisions \
    >/dev/null 2>$W/err; test \$? = 65 && grep -q ':2: row has 4 fields, the header has 3' $W/err"
check wide-short-row "printf '指标,1985,1986\\n乡村人口(人),1\\n' | parse-census --no-divisions \
    >/dev/null 2>$W/err; test \$? = 65 && grep -q ':2: row has 2 fields, the header has 3' $W/err"
check long-indicator-column "printf 'name,indicator,pop_total\\nx,y,1\\n' | parse-census --no-divisions --long \
    >$W/out 2>$W/err; test \$? = 65 && grep -q \"input has a column 'indicator'\" $W/err"
# A code beside an empty name, on a row before any value went into the
# arena: the name is "", not a NULL pointer handed to memcpy (UBSan with
# clang; tests/unit/parse-census/test_cells.c fails with any compiler).
check code-beside-empty-name "printf 'code,name,population\\n320412,,\\n' |
    parse-census >$W/out 2>$W/err; test \$? = 0 &&
    test \"\$(tail -n 1 $W/out)\" = '320412,county,,,,,' && test ! -s $W/err"
