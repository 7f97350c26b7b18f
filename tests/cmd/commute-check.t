#!/bin/sh
# commute-check: formulas on the paper's counties, person rows, NA,
# pass-through of every column, the options, errors and exit statuses.
. "$(dirname "$0")/tap.sh"
plan 3
golden commute-check-paper 'commute-check data/counties.csv'
expect commute-check-missing 'commute-check /nonexistent.csv' 66 \
    'commute-check: cannot open /nonexistent.csv: No such file or directory'
expect commute-check-empty 'printf "" | commute-check' 0 ''
