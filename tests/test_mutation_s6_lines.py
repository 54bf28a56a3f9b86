"""Tests for the lines this session (s6) added, found by mutation testing (issue 14, s6fin2): a ruled table's
open first (or last) row (pdf_grid._open_edges), a group header left alone at a page's foot (pdf.py: _refine_head),
text a clipping path hides and the crop box's corner (pdf_page), a printed header's blank cells (recognize/tables),
an empty 预算 fund table explained by the text (CMP002), a formula's saved result (xlsx) and the asyncio stand-ins
(pydantic_import)."""

from __future__ import annotations

from pathlib import Path

from govaudit.readers import read_workbook
from govaudit.readers.pdf_page import read_pages
from pdf_writer import PdfWriter
from pdf_writer import sheet_rows as _rows

# ---------------------------------------------------------------- the open row of a ruled table (_open_edges)
WIDTHS = [80.0, 150.0, 100.0, 100.0]
OPEN = ["30206", "电费", "235.00", "235.00"]
RULED = [["30207", "邮电费", "105.00", "105.00"], ["30211", "差旅费", "236.40", "236.40"]]
TOP = 100.0


def _xs(widths: list[float]) -> list[float]:
    xs = [60.0]
    for w in widths:
        xs.append(xs[-1] + w)
    return xs


def _open_row_pdf(tmp_path: Path, name: str, above: list[float], below: list[float] | None = None,
                  widths: list[float] = WIDTHS, open_row: list[str] = OPEN, size: float = 9.0) -> Path:
    """RULED as a ruled table; each column rule j runs on above[j] points above its top rule (0: not at all), and
    below[j] points below its bottom rule, with `open_row`'s words in the open row above (or below) it."""
    pdf = PdfWriter()
    page = pdf.page()
    ruled = [row + ["0.00"] * (len(widths) - len(row)) for row in RULED]
    bottom = page.grid(60, TOP, widths, ruled)
    xs = _xs(widths)
    for x, up in zip(xs, above):
        if up:
            page.line(x, TOP - up, x, TOP)
    if below is None:
        for x, word in zip(xs, open_row):
            page.text(x + 2, TOP - max(above) / 2 - size / 2, word, size)
    else:
        for x, down in zip(xs, below):
            if down:
                page.line(x, bottom, x, bottom + down)
        for x, word in zip(xs, open_row):
            page.text(x + 2, bottom + max(below) / 2 - size / 2, word, size)
    return pdf.save(tmp_path / name)


def _open_row_read(tmp_path, name, above, **kw) -> bool:
    """Whether the open row was read as a row of the table: its code in the code column."""
    return any((1, "30206") in row for row in _rows(_open_row_pdf(tmp_path, name, above, **kw)))


def test_an_open_row_needs_both_outer_rules_running_on_level(tmp_path):
    assert _open_row_read(tmp_path, "都接续.pdf", [18, 18, 18, 18, 18])
    # the right outer rule stops at the top rule: the words above are no row of the table (its code is not read
    # in the code column), whatever its other rules do
    assert not _open_row_read(tmp_path, "右边不接续.pdf", [18, 18, 18, 18, 0])
    # level within 2 pt (an outer rule drawn 2 pt short is still level); 2.5 pt is not
    assert _open_row_read(tmp_path, "右边短2.pdf", [18, 18, 18, 18, 16])
    assert not _open_row_read(tmp_path, "右边短2.5.pdf", [18, 18, 18, 18, 15.5])


def test_an_open_row_with_a_merged_first_cell_is_still_read(tmp_path):
    # the first inner rule does not run on (the open row's first two cells are one): the outer rules and two of
    # the three inner ones make the row
    rows = _rows(_open_row_pdf(tmp_path, "首格合并.pdf", [18, 0, 18, 18, 18]))
    assert rows[0] == [(1, "30206电费"), (3, "235.00"), (4, "235.00")]


def test_inner_rules_within_2pt_count_as_level(tmp_path):
    # the two inner rules running on 2 pt less than the outer ones count: four of five rules are level
    rows = _rows(_open_row_pdf(tmp_path, "内线短2.pdf", [18, 16, 16, 0, 18]))
    assert rows[0] == [(1, "30206"), (2, "电费"), (3, "235.00 235.00")]


def test_half_of_the_column_rules_running_on_make_the_row(tmp_path):
    widths = [80.0, 150.0, 100.0, 100.0, 100.0]
    open_row = OPEN + ["0.00"]
    # three of six rules (the outer two and one inside) running on: exactly half, the row is read
    rows = _rows(_open_row_pdf(tmp_path, "一半.pdf", [18, 0, 18, 0, 0, 18], widths=widths, open_row=open_row))
    assert rows[0] == [(1, "30206电费"), (3, "235.00 235.00 0.00")]
    # two of six: not (the words are running text above the table)
    rows = _rows(_open_row_pdf(tmp_path, "不到一半.pdf", [18, 0, 0, 0, 0, 18], widths=widths, open_row=open_row))
    assert (1, "30206") not in rows[0] and (3, "235.00 235.00 0.00") not in rows[0]


def test_rules_running_on_exactly_8pt_make_a_row(tmp_path):
    # LOW (8 pt) is the lowest row: rules running on exactly that far (7.5 pt drawn, plus the half-width caps of a
    # 0.5 pt rule at both ends) make one, above the first rule and below the last. The words are read either way
    # (as header lines above, as lines under the table), but only a row of the table is a cell, placed (in a
    # finding's location) by its ruled box rather than as a line of text
    for drawn, ruled in ((7.5, True), (7.25, False)):
        for where in ("above", "below"):
            above, below = ([drawn] * 5, None) if where == "above" else ([0] * 5, [drawn] * 5)
            path = _open_row_pdf(tmp_path, f"{where}{drawn}.pdf", above, below=below, size=5)
            origins = [sheet.origins[k] for sheet in read_workbook(path).sheets for k, cell in sheet.cells.items()
                       if str(cell.value).startswith("30206")]
            assert any(o.paragraph is None and o.bbox[0] == 60.0 for o in origins) is ruled, (where, drawn, origins)


# ---------------------------------------------------------------- a group header left at a page's foot (pdf.py)
X0 = 60.0
COLUMNS = [70.0, 130.0, 80.0, 80.0, 80.0]
HEADER = ["科目编码", "科目名称", "合计", "财政拨款收入", "其他收入"]
BODY = [["", "合计", "195.17", "185.17", "10.00"], ["201", "一般公共服务支出", "40.00", "30.00", "10.00"],
        ["20106", "财政事务", "40.00", "30.00", "10.00"]]
MORE = [["208", "社会保障和就业支出", "155.17", "155.17", "0.00"],
        ["20801", "人力资源和社会保障管理事务", "155.17", "155.17", "0.00"]]


def _foot_header_pdf(tmp_path: Path, name: str, widths: list[float], words: list[str], merges=(),
                     body: list[list[str]] = [HEADER] + BODY, more: list[list[str]] | None = None) -> Path:
    pdf = PdfWriter()
    p1 = pdf.page()
    p1.text(200, 600, "收入决算表", 14)
    p1.text(X0, 640, "单位：万元", 9)
    p1.grid(X0, 760, widths, [words], merges=list(merges))
    pdf.page().grid(X0, 60, COLUMNS, body)
    if more is not None:
        pdf.page().grid(X0, 60, COLUMNS, more)
    return pdf.save(tmp_path / name)


def test_a_whole_header_at_a_foot_is_the_header_the_next_pages_repeat(tmp_path):
    # the table's header alone at page 1's foot (its columns are the table's: nothing to lay out again), its rows
    # on page 2 and page 3, which repeats the header: the repeat is recognised against page 1's header and left out
    path = _foot_header_pdf(tmp_path, "表头在页脚.pdf", COLUMNS, HEADER, body=BODY, more=[HEADER] + MORE)
    rows = _rows(path)
    assert rows.count([(c, t) for c, t in enumerate(HEADER, start=1)]) == 1
    assert [(1, "208"), (2, "社会保障和就业支出"), (3, "155.17"), (4, "155.17"), (5, "0.00")] in rows


def test_a_group_header_rule_6pt_off_the_finer_columns_still_heads_them(tmp_path):
    # the rule between 科目编码 and 科目名称 printed 6 pt right of the finer columns' (EDGE: still the same rule)
    path = _foot_header_pdf(tmp_path, "偏6.pdf", [76.0, 124.0, 240.0], ["科目编码", "科目名称", "本年收入"])
    rows = _rows(path)
    assert [(1, "科目编码"), (2, "科目名称"), (3, "本年收入")] in rows
    assert [(c, t) for c, t in enumerate(HEADER, start=1)] in rows  # five columns, not three
    assert [(1, "201"), (2, "一般公共服务支出"), (3, "40.00"), (4, "30.00"), (5, "10.00")] in rows
    sheet = read_workbook(path).sheets[0]
    (r, _c), = [k for k, cell in sheet.cells.items() if cell.value == "本年收入"]
    assert [m for m in sheet.merged if m[0] == r] == [(r, 3, r, 5)]


# ---------------------------------------------------------------- text a clip hides (pdf_page)
def _shown(path: Path) -> list[str]:
    return ["".join(c.text for c in page.chars) for page in read_pages(path)]


def _clipped(tmp_path: Path, name: str, clip: str, words: list[tuple[float, float, str]]) -> list[str]:
    pdf = PdfWriter()
    page = pdf.page()  # 842 pt high: PDF y = 842 - top
    page.raw("q " + clip)
    for x, top, word in words:
        page.text(x, top, word)
    page.unclip()
    return _shown(pdf.save(tmp_path / name))


def test_text_left_of_a_clip_low_on_the_page_is_hidden(tmp_path):
    # a clip x 300 … 500 reaching down to y 22 (its bottom lower than its left edge): the text left of it is hidden
    assert _clipped(tmp_path, "左.pdf", "300 22 200 800 re W n", [(250, 600, "左侧"), (350, 600, "框内")]) == ["框内"]


def test_two_clip_paths_at_once_each_bound_their_own_side(tmp_path):
    # a rectangle x 300 … 500, y 22 … 822 and a pentagon whose box is y 60 … 842: the text at y ≈ 107 is inside
    # both (the second's bottom, 60, is the bound; not the first's left, 300); the text at y ≈ 32 is below it
    clip = "300 22 200 800 re W n 0 60 m 595 60 l 595 842 l 10 842 l 0 400 l h W n"
    assert _clipped(tmp_path, "两个.pdf", clip, [(350, 725, "下方可见"), (350, 800, "下方不见")]) == ["下方可见"]


def _many_points(n: int) -> str:
    """A clip path of n points (PDFium counts one more: the closing point) whose box is x 300 … 500, y 500 … 700."""
    k = n - 2
    points = [(300 + 200 * i / (k - 1), 500) for i in range(k)] + [(500, 700), (300, 700)]
    return " ".join(f"{x:.3f} {y} {'m' if i == 0 else 'l'}" for i, (x, y) in enumerate(points)) + " h W n"


def test_a_clip_path_of_up_to_20000_points_is_walked(tmp_path):
    words = [(350, 232, "框内"), (100, 232, "框外")]
    # 20,000 points (MAX_PATH_POINTS): walked, the text outside its box hidden
    assert _clipped(tmp_path, "两万.pdf", _many_points(19_999), words) == ["框内"]
    # one more: not walked, taken as hiding nothing
    assert _clipped(tmp_path, "两万零一.pdf", _many_points(20_000), words) == ["框外框内"]
    # ... but a clip path after it still is (x 300 … 595 hides the text at x 100)
    clip = _many_points(20_000) + " 300 0 295 842 re W n"
    assert _clipped(tmp_path, "之后.pdf", clip, words) == ["框内"]


def test_a_refined_group_header_merges_only_what_spans_columns_and_keeps_earlier_merges(tmp_path):
    # page 1: a small table with a merged title cell, then the group header of the next table at the foot, whose
    # code and name columns are the finer table's own: only 本年收入 spans (three) columns
    pdf = PdfWriter()
    p1 = pdf.page()
    p1.text(200, 80, "部门基本情况表", 14)
    p1.grid(X0, 110, [200.0, 240.0], [["部门基本情况", ""], ["单位名称", "某区测试局"]], merges=[(0, 0, 0, 1)])
    p1.text(200, 600, "收入决算表", 14)
    p1.text(X0, 640, "单位：万元", 9)
    p1.grid(X0, 760, [70.0, 130.0, 240.0], [["科目编码", "科目名称", "本年收入"]])
    pdf.page().grid(X0, 60, COLUMNS, [["", "", "合计", "财政拨款收入", "其他收入"]] + BODY)
    path = pdf.save(tmp_path / "两表.pdf")
    sheet = read_workbook(path).sheets[0]
    (first,) = [r for (r, _c), cell in sheet.cells.items() if cell.value == "部门基本情况"]
    (r, _c), = [k for k, cell in sheet.cells.items() if cell.value == "本年收入"]
    assert sorted(m for m in sheet.merged if m[0] in (first, r)) == [(first, 1, first, 2), (r, 3, r, 5)]
    assert [(1, "科目编码"), (2, "科目名称"), (3, "本年收入")] in _rows(path)
    assert [(1, "201"), (2, "一般公共服务支出"), (3, "40.00"), (4, "30.00"), (5, "10.00")] in _rows(path)


def test_a_printed_header_is_not_spread_over_the_blank_cells_beside_a_word(tmp_path):
    # recognize/tables.header_paths: a PDF's header cells are ruled one by one (no merges), '本年收入' printed in
    # the first of three: unlike a Word or Excel table, a printed header's blank cells are not filled from the left
    # (its words sit where the page centres them), so the 财政拨款收入 column is named by what is printed over it
    from govaudit.pipeline import Options, check_file
    pdf = PdfWriter()
    p = pdf.page()
    p.text(200, 60, "收入决算表", 14)
    p.text(X0, 90, "单位：万元", 9)
    p.grid(X0, 110, COLUMNS, [["项目", "", "本年收入", "", ""], HEADER, BODY[0],
                              ["201", "一般公共服务支出", "40.00", "35.00", "10.00"], BODY[2]] + MORE)
    _status, findings = check_file(pdf.save(tmp_path / "无合并表头.pdf"), Options())
    places = {(f.code, f.locations[0].col_label) for f in findings if f.code in ("TBL001", "TBL201")}
    assert places == {("TBL201", "本年收入合计"), ("TBL001", "财政拨款收入")}  # 201: 35 ≠ 30; 40 ≠ 35 + 10


# ---------------------------------------------------------------- CMP002 explained by the text (completeness)
def _budget_fund_table(paragraphs: list[str]):
    from govaudit.engine.runner import run_rules
    from govaudit.readers.base import Cell, Paragraph, Sheet, Workbook
    from govaudit.recognize.disclosure import recognize
    rows = [["财政拨款政府性基金支出预算表"], ["部门：", "某厅", "单位：万元"], ["功能科目代码", "功能科目名称", "金额"],
            [None, "合计"]]
    sheet = Sheet(name="表格")
    for r, values in enumerate(rows, start=1):
        for c, v in enumerate(values, start=1):
            if v is not None:
                sheet.cells[(r, c)] = Cell(r, c, v)
    book = Workbook(path="doc.pdf", sheets=[sheet], kind="pdf",
                    paragraphs=[Paragraph(index=i, text=t) for i, t in enumerate(paragraphs, start=1)])
    return [f for f in run_rules(recognize(book)) if f.code == "CMP002"]


def test_an_empty_budget_fund_table_is_explained_by_the_text_about_its_fund(tmp_path):
    # a 预算 table (《政府性基金预算支出功能分类预算表》): the text saying its fund is nil explains it, other text not
    assert not _budget_fund_table(["七、政府性基金支出预算表情况说明", "本部门无政府性基金预算。"])
    assert len(_budget_fund_table(["七、政府性基金支出预算表情况说明", "本部门政府性基金预算见表。"])) == 1
    assert len(_budget_fund_table([])) == 1


# ---------------------------------------------------------------- a formula's saved result (readers/xlsx.py)
def test_a_formula_with_its_saved_result_is_read_as_that_result(tmp_path):
    # a number (<v>2</v>) and a text result (t="str", <v>ab</v>) saved with their formulas: the values, not
    # "formula without a value" (CEL002); under a merge (B2, covered by A2:B2) such a cell is gone, as in openpyxl
    # (only a formula without a saved result is kept there, to be reported)
    import zipfile

    import openpyxl
    book = openpyxl.Workbook()
    book.active["A1"] = "=1+1"
    book.active["B1"] = '="a"&"b"'
    book.active["A2"] = "合并"
    book.active.merge_cells("A2:B2")
    written = tmp_path / "openpyxl.xlsx"
    book.save(written)  # openpyxl saves each formula with an empty <v></v>
    with zipfile.ZipFile(written) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    xml = xml.replace("<f>1+1</f><v></v>", "<f>1+1</f><v>2</v>")
    xml = xml.replace('<c r="B1"><f>"a"&amp;"b"</f><v></v>', '<c r="B1" t="str"><f>"a"&amp;"b"</f><v>ab</v>')
    xml = xml.replace("</is></c></row>", '</is></c><c r="B2"><f>1+1</f><v>2</v></c></row>')
    assert '<c r="B2">' in xml
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    saved = tmp_path / "saved.xlsx"
    with zipfile.ZipFile(saved, "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    cells = read_workbook(saved).sheets[0].cells
    assert {k: (c.value, c.formula_without_value) for k, c in cells.items()} == {
        (1, 1): (2, False), (1, 2): ("ab", False), (2, 1): ("合并", False)}


# ---------------------------------------------------------------- the asyncio stand-ins (pydantic_import.py)
def _fresh(code: str, cwd: Path) -> str:
    """`code` in a fresh interpreter (asyncio not imported yet; the stand-ins work only there), its stdout; this
    checkout's govaudit first on the path."""
    import os
    import subprocess
    import sys
    import textwrap
    root = str(Path(__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([root, os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, cwd=cwd,
                          timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_asking_the_stand_ins_for_a_dunder_imports_no_asyncio(tmp_path):
    # (the import system and inspect ask modules for __path__, __wrapped__ …): no answer, and asyncio stays out
    (tmp_path / "dunders.py").write_text(
        "import asyncio, asyncio.coroutines\n"
        "HAS = (hasattr(asyncio, '__wrapped__'), hasattr(asyncio.coroutines, '__wrapped__'))\n", encoding="utf-8")
    out = _fresh("""
        import sys
        from govaudit import pydantic_import
        pydantic_import.import_without_asyncio(["dunders"])
        import dunders
        print(dunders.HAS, "asyncio" in sys.modules)
    """, tmp_path)
    assert out.split("\n")[0] == "(False, False) False"


def test_anything_else_asked_of_the_stand_ins_is_the_real_asyncios(tmp_path):
    # the module is imported once (no failed first try), and what it took is the real asyncio's
    (tmp_path / "takes.py").write_text(
        "import builtins\n"
        "builtins.TAKES_RUNS = getattr(builtins, 'TAKES_RUNS', 0) + 1\n"
        "import asyncio, asyncio.coroutines\n"
        "SLEEP = asyncio.sleep\n"
        "MARK = asyncio.coroutines._is_coroutine\n", encoding="utf-8")
    out = _fresh("""
        import builtins
        from govaudit import pydantic_import
        pydantic_import.import_without_asyncio(["takes"])
        import takes, asyncio, asyncio.coroutines
        print(builtins.TAKES_RUNS, takes.SLEEP is asyncio.sleep, takes.MARK is asyncio.coroutines._is_coroutine)
    """, tmp_path)
    assert out.split() == ["1", "True", "True"]


def test_a_crop_box_moved_up_or_right_only_keeps_rules_and_text_together(tmp_path):
    # (pdf_page._view: the shown area's corner moves rules as it moves text, also when only one of its coordinates
    # is not 0): the table's words stay in its ruled cells
    for crop in ((0, 100, 595, 842), (40, 0, 595, 842)):
        pdf = PdfWriter()
        page = pdf.page()
        page.crop = crop
        page.grid(60, 300, WIDTHS, RULED)
        path = pdf.save(tmp_path / f"crop{crop[0]}_{crop[1]}.pdf")
        assert _rows(path) == [[(c, v) for c, v in enumerate(row, start=1)] for row in RULED], crop
        sheet = read_workbook(path).sheets[0]
        (key,) = [k for k, cell in sheet.cells.items() if cell.value == "30207"]
        # its ruled cell, from the shown page's corner (not the words' own box, as for a table without rules)
        assert sheet.origins[key].bbox[:2] == (60.0 - crop[0], 300.0), crop


def test_a_two_row_group_header_keeps_its_merges_in_the_finer_columns(tmp_path):
    # '项目' over two rows, '本年收入' over 小计 | 财政拨款: laid out again over the finer columns, each merge widened
    pdf = PdfWriter()
    p1 = pdf.page()
    p1.text(200, 600, "收入决算表", 14)
    p1.text(X0, 640, "单位：万元", 9)
    p1.grid(X0, 740, [200.0, 120.0, 120.0], [["项目", "本年收入", ""], ["", "小计", "财政拨款"]],
            merges=[(0, 0, 1, 0), (0, 1, 0, 2)])
    pdf.page().grid(X0, 60, [70.0, 130.0, 120.0, 60.0, 60.0],
                    [["", "合计", "195.17", "185.17", "10.00"], ["201", "一般公共服务支出", "40.00", "30.00", "10.00"]])
    path = pdf.save(tmp_path / "两行表头.pdf")
    sheet = read_workbook(path).sheets[0]
    (r, _c), = [k for k, cell in sheet.cells.items() if cell.value == "项目"]
    merged = sorted(m for m in sheet.merged if m[0] in (r, r + 1))
    assert merged == [(r, 1, r + 1, 2), (r, 3, r, 5), (r + 1, 4, r + 1, 5)]
    assert [(1, "项目"), (3, "本年收入")] in _rows(path) and [(3, "小计"), (4, "财政拨款")] in _rows(path)
