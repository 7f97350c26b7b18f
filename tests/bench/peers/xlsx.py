"""A yearbook .xlsx sheet in pandas, for make bench (T6, issue 18).

python3 xlsx.py BOOK.xlsx: pandas.read_excel with the openpyxl engine,
past the title and unit rows (skiprows=2), codes as text, the marks … and
— as missing; the rows
without a year (the blank row and the notes) left out; the Chinese
labels given the canonical names parse-census gives them (values in
万人 and 万元 are left as they are: the check compares other columns).
One CSV row per data row on stdout, numbers with 15 significant digits.
"""
import sys

import pandas as pd

NAMES = {
    "行政区划代码": "code", "乡镇名称": "name", "年份": "year",
    "行政区域面积(平方公里)": "area_km2", "村民委员会(个)": "villages",
    "乡村从业人员": "labour_rural", "#农林牧渔业从业人员①": "labour_farm",
    "外出从业人员": "labour_migrant", "耕地面积(公顷)": "farmland_ha",
    "乡镇企业个数(个)": "enterprises",
}

df = pd.read_excel(sys.argv[1], skiprows=2, engine="openpyxl",
                   na_values=["…", "—"],
                   dtype={"行政区划代码": str})
df = df[df["年份"].notna()].rename(columns=NAMES)
df.to_csv(sys.stdout, index=False, float_format="%.15g")
sys.stdout.flush()
