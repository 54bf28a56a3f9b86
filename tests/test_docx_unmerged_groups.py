"""A Word table whose group headers are not merged (a table pasted from a workbook that centred its groups across the
columns instead of merging them, or drawn cell by cell): '本年支出' stands in its group's first cell, the cells beside
it are empty. As in a workbook, the group covers the sub-columns beside it (found with tools/perturb.py --docx-paragraphs
'merges undone': 公开07表's 决算数 columns were not read and its TBL701 was missed, issue 9)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from docx import Document

from govaudit.pipeline import Options, check_file
from govaudit.readers import read_workbook
from govaudit.recognize.disclosure import recognize


def _docx(tmp_path: Path, name: str, rows: list[list[object]]) -> Path:
    doc = Document()
    doc.add_paragraph("支出决算表")
    doc.add_paragraph("部门：某区测试局　单位：万元")
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            if value is not None:
                table.cell(i, j).text = str(value)
    path = tmp_path / name
    doc.save(path)
    return path


def _rows(project_201: str) -> list[list[object]]:
    return [["项目", None, "本年支出", None, None, None],
            ["科目编码", "科目名称", "合计", "基本支出", None, "项目支出"],
            [None, None, None, "人员经费", "公用经费", None],
            [None, "合计", "30.00", "6.00", "4.00", "20.00"],
            ["201", "一般公共服务支出", "30.00", "6.00", "4.00", project_201]]


def test_unmerged_group_heads_in_a_word_table_cover_their_sub_columns(tmp_path):
    t = recognize(read_workbook(_docx(tmp_path, "无误.docx", _rows("20.00")))).tables["03"]
    assert [(c.key, c.header) for c in t.columns] == [
        ("total", "本年支出/合计"), ("basic.personnel", "本年支出/基本支出/人员经费"),
        ("basic.public", "本年支出/基本支出/公用经费"), ("project", "本年支出/项目支出")]
    assert t.row("201").cells["basic.public"].value == Decimal("4.00")


def test_a_clean_word_table_stays_clean_and_a_wrong_figure_is_found(tmp_path):
    _status, findings = check_file(_docx(tmp_path, "无误.docx", _rows("20.00")), Options())
    assert [f.code for f in findings if f.severity.value != "info" and f.code != "CMP001"] == []
    _status, findings = check_file(_docx(tmp_path, "有误.docx", _rows("25.00")), Options())
    places = {(f.code, f.locations[0].row_label, f.locations[0].col_label) for f in findings
              if f.severity.value == "error" and f.locations}
    # 201's 合计 against its parts, named by the group over it; the 合计 row's 项目支出 against the rows below
    assert places == {("TBL301", "201 一般公共服务支出", "本年支出合计"), ("TBL001", "合计", "项目支出")}
