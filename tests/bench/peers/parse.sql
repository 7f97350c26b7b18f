-- parse-census on a yearbook export in DuckDB SQL, for make bench (T5):
-- read_csv past the title and unit lines (skip = 2), the notes after
-- the table (one cell, padded with NULLs) left out by their year.
-- Columns are taken by their Chinese labels and given canonical names;
-- those in 万人 and 万元 are multiplied by 10^4 as DECIMAL (exact);
-- thousands separators, "…", "—" and the U+3000 padding of names go.
-- Read as text, so that the other columns pass through as written.
-- GBK: iconv -f GB18030 -t UTF-8 in front, reading /dev/stdin (the
-- GB18030 encoding needs an extension that is not installed).
COPY (
	WITH r AS (
		SELECT * FROM read_csv('{IN}', skip = 2, header = true,
			all_varchar = true, null_padding = true, delim = ',',
			quote = '"')
		WHERE "年份" IS NOT NULL
	)
	SELECT "行政区划代码" AS code,
		replace("乡镇名称", '　', '') AS name,
		"年份" AS year,
		nullif(nullif("行政区域面积(平方公里)", '…'), '—') AS area_km2,
		nullif(nullif("村民委员会(个)", '…'), '—') AS villages,
		CAST(nullif(nullif("乡村人口(万人)", '…'), '—') AS DECIMAL(18, 4)) * 10000 AS pop_rural,
		CAST(nullif(nullif("城镇人口(万人)", '…'), '—') AS DECIMAL(18, 4)) * 10000 AS pop_urban,
		replace(nullif(nullif("乡村从业人员", '…'), '—'), ',', '') AS labour_rural,
		nullif(nullif("#农林牧渔业从业人员①", '…'), '—') AS labour_farm,
		nullif(nullif("外出从业人员", '…'), '—') AS labour_migrant,
		nullif(nullif("耕地面积(公顷)", '…'), '—') AS farmland_ha,
		nullif(nullif("乡镇企业个数(个)", '…'), '—') AS enterprises,
		CAST(nullif(nullif("工业总产值(万元)", '…'), '—') AS DECIMAL(18, 4)) * 10000 AS output_industry
	FROM r
) TO '{OUT}' (HEADER, DELIMITER ',');
