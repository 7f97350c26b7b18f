#!/bin/sh
# ills-report.sh - the figure the issue asks of make bench: CPU seconds
# of ills-report on 41,352 townships x 10 years (gen-panel), per format.
# Run from the top of the tree after make all.
set -e
panel=${TMPDIR:-/tmp}/ills-report-panel.$$.csv
trap 'rm -f "$panel"' EXIT
tests/gen/gen-panel -n 413520 -Y 10 sample-data/divisions/streets.csv >"$panel"
for args in "-f csv" "-f md" "-f md -n 10" "-f html -n 10"; do
	/usr/bin/time -f "ills-report $args: %U s user + %S s sys, %M KB" \
	    bin/ills-report $args "$panel" >/dev/null
done
