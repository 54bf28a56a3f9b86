"""Review of session 29's changes: correct disclosures the new readings must not misread.

1. wbfix 114704f reads a Word content control flagged as showing its placeholder (w:showingPlcHdr) as empty. A
   program that fills controls (figures put into each cell's control) may leave the flag on; Word then shows the
   filled text, not a prompt. Dropped, the figures of a clean set drew 131 false findings (TBL/XTB/PRF…). A
   flagged control holding a digit is read; one holding only a prompt ('单击或点击此处输入文字。') is still empty.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

import heldout26_book as hb
import heldout26_write as hw
import heldout28_mess as hm
from test_layout_heldout28 import _check, serious

W = hm.W
PROMPT = "单击或点击此处输入文字。"


def _sdt(flag: bool):
    sdt = hm.w("sdt")
    pr = etree.SubElement(sdt, W + "sdtPr")
    pr.append(hm.w("alias", val="金额"))
    if flag:
        pr.append(hm.w("showingPlcHdr"))
    etree.SubElement(pr, W + "text")
    return sdt, etree.SubElement(sdt, W + "sdtContent")


def _filled(folder: Path, flag: bool) -> tuple[Path, list[str], str]:
    """The clean set as Word, one figure cell in four filled through a content control (flagged or not), and one
    empty cell holding a flagged prompt; (path, the controlled figures, the prompt cell's row text)."""
    b = hb.book(hb.Fmt())
    path = folder / f"filled_{flag}.docx"
    where = hw.write_docx(path, b)
    doc = hm.Doc(path, where, b.narrative)
    figures, n, prompt_row = [], 0, None
    for tbl in hm.tables(doc.body):
        for tc in tbl.iter(W + "tc"):
            p = tc.find(W + "p")
            if p is None or not hm.plain(tc):
                continue
            text = hm.cell_text(tc).strip()
            if not text and prompt_row is None and tc.getparent().index(tc) > 1:
                sdt, content = _sdt(True)
                content.append(hm.run(PROMPT))
                p.append(sdt)
                prompt_row = "".join(hm.cell_text(c) for c in tc.getparent().iter(W + "tc"))
                continue
            if not hm.FIG.match(text):
                continue
            n += 1
            if n % 4:
                continue
            runs = p.findall(W + "r")
            sdt, content = _sdt(flag)
            runs[0].addprevious(sdt)
            content.extend(runs)
            figures.append(text)
    doc.save()
    return path, figures, prompt_row


def test_a_flagged_control_holding_figures_is_read(tmp_path):
    path, figures, _row = _filled(tmp_path, True)
    assert len(figures) > 20
    assert [(f.code, f.message) for f in serious(_check(path))] == []


def test_a_flagged_control_holding_a_prompt_is_still_empty(tmp_path):
    from govaudit.readers.docx import read_docx

    path, figures, prompt_row = _filled(tmp_path, True)
    assert prompt_row is not None
    values = [str(c.value) for s in read_docx(path).sheets for c in s.cells.values()]
    assert not any(PROMPT in v for v in values)
    read = [v.replace(",", "") for v in values]
    assert all(f.replace(",", "") in read for f in figures)


# 2. wbfix 22bd9f3 (--together by unit): a.xlsx holds 公开01–05表 of the 部门 and of its 单位, b.xlsx 06–09 of both, and
#    b.xlsx prints the 部门's 编制单位 a little differently ('某县农业农村局（本级）'). Every part's name is one of the
#    split files' names, so nothing is doubted: three units, the 部门 in a.xlsx alone and '（本级）' in b.xlsx alone, each
#    'missing' the other file's tables — 9 false CMP001 errors on a folder holding all eighteen tables (session start
#    9b85d13: 30 false findings, the two units mixed). Matching the one name left in each file would be a guess; not
#    fixed here.
def _tables_file(path: Path, ts, kinds, prefix: str) -> None:
    import heldout27b_book as hk
    from openpyxl import load_workbook

    hw.write_xlsx(path, hb.Book([ts[k] for k in kinds], [], []),
                  sheets=[f"{prefix}{hk.NAMES[k]}"[:31] for k in kinds], amounts="text")
    wb = load_workbook(path)
    for name in ("情况说明", "绩效自评表"):
        del wb[name]
    wb.save(path)


def test_a_unit_named_a_little_differently_in_the_second_file_draws_no_missing_table(tmp_path):
    import dataclasses

    import heldout27b_book as hk
    from govaudit.pipeline import Options, check_paths

    renamed = dataclasses.replace(hk.A, dept="编制单位：某县农业农村局（本级）　　　　2025年度",
                                  department="某县农业农村局（本级）")
    folder = tmp_path / "f"
    folder.mkdir()
    _tables_file(tmp_path / "a1.xlsx", hk.tables(hk.A), range(5), "部门-")
    _tables_file(tmp_path / "a2.xlsx", hk.tables(hk.B), range(5), "单位-")
    hk.two_units(folder / "a.xlsx", tmp_path / "a1.xlsx", tmp_path / "a2.xlsx")
    _tables_file(tmp_path / "b1.xlsx", hk.tables(hk.B), range(5, 9), "单位-")
    _tables_file(tmp_path / "b2.xlsx", hk.tables(renamed), range(5, 9), "部门-")
    hk.two_units(folder / "b.xlsx", tmp_path / "b1.xlsx", tmp_path / "b2.xlsx")
    result = check_paths([str(folder)], Options(), together=True, notes=[])
    assert [f.message for f in result.findings if f.code == "CMP001"] == []


# 3. textfix 1f607dc (narrative_parts.bare_share_whole for 预算): a share of 基本支出/项目支出 naming no whole is judged
#    against 本年支出合计. A sentence that first names a fund in a clause of no amount ("从一般公共预算看，", "就财政拨款
#    而言，") speaks of that fund's spending: right sentences of the 财政部式 sample (一般公共预算 2,230.50 = 基本 1,750.50
#    + 项目 480.00; 财政拨款 2,270.50 = 1,750.50 + 520.00) drew a false TXT011 each (1f607dc: 4 of these 4; the 决算 had
#    the same false TXT011 before this session).
FRAMED_BUDGET = [
    "从一般公共预算看，基本支出1,750.50万元，占78.48%。",
    "按一般公共预算口径，基本支出1,750.50万元，占78.48%；项目支出480.00万元，占21.52%。",
    "一般公共预算拨款中，基本支出1,750.50万元，占78.48%；项目支出480.00万元，占21.52%。",
    "就财政拨款而言，基本支出1,750.50万元，占77.10%。",
]


@pytest.mark.parametrize("text", FRAMED_BUDGET)
def test_a_budget_share_framed_by_a_fund_is_not_judged_against_all_spending(text):
    from narrative_batch import base
    from test_narrative_budget_heldout11 import _alone

    assert [code for code, _m in _alone(base("财政部式"), text, "支出预算情况说明") if code == "TXT011"] == []


@pytest.mark.parametrize("text", ["基本支出1,750.50万元，占70.00%。",
                                  "支出预算2,310.50万元。财政拨款收入2,270.50万元，基本支出1,750.50万元，占70.00%。"])
def test_a_wrong_bare_budget_share_is_still_found(text):
    from narrative_batch import base
    from test_narrative_budget_heldout11 import _alone

    assert "TXT011" in [code for code, _m in _alone(base("财政部式"), text, "支出预算情况说明")]


def test_a_final_share_framed_by_a_fund_is_not_judged_against_all_spending(tmp_path):
    """heldout17's 2022 tables: 公开05表 2,116.25 = 基本 776.71 + 项目 1,339.54 (本年支出合计 6,451.24)."""
    from test_narrative_heldout17 import _findings

    texts = ["从一般公共预算财政拨款看，基本支出776.71万元，占36.70%；项目支出1339.54万元，占63.30%。",
             "就一般公共预算财政拨款而言，基本支出776.71万元，占36.70%。"]
    found = _findings(tmp_path, [("三、支出决算情况说明", t) for t in texts], "r.xlsx", 2022)
    assert [code for t in texts for code, _m in dict(found).get(t, []) if code == "TXT011"] == []
