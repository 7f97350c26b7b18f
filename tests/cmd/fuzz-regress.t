#!/bin/sh
# fuzz-regress: every input the fuzzers once crashed on (tests/fuzz/
# regress/NAME/) is replayed through its harness, built by make check
# with the same compiler and sanitizers as the other tests.
. "$(dirname "$0")/tap.sh"
build=$top/${LITU_BUILD:-build/opt}
set --
for d in "$top"/tests/fuzz/regress/*/; do
	set -- "$@" "$(basename "$d")"
done
plan $#
for name in "$@"; do
	files=$(find "$top/tests/fuzz/regress/$name" -type f | sort)
	if [ -z "$files" ]; then
		ok "fuzz-regress-$name # SKIP no inputs yet"
		continue
	fi
	# shellcheck disable=SC2086
	check "fuzz-regress-$name" "$build/tests/fuzz/replay-$name" $files
done
