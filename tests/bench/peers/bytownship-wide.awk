# datamash's sums (township, year, class or "inflow", sum; tab-separated)
# into classify-labour --by township's columns.  Small input: one line
# per township, year and class.
BEGIN {
	FS = "\t"
	OFMT = CONVFMT = "%.17g"
	nm = split("pop_total,labour_rural,labour_farm,labour_local," \
	    "labour_amphibian,labour_migrant,labour_away_farm,labour_urban," \
	    "labour_inflow", M, ",")
	split("farm,local,amphibian,migrant,away_farm", R, ",")
	for (i in R)
		rural[R[i]] = 1
}
{
	k = $1 "," $2
	seen[k] = 1
	if ($3 == "inflow") {
		sum[k, "labour_inflow"] += $4
		next
	}
	sum[k, "pop_total"] += $4
	if ($3 != "na" && $3 != "inactive")
		sum[k, "labour_" $3] += $4
	if ($3 in rural)
		sum[k, "labour_rural"] += $4
}
END {
	printf "code,year"
	for (i = 1; i <= nm; i++)
		printf ",%s", M[i]
	printf "\n"
	for (k in seen) {
		printf "%s", k
		for (i = 1; i <= nm; i++)
			printf ",%.17g", sum[k, M[i]]
		printf "\n"
	}
}
