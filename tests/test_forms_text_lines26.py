"""A 绩效自评表 printed in a PDF without ruling lines (unruled or a 三线表) is read from the page's lines; its lines of
words alone ('主管部门 某市农业农村局 实施单位 某县农业农村局', '年度总体目标', the indicator header, '评价等级 优') were also
the document's paragraphs, read as its narrative: a form's own cells drew text findings — TXT031 held the 实施单位
'某县…' beside the 主管部门 '某市…' for the department's name misspelt (issue #9, session 25's GX print, left open).
Written before the fix (recognize/form_lines.py) and run on main bd7dddb: 14 of 14 failed — the paragraphs held the
form's lines of words ('主管部门 …', '年度总体目标', the indicator header) in every print; with no narrative page before
the form, the same seven forms printed unruled each drew TXT031 on main (none now). The narrative before the form, the
form's title and the notes under it stay paragraphs.
"""

from __future__ import annotations

import contextlib

import pytest

from pdf_writer import PdfWriter, PrintedTable, draw_table, producer, table_widths
from test_forms_breaks_heldout22 import problems
from test_forms_heldout25 import LAYOUTS, form
from test_forms_heldout_s10 import pdf_merges, pdf_part

NARRATIVE = ["一、项目绩效自评情况说明",
             "某县农业农村局2024年度共对3个项目开展绩效自评，涉及资金1000.00万元。",
             "自评结果显示，各项目总体完成了年初设定的绩效目标。"]
UNITS = ("主管部门", "某市农业农村局", "实施单位", "某县农业农村局")


def units_form(key):
    spec = dict(LAYOUTS[key], units=UNITS)
    return form(key, spec=spec)


def printed_after_text(folder, f, rules, figures="right", name="说明与自评表.pdf"):
    """A page of narrative (a heading and two sentences), then the form from a new page under its title lines, one
    part, unruled ('none') or a 三线表 ('three'), its notes under it."""
    rows = f["rows"]
    size = 7.5
    with producer(figures="left") if figures == "left" else contextlib.nullcontext():
        widths = table_widths(PrintedTable("", "", "", pdf_part(rows, 0, len(rows)), 1), size)
        scale = min(1.0, 520 / sum(widths))
        widths, size = [x * scale for x in widths], size * scale
        x0 = (595 - sum(widths)) / 2
        w = PdfWriter()
        p = w.page()
        y = 60.0
        for line in NARRATIVE:
            p.text(60, y, line, 10.5)
            y += 10.5 * 2
        p = w.page()
        y = 50.0
        for k, line in enumerate(f["head"]):
            big = 15 if k == 0 else 10
            p.text((595 - len(line) * big) / 2, y, line, big)
            y += big * 1.8
        y = draw_table(p, x0, y, widths, pdf_part(rows, 0, len(rows)), pdf_merges(rows, 0, len(rows)), head=0,
                       size=size, rules=rules)
        for note in f["notes"]:
            y += size * 1.8
            p.text(x0, y, note, size)
        return w.save(folder / name)


def test_no_txt031_on_the_form_alone(tmp_path):
    """The forms printed alone (no narrative): on main each drew TXT031 ('某县农业农村局' the 实施单位 beside the
    主管部门 '某市农业农村局')."""
    from test_forms_heldout25 import printed

    for key in LAYOUTS:
        path = printed(tmp_path, units_form(key), "none", name=f"{key}.pdf")
        assert not [c for c, _m in problems(path, tmp_path) if c.startswith("TXT")], key


def paragraphs_of(path):
    from govaudit.readers.pdf import read_pdf
    from govaudit.recognize.disclosure import recognize

    return [p.text for p in recognize(read_pdf(path)).paragraphs]


PRINTS = [("none", "right"), ("three", "left"), ("none", "left"), ("three", "right")]
CASES = [(k, *PRINTS[n % 4]) for n, k in enumerate(LAYOUTS)] + [(k, *PRINTS[(n + 2) % 4]) for n, k in enumerate(LAYOUTS)]


@pytest.mark.parametrize("key,rules,figures", CASES)
def test_form_lines_are_no_narrative(tmp_path, key, rules, figures):
    f = units_form(key)
    path = printed_after_text(tmp_path, f, rules, figures)
    assert not [c for c, _m in problems(path, tmp_path) if c.startswith("TXT")]
    texts = paragraphs_of(path)
    assert not [t for t in texts if "主管部门" in t or "一级指标" in t or "年度总体目标" in t]
    # (the narrative page before the form stays the document's text, and so do the form's title and its notes)
    assert all(any(line[:12] in t for t in texts) for line in NARRATIVE)
    assert any(f["head"][0] in t for t in texts)
    for note in f["notes"][:1]:
        assert any(note[:10] in t for t in texts)
