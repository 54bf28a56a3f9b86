"""Session 11 mutation tests (issue 14) for session 10's checks and recognition: recognize/zeros.py, completeness's
partial publication (CMP001), performance_scores' PRF107 blame and PRF108 evaluation framework, hierarchy by indent.
Each test kills a mutant that survived the session's first mutation run (README “变异测试”); all in memory, fast."""

from __future__ import annotations

from decimal import Decimal

from govaudit.model import Figure, Location, Row, Table
from govaudit.recognize.zeros import settle_zeros


def _fig(v: str, d: int) -> Figure:
    return Figure(value=Decimal(v), decimals=d, source=Location(file="x"))


def _table(*cells: dict) -> Table:
    return Table(kind="07", title="t", sheet="s", title_cell="A1",
                 rows=[Row(key=f"r{i}", label=f"行{i}", row=3 + i, cells=c) for i, c in enumerate(cells)])


def test_a_zero_among_amounts_with_one_decimal_is_exact_to_that_decimal():
    # zeros.py:24 `decimals == 0` → `== 1`: a table printed with one decimal returned before settling its zeros
    t = _table({"a": _fig("2.4", 1), "b": _fig("0", 0)}, {"a": _fig("1.3", 1), "b": _fig("0.0", 1)})
    settle_zeros(t)
    assert t.rows[0].cells["b"].half_unit == Decimal("0.05")  # was ±0.5 as printed
    assert t.rows[1].cells["b"].half_unit == Decimal("0.05")
    assert t.rows[0].cells["a"].half_unit == Decimal("0.05")


def test_the_most_common_count_of_decimals_decides_and_percents_do_not_count():
    t = _table({"a": _fig("2.42", 2), "b": _fig("1.3", 1), "c": _fig("7.1", 1), "d": _fig("0", 0)})
    settle_zeros(t)
    assert t.rows[0].cells["d"].half_unit == Decimal("0.05")
    pct = Figure(value=Decimal("12.50"), decimals=2, percent=True, source=Location(file="x"))
    only_percent = _table({"a": pct, "b": _fig("0", 0)})
    settle_zeros(only_percent)
    assert only_percent.rows[0].cells["b"].half_unit == Decimal("0.5")  # no amount shows decimals: unchanged


def test_a_part_is_one_or_two_of_a_set_of_at_least_five_tables():
    # completeness.py:26 `len(required) >= 5` → `> 5`: a region requiring exactly five tables
    from types import SimpleNamespace

    from govaudit.checks.completeness import partial_publication

    plain = SimpleNamespace(titled_only={})
    five = ["01", "02", "03", "04", "05"]
    assert partial_publication(plain, five, ["01", "02", "03"])  # 2 of 5: a part
    assert not partial_publication(plain, five, ["01", "02"])  # 3 of 5: errors per table
    assert not partial_publication(plain, five[:4], ["01", "02", "03"])  # 1 of 4: too small a set to tell
    assert not partial_publication(SimpleNamespace(titled_only={"02": "title"}), five, ["01", "02", "03"])


def _add_form(d, rate: str, score: str, executed: str, project: str = "劳动监察专项资金", parts: bool = True,
              part_executed: str | None = None, nil: str = "") -> None:
    """test_rate_score_blame's Word form (预算执行率 weight 10), 执行数 `executed` in both 总额 and its 其中 (the
    amounts agree with their breakdown) and the total score the sum of its parts."""
    d.add_paragraph("项目支出绩效自评表")
    d.add_paragraph("（2019年度）")
    d.add_paragraph("填报单位（盖章）：唐山高新技术产业开发区人力资源和社会保障局　　金额单位：万元")
    total = f"{Decimal(87) + Decimal(score):.2f}"
    rows = [
        ["项目名称", project, "", "", "", "", "", ""],
        ["主管部门", "唐山高新区人社局", "", "", "实施单位", "劳动和社会保障监察大队", "", ""],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", "3.00", "3.00", executed, "10", rate, score],
        ["", "其中：当年财政拨款", "3.00", "3.00", part_executed or executed, "—", "—", "—"],
        ["", "上年结转资金", nil, nil, nil, "—", "—", "—"],
        ["", "其他资金", nil, nil, nil, "—", "—", "—"],
        ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
        ["", "宣传劳动保障法律法规。", "", "", "全年开展宣传12次。", "", "", ""],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["", "产出指标", "数量指标", "开展普法宣传次数", "≥10次", "12次", "30", "30"],
        ["", "产出指标", "质量指标", "案件结案率", "≥95%", "98%", "20", "20"],
        ["", "效益指标", "社会效益指标", "欠薪案件下降率", "≥5%", "4%", "30", "27"],
        ["", "满意度指标", "服务对象满意度指标", "劳动者满意度", "≥90%", "92%", "10", "10"],
        ["总分", "", "", "", "", "", "100", total],
    ]
    if not parts:  # the 总额 line alone, no breakdown printed
        rows = [r for r in rows if r[1] not in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
    t = d.add_table(rows=0, cols=8)
    t.style = "Table Grid"
    for r in rows:
        for j, v in enumerate(t.add_row().cells):
            v.text = r[j]


def _findings(d, path) -> list[dict]:
    import json

    from click.testing import CliRunner

    from govaudit.cli import main

    d.save(path)
    r = CliRunner().invoke(main, ["check", str(path), "--format", "json"])
    return [f for f in json.loads(r.output)["findings"] if f["severity"] != "info"]


def _rate_form(path, rate: str, score: str, executed: str, messages: bool = False) -> list:
    import docx

    d = docx.Document()
    _add_form(d, rate, score, executed)
    found = _findings(d, path)
    if messages:
        return [f["message"] for f in found if f["code"] == "PRF107"]
    return sorted(f"{f['code']} {f['severity']}" for f in found)


def test_prf107_blame_boundary_where_the_score_just_fits_the_higher_rate(tmp_path):
    # 执行数 2.90 ÷ 3.00 = 96.67 % (PRF004 against the printed 98.6 %); the printed 98.6 % allows up to 98.65 % × 10
    # = 9.865, and a score 9.87 (9.865–9.875) just touches it: the form cannot tell which is wrong, a warning
    # (performance_scores.py:277 `<=` → `<`, `score - half` → `+`); 9.88 is over both: an error
    assert _rate_form(tmp_path / "a.docx", "98.6%", "9.87", "2.90") == ["PRF004 error", "PRF107 warning"]
    assert _rate_form(tmp_path / "b.docx", "98.6%", "9.88", "2.90") == ["PRF004 error", "PRF107 error"]


def test_prf107_warning_names_the_higher_of_the_two_rates(tmp_path):
    # performance_scores.py:282 `other.how == "shown"` → `!=`: which rate the score fits, said in the message
    (shown,) = _rate_form(tmp_path / "a.docx", "98.6%", "9.87", "2.90", messages=True)
    assert shown == ("绩效自评表「劳动监察专项资金」：预算执行率得分 9.87：按执行数 ÷ 预算数 = 96.67%最多得 9.67 分，按表中执行率 98.6%则不超过上限。"
                     "表中执行率与执行数 ÷ 预算数不一致（PRF004），请先核对二者，再核对得分。")
    (computed,) = _rate_form(tmp_path / "b.docx", "96.6%", "9.87", "2.96", messages=True)
    assert computed.startswith("绩效自评表「劳动监察专项资金」：预算执行率得分 9.87：按表中执行率 96.6%最多得 9.66 分，按执行数 ÷ 预算数 = 98.67%则不超过上限。")


def test_prf107_second_form_after_a_warned_one_is_still_judged(tmp_path):
    # performance_scores.py:287 `continue` → `break`: after the first form's warning the second form's score over
    # its rate (2.96 ÷ 3.00 = 98.67 % printed alike; 10.00 > 9.87) is still an error
    import docx

    d = docx.Document()
    _add_form(d, "98.6%", "9.87", "2.90")
    d.add_page_break()
    _add_form(d, "98.67%", "10.00", "2.96", project="劳动保障宣传专项资金")
    got = [(f["severity"], f["message"].split("：")[0]) for f in _findings(d, tmp_path / "two.docx")
           if f["code"] == "PRF107"]
    assert got == [("warning", "绩效自评表「劳动监察专项资金」"), ("error", "绩效自评表「劳动保障宣传专项资金」")]


def test_txt001_shows_a_four_decimal_table_figures_interval_one_place_finer(tmp_path):
    # narrative.py:79 `table.decimals + 1` → `- 1`: a 万元 figure printed with 4 decimals (3.7012) shows its interval
    # to 5 places, not 3 (where both ends would print 3.701)
    import json
    from pathlib import Path

    import openpyxl
    from click.testing import CliRunner

    from govaudit.cli import main

    sample = Path(__file__).resolve().parent.parent / "samples" / "情况说明与公开表-2019-无误.xlsx"
    wb = openpyxl.load_workbook(sample)
    cell = next(c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value == 3.68)  # 07 决算 合计
    cell.value, cell.number_format = 3.7012, "0.0000"
    wb.save(tmp_path / "t.xlsx")
    r = CliRunner().invoke(main, ["check", str(tmp_path / "t.xlsx"), "--format", "json", "--select", "TXT001"])
    # (the 增减 said against the 预算数 may draw its own TXT001 too: not this test's concern)
    (f,) = [f for f in json.loads(r.output)["findings"] if f["message"].startswith("文中“三公经费支出")]
    assert f["message"] == ("文中“三公经费支出3.68万元”与公开07表「决算数」不符：表中为 3.7012（区间 [3.70115, 3.70125]），"
                            "文中为 3.68（区间 [3.675, 3.685]），相差 -0.02。")


def test_prf107_blame_on_a_form_printing_no_breakdown(tmp_path):
    # performance_scores.py:360 `return True` → `None`/`False` (_totals_add_up): a 总额 with no 其中 lines has nothing
    # to disagree with, so the rate and the amounts stay equally in doubt: a warning, as with a matching breakdown
    import docx

    d = docx.Document()
    _add_form(d, "98.6%", "9.87", "2.90", parts=False)
    got = sorted(f"{f['code']} {f['severity']}" for f in _findings(d, tmp_path / "a.docx"))
    assert got == ["PRF004 error", "PRF107 warning"]


def test_prf107_stays_an_error_when_a_fully_printed_breakdown_disagrees_with_its_total(tmp_path):
    # performance_scores.py:363 `is not None` → `is` (_totals_add_up): every 其中 line printed (0.00 for the empty
    # ones) and 执行数 总额 3.00 where they add up to 2.96 (PRF001): the rate is the one to trust, PRF107 an error
    import docx

    d = docx.Document()
    _add_form(d, "98.67%", "10.00", "3.00", part_executed="2.96", nil="0.00")
    got = sorted(f"{f['code']} {f['severity']}" for f in _findings(d, tmp_path / "a.docx"))
    assert got == ["PRF001 error", "PRF004 error", "PRF107 error"]
