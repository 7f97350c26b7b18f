#!/bin/sh
# classify-labour: the rules on hand-made persons (every class, NA
# cases; issue 14's acceptance persons, classified by hand, under both
# schemes), --by county and township with hand-checked sums (the
# unemployed, old and female farm and destination counts inline),
# region rows,
# the options, errors and exit statuses; on a generated census sample:
# --by county equals the sum of --by township over each county, and
# --partial then --merge equals one run (split -l, and GNU parallel).
. "$(dirname "$0")/tap.sh"
plan 62
# The header of the cases that stop before their first row.
header='pid,year:int,weight:num,sex,age:int,hukou_type,hukou_code:code,code:code,work_code:code,industry,months_away:int,lodging,labour_class,destination,destination_kind'
# The sums of --by, untyped.
plainsums='pop_total,labour_rural,labour_farm,labour_local,labour_amphibian,labour_migrant,labour_away_farm,labour_urban,labour_inflow,labour_unemployed,labour_farm_old,labour_farm_female,workers_same_township,workers_same_county,workers_other_county,workers_other_province'

CL_TMP=${TMPDIR:-/tmp}/classify-labour-t.$$
CL_SAMPLE=$CL_TMP/sample.csv
mkdir -p "$CL_TMP"
trap 'rm -rf "$CL_TMP"' EXIT
gen-census -n 2000 "$top/sample-data/divisions/streets.csv" >"$CL_SAMPLE"
export CL_TMP CL_SAMPLE

P=data/classify-labour-persons.csv

# Person rows: every class, the age and months boundaries, NA counted.
golden classify-labour-persons "classify-labour $P"
golden classify-labour-options \
    "classify-labour --away-months 5 --working-age 15-65 $P"
golden classify-labour-plain "classify-labour --plain -m person $P | head -3"

# Issue 14, Acceptance, first item: the persons classified by hand.
# farmer68 farm; farmer13 inactive (farm with --working-age 0-);
# jobless30 unemployed; athome (never away, no lodging, lives in his
# hukou township) local; settler (自理口粮, in Longgang town) migrant;
# cyclist (home, factory in the next township) local, same_county;
# dorm (dormitory in his own township) amphibian, same_township; under
# --scheme nbs the cyclist is nbs_outside, the dorm worker nbs_local.
A=data/classify-labour-acceptance.csv
expect classify-labour-acceptance \
    "classify-labour --plain $A | cut -d, -f1,15-" 0 '' \
    'pid,labour_class,destination,destination_kind
farmer68,farm,same_township,township_seat
farmer13,inactive,,
jobless30,unemployed,,
athome,local,same_township,
settler,migrant,same_township,town
cyclist,local,same_county,township_seat
dorm,amphibian,same_township,township_seat'
expect classify-labour-acceptance-all-ages \
    "classify-labour --plain --working-age 0- $A | cut -d, -f1,15 | sed -n 2,3p" 0 '' \
    'farmer68,farm
farmer13,farm'
expect classify-labour-acceptance-nbs \
    "classify-labour --plain --scheme nbs $A | cut -d, -f1,15,16" 0 '' \
    'pid,labour_class,destination
farmer68,farm,same_township
farmer13,inactive,
jobless30,unemployed,
athome,nbs_local,same_township
settler,nbs_local,same_township
cyclist,nbs_outside,same_county
dorm,nbs_local,same_township'
golden classify-labour-acceptance "classify-labour $A"
expect classify-labour-scheme-paper \
    "classify-labour --scheme paper $A | cmp - expected/classify-labour-acceptance.out" 0 ''

# --by counts by hand (data/classify-labour-counts.csv, weights in
# brackets): Wujin county 320412 pop_total 22; labour_rural 12 = farm 6
# (c01 2, c02 1, c03 1.5, c04 1, c05 0.5) + local 2 (c09 the cyclist,
# c13 no lodging at home) + amphibian 2 (c10 dorm, c16 2 months) +
# migrant 2 (c11, c12); urban 3 (c14); labour_unemployed 2 (c06, c07;
# not c08 4, urban hukou); labour_farm_old 3.5 (c01 62, c02 60, c05
# 70; not c04 59); labour_farm_female 4 (c01, c03, c05); destinations
# same_township 8 (the farmers, c10, c13), same_county 1 (c09),
# other_county 1 (c11), other_province 1 (c12), c16 (work_code only a
# county) in none; c15, 15, inactive.  labour_inflow 1 each in 320481
# and 440306.
C=data/classify-labour-counts.csv
expect classify-labour-by-counts \
    "classify-labour --by county --plain $C" 0 \
    'classify-labour: of 16 rows, 1: rural worker whose codes cannot tell the destination (left out of workers_*)' \
    "code,level,year,$plainsums,share_farm,share_local,share_amphibian,share_migrant
320412,county,1987,22,12,6,2,2,2,0,3,0,2,3.5,4,8,1,1,1,0.5,0.16666666666666666,0.16666666666666666,0.16666666666666666
320481,county,1987,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,,,,
440306,county,1987,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,,,,"
golden classify-labour-by-counts-typed "classify-labour --by county $C"
# The same split in two and merged: the same bytes.
check classify-labour-by-counts-merge '
{ head -9 data/classify-labour-counts.csv | classify-labour --by county --partial
  { head -1 data/classify-labour-counts.csv; tail -n +10 data/classify-labour-counts.csv; } |
  classify-labour --by county --partial; } 2>/dev/null | classify-labour --merge |
cmp - expected/classify-labour-by-counts-typed.out'
# Without activity and sex: labour_unemployed and labour_farm_female NA,
# and stderr says why; --partial writes them NA, --merge keeps them NA.
golden classify-labour-by-na-columns \
    "cut -d, -f1-3,5-10,12- $C | classify-labour --by county --plain"
golden classify-labour-merge-na \
    "cut -d, -f1-3,5-10,12- $C | classify-labour --by county --partial 2>/dev/null | \
    classify-labour --merge --plain"

# --by: origin counts by hukou_code, labour_inflow by work_code/code.
golden classify-labour-by-county "classify-labour --by county $P"
golden classify-labour-by-township "classify-labour -b township $P"
golden classify-labour-by-province "classify-labour --by province $P"
golden classify-labour-by-noyear \
    "cut -d, -f1,3- $P | classify-labour --by county"
golden classify-labour-by-noweight \
    "cut -d, -f1,2,4- $P | classify-labour --by county --plain"
golden classify-labour-partial "classify-labour --by county --partial $P"

# Region rows: labour_local derived exactly or kept, shares.
golden classify-labour-regions "classify-labour data/classify-labour-regions.csv"
golden classify-labour-regions-local \
    "classify-labour data/classify-labour-regions-local.csv"

# Merge: repeated identical headers skipped, typed or --plain.
golden classify-labour-merge \
    "{ classify-labour --by county --partial $P; \
    classify-labour --by county --partial $P; } 2>/dev/null | \
    classify-labour --merge"
golden classify-labour-merge-plain \
    "{ classify-labour --by county --partial --plain $P; \
    classify-labour --by county --partial --plain $P; } 2>/dev/null | \
    classify-labour --merge --partial"
# A typed part beside a --plain one, in either order: the dictionary
# types every sum the untyped header names, so the headers agree and the
# result is the typed merge's, byte for byte.
expect classify-labour-merge-mixed \
    "{ classify-labour --by county --partial $P; \
    classify-labour --by county --partial --plain $P; } 2>/dev/null | \
    classify-labour --merge 2>/dev/null | \
    cmp - expected/classify-labour-merge.out && \
    { classify-labour --by county --partial --plain $P; \
    classify-labour --by county --partial $P; } 2>/dev/null | \
    classify-labour --merge 2>/dev/null | \
    cmp - expected/classify-labour-merge.out && echo same" 0 '' same
expect classify-labour-merge-differs \
    "{ classify-labour --by county --partial $P; \
    cut -d, -f1,3- $P | classify-labour --by county --partial; } \
    2>/dev/null | classify-labour --merge" 65 \
    'classify-labour: <stdin>:7: header differs from the first one (column 3)'
expect classify-labour-merge-final \
    "classify-labour --by county $P 2>/dev/null | classify-labour --merge" 65 \
    'classify-labour: <stdin>:1: header: 23 columns, not the 19 of --by LEVEL --partial (is it output without --partial?)'
expect classify-labour-merge-bad \
    "printf 'code,level,year,$plainsums\n32,county,1987,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0\n' | \
    classify-labour --merge" 65 \
    "classify-labour: <stdin>:2: column 'level': \"county\" is not the level of the code"
expect classify-labour-merge-na-never \
    "printf 'code,level,year,$plainsums\n32,province,1987,1,,1,0,0,0,0,0,0,0,0,0,0,0,0,0\n' | \
    classify-labour --merge" 65 \
    "classify-labour: <stdin>:2: column 'labour_rural:num': \"\" is missing (this partial sum is never NA)"
expect classify-labour-merge-empty "printf '' | classify-labour --merge" 0 ''
expect classify-labour-merge-overflow \
    "printf 'code,level,year,$plainsums\n32,province,1987,9000000000000,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0\n' >\"\$CL_TMP/big.csv\"; \
    classify-labour --merge \"\$CL_TMP/big.csv\" \"\$CL_TMP/big.csv\"" 65 \
    'classify-labour: 32: a sum is beyond 9.2e12 persons (64-bit millionths)'
golden classify-labour-merge-spec-gzip \
    "classify-labour --by county --partial $P 2>/dev/null >\"\$CL_TMP/p.csv\"; \
    gzip -c \"\$CL_TMP/p.csv\" >\"\$CL_TMP/p.csv.gz\"; \
    tail -n +2 \"\$CL_TMP/p.csv\" | classify-labour --merge --partial \
    --header \"\$(head -1 \"\$CL_TMP/p.csv\")\" - \"\$CL_TMP/p.csv.gz\""
expect classify-labour-bad-weight \
    "sed 's/^p06,2020,1.5,/p06,2020,-1,/' $P | classify-labour --by county" 65 \
    "classify-labour: <stdin>:7: column 'weight:num': \"-1\" is not a weight (0 to 1e9 persons)"

# Errors: bad words and weights (exit 65, or --rejects), columns.
golden classify-labour-bad-industry 'sed '"'"'s/,construction,/,factory,/'"'"' $P | classify-labour'
golden classify-labour-rejects \
    "sed 's/,construction,/,factory,/' $P >\"\$CL_TMP/bad.csv\"; \
    cd \"\$CL_TMP\" && classify-labour --rejects rej.csv bad.csv | \
    tail -2; cat rej.csv"
golden classify-labour-bad-months 'sed '"'"'s/,agri,5,home/,agri,13,home/'"'"' $P | classify-labour'
expect classify-labour-na-weight \
    "sed 's/^p06,2020,1.5,/p06,2020,,/' $P | classify-labour --by county" 65 \
    "classify-labour: <stdin>:7: column 'weight:num': missing (--by needs the weight of every person)"
expect classify-labour-neither "classify-labour data/counties.csv" 65 \
    'classify-labour: data/counties.csv:1: header: needs person rows (column age or hukou_type) or region rows (column labour_rural)'
expect classify-labour-force-region \
    "classify-labour --mode region $P" 65 \
    'classify-labour: data/classify-labour-persons.csv:1: header: region rows need column labour_rural'
expect classify-labour-by-nohukou \
    "cut -d, -f1-6,8- $P | classify-labour --by county" 65 \
    'classify-labour: <stdin>:1: header: --by needs column hukou_code (the origin of each person)'
expect classify-labour-empty "printf '' | classify-labour --by county" 0 ''
expect classify-labour-missing "classify-labour /nonexistent.csv" 66 \
    'classify-labour: cannot open /nonexistent.csv: No such file or directory'
golden classify-labour-usage \
    "classify-labour --by village $P; classify-labour --partial $P; \
    classify-labour --merge --by county; classify-labour -w 65-15 $P; \
    classify-labour --away-months 0 $P; classify-labour --mode x $P; \
    classify-labour --by county --mode region $P; \
    classify-labour --scheme census $P; classify-labour -w 151- $P; \
    classify-labour --by county --scheme nbs $P; \
    classify-labour --merge --scheme paper"

# On a generated census sample: --by county is the sum of --by township
# over each county, for every count but labour_inflow, which counts
# only workers from outside the unit and so shrinks as units grow.
check classify-labour-county-sums-townships '
classify-labour --by township --plain "$CL_SAMPLE" 2>/dev/null >"$CL_TMP/t.csv" &&
classify-labour --by county --plain "$CL_SAMPLE" 2>/dev/null >"$CL_TMP/c.csv" &&
awk -F, "
function micro(s,  i, f) {
	i = index(s, \".\")
	if (i == 0) return s * 1000000
	f = substr(s \"000000\", i + 1, 6)
	return substr(s, 1, i - 1) * 1000000 + f
}
FNR == 1 { next }
FILENAME ~ /t.csv\$/ {
	k = substr(\$1, 1, 6) \",\" \$3
	for (j = 4; j <= 19; j++) t[k, j] += micro(\$j)
	next
}
{
	k = \$1 \",\" \$3; n++
	for (j = 4; j <= 19; j++)
		if (j != 12 && t[k, j] != micro(\$j)) { print k, j, t[k, j], micro(\$j); bad++ }
	if (micro(\$12) > t[k, 12]) { print k, \"inflow\"; bad++ }
}
END { if (n < 100 || bad) { print n \" counties, \" bad \" bad\"; exit 1 } }
" "$CL_TMP/t.csv" "$CL_TMP/c.csv"'

check classify-labour-split-merge '
classify-labour --by county "$CL_SAMPLE" 2>/dev/null >"$CL_TMP/one.csv" &&
head -1 "$CL_SAMPLE" >"$CL_TMP/hdr" &&
tail -n +2 "$CL_SAMPLE" | (cd "$CL_TMP" && split -l 300 - part.) &&
for p in "$CL_TMP"/part.??; do
	cat "$CL_TMP/hdr" "$p" | classify-labour --by county --partial 2>/dev/null
done >"$CL_TMP/partials.csv" &&
test $(grep -c ^code "$CL_TMP/partials.csv") -eq 7 &&
classify-labour --merge <"$CL_TMP/partials.csv" | cmp - "$CL_TMP/one.csv"'

check classify-labour-merge-files '
for p in "$CL_TMP"/part.??; do
	cat "$CL_TMP/hdr" "$p" |
	    classify-labour --by county --partial -o "$p.out" 2>/dev/null
done &&
classify-labour --merge "$CL_TMP"/part.*.out | cmp - "$CL_TMP/one.csv" &&
classify-labour --merge --partial "$CL_TMP"/part.a[ab].out >"$CL_TMP/ab" &&
classify-labour --merge "$CL_TMP/ab" "$CL_TMP"/part.a[c-z].out |
    cmp - "$CL_TMP/one.csv"'

check classify-labour-township-merge '
classify-labour --by township "$CL_SAMPLE" 2>/dev/null >"$CL_TMP/one-t.csv" &&
for p in "$CL_TMP"/part.??; do
	cat "$CL_TMP/hdr" "$p" | classify-labour --by township --partial 2>/dev/null
done | classify-labour --merge | cmp - "$CL_TMP/one-t.csv"'

# A lost or empty block is never silent (issue 21): a partial ends in a
# count row (code NA, rows_read the rows it read), --merge adds them up,
# and --expect-rows N checks the sum.  $P has 17 rows; its first block
# (head -9) 8, the rest 9.
PH=$(cd "$T" && head -1 $P)
NA19=',,,,,,,,,,,,,,,,,,,'
expect classify-labour-partial-no-header \
    "printf '' | classify-labour --by county --partial" 65 \
    'classify-labour: <stdin>: empty input (no header line): --partial needs the input'"'"'s header to write its own and the count of rows it read; give it with --header SPEC (as for the blocks of parallel --pipe)'
expect classify-labour-partial-header-only \
    "head -1 $P | classify-labour --by county --partial 2>/dev/null | tail -n +2" \
    0 '' "${NA19}0"
expect classify-labour-partial-empty-block \
    "printf '' | classify-labour --header '$PH' --by county --partial 2>/dev/null | tail -n +2" \
    0 '' "${NA19}0"
expect classify-labour-partial-count \
    "classify-labour --by county --partial $P 2>/dev/null | tail -1" 0 '' "${NA19}17"
expect classify-labour-merge-lost-block \
    "head -9 $P | classify-labour --by county --partial 2>/dev/null | \
    classify-labour --merge --expect-rows 17" 65 \
    'classify-labour: labour_unemployed: NA where a partial input row has it NA (a partial run without the column it needs)
classify-labour: merged partials read 8 rows, expected 17: 9 rows missing; a block was lost (rerun the partials)'
expect classify-labour-merge-empty-block \
    "{ head -9 $P | classify-labour --by county --partial; \
    printf '' | classify-labour --header '$PH' --by county --partial; } \
    2>/dev/null | classify-labour --merge --expect-rows 17 2>&1 >/dev/null | tail -1" 0 \
    '' 'classify-labour: merged partials read 8 rows, expected 17: 9 rows missing; a block was lost (rerun the partials)'
expect classify-labour-merge-twice \
    "{ classify-labour --by county --partial $P; head -9 $P | \
    classify-labour --by county --partial; } 2>/dev/null | \
    classify-labour --merge --expect-rows 17 2>&1 >/dev/null | tail -1" 0 \
    '' 'classify-labour: merged partials read 25 rows, expected 17: 8 rows too many; a block was merged twice, or the count is not this input'"'"'s'
expect classify-labour-merge-expect-exact \
    "classify-labour --by county $P 2>/dev/null >\"\$CL_TMP/serial.csv\"; \
    { head -9 $P | classify-labour --by county --partial; \
    tail -n +10 $P | classify-labour --header '$PH' --by county --partial; } \
    2>/dev/null | classify-labour --merge --expect-rows 17 2>/dev/null | \
    cmp - \"\$CL_TMP/serial.csv\" && echo same" 0 '' same
expect classify-labour-merge-expect-hierarchy \
    "{ head -9 $P | classify-labour --by county --partial; \
    tail -n +10 $P | classify-labour --header '$PH' --by county --partial; } \
    2>/dev/null | classify-labour --merge --partial 2>/dev/null | \
    classify-labour --merge --expect-rows 17 2>/dev/null | \
    cmp - \"\$CL_TMP/serial.csv\" && echo same" 0 '' same
expect classify-labour-merge-no-count \
    "classify-labour --by county --partial $P 2>/dev/null | grep -v '^,' | \
    cut -d, -f1-19 | classify-labour --merge --expect-rows 17 2>&1 | tail -1" 0 '' \
    'classify-labour: <stdin>:1: header: no column rows_read: --expect-rows needs partials that carry the rows they read (rerun the partials with this classify-labour)'
expect classify-labour-merge-bad-count \
    "printf 'code,level,year,$plainsums,rows_read\n,,,,,,,,,,,,,,,,,,,-3\n' | \
    classify-labour --merge" 65 \
    "classify-labour: <stdin>:2: column 'rows_read:int': \"-3\" is not a count of rows (an integer from 0; the total below 9.2e18)"
expect classify-labour-merge-count-not-na \
    "printf 'code,level,year,$plainsums,rows_read\n,county,,,,,,,,,,,,,,,,,,3\n' | \
    classify-labour --merge" 65 \
    "classify-labour: <stdin>:2: column 'level': \"county\" is not NA (in a count row, where code is NA, only rows_read has a value)"
expect classify-labour-merge-thousands \
    "printf 'code,level,year,$plainsums,rows_read\n${NA19}1234567\n' | \
    classify-labour --merge --expect-rows 1000000" 65 \
    'classify-labour: merged partials read 1,234,567 rows, expected 1,000,000: 234,567 rows too many; a block was merged twice, or the count is not this input'"'"'s'
expect classify-labour-expect-alone \
    "classify-labour --by county --expect-rows 17 $P 2>&1 | head -1" 0 '' \
    'classify-labour: --expect-rows goes with --merge (it checks the rows the partials read)'

if command -v parallel >/dev/null 2>&1; then
	check classify-labour-parallel-merge '
	parallel --will-cite --pipe --header : -N 300 \
	    classify-labour --by county --partial <"$CL_SAMPLE" 2>/dev/null |
	    classify-labour --merge | cmp - "$CL_TMP/one.csv"'
else
	ok "classify-labour-parallel-merge # SKIP GNU parallel not installed"
fi
# A census extract in Chinese values (issue 14), through parse-census and
# --by county, counted by hand: 7 persons of Wujin's 320412100; Z1 local
# (制造业, at home), Z2 farm (68, a woman), Z3 amphibian (集体户 = dorm,
# in the next township of the county), Z4 unemployed (失业), Z5 migrant
# (a year away, in Cangnan), Z6 inactive (13, at school), Z7 urban
# (非农业): labour_rural 4 = farm 1 + local 1 + amphibian 1 + migrant 1;
# the same township 2 (Z1, Z2), the same county 1 (Z3), another
# province 1 (Z5), who is Cangnan's one inflow.
expect classify-labour-census-zh 'parse-census --year 1990 data/classify-labour-census-zh.csv 2>/dev/null |
    classify-labour --by county 2>/dev/null | cut -d, -f1,3-19' 0 '' 'code:code,year:int,pop_total:num,labour_rural:num,labour_farm:num,labour_local:num,labour_amphibian:num,labour_migrant:num,labour_away_farm:num,labour_urban:num,labour_inflow:num,labour_unemployed:num,labour_farm_old:num,labour_farm_female:num,workers_same_township:num,workers_same_county:num,workers_other_county:num,workers_other_province:num
320412,1990,7,4,1,1,1,1,0,1,0,1,1,1,2,1,0,1
330327,1990,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0'
