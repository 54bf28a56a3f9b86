"""A print whose visible box (the /CropBox, or a /MediaBox narrower than what was drawn) cuts a table's right-hand
columns off (session 28's open item a, issue #9): what is outside the box is not printed — a viewer shows the table
without those columns — so the table has lost columns and cannot be judged; it is set aside, saying so (BGC006),
never checked on half its columns. Session 27's nine tables (tests/heldout27_tables.py), 01–05 each on its own page;
the pages of 02, 03 and 04 cut (their 本年收入合计 / 本年支出合计 / 合计 columns stay, some parts go), ruled, 三线 and
unruled:
  boundary  the CropBox's right edge on a column rule: the columns right of it wholly outside (a ruled table's
            horizontal rules run on past the edge; an unruled one's figures stand in the text layer beyond it).
  through   the edge through the middle of a figure column (its figures half shown).
  media     no CropBox, the MediaBox narrower than the drawing (the page cut the same way).
Each must draw no error (a cut table's parts no longer add up to its totals) and one BGC006 warning per cut table
naming the visible box; 01 and 05 on uncut pages are still checked (a seeded mistake in 05 is found).

First run (main 9b85d13, before any change; /tmp/tabfix/s29/crop_score.py): every one of the 7 prints drew false
errors — TBL201 ×4, TBL301 ×4, TBL401 ×5 (and TBL405 on the two cut through a column) besides CMP008 ×3 (the 单位 at
the meta line's right end cut off too), and no warning that anything was cut. Now each draws the 3 BGC006 and
nothing else (readers/pdf_cropped.py)."""

from __future__ import annotations

import pytest

import heldout27_tables as t27
import test_tables_heldout27 as h27
from pdf_writer import STYLE, PdfWriter, fit_widths
from test_forms_support import check

T02, T03, T04, T05 = h27.T02, h27.T03, h27.T04, h27.T05
CUT = (T02, T03, T04)


def _edges(t, size=9.0, width=595.0):
    """The x of each column rule of `t` as h27.book draws it on a portrait page."""
    _s, widths = fit_widths(t, size, width - 40)
    x = max(20.0, (width - sum(widths)) / 2)
    out = [x]
    for w in widths:
        x += w
        out.append(x)
    return out


def _cut_x(t, how):
    """Where the visible box ends on `t`'s page: on the rule before its last two figure columns, or through the
    middle of the second last."""
    xs = _edges(t)
    return xs[-3] if how != "through" else (xs[-3] + xs[-2]) / 2


def made(folder, rules, how, edit=None):
    ts = [t for k, t in enumerate(t27.nine(t27.Fmt()), 1) if k <= 5]
    if edit is not None:
        edit(ts)
    cuts = {k: _cut_x(t, how) for k, t in enumerate(ts) if t.title in CUT}  # (page k: table k, one a page)

    class Cropped(PdfWriter):
        def save(self, path):
            for k, p in enumerate(self.pages):
                if k in cuts:
                    if how == "media":
                        p.width = cuts[k]
                    else:
                        p.crop = (0, 0, cuts[k], p.height)
            return super().save(path)

    saved, writer = dict(STYLE), h27.PdfWriter
    STYLE["figure_marks"] = " −"
    h27.PdfWriter = Cropped
    try:
        return h27.book(folder / "a.pdf", ts, rules=rules)
    finally:
        h27.PdfWriter = writer
        STYLE.clear()
        STYLE.update(saved)


def findings(path, folder):
    return [f for f in check(path, folder) if f.severity.value != "info"
            and not (f.code == "CMP001" and (f.message.startswith(tuple(f"缺少公开0{k}表" for k in "6789"))
                                              or f.message.startswith("本文件只有")))]


PRINTS = [(rules, how) for rules in ("grid", "three", "none") for how in ("boundary", "through")] + [("grid", "media")]


@pytest.mark.parametrize("rules,how", PRINTS, ids=[f"{r}-{h}" for r, h in PRINTS])
def test_a_table_cut_by_the_visible_box_is_set_aside_not_judged(tmp_path, rules, how):
    got = findings(made(tmp_path, rules, how), tmp_path)
    errors = [(f.code, f.message) for f in got if f.severity.value == "error"]
    assert errors == []
    aside = sorted(f.table or "" for f in got if f.code == "BGC006" and "显示区域" in f.message)
    assert len(aside) == 3, [(f.code, f.message) for f in got]
    assert [f for f in got if f.code != "BGC006"] == []


def _seed_05(ts):
    t = next(t for t in ts if t.title == T05)
    r = next(r for r in t.rows[t.head:] if r[1] == "住房公积金")
    r[3] = "29.61"  # 基本支出 (合计 29.16)


@pytest.mark.parametrize("rules", ["grid", "none"])
def test_the_uncut_tables_are_still_checked(tmp_path, rules):
    got = findings(made(tmp_path, rules, "boundary", _seed_05), tmp_path)
    assert any(f.code.startswith(("TBL5", "TBL001")) and f.locations and "2210201" in (f.locations[0].row_label or "")
               for f in got), [(f.code, f.message) for f in got]
