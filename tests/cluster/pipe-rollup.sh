# pipe-rollup: docs/scaling.md's roll-up over three hosts with --pipe:
# the census sample streamed in 48k blocks through ssh to h1, h2 and
# h3 (none of which can see the file), --partial on each block, one
# --merge on the client: the serial bytes, and every host had jobs.
on_client sh -c "parallel -S 1/h1,1/h2,1/h3 --pipe --header : --block 48k \
    --halt now,fail=1 --joblog $T/pipe.log \
    classify-labour --by township --partial <$T/census.csv >$T/pipe.partials" ||
    { echo "parallel: exit $?"; exit 1; }
used=$(used_hosts "$T/pipe.log")
echo "hosts used: $used"
[ "$used" = "h1 h2 h3 " ] || exit 1
on_client classify-labour --merge -o "$T/pipe.csv" "$T/pipe.partials" &&
    cmp "$T/serial.csv" "$T/pipe.csv"
