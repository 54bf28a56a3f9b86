"""Layouts a little different from the samples (found with tools/perturb.py): the clean file stays clean, the
faulty file gives exactly the errors of the untouched sample, at the same row and column."""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import load_workbook

from govaudit.pipeline import Options, check_file

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def defects(path: Path) -> list[tuple]:
    status, findings = check_file(path, Options())
    assert status.status == "checked", status.error

    def norm(s):
        return re.sub(r"\s+", "", s) if s else s
    return sorted((f.code, f.severity.value, f.table, norm(f.locations[0].row_label), norm(f.locations[0].col_label))
                  for f in findings if f.severity.value != "info")


def rewrite(src: Path, out: Path, change) -> Path:
    wb = load_workbook(src)
    change(wb)
    wb.save(out)
    return out


def headings_under(sheet_name: str):
    """Narrative headings a few rows under the sheet's last table (a 情况说明 on the table's own sheet)."""
    def change(wb):
        ws = wb[sheet_name]
        r = ws.max_row + 3
        ws.cell(row=r, column=1, value="其他相关情况说明")
        ws.cell(row=r + 2, column=1, value="一、2026年“三公”经费预算情况说明")
        ws.cell(row=r + 3, column=1, value="填报人：张三")
        ws.cell(row=r + 3, column=3, value="联系电话：12345678")
    return change


SANGONG_SHEET = "部门“三公”经费和机关运行费预算表"


def test_headings_under_a_one_row_budget_table_are_no_rows(tmp_path):
    clean = rewrite(SAMPLES / "预算公开表-2026-上海部门-无误.xlsx", tmp_path / "clean.xlsx", headings_under(SANGONG_SHEET))
    assert defects(clean) == []
    src = SAMPLES / "预算公开表-2026-上海部门-有误.xlsx"
    faulty = rewrite(src, tmp_path / "faulty.xlsx", headings_under(SANGONG_SHEET))
    found = defects(faulty)
    assert found == defects(src)
    assert any(d[0] == "BGT901" for d in found)  # the 三公 table's own error is still judged


def merges_written_out(wb):
    """Every merged range undone and its value repeated in each of its cells, as some exports and converters do."""
    for ws in wb.worksheets:
        for rng in list(ws.merged_cells.ranges):
            value = ws.cell(row=rng.min_row, column=rng.min_col).value
            ws.unmerge_cells(str(rng))
            for row in ws.iter_rows(min_row=rng.min_row, max_row=rng.max_row, min_col=rng.min_col, max_col=rng.max_col):
                for cell in row:
                    cell.value = value


def test_form_with_merged_cells_written_out(tmp_path):
    clean = rewrite(SAMPLES / "绩效自评表-四川式-无误.xlsx", tmp_path / "clean.xlsx", merges_written_out)
    assert defects(clean) == []
    src = SAMPLES / "绩效自评表-四川式-有误.xlsx"
    found = defects(rewrite(src, tmp_path / "faulty.xlsx", merges_written_out))
    assert found == defects(src)  # same rules, same form (its 项目名称 read once, not three times), same rows


def merges_undone(wb):
    """Every merged range undone, its value left in its first cell only (a header group over its first column)."""
    for ws in wb.worksheets:
        for rng in list(ws.merged_cells.ranges):
            ws.unmerge_cells(str(rng))


def test_unmerged_group_headers_name_every_column_under_them(tmp_path):
    # 公开07表 2024: '因公出国（境）费' over 预算数 | 决算数, now over 预算数 only; the 决算数 column is still its own
    clean = rewrite(SAMPLES / "决算公开表-2024-上海式-无误.xlsx", tmp_path / "clean.xlsx", merges_undone)
    assert defects(clean) == []
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    t07 = recognize(read_workbook(clean)).tables["07"]
    assert [r.key for r in t07.rows] == ["budget", "final"]
    final = next(r for r in t07.rows if r.key == "final")
    assert final.cells["abroad"].value == 0 and final.cells["reception"].value > 0  # each 决算数 under its own item
    src = SAMPLES / "决算公开表-2024-上海式-有误.xlsx"
    found = defects(rewrite(src, tmp_path / "faulty.xlsx", merges_undone))
    assert found == defects(src)
    assert ("TBL701", "error", "公开07表", "决算数", "合计") in found


def test_title_scope_reads_past_the_tables_number():
    from govaudit.recognize.budget_specs import title_scope

    assert title_scope("表12026年单位收入预算总表") == "单位"  # '表1 2026年…' with its space normalised away
    assert title_scope("表112026年部门财务收支预算总表") == "部门"
    assert title_scope("附表3:2026年部门支出预算总表") == "部门"
    assert title_scope("表十一2026年预算单位收入预算总表") == "单位"
    assert title_scope("收入预算总表") is None


def cumulative_codes(wb):
    """类 | 款 | 项 columns that print the whole code so far (208 | 20805 | 2080505), as some exports do."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for i, cell in enumerate(row[:-2]):
                lei, kuan, xiang = (c.value for c in row[i:i + 3])
                if isinstance(lei, str) and re.fullmatch(r"\d{3}", lei) and isinstance(kuan, str) \
                        and re.fullmatch(r"\d{2}", kuan):
                    row[i + 1].value = lei + kuan
                    if isinstance(xiang, str) and re.fullmatch(r"\d{2}", xiang):
                        row[i + 2].value = lei + kuan + xiang


def test_split_code_columns_printing_the_whole_code(tmp_path):
    src = SAMPLES / "决算公开表-2019-中央式-有误.xlsx"
    found = defects(rewrite(src, tmp_path / "faulty.xlsx", cumulative_codes))
    assert found == defects(src)  # '20801 人力资源和社会保障管理事务', not '20820801'
    assert ("TBL001", "error", "公开02表", "20801人力资源和社会保障管理事务", "本年收入合计") in found
    clean = rewrite(SAMPLES / "决算公开表-2019-中央式-无误.xlsx", tmp_path / "clean.xlsx", cumulative_codes)
    assert defects(clean) == []


def reworded(words: dict):
    """Cells holding exactly one of `words` (after its 一、 numbering) written in another region's words."""
    def change(wb):
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    if isinstance(cell.value, str):
                        m = re.fullmatch(r"([一二三四五六七八九十]+、)?(.*)", cell.value.strip())
                        if m.group(2) in words:
                            cell.value = (m.group(1) or "") + words[m.group(2)]
    return change


OTHER_WORDS = {"年初结转和结余": "年初结转结余", "年末结转和结余": "年末结转结余",
               "基本支出": "基本支出合计", "项目支出": "项目支出合计"}


def test_other_regions_words_for_rows_and_columns(tmp_path):
    # 年初结转结余 (no 和) is the 01 表's 年初结转和结余; a 基本支出合计 column is 基本支出, not the row's 合计
    clean = rewrite(SAMPLES / "决算公开表-2024-上海式-无误.xlsx", tmp_path / "clean.xlsx", reworded(OTHER_WORDS))
    assert defects(clean) == []
    src = SAMPLES / "决算公开表-2024-上海式-有误.xlsx"
    found = defects(rewrite(src, tmp_path / "faulty.xlsx", reworded(OTHER_WORDS)))
    assert [d[:4] for d in found] == [d[:4] for d in defects(src)]  # same rules, tables and rows
    assert ("TBL001", "error", "公开05表", "合计", "基本支出合计") in found
