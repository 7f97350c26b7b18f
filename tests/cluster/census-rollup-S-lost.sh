# census-rollup-S-lost: parallel-census-rollup -S on h2 alone, h2
# crashed mid-job: nowhere to retry, so the documented status for a
# lost host (74), a message naming the stage, and no table.
when_busy h2 crash
rc=0
on_client "$top/pipelines/parallel-census-rollup" -S 1/h2 -j 1 \
    -b 48k -o "$T/crl" "$T/census.csv" 2>"$T/crl.err" || rc=$?
revive h2 || exit 1
cat "$T/lost-h2"
echo "exit $rc"
cat "$T/crl.err"
grep -q '^crash h2 while' "$T/lost-h2" || exit 1
ls "$T/crl"
[ $rc = 74 ] && [ -z "$(ls "$T/crl")" ] &&
    tail -n 1 "$T/crl.err" | grep -q '^parallel-census-rollup: stage .* failed'
