"""A finding on a blank cell of a PDF print (lead s29): a required cell left empty (PRF202 '必填项未填写') has no printed
box of its own — it was reported at the virtual sheet's cell ('表格!F14'), a place no reader of the PDF can find. It is
now pinned to the page and the box where the cell would be printed: its row's height, its column's width."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from govaudit.cli import main
from test_forms_heldout28 import form, printed
from test_forms_heldout25 import pad
from test_forms_heldout_s11 import L


def _graded_blank(key):
    f = form(key)
    f["rows"][-1] = pad([f["rows"][-1][0], L, L, L, L, ""])  # the 评价等级 row, its grade left blank
    return f


@pytest.mark.parametrize("rules", ["grid", "three", "none"])
def test_a_blank_required_cell_of_a_pdf_is_pinned_to_its_page_and_box(tmp_path, rules):
    path = printed(tmp_path, _graded_blank("ZT"), rules)
    out = CliRunner().invoke(main, ["check", "--format", "json", str(path)]).output
    found = [f for f in json.loads(out)["findings"] if f["code"] == "PRF202"]
    assert len(found) == 1 and "评价等级" in found[0]["message"], out
    place = found[0]["locations"][0]
    assert place.get("page") == 1 and place.get("bbox") is not None, place
    x0, top, x1, bottom = place["bbox"]
    assert 0 < x0 < x1 < 595 and 0 < top < bottom < 842  # on the page (A4, points)
    text = CliRunner().invoke(main, ["check", str(path)]).output
    line = next(s for s in text.splitlines() if "PRF202" in s)
    assert line.strip().startswith("第1页 ["), line  # not the virtual sheet's '表格!F14'
