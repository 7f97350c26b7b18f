# crash-halt: the plain recipe (--pipe --header :, --halt now,fail=1,
# no retries; the merge only when parallel succeeded) with h1 crashed
# mid-job: a non-zero status (ssh's 255 through parallel) and no
# table, never a short table with 0.
when_busy h1 crash
rc=0
on_client sh -c "parallel -S 1/h1,1/h2,1/h3 --pipe --header : --block 48k \
    --halt now,fail=1 classify-labour --by township --partial \
    <$T/census.csv >$T/halt.partials &&
    classify-labour --merge -o $T/halt.csv $T/halt.partials" || rc=$?
revive h1 || exit 1
cat "$T/lost-h1"
echo "exit $rc"
grep -q '^crash h1 while' "$T/lost-h1" || exit 1
[ $rc != 0 ] && [ ! -e "$T/halt.csv" ]
