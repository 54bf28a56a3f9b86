"""Layouts a generator of test disclosures (or another region's year) plausibly produces, found with
tools/perturb.py's session-5 variants (`--s5`): the clean file stays clean, the faulty one keeps its errors at the
same row and column."""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import load_workbook

from govaudit.pipeline import Options, check_file
from govaudit.readers import read_workbook
from govaudit.recognize.disclosure import recognize

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def defects(path: Path, relabel=lambda s: s) -> list[tuple]:
    status, findings = check_file(path, Options())
    assert status.status == "checked", status.error

    def norm(s):
        return relabel(re.sub(r"\s+", "", s)) if s else s
    return sorted(((f.code, f.severity.value, f.table, norm(f.locations[0].row_label), norm(f.locations[0].col_label))
                   for f in findings if f.severity.value != "info"), key=lambda k: tuple(v or "" for v in k))


def rewrite(src: Path, out: Path, change) -> Path:
    wb = load_workbook(src)
    change(wb)
    wb.save(out)
    return out


def signed_off(wb):
    """Under each sheet's last row the form's sign-off: 负责人 and 填表人 spread over the figure columns, a date."""
    for ws in wb.worksheets:
        r = ws.max_row + 1
        ws.cell(row=r, column=1, value="单位负责人：张三")
        ws.cell(row=r, column=3, value="财务负责人：李四")
        ws.cell(row=r, column=5, value="填表人：王五")
        ws.cell(row=r + 1, column=1, value="联系电话：")
        ws.cell(row=r + 1, column=2, value=5776000)
        ws.cell(row=r + 1, column=4, value="报送日期：2020年5月20日")


def test_sign_off_rows_under_the_tables_are_no_rows(tmp_path):
    # they were read as 科目 rows whose figure cells hold text: CEL001 on every table
    for pair in ("决算公开表-2024-上海式", "预算公开表-2026-上海部门"):
        clean = rewrite(SAMPLES / f"{pair}-无误.xlsx", tmp_path / "clean.xlsx", signed_off)
        assert defects(clean) == []
        src = SAMPLES / f"{pair}-有误.xlsx"
        assert defects(rewrite(src, tmp_path / "faulty.xlsx", signed_off)) == defects(src)


def test_sign_off_row_is_told_from_a_row_of_figures():
    from govaudit.readers.base import Cell
    from govaudit.recognize.tables import is_note, is_sign_off

    def row(*values):
        return [Cell(row=9, col=i, value=v) for i, v in enumerate(values, 1) if v is not None]

    assert is_sign_off(row("单位负责人：张三", None, "财务负责人：李四", "填表人：王五"))
    assert is_sign_off(row("联系电话：", 5776000, "报送日期：2020年5月20日"))
    assert is_note(row("制表人:王五"))
    assert not is_sign_off(row("合计", 12.5))
    assert not is_sign_off(row("单位负责人：张三", 12.5))  # a figure after a filled field is no sign-off value
    assert not is_sign_off(row("2010101", "行政运行", 12.5))
    assert not is_sign_off(row("负责人员经费", 3.2))  # no colon: a row's label


def year_bands(wb):
    """公开07表's 预算数 / 决算数 bands printed with the year: '2019年预算数', '2019年决算数'."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.strip() in ("预算数", "决算数") \
                        and sum(1 for c in row if c.value is not None) == 1:
                    cell.value = "2019年" + cell.value.strip()


def test_sanshi_bands_named_with_the_year(tmp_path):
    # the band under the 部门 line was read as a year line: both blocks became 决算数, the 预算数 figures compared with
    # the 情况说明's 决算 amounts (three false TXT001)
    clean = rewrite(SAMPLES / "情况说明与公开表-2019-无误.xlsx", tmp_path / "clean.xlsx", year_bands)
    assert defects(clean) == []
    t07 = recognize(read_workbook(clean)).tables["07"]
    rows = {r.key: r for r in t07.rows}
    assert set(rows) == {"budget", "final"}
    assert str(rows["budget"].cells["total"].value) == "7.50" and str(rows["final"].cells["total"].value) == "3.68"
    src = SAMPLES / "决算公开表-2019-中央式-有误.xlsx"
    assert defects(rewrite(src, tmp_path / "faulty.xlsx", year_bands)) == defects(src)


def xiaoji(wb):
    """'本年收入小计' / '本年支出小计' for 本年收入合计 / 本年支出合计 (rows and headings)."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.strip() in ("本年收入合计", "本年支出合计"):
                    cell.value = cell.value.strip().replace("合计", "小计")


def test_income_and_expense_subtotal_rows(tmp_path):
    # 01/04: '本年收入小计' was no row of the table: 总计 ≠ 本年收入 + 年初 (TBL103/104, TBL40x) on a clean file
    clean = rewrite(SAMPLES / "决算公开表-2024-上海式-无误.xlsx", tmp_path / "clean.xlsx", xiaoji)
    assert defects(clean) == []
    t01 = recognize(read_workbook(clean)).tables["01"]
    assert t01.row("income_total").label == "本年收入小计" and t01.row("expense_total").label == "本年支出小计"
    src = SAMPLES / "决算公开表-2024-上海式-有误.xlsx"
    found = defects(rewrite(src, tmp_path / "faulty.xlsx", xiaoji), lambda s: s.replace("小计", "合计"))
    assert found == defects(src)


def wrapped_names(wb):
    """A 绩效自评表's project name wrapped in its cell by a typed line break."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for i, cell in enumerate(row[:-1]):
                if isinstance(cell.value, str) and cell.value.strip() == "项目名称":
                    name = next((c for c in row[i + 1:] if isinstance(c.value, str) and c.value.strip()), None)
                    if name is not None and len(name.value) >= 4:
                        name.value = name.value[:4] + "\n" + name.value[4:]


def test_project_name_wrapped_in_its_cell(tmp_path):
    src = SAMPLES / "绩效自评表-河北式-有误.xlsx"
    found = defects(rewrite(src, tmp_path / "faulty.xlsx", wrapped_names))
    assert found == defects(src)  # every finding headed by the name on one line ('就业扶持专项资金')
    assert any(f[2] == "就业扶持专项资金" for f in found)


def sides_stacked(wb):
    """公开01表 on a narrow page: the 支出 side (band, header and rows) printed under the 收入 side, in the same two
    columns; the title and the note narrowed to them."""
    ws = wb["01收支总表"]
    for rng in list(ws.merged_cells.ranges):
        ws.unmerge_cells(str(rng))
    last = max(r for r in range(1, ws.max_row + 1) if ws.cell(row=r, column=3).value is not None)  # 总计
    note = ws.cell(row=last + 1, column=1).value
    ws.cell(row=last + 1, column=1).value = None
    shift = last - 3 + 2
    for r in range(3, last + 1):
        for c in (3, 4):
            cell = ws.cell(row=r, column=c)
            ws.cell(row=r + shift, column=c - 2).value = cell.value
            ws.cell(row=r + shift, column=c - 2).number_format = cell.number_format
            cell.value = None
    ws.cell(row=last + shift + 1, column=1).value = note


def test_two_sided_table_with_its_expense_side_under_its_income_side(tmp_path):
    # the 支出 rows were read as unnamed 收入 rows: no 01 expense rule judged anything (silent)
    clean = rewrite(SAMPLES / "决算公开表-2024-上海式-无误.xlsx", tmp_path / "clean.xlsx", sides_stacked)
    assert defects(clean) == []
    t01 = recognize(read_workbook(clean)).tables["01"]
    keys = {(r.side, r.key) for r in t01.rows}
    assert {(1, "201"), (1, "expense_total"), (1, "end_balance"), (1, "expense_grand_total"),
            (0, "income_total"), (0, "income_grand_total")} <= keys
    assert not any(k.startswith("label:") for _s, k in keys)
    src = SAMPLES / "决算公开表-2024-上海式-有误.xlsx"
    assert defects(rewrite(src, tmp_path / "faulty.xlsx", sides_stacked)) == defects(src)

    def wrong_expense_total(wb):
        sides_stacked(wb)
        ws = wb["01收支总表"]
        cell = next(row[1] for row in ws.iter_rows() if row[0].value == "本年支出合计")
        cell.value += 1
    found = defects(rewrite(SAMPLES / "决算公开表-2024-上海式-无误.xlsx", tmp_path / "wrong.xlsx", wrong_expense_total))
    assert ("TBL102", "error", "公开01表", "本年支出合计", "决算数") in found  # 本年支出合计 ≠ Σ 类: the 支出 side judged


def code_dash_name(wb):
    """'2080505-机关事业单位基本养老保险缴费支出' in the code cell (code and name joined by a dash), the name cell empty."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for code, name in zip(row, row[1:]):
                if isinstance(code.value, str) and re.fullmatch(r"\d{3}(\d{2}){0,2}", code.value) \
                        and isinstance(name.value, str) and name.value.strip():
                    code.value, name.value = f"{code.value}-{name.value.strip()}", None


def test_code_and_name_joined_by_a_dash(tmp_path):
    # the row was '2011001' named '-行政运行'
    src = SAMPLES / "决算公开表-2024-上海式-有误.xlsx"
    faulty = rewrite(src, tmp_path / "faulty.xlsx", code_dash_name)
    assert defects(faulty) == defects(src)
    t03 = recognize(read_workbook(faulty)).tables["03"]
    row = next(r for r in t03.rows if r.code == "2011001")
    assert row.label == "行政运行"
    clean = rewrite(SAMPLES / "决算公开表-2024-上海式-无误.xlsx", tmp_path / "clean.xlsx", code_dash_name)
    assert defects(clean) == []


def test_sign_off_is_no_note_explaining_an_empty_table(tmp_path):
    # a name holding 无 ('王无忌') under an empty table whose only note says what the table shows: still CMP002
    def change(wb):
        ws = wb["09国有资本"]
        note = next(c for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("注"))
        note.value = "注：本表反映部门本年度国有资本经营预算财政拨款收入、支出及结转和结余情况。"
        ws.cell(row=note.row + 1, column=1, value="填表人：王无忌")
    found = defects(rewrite(SAMPLES / "决算公开表-2024-上海式-无误.xlsx", tmp_path / "empty.xlsx", change))
    assert [f[:3] for f in found] == [("CMP002", "error", "公开09表")]
