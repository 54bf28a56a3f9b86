"""Tables printed without ruling lines whose labels are wrapped in their cells, or whose 合计 cell spans two columns
(issue 9, session 11; found by test_pdf_heldout_s10's "names wrapped, figures on the first line", then cut down):
- 合计 centred over the 科目编码 and 科目名称 columns of its merged cell does not make them one column (each code row
  then lost its code, and a name wrapped over lines lost its first line's code);
- the last row's name wrapped under it (its figures on its first line), a 注 line next, is that row's name;
- a part continued on the next page under its repeated header, beginning with a long side's labels wrapped over
  more than three lines and no figures (01/04 whose other side has ended), keeps them in their column;
- a group header wrapped in its tall cell, its words at the cell's foot on lines of their own above the header line
  (the 三公 table's 公务用车购置及运行维护费 over 小计 | 购置费 | 运行维护费), is a header row of the table."""

from __future__ import annotations

from pathlib import Path

from govaudit.readers.pdf import read_pdf
from pdf_writer import PrintedTable, print_plain, workbook_tables, wrap_cells

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _rows(path: Path) -> list[list[str]]:
    sheet = read_pdf(path).sheets[0]
    last = max(r for r, _c in sheet.cells)
    width = max(c for _r, c in sheet.cells)
    return [[(sheet.get(r, c).value or "") if sheet.get(r, c) else "" for c in range(1, width + 1)]
            for r in range(1, last + 1)]


def _table(rows: list[list[str]], merges, notes=()) -> PrintedTable:
    return PrintedTable("政府性基金预算财政拨款收入支出决算表", "部门：某区测试局", "单位：万元", rows, 1, merges, list(notes))


HEAD = ["科目编码", "科目名称", "本年支出", "基本支出", "项目支出"]


def test_a_total_centred_over_the_code_and_name_columns_keeps_them_apart(tmp_path):
    rows = [HEAD, ["合计", "", "30.00", "10.00", "20.00"], ["212", "城乡社区支出", "30.00", "", "30.00"],
            ["21208", "国有土地使用权出让收入安排的支出", "30.00", "", "30.00"],
            ["2120899", "其他国有土地使用权出让收入安排的支出", "30.00", "", "30.00"],
            ["213", "农林水支出", "10.00", "10.00", ""], ["21301", "农业农村", "10.00", "10.00", ""]]
    # names wrapped at 7 characters: the name column as wide as the code column, 合计 centred on the rule between
    got = _rows(print_plain(tmp_path / "合计.pdf", [wrap_cells(_table(rows, [(1, 0, 1, 1)]), 7)], align="bottom"))
    body = [r[:2] for r in got if r[0][:2] == "21"]
    assert body == [["212", "城乡社区支出"], ["21208", "国有土地使用权出让收入安排的支出"],
                    ["2120899", "其他国有土地使用权出让收入安排的支出"], ["213", "农林水支出"], ["21301", "农业农村"]]


def test_the_last_rows_wrapped_name_before_a_note_is_its_name(tmp_path):
    rows = [HEAD, ["212", "城乡社区支出", "30.00", "", "30.00"],
            ["21208", "国有土地使\n用权出让收\n入安排的支\n出", "30.00", "", "30.00"]]
    table = _table(rows, [], ["注：本表反映部门本年度政府性基金预算财政拨款支出情况。"])
    got = _rows(print_plain(tmp_path / "末行.pdf", [table], align="top"))
    assert ["21208", "国有土地使用权出让收入安排的支出", "30.00", "", "30.00"] in [r[:5] for r in got]
    assert not any(r[0] in ("用权出让收", "入安排的支", "出") for r in got)


def test_a_continued_part_of_wrapped_labels_under_its_header_keeps_them_in_their_column(tmp_path):
    tables = [wrap_cells(t, 7) for t in workbook_tables(SAMPLES / "决算公开表-2024-上海式-无误.xlsx")
              if t.title == "财政拨款收入支出决算总表"]
    got = _rows(print_plain(tmp_path / "续页.pdf", tables, align="top"))
    labels = ["二十二、灾害防治及应急管理支出", "二十三、其他支出", "二十四、债务还本支出", "二十五、债务付息支出",
              "二十六、抗疫特别国债安排的支出"]
    assert [r[:3] for r in got if r[2] in labels] == [["", "", label] for label in labels]
    assert not any(r[0].startswith(("二十", "治及", "出")) for r in got)


def test_a_group_header_on_lines_of_its_own_above_the_header_is_the_tables(tmp_path):
    tables = [wrap_cells(t, 7) for t in workbook_tables(SAMPLES / "决算公开表-2024-上海式-无误.xlsx")
              if t.title == "财政拨款“三公”经费支出决算表"]
    got = _rows(print_plain(tmp_path / "三公.pdf", tables, align="bottom"))
    group = [r for r in got if "公务用车购置及运行维护费" in r]
    assert len(group) == 1 and group[0][0] == ""  # over its columns, not a line of text in the first
    assert not any(r[0] in ("公务用车购置及", "运行维护费", "财政拨款“三公", "”经费") for r in got)
