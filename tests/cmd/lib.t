#!/bin/sh
# lib: the promises of the shared library (DESIGN sections 3 and 4),
# through commute-check and lt-cat (a plain read and write through the
# lib): RFC 4180 pass-through byte for byte, CRLF, gzip, several files,
# --header, --plain, -o, --rejects, every bad input and fault with its
# status and message, big fields and wide rows, signals.
. "$(dirname "$0")/tap.sh"

# Generated inputs and scratch files; messages that name them are run
# from inside the folder, so that no absolute path gets into a golden
# file.
tmp=$OUT/lib.tmp
rm -rf "$tmp"
mkdir -p "$tmp"
export tmp T

# Strip the twelve columns commute-check appends to region rows: they end
# every line that ends a record (an even number of quotes so far) and
# hold no comma or quote.
strip12='awk '\''{ n += gsub(/"/, "&"); if (n % 2 == 0) for (i = 0; i < 12; i++) sub(/,[^,]*$/, ""); print }'\'
export strip12

cd "$T" || exit 1
commute-check data/lib-region.csv >"$tmp/region.out"
# Big region input: 300,000 rows, about 9 MB.
awk 'BEGIN { print "code:code,name,area_km2:num,villages:int,towns:int"
	for (i = 0; i < 300000; i++)
		printf "%06d,village %d,%d,%d,%d\n", 110000 + i % 800000, i,
		    100 + i % 5000, 1 + i % 9000, i % 40 }' >"$tmp/big.csv"
# The same with a bad row at the end.
{ cat "$tmp/big.csv"; echo "320412,Wujin,1763,8303x,30"; } >"$tmp/big-bad.csv"
gzip -nc data/lib-region.csv >"$tmp/region.csv.gz"
cp "$tmp/region.csv.gz" "$tmp/region-gz.csv"
{ head -n 3 data/lib-region.csv | gzip -nc
  tail -n +4 data/lib-region.csv | gzip -nc; } >"$tmp/two-members.gz"
# Truncated gzip, and a deflate stream whose first block has type 3
# (reserved): zlib says "invalid block type".
gzip -nc "$tmp/big.csv" | head -c 20000 >"$tmp/truncated.gz"
{ head -c 10 "$tmp/region.csv.gz"; printf '\377'
  tail -c +12 "$tmp/region.csv.gz"; } >"$tmp/corrupt.gz"
# A 1 MB field (commas, quotes, newlines in it); 100,000 columns; a
# typed column name of 300 bytes.
awk 'BEGIN { printf "code:code,note,area_km2:num,villages:int\n32,\""
	for (i = 0; i < 100000; i++)
		printf "ab,\"\"cd\nxy"
	print "\",1,2" }' >"$tmp/field.csv"
awk 'BEGIN { for (r = 0; r < 2; r++) {
		for (i = 1; i <= 99998; i++)
			printf "%s,", r ? i : "c" i
		print r ? "10,5" : "area_km2:num,villages:int" } }' >"$tmp/wide.csv"
name=$(printf "%0300d" 0 | tr 0 x)
printf "%s:int,area_km2:num,villages:int\n1,2,3\n" "$name" >"$tmp/long.csv"
cd "$top" || exit 1

plan 68
# The header of the cases that stop before their first row.
header='code:code,name,area_km2:num,villages:int,towns:int,settlement,village_density:num,persons_per_village:num,village_spacing_km:num,village_road_km:num,town_distance_km:num,reach_km:num,reach_share:num,catchment_villages:num,catchment_labour:num,commute_min:num,commute_ok:bool'
# The notes commute-check writes on what it cannot compute: without
# pop_rural and labour_rural, and without towns too.
notes2='commute-check: no column pop_rural: persons_per_village NA
commute-check: no column labour_rural: catchment_labour NA, and commute_ok rests on reach_share alone'
notes3='commute-check: no column towns (--centres): town_distance_km, reach_share and commute_min NA, and commute_ok rests on catchment_labour alone
commute-check: no column pop_rural: persons_per_village NA
commute-check: no column labour_rural: catchment_labour NA, and commute_ok rests on reach_share alone'
export notes2 notes3

# RFC 4180 in, the same bytes out: quoted commas, doubled quotes,
# newlines (and a blank line) in fields, UTF-8, spaces, backslashes.
check lib-rfc4180-lt-cat 'lt-cat data/lib-rfc4180.csv | cmp - data/lib-rfc4180.csv'
check lib-rfc4180-pass-through \
    'commute-check data/lib-rfc4180.csv | eval "$strip12" | cmp - data/lib-rfc4180.csv'
check lib-rfc4180-stdin \
    'commute-check < data/lib-rfc4180.csv | eval "$strip12" | cmp - data/lib-rfc4180.csv'
# The appended columns follow each record: 7 records, 7 x 6 values.
check lib-rfc4180-appended \
    'test "$(commute-check data/lib-rfc4180.csv | wc -l)" = 10'
# The pass-through fields are quoted only where they must be: a field
# quoted for nothing comes out bare (the same value).
golden lib-requote 'printf "\"code\",\"name\",villages,area_km2\n\"32\",\"a b\",\"1\",2\n" | lt-cat'

# CRLF in, LF out; a CR LF inside quotes is data and stays.
check lib-crlf 'sed "s/\$/\r/" data/lib-region.csv | commute-check | cmp - "$tmp/region.out"'
golden lib-crlf-quoted 'lt-cat data/lib-crlf-quoted.csv | od -An -c'

# gzip by its magic bytes: on stdin, as a file (with or without .gz),
# members one after another, mixed with plain files.
check lib-gzip-stdin 'gzip -nc data/lib-region.csv | commute-check | cmp - "$tmp/region.out"'
check lib-gzip-file 'commute-check "$tmp/region.csv.gz" | cmp - "$tmp/region.out"'
check lib-gzip-no-suffix 'commute-check "$tmp/region-gz.csv" | cmp - "$tmp/region.out"'
check lib-gzip-members 'commute-check "$tmp/two-members.gz" | cmp - "$tmp/region.out"'
check lib-gzip-members-stdin 'commute-check < "$tmp/two-members.gz" | cmp - "$tmp/region.out"'
check lib-gzip-big 'gzip -c "$tmp/big.csv" | lt-cat | cmp - "$tmp/big.csv"'
expect lib-gzip-truncated 'cd "$tmp" && lt-cat truncated.gz > /dev/null' 65 \
    'lt-cat: truncated.gz: truncated gzip data (the file ends inside the compressed stream)'
expect lib-gzip-corrupt 'cd "$tmp" && commute-check corrupt.gz' 65 \
    'commute-check: corrupt.gz: corrupt gzip data: invalid block type'
expect lib-gzip-corrupt-stdin 'commute-check < "$tmp/corrupt.gz"' 65 \
    'commute-check: <stdin>: corrupt gzip data: invalid block type'
# LITU_STDIN_NAME names stdin in messages (a pipeline feeding a file
# through a pipe); empty, it is <stdin> again.
expect lib-stdin-name 'printf "code,year\n110101,x\n" | LITU_STDIN_NAME=census.csv lt-cat' 65 \
    "lt-cat: census.csv:2: column 'year:int': \"x\" is not an integer" 'code:code,year:int'
expect lib-stdin-name-empty 'printf "code,year\n110101,x\n" | LITU_STDIN_NAME= lt-cat' 65 \
    "lt-cat: <stdin>:2: column 'year:int': \"x\" is not an integer" 'code:code,year:int'

# Several files share one header; a different header stops (65).
golden lib-files 'commute-check data/lib-region.csv data/lib-region2.csv'
check lib-files-count \
    'test "$(commute-check data/lib-region.csv "$tmp/region.csv.gz" data/lib-region2.csv - < data/lib-region2.csv | wc -l)" = 13'
check lib-files-empty-between \
    'commute-check data/lib-region.csv data/lib-empty.csv | cmp - "$tmp/region.out"'
golden lib-files-differ 'commute-check data/lib-region.csv data/lib-region-otherhdr.csv'

# --header for header-less input (after grep), --plain.
check lib-header-spec \
    'tail -n +2 data/lib-region.csv | commute-check --header code,name,area_km2,villages,towns | cmp - "$tmp/region.out"'
golden lib-header-spec-grep \
    'grep ^32 data/lib-region.csv | commute-check --plain --header "code,name,area_km2:num,villages,towns"'
expect lib-header-spec-bad 'printf "1,2\n" | lt-cat --header "a,b:float"' 65 \
    "lt-cat: --header:1: header: column 'b:float': unknown type 'float' (str, int, num, bool or code)"
golden lib-plain 'commute-check --plain data/lib-region.csv'

# -o FILE: whole or absent.
check lib-output-file \
    'commute-check -o "$tmp/o.csv" data/lib-region.csv > "$tmp/o.stdout" && cmp "$tmp/o.csv" "$tmp/region.out" && test ! -s "$tmp/o.stdout" && test "$(ls "$tmp" | grep -c "^o\.csv")" = 1'
check lib-output-file-big \
    'commute-check -o "$tmp/ob.csv" "$tmp/big.csv" && test "$(wc -l < "$tmp/ob.csv")" = 300001 && ! ls "$tmp" | grep -q "^ob\.csv\.tmp"'
expect lib-output-data-error \
    'cd "$tmp" && commute-check -o bad.csv big-bad.csv; rc=$?; ls | grep "^bad\.csv"; exit $rc' 65 \
    "$notes2
commute-check: big-bad.csv:300002: column 'villages:int': \"8303x\" is not an integer"
expect lib-output-data-error-small \
    'commute-check -o "$tmp/small.csv" data/lib-badint.csv; rc=$?; ls "$tmp" | grep "^small\.csv"; exit $rc' 65 \
    "$notes2
commute-check: data/lib-badint.csv:3: column 'villages:int': \"292x\" is not an integer"
# SIGTERM while the input is still coming: no file, no temporary.
check lib-output-sigterm '
	mkfifo "$tmp/fifo"
	commute-check -o "$tmp/sig.csv" "$tmp/fifo" &
	pid=$!
	exec 3>"$tmp/fifo"
	cat "$tmp/big.csv" >&3
	sleep 1
	ls -A "$tmp" | grep -q "^\.litu\." || { echo "no temporary while running"; exit 1; }
	kill -TERM $pid
	wait $pid
	rc=$?
	exec 3>&-
	echo "status $rc"
	test $rc = 143 && ! ls -A "$tmp" | grep "^sig\.csv\|^\.litu\."'

# --rejects: rows in = rows out + rows rejected, by counting lines.
golden lib-rejects \
    'cd "$tmp" && commute-check --rejects rej.csv < "$T/data/lib-rejects.csv" > rej.out; rc=$?; cat rej.csv; exit $rc'
check lib-rejects-count '
	commute-check --rejects "$tmp/r.csv" data/lib-rejects.csv > "$tmp/r.out" 2>/dev/null
	in=$(($(wc -l < data/lib-rejects.csv) - 1))
	out=$(($(wc -l < "$tmp/r.out") - 1))
	rej=$(($(wc -l < "$tmp/r.csv") - 1))
	echo "in $in out $out rejected $rej"
	test $in = 8 && test $out = 3 && test $in = $((out + rej))'
check lib-rejects-none \
    'commute-check --rejects "$tmp/r0.csv" data/lib-region.csv 2> "$tmp/r0.err" | cmp - "$tmp/region.out" && test "$(cat "$tmp/r0.err")" = "$notes2" && test "$(cat "$tmp/r0.csv")" = "_line,_error,code,name,area_km2,villages,towns"'

# Bad data: status 65 and the line.
golden lib-unterminated 'commute-check data/lib-unterminated.csv'
golden lib-bad-quote 'commute-check data/lib-bad-quote.csv'
golden lib-ragged 'commute-check data/lib-ragged.csv'
golden lib-bad-int 'commute-check data/lib-badint.csv'
golden lib-int64-overflow 'commute-check data/lib-overflow.csv'
golden lib-nul 'commute-check data/lib-nul.csv'
golden lib-nul-typed 'printf "area_km2,villages\n1\0002,3\n" | commute-check'
golden lib-invalid-utf8 'commute-check data/lib-utf8.csv'
expect lib-invalid-utf8-header 'printf "area_km2,villages,n\377me\n1,2,3\n" | commute-check' 65 \
    'commute-check: <stdin>:1: header column 3: invalid UTF-8 (or NUL) at byte 2'
expect lib-unknown-type 'commute-check data/lib-unknown-type.csv' 65 \
    "commute-check: data/lib-unknown-type.csv:1: header: column 'villages:integer': unknown type 'integer' (str, int, num, bool or code)"
expect lib-duplicate-header 'commute-check data/lib-dup-header.csv' 65 \
    "commute-check: data/lib-dup-header.csv:1: header: column 'name' appears twice"
expect lib-conflicting-type 'commute-check data/lib-conflict-type.csv' 65 \
    "commute-check: data/lib-conflict-type.csv:1: header: column 'villages:num': 'villages' is a canonical field of type int"

# Numbers read exactly: 100 villages on 100.0 km2 are 100 per 100 km2.
check lib-decimal \
    'test "$(commute-check data/lib-decimal.csv | cut -d, -f4 | tr "\n" " ")" = "village_density:num 100 200 10 "'

# Empty input, header only.
expect lib-empty 'commute-check data/lib-empty.csv' 0 ''
expect lib-empty-stdin 'lt-cat < /dev/null' 0 ''
expect lib-header-only 'commute-check data/lib-header-only.csv' 0 "$notes2" "$header"
check lib-header-only-typed \
    'printf "code:code,name,villages:int\\n" > "$tmp/ho.csv" && lt-cat "$tmp/ho.csv" | cmp - "$tmp/ho.csv"'

# Faults: missing file, a folder, a full disk, a closed pipe.
expect lib-missing 'commute-check data/lib-region.csv data/lib-nonexistent.csv' 66 \
    'commute-check: cannot open data/lib-nonexistent.csv: No such file or directory'
expect lib-directory 'commute-check data' 66 \
    'commute-check: data: is a directory, not a file'
expect lib-dev-full 'commute-check data/lib-region.csv > /dev/full' 74 \
    "$notes2
commute-check: <stdout>: write error: No space left on device"
check lib-closed-pipe '
	{ commute-check "$tmp/big.csv" 2> "$tmp/pipe.err"; echo $? > "$tmp/pipe.rc"; } | head -n 1 > "$tmp/pipe.out"
	rc=$(cat "$tmp/pipe.rc")
	echo "status $rc"; cat "$tmp/pipe.err"
	{ test "$rc" = 141 || test "$rc" = 0; } && test "$(cat "$tmp/pipe.err")" = "$notes2" && test "$(wc -l < "$tmp/pipe.out")" = 1'

# Big: a 1 MB field, 100,000 columns, a 300-byte typed column name.
check lib-big-field '
	test "$(wc -c < "$tmp/field.csv")" -gt 1000000 &&
	lt-cat "$tmp/field.csv" | cmp - "$tmp/field.csv" &&
	commute-check "$tmp/field.csv" | eval "$strip12" | cmp - "$tmp/field.csv"'
check lib-wide '
	commute-check "$tmp/wide.csv" > "$tmp/wide.out" &&
	eval "$strip12" < "$tmp/wide.out" | cmp - "$tmp/wide.csv" &&
	test "$(head -n 1 "$tmp/wide.out" | tr , "\n" | wc -l)" = 100012'
check lib-long-column-name 'lt-cat "$tmp/long.csv" | cmp - "$tmp/long.csv"'

# Options every filter gets.
golden lib-help 'commute-check --help'
golden lib-version 'commute-check --version'
expect lib-unknown-option 'commute-check --no-such-option data/lib-region.csv' 64 \
    "commute-check: unrecognized option '--no-such-option'
usage: commute-check [-c circuity] [-m minutes] [-s km/h] [--centres towns|townships] [--min-pool workers] [--min-reach share] [-o file] [--header spec] [--plain] [--rejects file] [file ...]"

# --progress: the last redraw of the line (after its last CR) is the
# final count; --no-progress and the default without a terminal print
# nothing; a message during a drawn line starts a line of its own.
last_progress='tr "\\r" "\\n" | grep -v "^ *\$" | tail -1'
check lib-progress "commute-check --progress data/lib-region.csv 2>&1 >/dev/null |
    $last_progress | grep -Eqx 'commute-check: 4 rows, 0\\.0 MB, [0-9.]+ MB/s'"
check lib-progress-stdin "commute-check --progress <data/lib-region.csv 2>&1 >/dev/null |
    $last_progress | grep -Eqx 'commute-check: 4 rows, 0\\.0 MB, [0-9.]+ MB/s'"
check lib-no-progress 'test "$(commute-check --no-progress data/lib-region.csv 2>&1 >/dev/null)" = "$notes2"'
check lib-progress-default 'test "$(commute-check data/lib-region.csv 2>&1 >/dev/null)" = "$notes2"'
# A write error found at close (ulimit -f counts 512-byte blocks in
# sh), after the input (and its progress
# line) is gone: exit 74 and the message, nothing else.  The progress
# line was once looked at after lt_in_close had freed it: make check
# SANITIZE=1 fails this case on that code).
gen-census -n 20000 "$top/sample-data/divisions/streets.csv" >"$tmp/progress-census.csv"
check lib-progress-error-at-close "size=\$(classify-labour $tmp/progress-census.csv 2>/dev/null | wc -c)
    ( trap '' XFSZ; ulimit -f \$(( (size - 20000) / 512 ))
      classify-labour --progress $tmp/progress-census.csv >$tmp/progress.out 2>$tmp/progress.err
      test \$? -eq 74 ) &&
    tr '\\r' '\\n' <$tmp/progress.err | grep -v '^ *\$' | tail -1 |
    grep -qx 'classify-labour: <stdout>: write error: File too large'"
# A column a letter or two off one the filter reads is a typo, said
# (issue 17); a column near nothing it reads passes without a word.
golden lib-typo-column 'printf '"'"'code,area_km2,villages,twons\n320412,1763,8303,30\n'"'"' |
    commute-check >/dev/null'
golden lib-own-column 'printf '"'"'code,area_km2,villages,remark\n320412,1763,8303,x\n'"'"' |
    commute-check >/dev/null'
