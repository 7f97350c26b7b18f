# census-rollup-S-crash: parallel-census-rollup -S with h2 crashed
# while a job of its runs: either census-rollup's bytes with status 0,
# or a status of parallel-census-rollup(1)'s list (not ssh's 255 nor a
# signal's) with a message naming the failed stage and NO table in
# its folder: never a short table with 0.
on_client "$top/pipelines/census-rollup" -o "$T/crc-serial" "$T/census.csv" \
    2>/dev/null || exit 1
when_busy h2 crash
rc=0
on_client "$top/pipelines/parallel-census-rollup" -S 1/h1,1/h2,1/h3 -j 3 \
    -b 48k -o "$T/crc" "$T/census.csv" 2>"$T/crc.err" || rc=$?
cat "$T/lost-h2"
echo "exit $rc"
cat "$T/crc.err"
revive h2 || exit 1
grep -q '^crash h2 while' "$T/lost-h2" || exit 1
if [ $rc = 0 ]; then
	for f in township county province; do
		cmp "$T/crc-serial/$f.csv" "$T/crc/$f.csv" || exit 1
	done
else
	case $rc in
	65|74) ;;
	*) echo "status $rc is not one parallel-census-rollup(1) lists"; exit 1 ;;
	esac
	ls "$T/crc"
	[ -z "$(ls "$T/crc")" ] || { echo "a table was written"; exit 1; }
	tail -n 1 "$T/crc.err" | grep -q '^parallel-census-rollup: stage .* failed' ||
	    { echo "no line naming the stage"; exit 1; }
fi
