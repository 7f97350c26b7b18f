# pick.awk - the named columns of a typed CSV without quoted commas,
# each number with a fraction printed with fmt (printf), space-separated, a row a line:
#   awk -F, -v fmt=%.2f -v cols="a b" -f pick.awk FILE
# A header cell is matched without its :type; NA prints as NA.
NR == 1 {
	for (i = 1; i <= NF; i++) {
		sub(/:.*/, "", $i)
		at[$i] = i
	}
	n = split(cols, want, " ")
	next
}
{
	line = ""
	for (j = 1; j <= n; j++) {
		v = $(at[want[j]])
		if (v == "")
			v = "NA"
		else if (fmt != "" && v ~ /^-?[0-9]*\.?[0-9]+(e[-+]?[0-9]+)?$/ && v ~ /[.e]/)
			v = sprintf(fmt, v)
		line = line (j > 1 ? " " : "") v
	}
	print line
}
