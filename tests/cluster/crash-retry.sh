# crash-retry: docs/scaling.md's retry-safe recipe (the header cut off
# and given with --header SPEC, --retries 3, --halt now,fail=1) with h2
# crashed while a job of its runs: the lost job and the blocks after
# it go to the other hosts, the result is the serial bytes.
spec=$(head -n 1 "$T/census.csv")
when_busy h2 crash
on_client sh -c "tail -n +2 $T/census.csv |
    parallel -S 1/h1,1/h2,1/h3 --pipe --block 48k --retries 3 \
    --halt now,fail=1 --joblog $T/retry.log \
    classify-labour --header '$spec' --by township --partial \
    >$T/retry.partials"
rc=$?
revive h2 || exit 1
cat "$T/lost-h2"
cat "$T/retry.log"
grep -q '^crash h2 while' "$T/lost-h2" || exit 1
[ $rc = 0 ] || { echo "parallel: exit $rc"; exit 1; }
on_client classify-labour --merge -o "$T/retry.csv" "$T/retry.partials" &&
    cmp "$T/serial.csv" "$T/retry.csv"
