# absorb's core columns in awk, for make bench: redeployed,
# absorption_rate, and the year-on-year intake (growth of pop_town per
# year since the previous year of the same code, kept in an associative
# array) and growth_per_town.  -F, is not quote-aware.
BEGIN {
	FS = OFS = ","
	OFMT = CONVFMT = "%.17g"
}
NR == 1 {
	for (i = 1; i <= NF; i++) {
		name = $i
		sub(/:.*/, "", name)
		col[name] = i
	}
	C = col["code"]; Y = col["year"]; LR = col["labour_rural"]
	LF = col["labour_farm"]; PT = col["pop_town"]; T = col["towns"]
	print $0, "redeployed:num", "absorption_rate:num", "town_pop_growth:num",
	    "growth_per_town:num"
	next
}
{
	red = rate = intake = per = ""
	if ($LR != "" && $LF != "") {
		red = $LR - $LF
		if ($LR + 0 != 0)
			rate = red / $LR
	}
	k = $C
	if ((k in py) && $Y + 0 > py[k] && $PT != "" && pt[k] != "") {
		intake = ($PT - pt[k]) / ($Y - py[k])
		if ($T != "" && $T + 0 != 0)
			per = intake / $T
	}
	py[k] = $Y
	pt[k] = $PT
	print $0, red, rate, intake, per
}
