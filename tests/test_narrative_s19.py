"""Session 19 (s19text) fixes of the 决算 narrative, each right and wrong on session 17's tables (tests/test_narrative_heldout17.py
`tables17`, printed as 2022: 公开05表 208 05 05 养老保险缴费 61.83, 208 05 06 职业年金 46.42, 208 01 01 行政运行 123.46, 208 07 99
其他就业补助支出 73.46, 210 11 行政事业单位医疗 80.19 = 2101101 行政单位医疗 80.19, 201 10 01 行政运行 412.35, 201 10 02 一般行政
管理事务 186.42; 公开03表 项目支出 5424.54 of 本年支出合计 6451.24; 公开01表 事业收入 300.00 of 本年收入合计 6463.99; 公开07表
公务接待费 1.26): the right sentence draws nothing, the wrong one the codes named. Every wrong one drew nothing (or not these codes)
on main 8763874.

- a second 科目 after “；” (s18rev r20; r19 for a 款 and its 项): a full 类/款/项, a 款 and its 项 of the 类 before, a 项 alone of
  the 款 before (recognize/claims._item_pieces); a 项 whose figures follow its budget clause (“…（项）年初预算60.00万元，支出决算
  61.83万元”, claims._item_actual);
- a second 款 of the 类 after a comma (“节能环保支出中，A（款）X万元，B（款）Y万元”, s18rev r19: claims._sibling_item) and a
  “类中，款（款）项（项）” sentence after another sentence of its paragraph (s18rev r5);
- a 项 named after its 款 without “（项）” (s18rev r13's kind: claims._unmarked_xiang);
- a 元 amount in a short line under a heading below the tables on their sheet (s18rev r8: recognize/disclosure._SENTENCE_AMOUNT,
  a one-line hook in s19layout's file);
- vehicle kinds listed after a count adding up to more than it (s18rev r10: checks/narrative_parts.vehicle_counts, TXT007);
- a 款's amount and its 项 listed after it in its sentence: more than it, or less where they name every 项 row the table
  prints under it (checks/narrative_parts.item_parts_add_up, TXT007; the strict xfail “海南：款其中两项” of heldout14);
- a share “占比为X%” naming no whole of a department part of 本年收入合计/本年支出合计 (checks/narrative_parts.bare_share_whole).
"""

from __future__ import annotations

import pytest
from test_narrative_heldout11 import _text
from test_narrative_heldout14 import codes_found
from test_narrative_heldout17 import _findings, _pair, tables17

from govaudit.pipeline import Options, check_file

GPB = "五、一般公共预算财政拨款支出决算情况"
ITEMS = [GPB, "（三）一般公共预算财政拨款支出决算具体情况"]
ASSET = ["十、其他重要事项的情况说明", "（三）国有资产占用情况"]

PAIRS = [_pair(*p) for p in [
    ("；后同款的项", ITEMS, "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）年初预算60.00"
     "万元，支出决算61.83万元；机关事业单位职业年金缴费支出（项）年初预算50.00万元，支出决算46.42万元。", "46.42", "44.62",
     "TXT001"),
    ("项的年初预算分句之后的决算", ITEMS, "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）"
     "年初预算50.00万元，支出决算46.42万元。", "46.42", "46.24", "TXT001"),
    ("；后同类的款及其项", ITEMS, "社会保障和就业支出（类）人力资源和社会保障管理事务（款）行政运行（项）支出决算123.46万元；"
     "就业补助（款）其他就业补助支出（项）支出决算73.46万元。", "73.46", "37.46", "TXT001"),
    ("；后完整的类款项", ITEMS, "一般公共服务支出（类）人力资源事务（款）行政运行（项）决算数为412.35万元，比年初预算数420.00万元"
     "减少7.65万元；社会保障和就业支出（类）就业补助（款）其他就业补助支出（项）决算数为73.46万元，比年初预算数70.00万元增加3.46"
     "万元。", "增加3.46", "增加4.36", "TXT001"),
    ("逗号后同类的另一款", ITEMS, "社会保障和就业支出中，人力资源和社会保障管理事务（款）123.46万元，就业补助（款）73.46万元。",
     "就业补助（款）73.46", "就业补助（款）74.36", "TXT001"),
    ("段中另一句的类中款项", ITEMS, "一般公共预算财政拨款支出2116.25万元。社会保障和就业支出中，行政事业单位养老支出（款）机关事业"
     "单位基本养老保险缴费支出（项）61.83万元，机关事业单位职业年金缴费支出（项）46.42万元。", "61.83", "68.13", "TXT001"),
    ("款后无（项）的项名", ITEMS, "卫生健康支出（类）行政事业单位医疗（款）行政单位医疗年初预算82.00万元，支出决算80.19万元。",
     "80.19", "81.09", "TXT001"),
    ("车辆各类之和大于总数", ASSET, "截至2022年12月31日，本部门共有车辆3辆，其中：机要通信用车1辆、应急保障用车1辆、执法执勤用车"
     "1辆。", "执法执勤用车1辆", "执法执勤用车2辆", "TXT007"),
    ("款其中所列各项之和", ITEMS, "住房保障支出（类）住房改革支出（款）52.45万元，其中：住房公积金（项）35.24万元，购房补贴（项）"
     "17.21万元。", "52.45", "54.25", "TXT001+TXT007"),
    ("款其中所列一项大于款", ITEMS, "社会保障和就业支出（类）就业补助（款）73.46万元，其中：其他就业补助支出（项）73.46万元。",
     "（项）73.46", "（项）74.36", "TXT001+TXT007"),
    ("项目支出占比为", "三、支出决算情况", "项目支出5424.54万元，占比为84.09%。", "84.09%", "80.49%", "TXT011"),
    ("事业收入占", "二、收入决算情况", "事业收入300.00万元，占4.64%，主要是技术服务收入。", "4.64%", "6.44%", "TXT011"),
]]

NEVER_JUDGED = [
    (ASSET, "公务用车保有量3辆，其中：一般公务用车2辆、执法执勤用车1辆，本年新增2辆、报废处置2辆。"),
    (ASSET, "本部门共有车辆5辆，其中：一般公务用车2辆、执法执勤用车1辆（含新能源用车1辆）。"),
    ("四、财政拨款收入支出决算总体情况", "本年财政拨款收入6063.99万元，占91.90%。"),
    (ITEMS, "行政运行（项）支出决算数小于年初预算数；其他就业补助支出（项）决算数大于年初预算数，主要是追加就业见习补贴。"),
    (ITEMS, "一般公共服务支出（类）人力资源事务（款）主要用于人才工作，支出决算1303.58万元。"),
    (ITEMS, "一般公共服务支出（类）人力资源事务（款）1303.58万元，其中：行政运行（项）412.35万元，一般行政管理事务（项）186.42万元。"),
]


@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("s19text")
    right = [r for _n, r, _w, _c in PAIRS] + NEVER_JUDGED
    return _findings(tmp, right, "right.xlsx", 2022), _findings(tmp, [w for _n, _r, w, _c in PAIRS], "wrong.xlsx", 2022)


def test_right_sentences_draw_nothing(judged):
    assert dict(judged[0]) == {}


@pytest.mark.parametrize("name,wrong,code", [pytest.param(n, _text(w), c, id=n) for n, _r, w, c in PAIRS])
def test_wrong_sentence_found(judged, name, wrong, code):
    assert codes_found(judged[1], wrong) == sorted(code.split("+")), f"{name}: {judged[1].get(wrong)}"


@pytest.mark.parametrize("amount,codes", [("12600.00", []), ("12700.00", ["TXT001"])])
def test_a_short_line_in_yuan_below_the_tables_is_read(tmp_path, amount, codes):
    """The 说明 on the tables' sheet below them (s18rev r8): a short line whose amount is in 元 under a heading of its own."""
    wb = tables17(2022)
    del wb["情况说明"]
    ws = wb["公开06-09表"]
    for line in ("十、其他重要事项的情况说明", "本部门2022年度机关运行经费支出34.89万元，比上年减少0.61万元，下降1.72%，主要是压减"
                 "会议费。", "十一、补充说明", f"公务接待费{amount}元，全部为国内公务接待。"):
        ws.cell(ws.max_row + 2, 1, line)
    wb.save(tmp_path / "t.xlsx")
    status, findings = check_file(tmp_path / "t.xlsx", Options(select=["TXT0"]))
    assert status.status == "checked"
    assert sorted(f.code for f in findings if f.severity.value in ("error", "warning")) == codes
