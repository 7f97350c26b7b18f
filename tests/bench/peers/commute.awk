# commute-check's region formulas (DESIGN section 6) in awk, for make
# bench.  -F, splits on every comma: not quote-aware, so it is wrong on
# a quoted field with a comma (the bench marks it).  Columns are found
# by header name; numbers are printed with 17 significant digits.
BEGIN {
	FS = OFS = ","
	OFMT = CONVFMT = "%.17g"
	circuity = 1.3; speed = 12; max_minutes = 30
}
NR == 1 {
	for (i = 1; i <= NF; i++) {
		name = $i
		sub(/:.*/, "", name)
		col[name] = i
	}
	A = col["area_km2"]; V = col["villages"]; T = col["towns"]
	print $0, "village_density:num", "village_spacing_km:num",
	    "village_road_km:num", "town_distance_km:num", "commute_min:num",
	    "commute_ok:bool"
	next
}
{
	a = $A; v = $V; t = $T
	d = s = r = td = m = ok = ""
	if (a != "" && v != "" && a + 0 > 0) {
		d = v / a * 100
		if (v + 0 > 0) {
			s = sqrt(2 / (sqrt(3) * (v / a)))
			r = s * circuity
		}
	}
	if (a != "" && t != "" && a + 0 > 0 && t + 0 > 0) {
		td = 0.37720 * sqrt(a / t)
		m = td * circuity / speed * 60
		ok = m <= max_minutes ? "true" : "false"
	}
	print $0, d, s, r, td, m, ok
}
