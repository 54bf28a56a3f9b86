"""Session 18 review items fixed by the lead (s18rev: /tmp/s18rev/REPORT1.md). Each test fails on the code before its fix."""

from __future__ import annotations

import pytest

from test_review11_budget import _check

DEPT = "国家体育运动管理总局"
INCOME = [["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "事业收入"], ["合计", "", "300.00", "200.00", "100.00"],
          ["207", "文化旅游体育与传媒支出", "300.00", "200.00", "100.00"], ["20708", "体育", "300.00", "200.00", "100.00"],
          ["2070801", "行政运行", "300.00", "200.00", "100.00"]]
SPENDING = [["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"], ["合计", "", "280.00", "180.00", "100.00"],
            ["207", "文化旅游体育与传媒支出", "280.00", "180.00", "100.00"], ["20708", "体育", "280.00", "180.00", "100.00"],
            ["2070801", "行政运行", "280.00", "180.00", "100.00"]]
TABLES = [("收入决算表", "公开02表", INCOME), ("支出决算表", "公开03表", SPENDING)]


def _meta_docx(path, sep):
    import docx

    doc = docx.Document()
    for title, code, rows in TABLES:
        doc.add_paragraph(title)
        doc.add_paragraph(f"部门：{DEPT}{sep}{code}{sep}单位：万元")
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                t.cell(i, j).text = v
    doc.save(path)
    return path


def _meta_xlsx(path, sep):
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, code, rows in TABLES:
        ws = book.create_sheet(code)
        ws.append([title])
        ws.append([f"部门：{DEPT}{sep}{code}{sep}单位：万元"])
        for row in rows:
            ws.append([float(v) if v[:1].isdigit() and "." in v else v or None for v in row])
    book.save(path)
    return path


@pytest.mark.parametrize("sep", ["\t", "　　　　", "    "])
@pytest.mark.parametrize("write", [_meta_docx, _meta_xlsx], ids=["docx", "xlsx"])
def test_the_tables_code_on_the_department_line_is_no_part_of_the_name(tmp_path, write, sep):
    """s18rev r1: '部门：某局<TAB>公开02表<TAB>单位：万元' (the 部门, the table's code and the unit on one line) read the code
    into the name: '国家体育运动管理总局公开03表' ≠ '…公开02表', a false CMP003 [错误] for every table after the first."""
    d, found = _check(write(tmp_path / ("t" + write.__name__[-5:].replace("_", ".")), sep))
    assert {t.department for t in d.tables.values()} == {DEPT} and len(d.tables) == 2
    assert [f.code for f in found if f.code != "CMP001"] == []  # (CMP001: the other seven tables are missing)


def test_a_department_named_with_table_and_digit_keeps_its_name(tmp_path):
    """Only a '公开NN表' is cut from the name: a name holding '表' and a digit stays whole."""
    from govaudit.recognize.grid import Meta, read_meta
    from govaudit.readers.base import Cell

    for line, name in ((f"部门：{DEPT} 公开 3 表 单位：万元", DEPT), ("部门：某某报表3中心", "某某报表3中心"),
                       (f"部门：{DEPT}公开2表", DEPT)):
        meta = Meta()
        read_meta([Cell(row=1, col=1, value=line)], meta)
        assert meta.department == name, line
