# xlsx-rows.awk - in2csv's output of the T6 sheet (make bench, issue 18)
# as parse-census would name and clean it, for the check: the Chinese
# labels given the canonical names, the missing-value marks … and —
# made empty, the rows without a year (the blank row and the notes)
# left out.  Values in 万人 and 万元 stay unscaled: the check compares
# other columns.
BEGIN {
	FS = OFS = ","
	name["行政区划代码"] = "code"; name["乡镇名称"] = "name"
	name["年份"] = "year"; name["行政区域面积(平方公里)"] = "area_km2"
	name["村民委员会(个)"] = "villages"; name["乡村从业人员"] = "labour_rural"
	name["#农林牧渔业从业人员①"] = "labour_farm"
	name["外出从业人员"] = "labour_migrant"
	name["耕地面积(公顷)"] = "farmland_ha"
	name["乡镇企业个数(个)"] = "enterprises"
}
NR == 1 {
	for (i = 1; i <= NF; i++)
		if ($i in name)
			$i = name[$i]
	print
	next
}
$3 != "" {
	gsub(/…|—/, "")
	print
}
