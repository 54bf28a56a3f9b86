"""PDF pages printed in two text columns: paragraphs in reading order (the left column, then the right one),
while tables and one-column pages read as before. The pages are written by tests/pdf_writer.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from govaudit.readers import read_workbook
from pdf_writer import PdfWriter, sheet_rows

SIZE = 10.5
PER_LINE = 20  # characters in a line of one column (20 × 10.5 = 210 points)
LEFT, RIGHT = 60, 320  # the columns' left edges; the gutter is 320 - 270 = 50 points wide

TITLE = "第三部分 2024年度部门决算情况说明"
NOTE = "注：本说明分两栏排版，这一行横跨两栏，是全页宽度的一行文字。"
LEFT_PARAS = [
    "一、收入支出决算总体情况说明",
    "某区测试局2024年度收入、支出总计均为1,234.56万元。与2023年度相比，收入、支出总计各增加12.34万元，"
    "增长1.01%。主要原因是本年度新增了社区服务项目，人员经费也有所增加。",
    "二、收入决算情况说明",
    # runs on at the head of the right column: its last line in the left column is a full one
    "本年收入合计1,200.00万元，其中：财政拨款收入1,100.00万元，占91.67%；其他收入100.00万元，占8.33%。"
    "与上年相比，本年财政拨款收入增加了五十万元，增加的主要原因其实就是",
]
RIGHT_PARAS = [
    "~社区服务项目支出增加，由区财政追加了预算。",
    "三、支出决算情况说明",
    "本年支出合计1,200.00万元，其中：基本支出1,000.00万元，占83.33%；项目支出200.00万元，占16.67%。"
    "基本支出主要用于人员工资和日常办公。",
    "四、财政拨款支出决算情况说明",
    "财政拨款支出1,100.00万元，主要用于一般公共服务支出和社会保障和就业支出，与年初预算基本持平。",
]


def _wrap(text: str, indent: bool) -> list[str]:
    first = PER_LINE - 2 if indent else PER_LINE
    lines, rest = [text[:first]], text[first:]
    while rest:
        lines.append(rest[:PER_LINE])
        rest = rest[PER_LINE:]
    return lines


def _column(page, paras: list[str], left: float, top: float) -> float:
    """Paragraphs set in one column, each first line indented two characters ('~': a paragraph carried on)."""
    y = top
    for para in paras:
        indent = not para.startswith("~")
        for i, line in enumerate(_wrap(para.lstrip("~"), indent)):
            page.text(left + (2 * SIZE if i == 0 and indent else 0), y, line, SIZE)
            y += 17
    return y


def _two_column_pdf(tmp_path: Path, offset: float = 0.0, table: bool = False) -> Path:
    w = PdfWriter()
    p = w.page()
    p.text(150, 60, TITLE, 14)
    bottom = max(_column(p, LEFT_PARAS, LEFT, 100), _column(p, RIGHT_PARAS, RIGHT, 100 + offset))
    p.text(LEFT, bottom + 20, NOTE, SIZE)
    if table:
        p.text(200, bottom + 60, "收入支出决算总表", 12)
        p.grid(LEFT, bottom + 85, [200, 120, 120], [["项目", "本年收入", "本年支出"],
                                                   ["合计", "1,200.00", "1,200.00"]])
    return w.save(tmp_path / f"两栏{offset:g}{'表' if table else ''}.pdf")


def _expected() -> list[str]:
    paras = [p.lstrip("~") for p in LEFT_PARAS + RIGHT_PARAS]
    carried = paras[3] + paras[4]  # the paragraph that runs from the foot of the left column to the right one
    return [TITLE.replace(" ", ""), *paras[:3], carried, *paras[5:], NOTE]


@pytest.mark.parametrize("offset", [0.0, 6.0])  # the right column's lines beside the left's, or between them
def test_two_columns_read_left_then_right(tmp_path, offset):
    book = read_workbook(_two_column_pdf(tmp_path, offset))
    assert [p.text for p in book.paragraphs] == _expected()
    heading = book.paragraphs[5]
    assert heading.text == "三、支出决算情况说明" and heading.level == 2
    right = book.paragraphs[6]  # a right-column paragraph keeps its own place on the page
    assert right.origin.page == 1 and right.origin.bbox[0] == pytest.approx(RIGHT)


def test_two_columns_above_a_table(tmp_path):
    book = read_workbook(_two_column_pdf(tmp_path, table=True))
    texts = [p.text for p in book.paragraphs]
    assert texts[: len(_expected())] == _expected()
    cells = {c.value for s in book.sheets for c in s.cells.values()}
    assert {"项目", "本年收入", "本年支出", "合计", "1,200.00"} <= cells  # the ruled table still read as cells


def _side_by_side(tmp_path: Path, rows: list[tuple[str, str]], name: str, cells: bool = False) -> list[str]:
    """The paragraphs read from the rows printed side by side (cells: the virtual sheet's rows, cells joined)."""
    w = PdfWriter()
    p = w.page()
    for i, (left, right) in enumerate(rows):
        p.text(LEFT, 100 + 17 * i, left, SIZE)
        p.text(RIGHT, 100 + 17 * i, right, SIZE)
    path = w.save(tmp_path / name)
    if cells:
        return [" ".join(v for _c, v in row) for row in sheet_rows(path)]
    return [p.text for p in read_workbook(path).paragraphs]


def test_label_and_text_side_by_side_is_not_two_columns(tmp_path):
    """Short labels on the left, text on the right (a form printed without rules): the left side does not run to
    a column's edge, so each label stays on the row of its text."""
    rows = [("项目名称", "社区综合服务中心运行维护项目"), ("主管部门", "某区民政局社区建设和基层治理科"),
            ("实施单位", "某区社区服务中心（全额拨款）"), ("项目负责人", "王某某，联系电话见附件一"),
            ("项目类型", "经常性项目（延续），三年周期"), ("资金来源", "区级一般公共预算财政拨款资金"),
            ("实施期限", "二〇二四年一月至二〇二四年十二月"), ("绩效目标", "完成社区服务中心全年运行维护")]
    assert _side_by_side(tmp_path, rows, "表单.pdf") == [f"{a} {b}" for a, b in rows]


def test_labels_and_amounts_side_by_side_are_not_two_columns(tmp_path):
    """Labels as wide as a column beside amounts (a table printed without rules): amounts are not prose. (Rows of
    a table's figures are no running text since session 15: the rows are read from the sheet.)"""
    labels = ["一般公共服务支出行政运行事务项目", "教育支出普通教育学前教育事务项目", "科学技术支出基础研究机构运行项目",
              "文化旅游体育与传媒支出文化和旅游", "社会保障和就业支出行政事业单位养", "卫生健康支出行政事业单位医疗经费",
              "节能环保支出污染防治大气环境保护", "城乡社区支出城乡社区管理事务项目"]
    rows = [(label, f"{1000 + 111 * k:,}.{k}0万元") for k, label in enumerate(labels)]
    assert _side_by_side(tmp_path, rows, "金额.pdf", cells=True) == [f"{a} {b}" for a, b in rows]


def test_one_column_page_unchanged(tmp_path):
    """Lines of one column whose last lines stop short of the middle are not taken for a left column."""
    w = PdfWriter()
    p = w.page()
    text = "本部门2024年度没有使用一般公共预算财政拨款安排的“三公”经费，也没有政府性基金预算财政拨款支出。" * 2
    y = _column(p, [text], LEFT, 100)
    for k in range(4):
        p.text(LEFT, y + 17 * k, f"{k + 1}．附件{k + 1}", SIZE)
    book = read_workbook(w.save(tmp_path / "一栏.pdf"))
    assert [p.text for p in book.paragraphs] == [text] + [f"{k + 1}．附件{k + 1}" for k in range(4)]
