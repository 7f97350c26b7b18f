#!/bin/sh
# pipelines: the serial yearly report and census roll-up on the shipped
# sample data against golden outputs; the parallel pipelines equal to the
# serial ones, byte for byte, with 1, 2 and 4 jobs and two block sizes;
# the cron wrapper silent on success and leaving the previous report
# whole when a stage fails; the exit status of the first failing stage.
. "$(dirname "$0")/tap.sh"
plan 78

P=../../pipelines
S=../../sample-data
panel=$S/yearbook/county-panel-1985-1987.csv
persons=$S/census/person-sample-1987.csv.gz

# skip NAME REASON
skip() {
	tap_n=$((tap_n + 1))
	echo "ok $tap_n - $1 # SKIP $2"
}

# --- serial, on the sample data ---------------------------------------
golden pipelines-yearly-md "$P/yearly-report -f md -c $persons $panel"
golden pipelines-yearly-csv "$P/yearly-report -f csv -c $persons $panel"
check pipelines-yearly-keep "
	rm -rf ../out/cmd/pipelines-keep &&
	$P/yearly-report -k ../out/cmd/pipelines-keep -o ../out/cmd/pipelines-keep.md -c $persons $panel &&
	for f in 1-parsed 2-labour 3-commute 4-absorb c1-persons c2-township c3-county c4-shares; do
		test -s ../out/cmd/pipelines-keep/\$f.csv || { echo \"no \$f.csv\"; exit 1; }
	done &&
	test \$(wc -l <../out/cmd/pipelines-keep/4-absorb.csv) = 37 &&
	test \$(wc -l <../out/cmd/pipelines-keep/c1-persons.csv) = 20001"
# census-rollup: province.csv by hand: the 4 provinces' pop_total add up
# to the 20,000 persons' weights (2,000,051.38), the same at every level,
# and labour_rural = farm + local + amphibian + migrant + away_farm.
golden pipelines-census-rollup "rm -rf ../out/cmd/pipelines-rollup &&
	$P/census-rollup -o ../out/cmd/pipelines-rollup $persons &&
	cat ../out/cmd/pipelines-rollup/province.csv"
check pipelines-census-rollup-sums '
	d=../out/cmd/pipelines-rollup
	for t in township county province; do
		awk -F, "NR == 1 { for (i = 1; i <= NF; i++) { split(\$i, a, \":\"); c[a[1]] = i }; next }
		{ p += \$c[\"pop_total\"]; r += \$c[\"labour_rural\"]
		  d = \$c[\"labour_rural\"] - \$c[\"labour_farm\"] - \$c[\"labour_local\"] - \$c[\"labour_amphibian\"] - \$c[\"labour_migrant\"] - \$c[\"labour_away_farm\"]
		  if (d > 0.005 || d < -0.005) bad++ }
		END { printf \"%.2f %.2f %d\\n\", p, r, bad }" $d/$t.csv
	done >$d/sums &&
	gzip -cd '"$persons"' | awk -F, "NR > 1 { w += \$3 } END { printf \"%.2f\\n\", w }" >$d/weights &&
	cat $d/sums $d/weights &&
	test $(sort -u $d/sums | wc -l) = 1 &&
	test "$(cut -d" " -f1 $d/sums | head -n 1)" = "$(cat $d/weights)" &&
	test "$(cut -d" " -f3 $d/sums | head -n 1)" = 0'

# --- serial = parallel, on generated data that blocks really split -----
# gen-panel -n 3000 is 320 kB of typed CSV (parse-census passes it
# through), gen-census -n 5000 is 370 kB: -b 48k cuts each into 7 or 8
# blocks, -b 160k into 3.  (-b 1k would be 300-odd jobs a run, a minute
# of parallel's start-up each.)
g=$OUT/pipelines-gen
rm -rf "$g"
mkdir -p "$g"
gen-panel -n 3000 "$top/sample-data/divisions/streets.csv" >"$g/panel.csv"
gen-census -n 5000 "$top/sample-data/divisions/streets.csv" >"$g/census.csv"
gzip -c "$g/census.csv" >"$g/census.csv.gz"

if ! command -v parallel >/dev/null 2>&1; then
	for i in $(seq 1 25); do
		skip "pipelines-parallel ($i)" "parallel not installed"
	done
else
	"$top/pipelines/yearly-report" -f csv -k "$g/serial" -o "$g/serial.csv" \
	    -c "$g/census.csv" "$g/panel.csv" 2>"$g/serial.err"
	echo "# serial yearly-report: exit $?"
	"$top/pipelines/census-rollup" -o "$g/rollup" "$g/census.csv" 2>"$g/rollup.err"
	echo "# serial census-rollup: exit $?"
	for j in 1 2 4; do
		for b in 48k 160k; do
			n=j$j-b$b
			rc=0
			"$top/pipelines/parallel-yearly-report" -j $j -b $b -f csv \
			    -k "$g/$n" -o "$g/$n.csv" -c "$g/census.csv" \
			    "$g/panel.csv" 2>"$g/$n.err" || rc=$?
			# The parts first: the yearbook's stages, the census's,
			# then the whole report.
			# 3-commute.csv byte for byte; 4-absorb.csv is the
			# shards' outputs one after the other, so the same rows
			# in another order (ills-report sorts them); the report's
			# yearbook rows (9-digit township codes: the census part
			# is by county) byte for byte.
			bad=
			cmp "$g/serial/3-commute.csv" "$g/$n/3-commute.csv" >/dev/null 2>&1 ||
			    bad="$bad 3-commute.csv"
			{ head -n 1 "$g/$n/4-absorb.csv"; tail -n +2 "$g/$n/4-absorb.csv" | LC_ALL=C sort; } >"$g/$n/4-absorb.sorted"
			{ head -n 1 "$g/serial/4-absorb.csv"; tail -n +2 "$g/serial/4-absorb.csv" | LC_ALL=C sort; } >"$g/serial/4-absorb.sorted"
			cmp "$g/serial/4-absorb.sorted" "$g/$n/4-absorb.sorted" >/dev/null 2>&1 ||
			    bad="$bad 4-absorb.csv(rows)"
			for r in serial "$n"; do
				awk -F, 'NR == 1 || length($1) == 9' "$g/$r.csv" >"$g/$r.yearbook"
				awk -F, 'NR == 1 || length($1) != 9' "$g/$r.csv" >"$g/$r.census"
			done
			cmp "$g/serial.yearbook" "$g/$n.yearbook" >/dev/null 2>&1 ||
			    bad="$bad report(yearbook-rows)"
			if [ $rc = 0 ] && [ -z "$bad" ]; then
				ok "pipelines-parallel-yearly-report-$n-yearbook"
			else
				not_ok "pipelines-parallel-yearly-report-$n-yearbook (exit $rc;$bad differ)"
				tail -n 3 "$g/$n.err" | sed 's/^/# /'
			fi
			bad=
			for f in c2-township c3-county c4-shares; do
				cmp "$g/serial/$f.csv" "$g/$n/$f.csv" >/dev/null 2>&1 || bad="$bad $f.csv"
			done
			if [ $rc = 0 ] && [ -z "$bad" ] &&
			    cmp "$g/serial.census" "$g/$n.census" >/dev/null 2>&1; then
				ok "pipelines-parallel-yearly-report-$n-census"
			else
				not_ok "pipelines-parallel-yearly-report-$n-census (exit $rc;$bad differ)"
				for f in $bad; do
					diff "$g/serial/$f" "$g/$n/$f" | head -n 4 | sed "s/^/# $f: /"
				done
			fi
			if [ $rc = 0 ] && cmp "$g/serial.csv" "$g/$n.csv" >"$g/$n.cmp" 2>&1; then
				ok "pipelines-parallel-yearly-report-$n-report"
			else
				not_ok "pipelines-parallel-yearly-report-$n-report (exit $rc)"
				sed 's/^/# /' "$g/$n.cmp"
			fi

			rc=0
			"$top/pipelines/parallel-census-rollup" -j $j -b $b \
			    -o "$g/rollup-$n" "$g/census.csv" 2>"$g/rollup-$n.err" || rc=$?
			bad=
			for t in township county province; do
				cmp "$g/rollup/$t.csv" "$g/rollup-$n/$t.csv" >/dev/null 2>&1 || bad="$bad $t.csv"
			done
			if [ $rc = 0 ] && [ -z "$bad" ]; then
				ok "pipelines-parallel-census-rollup-$n"
			else
				not_ok "pipelines-parallel-census-rollup-$n (exit $rc;$bad differ)"
				tail -n 3 "$g/rollup-$n.err" | sed 's/^/# /'
			fi
		done
	done
	# A gzip sample goes through gzip -cdf and --pipe, not --pipepart.
	rc=0
	"$top/pipelines/parallel-census-rollup" -j 2 -b 48k -o "$g/rollup-gz" \
	    "$g/census.csv.gz" 2>"$g/rollup-gz.err" || rc=$?
	bad=
	for t in township county province; do
		cmp "$g/rollup/$t.csv" "$g/rollup-gz/$t.csv" >/dev/null 2>&1 || bad="$bad $t.csv"
	done
	if [ $rc = 0 ] && [ -z "$bad" ]; then
		ok "pipelines-parallel-census-rollup-gzip"
	else
		not_ok "pipelines-parallel-census-rollup-gzip (exit $rc;$bad differ)"
		tail -n 3 "$g/rollup-gz.err" | sed 's/^/# /'
	fi
fi

# --- the cron wrapper ------------------------------------------------
c=$OUT/pipelines-cron
rm -rf "$c"
mkdir -p "$c/reports"
rc=0
"$top/pipelines/cron-yearly-report" -o "$c/reports/report.md" -l "$c/log" \
    "$top/sample-data/yearbook/county-panel-1985-1987.csv" >"$c/good.out" 2>&1 || rc=$?
if [ $rc = 0 ] && ! [ -s "$c/good.out" ] && [ -s "$c/reports/report.md" ] &&
    grep -q 'cron-yearly-report: end: exit 0' "$c/log"; then
	ok "pipelines-cron-good"
else
	not_ok "pipelines-cron-good (exit $rc)"
	sed 's/^/# /' "$c/good.out"
fi
cp "$c/reports/report.md" "$c/before.md"
rc=0
"$top/pipelines/cron-yearly-report" -o "$c/reports/report.md" -l "$c/log" \
    "$T/data/pipelines-ragged.csv" >"$c/bad.out" 2>&1 || rc=$?
if [ $rc = 65 ] && [ "$(wc -l <"$c/bad.out")" = 1 ] &&
    grep -q "^cron-yearly-report: yearly-report stage parse-census (yearbook part) failed (exit 65): [^ ]*pipelines-ragged.csv:6: row has 27 fields, the header has 26 (field 27 is not empty); log: $c/log\$" "$c/bad.out"; then
	ok "pipelines-cron-bad-one-line"
else
	not_ok "pipelines-cron-bad-one-line (exit $rc)"
	sed 's/^/# /' "$c/bad.out"
fi
if cmp "$c/before.md" "$c/reports/report.md" >/dev/null 2>&1 &&
    [ "$(ls -A "$c/reports")" = report.md ]; then
	ok "pipelines-cron-bad-report-untouched"
else
	not_ok "pipelines-cron-bad-report-untouched"
	ls -A "$c/reports" | sed 's/^/# /'
fi
if grep -q 'pipelines-ragged.csv:6: row has 27 fields' "$c/log" &&
    grep -q 'cron-yearly-report: end: exit 65' "$c/log"; then
	ok "pipelines-cron-bad-logged"
else
	not_ok "pipelines-cron-bad-logged"
	tail -n 5 "$c/log" | sed 's/^/# /'
fi

# --- the domain options, passed through to their filter --------------
# --speed 10 --max-minutes 40 --circuity 1.2: reach 40 / 60 x 10 / 1.2
# = 5.5556 km (commute-check); -w 0.5: Wujin 1985's farm_need 81,625 /
# 0.5 = 163,250 (absorb); --natural-rate 10: 1986's growth_natural is
# 10 per mille of 1985's pop_town 112,000 = 1,120.
check pipelines-domain-options "
	rm -rf ../out/cmd/pipelines-dom &&
	$P/yearly-report -f csv -k ../out/cmd/pipelines-dom --speed 10 \
	    --max-minutes=40 --circuity 1.2 --centres towns -w0.5 \
	    --natural-rate 10 --target 0.6 --base total --away-months 6 \
	    --working-age 16-70 $panel >/dev/null 2>&1 &&
	test \"\$(awk -F, -v fmt=%.4f -v cols='reach_km farm_need growth_natural' -f pick.awk ../out/cmd/pipelines-dom/4-absorb.csv | sed -n 1,2p)\" = \"5.5556 174060 NA
5.5556 173022 3339\""
if command -v parallel >/dev/null 2>&1; then
	check pipelines-parallel-domain-options "
		rm -rf ../out/cmd/pipelines-pdom &&
		$P/parallel-yearly-report -j 2 -f csv -k ../out/cmd/pipelines-pdom \
		    --speed 10 --max-minutes=40 --circuity 1.2 --centres towns \
		    -w 0.5 --natural-rate 10 --target=0.6 --base total --away-months 6 \
		    --working-age 16-70 $panel >/dev/null 2>&1 &&
		LC_ALL=C sort ../out/cmd/pipelines-dom/4-absorb.csv >../out/cmd/pipelines-dom.sorted &&
		LC_ALL=C sort ../out/cmd/pipelines-pdom/4-absorb.csv | cmp - ../out/cmd/pipelines-dom.sorted"
else
	skip pipelines-parallel-domain-options "parallel not installed"
fi
check pipelines-domain-help "
	for o in -w --ha-per-worker --norms --target --base --natural-rate --centres \
	    --circuity --speed --max-minutes --min-reach --min-pool --away-months \
	    --working-age --thresholds; do
		$P/yearly-report --help | grep -q -- \" \$o \" || { echo \$o; exit 1; }
		$P/parallel-yearly-report -h | grep -q -- \"\$o\" || { echo p \$o; exit 1; }
	done"
golden pipelines-norms-and-w '$P/yearly-report -w 0.5 --norms $S/norms.csv $panel'

# --- the status of the first failing stage ---------------------------
expect pipelines-status-missing "$P/yearly-report /nonexistent/export.csv" 66 \
    'parse-census (yearbook part): cannot open /nonexistent/export.csv: No such file or directory
yearly-report: stage parse-census (yearbook part) failed (exit 66)'
expect pipelines-status-bad "$P/yearly-report data/pipelines-ragged.csv" 65 \
    'parse-census (yearbook part): data/pipelines-ragged.csv:3: header: tve_scope of column '"'"'乡镇企业从业人员'"'"' guessed from each row'"'"'s year (the label and title do not say); a column tve_scope in the input overrides it
parse-census (yearbook part): data/pipelines-ragged.csv:6: row has 27 fields, the header has 26 (field 27 is not empty)
yearly-report: stage parse-census (yearbook part) failed (exit 65)'
check pipelines-status-usage "
	$P/yearly-report -x $panel 2>/dev/null; test \$? = 64 &&
	{ $P/yearly-report -f pdf $panel 2>/dev/null; test \$? = 64; } &&
	{ $P/yearly-report 2>/dev/null; test \$? = 64; }"

# --- issue 17: folders found before any stage, stages named with their
# part and cause, statuses from the documented set, notes summed -----
# An -o folder that does not exist: one line, 74, nothing run.
expect pipelines-o-missing-yearly "$P/yearly-report -o /nonexistent/r.md $panel" 74 \
    'yearly-report: /nonexistent/r.md: folder /nonexistent does not exist'
expect pipelines-o-missing-pyearly "$P/parallel-yearly-report -o /nonexistent/r.md $panel" 74 \
    'parallel-yearly-report: /nonexistent/r.md: folder /nonexistent does not exist'
expect pipelines-o-missing-rollup "$P/census-rollup -o /nonexistent/out $persons" 74 \
    'census-rollup: -o /nonexistent/out: folder /nonexistent does not exist'
expect pipelines-o-missing-prollup "$P/parallel-census-rollup -o /nonexistent/out $persons" 74 \
    'parallel-census-rollup: -o /nonexistent/out: folder /nonexistent does not exist'
expect pipelines-o-missing-cron "$P/cron-yearly-report -o /nonexistent/report.md $panel" 74 \
    'cron-yearly-report: /nonexistent/report.md: folder /nonexistent does not exist'
expect pipelines-o-not-folder "$P/yearly-report -o data/pipelines-ragged.csv/r.md $panel" 74 \
    'yearly-report: data/pipelines-ragged.csv/r.md: data/pipelines-ragged.csv is not a folder'
expect pipelines-k-missing "$P/yearly-report -k /nonexistent/keep $panel" 74 \
    'yearly-report: -k /nonexistent/keep: cannot create the folder (does /nonexistent exist?)'
expect pipelines-l-missing-cron "$P/cron-yearly-report -o ../out/cmd/r.md -l /nonexistent/log $panel" 74 \
    'cron-yearly-report: /nonexistent/log: folder /nonexistent does not exist'
# A folder that is not writable (root writes everywhere: skipped).
if [ "$(id -u)" = 0 ]; then
	skip pipelines-o-not-writable "run as root"
else
	rm -rf "$OUT/ro" && mkdir -p "$OUT/ro" && chmod 555 "$OUT/ro"
	expect pipelines-o-not-writable "$P/yearly-report -o ../out/cmd/ro/r.md $panel" 74 \
	    'yearly-report: ../out/cmd/ro/r.md: folder ../out/cmd/ro is not writable'
	chmod 755 "$OUT/ro"
fi
# The census part's parse-census named as such, in yearly-report and
# in the cron mail (one line: stage, part, cause, log).
expect pipelines-status-census-missing "$P/yearly-report -c /nonexistent/census.csv" 66 \
    'parse-census (census part): cannot open /nonexistent/census.csv: No such file or directory
yearly-report: stage parse-census (census part) failed (exit 66)'
expect pipelines-cron-census-stage "$P/cron-yearly-report -o ../out/cmd/pipelines-cron/reports/report.md -l ../out/cmd/pipelines-cron/log -c /nonexistent/census.csv" 66 '' \
    'cron-yearly-report: yearly-report stage parse-census (census part) failed (exit 66): cannot open /nonexistent/census.csv: No such file or directory; log: ../out/cmd/pipelines-cron/log'
expect pipelines-cron-usage "$P/cron-yearly-report -o ../out/cmd/pipelines-cron/reports/report.md -l ../out/cmd/pipelines-cron/log -f pdf $panel" 64 '' \
    'cron-yearly-report: yearly-report failed (exit 64): yearly-report: -f: "pdf" is not csv, md or html; log: ../out/cmd/pipelines-cron/log'
# census-rollup with division lists that lack a level's list: names
# left empty with a note, exit 0 (it was exit 1 and no word); a -d
# folder that is not there: 66, one line.
check pipelines-rollup-no-lists "
	rm -rf ../out/cmd/pipelines-nolists && mkdir -p ../out/cmd/pipelines-nolists/div &&
	$P/census-rollup -d ../out/cmd/pipelines-nolists/div -o ../out/cmd/pipelines-nolists/out $persons 2>../out/cmd/pipelines-nolists/err &&
	grep -q '^census-rollup: no areas.csv in ../out/cmd/pipelines-nolists/div: county names left empty\$' ../out/cmd/pipelines-nolists/err &&
	grep -q '^census-rollup: no provinces.csv in ../out/cmd/pipelines-nolists/div: province names left empty\$' ../out/cmd/pipelines-nolists/err &&
	test \$(wc -l <../out/cmd/pipelines-nolists/out/county.csv) = 13"
# Issue 18: the county panel as the yearbook's workbooks, .xlsx and
# .xls, with a header of two rows and merged cells
# (sample-data/make-workbooks.py): parse-census gives the CSV's bytes,
# and the whole yearly report is the CSV's.
check pipelines-yearly-workbooks "
	rm -rf ../out/cmd/pipelines-wb && mkdir -p ../out/cmd/pipelines-wb &&
	$P/yearly-report -f csv -k ../out/cmd/pipelines-wb/k-csv -o ../out/cmd/pipelines-wb/csv.csv $panel 2>/dev/null &&
	for x in xlsx xls; do
		$P/yearly-report -f csv -k ../out/cmd/pipelines-wb/k-\$x -o ../out/cmd/pipelines-wb/\$x.csv ${panel%.csv}.\$x 2>/dev/null &&
		cmp ../out/cmd/pipelines-wb/k-csv/1-parsed.csv ../out/cmd/pipelines-wb/k-\$x/1-parsed.csv &&
		cmp ../out/cmd/pipelines-wb/csv.csv ../out/cmd/pipelines-wb/\$x.csv || exit 1
	done"
# Two runs of one filter say which stage they are (LITU_STAGE): absorb
# at county and at province level print the same note (issue 17).
check pipelines-stage-named-notes "
	$P/census-rollup -o ../out/cmd/pipelines-nolists/st $persons 2>../out/cmd/pipelines-nolists/st.err &&
	grep -q '^absorb (county): no --norms or -w given' ../out/cmd/pipelines-nolists/st.err &&
	grep -q '^absorb (province): no --norms or -w given' ../out/cmd/pipelines-nolists/st.err &&
	! grep -q '^absorb: ' ../out/cmd/pipelines-nolists/st.err &&
	$P/yearly-report -f csv -o ../out/cmd/pipelines-nolists/st.csv -c $persons $panel 2>../out/cmd/pipelines-nolists/sty.err &&
	grep -q '^absorb (yearbook part): no --norms' ../out/cmd/pipelines-nolists/sty.err &&
	grep -q '^absorb (census part): no --norms' ../out/cmd/pipelines-nolists/sty.err"
expect pipelines-rollup-d-missing "$P/census-rollup -d /nonexistent/div $persons" 66 \
    'census-rollup: -d /nonexistent/div: no such folder'
expect pipelines-rollup-no-census "$P/census-rollup -o ../out/cmd/x /nonexistent/census.csv" 66 \
    'census-rollup: /nonexistent/census.csv: cannot open the census file'
expect pipelines-rollup-long-unknown "$P/census-rollup --frobnicate $persons" 64 \
    'census-rollup: unknown option --frobnicate
usage: census-rollup [-d divisions-dir] [-o dir] census ...'

# The parallel pipelines: the notes every block prints summed into one
# line, the serial one's (a census with hukou_type blanked on every
# 50th row: 55 labour_class NA over 7 or 8 blocks); a bad row in a
# block: 65 and the stage named; without GNU parallel: 66.
if ! command -v parallel >/dev/null 2>&1; then
	for i in $(seq 1 19); do skip "pipelines-parallel-issue17-21 ($i)" "parallel not installed"; done
else
	awk -F, -v OFS=, 'NR > 1 && NR % 50 == 0 { $6 = "" } 1' "$g/census.csv" >"$g/census-na.csv"
	check pipelines-prollup-notes-summed "
		$P/census-rollup -o $g/na-serial $g/census-na.csv 2>$g/na-serial.err &&
		$P/parallel-census-rollup -j 2 -b 48k -o $g/na-par $g/census-na.csv 2>$g/na-par.err &&
		grep 'labour_class NA' $g/na-serial.err >$g/na-serial.notes &&
		grep 'labour_class NA' $g/na-par.err >$g/na-par.notes &&
		cat $g/na-par.notes && test \$(wc -l <$g/na-par.notes) = 1 &&
		cmp $g/na-serial.notes $g/na-par.notes &&
		grep -q 'of 5000 rows, 55: labour_class NA' $g/na-par.notes"
	check pipelines-pyearly-notes-summed "
		$P/yearly-report -f csv -o $g/na-serial.csv -c $g/census-na.csv 2>$g/nay-serial.err &&
		$P/parallel-yearly-report -j 2 -b 48k -f csv -o $g/na-par.csv -c $g/census-na.csv 2>$g/nay-par.err &&
		grep 'labour_class NA' $g/nay-par.err >$g/nay-par.notes &&
		test \$(wc -l <$g/nay-par.notes) = 1 &&
		grep 'labour_class NA' $g/nay-serial.err | cmp - $g/nay-par.notes &&
		test \$(sort $g/nay-par.err | uniq -d | wc -l) = 0 &&
		cmp $g/na-serial.csv $g/na-par.csv"
	# Every note as the serial run's, but the last line (the run's
	# own): those of absorb's blocks too, named after the part
	# ("absorb (yearbook part): growth_new_towns on N rows: ...", N
	# summed).
	check pipelines-pyearly-notes-as-serial "
		$P/yearly-report -f csv -o $g/ns.csv -c $g/census.csv $g/panel.csv 2>$g/ns-serial.err &&
		$P/parallel-yearly-report -j 2 -b 48k -f csv -o $g/np.csv -c $g/census.csv $g/panel.csv 2>$g/ns-par.err &&
		grep -q '^absorb (yearbook part): growth_new_towns on [0-9]* rows: ' $g/ns-par.err &&
		sed '\$d' $g/ns-serial.err >$g/ns-serial.notes && sed '\$d' $g/ns-par.err >$g/ns-par.notes &&
		diff $g/ns-serial.notes $g/ns-par.notes"
	check pipelines-prollup-notes-as-serial "
		$P/census-rollup -o $g/nsr $g/census.csv 2>$g/nsr-serial.err &&
		$P/parallel-census-rollup -j 2 -b 48k -o $g/npr $g/census.csv 2>$g/nsr-par.err &&
		sed '\$d' $g/nsr-serial.err >$g/nsr-serial.notes && sed '\$d' $g/nsr-par.err >$g/nsr-par.notes &&
		diff $g/nsr-serial.notes $g/nsr-par.notes"
	# A bad age on row 3000, in a later block.
	awk -F, -v OFS=, 'NR == 3000 { $5 = "x" } 1' "$g/census.csv" >"$g/census-bad.csv"
	check pipelines-prollup-bad-row "
		$P/parallel-census-rollup -j 2 -b 48k -o $g/bad-par $g/census-bad.csv 2>$g/bad-par.err;
		rc=\$?; cat $g/bad-par.err; test \$rc = 65 &&
		tail -n 1 $g/bad-par.err | grep -q '^parallel-census-rollup: stage township (classify-labour --by township --partial, .*census-bad.csv) failed (exit 65)\$' &&
		grep -q \"^classify-labour (township): .*census-bad.csv:3000: column 'age:int'\" $g/bad-par.err"
	# The same, gzipped (blocks by --pipe): the filter's message is
	# there though a block before the bad one may still run when it
	# fails (parallel's --halt now drops that job's stderr), and it
	# names the file and the row's line in it (the stage run again
	# serially), not the block's <stdin> and line.
	gzip -c "$g/census-bad.csv" >"$g/census-bad.csv.gz"
	check pipelines-prollup-bad-row-gz "
		$P/parallel-census-rollup -j 2 -b 48k -o $g/bad-par-gz $g/census-bad.csv.gz 2>$g/bad-par-gz.err;
		rc=\$?; cat $g/bad-par-gz.err; test \$rc = 65 &&
		test \$(grep -c \"^classify-labour (township): $g/census-bad.csv.gz:3000: column 'age:int': \\\"x\\\" is not an integer\$\" $g/bad-par-gz.err) = 1 &&
		! grep -q '<stdin>' $g/bad-par-gz.err &&
		grep -q '^parallel-census-rollup: block [0-9]* failed on this host (exit 65)\$' $g/bad-par-gz.err &&
		tail -n 1 $g/bad-par-gz.err | grep -q '^parallel-census-rollup: stage township (classify-labour --by township --partial, .*census-bad.csv.gz) failed (exit 65)\$'"
	check pipelines-pyearly-bad-row "
		$P/parallel-yearly-report -j 2 -b 48k -o $g/bad-par.md -c $g/census-bad.csv 2>$g/bad-pyr.err;
		rc=\$?; cat $g/bad-pyr.err; test \$rc = 65 &&
		tail -n 1 $g/bad-pyr.err | grep -q '^parallel-yearly-report: stage parse-census (census part) failed (exit 65)\$' &&
		! test -e $g/bad-par.md"
	# A failing job of a per-row stage: its filter's message, the stage
	# line, nothing of parallel's own.
	# Its message names the stage's input, as the serial one's does.
	check pipelines-pyearly-job-fails "
		$P/parallel-yearly-report -j 2 data/pipelines-no-labour.csv 2>$g/job-fails.err;
		rc=\$?; cat $g/job-fails.err; test \$rc = 65 &&
		sed 's|/[^ ]*/1-parsed.csv:|TMP/1-parsed.csv:|' $g/job-fails.err >$g/job-fails.got &&
		printf '%s\\n' 'classify-labour (yearbook part): TMP/1-parsed.csv:1: header: region rows need column labour_rural' \\
		    'parallel-yearly-report: block 1 failed on this host (exit 65)' \\
		    'parallel-yearly-report: stage classify-labour | commute-check (yearbook part) failed (exit 65)' |
		    cmp - $g/job-fails.got"
	# Issue 21: -S, on this host (:) and on hosts that fake-ssh makes
	# (PARALLEL_SSH): one that fails every other login (crashed
	# mid-run: the retries give the serial bytes), one that is down
	# (74, the block and host named, no table; parallel says 255 or 141
	# as ssh or the pipe notices first), one that gives its jobs empty
	# input (a lost block: the merge is short, 65, or a per-row stage's
	# output is, 74; no table).
	fs="FAKE_SSH_DIR=$g PARALLEL_SSH=$top/tests/cmd/fake-ssh"
	check pipelines-prollup-S-local "
		$P/parallel-census-rollup -S : -j 2 -b 160k -o $g/rollup-S $g/census.csv 2>$g/rollup-S.err &&
		for t in township county province; do cmp $g/rollup/\$t.csv $g/rollup-S/\$t.csv || exit 1; done"
	check pipelines-pyearly-S-local "
		$P/parallel-yearly-report -S : -j 2 -b 160k -f csv -o $g/S.csv -c $g/census.csv $g/panel.csv 2>$g/S.err &&
		cmp $g/serial.csv $g/S.csv"
	check pipelines-prollup-S-flaky "
		rm -rf $g/flaky.d && { $fs $P/parallel-census-rollup -S 1/alive,1/flaky -j 2 -b 48k -o $g/rollup-flaky $g/census.csv 2>$g/flaky.err || { cat $g/flaky.err; exit 1; }; } &&
		test \$(ls $g/flaky.d | wc -l) -ge 2 &&
		for t in township county province; do cmp $g/rollup/\$t.csv $g/rollup-flaky/\$t.csv || exit 1; done"
	check pipelines-pyearly-S-flaky "
		rm -rf $g/flaky.d && { $fs $P/parallel-yearly-report -S 1/alive,1/flaky -j 2 -b 48k -f csv -o $g/flaky.csv -c $g/census.csv $g/panel.csv 2>$g/flaky-y.err || { cat $g/flaky-y.err; exit 1; }; } &&
		test \$(ls $g/flaky.d | wc -l) -ge 2 && cmp $g/serial.csv $g/flaky.csv"
	# A bad row on other hosts: the file and its line, as on this one
	# (the stage run again here); the hosts' <stdin> message not shown.
	check pipelines-prollup-S-bad-row "
		$fs $P/parallel-census-rollup -S 1/alive,1/alive2 -j 2 -b 48k -o $g/bad-S $g/census-bad.csv 2>$g/bad-S.err;
		rc=\$?; cat $g/bad-S.err; test \$rc = 65 &&
		test \$(grep -c \"^classify-labour (township): $g/census-bad.csv:3000: column 'age:int'\" $g/bad-S.err) = 1 &&
		! grep -q '<stdin>' $g/bad-S.err &&
		tail -n 1 $g/bad-S.err | grep -q '^parallel-census-rollup: stage township (classify-labour --by township --partial, .*census-bad.csv) failed (exit 65)\$'"
	check pipelines-prollup-S-dead "
		$fs $P/parallel-census-rollup -S 1/dead -j 2 -b 160k -o $g/rollup-dead $g/census.csv 2>$g/dead.err;
		rc=\$?; cat $g/dead.err; test \$rc = 74 &&
		grep -Eq '^parallel-census-rollup: block [0-9]+ failed on host dead \((exit 255: ssh lost the host or its link|killed by signal 13: its host or link went away)\)\$' $g/dead.err &&
		tail -n 1 $g/dead.err | grep -Eq 'failed \(exit 74\): a host or its link was lost \(GNU parallel exit (255|141); hosts 1/dead\)\$' &&
		! test -e $g/rollup-dead/township.csv"
	check pipelines-prollup-S-empty "
		$fs $P/parallel-census-rollup -S 1/alive,1/empty -j 2 -b 48k -o $g/rollup-empty $g/census.csv 2>$g/empty.err;
		rc=\$?; cat $g/empty.err; test \$rc = 65 &&
		grep -q '^classify-labour (merge): merged partials read [0-9,]* rows, expected 5,000: [0-9,]* rows missing; a block was lost (rerun the partials)\$' $g/empty.err &&
		tail -n 1 $g/empty.err | grep -q '^parallel-census-rollup: stage merge (classify-labour --merge --expect-rows 5000) failed (exit 65)\$' &&
		! test -e $g/rollup-empty/township.csv"
	check pipelines-pyearly-S-empty "
		$fs $P/parallel-yearly-report -S 1/empty -j 2 -b 160k -f csv -o $g/empty.csv $g/panel.csv 2>$g/empty-y.err;
		rc=\$?; cat $g/empty-y.err; test \$rc = 74 &&
		tail -n 1 $g/empty-y.err | grep -q '^parallel-yearly-report: stage classify-labour | commute-check (yearbook part): 0 rows out of 3000 in: a block was lost\$' &&
		! test -e $g/empty.csv"
	# Issue 20: -f html with a census writes the census report beside
	# the yearbook's, as yearly-report does.
	check pipelines-pyearly-html-census "
		$P/yearly-report -f html -o $g/s.html -c $g/census.csv $g/panel.csv 2>/dev/null &&
		$P/parallel-yearly-report -j 2 -b 160k -f html -o $g/p.html -c $g/census.csv $g/panel.csv 2>/dev/null &&
		cmp $g/s.html $g/p.html && cmp $g/s.census.html $g/p.census.html"
	# A PATH of /usr/bin without parallel.
	rm -rf "$g/nopar" && mkdir -p "$g/nopar"
	for f in /usr/bin/* /bin/*; do
		case ${f##*/} in parallel) continue ;; esac
		[ -e "$g/nopar/${f##*/}" ] || ln -s "$f" "$g/nopar/${f##*/}"
	done
	expect pipelines-parallel-missing "PATH=$g/nopar $top/pipelines/parallel-census-rollup $persons" 66 \
	    'parallel-census-rollup: GNU parallel is not installed (install the parallel package, or run census-rollup)'
	# A script copied without the parallel.bash it sources: 66, said.
	rm -rf "$g/alone" && mkdir -p "$g/alone/bin" &&
	    cp "$top/pipelines/parallel-yearly-report" "$g/alone/bin/"
	expect pipelines-parallel-lib-missing "PATH=$top/bin:\$PATH $g/alone/bin/parallel-yearly-report -f csv $persons" 66 \
	    "parallel-yearly-report: parallel.bash not found beside parallel-yearly-report or in $g/alone/bin/../share/litu (reinstall litu)"
fi
