# census-rollup-S: pipelines/parallel-census-rollup -S over the three
# hosts (which see neither the census file nor the division lists: the
# blocks go through ssh, the merge and the levels above run on the
# client), a plain file (--pipepart) and a gzip one (--pipe):
# township.csv, county.csv and province.csv are census-rollup's, byte
# for byte, and every host ran jobs.
gzip -c "$T/census.csv" >"$T/census.csv.gz"
on_client "$top/pipelines/census-rollup" -o "$T/cr-serial" "$T/census.csv" \
    2>/dev/null || exit 1
for in in census.csv census.csv.gz; do
	before=$(logins)
	on_client "$top/pipelines/parallel-census-rollup" -S 1/h1,1/h2,1/h3 \
	    -j 3 -b 48k -o "$T/cr-$in" "$T/$in" 2>"$T/cr-$in.err" ||
	    { echo "$in: exit $?"; cat "$T/cr-$in.err"; exit 1; }
	tail -n 1 "$T/cr-$in.err"
	logged_in_all "$before" || exit 1
	for f in township county province; do
		cmp "$T/cr-serial/$f.csv" "$T/cr-$in/$f.csv" || exit 1
	done
done
