# panel-to-export.awk - a gen-panel file as a yearbook export would give
# it, for the parse-census benchmark: a title line and a unit line,
# Chinese labels with units, populations in 万人 and output in 万元
# (every one of them scaled back by parse-census), thousands separators
# in quoted cells, names padded with U+3000, "…" and "—" for missing
# cells, and footnotes after the table.  UTF-8; iconv makes the GBK one.
#
#   tests/gen/gen-panel -n N SEED streets.csv | mawk -f panel-to-export.awk
BEGIN {
	FS = ","
	print "全国各乡镇农村基本情况（1985—2009年）"
	print "单位：人"
	print "行政区划代码,乡镇名称,年份,行政区域面积(平方公里),村民委员会(个)," \
	    "乡村人口(万人),城镇人口(万人),乡村从业人员,#农林牧渔业从业人员①," \
	    "外出从业人员,耕地面积(公顷),乡镇企业个数(个),工业总产值(万元)"
}

# n / 10^k as the decimal text of n, for a whole number n >= 0; an
# empty cell stays empty.
function shift(n, k,    s, l) {
	if (n == "")
		return ""
	s = n
	while (length(s) <= k)
		s = "0" s
	l = length(s)
	s = substr(s, 1, l - k) "." substr(s, l - k + 1)
	sub(/0+$/, "", s)
	sub(/\.$/, "", s)
	return s
}

# Thousands separators, the cell quoted because of them.
function grouped(n,    s, out) {
	s = n
	if (length(s) <= 3)
		return s
	out = ""
	while (length(s) > 3) {
		out = "," substr(s, length(s) - 2) out
		s = substr(s, 1, length(s) - 3)
	}
	return "\"" s out "\""
}

NR == 1 { next }
{
	name = $2
	if (NR % 7 == 0 && length(name) == 9)	# three characters, padded
		name = substr(name, 1, 3) "　" substr(name, 4)
	migrant = NR % 53 == 0 ? "…" : NR % 61 == 0 ? "—" : $13
	print $1 "," name "," $3 "," $4 "," $6 "," shift($9, 4) "," \
	    shift($10, 4) "," grouped($11) "," $12 "," migrant "," $15 "," \
	    $16 "," shift($17, 4)
}

END {
	print "注：①含兼业人员。"
	print "数据来源：各省（区、市）统计年鉴，乡镇统计资料。"
}
