# parallel.bash - what parallel-census-rollup and parallel-yearly-report
# share: their stages, the retry-safe blocks of GNU parallel, and the
# jobs' notes summed.  Sourced by both (bash), never run; installed in
# share/litu beside the division lists.  The script that sources it
# sets prog, tmp (its temporary folder, removed by its own EXIT trap),
# step, jobs, block, logins and remote (the -S option, or empty).

# notes FILE [ROWS]: the messages of the jobs in FILE, each once:
# identical lines once, and the counts the blocks print summed into one
# line, in the order first seen: "PROG: of N rows, M: WHAT; M2: WHAT2"
# (one line per filter, as the serial run's, each WHAT's M summed) and
# "PROG: WHAT on N rows: WHY".  ROWS, the stage's input rows, replaces
# the sum of "of N rows" (a block with nothing to note does not print
# its rows).
notes() {
	awk -v total="${2:-}" '
	function add(k, line) {
		if (!(k in seen)) { seen[k] = 1; order[++n] = k; text[k] = line }
	}
	function rows(c) { return c (c == 1 ? " row" : " rows") }
	# The "This job failed:" line of GNU parallel and the command: the
	# stage line says which stage failed.
	skip { skip = 0; next }
	/^parallel: This job failed:$/ { skip = 1; next }
	# "of N rows, M: WHAT; M2: WHAT2 ...": the WHATs of one filter in
	# one list, a new one before the next one of its line already
	# listed (else last), so that the order is the filter'"'"'s.
	match($0, /: of [0-9]+ rows?, [0-9]+: /) && substr($0, 1, RSTART - 1) !~ /:/ {
		pre = substr($0, 1, RSTART - 1)
		head = substr($0, RSTART + 5, RLENGTH - 5)
		rest = substr($0, RSTART + RLENGTH)
		split(head, f, / /)
		k = "A" SUBSEP pre
		add(k, "")
		kind[k] = "A"; p1[k] = pre; a[k] += f[1]
		m = f[3] + 0
		ni = 0
		while (1) {
			if (match(rest, /; [0-9]+: /)) {
				what = substr(rest, 1, RSTART - 1)
				nextm = substr(rest, RSTART + 2, RLENGTH - 4) + 0
				rest = substr(rest, RSTART + RLENGTH)
			} else {
				what = rest; rest = ""
			}
			items[++ni] = what; counts[ni] = m
			if (rest == "") break
			m = nextm
		}
		for (x = 1; x <= ni; x++) {
			w = items[x]
			sum[pre, w] += counts[x]
			if ((pre, w) in known) continue
			known[pre, w] = 1
			# before the next item of this line already listed
			at = len[pre] + 1
			for (y = x + 1; y <= ni && at > len[pre]; y++)
				if ((pre, items[y]) in known)
					for (z = 1; z <= len[pre]; z++)
						if (list[pre, z] == items[y]) { at = z; break }
			for (z = len[pre]; z >= at; z--) list[pre, z + 1] = list[pre, z]
			list[pre, at] = w
			len[pre]++
		}
		next
	}
	match($0, / on [0-9]+ rows?: /) && substr($0, 1, RSTART - 1) ~ /^[^: ]+( \([^:()]*\))?: [^:]*$/ {
		pre = substr($0, 1, RSTART - 1)
		mid = substr($0, RSTART + 4)
		post = substr($0, RSTART + RLENGTH)
		split(mid, f, / /)
		k = "B" SUBSEP pre SUBSEP post
		add(k, "")
		kind[k] = "B"; p1[k] = pre; p2[k] = post
		a[k] += f[1]
		next
	}
	{ add("L" SUBSEP $0, $0) }
	END {
		for (i = 1; i <= n; i++) {
			k = order[i]
			if (kind[k] == "A") {
				pre = p1[k]
				line = pre ": of " rows(total != "" ? total : a[k])
				for (z = 1; z <= len[pre]; z++)
					line = line (z == 1 ? ", " : "; ") sum[pre, list[pre, z]] ": " list[pre, z]
				print line
			} else if (kind[k] == "B")
				print p1[k] " on " rows(a[k]) ": " p2[k]
			else
				print text[k]
		}
	}' "$1"
}

# The retry-safe way to run a filter on blocks of a file, on this host
# or on others (-S; docs/scaling.md): the header line is cut off and
# given to the filter with --header (in $LITU_HEADER, which --env takes
# to other hosts), so that GNU parallel 20221122's --retries never
# writes it twice into a retried block (it does with --header :), and
# the rows go by --pipe as records (never file names: other hosts
# share nothing but ssh; never --pipepart, whose retried job gets
# empty input).  A job that fails is retried 3 times (on another host
# when there is one), then the stage stops at once (--halt now: with
# soon, parallel 20221122 waits for ever in --pipe mode).
# The rows are counted on the way (non-empty lines after the header)
# into $tmp/rows, for --expect-rows and check_rows.
#
# On this host alone nothing is retried (no host to lose), and each job
# writes its messages and its failure to files of its own, relayed in
# job order when the stage ends: with --halt now, parallel drops the
# failing job's messages and its job-log line whenever a job before it
# still runs (the user would read "failed (exit 65)" and not which
# row).  A plain file is cut by --pipepart: each job reads its own part
# of the file, with the header line given by parallel and no pass
# through the script; the command then finds $LITU_HEADER unset.  A
# fifth faster on a large census.
#
# A bad row (exit 65) is said as the serial pipeline says it, with the
# file's name and the row's line in the file: a block's filter reads a
# pipe and counts the lines of its block, so the stage is run again
# here, in one job, over the whole file (LITU_STDIN_NAME naming it),
# up to the first bad row, and its messages stand for the failed
# block's.  That costs at most one more pass, and only on bad data.
#
# blocks FILE CMD [PARALLEL-OPTION ...]
blocks() {
	local f=$1 cmd=$2 job=$2 rc=0 retry=(--retries 3) d n again=
	shift 2
	rm -rf "$tmp/rows" "$tmp/joblog" "$tmp/jobs" "$tmp/parallel.err"
	if [ ${#remote[@]} = 0 ]; then
		mkdir "$tmp/jobs"
		d=$(printf %q "$tmp/jobs")
		job="{ $cmd; } 2>$d/{#}.err || { s=\$?; echo \$s >$d/{#}.status; exit \$s; }"
		retry=()
	fi
	if [ ${#remote[@]} = 0 ] && [ $# = 0 ] && [ -f "$f" ] &&
	    [ "$(od -An -tx1 -N2 "$f" | tr -d ' ')" != 1f8b ]; then
		unset LITU_HEADER
		tail -n +2 "$f" | LC_ALL=C grep -c -v -e '^$' -e $'^\r$' \
		    >"$tmp/rows" || :
		parallel --pipepart -a "$f" --header : --halt now,fail=1 \
		    --keep-order -j "$jobs" --block "$block" \
		    --joblog "$tmp/joblog" "$job" 2>"$tmp/parallel.err" || rc=$?
	else
		LITU_HEADER=$({ gzip -cdf "$f" || :; } | head -n 1 | tr -d '\r')
		export LITU_HEADER
		gzip -cdf "$f" |
		    awk -v out="$tmp/rows" 'NR > 1 { print; if ($0 != "" && $0 != "\r") n++ }
			END { print n + 0 >out }' |
		    parallel "${remote[@]}" --env LITU_HEADER --env LITU_STAGE --pipe \
		    "${retry[@]}" --halt now,fail=1 --keep-order -j "$jobs" \
		    --block "$block" --joblog "$tmp/joblog" "$@" "$job" \
		    2>"$tmp/parallel.err" || rc=$?
	fi
	if [ "$rc" = 65 ]; then
		{ gzip -cdf "$f" | env -u LITU_HEADER LITU_STDIN_NAME="$f" \
		    sh -c "$cmd" >/dev/null; } 2>"$tmp/again.err" || :
		# Of use only when it names a row of the file.
		grep -qF "$f:" "$tmp/again.err" && again=$tmp/again.err
	fi
	# parallel's own messages, and over ssh the jobs' (less a failed
	# block's, when the run again said it better).
	if [ -n "$again" ]; then
		grep -v '^[^:]*: <stdin>:[0-9]' "$tmp/parallel.err" || :
	else
		cat "$tmp/parallel.err"
	fi >&2
	if [ -d "$tmp/jobs" ]; then
		for n in $(ls "$tmp/jobs" | sed -n 's/\.err$//p' | sort -n); do
			[ -n "$again" ] && [ -f "$tmp/jobs/$n.status" ] ||
			    cat "$tmp/jobs/$n.err"
		done >&2
	fi
	[ -z "$again" ] || cat "$again" >&2
	return "$rc"
}

# failed_blocks: the blocks of the last blocks() that failed, and where:
# "PROG: block N failed on HOST (exit E)", from the jobs' own status
# files on this host (parallel's job log may lack the failing job),
# else from parallel's job log.
failed_blocks() {
	local n e
	if [ -d "$tmp/jobs" ]; then
		for n in $(ls "$tmp/jobs" | sed -n 's/\.status$//p' | sort -n); do
			e=$(cat "$tmp/jobs/$n.status")
			if [ "$e" = 143 ]; then
				continue	# stopped by --halt now
			elif [ "$e" -gt 128 ]; then
				e="killed by signal $((e - 128))"
			else
				e="exit $e"
			fi
			echo "$prog: block $n failed on this host ($e)"
		done
		rm -rf "$tmp/jobs"
		return 0
	fi
	[ -s "$tmp/joblog" ] || return 0
	awk -F '\t' -v prog="$prog" '
	NR > 1 && ($7 != 0 || $8 != 0) {
		host = $2 == ":" ? "this host" : "host " $2
		why = $8 != 0 ? "killed by signal " $8 : "exit " $7
		if ($8 == 13) why = why ": its host or link went away"
		if ($7 == 255) why = why ": ssh lost the host or its link"
		line = prog ": block " $1 " failed on " host " (" why ")"
		if (!seen[line]++) print line
	}' "$tmp/joblog"
	rm -f "$tmp/joblog"
}

# check_rows NAME FILE: FILE (a row-for-row stage's output, one header)
# holds as many rows as blocks() counted going in; else a block was
# lost: 74.
check_rows() {
	local want got
	want=$(cat "$tmp/rows")
	got=$(awk 'NR > 1 && $0 != "" { n++ } END { print n + 0 }' "$2")
	if [ "$got" != "$want" ]; then
		echo "$prog: stage $1: $got rows out of $want in: a block was lost" >&2
		exit 74
	fi
}

# stage NAME CMD...: run one stage, its messages summed by notes (with
# the rows of the file $rows_of, when set, as the stage's rows); when
# it fails, say which (and of which part) and exit with its status (a
# status outside 64, 65, 66 and 74 is reported as 74).
stage() {
	local name=$1 rc=0
	shift
	step="stage $name"
	# The filters' notes name the stage, "absorb (county): ...", or of
	# parallel-yearly-report's stages the part, "absorb (census part)".
	local label=${name%% *}
	case $name in
	*' part)') label=${name##*\(} label=${label%\)} ;;
	esac
	LITU_STAGE=$label "$@" 2>"$tmp/stage.err" || rc=$?
	local rows=
	if [ -n "${rows_of:-}" ] && grep -q ': of [0-9]* rows\{0,1\}, [0-9]*: ' "$tmp/stage.err"; then
		rows=$(($(gzip -cdf "$rows_of" | wc -l) - 1))
	fi
	notes "$tmp/stage.err" $rows >&2
	rows_of=
	case $rc in
	0) ;;
	64|65|66|74)
		failed_blocks >&2
		echo "$prog: stage $name failed (exit $rc)" >&2
		exit "$rc" ;;
	141|255)
		# GNU parallel's status when a host (ssh, 255) or its link
		# (SIGPIPE, 141) went away and the retries did not help.
		failed_blocks >&2
		echo "$prog: stage $name failed (exit 74): a host or its link was lost (GNU parallel exit $rc; hosts ${logins:-:})" >&2
		exit 74 ;;
	*)
		if [ "$rc" -gt 128 ]; then
			echo "$prog: stage $name killed (exit $rc)" >&2
			exit "$rc"
		fi
		echo "$prog: stage $name failed (exit 74; its status was $rc)" >&2
		exit 74 ;;
	esac
	step=
}
