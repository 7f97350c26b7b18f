# classify-labour's person rules (DESIGN section 6) in awk, for make
# bench: appends labour_class.  -F, is not quote-aware.  A class that
# depends on a missing lodging is left empty (NA), as litu does.
BEGIN { FS = OFS = "," }
NR == 1 {
	for (i = 1; i <= NF; i++) {
		name = $i
		sub(/:.*/, "", name)
		col[name] = i
	}
	AGE = col["age"]; IND = col["industry"]; HT = col["hukou_type"]
	MA = col["months_away"]; LO = col["lodging"]; HC = col["hukou_code"]
	WC = col["work_code"]; C = col["code"]
	print $0, "labour_class"
	next
}
{
	ma = $MA + 0
	if ($AGE < 15 || $AGE > 64 || $IND == "none")
		c = "inactive"
	else if ($HT == "nonagri")
		c = "urban"
	else if ($IND == "agri")
		c = ma >= 6 ? "away_farm" : "farm"
	else if (ma >= 6)
		c = "migrant"
	else if (ma == 0 && substr($WC != "" ? $WC : $C, 1, 9) == substr($HC, 1, 9))
		c = $LO == "" ? "" : $LO == "home" ? "local" : "amphibian"
	else
		c = "amphibian"
	print $0, c
}
