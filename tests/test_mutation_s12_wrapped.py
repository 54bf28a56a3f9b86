"""recognize/wrapped.py (session 11: 情况说明 with one paragraph per printed line, joined back) measured by
tools/mutate.py for the first time (session 12, s12mut). Its only tests were the rewrapped samples of
test_review11_wrapped (110 s): too slow for a mutation run and blind to the thresholds. These tests feed the
functions lines as a Word file converted from a PDF (broken by printed width: digits half as wide) or a sheet with
a line per cell (broken by count) gives them, in memory (about a second).
"""

from __future__ import annotations

from govaudit.model.disclosure import TextParagraph
from govaudit.model.figure import Location
from govaudit.recognize.wrapped import (_open, _slack, _visual, _wrapped, join_paragraphs, join_texts, wrap_width,
                                        wrapped_groups)

INCOME = "本部门2019年度收入总计1019.83万元，比上年增加120.50万元，增长13.4%，主要原因是本年度人员增加，基本支出相应增加。"
SPENDING = ("本部门2019年度支出总计1019.83万元，其中：基本支出806.31万元，占79.06%；项目支出213.52万元，占20.94%，"
            "主要用于社会保障和就业方面的支出。")
# no ASCII: its lines are as wide printed as counted
THRIFT = ("本部门严格执行预算管理制度，厉行节约，压缩一般性支出，各项经费支出均控制在预算范围之内，没有发生超预算支出的情况，"
          "资金使用规范有效，绩效目标基本实现，社会效益和经济效益较为明显。")


def by_count(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def by_print(text: str, width: float) -> list[str]:
    lines, cur, w = [], "", 0.0
    for ch in text:
        if w + _visual(ch) > width:
            lines.append(cur)
            cur, w = "", 0.0
        cur += ch
        w += _visual(ch)
    return lines + [cur]


def test_widths_and_open_lines():
    assert _visual("支出1019.83万元") == 7.5 and _visual("（一）") == 3
    assert _open("一" * 16, len) and _open("一" * 90, len)  # the narrowest and the widest line of body text
    assert not _open("一" * 15, len) and not _open("一" * 91, len)
    assert not _open("一" * 20 + "。", len) and not _open("   ", len) and not _open("", len)
    assert not _open("部门：人力资源和社会保障局\u3000\u3000单位：万元", len)  # a layout line, not body text
    assert not _open("部门：人力资源和社会保障局  单位：万元", len)
    assert _slack(_visual, 20) == 2 and _slack(_visual, 10) == 1.5 and _slack(len, 20) == 1


def test_a_line_runs_on_at_about_the_width():
    assert _wrapped("一" * 18, _visual, 20) and not _wrapped("一" * 17 + "1", _visual, 20)  # slack 2 printed
    assert _wrapped("一" * 19, len, 20) and not _wrapped("一" * 18, len, 20)  # slack 1 counted
    # a sentence ending at the line's end, its paragraph going on below
    assert _wrapped("一" * 19 + "。", len, 20) and _wrapped("一" * 18 + "。", len, 20)
    assert not _wrapped("一" * 17 + "。", len, 20) and not _wrapped("一" * 20 + "。", len, 20)
    assert _wrapped("一" * 15 + "。", len, 16) and not _wrapped("一" * 14 + "。", len, 15)
    assert not _wrapped("一" * 8 + "\u3000\u3000" + "一" * 9 + "。", len, 20)


def test_a_numbered_line_runs_on_only_when_full_or_a_sentence():
    assert _wrapped("（一）" + "一" * 17, len, 20)  # a long heading filling the line
    assert not _wrapped("（一）" + "一" * 16, len, 20)  # a heading one short of the line: it ends there
    assert _wrapped("（一）" + "一" * 16 + "1", _visual, 20)  # half a character short, printed
    assert not _wrapped("（一）" + "一" * 16 + "。", len, 20)
    # with a sentence's punctuation it is measured as body text
    assert _wrapped("（三）收入支出情况说明：" + "一" * 7, len, 20) and not _wrapped("（三）收入支出情况说明：" + "一" * 6, len, 20)


def test_the_width_lines_are_broken_at():
    assert wrap_width(by_count(INCOME, 20) + by_count(SPENDING, 20)) == (len, 20)
    assert wrap_width(by_print(INCOME, 20) + by_print(SPENDING, 20)) == (_visual, 20)
    # as wide printed as counted: the printed width is the one taken
    assert wrap_width(by_count(THRIFT, 18)) == (_visual, 18)


def test_lines_of_figures_are_measured_by_count():
    """Printed, each line is narrower than a line of body text; counted, they are 22 characters a cell."""
    text = "各项支出分别为" + "、".join(f"{1000 + i * 37.41:.2f}" for i in range(20)) + "万元。"
    lines = by_count(text, 22)
    assert all(_visual(t) < 16 for t in lines[1:-1])
    assert wrap_width(lines) == (len, 22)
    assert wrapped_groups(lines) == [list(range(len(lines)))]


def test_the_widest_of_a_cluster_of_widths():
    lines = ["一" * 20, "一" * 20, "一" * 21 + "。", "二" * 20, "二" * 20, "二" * 21, "二" * 5 + "。", "三" * 21, "三" * 2 + "。"]
    assert wrap_width(lines) == (_visual, 21)


def test_how_many_lines_make_a_width():
    four = ["一" * 20, "二" * 20, "三" * 19 + "。", "四" * 20, "五" * 19, "六" * 10 + "。"]  # 4 distinct, 2 runs
    assert wrap_width(four) is not None
    assert wrap_width(four[:1] + four[2:]) is None  # 3 distinct
    assert wrap_width(["一" * 20, "二" * 20, "三" * 10 + "。", "四" * 20, "五" * 20, "六" * 10 + "。"]) is not None
    # 4 lines of the width but one run only, or none
    assert wrap_width(["一" * 20, "二" * 20, "三" * 10 + "。", "四" * 20, "五" * 10 + "。", "六" * 20, "七" * 9 + "。"]) is None
    assert wrap_width(["一" * 20, "二" * 9 + "。", "三" * 20, "四" * 9 + "。", "五" * 20, "六" * 9 + "。",
                       "七" * 20, "八" * 9 + "。"]) is None
    # the same line repeated (a form's 填报部门 line under each form) is one width, not four
    assert wrap_width(["填报部门人力资源和社会保障局金额单位万元"] * 6) is None
    # counted, a line one short of the width still runs on
    assert wrap_width(["一" * 19, "二" * 20, "三" * 20, "四" * 20, "五" * 3 + "。"]) == (_visual, 20)


def test_paragraphs_grouped():
    a, b = by_count(INCOME, 20), by_count(SPENDING, 20)
    lines = ["一、收入支出决算总体情况说明"] + a + ["二、支出决算情况说明"] + b
    assert wrapped_groups(lines) == [[0], list(range(1, 1 + len(a))), [1 + len(a)],
                                     list(range(2 + len(a), 2 + len(a) + len(b)))]
    # a heading style is never joined, nor anything to it; a blank line or an indented one starts afresh
    fixed = [False] * len(lines)
    fixed[2] = True
    groups = wrapped_groups(lines, fixed)
    assert groups[:4] == [[0], [1], [2], [3, 4]]
    for stop in ("", "\u3000\u3000本部门2019年度无政府性基金预算财政拨款收入。"):
        g = wrapped_groups(a[:3] + [stop] + a[3:] + b)
        assert g[0] == [0, 1, 2] and g[1] == [3]


def test_a_wrapped_heading_style_line_does_not_run_on():
    lines = by_count(THRIFT, 18)
    fixed = [False] * len(lines)
    fixed[1] = True  # its own line, styled as a heading: what follows starts afresh
    assert wrapped_groups(lines, fixed) == [[0], [1], [2, 3, 4]]


def test_lines_joined():
    assert join_texts(["一般公", "共预算财政拨款支出1019.", "83万元。"]) == "一般公共预算财政拨款支出1019.83万元。"
    assert join_texts(["使用Office", "Automation系统"]) == "使用Office Automation系统"
    assert join_texts(["（二）使用Office", "Automation系统"]) == "（二）使用Office Automation系统"
    assert join_texts(["采购SAP", "B1系统"]) == "采购SAP B1系统"
    assert join_texts(["购置数字化DR", "X光机一台"]) == "购置数字化DR X光机一台"
    assert join_texts([" 单独一行 "]) == "单独一行"


def _paragraphs(texts: list[str], levels: dict[int, int] | None = None) -> list[TextParagraph]:
    return [TextParagraph(index=i, text=t, level=(levels or {}).get(i),
                          location=Location(file="说明.docx", paragraph=i)) for i, t in enumerate(texts, 1)]


def test_word_paragraphs_joined():
    a = by_count(INCOME, 20) + by_count(SPENDING, 20)
    paras = _paragraphs(["一、收入决算情况说明"] + a)
    joined = join_paragraphs(paras)
    assert [p.text for p in joined] == ["一、收入决算情况说明", INCOME, SPENDING]
    assert joined[0] is paras[0] and joined[1].index == 2 and joined[1].location.paragraph == 2
    ordinary = _paragraphs(["一、收入决算情况说明", INCOME, SPENDING])
    assert join_paragraphs(ordinary) is ordinary
    # lines styled as headings (Word's outline level) are not joined
    styled = _paragraphs(a, {i: 1 for i in range(1, len(a) + 1)})
    assert join_paragraphs(styled) is styled


def test_a_counted_line_one_short_of_the_width_runs_on():
    """Lines pasted a cell each are W characters, or one fewer where a word did not fit: the fourth line of the
    width is the one short of it (by print, these lines of figures are too narrow to be body text)."""
    figures = "、".join(f"{1000 + i * 37.41:.2f}" for i in range(12))
    lines = [figures[:22], figures[22:44], figures[44:65], figures[65:87], figures[87:] + "万元。"]
    assert [len(t) for t in lines[:4]] == [22, 22, 21, 22]
    assert wrap_width(lines) == (len, 22)
    assert wrap_width(lines[:2] + [lines[2] + "。"] + lines[3:]) is None  # three lines of the width
