# classify-labour's person rules (DESIGN section 6) in awk, for make
# bench: appends labour_class.  -F, is not quote-aware.  The NA cases
# of litu (a missing fact that decides) do not occur in gen-census's
# samples, and are not written here.
BEGIN { FS = OFS = "," }
NR == 1 {
	for (i = 1; i <= NF; i++) {
		name = $i
		sub(/:.*/, "", name)
		col[name] = i
	}
	AGE = col["age"]; IND = col["industry"]; HT = col["hukou_type"]
	MA = col["months_away"]; LO = col["lodging"]; HC = col["hukou_code"]
	WC = col["work_code"]; C = col["code"]; ACT = col["activity"]
	print $0, "labour_class"
	next
}
{
	ma = $MA + 0
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
	else if (ma == 0 && ($LO == "home" || ($LO == "" && substr($C, 1, 9) == substr($HC, 1, 9))))
		c = "local"
	else
		c = "amphibian"
	print $0, c
}
