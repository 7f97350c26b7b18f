#!/bin/sh
# absorb: the formulas on hand-made rows (Jiangsu and Wenzhou 1987),
# the paper's figures from its own inputs (China 1982's urban share,
# Wenzhou's growth a town), the norms, the urban definitions, the parts
# of town growth, years_to_target under each base, the sample panel,
# NA, gaps between years, years out of order, --sorted, the --level
# roll-ups and their exact sums, --partial/--merge under GNU parallel,
# the options, errors and exit statuses.
. "$(dirname "$0")/tap.sh"
pick='awk -F, -f pick.awk'
export OUT pick
plan 64
golden absorb-rows 'absorb data/absorb-rows.csv'
golden absorb-options 'absorb -w 0.25 -t 0.6 --plain data/absorb-rows.csv'
golden absorb-order 'absorb data/absorb-order.csv'
golden absorb-dup 'absorb --rejects ../out/cmd/absorb-rej.csv data/absorb-dup.csv &&
    cat ../out/cmd/absorb-rej.csv'
# Stops at the row (the notes on missing columns come first).
golden absorb-dup-stop 'absorb data/absorb-dup.csv'
golden absorb-sorted-error 'absorb --sorted data/absorb-order.csv'
golden absorb-sorted-rejects \
    'absorb -s --rejects ../out/cmd/absorb-rej2.csv data/absorb-order.csv &&
    cat ../out/cmd/absorb-rej2.csv'
check absorb-sorted-same \
    '{ head -1 data/absorb-order.csv;
       tail -n +2 data/absorb-order.csv | sort -t, -k1,1 -k2,2n; } \
       >$OUT/absorb-order-sorted.csv &&
     absorb $OUT/absorb-order-sorted.csv >$OUT/u.csv &&
     absorb -s $OUT/absorb-order-sorted.csv | cmp - $OUT/u.csv'
golden absorb-county 'absorb --level county data/absorb-towns.csv'
check absorb-county-sorted \
    'absorb -l county data/absorb-towns.csv >$OUT/c.csv &&
     { head -1 data/absorb-towns.csv;
       tail -n +2 data/absorb-towns.csv | sort -t, -k1,1 -k3,3n; } |
     absorb -l county -s |
     cmp - $OUT/c.csv'
golden absorb-township 'absorb -l township data/absorb-towns.csv'
golden absorb-province-names \
    'absorb -l province -d ../../sample-data/divisions/provinces.csv data/absorb-towns.csv'
golden absorb-county-names \
    'absorb -l county --divisions ../../sample-data/divisions/areas.csv data/absorb-towns.csv'
golden absorb-partial 'absorb -l county --partial data/absorb-towns.csv'
golden absorb-merge \
    '{ head -3 data/absorb-towns.csv | absorb -l county -p;
       { head -1 data/absorb-towns.csv; tail -n +4 data/absorb-towns.csv; } |
       absorb -l county -p; } | absorb --merge'
check absorb-merge-equals-one-run \
    'absorb -l county -d ../../sample-data/divisions/areas.csv data/absorb-towns.csv >$OUT/one.csv &&
     absorb -l county -p data/absorb-towns.csv |
     absorb -m -d ../../sample-data/divisions/areas.csv | cmp - $OUT/one.csv'
golden absorb-merge-header-differs \
    '{ absorb -l county -p data/absorb-towns.csv;
       absorb -l county -p data/absorb-towns.csv |
       sed "1s/pop_rural:num/pop_country:num/"; } | absorb -m'
# A --plain part means the same columns as a typed one.
check absorb-merge-plain-header \
    '{ absorb -l county -p data/absorb-towns.csv;
       absorb -l county -p data/absorb-towns.csv; } | absorb -m >$OUT/typed.csv &&
     { absorb -l county -p data/absorb-towns.csv;
       absorb -l county -p --plain data/absorb-towns.csv; } | absorb -m |
     cmp - $OUT/typed.csv'
golden absorb-level-short 'absorb -l township data/absorb-rows.csv'
# A lost or empty block is never silent (issue 21): a partial ends in a
# count row (code NA, rows_read), --merge --expect-rows checks the sum.
# absorb-towns.csv has 5 rows: head -3 holds 2, the rest 3.
AT=data/absorb-towns.csv
AH=$(cd "$T" && head -1 $AT)
NA11=',,,,,,,,,,,'
expect absorb-partial-no-header \
    "printf '' | absorb -l county --partial" 65 \
    'absorb: <stdin>: empty input (no header line): --partial needs the input'"'"'s header to write its own and the count of rows it read; give it with --header SPEC (as for the blocks of parallel --pipe)'
expect absorb-partial-empty-block \
    "printf '' | absorb --header '$AH' -l county --partial | tail -n +2" \
    0 '' "${NA11}0"
expect absorb-merge-lost-block \
    "head -3 $AT | absorb -l county -p | absorb -m --expect-rows 5 2>&1 >/dev/null | tail -1" \
    0 '' 'absorb: merged partials read 2 rows, expected 5: 3 rows missing; a block was lost (rerun the partials)'
expect absorb-merge-lost-block-status \
    "head -3 $AT | absorb -l county -p | absorb -m --expect-rows 5 -o \"\$OUT/lost.csv\" 2>/dev/null; \
    echo \$?; test -e \"\$OUT/lost.csv\" || echo no table" 0 '' '65
no table'
expect absorb-merge-empty-block \
    "{ head -3 $AT | absorb -l county -p; printf '' | absorb --header '$AH' -l county -p; } | \
    absorb -m --expect-rows 5 2>&1 >/dev/null | tail -1" 0 '' \
    'absorb: merged partials read 2 rows, expected 5: 3 rows missing; a block was lost (rerun the partials)'
expect absorb-merge-twice \
    "{ absorb -l county -p $AT; head -3 $AT | absorb -l county -p; } | \
    absorb -m --expect-rows 5 2>&1 >/dev/null | tail -1" 0 '' \
    'absorb: merged partials read 7 rows, expected 5: 2 rows too many; a block was merged twice, or the count is not this input'"'"'s'
expect absorb-merge-expect-exact \
    "absorb -l county $AT 2>/dev/null >\"\$OUT/serial.csv\"; \
    { head -3 $AT | absorb -l county -p; tail -n +4 $AT | absorb --header '$AH' -l county -p; } | \
    absorb -m --partial | absorb -m --expect-rows 5 2>/dev/null | \
    cmp - \"\$OUT/serial.csv\" && echo same" 0 '' same
expect absorb-merge-no-count \
    "absorb -l county -p $AT | grep -v '^,' | cut -d, -f1-11 | absorb -m --expect-rows 5 2>&1 | tail -1" \
    0 '' 'absorb: <stdin>:1: header: no column rows_read: --expect-rows needs partials that carry the rows they read (rerun the partials with this absorb)'
expect absorb-merge-count-not-na \
    "absorb -l county -p $AT | sed '\$s/^,,,,/,,1987,,/' | absorb -m 2>&1 >/dev/null | tail -1" 0 '' \
    "absorb: <stdin>:5: column 'year:int': \"1987\" is not NA (in a count row, where code is NA, only rows_read has a value)"
expect absorb-expect-alone "absorb -l county --expect-rows 5 $AT" 64 \
    'absorb: option --expect-rows needs --merge (it checks the rows the partials read)'

# The partial/merge identity on a generated township panel, several
# jobs and block sizes.
if command -v parallel >/dev/null 2>&1; then
	gen-panel -n 3000 -Y 6 "$top/sample-data/divisions/streets.csv" \
	    >"$OUT/absorb-panel.csv"
	for level in county prefecture; do
		for block in 10k 40k 150k; do
			check "absorb-parallel-$level-$block" \
			    "absorb -l $level $OUT/absorb-panel.csv >$OUT/one-$level.csv &&
			     parallel --pipe --header : --block $block -j 3 \
			         absorb -l $level --partial <$OUT/absorb-panel.csv |
			     absorb --merge | cmp - $OUT/one-$level.csv"
		done
	done
else
	for i in 1 2 3 4 5 6; do
		tap_n=$((tap_n + 1))
		echo "ok $tap_n # SKIP parallel not installed"
	done
fi

expect absorb-bad-level 'absorb --level village data/absorb-towns.csv' 64 \
    'absorb: option --level: "village" is not province, prefecture, county or township'
expect absorb-partial-alone 'absorb --partial data/absorb-towns.csv' 64 \
    'absorb: option --partial needs --level or --merge'
golden absorb-bad-target 'absorb --target 1.5 data/absorb-rows.csv'
expect absorb-empty 'printf "" | absorb -l county' 0 ''
expect absorb-missing 'absorb /nonexistent.csv' 66 \
    'absorb: cannot open /nonexistent.csv: No such file or directory'

# China 1982 (the paper's 20.6/79.4): pop_urban 206 of 1000 -> 0.206;
# nonagri 144 / 1000 = 0.144; census_1982 is not residence-based, so no
# amphibian_gap, and stderr says why.  2010 (resid_2000): 500 / 1000 =
# 0.5, 350 / 1000 = 0.35, gap (500 - 350) / 1000 = 0.15.  Without an
# urban_def column the year decides, the same way.
golden absorb-urban 'absorb data/absorb-urban.csv'
golden absorb-urban-year 'absorb data/absorb-urban-year.csv'
check absorb-urban-shares \
    'absorb data/absorb-urban.csv 2>/dev/null >$OUT/au.csv &&
     absorb data/absorb-urban-year.csv 2>/dev/null >$OUT/auy.csv &&
     for f in $OUT/au.csv $OUT/auy.csv; do
	[ "$($pick -v fmt=%.4f -v cols="year urban_share nonagri_share amphibian_gap" $f)" = \
"1982 0.2060 0.1440 NA
2010 0.5000 0.3500 0.1500" ] || exit 1; done'

# Wenzhou, 1986 -> 1987: pop_town 1,288,145 -> 1,520,000 is 231,855 a
# year; over 87 towns 231855 / 87 = 2665 a town (the paper's 2,665: an
# arithmetic check, not a reproduction).  towns 80 -> 87: 7 a year.
# New towns: the 1986 mean of non-town townships (5,520,000 -
# 1,288,145) / (380 - 80) = 14,106.18, x 7 = 98,743.28; the residual
# 231,855 - 98,743.28 = 133,111.72 (natural increase included).
# years_to_target (0.5): total (2,800,000 - 1,520,000) / 231,855 =
# 5.5207; agri (2,450,000 - 1,520,000) / 231,855 = 4.0111; rural+town
# (4,000,000 + 1,600,000 = pop_total, so pop_rural is the complement;
# 5,520,000 <= 5,600,000): (2,760,000 - 1,520,000) / 231,855 = 5.3482.
# Rui'an's pop_rural (households) + pop_urban = 1,165,000, not its
# 1,110,000: rural+town NA, and stderr says why.
golden absorb-wenzhou 'absorb data/absorb-wenzhou.csv'
check absorb-wenzhou-growth \
    '[ "$(absorb data/absorb-wenzhou.csv 2>/dev/null | $pick -v fmt=%.2f -v cols="year town_pop_growth towns_change growth_new_towns growth_residual growth_per_town" /dev/stdin | sed -n 2p)" = \
"1987 231855 7 98743.28 133111.72 2665" ]'
check absorb-wenzhou-bases \
    'for b in total:5.5207 agri:4.0111 rural+town:5.3482; do
	absorb --base ${b%%:*} data/absorb-wenzhou.csv 2>/dev/null >$OUT/aw.csv &&
	[ "$($pick -v fmt=%.4f -v cols=years_to_target $OUT/aw.csv | sed -n 2p)" = ${b#*:} ] || exit 1
     done'
# 12 per mille of 1,288,145 = 15,457.74 natural increase; residual
# 231,855 - 98,743.28 - 15,457.74 = 117,653.98.
golden absorb-wenzhou-natural 'absorb --natural-rate 12 --base rural+town data/absorb-wenzhou.csv'
check absorb-wenzhou-natural-values \
    '[ "$(absorb --natural-rate 12 data/absorb-wenzhou.csv 2>/dev/null | $pick -v fmt=%.2f -v cols="growth_natural growth_residual" /dev/stdin | sed -n 2p)" = \
"15457.74 117653.98" ]'
# Township rows: 龙港 a township of 30,000 in 1983, a town of 31,000 in
# 1984: the new town brought 31,000 (exact), residual 0; 1985: no new
# town, 36,000 - 31,000 = 5,000 residual.
golden absorb-township-towns 'absorb data/absorb-township-towns.csv'

# Norms (every row of sample-data/norms.csv illustrative).  Wujin: rice
# 60,000 ha, wheat 50,000, rapeseed 20,000: low need (60000 x 150 +
# 50000 x 75 + 20000 x 90) / 300 = 48,500, high (60000 x 300 + 50000 x
# 150 + 20000 x 150) / 200 = 142,500; farm_need their mean 95,500;
# surplus_low 230,000 - 142,500 = 87,500, surplus_high 230,000 - 48,500
# = 181,500.  Qian'an: maize 90,000, soybean 50,000: low (90000 x 75 +
# 50000 x 45) / 300 = 30,000, high (90000 x 150 + 50000 x 105) / 200 =
# 93,750; surplus_low 102,900 - 93,750 = 9,150, high 72,900.  Land per
# farm worker: 79,350 / 230,000 = 0.345, 162,600 / 102,900 = 1.580.
# No test depends on the sign of these surpluses.
golden absorb-norms 'absorb --norms ../../sample-data/norms.csv data/absorb-norms.csv'
check absorb-norms-values \
    'absorb --norms ../../sample-data/norms.csv data/absorb-norms.csv 2>/dev/null >$OUT/an.csv &&
     [ "$($pick -v fmt=%.3f -v cols="farmland_per_farm_worker farm_need surplus_low surplus_high" $OUT/an.csv)" = \
"0.345 95500 87500 181500
1.580 61875 9150 72900" ]'
check absorb-norms-low-le-high \
    'absorb --norms ../../sample-data/norms.csv data/absorb-norms.csv 2>/dev/null >$OUT/an.csv &&
     $pick -v cols="surplus_low surplus_high" $OUT/an.csv |
     awk "\$1 == \"NA\" || \$1 > \$2 { bad = 1 } END { exit bad + (NR != 2) }"'
# -w 0.5: need 79,350 / 0.5 = 158,700, surplus 230,000 - 158,700 = 71,300.
check absorb-w \
    '[ "$(absorb -w 0.5 data/absorb-norms.csv 2>/dev/null | $pick -v fmt=%.1f -v cols="farm_need surplus surplus_low surplus_high" /dev/stdin | head -1)" = \
"158700 71300 71300 71300" ]'
# Without a norm: NA, and one line says why.
check absorb-no-norm \
    'absorb data/absorb-norms.csv 2>$OUT/nn.err >$OUT/nn.csv &&
     [ "$($pick -v cols="farm_need surplus surplus_low surplus_high labour_shortage" $OUT/nn.csv | sort -u)" = "NA NA NA NA NA" ] &&
     [ "$(grep -c "no --norms or -w given" $OUT/nn.err)" = 1 ]'
# A sown column the norms do not cover is not guessed.
check absorb-norms-uncovered \
    'printf "code,year,labour_farm,sown_ha_tea:num\n320412,1987,10,5\n" |
     absorb --norms ../../sample-data/norms.csv 2>$OUT/nu.err | tail -1 | grep -q ",,,,,," &&
     grep -q "no sown_ha column that the norms cover" $OUT/nu.err'

# Inflow: a Wuxi township where outsiders exceed local workers (hand
# made): 5,200 / 4,800 = 1.0833, of TVE jobs 5,200 / 9,500 = 0.5474;
# a Jilin one: 20 / 5,200 = 0.0038.
golden absorb-inflow 'absorb data/absorb-inflow.csv'
check absorb-inflow-values \
    '[ "$(absorb data/absorb-inflow.csv 2>/dev/null | $pick -v fmt=%.4f -v cols="absorption_rate inflow_ratio inflow_share_tve" /dev/stdin)" = \
"0.8125 1.0833 0.5474
0.1346 0.0038 0.0667" ]'
# The sample panel, 1987: the five southern Jiangsu counties (3202,
# 3204, 3205) redeployed 59.0-67.0% of their rural labour and take in
# outside workers (inflow ratio 0.028 to 0.056, 9,000 to 31,000
# workers); the three Jilin counties (22) 14-16%, inflow ratio under
# 0.002.  No county of the panel has more outsiders than locals.
check absorb-sample-panel \
    'parse-census ../../sample-data/yearbook/county-panel-1985-1987.csv 2>/dev/null |
     absorb 2>/dev/null >$OUT/panel.csv &&
     $pick -v cols="code year absorption_rate inflow_ratio" $OUT/panel.csv |
     awk "\$2 == 1987 && \$1 ~ /^32/ { n++; if (\$3 < 0.55 || \$4 < 0.02 || \$4 > 1) bad = 1 }
          \$2 == 1987 && \$1 ~ /^22/ { m++; if (\$3 > 0.16 || \$4 > 0.002) bad = 1 }
          END { exit bad + (n != 5) + (m != 3) }"'
expect absorb-w-and-norms 'absorb -w 0.5 --norms ../../sample-data/norms.csv data/absorb-rows.csv' 64 \
    'absorb: options --norms and -w: give one farm labour norm, not two'
expect absorb-bad-base 'absorb --base rural data/absorb-rows.csv' 64 \
    'absorb: option --base: "rural" is not total, agri or rural+town
usage: absorb [-mps] [-d file] [-l level] [-t share] [-w ha | --norms file] [--base total|agri|rural+town] [--expect-rows n] [--natural-rate permille] [-o file] [--header spec] [--plain] [--rejects file] [file ...]'
golden absorb-bad-natural 'absorb --natural-rate x data/absorb-rows.csv'
expect absorb-norms-missing 'absorb --norms /nonexistent.csv data/absorb-rows.csv' 66 \
    'absorb: cannot open /nonexistent.csv: No such file or directory'
expect absorb-norms-no-source \
    'printf "crop,region,days_low,days_high,source\nrice,*,1,2,\n" >$OUT/ns.csv && absorb --norms $OUT/ns.csv data/absorb-rows.csv' 65 \
    "absorb: $OUT/ns.csv: the norm of rice in * names no source (a source, or \"illustrative\" and why)"
check absorb-help \
    'for o in --norms --base --natural-rate --ha-per-worker --target; do
	absorb --help | grep -q -- "$o" || exit 1; done'
