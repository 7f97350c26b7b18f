# The first half of the datamash peer of classify-labour --by township:
# on the TSV copy of the census sample, one line per person (hukou
# township, year, class, weight) and one per rural worker registered
# elsewhere (work township, year, "inflow", weight), for
#   datamash -s -g 1,2,3 sum 4
# and bytownship-wide.awk to turn the sums into classify-labour's columns.
BEGIN { FS = OFS = "\t" }
NR == 1 {
	for (i = 1; i <= NF; i++) {
		name = $i
		sub(/:.*/, "", name)
		col[name] = i
	}
	AGE = col["age"]; IND = col["industry"]; HT = col["hukou_type"]
	MA = col["months_away"]; LO = col["lodging"]; HC = col["hukou_code"]
	WC = col["work_code"]; C = col["code"]; Y = col["year"]
	W = col["weight"]; ACT = col["activity"]
	next
}
{
	ma = $MA + 0
	h = substr($HC, 1, 9)
	d = substr($WC != "" ? $WC : $C, 1, 9)
	act = ACT ? $ACT : ""
	if ($AGE < 16 || act == "inactive" || (act == "" && $IND == "none"))
		c = "inactive"
	else if (act == "unemployed")
		c = "unemployed"
	else if ($HT == "nonagri")
		c = "urban"
	else if ($IND == "agri")
		c = ma >= 6 ? "away_farm" : "farm"
	else if (ma >= 6 || $HT == "selfgrain")
		c = "migrant"
	else if (ma == 0 && ($LO == "home" || ($LO == "" && substr($C, 1, 9) == h)))
		c = "local"
	else
		c = "amphibian"
	w = $W == "" ? 1 : $W
	print h, $Y, c, w
	if (c != "inactive" && c != "unemployed" && c != "urban" && d != h)
		print d, $Y, "inflow", w
}
