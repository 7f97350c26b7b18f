# pipepart-rollup: the same with --pipepart -a FILE (parallel reads
# each part of the file on the client and sends it through ssh).
on_client parallel -S 1/h1,1/h2,1/h3 --pipepart -a "$T/census.csv" \
    --header : --block 48k --halt now,fail=1 --joblog "$T/pipepart.log" \
    classify-labour --by township --partial >"$T/pipepart.partials" ||
    { echo "parallel: exit $?"; exit 1; }
used=$(used_hosts "$T/pipepart.log")
echo "hosts used: $used"
[ "$used" = "h1 h2 h3 " ] || exit 1
on_client classify-labour --merge -o "$T/pipepart.csv" "$T/pipepart.partials" &&
    cmp "$T/serial.csv" "$T/pipepart.csv"
