"""A PDF of a table whose group headers are not merged (a Word table or workbook whose merges were undone, printed
with every cell ruled): '因公出国（境）费' stands in the box over its 预算数 column, the box over its 决算数 column is
drawn empty. As in workbooks and Word tables, the group covers the sub-column beside it; before, the PDF's 07 table
was read with its 预算数 row only and its TBL701 was missed (tools/perturb.py --docx-pdf 'merges undone', 上海式
公开07表, issue 9). Only boxes of their own count: words over two columns without rules, or in a merged box, are
left as they are."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from govaudit.pipeline import Options, check_file
from govaudit.readers import read_workbook
from govaudit.recognize.disclosure import recognize
from pdf_writer import PdfWriter

X0 = 50.0
WIDTHS = [40.0] * 12
# the header as a merges-undone table prints it: each group's words in its first box (wrapped to the box's width)
GROUPS = ["合计", "", "因公出国\n（境）费", "", "公务用车\n购置及运\n行维护费", "", "", "", "", "", "公务接待\n费", ""]
SUBGROUPS = ["", "", "", "", "小计", "", "公务用车\n购置费", "", "公务用车\n运行维护\n费", "", "", ""]
PERIODS = ["预算数", "决算数"] * 6


def _figures(total_actual: str) -> list[str]:
    # 预算: 7.50 = 0 + 4.50 + 3.00; 决算: 4.04 = 0 + 2.42 + 1.62 (小计 = 购置 + 运行 in both)
    return ["7.50", total_actual, "0.00", "0.00", "4.50", "2.42", "0.00", "0.00", "4.50", "2.42", "3.00", "1.62"]


def _pdf(tmp_path: Path, name: str, total_actual: str, ruled_groups: bool = True) -> Path:
    w = PdfWriter()
    p = w.page()
    p.text(150, 60, "财政拨款“三公”经费支出决算表", 14)
    p.text(X0, 90, "部门：某区测试局", 9)
    p.text(430, 90, "单位：万元", 9)
    p.text(X0, 112, "财政拨款“三公”经费", 9)  # a caption over the whole header, one line across three columns
    if ruled_groups:
        p.grid(X0, 130, WIDTHS, [GROUPS], row_h=40, size=8)
        top = 170.0
    else:  # the group words as lines of text over the ruled table, each over its first column, no boxes
        for j, words in enumerate(GROUPS):
            if words:
                p.text(X0 + 40 * j + 2, 140, words.split("\n")[0], 8)
        top = 160.0
    p.grid(X0, top, WIDTHS, [SUBGROUPS], row_h=40, size=8)
    p.grid(X0, top + 40, WIDTHS, [PERIODS, _figures(total_actual)], size=8)
    p.text(X0, top + 90, "注：本表反映部门本年度“三公”经费支出预决算情况。", 9)
    return w.save(tmp_path / name)


def test_each_group_covers_the_empty_box_beside_it(tmp_path):
    table = recognize(read_workbook(_pdf(tmp_path, "三公.pdf", "4.04"))).tables["07"]
    assert [r.label for r in table.rows] == ["预算数", "决算数"]
    actual = table.rows[1].cells
    assert {k: actual[k].value for k in ("total", "abroad", "car_total", "car_purchase", "car_run", "reception")} == {
        "total": Decimal("4.04"), "abroad": Decimal("0.00"), "car_total": Decimal("2.42"),
        "car_purchase": Decimal("0.00"), "car_run": Decimal("2.42"), "reception": Decimal("1.62")}


def test_a_clean_table_stays_clean_and_a_wrong_total_is_found(tmp_path):
    _status, findings = check_file(_pdf(tmp_path, "无误.pdf", "4.04"), Options())
    assert [f.code for f in findings if f.severity.value != "info" and f.code != "CMP001"] == []
    _status, findings = check_file(_pdf(tmp_path, "有误.pdf", "3.68"), Options())
    places = {(f.code, f.locations[0].row_label, f.locations[0].col_label) for f in findings
              if f.severity.value == "error" and f.locations}
    assert places == {("TBL701", "决算数", "合计")}


def test_words_without_boxes_of_their_own_cover_no_column_beside_them(tmp_path):
    # the group line unruled: the page drew no box beside '因公出国' that would say where its group ends. The header
    # is left as printed, all of it: filling only the ruled line below (公务用车购置费 | ▢) would read a 决算数 row
    # without its 小计 and report that cell as empty (a false TBL702)
    path = _pdf(tmp_path, "无框.pdf", "3.68", ruled_groups=False)
    sheet = read_workbook(path).sheets[0]
    (r, c), = [k for k, cell in sheet.cells.items() if cell.value == "因公出国"]
    assert (r, c + 1) not in sheet.origins
    table = recognize(read_workbook(path)).tables["07"]
    assert [row.label for row in table.rows] == ["预算数"]
    _status, findings = check_file(path, Options())
    assert [f.code for f in findings if f.severity.value != "info" and f.code != "CMP001"] == []
