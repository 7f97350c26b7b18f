# export-truth.awk - what parse-census must make of the export that
# tests/gen/panel-to-export.awk writes of a gen-panel file, from that
# panel file, for make bench (T5): its columns as they are, except
#   - labour_migrant empty on the rows the export marks "…" or "—"
#     (data rows 52, 60, ... : NR % 53 == 0 or NR % 61 == 0);
#   - a 9-digit code ending in 000 as the 6-digit code it pads
#     (350527000 is county 350527 to parse-census, see its man page;
#     gen-panel writes 金门县 so);
#   - pop_town named pop_urban: the export labels it 城镇人口 (cities
#     and towns), which parse-census reads as pop_urban (docs/fields.md).
#   awk -f export-truth.awk PANEL.csv
# The result is compared with parse-census's output through
# normalize.awk (columns by name, numbers to 6 significant digits).
BEGIN {
	FS = OFS = ","
}
NR == 1 {
	for (i = 1; i <= NF; i++) {
		name = $i
		sub(/:.*/, "", name)
		col[name] = i
		if (name == "pop_town")
			sub(/^pop_town/, "pop_urban", $i)
	}
	C = col["code"]; M = col["labour_migrant"]
	print
	next
}
{
	if (NR % 53 == 0 || NR % 61 == 0)
		$M = ""
	if ($C ~ /^[0-9][0-9][0-9][0-9][0-9][0-9]000$/)
		$C = substr($C, 1, 6)
	print
}
