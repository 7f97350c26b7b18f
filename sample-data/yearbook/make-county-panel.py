#!/usr/bin/env python3
"""Writes county-panel-1985-1987.csv: a provincial-yearbook-style table of
rural basics (农村基本情况) for twelve real counties over 1985-1987, as
parse-census gets it: a title line, a unit line for the persons columns
that have no unit of their own, labels with units and marks, a footnote and
a source line that says the figures are synthetic.

SYNTHETIC DATA.  Every figure is invented (litu 合成), except the few the
paper gives, which are used as the paper gives them (see
sample-data/README.md): Wujin's area (1,763 km2) and natural villages
(8,303, of 149 people each: the 1987 rural population is 8,303 x 149),
Qian'an's area (3,430 km2) and natural villages (292, of 708 people each),
and the farmland per farm worker the paper observed (Wujin 0.345 ha,
Qian'an 1.58 ha: the 1987 farmland is that times the farm labour).  The
other magnitudes are shaped after the paper (Wuxi 68% and Suzhou 61% of
rural labour redeployed in 1987; outsiders recruited in southern Jiangsu;
Wenzhou's towns taking in about 2,665 peasants each a year; Jilin still
farming) and the period (about 2% of rural labour working away nationally,
up to about 20% in a few places such as Wenzhou), not taken from any table.

Each row carries the county's name and code in use in its own year (from
../divisions/county-history.csv): Jiangyin and Ruian became cities in 1987,
so their 1987 rows are 江阴市 329005 and 瑞安市 339004 (a yearbook of 1987
figures prints the units as they stood at the end of the year); every other
county keeps its 1980s code (武进县 320421, 乾安县 222328, ...).  The
series are those of the period: registered (户籍) population, non-
agricultural population (非农业人口), natural villages (自然村) beside
village committees (村民委员会), township-enterprise employment counted
where the enterprise is (乡镇企业从业人员, outside workers included),
outside workers (外来劳动力) and rural labour working away (外出从业人员).
Every county has growth rates of its own.  Deterministic: no randomness."""

YEARS = (1985, 1986, 1987)

# One dict per county; a value for 1987 and a yearly growth rate (g_*) from
# which 1985 and 1986 are found, or a value per year (tuples).
C = [
 dict(ids=(("320421", "武进县"),) * 3, area=1763, townships=59,
      towns=(21, 23, 23), town_size=(15900, 16150, 16470),
      committees=712, natural=8303,
      pop=1324000, g_pop=.0105, nonagri=98600, g_na=.031,
      rural=8303 * 149, g_rural=.0082, hh_size=3.78,
      lshare=(.541, .547, .552), farm=(.44, .401, .365), land_per_farm=.345,
      g_land=.006, tve_frac=.76, mig=(.008, .010, .012),
      inflow=28000, g_inflow=.41, ent=11800, g_ent=.13,
      ent_mix=(.071, .252, .548), oind=612000, g_oind=.27,
      oagri=92000, g_oagri=.048, grain=(683900, 690200, 712100),
      ww=4450, g_ww=.082, sw=58, g_sw=.097, built=26.5, g_built=.052),
 dict(ids=(("320221", "江阴县"), ("320221", "江阴县"), ("329005", "江阴市")),
      area=988, townships=34, towns=(16, 18, 18),
      town_size=(17200, 17490, 17850), committees=528, natural=3950,
      pop=1059000, g_pop=.0098, nonagri=142300, g_na=.052,
      rural=906000, g_rural=.0061, hh_size=3.71,
      lshare=(.549, .556, .561), farm=(.40, .357, .32), land=50100,
      g_land=.007, tve_frac=.79, mig=(.006, .008, .010),
      inflow=33500, g_inflow=.37, ent=9600, g_ent=.11,
      ent_mix=(.078, .281, .502), oind=688000, g_oind=.31,
      oagri=61000, g_oagri=.041, grain=(438400, 446900, 456500),
      ww=5120, g_ww=.074, sw=66, g_sw=.088, built=24.1, g_built=.061),
 dict(ids=(("320223", "宜兴县"),) * 3, area=1997, townships=37,
      towns=(18, 20, 21), town_size=(15400, 15590, 15810),
      committees=561, natural=5200,
      pop=1008000, g_pop=.0112, nonagri=121400, g_na=.036,
      rural=883000, g_rural=.0089, hh_size=3.83,
      lshare=(.529, .534, .538), farm=(.48, .447, .42), land=59800,
      g_land=.004, tve_frac=.74, mig=(.011, .013, .016),
      inflow=14800, g_inflow=.33, ent=8400, g_ent=.12,
      ent_mix=(.066, .243, .561), oind=402000, g_oind=.24,
      oagri=66000, g_oagri=.052, grain=(474300, 469900, 493900),
      ww=3310, g_ww=.069, sw=71, g_sw=.081, built=21.7, g_built=.047),
 dict(ids=(("320525", "吴江县"),) * 3, area=1176, townships=31,
      towns=(13, 15, 15), town_size=(15800, 16040, 16260),
      committees=382, natural=4300,
      pop=746000, g_pop=.0091, nonagri=90200, g_na=.029,
      rural=661000, g_rural=.0070, hh_size=3.69,
      lshare=(.537, .543, .546), farm=(.45, .418, .39), land=55600,
      g_land=.005, tve_frac=.78, mig=(.007, .009, .011),
      inflow=12600, g_inflow=.44, ent=6700, g_ent=.10,
      ent_mix=(.074, .266, .531), oind=415000, g_oind=.26,
      oagri=52000, g_oagri=.044, grain=(447200, 452800, 465600),
      ww=2870, g_ww=.077, sw=41, g_sw=.092, built=17.3, g_built=.055),
 dict(ids=(("320523", "昆山县"),) * 3, area=927, townships=20,
      towns=(10, 11, 11), town_size=(14900, 15120, 15280),
      committees=296, natural=3100,
      pop=548000, g_pop=.0087, nonagri=82400, g_na=.041,
      rural=472000, g_rural=.0058, hh_size=3.74,
      lshare=(.524, .529, .533), farm=(.50, .468, .44), land=48500,
      g_land=.004, tve_frac=.75, mig=(.009, .011, .013),
      inflow=9700, g_inflow=.30, ent=4900, g_ent=.14,
      ent_mix=(.069, .259, .537), oind=248000, g_oind=.22,
      oagri=43000, g_oagri=.039, grain=(386100, 391200, 402000),
      ww=1960, g_ww=.063, sw=29, g_sw=.085, built=12.6, g_built=.044),
 dict(ids=(("330323", "乐清县"),) * 3, area=1174, townships=42,
      towns=(14, 15, 16), town_size=(14600, 16300, 18170),
      committees=905, natural=2360,
      pop=1023000, g_pop=.0156, nonagri=68900, g_na=.047,
      rural=952000, g_rural=.0131, hh_size=4.38,
      lshare=(.463, .469, .474), farm=(.60, .566, .53), land=33300,
      g_land=.009, tve_frac=.61, mig=(.10, .12, .14),
      inflow=3400, g_inflow=.21, ent=21000, g_ent=.19,
      ent_mix=(.004, .021, .911), oind=221000, g_oind=.29,
      oagri=41000, g_oagri=.051, grain=(205600, 207800, 214100),
      ww=1320, g_ww=.071, sw=17, g_sw=.093, built=14.9, g_built=.058),
 dict(ids=(("330325", "瑞安县"), ("330325", "瑞安县"), ("339004", "瑞安市")),
      area=1271, townships=55, towns=(15, 16, 17),
      town_size=(15100, 16650, 18240), committees=938, natural=2540,
      pop=1058000, g_pop=.0162, nonagri=81300, g_na=.058,
      rural=981000, g_rural=.0137, hh_size=4.41,
      lshare=(.458, .464, .469), farm=(.58, .551, .52), land=35000,
      g_land=.008, tve_frac=.58, mig=(.085, .102, .12),
      inflow=4100, g_inflow=.17, ent=23800, g_ent=.17,
      ent_mix=(.005, .024, .904), oind=236000, g_oind=.33,
      oagri=44000, g_oagri=.047, grain=(230900, 233200, 240400),
      ww=1460, g_ww=.066, sw=19, g_sw=.087, built=16.2, g_built=.063),
 dict(ids=(("330327", "苍南县"),) * 3, area=1272, townships=38,
      towns=(11, 12, 13), town_size=(14200, 15890, 17370),
      committees=782, natural=2180,
      pop=1115000, g_pop=.0178, nonagri=45800, g_na=.044,
      rural=1069000, g_rural=.0169, hh_size=4.47,
      lshare=(.452, .457, .462), farm=(.66, .623, .585), land=31600,
      g_land=.010, tve_frac=.55, mig=(.13, .157, .185),
      inflow=1900, g_inflow=.24, ent=26500, g_ent=.23,
      ent_mix=(.003, .016, .929), oind=168000, g_oind=.36,
      oagri=39000, g_oagri=.055, grain=(218300, 220500, 227300),
      ww=980, g_ww=.079, sw=14, g_sw=.101, built=15.8, g_built=.066),
 dict(ids=(("222328", "乾安县"),) * 3, area=3430, townships=14,
      towns=(3, 4, 4), town_size=(10800, 10930, 11070),
      committees=146, natural=292,
      pop=256000, g_pop=.0138, nonagri=41200, g_na=.022,
      rural=292 * 708, g_rural=.0121, hh_size=4.31,
      lshare=(.434, .438, .441), farm=(.935, .926, .918), land_per_farm=1.58,
      g_land=.001, tve_frac=.50, mig=(.002, .003, .004),
      inflow=150, g_inflow=.12, ent=1350, g_ent=.09,
      ent_mix=(.041, .118, .746), oind=15400, g_oind=.16,
      oagri=21000, g_oagri=.034, grain=(340500, 326800, 354500),
      ww=160, g_ww=.058, sw=6, g_sw=.072, built=6.3, g_built=.031),
 dict(ids=(("220122", "农安县"),) * 3, area=5400, townships=28,
      towns=(6, 7, 7), town_size=(12300, 12470, 12610),
      committees=412, natural=1370,
      pop=1026000, g_pop=.0127, nonagri=98100, g_na=.027,
      rural=928000, g_rural=.0114, hh_size=4.27,
      lshare=(.421, .425, .428), farm=(.915, .905, .893), land=356600,
      g_land=.002, tve_frac=.53, mig=(.003, .004, .005),
      inflow=480, g_inflow=.09, ent=4100, g_ent=.11,
      ent_mix=(.037, .124, .752), oind=52000, g_oind=.18,
      oagri=61000, g_oagri=.037, grain=(1068900, 1051300, 1113000),
      ww=420, g_ww=.052, sw=12, g_sw=.068, built=11.4, g_built=.036),
 dict(ids=(("220121", "榆树县"),) * 3, area=4712, townships=33,
      towns=(8, 9, 9), town_size=(12800, 12940, 13100),
      committees=468, natural=1520,
      pop=1162000, g_pop=.0131, nonagri=104300, g_na=.025,
      rural=1062000, g_rural=.0117, hh_size=4.29,
      lshare=(.427, .430, .433), farm=(.905, .896, .884), land=365500,
      g_land=.002, tve_frac=.52, mig=(.003, .0045, .006),
      inflow=560, g_inflow=.14, ent=4600, g_ent=.12,
      ent_mix=(.035, .121, .758), oind=61000, g_oind=.17,
      oagri=66000, g_oagri=.032, grain=(1187300, 1162400, 1236200),
      ww=470, g_ww=.055, sw=13, g_sw=.066, built=12.0, g_built=.034),
 dict(ids=(("522123", "绥阳县"),) * 3, area=2566, townships=24,
      towns=(5, 6, 6), town_size=(8200, 8290, 8380),
      committees=198, natural=2410,
      pop=473000, g_pop=.0169, nonagri=31200, g_na=.033,
      rural=443000, g_rural=.0158, hh_size=4.68,
      lshare=(.462, .465, .468), farm=(.93, .922, .911), land=43800,
      g_land=.003, tve_frac=.47, mig=(.012, .017, .022),
      inflow=90, g_inflow=.11, ent=1900, g_ent=.10,
      ent_mix=(.029, .097, .801), oind=9800, g_oind=.15,
      oagri=19000, g_oagri=.043, grain=(162900, 158700, 169700),
      ww=90, g_ww=.049, sw=5, g_sw=.061, built=4.1, g_built=.029),
]


def back(v87, g, i):
    """The year i (0, 1, 2 for 1985-87) of a series at v87 in 1987 growing
    at g a year."""
    return v87 / (1 + g) ** (2 - i)


def wan(x):
    """Persons in 万人, two decimals (the table's unit line)."""
    return "%.2f" % (x / 10000)


def thousands(n):
    return "{:,}".format(n) if n >= 1000 else str(n)


rows = []
for c in C:
    for i, y in enumerate(YEARS):
        code, name = c["ids"][i]
        pop = back(c["pop"], c["g_pop"], i)
        nonagri = back(c["nonagri"], c["g_na"], i)
        rural = back(c["rural"], c["g_rural"], i)
        town = c["towns"][i] * c["town_size"][i]
        lab = rural * c["lshare"][i]
        farm = lab * c["farm"][i]
        mig = lab * c["mig"][i]
        inflow = int(round(back(c["inflow"], c["g_inflow"], i), -1))
        tve = c["tve_frac"] * (lab - farm - mig) + inflow
        if "land_per_farm" in c:        # the paper's observed ratio, 1987
            farm87 = c["rural"] * c["lshare"][2] * c["farm"][2]
            land87 = c["land_per_farm"] * farm87
        else:
            land87 = c["land"]
        land = land87 * (1 + c["g_land"]) ** (2 - i)    # farmland shrinks
        ent = int(round(back(c["ent"], c["g_ent"], i)))
        ent_t, ent_v, ent_h = (int(round(ent * s)) for s in c["ent_mix"])
        rows.append([
            code, name if i else "  " + name[0] + "\u3000" + name[1:],
            str(y), str(c["area"]), str(c["townships"]), str(c["towns"][i]),
            str(c["committees"]), thousands(c["natural"]),
            str(int(round(rural / c["hh_size"]))),
            wan(pop), wan(nonagri), wan(rural), wan(town),
            wan(lab), wan(farm), wan(tve), wan(mig), thousands(inflow),
            str(int(round(land))), str(ent), str(ent_t), str(ent_v),
            str(ent_h),
            str(int(round(back(c["oind"], c["g_oind"], i)))),
            str(int(round(back(c["oagri"], c["g_oagri"], i)))),
            str(c["grain"][i]),
            "%.1f" % back(c["ww"], c["g_ww"], i),
            "%.2f" % back(c["sw"], c["g_sw"], i),
            "%.1f" % back(c["built"], c["g_built"], i),
        ])

header = ["行政区划代码", "地区", "年份", "行政区域面积(平方公里)",
          "乡镇数(个)", "建制镇(个)", "村民委员会(个)", "自然村(个)",
          "乡村户数(户)", "年末总人口", "非农业人口", "乡村人口", "镇人口",
          "乡村劳动力", "#农林牧渔业从业人员", "乡镇企业从业人员①",
          "外出从业人员②", "外来劳动力(人)", "耕地面积(公顷)",
          "乡镇企业个数(个)", "#乡办企业(个)", "#村办企业(个)",
          "#户办企业(个)", "工业总产值(万元)", "农林牧渔业总产值(万元)",
          "粮食产量(吨)", "工业废水排放量(万吨)", "工业固体废物产生量(万吨)",
          "建成区面积(平方公里)"]
COL = {h: k for k, h in enumerate(header)}


def csv_cell(s):
    return '"%s"' % s.replace('"', '""') if any(ch in s for ch in ',"\n') else s


# The missing marks of real tables: Qian'an's 1985 waste water was not
# surveyed (—), Suiyang's 1986 inflow is below the unit (…).
for r in rows:
    if r[0] == "222328" and r[2] == "1985":
        r[COL["工业废水排放量(万吨)"]] = "—"
    if r[0] == "522123" and r[2] == "1986":
        r[COL["外来劳动力(人)"]] = "…"

with open("county-panel-1985-1987.csv", "w", encoding="utf-8", newline="") as f:
    f.write("部分县农村经济基本情况（1985—1987年）\r\n")
    f.write("单位：万人\r\n")
    f.write(",".join(header) + "\r\n")
    for r in rows:
        f.write(",".join(csv_cell(x) for x in r) + "\r\n")
    f.write("\r\n")
    f.write("注：年末总人口为户籍人口。①按企业所在地统计，含外来劳动力。"
            "②离开本乡镇半年以上者。\r\n")
    f.write("数据来源：示例数据（litu 合成），非官方统计；武进县、乾安县的"
            "面积、自然村数及村均人口和每个农业劳动力的耕地取自论文。\r\n")

# ../counties-1987.csv: the 1987 settlement counts of the same counties as
# typed CSV (today's code, the code and name of 1987), for commute-check on
# its own and as the county names of 1987 for the census roll-up (absorb
# --divisions); Qian'an's town count is left empty to show NA.
TODAY = {"320421": "320412", "329005": "320281", "320223": "320282",
         "320525": "320509", "320523": "320583", "330323": "330382",
         "339004": "330381", "330327": "330327", "222328": "220723",
         "220122": "220122", "220121": "220182", "522123": "520323"}
with open("../counties-1987.csv", "w", encoding="utf-8", newline="") as f:
    f.write("code:code,code_then:code,name,year:int,area_km2:num,"
            "townships:int,towns:int,villages:int,natural_villages:int\n")
    for c in C:
        code, name = c["ids"][2]
        towns = "" if code == "222328" else str(c["towns"][2])
        f.write("%s,%s,%s,1987,%d,%d,%s,%d,%d\n" % (
            TODAY[code], code if TODAY[code] != code else "", name,
            c["area"], c["townships"], towns, c["committees"], c["natural"]))
