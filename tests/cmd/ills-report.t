#!/bin/sh
# ills-report: every indicator on four counties over three years
# (tests/cmd/data/ills-report-regions.csv: synthetic figures with the
# paper's contrasts, hand-checked below and in the golden CSV), the
# relative indicator and its peers, the fixed sets and the first year,
# the industry floor, the three formats, filters, thresholds, escaping
# of names in HTML and Markdown, errors and exit statuses, and the HTML
# page in headless Chromium when it is installed.
#
# Parochial industry in 1987, by hand (ills-report(1) has the table):
#   Wujin (southern Jiangsu, collective firms): TV share 380000/420000
#   = 0.905 -> 1; village firms per village 3100/600 -> 1; township
#   firms per township 600/33 -> 1; workers per TV firm 380000/3700 =
#   102.7 -> (200 - 102.7)/180 = 0.5405; local recruitment 1 -
#   30000/380000 = 0.921 -> (0.921 - 0.5)/0.45 = 0.9357; mean 0.8952.
#   Jiangyin: 1, 1, 1, (200 - 324000/2920)/180 = 0.4947, (1 -
#   26000/324000 - 0.5)/0.45 = 0.9328; mean 0.8855.
#   Cangnan (Wenzhou, household firms): 30000/150000 = 0.2 -> 0;
#   300/800 = 0.375 -> 1/6; 100/36 = 2.78 -> 0.0972; 30000/400 = 75 ->
#   0.6944; 1 - 5000/30000 = 0.833 -> 0.7407; mean 0.3398.
#   Qian'an (Jilin): TVE jobs 6000 of 110000 rural labour = 0.054,
#   below the 0.1 floor: NA, "below industry floor".
#   The median of the three above the floor is Jiangyin's 0.8855:
#   southern Jiangsu is at or above it.
. "$(dirname "$0")/tap.sh"
plan 54
R=data/ills-report-regions.csv
golden ills-report-csv "ills-report $R"
golden ills-report-md "ills-report -f md $R"
golden ills-report-html "ills-report --format html $R"
golden ills-report-sectors 'ills-report data/ills-report-sectors.csv'
golden ills-report-sectors-md 'ills-report -f md data/ills-report-sectors.csv'
golden ills-report-year-level "ills-report -y 1986 -l high $R"
golden ills-report-top "ills-report --top 1 --plain $R"
golden ills-report-md-filtered "ills-report -f md -n 2 -l medium -y 1987 $R"
golden ills-report-thresholds "ills-report -t data/ills-report-thresholds.csv -y 1987 $R | grep -E 'inflow_ratio|towns_per_10k'"
expect ills-report-thresholds-bad "ills-report -t data/ills-report-thresholds-bad.csv $R" 65 \
    "ills-report: data/ills-report-thresholds-bad.csv:3: column 'high': \"1\" is not above low 3 (the ill's end is set by the indicator, not by the order)"
expect ills-report-thresholds-missing "ills-report -t /nonexistent.csv $R" 66 \
    'ills-report: cannot open /nonexistent.csv: No such file or directory'
golden ills-report-indicators 'ills-report --indicators'

# The paper's contrasts (hand-computed above): southern Jiangsu at or
# above the median of the regions above the floor, Jilin NA below it.
check ills-report-parochial-contrast "ills-report -y 1987 $R 2>/dev/null |
	awk -F, '\$5 == \"score\" && \$4 == \"parochial_industry\" { s[\$1] = \$6; n[\$1] = \$11 }
	END { exit !(s[\"320412\"] == 0.8952426110320847 && s[\"320281\"] == 0.8854914782870136 &&
	    s[\"330327\"] == 0.33981481481481485 && s[\"220723\"] == \"\" &&
	    n[\"220723\"] == \"below industry floor\") }'"
# Twice Cangnan's household firms and their 120,000 jobs: the score
# falls (TV share 30000/270000 -> 0), it never rises.
check ills-report-household "ills-report data/ills-report-household.csv 2>/dev/null |
	awk -F, '\$5 == \"score\" && \$4 == \"parochial_industry\" { s[\$1] = \$6 }
	END { exit !(s[\"330328\"] <= s[\"330327\"] && s[\"330327\"] == 0.33981481481481485) }'"
# The fall of farm labour is not the ill: Jilin's farm labour did not
# fall (96000, 97000, 97500): its land trend scores 0, noted.
check ills-report-farm-labour "ills-report -y 1987 $R 2>/dev/null |
	grep -q '^220723,.*,farmland_per_farm_worker_trend,-0.00775[0-9]*,0,low,4,4,labour_farm did not fall: scored 0\$'"
# The same data every year: the first year NA (first year), the trend
# ill NA in the second (fewer than 3 years), then the same scores.
golden ills-report-steady "ills-report data/ills-report-steady.csv | grep ',score,'"
check ills-report-steady-same "ills-report data/ills-report-steady.csv 2>/dev/null |
	awk -F, '\$5 == \"score\" { s[\$3, \$4] = \$6 }
	END { for (k in s) { split(k, a, SUBSEP); if (a[1] == 1988 && s[1987, a[2]] != s[k]) exit 1 }
	    exit !(s[1985, \"disorderly_towns\"] == \"\" && s[1986, \"disorderly_towns\"] == s[1988, \"disorderly_towns\"] &&
	    s[1985, \"environment\"] == s[1988, \"environment\"]) }'"
# Peers (tests/cmd/data/ills-report-sectors.csv, 1987): 320412001's
# mix (60, 30, 10) against its 4 peers' (145, 145, 110) of 400:
# |0.6 - 0.3625| + |0.3 - 0.3625| + |0.1 - 0.275| = 0.475, scored
# (0.6 - 0.475) / 0.4 = 0.3125; 320412100 has an NA sector (missing);
# in 1986 two townships, 1 peer each: NA, "fewer than 3 peers".
# One region: the relative indicator is NA with the peer reason, said
# on stderr too; two identical regions are both NA, not both high.
golden ills-report-one 'ills-report data/ills-report-one.csv | grep -E "sector|parochial_industry,score"'
golden ills-report-twins 'ills-report data/ills-report-twins.csv | grep -E "sector|parochial_industry,score"'
golden ills-report-peers 'ills-report --peers county data/ills-report-sectors.csv | grep sector'
golden ills-report-floor "ills-report --industry-floor 0.05 -y 1987 $R 2>&1 | grep -E '^220723,.*parochial_industry,score|ills-report:'"
golden ills-report-xss-md 'ills-report -f md data/ills-report-xss.csv'
golden ills-report-xss-html 'ills-report -f html data/ills-report-xss.csv'
check ills-report-xss-text 'ills-report -f html data/ills-report-xss.csv >"$OUT/ills-report-xss.html" 2>/dev/null &&
	grep -q "&lt;script&gt;alert(1)&lt;/script&gt;" "$OUT/ills-report-xss.html" &&
	! grep -qi "<script" "$OUT/ills-report-xss.html" &&
	! grep -qiE "(src|href)=.[^#]|<link|@import|url\([^#]" "$OUT/ills-report-xss.html" &&
	ills-report -f html data/ills-report-regions.csv 2>/dev/null | grep -q "<use href=.#map-context./>" &&
	! ills-report -f html data/ills-report-regions.csv 2>/dev/null | grep -qiE "(src|href)=.[^#]|<link|@import|url\([^#]"'
# The page: Chinese, a CJK font stack, no fixed width, the ills said.
check ills-report-html-page "ills-report -f html $R 2>/dev/null >\"$OUT/ills-report-page.html\" &&
	grep -q '<html lang=\"zh-CN\">' \"$OUT/ills-report-page.html\" &&
	grep -q 'font:14px/1.4 \"Noto Sans CJK SC\",\"WenQuanYi Micro Hei\",\"PingFang SC\",\"Microsoft YaHei\",sans-serif' \"$OUT/ills-report-page.html\" &&
	grep -q '<h2>The five rural ills</h2>' \"$OUT/ills-report-page.html\" &&
	grep -q 'aria-label=\"Colour legend of scores\"' \"$OUT/ills-report-page.html\" &&
	! grep -qE 'width=\"[0-9]{4}\"|width:1050' \"$OUT/ills-report-page.html\""
expect ills-report-dup 'ills-report data/ills-report-dup.csv' 65 \
    "ills-report: data/ills-report-dup.csv:4: column 'code:code': 320412 appears twice in year 1987"
golden ills-report-rejects "ills-report --rejects \"$OUT/ills-report.rej\" -y 1987 data/ills-report-dup.csv 2>&1 | sed 's|$OUT/||'; cat \"$OUT/ills-report.rej\""
expect ills-report-no-code 'printf "name,year\nx,1987\n" | ills-report' 65 \
    "ills-report: <stdin>:1: header: needs region-year rows with a code column (name, year and the indicators' columns; see --indicators)"
expect ills-report-empty 'printf "" | ills-report -f html' 0 ''
expect ills-report-missing 'ills-report /nonexistent.csv' 66 \
    'ills-report: cannot open /nonexistent.csv: No such file or directory'
golden ills-report-usage 'ills-report -f pdf data/ills-report-regions.csv; ills-report -l worst </dev/null; ills-report -n 0 </dev/null; ills-report -p village </dev/null; ills-report --industry-floor 2 </dev/null'
check ills-report-output "rm -f \"$OUT/ills-report.md\" && ills-report -f md -o \"$OUT/ills-report.md\" $R 2>/dev/null &&
	ills-report -f md $R 2>/dev/null | cmp - \"$OUT/ills-report.md\" &&
	! ills-report -f md -o \"$OUT/ills-report-bad.md\" data/ills-report-dup.csv 2>/dev/null &&
	! ls \"$OUT\"/ills-report-bad.md* 2>/dev/null"
golden ills-report-help 'ills-report --help'

# The maps (tests/cmd/data/ills-report-map.csv): one path per region
# drawn, its data-code and the colour of its score (towns per 10,000
# rural people: 300 / 90,000 * 10,000 = 33 scores 1, red; 1 / 800,000
# scores 0, green); the 2016 outlines through the history (公主岭 of
# 2020 on 四平's 220381, 崇川区 of 2020 on 崇川 and 港闸, 临安区 of 2017
# on 临安市), Wujin of 2000 hatched (boundary_changed 2002), and the
# township and 龙港 (split from 苍南 in 2019) listed as not drawn.
M=data/ills-report-map.csv
paths="sed -n 's/.*<path class=\"county\" data-code=\"\([0-9]*\)\" fill=\"\(#[0-9a-f]*\)\".*<title>\(.*\)<\/title>.*/\1 \2 \3/p'"
expect ills-report-map-paths "ills-report -f html $M 2>/dev/null | $paths" 0 '' \
'220184 #d73027 公主岭市 Gongzhuling 220184 1.00
320281 #1a9850 江阴市 Jiangyin 320281 0.00
320412 #d73027 武进市 Wujin 320412 1.00
320613 #d73027 崇川区 Chongchuan 320613 1.00
330112 #1a9850 临安区 Lin&#39;an 330112 0.00'
expect ills-report-map-notes "ills-report -f html $M 2>/dev/null | grep -E '^<li>[0-9]|hatch\\)' | sed 's/ d=\"[^\"]*\"//'" 0 '' \
'<path class="changed" fill="url(#map-hatch)"/>
<li>320412101 <span lang="zh-Hans">湖塘镇 Hutang</span> 2000: a township or village row: not drawn (sum the townships to counties, absorb --level county, to map them)</li>
<li>330383 <span lang="zh-Hans">龙港市 Longgang</span> 2020: no outline of 2016 found for its code, nor through the division history: not drawn</li>
<li>320412 <span lang="zh-Hans">武进市 Wujin</span> 2000: territory changed in 2002; drawn hatched on the 2016 outline of 320412</li>
<li>220184 <span lang="zh-Hans">公主岭市 Gongzhuling</span> 2021: drawn on the 2016 outline of 220381</li>
<li>320613 <span lang="zh-Hans">崇川区 Chongchuan</span> 2021: drawn on the 2016 outlines of 320602, 320611</li>
<li>330112 <span lang="zh-Hans">临安区 Lin&#39;an</span> 2018: drawn on the 2016 outline of 330185</li>'
# Markdown: the same maps inline (one HTML block) when asked for, none
# by default.
expect ills-report-map-md "ills-report -f md --map-extent auto $M 2>/dev/null | $paths" 0 '' \
'220184 #d73027 公主岭市 Gongzhuling 220184 1.00
320281 #1a9850 江阴市 Jiangyin 320281 0.00
320412 #d73027 武进市 Wujin 320412 1.00
320613 #d73027 崇川区 Chongchuan 320613 1.00
330112 #1a9850 临安区 Lin&#39;an 330112 0.00'
expect ills-report-map-md-default "ills-report -f md $M 2>/dev/null | grep -c '## Maps\|<svg'" 1 '' 0
# --map-figure: absorption_rate from 0.1 (green) to 0.8 (red), NA grey.
expect ills-report-map-figure "ills-report -f html --map-figure absorption_rate $M 2>/dev/null | $paths" 0 '' \
'220184 #5bad61 公主岭市 Gongzhuling 220184 0.2
320281 #ed9560 江阴市 Jiangyin 320281 0.6
320412 #d73027 武进市 Wujin 320412 0.8
320613 #1a9850 崇川区 Chongchuan 320613 0.1
330112 #d9d9d9 临安区 Lin&#39;an 330112 NA'
expect ills-report-map-figure-missing "ills-report -f html --map-figure nosuch $M" 65 \
    'ills-report: data/ills-report-map.csv:1: header: no column nosuch for --map-figure'
expect ills-report-map-extent-bad "ills-report --map-extent world $M" 64 \
'ills-report: option --map-extent: "world" is not auto, china or none
usage: ills-report [-f csv|md|html] [-l level] [-n top] [-p level] [-t thresholds] [-y year] [-o file] [--header spec] [--indicators] [--industry-floor share] [--map-extent auto|china|none] [--map-figure column] [--plain] [--rejects file] [file ...]'
# The extent: the regions' 3 provinces (Jiangsu 32, Zhejiang 33, Jilin
# 22); the whole country's 2,868 outlines, Taiwan (71), Hong Kong (81)
# and Macao (82) among them, with --map-extent china or past 5
# provinces; none without a map.
ctx="grep -c '<path class=\"context\"'"
expect ills-report-map-provinces "ills-report -f html $R 2>/dev/null | $ctx" 0 '' 241
expect ills-report-map-china "ills-report -f html --map-extent china $R 2>/dev/null | $ctx" 0 '' 2864
# The South China Sea islands in an inset of the whole country's map,
# and no inset on the provinces' (a box on each of the 5 maps, the
# islands once, in the first map's grey counties the others use).
expect ills-report-map-inset "ills-report -f html --map-extent china $R 2>/dev/null | grep -c '<rect class=\"inset\"\|<g class=\"islands\"'" 0 '' 6
expect ills-report-map-no-inset "ills-report -f html $R 2>/dev/null | grep -c 'class=\"inset\"\|class=\"islands\"'" 1 '' 0
# Names where they fit beside their county, numbers keyed under the
# maps where they do not (the districts of Wuxi, Changzhou and Suzhou
# on a map reaching Jilin).
expect ills-report-map-key "printf 'code,name,towns,pop_rural_hh:num\n220723,乾安县,1,9\n320205,锡山区,1,9\n320206,惠山区,1,9\n320211,滨湖区,1,9\n320213,梁溪区,1,9\n320214,新吴区,1,9\n320281,江阴市,1,9\n320282,宜兴市,1,9\n320402,天宁区,1,9\n320404,钟楼区,1,9\n320411,新北区,1,9\n320412,武进区,1,9\n320505,虎丘区,1,9\n320506,吴中区,1,9\n320507,相城区,1,9\n320508,姑苏区,1,9\n' |
	ills-report -f html 2>/dev/null | sed -n '/class=\"labels\"/,/^<\/g>/s/^<text[^>]*>//p;/^<p>Numbered/p' | sed 's/<\/text>//'" 0 '' \
'乾安县
锡山区
惠山区
滨湖区
1
2
江阴市
宜兴市
3
4
5
6
7
吴中区
8
9
<p>Numbered on the maps, their names having no room: 1 <span lang="zh-Hans">梁溪区</span> 320213; 2 <span lang="zh-Hans">新吴区</span> 320214; 3 <span lang="zh-Hans">天宁区</span> 320402; 4 <span lang="zh-Hans">钟楼区</span> 320404; 5 <span lang="zh-Hans">新北区</span> 320411; 6 <span lang="zh-Hans">武进区</span> 320412; 7 <span lang="zh-Hans">虎丘区</span> 320505; 8 <span lang="zh-Hans">相城区</span> 320507; 9 <span lang="zh-Hans">姑苏区</span> 320508.</p>'
# A township panel is drawn as its counties, each scored on its
# townships' summed counts: 武进's 1 + 2 towns for 40,000 + 50,000
# rural people are the county row's 3 for 90,000 (0.33 towns per
# 10,000: (0.33 - 0.1) / 0.4 = 0.58), the same colour; the township rows
# stay out of the tables.
expect ills-report-map-townships "printf 'code,name,year,towns,pop_rural_hh:num\n320412101,湖塘镇,1987,1,40000\n320412102,牛塘镇,1987,2,50000\n320281100,澄江镇,1987,1,800000\n' |
	ills-report -f html 2>/dev/null | $paths" 0 '' \
'320281 #1a9850 江阴市 320281 0.00
320412 #f8c37a 武进区 320412 0.58'
expect ills-report-map-counties "printf 'code,name,year,towns,pop_rural_hh:num\n320412,武进区,1987,3,90000\n320281,江阴市,1987,1,800000\n' |
	ills-report -f html 2>/dev/null | $paths" 0 '' \
'320281 #1a9850 江阴市 320281 0.00
320412 #f8c37a 武进区 320412 0.58'
expect ills-report-map-six "printf 'code,name,towns,pop_rural_hh:num\n110101,a,1,9\n120101,b,1,9\n130102,c,1,9\n140105,d,1,9\n150102,e,1,9\n210102,f,1,9\n' |
	ills-report -f html 2>/dev/null | grep -c 'whole country'" 0 '' 1
expect ills-report-map-none "ills-report -f html --map-extent none $R 2>/dev/null | grep -c '<h2>Maps\|class=\"county\"'" 1 '' 0
expect ills-report-map-nodata "LITU_DATA=/nonexistent ills-report -f html $R 2>/dev/null | grep -A1 '<h2>Maps'" 0 '' \
'<h2>Maps</h2>
<p>No map: the county outlines, county-shapes.csv.gz, are not beside the program (set LITU_DATA to their folder).</p>'

# The page renders at 800 and 1280 px: not blank, the legend's red
# (score 1) and green (score 0), nothing past the right edge; and a
# Chinese name renders as glyphs, not as the empty boxes of characters
# no font has (U+E000..U+E005, private use).
if command -v chromium >/dev/null 2>&1 && command -v python3 >/dev/null 2>&1
then
	for w in 800 1280; do
		check ills-report-chromium-$w "ills-report -f html -o \"$OUT/ills-report.html\" $R 2>/dev/null &&
			sh ills-report-shot.sh \"$OUT/ills-report.html\" \"$OUT/ills-report-$w.png\" $w &&
			python3 ills-report-png.py \"$OUT/ills-report-$w.png\" '#d73027' '#1a9850'"
	done
	check ills-report-chromium-glyphs "printf 'code,name,year,towns,pop_rural_hh:num\n320412,武进县乾安县,1987,3,90000\n' |
		ills-report -f html -o \"$OUT/ills-report-cjk.html\" 2>/dev/null &&
		printf 'code,name,year,towns,pop_rural_hh:num\n320412,\356\200\200\356\200\201\356\200\202\356\200\203\356\200\204\356\200\205,1987,3,90000\n' |
		ills-report -f html -o \"$OUT/ills-report-tofu.html\" 2>/dev/null &&
		sh ills-report-shot.sh \"$OUT/ills-report-cjk.html\" \"$OUT/ills-report-cjk.png\" 800 &&
		sh ills-report-shot.sh \"$OUT/ills-report-tofu.html\" \"$OUT/ills-report-tofu.png\" 800 &&
		python3 ills-report-png.py --differ \"$OUT/ills-report-cjk.png\" \"$OUT/ills-report-tofu.png\""
	# The map's counties in their scores' red and green: the page's
	# head and its maps section, against the same without the maps.
	mapsonly="sed -n '1,/<body/p;/<h2>Maps/,/<h2>Worst/p'"
	check ills-report-chromium-map "ills-report -f html $M 2>/dev/null | $mapsonly >\"$OUT/ills-report-map.html\" &&
		ills-report -f html --map-extent none $M 2>/dev/null | $mapsonly >\"$OUT/ills-report-nomap.html\" &&
		sh ills-report-shot.sh \"$OUT/ills-report-map.html\" \"$OUT/ills-report-map.png\" 800 1800 &&
		sh ills-report-shot.sh \"$OUT/ills-report-nomap.html\" \"$OUT/ills-report-nomap.png\" 800 1800 &&
		python3 ills-report-png.py --more '#d73027' \"$OUT/ills-report-nomap.png\" \"$OUT/ills-report-map.png\" &&
		python3 ills-report-png.py --more '#1a9850' \"$OUT/ills-report-nomap.png\" \"$OUT/ills-report-map.png\""
else
	for w in 800 1280 glyphs map; do
		tap_n=$((tap_n + 1))
		echo "ok $tap_n # SKIP chromium not installed"
	done
fi
