#!/bin/sh
# commute-check: the paper's figures from the paper's own inputs, the
# counterfactuals that decide its argument, the settlement column, the
# centres, person rows, NA, the options, errors and exit statuses.
. "$(dirname "$0")/tap.sh"
export OUT pick
plan 20

# pick FILE FMT COL...: the named columns, each number printed with FMT.
pick='awk -F, -f pick.awk'

golden commute-check-paper 'commute-check data/counties.csv'
golden commute-check-natural 'commute-check --centres towns data/commute-paper.csv'
golden commute-check-seats 'commute-check data/commute-seats.csv'

commute-check --centres towns "$T/data/commute-paper.csv" >"$OUT/cc-paper.csv" 2>/dev/null
commute-check "$T/data/commute-seats.csv" >"$OUT/cc-seats.csv" 2>/dev/null

# Wujin: rho = 8303 / 1763 = 4.70959 per km2, 470.96 per 100 km2;
# persons 1237147 / 8303 = 149; spacing sqrt(2 / (sqrt 3 x 4.70959)) =
# sqrt(0.245181) = 0.495 km (the paper's "under 500 m").  Qian'an:
# 292 / 3430 = 0.0851312 per km2, 8.51 per 100 km2, 708 a village,
# sqrt(2 / (sqrt 3 x 0.0851312)) = 3.683 km straight (the paper's "about
# 4"), x 1.3 = 4.788 km by road.
check commute-check-density-spacing \
    '[ "$($pick -v fmt=%.3f -v cols="settlement village_density persons_per_village village_spacing_km village_road_km" $OUT/cc-paper.csv | head -2)" = \
"natural_villages 470.959 149 0.495 0.644
natural_villages 8.513 708 3.683 4.788" ]'

# reach = 30 / 60 x 12 / 1.3 = 4.615 km; pi x 4.615^2 = 66.921 km2.
# Wujin: 66.921 x 4.70959 = 315.17 villages, x 640000 / 8303 = 24,294
# workers.  Qian'an: 66.921 x 0.0851312 = 5.70 villages, 66.921 x
# 100000 / 3430 = 1,951 workers.  Wujin's area with Qian'an's 292
# villages: 66.921 x 292 / 1763 = 11.08 villages, 66.921 x 100000 /
# 1763 = 3,796 workers.
check commute-check-catchment \
    '[ "$($pick -v fmt=%.2f -v cols="reach_km catchment_villages catchment_labour" $OUT/cc-paper.csv)" = \
"4.62 315.17 24293.68
4.62 5.70 1951.06
4.62 11.08 3795.89" ]'

# Centres: Wujin's 30 towns, a cell of 1763 / 30 = 58.767 km2, apothem
# sqrt(58.767 / (2 sqrt 3)) = 4.119 km, circumradius 4.756 km: the
# 4.615 km disc less six segments r^2 acos(a/r) - a sqrt(r^2 - a^2) =
# 21.302 x 0.46640 - 4.119 x 2.0826 = 1.3564: (66.921 - 8.138) / 58.767
# = 0.9964 of the villagers within reach.  The counterfactual Qian'an
# with as many centres per km2 (3430 x 30 / 1763 = 58.4, 58 towns) has
# 0.9956 within reach, but its factories reach 1,951 workers, under
# 5,000: Wujin true, Qian'an false, and Wujin's area with Qian'an's
# villages false too (density decides).
check commute-check-verdicts \
    '[ "$($pick -v fmt=%.4f -v cols="reach_share commute_ok" $OUT/cc-paper.csv)" = \
"0.9964 true
0.9956 false
0.9964 false" ]'

# Qian'an's own township seats: cells of 3430 / 12 = 285.8, / 14 = 245,
# / 16 = 214.4 km2, apothems 9.08, 8.41, 7.87 km, all beyond 4.615 km:
# the whole disc, 66.921 / 285.8 = 0.2341, / 245 = 0.2731, / 214.4 =
# 0.3122, under 0.5: the villagers' side fails too (and with --min-pool
# 0, that side alone says false).  town_distance 0.37720 x sqrt(245) =
# 5.904 km.
check commute-check-seats-share \
    '[ "$($pick -v fmt=%.4f -v cols="reach_share town_distance_km commute_ok" $OUT/cc-seats.csv)" = \
"0.2341 6.3772 false
0.2731 5.9041 false
0.3122 5.5228 false" ]'
check commute-check-seats-reach-alone \
    'commute-check --min-pool 0 data/commute-seats.csv 2>/dev/null >$OUT/cc-r.csv &&
     [ "$($pick -v cols=commute_ok $OUT/cc-r.csv | tr "\n" " ")" = "false false false " ] &&
     commute-check --min-pool 0 --centres towns data/commute-paper.csv 2>/dev/null >$OUT/cc-r.csv &&
     [ "$($pick -v cols=commute_ok $OUT/cc-r.csv | tr "\n" " ")" = "true true true " ]'
# --min-reach 0.2 passes the 12 seats' reach (0.2341), and --min-pool
# 1900 Qian'an's 1,951 workers: true.
check commute-check-min-reach-pool \
    'commute-check --min-reach 0.2 --min-pool 1900 data/commute-seats.csv 2>/dev/null >$OUT/cc-r2.csv &&
     [ "$($pick -v cols=commute_ok $OUT/cc-r2.csv | tr "\n" " ")" = "true true true " ]'
# --centres towns on a file with townships only: the centre columns are
# NA, and stderr says why; commute_ok rests on the pool.
golden commute-check-no-centres 'commute-check --centres towns data/commute-seats.csv'
# A slower journey: on foot, 4 km/h, reach 30 / 60 x 4 / 1.3 = 1.538 km.
check commute-check-on-foot \
    '[ "$(commute-check -s 4 --centres towns data/commute-paper.csv 2>/dev/null | sed -n 2p | cut -d, -f14)" = 1.5384615384615383 ]'
# The circuity shortens the reach: -c 1.5: 6 / 1.5 = 4 km; -m 15: 2.3 km.
check commute-check-circuity-minutes \
    '[ "$(commute-check -c 1.5 --centres towns data/commute-paper.csv 2>/dev/null | sed -n 2p | cut -d, -f14)" = 4 ] &&
     [ "$(commute-check -m 15 --centres towns data/commute-paper.csv 2>/dev/null | sed -n 2p | cut -d, -f14)" = 2.3076923076923075 ]'
golden commute-check-persons \
    'printf "pid,commute_km\np1,3\np2,9\np3,\n" | commute-check'
expect commute-check-bad-centres 'commute-check --centres seats data/counties.csv' 64 \
    'commute-check: option --centres: "seats" is not towns or townships
usage: commute-check [-c circuity] [-m minutes] [-s km/h] [--centres towns|townships] [--min-pool workers] [--min-reach share] [-o file] [--header spec] [--plain] [--rejects file] [file ...]'
golden commute-check-bad-reach 'commute-check --min-reach 2 data/counties.csv'
golden commute-check-bad-pool 'commute-check --min-pool -1 data/counties.csv'
expect commute-check-no-settlements 'printf "code,area_km2\n1,2\n" | commute-check' 65 \
    'commute-check: <stdin>:1: header: needs region rows (columns area_km2 and natural_villages or villages) or person rows (column commute_km)'
check commute-check-help \
    'commute-check --help | grep -q -- "--centres WHAT" &&
     commute-check --help | grep -q -- "--min-pool N" &&
     commute-check --help | grep -q -- "--min-reach S"'
expect commute-check-missing 'commute-check /nonexistent.csv' 66 \
    'commute-check: cannot open /nonexistent.csv: No such file or directory'
expect commute-check-empty 'printf "" | commute-check' 0 ''
