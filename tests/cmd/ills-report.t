#!/bin/sh
# ills-report: every indicator on three real counties over two or three
# years (hand-checked in the golden CSV), the Krugman index on
# townships, the three formats, filters, thresholds, escaping of names
# in HTML and Markdown, errors and exit statuses, and the HTML page in
# headless Chromium when it is installed.
. "$(dirname "$0")/tap.sh"
plan 24
R=data/ills-report-regions.csv
golden ills-report-csv "ills-report $R"
golden ills-report-md "ills-report -f md $R"
golden ills-report-html "ills-report --format html $R"
golden ills-report-sectors 'ills-report data/ills-report-sectors.csv'
golden ills-report-sectors-md 'ills-report -f md data/ills-report-sectors.csv'
golden ills-report-year-level "ills-report -y 1986 -l high $R"
golden ills-report-top "ills-report --top 1 --plain $R"
golden ills-report-md-filtered "ills-report -f md -n 2 -l medium -y 1987 $R"
golden ills-report-thresholds "ills-report -t data/ills-report-thresholds.csv -y 1987 $R | grep -E 'hollowing|town_density'"
expect ills-report-thresholds-bad "ills-report -t data/ills-report-thresholds-bad.csv $R" 65 \
    "ills-report: data/ills-report-thresholds-bad.csv:3: column 'high': \"1\" is not above low 3 (the ill's end is set by the indicator, not by the order)"
expect ills-report-thresholds-missing "ills-report -t /nonexistent.csv $R" 66 \
    'ills-report: cannot open /nonexistent.csv: No such file or directory'
golden ills-report-indicators 'ills-report --indicators'
golden ills-report-xss-md 'ills-report -f md data/ills-report-xss.csv'
golden ills-report-xss-html 'ills-report -f html data/ills-report-xss.csv'
check ills-report-xss-text 'ills-report -f html data/ills-report-xss.csv >"$OUT/ills-report-xss.html" &&
	grep -q "&lt;script&gt;alert(1)&lt;/script&gt;" "$OUT/ills-report-xss.html" &&
	! grep -qi "<script" "$OUT/ills-report-xss.html" &&
	! grep -qiE "(src|href)=|<link|@import|url\(" "$OUT/ills-report-xss.html"'
expect ills-report-dup 'ills-report data/ills-report-dup.csv' 65 \
    "ills-report: data/ills-report-dup.csv:4: column 'code:code': 320412 appears twice in year 1987"
golden ills-report-rejects "ills-report --rejects \"$OUT/ills-report.rej\" -y 1987 data/ills-report-dup.csv 2>&1 | sed 's|$OUT/||'; cat \"$OUT/ills-report.rej\""
expect ills-report-no-code 'printf "name,year\nx,1987\n" | ills-report' 65 \
    "ills-report: <stdin>:1: header: needs region-year rows with a code column (name, year and the indicators' columns; see --indicators)"
expect ills-report-empty 'printf "" | ills-report -f html' 0 ''
expect ills-report-missing 'ills-report /nonexistent.csv' 66 \
    'ills-report: cannot open /nonexistent.csv: No such file or directory'
golden ills-report-usage 'ills-report -f pdf data/ills-report-regions.csv; ills-report -l worst </dev/null; ills-report -n 0 </dev/null'
check ills-report-output "rm -f \"$OUT/ills-report.md\" && ills-report -f md -o \"$OUT/ills-report.md\" $R &&
	ills-report -f md $R | cmp - \"$OUT/ills-report.md\" &&
	! ills-report -f md -o \"$OUT/ills-report-bad.md\" data/ills-report-dup.csv 2>/dev/null &&
	! ls \"$OUT\"/ills-report-bad.md* 2>/dev/null"
golden ills-report-help 'ills-report --help'

# The page renders: a screenshot at 1280x800 that is not blank and shows
# the heat table's red (score 1) and green (score 0) cells.
if command -v chromium >/dev/null 2>&1 && command -v python3 >/dev/null 2>&1
then
	check ills-report-chromium "ills-report -f html -o \"$OUT/ills-report.html\" $R &&
		rm -f \"$OUT/ills-report.png\" && d=\$(mktemp -d) &&
		timeout 120 chromium --headless --no-sandbox --disable-gpu \
		    --disable-background-networking --disable-component-update \
		    --disable-sync --no-first-run --user-data-dir=\"\$d\" \
		    --window-size=1280,800 --screenshot=\"$OUT/ills-report.png\" \
		    \"file://$OUT/ills-report.html\" >/dev/null 2>&1;
		rm -rf \"\$d\";
		python3 ills-report-png.py \"$OUT/ills-report.png\" '#d73027' '#1a9850'"
else
	tap_n=$((tap_n + 1))
	echo "ok $tap_n # SKIP chromium not installed"
fi
