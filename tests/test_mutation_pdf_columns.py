"""Pages in two text columns at the edges of what readers/pdf_columns.py takes for columns (issue 14: these kill
its mutants). A page is written with tests/pdf_writer.py: lines of 10.5 pt type 17 pt apart, each column's lines
given as text, a leading "　" (ideographic space) for each character a line is indented by."""

from __future__ import annotations

from pathlib import Path

import pytest

from govaudit.readers import read_workbook
from pdf_writer import PdfWriter

SIZE = 10.5
LEFT, RIGHT = 60, 320  # the columns' left edges; 20 characters (210 pt) wide, the gutter 50 pt


def _place(p, x: float, lines: list[str], top: float = 100) -> None:
    for i, line in enumerate(lines):
        text = line.lstrip("　")
        if text:
            p.text(x + SIZE * (len(line) - len(text)), top + 17 * i, text, SIZE)


def _read(tmp_path: Path, left: list[str], right: list[str], width: float = 595.0, right_x: float = RIGHT,
          offset: float = 8.5, name: str = "两栏.pdf", extra=None, left_x: float = LEFT) -> list[str]:
    """`offset`: how far the right column's lines sit below the left's (half a line: each is a line of its own)."""
    w = PdfWriter()
    p = w.page(width=width)
    _place(p, left_x, left)
    _place(p, right_x, right, 100 + offset)
    if extra:
        extra(p)
    return [q.text for q in read_workbook(w.save(tmp_path / name)).paragraphs]


# a paragraph of three lines: indented two characters, full, short
L3 = ["　　本部门二〇二四年度收入合计一千二百", "万元，比上年增加十二万元，增长百分之一，", "主要是人员经费增加。"]
# … and its right-hand neighbour, not indented: all three of its lines start at the right column's edge
R3 = ["本部门二〇二四年度支出合计一千一百万元，", "比上年减少八万元，下降百分之一，主要是公", "用经费减少。"]


def _joined(lines: list[str]) -> str:
    return "".join(s.lstrip("　") for s in lines)


def test_three_lines_a_side_are_two_columns(tmp_path):
    """Three lines of prose on each side (the least that counts as a column), set half a line apart (six lines on
    the page): the left paragraph, then the right."""
    assert _read(tmp_path, L3, R3) == [_joined(L3), _joined(R3)]


def test_two_lines_a_side_are_not(tmp_path):
    """Side by side on the same lines, three lines a side are three lines of the page: too few to tell columns from
    a form, each line is read across the page."""
    assert _read(tmp_path, L3, R3, offset=0) == [f"{a.lstrip('　')} {b}" for a, b in zip(L3, R3)]


# six lines a side: two paragraphs in each column
L6 = ["　　本部门二〇二四年度收入合计一千二百", "万元，比上年增加十二万元，增长百分之一，", "主要是人员经费增加。",
      "　　本部门二〇二四年度支出合计一千一百", "万元，比上年减少八万元，下降百分之一，主", "要是公用经费减少。"]
R6 = ["本部门二〇二四年度结转结余一百万元，比上", "年减少十万元，主要是项目按期完成，资金及", "时支付。",
      "本部门二〇二四年度财政拨款支出一千万元，", "比上年增加五万元，主要是新增社区服务项目", "支出。"]
EXPECTED6 = [_joined(L6[:3]), _joined(L6[3:]), _joined(R6[:3]), _joined(R6[3:])]


@pytest.mark.parametrize("offset", [8.5, 0.0])  # half a line lower, or on the left column's lines (two pieces each)
def test_six_lines_a_side(tmp_path, offset):
    assert _read(tmp_path, L6, R6, offset=offset) == EXPECTED6


def test_a_header_line_just_above_a_table_is_not_column_text(tmp_path):
    """The unruled header line of a table just below two columns (项目 on the left, 金额 on the right) looks like a
    line of each column: within three line heights of the table it is the table's, read as one line of its own."""
    def table(p):
        p.text(LEFT, 232, "项目", SIZE)
        p.text(RIGHT + 100, 232, "金额（万元）", SIZE)
        p.grid(LEFT, 262, [260, 210], [["工资福利支出", "1,000.00"], ["商品和服务支出", "200.00"]])

    got = _read(tmp_path, L6, R6, extra=table)
    assert got[:4] == EXPECTED6 and got[4] == "项目 金额（万元）"


@pytest.mark.parametrize("right_x, columns", [(300, True), (700, True), (299, False), (701, False)])
def test_the_right_column_starts_between_three_and_seven_tenths_of_the_width(tmp_path, right_x, columns):
    """On a page 1000 pt wide a right column starting at 300 or 700 pt (the ends of the band) is one; starting
    just outside the band, the lines are read across the page (the right column's lines then run on from the
    left one's as parts of the same lines or paragraphs)."""
    got = _read(tmp_path, L6, R6, width=1000.0, right_x=right_x)
    assert (got == EXPECTED6) is columns


def test_the_commonest_start_nearest_the_left_is_the_right_columns_edge(tmp_path):
    """A right column whose paragraphs open indented two characters as often as its lines start at its edge: the
    edge is the leftmost of the equally common starts (here the indented start comes first on the page)."""
    right = ["　　本部门二〇二四年度结转结余一百万元，", "比上年减少十万元，主要是项目按期完成。",
             "　　本部门二〇二四年度财政拨款支出一千万", "元，比上年增加五万元，主要是新增项目。",
             "　　本部门二〇二四年度政府采购支出五十万", "元，全部为货物采购，比上年减少二万元。"]
    expected = [_joined(L6[:3]), _joined(L6[3:])] + [_joined(right[k:k + 2]) for k in (0, 2, 4)]
    assert _read(tmp_path, L6, right) == expected


def test_a_right_column_line_starting_a_point_early_stays_in_the_column(tmp_path):
    """A line of the right column printed 1 pt left of the column's edge (a printer's rounding) does not run
    across the gutter: the columns are still read one after the other."""
    def early(p):
        p.text(RIGHT - 1, 108.5 + 17 * 3, R6[3], SIZE)

    assert _read(tmp_path, L6, R6[:3] + [""] + R6[4:], extra=early) == EXPECTED6


def test_three_lines_side_by_side_between_lines_across_the_page(tmp_path):
    """A title above and two notes below, across the page, part the page (six lines) into stretches: the three
    lines side by side between them are too few to be columns, each is read across the page."""
    def across(p):
        p.text(LEFT, 60, "第三部分　二〇二四年度部门决算情况说明（本页分两栏排版，各栏三行）", SIZE)
        p.text(LEFT, 160, "注：本表金额单位为万元，合计数与各分项之和因四舍五入可能略有差异。", SIZE)
        p.text(LEFT, 177, "本页以下无正文，附表见第四部分，各表的口径与上年一致，未作调整。", SIZE)

    got = _read(tmp_path, L3, R3, offset=0, extra=across)
    assert got[1:4] == [f"{a.lstrip('　')} {b}" for a, b in zip(L3, R3)]


def test_a_block_in_the_right_half_only_is_read_as_it_stands(tmp_path):
    """Lines all starting at one place right of the middle (a contact block under a full-width paragraph) have an
    edge but nothing left of it: no columns, each line as printed."""
    block = ["联系单位：某区测试局财务科", "联系人：王某某", "联系电话：0000-12345678", "通讯地址：某区某路1号",
             "邮政编码：000000", "电子邮箱：test@example.cn"]

    def para(p):
        p.text(LEFT, 60, "以上为本部门二〇二四年度部门决算公开的全部内容，如有疑问请与我们联系。", SIZE)

    got = _read(tmp_path, [], block, extra=para)
    assert got[0] == "以上为本部门二〇二四年度部门决算公开的全部内容，如有疑问请与我们联系。"
    assert "".join(got[1:]).replace(" ", "") == "".join(block).replace(" ", "")  # in order, none lost or split


def _beside_prose(tmp_path: Path, left: list[tuple[float, int, str]], name: str, offset: float = 0.0) -> list[str]:
    """Text placed on the left (x, line number, text) beside the six lines of R6 (`offset` lower)."""
    w = PdfWriter()
    p = w.page()
    for x, i, t in left:
        p.text(x, 100 + 17 * i, t, SIZE)
    _place(p, RIGHT, R6, 100 + offset)
    return [q.text for q in read_workbook(w.save(tmp_path / name)).paragraphs]


def test_side_headings_beside_text_are_not_a_column(tmp_path):
    """Two headings in the left margin (too few lines for a column): each is read with the text beside it."""
    got = _beside_prose(tmp_path, [(LEFT, 0, "一、部门职责"), (LEFT, 3, "二、机构设置")], "旁标题.pdf")
    assert got == [f"一、部门职责 {R6[0]}", _joined(R6[1:3]), f"二、机构设置 {R6[3]}", _joined(R6[4:])]


def test_label_value_pairs_beside_text_are_not_a_column(tmp_path):
    """A label and its value on each line of the left side (two pieces a line: a form, not prose), the text on the
    right half a line lower (each a line of its own)."""
    pairs = [("项目名称", "社区综合服务中心运行"), ("主管部门", "某区民政局社区建设科"), ("实施单位", "某区社区服务中心全额"),
             ("项目类型", "经常性项目三年周期"), ("资金来源", "区级一般公共预算资金"), ("实施期限", "二〇二四年一月至十二")]
    left = [(LEFT, i, a) for i, (a, _b) in enumerate(pairs)] + [(150, i, b) for i, (_a, b) in enumerate(pairs)]
    got = _beside_prose(tmp_path, left, "表单.pdf", offset=8.5)
    assert got == [t for (a, b), r in zip(pairs, R6) for t in (f"{a} {b}", r)]  # line by line, down the page
    # half the labels without a value (3 of 6 lines one piece, fewer than 4 in 5): still a form
    left = [(LEFT, i, a) for i, (a, _b) in enumerate(pairs)] + [(150, i, b) for i, (_a, b) in enumerate(pairs) if i % 2]
    got = _beside_prose(tmp_path, left, "表单2.pdf", offset=8.5)
    assert got == [t for i, ((a, b), r) in enumerate(zip(pairs, R6)) for t in (f"{a} {b}" if i % 2 else a, r)]


def test_right_aligned_lines_beside_text_are_not_a_column(tmp_path):
    """Lines set flush right on the left side (an address block) do not start at one edge: not prose."""
    block = ["某区测试局", "二〇二四年度部门决算", "联系人王某某", "联系电话见附件", "某区某路一号", "邮编零零零零零零"]
    got = _beside_prose(tmp_path, [(270 - SIZE * len(t), i, t) for i, t in enumerate(block)], "右齐.pdf")
    assert got == [f"{b} {r}" for b, r in zip(block, R6)]


def test_a_narrow_column_of_short_lines_joins_its_paragraphs(tmp_path):
    """A narrow right column (seven characters a line, a sidebar): no line is long enough for the page's way of
    finding margins, so the column's own extremes are its margins; its wrapped lines join into paragraphs."""
    right = ["本年度收入合计", "一千二百万元，", "比上年增加。", "　　支出合计一", "千一百万元，比", "上年减少。"]
    got = _read(tmp_path, L6, right)
    assert got == EXPECTED6[:2] + ["本年度收入合计一千二百万元，比上年增加。", "支出合计一千一百万元，比上年减少。"]


def test_a_column_just_within_the_share_of_single_and_full_lines(tmp_path):
    """A right column of five lines: four of them one piece (4 of 5 is the least share, 0.8) and two running to
    its right edge (2 of 5, the least share, 0.4): still prose, read after the left column."""
    right = ["本部门二〇二四年度结转结余一百万元，比上", "年减少十万元，主要是项目按期完成。",
             "本部门二〇二四年度财政拨款支出一千万元，", "比上年增加五万元。", "合计　　　　　　一千万元"]
    got = _read(tmp_path, L6, right)
    assert got == EXPECTED6[:2] + [_joined(right[:2]), _joined(right[2:4]), "合计 一千万元"]


def _table(top: float):
    """A ruled table of two rows across both columns, its top `top` points down the page."""
    def draw(p):
        p.grid(LEFT, top, [260, 210], [["工资福利支出", "1,000.00"], ["商品和服务支出", "200.00"]])
    return draw


def test_a_table_three_line_heights_below_the_columns_leaves_them_columns(tmp_path):
    """Six lines a side on the same lines, a ruled table below: a line within three line heights (31.5 pt) above a
    table may be its unruled header, never a column's. The last line (of characters whose boxes are exactly one em:
    its foot at 195.5 pt) with the table's top exactly three line heights below is still the columns'; 0.5 pt
    closer, it is the table's, and the five left are too few for columns: every line is read across the page."""
    left, right = L6[:5] + ["是支付商品和服务。"], R6[:5] + ["支出。"]
    expected = [_joined(left[:3]), _joined(left[3:]), _joined(right[:3]), _joined(right[3:])]
    got = _read(tmp_path, left, right, offset=0, extra=_table(195.5 + 31.5), name="表下.pdf")
    assert got[:4] == expected
    got = _read(tmp_path, left, right, offset=0, extra=_table(195.5 + 31.0), name="表近.pdf")
    assert got[:6] == [f"{a.lstrip('　')} {b}" for a, b in zip(left, right)]


def test_columns_printed_just_under_a_table_are_columns(tmp_path):
    """A table whose bottom rule is at the first line's top (100 pt): the lines are below it, not beside it, and
    are read column by column."""
    got = _read(tmp_path, L6, R6, offset=0, extra=_table(100 - 36), name="表上.pdf")
    assert got[-4:] == EXPECTED6


def test_lines_beside_a_table_are_read_before_the_columns_below_it(tmp_path):
    """A ruled table in the left half of the page, four lines of text beside it on the right, then six lines a side
    below it: the lines beside the table end the stretch (no columns there: they are read as printed), and the two
    columns below are read column by column."""
    beside = ["本部门二〇二四年度一般公共预算财政拨款", "支出一千万元，主要用于社区服务和行政运", "行，具体情况见左表，各项支出均按预算执",
              "行。"]

    def table(p):
        p.grid(LEFT, 100, [150, 60], [["项目", "金额"], ["基本支出", "800.00"], ["项目支出", "200.00"]], row_h=20)
        _place(p, RIGHT, beside, 100)

    w = PdfWriter()
    p = w.page()
    table(p)
    _place(p, LEFT, L6, 168)
    _place(p, RIGHT, R6, 168)
    got = [q.text for q in read_workbook(w.save(tmp_path / "旁表.pdf")).paragraphs]
    assert "".join(got[:-4]) == _joined(beside) and got[-4:] == EXPECTED6  # (the table parts the first line off)


def test_a_left_column_running_to_one_point_from_the_right_one(tmp_path):
    """The gutter is 1 pt left of where the right column starts. A left column whose full lines (twenty characters
    from 109 pt) end exactly there, 1 pt from the right column, does not run across the gutter, and its last
    characters stay in the left column."""
    assert _read(tmp_path, L6, R6, left_x=RIGHT - 1 - 20 * SIZE, name="窄栏间.pdf") == EXPECTED6


# four lines a side below a heading across the page; the right column's first line is placed by the test
L4 = ["　　本部门二〇二四年度一般公共预算财政拨", "款支出一千万元，比上年增加五万元，增长", "百分之零点五，主要是新增社区服务项目，", "相应增加了支出。"]
R4 = ["本部门二〇二四年度政府采购支出五十万元，", "全部为货物采购，比上年减少二万元，主要", "　　　是办公设备采购减少。"]


def _two_stretches(tmp_path: Path, first_x: float, name: str) -> list[str]:
    """Three lines a side (the right column's edge at 320 pt is found from them), a heading across the page, then
    four lines a side: the right column's first line starts at `first_x`, its last is indented three characters."""
    w = PdfWriter()
    p = w.page()
    _place(p, LEFT, L3, 100)
    _place(p, RIGHT, R3, 108.5)
    p.text(LEFT, 170, "（二）二〇二四年度政府采购支出情况说明，本部分所列金额均为决算数，单位为万元。", SIZE)
    _place(p, LEFT, L4, 200)
    p.text(first_x, 208.5, "本部门二〇二四年度国有资产占用情况良好", SIZE)
    _place(p, RIGHT, R4, 225.5)
    return [q.text for q in read_workbook(w.save(tmp_path / name)).paragraphs]


@pytest.mark.parametrize("first_x", [RIGHT - 1, RIGHT + 2.5 * SIZE])
def test_a_right_column_with_three_lines_starting_at_its_edge(tmp_path, first_x):
    """Of the right column's four lines below the heading, three start at its edge: one of them 1 pt before it
    (the gutter), or two and a half characters in (the most an indented line may be), and the last line is set
    further in. Three is enough: both stretches are read column by column."""
    got = _two_stretches(tmp_path, first_x, f"三行{first_x}.pdf")
    right = "本部门二〇二四年度国有资产占用情况良好" + _joined(R4)
    assert "".join(got) == _joined(L3) + _joined(R3) + "（二）二〇二四年度政府采购支出情况说明，本部分所列金额均为决算数，单位为万元。" \
        + _joined(L4) + right


L10 = ["　　本部门二〇二四年度收入合计一千二百", "万元，比上年增加十二万元，增长百分之一，", "主要是人员经费增加。",
       "　　　　其中：财政拨款收入一千万元，", "　　　　事业收入一百五十万元，", "　　　　其他收入五十万元。",
       "　　本部门二〇二四年度支出合计一千一百", "万元，比上年减少八万元，下降百分之一，", "主要是公用经费减少。",
       "合计　　　　　　一千一百万元"]
R10 = R6 + ["本部门二〇二四年度政府采购支出五十万元，", "全部为货物采购，比上年减少二万元。", "合计　　　　　　五十万元",
            "以上数据均为决算数。"]


def test_ten_lines_a_side_at_the_least_shares_of_prose(tmp_path):
    """Ten lines a side on the same lines. The left column has exactly the least shares that are still prose: 7 of
    10 lines start at its edge (three are indented four characters), 4 of 10 run to its right edge (one of them
    ends a character short: within one and a half characters of the edge is running to it); a total line
    in two pieces on each side leaves 8 of the page's 10 lines in at most two pieces (the least share). Read column
    by column."""
    got = _read(tmp_path, L10, R10, offset=0, name="十行.pdf")
    assert "".join(got).replace(" ", "") == (_joined(L10) + _joined(R10)).replace("　", "")
    assert got[-1] == "以上数据均为决算数。"


def test_ten_lines_a_side_with_three_rows_in_several_pieces_are_not_columns(tmp_path):
    """As above, but a second total line on the right: 3 of the page's 10 lines are in three pieces (fewer than 4 in
    5 in at most two: a form, not prose), so the lines are read across the page, though each column alone would
    pass for prose."""
    right = R10[:5] + ["合计　　　　　　一千万元"] + R10[6:]
    text = "".join(_read(tmp_path, L10, right, offset=0, name="十行三段.pdf"))
    assert text.index(R10[0]) < text.index(L10[1])


def test_a_list_of_short_lines_beside_text_is_not_a_column(tmp_path):
    """A list of headings on the left (one piece each, all at one edge, but only one of six running to the column's
    right edge: fewer than 2 in 5), prose on the right half a line lower: not columns, read down the page."""
    toc = ["一、部门职责", "二、机构设置", "三、收入支出决算总表", "四、收入决算表", "五、支出决算表", "六、财政拨款收入支出决算总表"]
    text = "".join(_read(tmp_path, toc, R6, name="目录.pdf"))
    assert text.index(R6[0]) < text.index(toc[1])


def test_a_line_ending_one_and_a_half_characters_short_runs_to_the_edge(tmp_path):
    """A left column of five lines, two of them running to its right edge (2 of 5: the least share): one is full,
    the other (set half a character in, eighteen characters) ends exactly one and a half characters short of the
    edge, which still counts as running to it. Read column by column."""
    w = PdfWriter()
    p = w.page()
    left = [(LEFT, "　　本部门二〇二四年度收入合计一千二百"), (LEFT + SIZE / 2, "万元，比上年增加十二万元，增长一成，"),
            (LEFT, "主要是人员经费增加。"), (LEFT, "　　本部门二〇二四年度支出略有减少。"), (LEFT, "主要是公用经费减少。")]
    for i, (x, text) in enumerate(left):
        _place(p, x, [text], 100 + 17 * i)
    _place(p, RIGHT, R6, 108.5)
    text = "".join(q.text for q in read_workbook(w.save(tmp_path / "短一点五.pdf")).paragraphs)
    assert text == _joined([t for _x, t in left]) + _joined(R6)


def test_a_column_of_figures_at_the_most_share_of_digits_is_prose(tmp_path):
    """A right column whose characters are 40 % digits and number signs (40 of 100: the most prose may have) is
    still a column of text, read after the left one."""
    right = ["本部门二〇二四年度收入合计1,200.00万", "元，比上年增加12.00万元，增长1.0%，", "主要是人员经费增加。支出合计",
             "1,100.00万元，比上年减少8.00万元。", "结转结余100.00万元，与上年持平。"]
    text = "".join(_read(tmp_path, L6, right, name="数字.pdf"))
    assert text == _joined(L6) + "".join(right)


def test_a_narrow_column_of_eight_character_lines_has_the_page_way_margins(tmp_path):
    """A narrow left column: a heading at the column's edge, then lines of eight characters set one character in
    (long enough to find margins the page's way: the commonest left edge of such lines). The heading does not pull
    the column's left margin out to its own edge, so the eight-character lines are one paragraph, not each a
    paragraph indented from the heading."""
    w = PdfWriter()
    p = w.page()
    body = ["本年度收入合计为", "一千二百万元，比", "上年增加十二万元", "，主要是人员经费", "增加。"]
    p.text(LEFT, 100, "一、收入", SIZE)
    _place(p, LEFT + SIZE, body, 117)
    _place(p, RIGHT, R6, 108.5)
    got = [q.text for q in read_workbook(w.save(tmp_path / "八字.pdf")).paragraphs]
    assert got[:2] == ["一、收入", "".join(body)] and got[2:] == EXPECTED6[2:]
