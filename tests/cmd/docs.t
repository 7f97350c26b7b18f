#!/bin/sh
# docs: every man page lints clean with mandoc, every program (filter
# and installed pipeline script) has one, and every option a program's
# --help lists is in its man page too; one convention for --help and
# --version across the filters and every executable in pipelines/
# (issue 17): --help a usage line on standard output and exit 0, -h the
# same for the scripts, --version "NAME (litu) VERSION" with lib/litu.h's
# LT_VERSION, exit 0.
. "$(dirname "$0")/tap.sh"
progs=$(cd "$top/filters" && ls)
# The installed scripts: the Makefile's SCRIPTS.
scripts=$(cd "$top/pipelines" && for f in *; do
	[ -x "$f" ] && [ "$f" != run-sample ] && echo "$f"; done)
# Every executable in pipelines/ (run-sample too: make run's, not installed).
execs=$(cd "$top/pipelines" && for f in *; do [ -x "$f" ] && echo "$f"; done)
pages=$(cd "$top/docs" && ls ./*.[157] | sed 's|^\./||')
version=$(sed -n 's/^#define LT_VERSION "\(.*\)"$/\1/p' "$top/lib/litu.h")
set -- $progs $scripts
n=$#
set -- $execs
plan $(($(echo "$pages" | wc -l) + 4 * n + 2 * $# + $(echo $progs | wc -w) + 1))
for p in $pages; do
	if out=$(mandoc -Tlint -W warning "$top/docs/$p" 2>&1) && [ -z "$out" ]; then
		ok "docs $p: mandoc -Tlint clean"
	else
		not_ok "docs $p: mandoc -Tlint"
		echo "$out" | head -5 | sed 's/^/# /'
	fi
done
for prog in $progs $scripts; do
	if [ -x "$top/pipelines/$prog" ]; then
		cmd=$top/pipelines/$prog
	else
		cmd=$prog
	fi
	page=$top/docs/$prog.1
	if [ -f "$page" ]; then ok "docs $prog has $prog.1"; else not_ok "docs $prog has no man page"; fi
	text=$(mandoc -Tutf8 "$page" 2>/dev/null | col -b)
	missing=
	for o in $("$cmd" --help | grep -oE -- '--[a-z][a-z-]+' | sort -u); do
		echo "$text" | grep -q -- "$o" || missing="$missing $o"
	done
	if [ -z "$missing" ]; then
		ok "docs $prog: every --help option is in $prog.1"
	else
		not_ok "docs $prog: not in $prog.1:$missing"
	fi
	# The short options of the --help's option list (lines that start
	# with one), in the page's OPTIONS too.
	missing=
	for o in $("$cmd" --help | grep -oE -- '^ +-[a-zA-Z]\b' | tr -d ' ' | sort -u); do
		echo "$text" | grep -qE -- "^ +$o( |,|\$)" || missing="$missing $o"
	done
	if [ -z "$missing" ]; then
		ok "docs $prog: every short option of --help is in $prog.1"
	else
		not_ok "docs $prog: short options not in $prog.1:$missing"
	fi
	# The SYNOPSIS is the usage line.
	usage=$("$cmd" --help | head -1 | sed 's/^usage: //')
	synopsis=$(echo "$text" | awk '/^SYNOPSIS/ { on = 1; next } /^[A-Z]/ { on = 0 } on' |
	    tr -s ' \n' '  ' | sed 's/^ *//; s/ *$//')
	first=$(echo "$usage" | cut -d' ' -f1-3)
	case $synopsis in
	*"$first"*) ok "docs $prog: SYNOPSIS starts as the usage line" ;;
	*) not_ok "docs $prog: SYNOPSIS '$synopsis' is not the usage '$usage'" ;;
	esac
done

# --help and --version: every executable in pipelines/, from another
# folder; run-sample's --help must not run the job (no tests/out/run).
for s in $execs; do
	rm -rf "$OUT/docs-help" && mkdir -p "$OUT/docs-help"
	rc=0
	(cd "$OUT/docs-help" && "$top/pipelines/$s" --help) >"$OUT/docs-help.out" 2>"$OUT/docs-help.err" || rc=$?
	(cd "$OUT/docs-help" && "$top/pipelines/$s" -h) >"$OUT/docs-h.out" 2>&1 || rc=$((rc + 1000))
	if [ $rc = 0 ] && ! [ -s "$OUT/docs-help.err" ] &&
	    head -n 1 "$OUT/docs-help.out" | grep -q "^usage: $s\\b" &&
	    grep -q -- '--help' "$OUT/docs-help.out" && grep -q -- '--version' "$OUT/docs-help.out" &&
	    grep -qi 'exit status' "$OUT/docs-help.out" &&
	    cmp -s "$OUT/docs-help.out" "$OUT/docs-h.out" &&
	    [ -z "$(ls -A "$OUT/docs-help")" ]; then
		ok "docs $s --help and -h: usage, options, exit statuses on stdout, exit 0"
	else
		not_ok "docs $s --help (status $rc)"
		head -n 3 "$OUT/docs-help.out" "$OUT/docs-help.err" | sed 's/^/# /'
	fi
	rc=0
	out=$("$top/pipelines/$s" --version 2>&1) || rc=$?
	if [ $rc = 0 ] && [ "$out" = "$s (litu) $version" ]; then
		ok "docs $s --version: $out"
	else
		not_ok "docs $s --version: '$out' (exit $rc), not '$s (litu) $version'"
	fi
done
for prog in $progs; do
	rc=0
	out=$("$prog" --version 2>&1) || rc=$?
	if [ $rc = 0 ] && [ "$out" = "$prog (litu) $version" ]; then
		ok "docs $prog --version: $out"
	else
		not_ok "docs $prog --version: '$out' (exit $rc)"
	fi
done
# run-sample's --help leaves make run's output alone.
check docs-run-sample-help-runs-nothing "
	mkdir -p $top/tests/out/run && touch $top/tests/out/run/.docs-mark &&
	$top/pipelines/run-sample --help >/dev/null &&
	test -e $top/tests/out/run/.docs-mark && rm -f $top/tests/out/run/.docs-mark"
