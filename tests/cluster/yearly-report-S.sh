# yearly-report-S: pipelines/parallel-yearly-report -S over the three
# hosts (which see none of its files: the per-row blocks and absorb's
# shards go through ssh as records), a yearbook panel and a census:
# the report is yearly-report's, byte for byte, and every host ran
# jobs.
"$top/tests/gen/gen-panel" -n 3000 "$top/sample-data/divisions/streets.csv" \
    >"$T/panel.csv"
on_client "$top/pipelines/yearly-report" -f csv -o "$T/yr-serial.csv" \
    -c "$T/census.csv" "$T/panel.csv" 2>/dev/null || exit 1
before=$(logins)
on_client "$top/pipelines/parallel-yearly-report" -S 1/h1,1/h2,1/h3 -j 3 \
    -b 48k -f csv -o "$T/yr-hosts.csv" -c "$T/census.csv" "$T/panel.csv" \
    2>"$T/yr-hosts.err" || { echo "exit $?"; tail -n 5 "$T/yr-hosts.err"; exit 1; }
logged_in_all "$before" || exit 1
cmp "$T/yr-serial.csv" "$T/yr-hosts.csv"
