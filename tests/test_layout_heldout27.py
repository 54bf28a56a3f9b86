"""Held-out batch 27 (issue #9, wbfix s27): a 上海-style 2026 部门预算 as prepared in Excel and Word.

某区文化和旅游局's nine tables of the official 2026 template, the 预算编制说明 and 其他相关情况说明, and a 项目绩效目标表
(tests/heldout27_book.py; writers tests/heldout27_write.py), in workbook layouts — one sheet per table named as the
template names them or '表1'…'表9', all nine on one sheet, titles in merged cells, 科目 codes split 类 | 款 | 项 or
joined, codes stored as numbers, 元 or 万元, 合计 as SUM formulas with their values saved, hidden check rows and a
hidden sheet, names indented, 合计 first, the 编制说明 in one cell — and in Word (tables under their title
paragraphs, or with the title inside the table; the 支出总表 split by a page break, its header printed again or not).
More layouts were added while none failed: the template's own cover, 目录 (every table's title listed) and 名词解释
sheets, the 编制说明 before the tables, titles only in the page header, amounts as text, 元 with cents, zeros '-' /
blank / '—', headers broken inside their cells, a hidden 2025年预算数 column, 类/款 codes merged down, codes split
cumulatively ('207' | '20701' | '2070101') or spaced ('207 01 01'), 合计 first, '合　计' / '总计', the 三公 table with
a 2025 row, the text with thousands separators and “A-B-C”科目, a '表N' line and the unit in the title in Word.
Each clean, and with 20 planted mistakes (15 in the tables: totals, 类/款 sums, row sums, the 收支总表's 收入总计 vs
支出总计, the 财政拨款 table's 一般公共预算; 5 in the text against the tables or its own sum).

Written and scored on unchanged code (main 62f8e43) before any change: SCORE below.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

import heldout27_book as hb
import heldout27_write as hw

SCORE = """
Unchanged code (main 62f8e43, git archive, before any change of this session), 30 layouts (21 workbooks, 9 Word):
  clean: 30/30 draw no error and no warning;
  planted: 600/600 found (20/20 in each: a new error or warning of the plant's family, BGT/BGX or TXT, naming the
           planted cell or paragraph among its places);
  --together (tables in a workbook of 'Sheet1'…'Sheet9', the 编制说明 in a Word document of its own): clean, 20/20,
           each finding in its own file.
Nothing to fix in recognition: the batch stands as a regression test.
"""

# name: (writer, book options, writer options)
VARIANTS = {
    "X1 template sheets, split codes": ("xlsx", {}, {}),
    "X2 表1…表9, joined codes": ("xlsx", dict(split=False), dict(sheets=hw.NUMBERED)),
    "X3 one sheet": ("xlsx", dict(split=False), dict(stack=True)),
    "X4 one sheet, split codes, gap 2": ("xlsx", {}, dict(stack=True, gap=2)),
    "X5 万元": ("xlsx", dict(in_wan=True, split=False), dict(sheets=hw.NUMBERED)),
    "X6 formulas cached": ("xlsx", {}, dict(formulas=True)),
    "X7 hidden rows and sheet": ("xlsx", dict(split=False), dict(hidden=True)),
    "X8 codes as numbers, indented names, 合计 first": ("xlsx", dict(split=False, total_first=True),
                                                    dict(code_numbers=True, indent="　")),
    "X9 编制说明 in one cell, split codes as numbers": ("xlsx", {}, dict(one_cell_text=True, code_numbers=True)),
    "X10 the template's front sheets, zeros '-'": ("xlsx", {}, dict(front=True, zero="-")),
    "X11 titles in the page header only, zeros blank": ("xlsx", dict(split=False), dict(title="header", zero="")),
    "X12 amounts as text, 合计 merged over the codes": ("xlsx", {}, dict(amounts="text", total_merged=True)),
    "X13 万元 as text, one sheet, 合计 first": ("xlsx", dict(in_wan=True, total_first=True, split=False),
                                             dict(stack=True, amounts="text", zero="")),
    "X14 text with separators and “A-B-C”科目, 三公 with its 2025 row": ("xlsx", dict(commas=True, dashes=True,
                                                                                  prior=True), {}),
    "X15 元 with cents, headers broken in their cells, a hidden 2025 column": ("xlsx", dict(cents=True),
                                                                          dict(wrap_heads=True, hidden_col=True)),
    "X16 类 and 款 codes merged down, 合计 merged": ("xlsx", {}, dict(merge_codes=True, total_merged=True)),
    "X17 the template's order: front sheets, 编制说明, tables": ("xlsx", {}, dict(front=True, text_first=True)),
    "X18 codes split cumulatively ('207' | '20701' | '2070101')": ("xlsx", dict(split="cumulative"), {}),
    "X19 codes spaced ('207 01 01'), one sheet": ("xlsx", dict(split="spaced"), dict(stack=True)),
    "X20 '合　计', 元 with cents": ("xlsx", dict(total_label="合　计", cents=True), {}),
    "X21 '总计', one sheet, joined codes": ("xlsx", dict(total_label="总计", split=False), dict(stack=True)),
    "W1 Word, 支出总表 split, header repeated": ("docx", {}, dict(split=2)),
    "W2 Word, joined codes, title inside the table": ("docx", dict(split=False), dict(inside=True)),
    "W3 Word, 万元, 收入总表 split without its header": ("docx", dict(in_wan=True, split=False),
                                                   dict(split=1, repeat=False)),
    "W4 Word, '表N' lines, unit in the title, zeros '—'": ("docx", dict(split=False), dict(numbered=True, zero="—")),
    "W5 Word, 合计 first, zeros blank, 基本支出表 split": ("docx", dict(total_first=True), dict(split=7, zero="")),
    "W6 Word, text with separators and “A-B-C”科目, 三公 with its 2025 row": ("docx", dict(commas=True, dashes=True,
                                                                                      prior=True, split=False), {}),
    "W7 Word, the 情况说明 before the tables": ("docx", {}, dict(text_first=True)),
    "W8 Word, codes split cumulatively": ("docx", dict(split="cumulative"), {}),
    "W9 Word, '合  计', unit after tabs": ("docx", dict(total_label="合  计"), dict(tab=True)),
}


def _check(path: Path) -> list:
    from govaudit.pipeline import Options, check_file

    status, findings = check_file(path, Options())
    assert status.error is None, status.error
    return findings


@lru_cache(maxsize=None)
def _run(name: str, folder: str):
    kind, shape, opts = VARIANTS[name]
    write = hw.write_xlsx if kind == "xlsx" else hw.write_docx
    clean = Path(folder) / f"clean.{kind}"
    write(clean, hb.book(**shape), **opts)
    b, places = hb.planted(**shape)
    bad = Path(folder) / f"planted.{kind}"
    where = write(bad, b, **opts)
    return _check(clean), _check(bad), where, places


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    def get(name):
        folder = tmp_path_factory.getbasetemp() / f"heldout27_{abs(hash(name))}"
        folder.mkdir(exist_ok=True)
        return _run(name, str(folder))
    return get


def serious(findings):
    return [f for f in findings if f.severity.value in ("error", "warning")]


def _at(loc, place, kind) -> bool:
    if kind == "xlsx":
        return (loc.sheet, loc.cell) == place
    if isinstance(place, str):  # a Word paragraph: the sentence quoted from it
        return bool(loc.sentence) and loc.sentence in place
    return (loc.table_no, loc.table_row, loc.table_col) == place


def key(f):
    loc = f.locations[0] if f.locations else None
    return (f.code, loc.sheet if loc else None, loc.cell if loc else None, f.message if f.code.startswith("TXT") else "")


def missed(name, run) -> list[str]:
    """The plants no new error or warning of their family names the planted place for."""
    kind = VARIANTS[name][0]
    clean, bad, where, places = run(name)
    before = {key(f) for f in serious(clean)}
    new = [f for f in serious(bad) if key(f) not in before]
    out = []
    for p, place in zip(hb.PLANTS, places):
        if place[0] == "text":
            spot = where[place]
        else:
            spot = where[place]
        if not any(f.code.startswith(p.family) and any(_at(loc, spot, kind) for loc in f.locations) for f in new):
            out.append(p.name)
    return out


@pytest.mark.parametrize("name", VARIANTS)
def test_the_clean_copy_draws_nothing(run, name):
    clean, *_ = run(name)
    assert [(f.code, f.message) for f in serious(clean)] == []


@pytest.mark.parametrize("name", VARIANTS)
def test_each_planted_mistake_is_found_at_its_place(run, name):
    assert missed(name, run) == []


# --together: the tables in a workbook whose sheets are 'Sheet1'…'Sheet9', the 编制说明 in a Word document of its own
def _together(folder: Path, b) -> dict:
    folder.mkdir(parents=True, exist_ok=True)
    where = hw.write_xlsx(folder / "预算表.xlsx", b, sheets=[f"Sheet{i}" for i in range(1, 10)], text=False)
    where.update({k: v for k, v in hw.write_docx(folder / "预算说明.docx", b, tables=False).items() if k[0] == "text"})
    return where


def _group(folder: Path) -> list:
    from govaudit.pipeline import Options, check_paths

    result = check_paths([str(folder)], Options(), together=True)
    assert all(s.status == "checked" for s in result.files), [(s.path, s.error) for s in result.files]
    return result.findings


def test_together_tables_and_text_in_two_files(tmp_path):
    _together(tmp_path / "clean", hb.book())
    assert [(f.code, f.message) for f in serious(_group(tmp_path / "clean"))] == []
    b, places = hb.planted()
    where = _together(tmp_path / "bad", b)
    found = serious(_group(tmp_path / "bad"))
    missing = []
    for p, place in zip(hb.PLANTS, places):
        spot, in_text = where[place], place[0] == "text"
        own = str(tmp_path / "bad" / ("预算说明.docx" if in_text else "预算表.xlsx"))
        if not any(f.code.startswith(p.family) and f.file == own and any(
                loc.file == own and (_at(loc, spot, "docx") if in_text else _at(loc, spot, "xlsx"))
                for loc in f.locations) for f in found):
            missing.append(p.name)
    assert missing == []
