# classify-labour --by township in awk, for make bench: the person rules
# (see classify.awk), then weighted counts per hukou township and year,
# and labour_inflow per work (else residence) township for rural workers
# registered elsewhere.  One row per township and year, in no order.
BEGIN {
	FS = OFS = ","
	OFMT = CONVFMT = "%.17g"
	nm = split("pop_total,labour_rural,labour_farm,labour_local," \
	    "labour_amphibian,labour_migrant,labour_away_farm,labour_urban," \
	    "labour_inflow", M, ",")
	split("farm,local,amphibian,migrant,away_farm", R, ",")
	for (i in R)
		rural[R[i]] = 1
}
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
	k = h SUBSEP $Y
	sum[k, "pop_total"] += w
	seen[k] = 1
	if (c != "" && c != "inactive")
		sum[k, "labour_" c] += w
	if (c in rural) {
		sum[k, "labour_rural"] += w
		if (d != h) {
			k = d SUBSEP $Y
			seen[k] = 1
			sum[k, "labour_inflow"] += w
		}
	}
}
END {
	printf "code,year"
	for (i = 1; i <= nm; i++)
		printf ",%s", M[i]
	printf "\n"
	for (k in seen) {
		split(k, p, SUBSEP)
		printf "%s,%s", p[1], p[2]
		for (i = 1; i <= nm; i++)
			printf ",%.17g", sum[k, M[i]]
		printf "\n"
	}
}
