#!/bin/sh
# install: make install into a scratch DESTDIR; the installed programs
# and pipelines, run from another folder, find the division lists
# installed beside them and give what the source tree gives, names and
# codes included (issue 13).
. "$(dirname "$0")/tap.sh"
plan 5

S=$top/sample-data
W=$(mktemp -d "${TMPDIR:-/tmp}/litu-install.XXXXXX")
trap 'rm -rf "$W"' EXIT
# The build bin/ holds, so that install does not rebuild it.
case ${LITU_BUILD:-build/opt} in
*san*) san=1 ;;
*) san= ;;
esac
I=$W/root/opt/litu/bin

check install-layout "make -C $top --no-print-directory install \
    SANITIZE=$san PREFIX=/opt/litu DESTDIR=$W/root >/dev/null &&
    test -x $I/parse-census && test -x $I/census-rollup &&
    test -s $W/root/opt/litu/share/litu/county-history.csv &&
    test -s $W/root/opt/litu/share/litu/streets.csv &&
    test -s $W/root/opt/litu/share/litu/county-shapes.csv.gz &&
    test -s $W/root/opt/litu/share/litu/county-shapes.LICENSE &&
    test -s $W/root/opt/litu/share/man/man1/parse-census.1"

# The same command, from the tree and installed, both from $W.
same() {
	name=$1
	shift
	check "$name" "cd $W &&
	    PATH=$top/bin:\$PATH $top/pipelines/$1 >$W/tree.out 2>$W/tree.err;
	    echo \$? >>$W/tree.out;
	    PATH=/usr/bin:/bin $I/$1 >$W/inst.out 2>$W/inst.err;
	    echo \$? >>$W/inst.out;
	    sed 's|$top/pipelines/||' $W/tree.err >$W/tree.err2;
	    sed 's|$I/||' $W/inst.err >$W/inst.err2;
	    cmp $W/tree.out $W/inst.out && cmp $W/tree.err2 $W/inst.err2 &&
	    ! grep -q '^1\$' $W/inst.out"
}

# parse-census has no script in pipelines/: compare with bin/.
check install-parse-census "cd $W &&
    $top/bin/parse-census $S/census/wujin-townships.tsv.gz >tree.csv 2>tree.err &&
    $I/parse-census $S/census/wujin-townships.tsv.gz >inst.csv 2>inst.err &&
    cmp tree.csv inst.csv && cmp tree.err inst.err &&
    grep -q '^320412,county,320421,2002,' inst.csv"
same install-census-rollup "census-rollup -o $W/cr $S/census/person-sample-1987.csv.gz"
check install-census-rollup-names "cut -d, -f2 $W/cr/county.csv | sed 1d | grep -v '^\$' | grep -q ."
same install-yearly-report "yearly-report -f csv -c $S/census/person-sample-1987.csv.gz $S/yearbook/county-panel-1985-1987.csv"
