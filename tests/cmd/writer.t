#!/bin/sh
# writer: the writing thread of lib/outthread.c, which takes over once an
# output has filled its first 256 KB buffer with at least 16 nums a kB,
# on outputs of several MB from absorb, commute-check, classify-labour
# and ills-report.  For each: the bytes are those of LITU_SYNC_WRITE=1
# (no thread), and of -o FILE; there is a writing thread for absorb and
# commute-check (45 and 20 nums a kB) and none for classify-labour and
# ills-report (none and 7), and none ever with LITU_SYNC_WRITE=1;
# /dev/full, and a write that fails in the thread (a file size limit:
# EFBIG) mid-way or at close, exit 74 with the message, leaving a
# prefix of the output on stdout and nothing with -o; | head -1 gets
# the header, and the filter dies of SIGPIPE without a word, even when
# SIGPIPE was ignored.
. "$(dirname "$0")/tap.sh"
W=$(mktemp -d "${TMPDIR:-/tmp}/litu-writer.XXXXXX") || exit 1
trap 'rm -rf "$W"' EXIT
# absorb's notes on what it cannot compute from the generated panel
# (columns it lacks, no norm given): not errors, not what is tested here.
notes='/^absorb: no /d; /^absorb: growth_new_towns on /d'
export W notes
# The thread unless a case asks for none.
unset LITU_SYNC_WRITE

# Inputs made once.  Outputs: absorb 4.3 MB, commute-check 3.7 MB,
# classify-labour 3.3 MB, ills-report 5.5 MB (it writes 18 rows a
# region-year, so from a smaller panel).
streets=$top/sample-data/divisions/streets.csv
gen-panel -n 20000 "$streets" >"$W/panel.csv"
gen-panel -n 3000 "$streets" >"$W/panel-small.csv"
gen-census -n 40000 "$streets" >"$W/census.csv"

plan 32

for prog in absorb commute-check classify-labour ills-report; do
	case $prog in
	classify-labour) input=$W/census.csv extra=0 ;;
	ills-report) input=$W/panel-small.csv extra=0 ;;
	*) input=$W/panel.csv extra=1 ;;
	esac
	export prog input extra

	# The reference: written without the thread.
	check "writer-$prog-thread-equals-sync" '
	    "$prog" "$input" >"$W/$prog.out" 2>"$W/$prog.err" &&
	    LITU_SYNC_WRITE=1 "$prog" "$input" >"$W/$prog.sync" \
	        2>"$W/$prog.sync-err" || { echo "exit $?"; exit 1; }
	    size=$(wc -c <"$W/$prog.out")
	    [ "$size" -gt 2000000 ] || { echo "only $size bytes"; exit 1; }
	    cmp "$W/$prog.sync" "$W/$prog.out" &&
	    cmp "$W/$prog.sync-err" "$W/$prog.err"'

	check "writer-$prog-o-file" '
	    "$prog" -o "$W/$prog.o.csv" "$input" 2>/dev/null &&
	    cmp "$W/$prog.out" "$W/$prog.o.csv" &&
	    ! ls -A "$W" | grep -q "^\.litu\."'

	# Threads of the filter once it blocks on a full pipe that nobody
	# reads (its wchan shows the pipe): one more than with
	# LITU_SYNC_WRITE=1 (extra) when the variable is unset, empty or 0,
	# for the filters whose output is rich in nums.  Linux only:
	# without /proc the case passes untested.
	check "writer-$prog-threads" '
	    threads() {
	        rm -f "$W/fifo" && mkfifo "$W/fifo" || exit 1
	        env "$@" "$prog" "$input" >"$W/fifo" 2>/dev/null &
	        pid=$!
	        exec 3<"$W/fifo"
	        i=0
	        while [ $i -lt 100 ] &&
	            ! cat /proc/$pid/task/*/wchan 2>/dev/null | grep -q pipe; do
	            sleep 0.05
	            i=$((i + 1))
	        done
	        ls /proc/$pid/task | wc -l
	        exec 3<&-
	        wait $pid
	    }
	    [ -d /proc/self/task ] || exit 0
	    sync=$(threads LITU_SYNC_WRITE=1)
	    unset=$(threads -u LITU_SYNC_WRITE)
	    empty=$(threads LITU_SYNC_WRITE=)
	    zero=$(threads LITU_SYNC_WRITE=0)
	    echo "threads: $sync with LITU_SYNC_WRITE=1, $unset unset," \
	        "$empty empty, $zero with 0"
	    [ "$unset" = $((sync + extra)) ] && [ "$empty" = "$unset" ] &&
	    [ "$zero" = "$unset" ]'

	# Most filters write their header at once, so a full disk stops
	# them there, before the thread starts; ills-report reads all its
	# input first, and its first write is the thread's.
	check "writer-$prog-dev-full" '
	    "$prog" "$input" >/dev/full 2>"$W/$prog.full-err"
	    rc=$?
	    sed -i "$notes" "$W/$prog.full-err"; cat "$W/$prog.full-err"
	    [ $rc = 74 ] && [ "$(sed -i "$notes" "$W/$prog.full-err"; cat "$W/$prog.full-err")" = \
	        "$prog: <stdout>: write error: No space left on device" ]'

	# A file size limit of 512 KB (ulimit -f counts 512-byte blocks):
	# the header and the first buffer are written, the thread fails on
	# the next (EFBIG, SIGXFSZ being ignored), the filter reports it.
	check "writer-$prog-error-in-thread" '
	    for mode in "" 1; do
	        (trap "" XFSZ; ulimit -f 1024
	         LITU_SYNC_WRITE=$mode "$prog" "$input" \
	             >"$W/$prog.lim$mode" 2>"$W/$prog.lim$mode-err")
	        rc=$?
	        sed -i "$notes" "$W/$prog.lim$mode-err"; cat "$W/$prog.lim$mode-err"
	        [ $rc = 74 ] && [ "$(sed -i "$notes" "$W/$prog.lim$mode-err"; cat "$W/$prog.lim$mode-err")" = \
	            "$prog: <stdout>: write error: File too large" ] ||
	            { echo "LITU_SYNC_WRITE=$mode: exit $rc"; exit 1; }
	    done
	    size=$(wc -c <"$W/$prog.lim")
	    echo "$size bytes written"
	    [ "$size" = 524288 ] &&
	    head -c "$size" "$W/$prog.out" | cmp - "$W/$prog.lim" &&
	    cmp "$W/$prog.lim1" "$W/$prog.lim"'

	check "writer-$prog-error-in-thread-o-file" '
	    rm -f "$W/$prog.lim.csv"
	    (trap "" XFSZ; ulimit -f 1024
	     "$prog" -o "$W/$prog.lim.csv" "$input" 2>"$W/$prog.limo-err")
	    rc=$?
	    sed -i "$notes" "$W/$prog.limo-err"; cat "$W/$prog.limo-err"
	    [ $rc = 74 ] && [ "$(sed -i "$notes" "$W/$prog.limo-err"; cat "$W/$prog.limo-err")" = \
	        "$prog: $W/$prog.lim.csv: write error: File too large" ] &&
	    [ ! -e "$W/$prog.lim.csv" ] &&
	    ! ls -A "$W" | grep -q "^\.litu\."'

	# A limit that holds all but the last few bytes: the write that
	# fails is of the last buffer, handed over at close, so only the
	# check at close can see it.  (classify-labour has written its
	# summary of the rows to stderr by then: the error is the last line.)
	check "writer-$prog-error-at-close" '
	    size=$(wc -c <"$W/$prog.out")
	    blocks=$(((size - 1) / 512))
	    for mode in "" 1; do
	        (trap "" XFSZ; ulimit -f $blocks
	         LITU_SYNC_WRITE=$mode "$prog" "$input" \
	             >"$W/$prog.end$mode" 2>"$W/$prog.end$mode-err")
	        rc=$?
	        sed -i "$notes" "$W/$prog.end$mode-err"; cat "$W/$prog.end$mode-err"
	        [ $rc = 74 ] && [ "$(tail -1 "$W/$prog.end$mode-err")" = \
	            "$prog: <stdout>: write error: File too large" ] &&
	        head -c $((blocks * 512)) "$W/$prog.out" |
	            cmp - "$W/$prog.end$mode" ||
	            { echo "LITU_SYNC_WRITE=$mode: exit $rc"; exit 1; }
	    done
	    rm -f "$W/$prog.end.csv"
	    (trap "" XFSZ; ulimit -f $blocks
	     "$prog" -o "$W/$prog.end.csv" "$input" 2>/dev/null)
	    rc=$?
	    [ $rc = 74 ] && [ ! -e "$W/$prog.end.csv" ] &&
	    ! ls -A "$W" | grep -q "^\.litu\." ||
	        { echo "-o FILE: exit $rc, or a file left"; exit 1; }'

	# head exits after the header; the filter's next write (the
	# thread's, or its own with LITU_SYNC_WRITE=1) meets a closed pipe.
	# With SIGPIPE ignored (as a parent may leave it) the write fails
	# with EPIPE instead, and the filter raises SIGPIPE itself.
	check "writer-$prog-head-sigpipe" '
	    for pipe in - ""; do
	    for mode in "" 1; do
	        (trap "$pipe" PIPE
	         { LITU_SYNC_WRITE=$mode "$prog" "$input" 2>"$W/$prog.pipe-err"
	           echo $? >"$W/$prog.pipe-rc"; } | head -1 >"$W/$prog.first")
	        rc=$(cat "$W/$prog.pipe-rc")
	        sed -i "$notes" "$W/$prog.pipe-err"; cat "$W/$prog.pipe-err"
	        [ "$rc" = $((128 + 13)) ] && [ ! -s "$W/$prog.pipe-err" ] &&
	        head -1 "$W/$prog.out" | cmp - "$W/$prog.first" ||
	            { echo "trap \"$pipe\" PIPE, LITU_SYNC_WRITE=$mode: exit $rc"
	              exit 1; }
	    done
	    done'
done
