# tap.sh - sourced by the command-level tests (tests/cmd/*.t), run by
# prove from the top of the tree.  Each case runs a shell command with
# bin/ first in PATH, in tests/cmd/, and compares its stdout, stderr and
# exit status with tests/cmd/expected/CASE.{out,err,rc} (cmp; a diff is
# printed as TAP comments on a mismatch).  UPDATE=1 writes the expected
# files instead: read every one of them before committing.  A case whose
# outputs are a status and a line or two (errors, empty input) has them
# inline instead (expect), compared as strictly.

top=$(cd "$(dirname "$0")/../.." && pwd)
T=$top/tests/cmd
OUT=$top/tests/out/cmd
mkdir -p "$OUT"
PATH=${LITU_BIN:+$LITU_BIN:}$top/bin:$top/tests/gen:$top/tests/bench:$PATH
LC_ALL=C.UTF-8
export PATH LC_ALL
tap_n=0

plan() {
	echo "1..$1"
}

ok() {
	tap_n=$((tap_n + 1))
	echo "ok $tap_n - $1"
}

not_ok() {
	tap_n=$((tap_n + 1))
	echo "not ok $tap_n - $1"
}

# verdict CASE WANT: the case's out, err and rc against WANTout, WANTerr
# and WANTrc, byte for byte; a diff of each that differs.
verdict() {
	bad=
	for ext in out err rc; do
		if ! cmp -s "$2$ext" "$OUT/$1.$ext"; then
			bad="$bad $ext"
		fi
	done
	if [ -z "$bad" ]; then
		ok "$1"
	else
		not_ok "$1 ($bad differ )"
		for ext in $bad; do
			diff -u "$2$ext" "$OUT/$1.$ext" 2>&1 |
			    head -20 | sed 's/^/# /'
		done
	fi
}

# golden CASE COMMAND: compare stdout, stderr and status with the files.
golden() {
	name=$1
	shift
	(cd "$T" && sh -c "$*") >"$OUT/$name.out" 2>"$OUT/$name.err"
	echo $? >"$OUT/$name.rc"
	if [ "${UPDATE:-}" = 1 ]; then
		cp "$OUT/$name.out" "$OUT/$name.err" "$OUT/$name.rc" \
		    "$T/expected/"
	fi
	verdict "$name" "$T/expected/$name."
}

# expect CASE COMMAND STATUS STDERR [STDOUT]: golden with the expected
# files inline: the exit status, and stderr and stdout byte for byte,
# each the text given with a newline after it, or nothing at all when
# the text is empty (STDOUT left out is empty).  UPDATE=1 changes
# nothing here: edit the script.
expect() {
	name=$1
	(cd "$T" && sh -c "$2") >"$OUT/$name.out" 2>"$OUT/$name.err"
	echo $? >"$OUT/$name.rc"
	echo "$3" >"$OUT/$name.want-rc"
	for ext in err out; do
		case $ext in
		err) want=$4 ;;
		out) want=${5-} ;;
		esac
		if [ -n "$want" ]; then
			printf '%s\n' "$want"
		fi >"$OUT/$name.want-$ext"
	done
	verdict "$name" "$OUT/$name.want-"
}

# check NAME COMMAND: a case that passes when COMMAND exits 0.
check() {
	name=$1
	shift
	if (cd "$T" && sh -c "$*") >"$OUT/$name.log" 2>&1; then
		ok "$name"
	else
		not_ok "$name"
		head -20 "$OUT/$name.log" | sed 's/^/# /'
	fi
}
