# parse-census on a yearbook export in awk, for make bench (T5): the
# work parse-census does on tests/gen/panel-to-export.awk's export,
# written for that export's layout as a user would write it:
#   awk -f parse.awk EXPORT.csv            (UTF-8)
#   iconv -f GB18030 -t UTF-8 EXPORT.csv | awk -f parse.awk
# The title and unit lines before the header and the notes after the
# table are skipped; the Chinese labels become canonical names (found by
# label, not position); columns in 万人 and 万元 are multiplied by 10^4
# (floating point, printed with 15 significant digits: exact for
# numbers of up to 15 digits); thousands separators go from quoted cells
# ("8,504"); "…" and "—" become empty; U+3000 padding leaves the names.
# Run in the C locale (bytes).  Quote-aware only for quoted numbers
# (their commas are removed before splitting), not for quoted text.
BEGIN {
	FS = OFS = ","
	# Label -> canonical name, and the scale of a 万 unit.
	split("行政区划代码=code 乡镇名称=name 年份=year " \
	    "行政区域面积(平方公里)=area_km2 村民委员会(个)=villages " \
	    "乡村人口(万人)=pop_rural 城镇人口(万人)=pop_urban " \
	    "乡村从业人员=labour_rural #农林牧渔业从业人员①=labour_farm " \
	    "外出从业人员=labour_migrant 耕地面积(公顷)=farmland_ha " \
	    "乡镇企业个数(个)=enterprises 工业总产值(万元)=output_industry",
	    m, " ")
	for (i in m) {
		split(m[i], kv, "=")
		canon[kv[1]] = kv[2]
	}
	state = 0	# 0 before the header, 1 in the table, 2 after it
}
# Before the header: lines of one cell (title, 单位：...).
state == 0 {
	if (NF < 2)
		next
	for (i = 1; i <= NF; i++) {
		label = $i
		if (!(label in canon)) {
			printf "parse.awk: unknown label %s\n", label > "/dev/stderr"
			exit 65
		}
		name[i] = canon[label]
		scale[i] = label ~ /\(万(人|元)\)$/
		if (name[i] == "name")
			N = i
		$i = name[i]
	}
	ncol = NF
	state = 1
	print
	next
}
state == 2 { next }
{
	# A quoted number: its thousands separators and quotes go.
	while (match($0, /"[^"]*"/)) {
		q = substr($0, RSTART + 1, RLENGTH - 2)
		gsub(/,/, "", q)
		$0 = substr($0, 1, RSTART - 1) q substr($0, RSTART + RLENGTH)
	}
	if (NF < 2 || $1 ~ /^(注|数据来源|资料来源|说明)/) {	# notes
		state = 2
		next
	}
	if (NF != ncol) {
		printf "parse.awk: line %d: %d cells, not %d\n", NR, NF, ncol > "/dev/stderr"
		exit 65
	}
	gsub(/　/, "", $N)
	for (i = 1; i <= ncol; i++) {
		if ($i == "…" || $i == "—")
			$i = ""
		else if (scale[i] && $i != "")
			$i = sprintf("%.15g", $i * 10000)
	}
	print
}
