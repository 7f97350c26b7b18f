"""classify-labour --by township in pandas, for make bench.

python3 bytownship.py FILE: the person rules vectorised with numpy, then
groupby sums per hukou township and year, and labour_inflow per work
(else residence) township; one CSV row per township and year on stdout.
"""
import sys

import numpy as np
import pandas as pd

MEASURES = ["pop_total", "labour_rural", "labour_farm", "labour_local",
            "labour_amphibian", "labour_migrant", "labour_away_farm",
            "labour_urban", "labour_inflow"]
RURAL = ["farm", "local", "amphibian", "migrant", "away_farm"]

df = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False,
                 usecols=lambda c: c.split(":")[0] in (
                     "year", "weight", "age", "hukou_type", "hukou_code",
                     "code", "work_code", "industry", "months_away",
                     "lodging", "activity"))
df.columns = [c.split(":")[0] for c in df.columns]
age = pd.to_numeric(df["age"])
ma = pd.to_numeric(df["months_away"])
wt = pd.to_numeric(df["weight"].replace("", "1"))
h = df["hukou_code"].str[:9]
d = df["work_code"].where(df["work_code"] != "", df["code"]).str[:9]
ind = df["industry"]
lodging = df["lodging"]
act = df["activity"] if "activity" in df else pd.Series("", index=df.index)
ht = df["hukou_type"]
cls = np.select(
    [(age < 16) | (act == "inactive") | ((act == "") & (ind == "none")),
     act == "unemployed",
     ht == "nonagri",
     (ind == "agri") & (ma >= 6),
     ind == "agri",
     (ma >= 6) | (ht == "selfgrain"),
     (ma == 0) & ((lodging == "home") |
                  ((lodging == "") & (df["code"].str[:9] == h)))],
    ["inactive", "unemployed", "urban", "away_farm", "farm", "migrant",
     "local"],
    "amphibian")
p = pd.DataFrame({"code": h, "year": df["year"], "cls": cls, "wt": wt})
origin = p.groupby(["code", "year", "cls"])["wt"].sum().unstack(fill_value=0)
out = pd.DataFrame(index=origin.index)
out["pop_total"] = origin.sum(axis=1)
for c in RURAL + ["urban"]:
    out["labour_" + c] = origin[c] if c in origin else 0.0
out["labour_rural"] = sum(origin[c] for c in RURAL if c in origin)
rural = np.isin(cls, RURAL) & (d != h).to_numpy()
inflow = (pd.DataFrame({"code": d[rural], "year": df["year"][rural],
                        "wt": wt[rural]})
          .groupby(["code", "year"])["wt"].sum())
out = out.join(inflow.rename("labour_inflow"), how="outer").fillna(0)
out[MEASURES].to_csv(sys.stdout, float_format="%.17g")
sys.stdout.flush()
