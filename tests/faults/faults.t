#!/bin/sh
# faults.t - every filter against the same table of bad inputs and
# faults (issue 9): each row of the table says how to spoil a valid
# input, the exit status expected and a pattern its one-line message on
# stderr must match.  Data faults run again with --rejects, where the
# status is 0 and rows in = rows out + rows rejected, counted.
#
# The valid input of each filter is tests/faults/base-FILTER.csv, which
# ends with five extra columns (x_int:int, x_num:num, x_bool:bool,
# x_code:code, x_str), its last row with 7,2.5,true,320412,text in them,
# so that every type fault can be made the same way.
. "$(dirname "$0")/../cmd/tap.sh"
F=$top/tests/faults
W=$top/tests/out/faults
mkdir -p "$W"

# name|status|stderr pattern (grep -E)|how to make the input (sh, $B is
# the base file, output to stdout)
table() {
	cat <<'TABLE'
unterminated-quote|65|:[0-9]+: column .*unterminated quoted field|cat $B; printf '11,"abc\n'
quote-in-unquoted|65|:[0-9]+: column .*bad quoting|cat $B; printf 'a"b,1\n'
ragged-row|65|:[0-9]+: row has 2 fields, the header has [0-9]+|cat $B; printf '1,2\n'
bad-int|65|column 'x_int:int': "4x" is not an integer|sed '$s/,7,2\.5,true,320412,/,4x,2.5,true,320412,/' $B
bad-num|65|column 'x_num:num': "1\.2\.3" is not a number|sed '$s/,7,2\.5,true,320412,/,7,1.2.3,true,320412,/' $B
bad-bool|65|column 'x_bool:bool': "yes" is not true or false|sed '$s/,7,2\.5,true,320412,/,7,2.5,yes,320412,/' $B
bad-code|65|column 'x_code:code': "1234567" is not a division code|sed '$s/,7,2\.5,true,320412,/,7,2.5,true,1234567,/' $B
int64-overflow|65|"9223372036854775808" is out of range for a 64-bit integer|sed '$s/,7,2\.5,true,320412,/,9223372036854775808,2.5,true,320412,/' $B
invalid-utf8|65|column 'x_str': invalid UTF-8|cat $B; sed -n '$p' $B | sed 's/$/\xff/'
nul-byte|65|column 'x_str': invalid UTF-8 \(or a NUL byte\)|cat $B; sed -n '$p' $B | sed 's/$/\x00/'
truncated-gzip|65|truncated gzip data|gzip -nc $B | head -c 40
corrupt-gzip|65|corrupt gzip data|gzip -nc $B | od -An -v -tx1 | awk 'NR==2{$3="ff";$4="ff";$5="00"}1' | xxd -r -p
unknown-type|65|header: column 'x_int:integer': unknown type|sed '1s/x_int:int/x_int:integer/' $B
duplicate-header|65|header: column 'x_num' appears twice|sed '1s/x_int:int/x_num:num/' $B
conflicting-type|65|header: column 'year:num': 'year' is a canonical field of type int|sed '1s/year:int/year:num/' $B
TABLE
}

filters="parse-census commute-check classify-labour absorb ills-report"
count=0
for f in $filters; do
	[ -f "$F/base-$f.csv" ] && [ -x "$top/bin/$f" ] || continue
	count=$((count + $(table | wc -l) * 2 + 9))
done
plan "$count"

# The notes commute-check and absorb write on what they leave NA for
# want of a column or an option: not the message under test.
notes='^(commute-check|absorb): (no column |no --|no sown_ha column |growth_new_towns on |amphibian_gap NA on |years_to_target \(--base)'

# A count of data rows (lines after the header, quotes not spanning
# lines in these inputs).
rows() {
	if [ -s "$1" ]; then tail -n +2 "$1" | wc -l | tr -d ' '; else echo 0; fi
}

for f in $filters; do
	B=$F/base-$f.csv
	[ -f "$B" ] && [ -x "$top/bin/$f" ] || continue
	table >"$W/table"
	while IFS='|' read -r name status pattern make; do
		in=$W/$f-$name.in
		(B=$B; eval "$make") >"$in" 2>/dev/null
		# A filter's own verdict, where it differs (expect-FILTER).
		stops=
		if [ -f "$F/expect-$f" ] &&
		    line=$(grep "^$name|" "$F/expect-$f"); then
			status=$(echo "$line" | cut -d'|' -f2)
			pattern=$(echo "$line" | cut -d'|' -f3)
			stops=$(echo "$line" | cut -d'|' -f4)
		fi
		"$f" "$in" >"$W/$f-$name.out" 2>"$W/$f-$name.all-err"
		rc=$?
		grep -vE "$notes" "$W/$f-$name.all-err" >"$W/$f-$name.err"
		if [ "$rc" = 0 ] && [ "$status" = 0 ]; then
			ok "$f $name: exit 0, as this filter reads it"
		elif [ "$rc" = "$status" ] && [ "$(wc -l <"$W/$f-$name.err")" = 1 ] &&
		    grep -qE "^$f: .*$pattern" "$W/$f-$name.err"; then
			ok "$f $name: exit $status and its message"
		else
			not_ok "$f $name: exit $rc (want $status)"
			sed 's/^/# /' "$W/$f-$name.err" | head -5
		fi
		# The same with --rejects: data faults in rows are kept apart,
		# the rest still stop (header, gzip, syntax at the end).
		rm -f "$W/$f-$name.rej"
		"$f" --rejects "$W/$f-$name.rej" "$in" >"$W/$f-$name.rout" \
		    2>"$W/$f-$name.rerr"
		rrc=$?
		case $name$stops in
		*stop|*gzip*|*header*|unknown-type|conflicting-type)
			if [ "$rrc" = "$status" ]; then
				ok "$f $name --rejects: still exit $status"
			else
				not_ok "$f $name --rejects: exit $rrc (want $status)"
			fi
			continue ;;
		esac
		in_rows=$(rows "$in")
		out_rows=$(rows "$W/$f-$name.rout")
		rej_rows=$(rows "$W/$f-$name.rej")
		if [ "$f" = ills-report ] || [ "$rrc" != 0 ]; then
			# A report summarises: check the rejects alone.
			if [ "$rrc" = 0 ] && [ "$rej_rows" = 1 ]; then
				ok "$f $name --rejects: 1 row rejected"
			else
				not_ok "$f $name --rejects: exit $rrc, $rej_rows rejected"
			fi
		elif [ "$in_rows" = $((out_rows + rej_rows)) ] && [ "$rej_rows" = 1 ]; then
			ok "$f $name --rejects: $in_rows in = $out_rows out + $rej_rows rejected"
		else
			not_ok "$f $name --rejects: $in_rows in, $out_rows out, $rej_rows rejected"
			sed 's/^/# /' "$W/$f-$name.rerr" | head -5
		fi
	done <"$W/table"

	# Faults of the environment.
	"$f" /nonexistent/input.csv >/dev/null 2>"$W/err"
	[ $? = 66 ] && grep -q "cannot open /nonexistent/input.csv" "$W/err" &&
	    ok "$f missing file: 66" || not_ok "$f missing file"
	"$f" "$F" >/dev/null 2>"$W/err"
	[ $? = 66 ] && grep -q "is a directory" "$W/err" &&
	    ok "$f directory: 66" || not_ok "$f directory"
	if [ "$(id -u)" != 0 ]; then
		cp "$B" "$W/unreadable.csv"; chmod 000 "$W/unreadable.csv"
		"$f" "$W/unreadable.csv" >/dev/null 2>"$W/err"
		[ $? = 66 ] && ok "$f unreadable file: 66" || not_ok "$f unreadable"
	else
		ok "$f unreadable file # SKIP root reads every file"
	fi
	"$f" "$B" >/dev/full 2>"$W/err"
	[ $? = 74 ] && grep -q "No space left on device" "$W/err" &&
	    ok "$f /dev/full: 74" || not_ok "$f /dev/full"
	printf '' | "$f" >"$W/out" 2>"$W/err"
	[ $? = 0 ] && [ ! -s "$W/out" ] && [ ! -s "$W/err" ] &&
	    ok "$f empty input: empty output, 0" || not_ok "$f empty input"
	head -1 "$B" | "$f" >"$W/out" 2>"$W/err"
	[ $? = 0 ] && ! grep -vqE "$notes" "$W/err" &&
	    ok "$f header only: 0" || not_ok "$f header only"
	"$f" --no-such-option >/dev/null 2>"$W/err"
	[ $? = 64 ] && grep -q "^usage: $f" "$W/err" &&
	    ok "$f unknown option: 64 and usage" || not_ok "$f unknown option"
	# A closed pipe: quiet, as cat is.
	big=$W/big-$f.csv
	case $f in
	absorb|ills-report)
		# Region-years must not repeat: a generated panel.
		gen-panel -n 50000 "$top/sample-data/divisions/streets.csv" >"$big" ;;
	*)
		{ cat "$B"; i=0; while [ $i -lt 12 ]; do tail -n +2 "$B"; i=$((i + 1)); done; } >"$W/b1"
		{ cat "$W/b1"; for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16; do tail -n +2 "$W/b1"; tail -n +2 "$W/b1"; tail -n +2 "$W/b1"; done; } >"$big" ;;
	esac
	"$f" "$big" 2>"$W/err" | head -1 >/dev/null
	! grep -vqE "$notes" "$W/err" && ok "$f closed pipe: quiet" || not_ok "$f closed pipe"
	# SIGTERM mid-run with -o: no file, no temporary left.
	rm -f "$W/term.out" "$W"/.litu.*
	(cat "$B"; sleep 2; tail -n +2 "$B") | "$f" -o "$W/term.out" 2>/dev/null &
	pid=$!	# the filter, the last command of the pipeline
	sleep 1
	kill -TERM "$pid" 2>/dev/null
	wait
	if [ ! -e "$W/term.out" ] && ! ls "$W"/.litu.* >/dev/null 2>&1; then
		ok "$f SIGTERM with -o: nothing left"
	else
		not_ok "$f SIGTERM with -o: a file is left"
	fi
done
