# normalize.awk - one tool's output as sorted-ready "key|name=value"
# lines, so that make bench can compare litu with each peer:
#   awk -v keys=code,year -v vals=a,b [-v dropzero=1] \
#       [-v long=measure,value] -f normalize.awk FILE | LC_ALL=C sort
# Columns are found by header name (a ":type" suffix is ignored).
# Numbers are rounded to 6 significant digits; dropzero leaves out
# values that are empty or 0 (a group one tool lists with zeros and
# another leaves out).  long: the input has one row per key and measure
# (columns MEASURE,VALUE) instead of one column per measure.  Comma-split:
# the outputs compared here have no quoted commas.
BEGIN {
	FS = ","
	nk = split(keys, K, ",")
	nv = split(vals, V, ",")
	for (i = 1; i <= nv; i++)
		want[V[i]] = 1
	if (long != "")
		split(long, L, ",")
}
function num(x) {
	if (x ~ /^[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$/) {
		x = sprintf("%.6g", x + 0)
		if (x == "-0")
			x = "0"
	}
	return x
}
NR == 1 {
	for (i = 1; i <= NF; i++) {
		name = $i
		sub(/\r$/, "", name)
		gsub(/"/, "", name)
		sub(/:.*/, "", name)
		col[name] = i
	}
	for (i = 1; i <= nk; i++) {
		if (!(K[i] in col)) {
			print "normalize: no key column " K[i] > "/dev/stderr"
			exit 2
		}
		KC[i] = col[K[i]]
	}
	if (long != "") {
		MC = col[L[1]]
		VC = col[L[2]]
	}
	next
}
{
	sub(/\r$/, "")
	gsub(/"/, "")
	k = $KC[1]
	for (i = 2; i <= nk; i++)
		k = k "|" $KC[i]
	if (long != "") {
		if ($MC in want) {
			v = num($VC)
			if (!(dropzero && (v == "" || v == "0")))
				print k "|" $MC "=" v
		}
		next
	}
	for (i = 1; i <= nv; i++) {
		if (!(V[i] in col))
			continue
		v = num($col[V[i]])
		if (dropzero && (v == "" || v == "0"))
			continue
		print k "|" V[i] "=" v
	}
}
