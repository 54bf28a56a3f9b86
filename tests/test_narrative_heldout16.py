"""Session 16 held-out batch of 决算 情况说明 wordings on a department that is NOT all 财政拨款 (广东, 四川, 山东, 湖北 and
中央部门 2020/2021 templates), each right and wrong, none of them in the older narrative tests.

Written before reading recognize/claims.py (s16text). The tables are the 2019 决算 sample's (tests/test_narrative_heldout.py)
with non-财政拨款 money added by editing cells (`mixed_tables`; every table identity kept, `test_the_mixed_tables_are_clean`):
事业收入 300.00 (200.00 on 2011001 行政运行, 100.00 on 2011099), 经营收入 50.00 and 其他收入 20.00 (on 2011099); 200.00 spent as
基本支出 on 2011001, 100.00 as 项目支出 and 50.00 as 经营支出 on 2011099; 非财政拨款 年初结转和结余 80.00, 年末 100.00. So:
公开01表 本年收入合计 6433.99 (财政拨款 6063.99 = 一般公共预算 2116.25 + 政府性基金 3947.74, 事业 300.00, 经营 50.00,
其他 20.00), 年初结转和结余 614.34, 收入总计 = 支出总计 7048.33, 本年支出合计 6451.24, 年末结转和结余 597.09; 公开03表
本年支出合计 6451.24 = 基本 976.71 + 项目 5424.54 + 经营 50.00, 一般公共服务支出 1653.58; 公开04表 (财政拨款 only) 收支总计
6598.33, 本年收入 6063.99, 本年支出 6101.24, 年末 497.09; 公开05表 2116.25 = 基本 776.71 + 项目 1339.54; 06/07/08 unchanged.
Last year's figures (invented, no table): 收入总计 6800.00, 本年收入合计 6200.00, 本年支出合计 6250.00, 事业收入 250.00, and the
earlier batches' (一般公共预算 2230.40, 政府性基金 3659.72, 三公 4.10, 机关运行经费 32.34). Budgets: 一般公共预算 2129.28,
本年支出合计 6500.00.

PAIRS: (name, right, wrong, codes): the right one must draw nothing (not even a warning), the wrong one (one figure changed)
exactly the finding codes named. NEVER_JUDGED: right sentences that must draw nothing (several are certain only with a
whole the tables print twice: which of the two is meant is not said).

FIRST_RUN records what main did before any change this batch asked for.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from openpyxl import load_workbook
from test_narrative_heldout11 import FINAL, _headings, _text
from test_narrative_heldout14 import (BASIC, FISCAL, FUND, GPB, INCOME, ITEMS, OTHER, OVERALL, SANGONG, SPEND,
                                      codes_found)

from govaudit.pipeline import Options, check_file

OPER = [OTHER, "（一）机关运行经费支出情况"]
MORE = "十一、其他需要说明的情况"

FIRST_RUN = """main a0916e9, before any change (38 pairs + 12 中央 pairs (2020, 2021) = 100 sentences, 17 + 4 never-judged; the
last 3 pairs and 3 never-judged were added after a first look at the results, before any change):
- right + never-judged (71 sentences): 2 drew 3 false findings: “项目支出5424.54万元，其中财政拨款项目支出5324.54万元” (the
  财政拨款 part read as the department's 项目支出: TXT001 + TXT002) and “机关运行经费支出34.89万元，占基本支出的4.49%” (TXT011
  on 公开03表's 976.71 though 公开05表's 776.71 gives 4.49%: the tables print two 基本支出 and the sentence does not say which).
  No warning.
- wrong (50): 44 caught with exactly the codes written. Not caught: 收入总计 = 本年收入 + 年初结转和结余 and 支出总计 = 本年支出 +
  年末结转和结余 (a wrong 年初/年末 drew TXT001 but no TXT007, 广东/四川), “A X万元、B Y万元，分别占本年支出合计的Z1%和Z2%”
  (two funds' amounts, then two shares: nothing), “总收入” fitting neither 本年收入合计 nor 收入总计 (nothing), and 中央 2020/2021
  “本年支出合计…其中：基本支出967.71万元，项目支出…，经营支出…” (TXT001 but no TXT007; the 2019 copy with 776.71 drew both).
  One expectation corrected (my mistake, the checker was right): a list of three of 本年支出合计's five parts is not complete,
  so a wrong part is TXT001 alone (中央 2020/2021); the 2019 copy's TXT007 adds the 0 parts another sentence of the same
  heading states.
After the fixes (s16text): right + never-judged: nothing; wrong: 50 of 50 caught with the codes named. Fixed: the fund's
part glued to its words, either 基本支出 as a share's whole, 总收入 either way (s15rev r10), “A X万元、B Y万元，分别占W的…”,
收入总计 = 本年收入 + 年初结转和结余 and 支出总计 = 本年支出 + 年末结转和结余 where 公开01表's other lines of that side hold
nothing (narrative._grand_total_sides). A second round (24 never-judged, below, written after reading claims.py): clean.
Session 17 (s17text): in a 决算, a list of two or more parts in the whole's own sentence that leaves out only parts
the tables print as nothing (blank, 0, or not printed while the printed parts make up the whole), or states a part by
its own parts (财政拨款收入 by its two funds), is complete: the 中央 “本年支出合计其中三项” wrong twins (2020, 2021) now
draw TXT007 beside TXT001."""

# cell → value on the sample's sheet 公开01-05表 (labels checked in mixed_tables)
_EDITS = {
    # 公开01表: 事业、经营、其他收入; 本年收入合计, 年初结转和结余, 总计; 一般公共服务支出, 本年支出合计, 年末, 总计
    "D11": 300.00, "D12": 50.00, "D14": 20.00, "D31": 6433.99, "D33": 614.34, "D35": 7048.33,
    "G8": 1653.58, "G31": 6451.24, "G33": 597.09, "G35": 7048.33,
    # 公开02表: 合计, 201, 20110, 2011001, 2011099 (本年收入合计 F, 事业收入 I, 经营收入 J, 其他收入 L)
    "F45": 6433.99, "I45": 300.00, "J45": 50.00, "L45": 20.00,
    "F46": 1673.58, "I46": 300.00, "J46": 50.00, "L46": 20.00,
    "F47": 1673.58, "I47": 300.00, "J47": 50.00, "L47": 20.00,
    "F48": 612.35, "I48": 200.00,
    "F50": 874.81, "I50": 100.00, "J50": 50.00, "L50": 20.00,
    # 公开03表 (本年支出合计 F, 基本 G, 项目 H, 经营 J)
    "F87": 6451.24, "G87": 976.71, "H87": 5424.54, "J87": 50.00,
    "F88": 1653.58, "G88": 612.35, "H88": 991.23, "J88": 50.00,
    "F89": 1653.58, "G89": 612.35, "H89": 991.23, "J89": 50.00,
    "F90": 612.35, "G90": 612.35,
    "F92": 854.81, "H92": 804.81, "J92": 50.00,
}
_LABELS = {"B11": "四、事业收入", "B12": "五、经营收入", "B14": "七、其他收入", "B31": "本年收入合计", "B33": "年初结转和结余",
           "E8": "一、一般公共服务支出", "E31": "本年支出合计", "E33": "年末结转和结余", "E48": "行政运行",
           "E50": "其他人力资源事务支出", "E90": "行政运行", "E92": "其他人力资源事务支出", "J83": "经营支出"}


def mixed_tables(year: int = 2019):
    """The sample's workbook with the non-财政拨款 money above (and every '2019' in its cells written as `year`)."""
    wb = load_workbook(FINAL)
    ws = wb["公开01-05表"]
    for cell, label in _LABELS.items():
        assert str(ws[cell].value).strip() == label, (cell, ws[cell].value)
    for cell, value in _EDITS.items():
        ws[cell].value = value
    if year != 2019:
        for sheet in wb:
            for row in sheet.iter_rows():
                for c in row:
                    if isinstance(c.value, str) and "2019" in c.value:
                        c.value = c.value.replace("2019", str(year))
    return wb


def _findings(tmp_path, items: list, name: str, year: int = 2019, tables=None) -> dict[str, list[tuple[str, str]]]:
    """Each item's TXT errors and warnings when the mixed tables' (or `tables(year)`'s) 情况说明 holds each item under
    its headings."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    if len(items) > 90:  # headings 一、…九十九、: more go into a second document
        out.update(_findings(tmp_path, items[90:], "more-" + name, year, tables))
        items = items[:90]
    wb = (tables or mixed_tables)(year)
    del wb["情况说明"]
    ws = wb.create_sheet("情况说明", 0)
    owner: dict[int, int] = {}
    for i, item in enumerate(items, start=1):
        for line in _headings(i, item) + [_text(item)]:
            ws.append([line])
            owner[ws.max_row] = i - 1
    path = tmp_path / name
    wb.save(path)
    status, findings = check_file(path, Options(select=["TXT0"]))
    assert status.status == "checked", status.error
    for f in findings:
        if f.severity.value in ("error", "warning"):
            cell = next(loc.cell for loc in f.locations if loc.sheet == "情况说明")
            out[_text(items[owner[int(cell[1:])]])].append((f.code, f.message))
    return out


# (name, right, wrong, codes)
PAIRS = [
    # 收入支出决算总体情况 (公开01表: 7048.33, not 公开04表's 6598.33)
    ("湖北：收入、支出总计均为，非全额财政", (OVERALL, "2019年度收入、支出总计均为7048.33万元，主要是事业收入增加。"),
     (OVERALL, "2019年度收入、支出总计均为6598.33万元，主要是事业收入增加。"), "TXT001"),
    ("广东：收入总计其中本年收入、年初结转和结余", (OVERALL, "2019年度收入总计7048.33万元，其中：本年收入6433.99万元，年初结转和"
     "结余614.34万元。"), (OVERALL, "2019年度收入总计7048.33万元，其中：本年收入6433.99万元，年初结转和结余641.34万元。"),
     "TXT001+TXT007"),
    ("四川：支出总计其中本年支出、年末结转和结余", (OVERALL, "支出总计7048.33万元，其中：本年支出6451.24万元，年末结转和结余"
     "597.09万元。"), (OVERALL, "支出总计7048.33万元，其中：本年支出6451.24万元，年末结转和结余579.09万元。"), "TXT001+TXT007"),
    ("山东：收支总计较上年", (OVERALL, "2019年度本部门收支总计7048.33万元，较上年增加248.33万元，增长3.65%。"),
     (OVERALL, "2019年度本部门收支总计7048.33万元，较上年增加248.33万元，增长3.56%。"), "TXT003"),
    # 收入决算情况 (本年收入合计 6433.99)
    ("广东：本年收入合计六项各占", (INCOME, "本年收入合计6433.99万元，其中：财政拨款收入6063.99万元，占94.25%；上级补助收入0万元，"
     "占0%；事业收入300.00万元，占4.66%；经营收入50.00万元，占0.78%；附属单位上缴收入0万元，占0%；其他收入20.00万元，占0.31%。"),
     (INCOME, "本年收入合计6433.99万元，其中：财政拨款收入6063.99万元，占94.25%；上级补助收入0万元，占0%；事业收入300.00万元，"
      "占4.66%；经营收入50.00万元，占0.87%；附属单位上缴收入0万元，占0%；其他收入20.00万元，占0.31%。"), "TXT011"),
    ("四川：本年收入合计中两种财政拨款与事业收入", (INCOME, "2019年度本年收入合计6433.99万元，其中：一般公共预算财政拨款收入"
     "2116.25万元，占32.89%；政府性基金预算财政拨款收入3947.74万元，占61.36%；事业收入300.00万元，占4.66%；经营收入50.00万元，"
     "占0.78%；其他收入20.00万元，占0.31%。"), (INCOME, "2019年度本年收入合计6433.99万元，其中：一般公共预算财政拨款收入2116.25"
     "万元，占32.89%；政府性基金预算财政拨款收入3947.74万元，占63.16%；事业收入300.00万元，占4.66%；经营收入50.00万元，占0.78%；"
     "其他收入20.00万元，占0.31%。"), "TXT011"),
    ("湖北：本年收入合计比上年", (INCOME, "2019年度本年收入合计6433.99万元，比上年增加233.99万元，增长3.77%，主要原因是事业收入"
     "增加。"), (INCOME, "2019年度本年收入合计6433.99万元，比上年增加233.99万元，增长3.87%，主要原因是事业收入增加。"), "TXT003"),
    ("事业收入比上年", (INCOME, "事业收入300.00万元，比上年增加50.00万元，增长20.00%，主要是培训收费增加。"),
     (INCOME, "事业收入300.00万元，比上年增加50.00万元，增长25.00%，主要是培训收费增加。"), "TXT003"),
    ("山东：收入决算中，占本年收入的", (INCOME, "收入决算中，财政拨款收入6063.99万元，占本年收入的94.25%；事业收入300.00万元，"
     "占本年收入的4.66%。"), (INCOME, "收入决算中，财政拨款收入6063.99万元，占本年收入的94.25%；事业收入300.00万元，占本年收入的"
     "6.46%。"), "TXT011"),
    ("事业收入金额错", (INCOME, "本年收入合计6433.99万元，其中事业收入300.00万元、经营收入50.00万元、其他收入20.00万元。"),
     (INCOME, "本年收入合计6433.99万元，其中事业收入330.00万元、经营收入50.00万元、其他收入20.00万元。"), "TXT001"),
    ("财政拨款收入只有占比", (INCOME, "财政拨款收入占本年收入合计的94.25%。"), (INCOME, "财政拨款收入占本年收入合计的92.45%。"),
     "TXT011"),
    # 支出决算情况 (公开03表: 6451.24 = 976.71 + 5424.54 + 50.00)
    ("广东：本年支出合计五项各占", (SPEND, "本年支出合计6451.24万元，其中：基本支出976.71万元，占15.14%；项目支出5424.54万元，占"
     "84.09%；上缴上级支出0万元，占0%；经营支出50.00万元，占0.78%；对附属单位补助支出0万元，占0%。"), (SPEND, "本年支出合计6451.24"
     "万元，其中：基本支出976.71万元，占15.14%；项目支出5424.54万元，占84.09%；上缴上级支出0万元，占0%；经营支出50.00万元，占"
     "0.87%；对附属单位补助支出0万元，占0%。"), "TXT011"),
    ("部门基本支出不是一般公共预算的", (SPEND, "2019年度本年支出合计6451.24万元，其中：基本支出976.71万元，项目支出5424.54万元，"
     "经营支出50.00万元。"), (SPEND, "2019年度本年支出合计6451.24万元，其中：基本支出776.71万元，项目支出5424.54万元，经营支出"
     "50.00万元。"), "TXT001+TXT007"),
    ("湖北：本年支出合计比上年，年初预算", (SPEND, "2019年度本年支出合计6451.24万元，比上年增加201.24万元，增长3.22%；为年初预算"
     "6500.00万元的99.25%。"), (SPEND, "2019年度本年支出合计6451.24万元，比上年增加201.24万元，增长3.22%；为年初预算6500.00万元"
     "的92.25%。"), "TXT012"),
    ("经营支出比重", (SPEND, "经营支出50.00万元，占本年支出合计的0.78%，主要是培训中心经营活动支出。"),
     (SPEND, "经营支出50.00万元，占本年支出合计的7.80%，主要是培训中心经营活动支出。"), "TXT011"),
    ("类在全部支出中", (SPEND, "按支出功能分类，一般公共服务支出1653.58万元，占本年支出合计的25.63%。"),
     (SPEND, "按支出功能分类，一般公共服务支出1653.58万元，占本年支出合计的26.53%。"), "TXT011"),
    ("两种资金支出分别占本年支出合计的", (SPEND, "一般公共预算财政拨款支出2116.25万元、政府性基金预算财政拨款支出3984.99万元，"
     "分别占本年支出合计的32.80%和61.77%。"), (SPEND, "一般公共预算财政拨款支出2116.25万元、政府性基金预算财政拨款支出3984.99万元，"
     "分别占本年支出合计的32.80%和67.17%。"), "TXT011"),
    ("财政拨款支出占本年支出合计", (SPEND, "财政拨款支出6101.24万元，占本年支出合计的94.57%。"),
     (SPEND, "财政拨款支出6101.24万元，占本年支出合计的95.47%。"), "TXT011"),
    # 财政拨款收入支出决算总体情况 (公开04表)
    ("中央：财政拨款收、支总计各", (FISCAL, "2019年度财政拨款收、支总计各6598.33万元。"),
     (FISCAL, "2019年度财政拨款收、支总计各7048.33万元。"), "TXT001"),
    ("财政拨款收入其中两种资金", (FISCAL, "2019年度财政拨款收入6063.99万元，其中：一般公共预算财政拨款收入2116.25万元，政府性基金"
     "预算财政拨款收入3947.74万元。"), (FISCAL, "2019年度财政拨款收入6063.99万元，其中：一般公共预算财政拨款收入2116.25万元，"
     "政府性基金预算财政拨款收入3497.74万元。"), "TXT001+TXT007"),
    ("财政拨款支出两种资金比上年", (FISCAL, "财政拨款支出6101.24万元，其中一般公共预算财政拨款支出2116.25万元，比上年减少114.15"
     "万元；政府性基金预算财政拨款支出3984.99万元，比上年增加325.27万元。"), (FISCAL, "财政拨款支出6101.24万元，其中一般公共预算"
     "财政拨款支出2116.25万元，比上年减少114.15万元；政府性基金预算财政拨款支出3948.99万元，比上年增加325.27万元。"),
     "TXT001+TXT007"),
    ("财政拨款标题下单说本年收入、本年支出", (FISCAL, "本年收入6063.99万元，本年支出6101.24万元，年末结转和结余497.09万元。"),
     (FISCAL, "本年收入6063.99万元，本年支出6451.24万元，年末结转和结余497.09万元。"), "TXT001"),
    ("年初财政拨款结转和结余两种资金", (FISCAL, "年初财政拨款结转和结余534.34万元，其中：一般公共预算财政拨款36.65万元，政府性基金"
     "预算财政拨款497.69万元。"), (FISCAL, "年初财政拨款结转和结余534.34万元，其中：一般公共预算财政拨款36.65万元，政府性基金预算"
     "财政拨款479.69万元。"), "TXT001+TXT007"),
    # 一般公共预算财政拨款支出
    ("四川：占本年支出合计与比上年、年初预算", (GPB, "2019年度一般公共预算财政拨款支出2116.25万元，占本年支出合计的32.80%，比上年"
     "减少114.15万元，下降5.12%；完成年初预算2129.28万元的99.39%。"), (GPB, "2019年度一般公共预算财政拨款支出2116.25万元，占本年"
     "支出合计的34.69%，比上年减少114.15万元，下降5.12%；完成年初预算2129.28万元的99.39%。"), "TXT011"),
    ("一般公共预算支出占财政拨款支出", (GPB, "一般公共预算财政拨款支出2116.25万元，占财政拨款支出的34.69%。"),
     (GPB, "一般公共预算财政拨款支出2116.25万元，占财政拨款支出的32.80%。"), "TXT011"),
    ("湖北：年初预算、决算、比上年同一句", (GPB, "一般公共预算财政拨款支出年初预算2129.28万元，支出决算2116.25万元，完成年初预算的"
     "99.39%；比上年减少114.15万元，下降5.12%。"), (GPB, "一般公共预算财政拨款支出年初预算2129.28万元，支出决算2116.25万元，完成"
     "年初预算的99.39%；比上年减少114.15万元，下降5.21%。"), "TXT003"),
    ("类在一般公共预算中，非全额部门", (GPB, "一般公共服务支出（类）1303.58万元，占一般公共预算财政拨款支出的61.60%。"),
     (GPB, "一般公共服务支出（类）1653.58万元，占一般公共预算财政拨款支出的61.60%。"), "TXT001+TXT011"),
    ("项：行政运行在一般公共预算中", (ITEMS, "一般公共服务支出（类）人力资源事务（款）行政运行（项）412.35万元，主要用于机关正常运转。"),
     (ITEMS, "一般公共服务支出（类）人力资源事务（款）行政运行（项）612.35万元，主要用于机关正常运转。"), "TXT001"),
    # 基本支出 (公开05/06表: 776.71; 公开03表: 976.71)
    ("一般公共预算基本支出，非全额部门", (BASIC, "2019年度一般公共预算财政拨款基本支出776.71万元，其中：人员经费741.82万元，"
     "公用经费34.89万元。"), (BASIC, "2019年度一般公共预算财政拨款基本支出976.71万元，其中：人员经费741.82万元，公用经费34.89万元。"),
     "TXT001+TXT007"),
    # “三公”经费: shares of parts
    ("三公各项占比一位小数", (SANGONG, "“三公”经费财政拨款支出3.68万元，其中：公务用车购置及运行维护费2.42万元，占65.8%；公务接待费"
     "1.26万元，占34.2%。"), (SANGONG, "“三公”经费财政拨款支出3.68万元，其中：公务用车购置及运行维护费2.42万元，占65.8%；公务接待费"
     "1.26万元，占43.2%。"), "TXT011"),
    ("公务接待费占三公经费支出总额的，无金额", (SANGONG, "公务接待费占“三公”经费支出总额的34.24%。"),
     (SANGONG, "公务接待费占“三公”经费支出总额的43.24%。"), "TXT011"),
    ("公务用车占三公决算的，比年初预算", (SANGONG, "公务用车购置及运行维护费支出决算2.42万元，占“三公”经费支出决算的65.76%，完成"
     "预算的53.78%。"), (SANGONG, "公务用车购置及运行维护费支出决算2.42万元，占“三公”经费支出决算的67.56%，完成预算的53.78%。"),
     "TXT011"),
    ("三公与预算、与上年", (SANGONG, "“三公”经费支出3.68万元，比预算减少3.82万元，比上年减少0.42万元，下降10.24%。"),
     (SANGONG, "“三公”经费支出3.68万元，比预算减少3.28万元，比上年减少0.42万元，下降10.24%。"), "TXT001"),
    # 机关运行经费
    ("机关运行经费占一般公共预算基本支出", (OPER, "2019年度机关运行经费支出34.89万元，占一般公共预算财政拨款基本支出的4.49%，"
     "比上年增加2.55万元，增长7.88%。"), (OPER, "2019年度机关运行经费支出34.89万元，占一般公共预算财政拨款基本支出的3.57%，比上年"
     "增加2.55万元，增长7.88%。"), "TXT011"),
    # 政府性基金
    # (added after the first run of the above, before any change)
    ("一般公共预算基本支出标题下单说基本支出", (BASIC, "基本支出776.71万元，其中：人员经费741.82万元，公用经费34.89万元。"),
     (BASIC, "基本支出976.71万元，其中：人员经费741.82万元，公用经费34.89万元。"), "TXT001+TXT007"),
    ("财政拨款标题下占本年收入合计", (FISCAL, "财政拨款收入6063.99万元，占本年收入合计的94.25%。"),
     (FISCAL, "财政拨款收入6063.99万元，占本年收入合计的49.25%。"), "TXT011"),
    ("总收入：两个总数都不是", (MORE, "本部门2019年度总收入6433.99万元，总支出6451.24万元。"),
     (MORE, "本部门2019年度总收入6343.99万元，总支出6451.24万元。"), "TXT001"),
    ("基金收支两句", (FUND, "政府性基金预算财政拨款收入3947.74万元，支出3984.99万元，年末结转和结余460.44万元。"),
     (FUND, "政府性基金预算财政拨款收入3947.74万元，支出3984.99万元，年末结转和结余406.44万元。"), "TXT001"),
]

NEVER_JUDGED = [
    # a whole the tables print twice (部门 and 财政拨款) with no word saying which
    (OPER, "机关运行经费支出34.89万元，占基本支出的4.49%。"),
    (MORE, "本部门非财政拨款收入370.00万元，主要是事业收入和经营收入。"),
    (OVERALL, "收入总计7048.33万元，其中财政拨款收入6063.99万元，非财政拨款收入370.00万元。"),
    (OVERALL, "年初结转和结余614.34万元，其中：财政拨款结转和结余534.34万元，非财政拨款结转和结余80.00万元。"),
    (OVERALL, "年末结转和结余597.09万元。"),
    (FISCAL, "年末财政拨款结转和结余497.09万元，比年初减少37.25万元。"),
    (SPEND, "经营支出50.00万元，为下属培训中心开展经营活动发生的支出。"),
    (INCOME, "事业收入300.00万元，其中：下属培训中心200.00万元，人才市场100.00万元。"),
    (SPEND, "本年支出合计中，财政拨款支出6101.24万元，非财政拨款支出350.00万元。"),
    (GPB, "一般公共预算财政拨款支出比年初预算减少13.03万元，主要是部分项目结转下年实施。"),
    (SANGONG, "“三公”经费支出占一般公共预算财政拨款基本支出的0.47%。"),
    (MORE, "本部门使用非财政拨款结余0万元，用事业基金弥补收支差额0万元。"),
    (INCOME, "其他收入20.00万元，主要是银行存款利息收入。"),
    (SPEND, "项目支出5424.54万元，其中财政拨款项目支出5324.54万元。"),
    (SPEND, "基本支出976.71万元，其中：人员经费900.00万元，公用经费76.71万元。"),
    (MORE, "本部门2019年度收入总额7048.33万元，支出总额7048.33万元。"),
    (FISCAL, "财政拨款支出6101.24万元，占本年支出合计的94.57%。"),
]

# a second round, written after reading claims.py to probe this batch's fixes (总收入 either way, a share of either
# 基本支出, template headings naming one thing, a heading or lead naming one fund, "主要用于X（类）", "X决算具体情况："):
# right sentences, all clean after the fixes
SG = "七、“三公”经费财政拨款支出决算情况说明"
NEVER_JUDGED += [
    (OVERALL, "2019年度总收入7048.33万元，总支出7048.33万元。"),
    (FISCAL, "2019年度财政拨款总收入6063.99万元。"),
    (MORE, "全年总支出6451.24万元，其中基本支出976.71万元。"),
    (OPER, "机关运行经费34.89万元，占基本支出的3.57%。"),
    (BASIC, "人员经费741.82万元，占基本支出的95.51%。"),
    (SPEND, "人员经费741.82万元，占基本支出的75.95%。"),
    (SG, "2019年度决算数为3.68万元，比上年减少0.42万元，下降10.24%。"),
    (OPER, "2019年度支出34.89万元，比上年增加2.55万元，增长7.88%。"),
    (FUND, "2019年度本年收入3947.74万元，本年支出3984.99万元，年末结转和结余460.44万元。"),
    ([FISCAL, "（二）一般公共预算财政拨款收支情况"], "本年收入2116.25万元，本年支出2116.25万元。"),
    (GPB, "本年支出合计6451.24万元，其中一般公共预算财政拨款支出2116.25万元，占32.80%。"),
    (GPB, "本年支出6451.24万元，其中一般公共预算财政拨款支出2116.25万元，占32.80%。"),
    (GPB, "2019年度一般公共预算财政拨款支出2116.25万元，主要用于一般公共服务支出（类）1303.58万元，社会保障和就业支出（类）"
          "305.17万元。"),
    (SPEND, "2019年度本年支出合计6451.24万元，主要用于一般公共服务支出（类）1653.58万元。"),
    (SANGONG, "“三公”经费年初预算7.50万元，调整后预算6.00万元，实际支出3.68万元。"),
    (GPB, "一般公共预算财政拨款支出决算总体情况：2019年度一般公共预算财政拨款支出2116.25万元，占本年支出合计的32.80%。"),
    (FUND, "政府性基金预算财政拨款支出决算具体情况：城乡社区支出（类）3984.99万元，占100%。"),
    (SANGONG, "“三公”经费支出决算具体情况：公务接待费1.26万元，占34.24%。"),
    (GPB, "本年支出2116.25万元，比上年减少114.15万元，下降5.12%。"),
    ([SANGONG, "（一）“三公”经费财政拨款支出决算总体情况说明"], "2019年度年初预算为7.50万元，支出决算为3.68万元，完成年初预算的49.07%。"),
    ([SANGONG, "（二）“三公”经费财政拨款支出决算具体情况说明"], "2019年度因公出国（境）费支出0万元，公务用车购置及运行维护费2.42万元，"
     "公务接待费1.26万元。"),
    (BASIC, "2019年度支出776.71万元，其中：人员经费741.82万元，公用经费34.89万元。"),
    (MORE, "本部门2019年度总收入中，财政拨款收入6063.99万元，占94.25%。"),
    (INCOME, "2019年度收入总额6433.99万元，其中：财政拨款收入6063.99万元，事业收入300.00万元。"),
]

# 中央部门 2020/2021 templates on the same mixed tables printed as that year's


def _central(year: int) -> tuple[list, list]:
    y, p = year, year - 1
    pairs = [
        (f"中央{y}：收、支总计各，与{p}年度相比", (OVERALL, f"{y}年度收、支总计各7048.33万元。与{p}年度相比，收、支总计各增加248.33"
         "万元，增长3.65%。"), (OVERALL, f"{y}年度收、支总计各7048.33万元。与{p}年度相比，收、支总计各增加248.33万元，增长6.35%。"),
         "TXT003"),
        (f"中央{y}：本年收入合计其中四项", (INCOME, f"{y}年度本年收入合计6433.99万元，其中：财政拨款收入6063.99万元，占94.25%；事业"
         "收入300.00万元，占4.66%；经营收入50.00万元，占0.78%；其他收入20.00万元，占0.31%。"), (INCOME, f"{y}年度本年收入合计6433.99"
         "万元，其中：财政拨款收入6063.99万元，占94.25%；事业收入300.00万元，占4.66%；经营收入50.00万元，占0.78%；其他收入20.00万元，"
         "占0.13%。"), "TXT011"),
        (f"中央{y}：本年支出合计其中三项", (SPEND, f"{y}年度本年支出合计6451.24万元，其中：基本支出976.71万元，项目支出5424.54万元，"
         "经营支出50.00万元。"), (SPEND, f"{y}年度本年支出合计6451.24万元，其中：基本支出967.71万元，项目支出5424.54万元，经营支出"
         "50.00万元。"), "TXT001+TXT007"),
        (f"中央{y}：财政拨款收、支总计各，与上年", (FISCAL, f"{y}年度财政拨款收、支总计各6598.33万元。与{p}年度相比，财政拨款收、"
         "支总计各增加200.00万元，增长3.13%。"), (FISCAL, f"{y}年度财政拨款收、支总计各6598.33万元。与{p}年度相比，财政拨款收、支总计"
         "各增加200.00万元，增长3.31%。"), "TXT003"),
        (f"中央{y}：一般公共预算支出占本年支出合计", (GPB, f"{y}年度一般公共预算财政拨款支出2116.25万元，占本年支出合计的32.80%。"),
         (GPB, f"{y}年度一般公共预算财政拨款支出2116.25万元，占本年支出合计的34.69%。"), "TXT011"),
        (f"中央{y}：机关运行经费比{p}年度", (OPER, f"{y}年度本部门（含参照公务员法管理的事业单位）机关运行经费支出34.89万元，比{p}年度"
         "增加2.55万元，增长7.88%。"), (OPER, f"{y}年度本部门（含参照公务员法管理的事业单位）机关运行经费支出34.89万元，比{p}年度增加"
         "2.55万元，增长8.78%。"), "TXT003"),
    ]
    never = [
        (OVERALL, f"{p}年度收、支总计各6800.00万元。"),
        (INCOME, f"{y}年度非财政拨款收入370.00万元，比{p}年度增加53.00万元。"),
    ]
    return pairs, never


CENTRAL_YEARS = (2020, 2021)


@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("heldout16")
    right = [r for _n, r, _w, _c in PAIRS] + NEVER_JUDGED
    wrong = [w for _n, _r, w, _c in PAIRS]
    return _findings(tmp, right, "right.xlsx"), _findings(tmp, wrong, "wrong.xlsx")


@pytest.fixture(scope="module")
def central(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("heldout16c")
    out = {}
    for year in CENTRAL_YEARS:
        pairs, never = _central(year)
        out[year] = (_findings(tmp, [r for _n, r, _w, _c in pairs] + never, f"right{year}.xlsx", year),
                     _findings(tmp, [w for _n, _r, w, _c in pairs], f"wrong{year}.xlsx", year))
    return out


def test_the_mixed_tables_are_clean(tmp_path):
    assert_tables_clean(tmp_path, mixed_tables())


def assert_tables_clean(tmp_path, wb):
    """The workbook's tables without its 情况说明 draw no error and no warning."""
    del wb["情况说明"]
    wb.save(tmp_path / "t.xlsx")
    status, findings = check_file(tmp_path / "t.xlsx", Options())
    assert status.status == "checked", status.error
    assert [(f.code, f.message) for f in findings if f.severity.value in ("error", "warning")] == []


def test_batch_is_large_enough():
    central_pairs = sum(len(_central(y)[0]) for y in CENTRAL_YEARS)
    assert len(PAIRS) + central_pairs >= 40 and len(NEVER_JUDGED) >= 10
    assert len({_text(r) for _n, r, _w, _c in PAIRS} | {_text(w) for _n, _r, w, _c in PAIRS}) == 2 * len(PAIRS)


def test_right_and_never_judged_sentences_draw_nothing(judged):
    right, _wrong = judged
    assert dict(right) == {}, f"a right or unjudgeable sentence drew a finding: {dict(right)}"


# wrong ones not found yet (each a recogniser gap, written down here rather than tuned away)
NOT_YET: dict[str, str] = {}


def _expect(n: str, w, c: str, year: int | None = None):
    marks = [pytest.mark.xfail(reason=NOT_YET[n], strict=True)] if n in NOT_YET else []
    return pytest.param(*(() if year is None else (year,)), n, _text(w), c, marks=marks, id=n)


@pytest.mark.parametrize("name,wrong,code", [_expect(n, w, c) for n, _r, w, c in PAIRS])
def test_wrong_sentence_found(judged, name, wrong, code):
    _right, found = judged
    assert codes_found(found, wrong) == sorted(code.split("+")), f"{name}: {wrong} → {found.get(wrong)}"


@pytest.mark.parametrize("year", CENTRAL_YEARS)
def test_central_right_sentences_draw_nothing(central, year):
    assert dict(central[year][0]) == {}, f"a right or unjudgeable sentence drew a finding: {dict(central[year][0])}"


@pytest.mark.parametrize("year,name,wrong,code", [_expect(n, w, c, y) for y in CENTRAL_YEARS for n, _r, w, c in _central(y)[0]])
def test_central_wrong_sentence_found(central, year, name, wrong, code):
    found = central[year][1]
    assert codes_found(found, wrong) == sorted(code.split("+")), f"{name}: {wrong} → {found.get(wrong)}"
