"""parse-census on a yearbook export in pandas, for make bench (T5).

python3 parse.py EXPORT.csv [ENCODING]: read_csv past the title and unit
lines (skiprows=2) with thousands=',' and the missing-value marks "…"
and "—" as NA; the notes after the table are rows without a year, left
out.  Columns are taken by their Chinese labels and given canonical
names; those in 万人 and 万元 are multiplied by 10^4; the U+3000 padding
leaves the names.  ENCODING is utf-8 (default) or gb18030.  One CSV row
per data row on stdout, numbers with 15 significant digits.
"""
import re
import sys

import pandas as pd

NAMES = {
    "行政区划代码": "code", "乡镇名称": "name", "年份": "year",
    "行政区域面积(平方公里)": "area_km2", "村民委员会(个)": "villages",
    "乡村人口(万人)": "pop_rural", "城镇人口(万人)": "pop_urban",
    "乡村从业人员": "labour_rural", "#农林牧渔业从业人员①": "labour_farm",
    "外出从业人员": "labour_migrant", "耕地面积(公顷)": "farmland_ha",
    "乡镇企业个数(个)": "enterprises", "工业总产值(万元)": "output_industry",
}

encoding = sys.argv[2] if len(sys.argv) > 2 else "utf-8"
df = pd.read_csv(sys.argv[1], encoding=encoding, skiprows=2, thousands=",",
                 na_values=["…", "—"],
                 dtype={"行政区划代码": str, "乡镇名称": str, "年份": str})
df = df[df["年份"].notna()]
for label in df.columns:
    if re.search(r"\(万[人元]\)$", label):
        df[label] = pd.to_numeric(df[label]) * 10000
df["乡镇名称"] = df["乡镇名称"].str.replace("\u3000", "", regex=False)
df = df.rename(columns=NAMES)
df.to_csv(sys.stdout, index=False, float_format="%.15g")
sys.stdout.flush()
