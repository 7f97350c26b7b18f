# csvkit's long output (code,year,measure,value) into classify-labour
# --by township's columns: awk -F, -v OFS=, -f long2wide.awk.  Small
# input: one line per township, year and measure.
BEGIN {
	nm = split("pop_total,labour_rural,labour_farm,labour_local," \
	    "labour_amphibian,labour_migrant,labour_away_farm,labour_urban," \
	    "labour_inflow", M, ",")
}
NR == 1 { next }
{
	k = $1 OFS $2
	seen[k] = 1
	v[k, $3] = $4
}
END {
	printf "code,year"
	for (i = 1; i <= nm; i++)
		printf ",%s", M[i]
	printf "\n"
	for (k in seen) {
		printf "%s", k
		for (i = 1; i <= nm; i++)
			printf ",%s", (k SUBSEP M[i]) in v ? v[k, M[i]] : 0
		printf "\n"
	}
}
