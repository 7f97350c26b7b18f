# crash-nohalt-expect: the plain recipe without --halt (parallel goes
# on after a failed job: the lost host's blocks are simply missing)
# with h2 crashed mid-job, then --merge --expect-rows N (N the input's
# data rows): the merge fails with 65 naming the shortfall and writes
# no table.
rows=$(($(wc -l <"$T/census.csv") - 1))
when_busy h2 crash
on_client sh -c "parallel -S 1/h1,1/h2,1/h3 --pipe --header : --block 48k \
    classify-labour --by township --partial <$T/census.csv >$T/nohalt.partials"
echo "parallel: exit $?"
revive h2 || exit 1
cat "$T/lost-h2"
grep -q '^crash h2 while' "$T/lost-h2" || exit 1
rc=0
on_client classify-labour --merge --expect-rows "$rows" -o "$T/nohalt.csv" \
    "$T/nohalt.partials" 2>"$T/nohalt.err" || rc=$?
cat "$T/nohalt.err"
echo "merge: exit $rc"
[ $rc = 65 ] && [ ! -e "$T/nohalt.csv" ] && grep -q 'expected' "$T/nohalt.err"
