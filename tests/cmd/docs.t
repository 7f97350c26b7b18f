#!/bin/sh
# docs: every man page lints clean with mandoc, every program has one,
# and every option a program's --help lists is in its man page too.
. "$(dirname "$0")/tap.sh"
progs=$(cd "$top/filters" && ls)
pages=$(cd "$top/docs" && ls ./*.[157] | sed 's|^\./||')
set -- $progs
plan $(($(echo "$pages" | wc -l) + 3 * $#))
for p in $pages; do
	if out=$(mandoc -Tlint -W warning "$top/docs/$p" 2>&1) && [ -z "$out" ]; then
		ok "docs $p: mandoc -Tlint clean"
	else
		not_ok "docs $p: mandoc -Tlint"
		echo "$out" | head -5 | sed 's/^/# /'
	fi
done
for prog in $progs; do
	page=$top/docs/$prog.1
	if [ -f "$page" ]; then ok "docs $prog has $prog.1"; else not_ok "docs $prog has no man page"; fi
	text=$(mandoc -Tutf8 "$page" 2>/dev/null | col -b)
	missing=
	for o in $("$prog" --help | grep -oE -- '--[a-z][a-z-]+' | sort -u); do
		echo "$text" | grep -q -- "$o" || missing="$missing $o"
	done
	if [ -z "$missing" ]; then
		ok "docs $prog: every --help option is in $prog.1"
	else
		not_ok "docs $prog: not in $prog.1:$missing"
	fi
	# The SYNOPSIS is the usage line.
	usage=$("$prog" --help | head -1 | sed 's/^usage: //')
	synopsis=$(echo "$text" | awk '/^SYNOPSIS/ { on = 1; next } /^[A-Z]/ { on = 0 } on' |
	    tr -s ' \n' '  ' | sed 's/^ *//; s/ *$//')
	first=$(echo "$usage" | cut -d' ' -f1-3)
	case $synopsis in
	*"$first"*) ok "docs $prog: SYNOPSIS starts as the usage line" ;;
	*) not_ok "docs $prog: SYNOPSIS '$synopsis' is not the usage '$usage'" ;;
	esac
done
