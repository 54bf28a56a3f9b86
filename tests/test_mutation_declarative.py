"""The declarative rule engine (rules/*.toml) at its edges: references, malformed packs, `each` rules, missing
rows, balances and the numbers each finding reports (issue 14: survivors of a mutation run over
engine/declarative.py). Rules are run directly on one recognised clean disclosure (wb.spec())."""

from __future__ import annotations

from decimal import Decimal

import pytest

import wb
from govaudit.engine.context import Context
from govaudit.engine.declarative import DeclarativeRule, Ref, load_packs, resolve


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    return recognize(read_workbook(wb.save(wb.build(wb.spec()), tmp_path_factory.mktemp("decl"))))


def run(disclosure, **spec):
    spec = {"code": "ZZT001", "title": "测试规则", **spec}
    return list(DeclarativeRule(spec, "rules/test.toml").check(disclosure, Context()))


def cells(f):
    return [(loc.sheet, loc.cell) for loc in f.locations]


# ---------------------------------------------------------------- references and malformed rules
@pytest.mark.parametrize("text", ["01:amount", "01::amount", ":income_total:amount", "01:income_total:",
                                  "amount", "", "01:"])
def test_a_reference_needs_three_parts(text):
    with pytest.raises(ValueError, match="表:行:列"):
        Ref.parse(text)


def test_reference_parts():
    assert Ref.parse("01:income.*:amount") == Ref("01", "income.*", "amount")
    assert Ref.parse("01:a:b:amount") == Ref("01", "a:b", "amount")  # the row is everything between
    assert Ref.parse("01:income.*:amount").is_glob and Ref.parse("01:[0-9]:amount").is_glob
    assert Ref.parse("01:2?1:amount").is_glob and not Ref.parse("01:income_total:amount").is_glob


@pytest.mark.parametrize("spec,message", [
    ({"left": ["01:amount"], "right": ["02:total:total"]}, "表:行:列"),
    ({"left": ["01:income_total:amount"], "right": ["02:total"]}, "表:行:列"),
    ({"left": [], "right": ["02:total:total"]}, "left 应为非空"),
    ({"left": ["01:income_total:amount"], "right": []}, "right 应为非空"),
    ({"left": "01:income_total:amount", "right": ["02:total:total"]}, "left 应为非空"),
    ({"left": ["01:income_total:amount"], "right": "02:total:total"}, "right 应为非空"),
    ({"left": ["01:income_total:amount"], "right": [2]}, "right 应为非空"),
    ({"left": ["01:income_total:amount"], "right": ["02:total:total"], "check": "approx"}, "未知的 check"),
    ({"left": ["01:{row}:amount"], "right": ["02:{row}:total"], "each": "02"}, "表:行:列"),
    ({"left": ["01:{row}:amount"], "right": ["02:{row}:total"], "each": ["02:*", "03"]}, "表:行:列"),
    ({"left": ["01:{row}:amount"], "right": ["02:{row}:total"], "each": []}, None),  # empty each: no each
])
def test_malformed_rules_are_refused(spec, message):
    spec = {"code": "ZZT001", "title": "t", **spec}
    if message is None:
        assert DeclarativeRule(spec, "x").each == []
        return
    with pytest.raises(ValueError, match=message):
        DeclarativeRule(spec, "x")


def test_rule_info_carries_the_spec():
    rule = DeclarativeRule({"code": "ZZT002", "title": "t", "left": ["01:a:amount"], "right": ["01:b:amount"],
                            "severity": "warning", "explanation": "  说明 \n", "example": " 例 ", "each": "01:*"},
                           "rules/x.toml")
    info = rule.info
    assert (info.code, info.severity.value, info.explanation, info.example, info.source) == (
        "ZZT002", "warning", "说明", "例", "rules/x.toml")
    assert rule.kind == "equal" and rule.each == ["01:*"]
    two = DeclarativeRule({"code": "ZZT003", "title": "t", "left": ["01:{row}:amount", "04:x:amount"],
                           "right": ["03:y:total", "02:z:total"]}, "x").info
    assert (two.needs, two.needs_any) == (("01",), ("02", "03"))  # the judged table; any table of the right side


def test_load_packs_problems_and_reasons(tmp_path):
    (tmp_path / "a.toml").write_text('rule = 1\n', encoding="utf-8")
    (tmp_path / "b.toml").write_text(
        '[[rule]]\ncode = "ZZT010"\ntitle = "ok"\nleft = ["01:x:amount"]\nright = ["01:y:amount"]\n'
        '[[rule]]\ntitle = "no code"\nleft = ["01:x:amount"]\nright = ["01:y:amount"]\n'
        '[[rule]]\ncode = "ZZT012"\ntitle = "two parts"\nleft = ["01:amount"]\nright = ["01:y:amount"]\n'
        'rule_extra = 1\n', encoding="utf-8")
    (tmp_path / "c.txt").write_text("not a pack", encoding="utf-8")
    problems: list[str] = []
    infos = load_packs(tmp_path, problems)
    assert [i.code for i in infos] == ["ZZT010"]
    assert problems[0] == "规则文件 rules/a.toml 无法读取，其中的规则已全部跳过（“rule” 应为 [[rule]] 数组）。"
    assert problems[1] == "规则文件 rules/b.toml 的第 2 条规则有误，已跳过（缺少 code）。"
    assert problems[2].startswith("规则文件 rules/b.toml 的第 3 条规则（ZZT012）有误，已跳过（单元格引用应为 表:行:列")
    assert len(problems) == 3
    with pytest.raises(ValueError, match="rules/a.toml"):
        load_packs(tmp_path)


def test_a_rule_that_is_not_a_table(tmp_path):
    (tmp_path / "a.toml").write_text('rule = ["x"]\n', encoding="utf-8")
    problems: list[str] = []
    assert load_packs(tmp_path, problems) == []
    assert problems == ["规则文件 rules/a.toml 的第 1 条规则有误，已跳过（不是一个表）。"]


def test_an_unreadable_pack_names_the_reason(tmp_path):
    (tmp_path / "a.toml").mkdir()  # a folder named like a pack cannot be opened
    problems: list[str] = []
    assert load_packs(tmp_path, problems) == []
    assert len(problems) == 1 and problems[0].startswith("规则文件 rules/a.toml 无法读取")
    assert problems[0].endswith("（Is a directory）。")  # the OS's reason, without errno and path


def test_the_built_in_packs_load():
    codes = [i.code for i in load_packs()]
    assert "TBL101" in codes and "XTB001" in codes and len(codes) == len(set(codes))


# ---------------------------------------------------------------- resolve
def test_resolve(clean):
    assert resolve(clean, "99:total:total") is None  # no such table
    assert resolve(clean, "02:no_such_row:total") == []
    assert resolve(clean, "02:total:no_such_column") == []
    got = resolve(clean, "02:2080505:fiscal")
    assert [(c.row.key, c.figure.value) for c in got] == [("2080505", Decimal(50))]
    glob = resolve(clean, "02:208*:total")
    assert [c.row.key for c in glob] == ["208", "20805", "2080505"]
    index: dict = {}
    assert resolve(clean, "03:201:total", index)[0].figure.value == 105
    assert "03" in index and index["03"]["201"].key == "201"
    assert resolve(clean, "03:208:total", index)[0].figure.value == 50  # from the index
    blank = resolve(clean, "02:208:upper")
    assert len(blank) == 1 and blank[0].figure is None  # a printed column, blank: a cell that counts as 0


# ---------------------------------------------------------------- judging
def test_equal_rule_that_holds_reports_nothing(clean):
    assert run(clean, left=["07:final:total"], right=["07:final:abroad", "07:final:car_total",
                                                       "07:final:reception"]) == []


def test_balance_with_two_terms_on_the_left(clean):
    """total − abroad = car_total + reception would hold at 5; written wrong (total + abroad = …) it gives the
    balance formula and the judged cell's implied value."""
    [f] = run(clean, left=["07:final:total", "07:final:abroad"], right=["07:final:car_total", "07:final:reception"])
    assert (f.code, f.severity.value) == ("ZZT001", "error")
    assert (f.expected, f.actual, f.difference) == ("3.00", "7.00", "4.00")
    assert "按 小计 + 公务接待费 − 因公出国(境)费 计算应为 3.00" in f.message
    assert f.message.startswith("公开07表「决算数」合计列：测试规则。")
    assert cells(f) == [("公开07表", "B7"), ("公开07表", "D7"), ("公开07表", "F7"), ("公开07表", "L7")]


def test_le_rule(clean):
    [f] = run(clean, check="le", left=["07:final:total"], right=["07:budget:abroad"])
    assert (f.expected, f.actual, f.difference) == ("3.00", "7.00", "4.00")
    assert "应不超过 3.00（区间 [2.995, 3.005]），实际为 7.00" in f.message
    assert run(clean, check="le", left=["07:final:total"], right=["07:budget:total"]) == []  # 7 ≤ 11
    assert run(clean, check="le", left=["07:final:total"], right=["07:final:total"]) == []  # equal is fine


def test_each_rule_with_rows_the_other_table_does_not_print(clean):
    """01 类 201/208/212/223 against 05 (which prints 201 and 208 only): 212 and 223 are judged as blank."""
    found = run(clean, each="01:[0-9][0-9][0-9]", left=["01:{row}:amount"], right=["05:{row}:total"])
    assert [(f.locations[0].row_label, f.expected, f.actual, f.difference) for f in found] == [
        ("一、一般公共服务支出", "80.00", "105.00", "25.00"),
        ("三、城乡社区支出", "0.00", "28.00", "28.00"),
        ("四、国有资本经营预算支出", "0.00", "9.00", "9.00"),
    ]
    assert "公开05表没有该科目（按空白计）" in found[1].message and "没有" not in found[0].message
    assert cells(found[1]) == [("公开01表", "D8")]  # the missing row has no cell to point at
    assert cells(found[0]) == [("公开01表", "D6"), ("公开05表", "C7")]


def test_each_over_a_list_of_globs(clean):
    found = run(clean, each=["02:2010101", "02:212"], left=["02:{row}:total"], right=["02:{row}:fiscal"])
    assert [(f.locations[0].row_label, f.expected, f.actual) for f in found] == [
        ("2010101 行政运行", "70.00", "90.00")]


def test_each_names_a_missing_labelled_row_as_this_row(clean):
    found = run(clean, each="01:income.business", left=["01:{row}:amount"], right=["04:{row}:amount"])
    [f] = found
    assert "公开04表没有这一行（按空白计）" in f.message and (f.expected, f.actual) == ("0.00", "20.00")


def test_each_over_a_missing_table_reports_nothing(clean):
    assert run(clean, each="99:*", left=["01:{row}:amount"], right=["02:{row}:total"]) == []


def test_missing_judged_row_or_table_is_skipped(clean):
    assert run(clean, left=["01:no_such_row:amount"], right=["02:total:total"]) == []
    assert run(clean, left=["01:income_total:amount"], right=["99:total:total"]) == []
    # outside `each` rules a side whose rows are all missing is not taken for a zero
    assert run(clean, left=["01:income_total:amount"], right=["02:no_such_row:total"]) == []
    # a right side with a later table missing still judges the first (B05 + B06, a department without 基金); one whose
    # first table is missing is skipped: what is printed is only an allowance added to it (s18rev r22, BGX011)
    [f] = run(clean, left=["01:income_total:amount"], right=["02:total:fiscal", "99:total:total"])
    assert (f.expected, f.actual) == ("170.00", "195.00")
    assert run(clean, left=["01:income_total:amount"], right=["99:total:total", "02:total:fiscal"]) == []


def test_judged_column_printed_nowhere_is_skipped(clean):
    assert run(clean, left=["01:income_total:no_such"], right=["02:total:total"]) == []
    assert run(clean, left=["01:income_total:amount"], right=["02:total:no_such", "03:total:no_such"]) == []


def test_both_sides_blank_is_not_judged(clean):
    assert run(clean, left=["02:208:upper"], right=["02:208:operating"]) == []
    [f] = run(clean, left=["02:208:upper"], right=["02:208:fiscal"])  # blank judged cell, 50 on the right
    assert (f.expected, f.actual) == ("50.00", None) and "该单元格为空" in f.message
    assert cells(f) == [("公开02表", "E11"), ("公开02表", "D11")]


def test_where_names_a_column_except_generic_ones(clean):
    [f] = run(clean, left=["02:total:fiscal"], right=["01:income_total:amount"])
    assert f.message.startswith("公开02表「合计」财政拨款收入列：")
    [g] = run(clean, left=["01:income_total:amount"], right=["02:total:fiscal"])
    assert g.message.startswith("公开01表「本年收入合计」：")  # 金额/决算数 is not named


def test_references_are_immutable_values():
    import dataclasses

    ref = Ref.parse("01:income_total:amount")
    assert hash(ref) == hash(Ref("01", "income_total", "amount"))  # cached and used as a key
    with pytest.raises(dataclasses.FrozenInstanceError):
        ref.row = "x"  # type: ignore[misc]


def test_resolve_counts_a_row_without_the_cell_on_its_own_side_only():
    """A row that lacks a cell for a column its side prints is a blank cell of that column; a row of the other
    side (which does not print it) is not part of the reference."""
    from govaudit.model import Disclosure, Row, Table
    from govaudit.model.table import Column

    table = Table(kind="01", title="收入支出决算总表", sheet="S", title_cell="A1",
                  columns=[Column(key="amount", header="决算数", side=0, col=2),
                           Column(key="other", header="决算数", side=1, col=4)],
                  rows=[Row(key="x1", label="甲", side=0, row=3), Row(key="x2", label="乙", side=1, row=3),
                        Row(key="x3", label="丙", side=1, row=4, cells={"amount": None})])
    d = Disclosure(path="t.xlsx", tables={"01": table})
    assert [(c.row.key, c.figure) for c in resolve(d, "01:x*:amount")] == [("x1", None), ("x3", None)]
    assert [c.row.key for c in resolve(d, "01:x*:other")] == ["x2", "x3"]


def test_each_rule_does_not_call_an_unprinted_column_a_missing_row(clean):
    """05 prints no column `no_such`: its references are not rows “missing” from 05 (no note), 02 is judged."""
    found = run(clean, each="01:[0-9][0-9][0-9]", left=["01:{row}:amount"],
                right=["05:{row}:no_such", "02:{row}:total"])
    assert [(f.expected, f.actual) for f in found] == [("30.00", "28.00"), ("10.00", "9.00")]
    assert not any("没有" in f.message for f in found)


def test_balance_terms_named_by_row_when_the_column_is_generic(clean):
    """In 公开01表 every figure is in the 决算数 column: the balance names the rows."""
    [f] = run(clean, left=["01:income_total:amount", "01:income.general:amount"],
              right=["01:income.business:amount"])
    assert "按 五、事业收入 − 一、一般公共预算财政拨款收入 计算应为 -110.00" in f.message
    assert (f.expected, f.actual, f.difference) == ("-110.00", "195.00", "305.00")


def test_uncomputed_formula_on_either_side_skips_the_rule(tmp_path):
    from govaudit.model.disclosure import CellIssue
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    d = recognize(read_workbook(wb.save(wb.build(wb.spec()), tmp_path)))
    spec = dict(left=["07:final:total"], right=["07:budget:abroad"], check="le")
    assert len(run(d, **spec)) == 1
    t = d.tables["07"]
    other = t.location(t.row("budget"), "total")  # not part of the rule
    d.cell_issues.append(CellIssue(kind="formula_without_value", location=other))
    assert len(run(d, **spec)) == 1
    right = t.location(t.row("budget"), "abroad")
    d.cell_issues.append(CellIssue(kind="formula_without_value", location=right))
    assert run(d, **spec) == []
