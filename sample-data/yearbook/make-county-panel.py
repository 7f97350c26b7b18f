#!/usr/bin/env python3
"""Writes county-panel-1985-1987.csv: a provincial-yearbook-style table of
rural basics for twelve real counties (codes and names from
../divisions/areas.csv) over three years, as parse-census gets it: a title
line, a unit line for the persons columns that have no unit of their own,
labels with units and marks, a footnote and a source line.

The figures are realistic, not official: magnitudes follow the paper --
southern Jiangsu dense (Wujin 8,303 villages on 1,763 km2) with about 60%
of rural labour redeployed by 1987, Wenzhou counties with fast town growth
(designated towns up several-fold), sparse Jilin counties (about 9 villages
per 100 km2) still mostly farming.  Deterministic: no randomness."""

# code, name, area km2, villages, towns 1985/86/87, pop_total (10k),
# rural share, town pop 1985 (10k) and yearly growth, labour share of
# rural pop, farm share 1985 and 1987, migrant share, inflow persons 1987,
# farmland ha, enterprises 1987, village-run share, household share,
# output_industry 1987 (10k yuan), output_agri (10k yuan), grain t,
# wastewater 10k t, solid waste 10k t, built-up km2, resident/total
C = [
 ("320412", "武进县", 1763, 8303, (24, 27, 30), 119.6, .88, 11.2, .12, .60, .48, .38, .015, 26000, 81300, 11800, .30, .55, 612000, 92000, 705000, 4450, 58, 26.5, 1.06),
 ("320281", "江阴县", 988, 3950, (22, 25, 28), 107.4, .86, 10.8, .13, .61, .44, .33, .012, 31000, 52600, 9700, .34, .50, 688000, 61000, 452000, 5120, 66, 24.1, 1.09),
 ("320282", "宜兴县", 1997, 5200, (24, 28, 32), 100.2, .87, 8.9, .11, .59, .52, .41, .018, 14000, 60100, 8200, .33, .49, 402000, 66000, 489000, 3310, 71, 21.7, 1.04),
 ("320509", "吴江县", 1176, 4300, (19, 21, 23), 75.1, .86, 7.4, .10, .60, .47, .37, .014, 12000, 55800, 6900, .31, .52, 415000, 52000, 461000, 2870, 41, 17.3, 1.05),
 ("320583", "昆山县", 927, 3100, (16, 18, 20), 54.3, .87, 5.1, .10, .60, .50, .40, .013, 9000, 48700, 4800, .35, .47, 248000, 43000, 398000, 1960, 29, 12.6, 1.07),
 ("330382", "乐清县", 1174, 2100, (11, 19, 31), 100.9, .90, 9.0, .45, .57, .62, .52, .060, 6500, 33400, 21500, .06, .88, 221000, 41000, 212000, 1320, 17, 14.9, 0.93),
 ("330381", "瑞安县", 1271, 2300, (12, 21, 33), 104.3, .89, 10.0, .48, .57, .60, .50, .055, 7200, 35100, 24100, .07, .87, 236000, 44000, 238000, 1460, 19, 16.2, 0.92),
 ("330327", "苍南县", 1272, 1900, (10, 20, 36), 110.6, .91, 12.0, .50, .56, .66, .54, .070, 3800, 31700, 27400, .03, .93, 168000, 39000, 225000, 980, 14, 15.8, 0.88),
 ("220723", "乾安县", 3430, 292, (5, 5, 6), 27.6, .84, 3.6, .03, .52, .90, .86, .030, 200, 163000, 910, .33, .55, 15400, 21000, 351000, 160, 6, 6.3, 0.98),
 ("220122", "农安县", 5400, 380, (8, 9, 9), 102.4, .87, 7.9, .04, .53, .89, .85, .028, 600, 358000, 2600, .30, .58, 52000, 61000, 1102000, 420, 12, 11.4, 0.97),
 ("220182", "榆树县", 4712, 390, (11, 12, 12), 115.9, .88, 8.6, .04, .53, .88, .84, .031, 700, 367000, 2900, .31, .57, 61000, 66000, 1224000, 470, 13, 12.0, 0.97),
 ("520323", "绥阳县", 2566, 1100, (7, 8, 8), 47.5, .93, 2.4, .05, .55, .91, .88, .045, 100, 44000, 1300, .22, .70, 9800, 19000, 168000, 90, 5, 4.1, 0.84),
]
YEARS = (1985, 1986, 1987)

def fmt2(x):
    return "%.2f" % x

rows = []
for (code, name, area, villages, towns, pop, rshare, town85, tgrowth, lshare,
     farm85, farm87, mshare, inflow87, farmland, ent87, vshare, hshare, oind87,
     oagri87, grain87, ww87, sw87, built87, resid) in C:
    for i, y in enumerate(YEARS):
        t = i / 2.0                      # 0, .5, 1
        ptot = pop * (0.985 + 0.0075 * i)
        ptown = town85 * (1 + tgrowth) ** i
        prural = ptot * rshare - (ptown - town85) * 0.8
        lab = prural * lshare
        farm = lab * (farm85 + (farm87 - farm85) * t)
        mig = lab * mshare * (0.8 + 0.1 * i)
        local = (lab - farm - mig) * 0.78
        infl = int(round(inflow87 * (0.55 + 0.225 * i)))
        ent = int(round(ent87 * (0.78 + 0.11 * i)))
        oind = oind87 * (0.74 + 0.13 * i)
        ww = ww87 * (0.86 + 0.07 * i)
        sw = sw87 * (0.84 + 0.08 * i)
        rows.append([
            code, name if i else "  " + name[0] + "\u3000" + name[1:],  # padded name in 1985
            str(y), str(area), str(villages), str(towns[i]),
            str(int(round(ptot * 10000 * rshare / 3.9))),
            fmt2(ptot), fmt2(ptot * resid), fmt2(prural), fmt2(ptown),
            fmt2(lab), fmt2(farm), fmt2(local), fmt2(mig),
            "{:,}".format(infl) if infl >= 1000 else str(infl),
            str(int(round(farmland * (1.004 - 0.004 * i)))),
            str(ent), str(int(round(ent * vshare))), str(int(round(ent * hshare))),
            str(int(round(oind))), str(int(round(oagri87 * (0.9 + 0.05 * i)))),
            str(int(round(grain87 * (0.97 + 0.02 * i - 0.01 * (i == 1))))),
            fmt2(ww), fmt2(sw), fmt2(built87 * (0.9 + 0.05 * i)),
        ])

header = ["行政区划代码", "地区", "年份", "行政区域面积(平方公里)",
          "村民委员会(个)", "建制镇(个)", "乡村户数(户)", "年末总人口",
          "常住人口", "乡村人口", "镇人口", "乡村从业人员",
          "#农林牧渔业从业人员", "#乡镇企业从业人员①", "外出从业人员",
          "外来劳动力(人)", "耕地面积(公顷)", "乡镇企业个数(个)",
          "#村办企业(个)", "户办企业(个)", "工业总产值(万元)",
          "农林牧渔业总产值(万元)", "粮食产量(吨)", "工业废水排放量(万吨)",
          "工业固体废物产生量(万吨)", "建成区面积(平方公里)"]

def csv_cell(s):
    return '"%s"' % s.replace('"', '""') if any(c in s for c in ',"\n') else s

# The missing marks of real tables: Qian'an's 1985 waste water was not
# surveyed (—), Suiyang's 1986 inflow is below the unit (…).
for r in rows:
    if r[0] == "220723" and r[2] == "1985":
        r[23] = "—"
    if r[0] == "520323" and r[2] == "1986":
        r[15] = "…"

with open("county-panel-1985-1987.csv", "w", encoding="utf-8", newline="") as f:
    f.write("部分县农村经济基本情况（1985—1987年）\r\n")
    f.write("单位：万人\r\n")
    f.write(",".join(header) + "\r\n")
    for r in rows:
        f.write(",".join(csv_cell(c) for c in r) + "\r\n")
    f.write("\r\n")
    f.write("注：①乡镇企业从业人员指本县户籍的乡村劳动力在乡镇企业的从业人数。\r\n")
    f.write("资料来源：各省统计年鉴（整理，数字为示例）。\r\n")
