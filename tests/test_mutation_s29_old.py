"""Issue 14, session 29 (mut): the old open survivors — checks/budget_text.py line 43 (a 预算 share whose whole the
rules do not know) and checks/narrative_common.TableValue.cell lines 184/193 (which table figures name their column)."""

from __future__ import annotations

from test_mutation_narrative_s6 import brief, run, sample

from govaudit.checks.narrative_common import TableValue

BUDGET = "预算公开表-2026-上海部门-无误.xlsx"  # 财政拨款收入 2,082.33 of 收支预算总计 2,129.93 万元 (97.77 %)
FINAL = "决算公开表-2019-中央式-无误.xlsx"


def test_a_budget_share_of_a_whole_the_rules_do_not_know_is_not_judged():
    """'占专项资金的50%': a whole rules/narrative.toml does not name has no table figure: not judged, nothing raised
    (budget_table_part line 43: any one of its five reasons sets the share aside); of a known whole it still is."""
    d = sample(BUDGET)
    for said in ("财政拨款收入占专项资金的50%。", "基本支出占部门专项资金的60%。", "项目支出占项目经费的40%。",
                 "财政拨款收入占上年收入预算的50%。"):
        assert run([said], d) == [], said
    assert brief(run(["财政拨款收入占收入合计的50%。"], d)) == [("TXT011", "98%", "50%")]


def _sanshi():
    d = sample(FINAL)
    table = d.tables["07"]
    row = next(r for r in table.rows if r.key == "budget")
    return table, row


def test_a_figure_made_of_several_cells_is_named_by_its_table_and_rows_only():
    """TableValue.cell (line 184): a sum of several cells (a province's narrative.toml may add two columns) names no
    column — the first cell's column would name a part as the whole; one cell of a column not the total names it."""
    table, row = _sanshi()
    one = TableValue([row.cells["reception"]], table, "公开07表「预算数」", row.cells["reception"].source)
    assert one.cell == "公开07表「预算数」「公务接待费」列"
    two = TableValue([row.cells["reception"], row.cells["abroad"]], table, "公开07表「预算数」",
                     row.cells["reception"].source)
    assert two.cell == "公开07表「预算数」"


def test_a_column_headed_only_by_row_words_is_not_named():
    """A 公开07表 printed on one line whose column heads kept only '预算数' (the row says it): the heading names
    nothing, so the label stands alone, never a column called None (line 193)."""
    table, row = _sanshi()
    columns = [c.model_copy(update={"header": "预算数"}) if c.key == "reception" else c for c in table.columns]
    bare = table.model_copy(update={"columns": columns})
    tv = TableValue([row.cells["reception"]], bare, "公开07表「预算数」", row.cells["reception"].source)
    assert tv.cell == "公开07表「预算数」"
