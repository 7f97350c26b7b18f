#!/bin/sh
# absorb: the formulas on hand-made rows (Jiangsu and Wenzhou 1987),
# NA, gaps between years, years out of order, --sorted, the --level
# roll-ups and their exact sums, --partial/--merge under GNU parallel,
# the options, errors and exit statuses.
. "$(dirname "$0")/tap.sh"
export OUT
plan 30
# The header of the cases that stop before their first row.
header='code:code,year:int,pop_rural:num,pop_town:num,towns:int,redeployed:num,absorption_rate:num,farm_share:num,farm_need:num,surplus:num,shortage:bool,intake:num,intake_per_town:num,farm_share_change:num,labour_inflow_change:num,years_to_target:num'
golden absorb-rows 'absorb data/absorb-rows.csv'
golden absorb-options 'absorb -w 0.25 -t 0.6 --plain data/absorb-rows.csv'
golden absorb-order 'absorb data/absorb-order.csv'
golden absorb-dup 'absorb --rejects ../out/cmd/absorb-rej.csv data/absorb-dup.csv &&
    cat ../out/cmd/absorb-rej.csv'
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
golden absorb-merge-header-differs '{ absorb -l county -p data/absorb-towns.csv;
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
expect absorb-bad-target 'absorb --target 1.5 data/absorb-rows.csv' 64 \
    'absorb: option --target: "1.5" is not a number from 0 to 1
usage: absorb [-mps] [-d file] [-l level] [-t share] [-w ha] [-o file] [--header spec] [--plain] [--rejects file] [file ...]'
expect absorb-empty 'printf "" | absorb -l county' 0 ''
expect absorb-missing 'absorb /nonexistent.csv' 66 \
    'absorb: cannot open /nonexistent.csv: No such file or directory'
