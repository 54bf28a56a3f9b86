"""Merged 科目编码 printed at the FOOT of their blocks, the table broken by TWO page breaks each inside a block (s26
mut, found while testing recognize/centred_codes.py's joined pages, issue #9/#14): session 25's prints
(tests/test_tables_bottom_breaks25.py: 03 of session 21's figures, kuan / codes3y / lei-bare, codes on the next page or
on both, 三线 or none, codes centred/left/right) on three pages, cut after body rows c1 and c2.

Written and run before the fix: on main bd7dddb, 14 of the 72 clean prints below drew false findings (TBL001, XTB003;
'next' prints whose second cut falls inside a block, 15 or 17): a page's part was joined with the next page's only
when that one closes at its foot, while the middle page of three ends inside a block too, its code on the third
page; the 4 seeded mistakes were found. Fixed (centred_codes._joined_run: the run
takes each following page while the page just joined is open at its foot): 72 of 72 clean; each seeded mistake in a
cut block still found. Then (5, 7), the second break at a block's end (the joined run followed by a page read on its
own: centred_codes line 175's `continue`, a mutant `break` left it unread): clean before and after.
"""

from __future__ import annotations

import pytest

import test_tables_bottom_breaks25 as b25
import test_tables_heldout21 as h
from pdf_writer import STYLE, PdfWriter, draw_table, fit_widths, meta_line, title_lines

PAIRS = [(c1, c2) for c1 in (3, 5, 7) for c2 in (15, 17, 19)] + [(5, 7)]  # ((5, 7): the second break at a block's end)


def book(path, first, t, cuts, where, rules, size=9.0):
    """01 on the first page, then 03 over three pages, cut after body rows cuts[0] and cuts[1]."""
    w = PdfWriter()
    fsize, fwidths = fit_widths(first, size, 555)
    p = w.page()
    fx = max(20.0, (595 - sum(fwidths)) / 2)
    y = meta_line(p, fx, title_lines(p, 595 / 2, 40.0, first.title, 14) + 26, sum(fwidths), first, fsize) + fsize * 2
    draw_table(p, fx, y, fwidths, first.rows, first.merges, first.head, rules, fsize, "bottom", head_align="middle")
    tsize, widths = fit_widths(t, size, 555)
    x0 = max(20.0, (595 - sum(widths)) / 2)
    ends = [0, *cuts, len(t.rows) - t.head]
    for s, e in zip(ends, ends[1:]):
        p = w.page()
        y = 40.0
        if s == 0:
            y = title_lines(p, 595 / 2, y, t.title, 14) + 26
            y = meta_line(p, x0, y, sum(widths), t, tsize) + tsize * 2
        rows, merges = b25.pieces(t, t.head + s, t.head + e, where)
        draw_table(p, x0, y, widths, rows, merges, t.head, rules, tsize, "bottom", head_align="middle")
    return w.save(path)


def findings(folder, layout, cuts, where, rules, codes, edit=None):
    saved = dict(STYLE)
    STYLE.update(codes=codes) if codes else None
    try:
        pdf = book(folder / "a.pdf", *b25.tables(layout, edit), cuts, where, rules)
    finally:
        STYLE.clear()
        STYLE.update(saved)
    return [(c, m) for c, m in h.problems(pdf, folder) if c != "CMP001"]


CASES = [pytest.param(*p, cuts, id=f"{'-'.join(x or 'centre' for x in p)}-{cuts[0]}-{cuts[1]}")
         for p in b25.PRINTS for cuts in PAIRS]


@pytest.mark.parametrize("layout,where,rules,codes,cuts", CASES)
def test_clean_cut_twice(tmp_path, layout, where, rules, codes, cuts):
    found = findings(tmp_path, layout, cuts, where, rules, codes)
    assert [c for c, _m in found if c != "BGC006"] == [], found


@pytest.mark.parametrize("case", list(b25.SEEDED))
def test_seeded_mistake_found_cut_twice(tmp_path, case):
    """Session 25's seeded mistakes (a figure of a cut block wrong), each print cut at its own place and once more
    inside another block: still found."""
    layout, where, rules, codes, cut, edit = b25.SEEDED[case]
    cuts = (5, cut) if cut > 10 else (cut, 16)
    found = findings(tmp_path, layout, cuts, where, rules, codes, edit)
    assert any(c.startswith("TBL") for c, _m in found), found
