# link-down-retry: the retry-safe recipe with h3's link cut while a
# job of its runs (the host lives on, unreachable: ssh gives up after
# ServerAliveInterval 1 x ServerAliveCountMax 3): the serial bytes.
spec=$(head -n 1 "$T/census.csv")
when_busy h3 link_down
on_client sh -c "tail -n +2 $T/census.csv |
    parallel -S 1/h1,1/h2,1/h3 --pipe --block 48k --retries 3 \
    --halt now,fail=1 --joblog $T/link.log \
    classify-labour --header '$spec' --by township --partial \
    >$T/link.partials"
rc=$?
cat "$T/lost-h3"
cat "$T/link.log"
# h3 back as new: its stranded processes go, its link comes up.
crash h3
revive h3 || exit 1
grep -q '^link_down h3 while' "$T/lost-h3" || exit 1
[ $rc = 0 ] || { echo "parallel: exit $rc"; exit 1; }
on_client classify-labour --merge -o "$T/link.csv" "$T/link.partials" &&
    cmp "$T/serial.csv" "$T/link.csv"
