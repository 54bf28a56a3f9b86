"""check --together: a 预算 说明 published apart from its tables is filed under its own year (recognize/text_year).

Each comparison sentence of a 2026 说明 names 2025 once and 2026 at most once ('比2025年预算增加…'), so the year
named most was 2025: given with the department's 2025 and 2026 tables the 说明 was joined to the 2025 tables and every
'比2025年…' drew a false TXT013 (本说明是 2025 年度的); given with the 2026 tables alone it was checked apart and its
figures were never held against the tables (a wrong 三公 figure went unseen)."""

from __future__ import annotations

from pathlib import Path

import docx
from openpyxl import load_workbook

from govaudit.pipeline import check_paths, disclosures
from govaudit.readers import read_workbook
from govaudit.readers.base import Paragraph
from govaudit.recognize.disclosure import recognize
from govaudit.recognize.text_year import text_year

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "预算公开表-2026-上海部门-无误.xlsx"
_TEXT_SHEETS = {"封面", "目录", "部门主要职能", "部门机构设置", "名词解释", "部门编制说明", "其他相关情况说明",
                "项目经费情况说明"}


def _tables(tmp_path, year: int) -> Path:
    """The sample's nine tables alone (its text sheets dropped), titled for `year`."""
    wb = load_workbook(SAMPLE)
    for ws in list(wb.worksheets):
        if ws.title in _TEXT_SHEETS:
            wb.remove(ws)
            continue
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and "2026" in c.value:
                    c.value = c.value.replace("2026", str(year))
    out = tmp_path / f"{year}年预算表.xlsx"
    wb.save(out)
    return out


def _narrative(tmp_path, lines, name="编制说明.docx") -> Path:
    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    d.save(tmp_path / name)
    return tmp_path / name


_BODY = [  # figures of the sample's 2026 tables (收入总计 21,299,283 元, 三公 9.70 万元, 机关运行经费 138.95 万元)
    "上海市某区某某局2026年收支预算总数2,129.93万元，比2025年预算增加129.93万元，增长6.50%。",
    "其中：财政拨款收入2,082.33万元，比2025年预算增加82.33万元；事业收入35.60万元，与2025年预算持平；"
    "其他收入12.00万元，比2025年预算减少3.00万元。",
    "“三公”经费预算9.70万元，比2025年预算减少0.30万元。",
    "机关运行经费预算138.95万元，比2025年预算增加8.95万元。",
]


def _codes(result, name):
    return [f.code for f in result.findings if Path(f.file).name == name and f.severity == "error"]


def test_a_2026_narrative_joins_the_2026_tables_not_last_years(tmp_path):
    t25, t26 = _tables(tmp_path, 2025), _tables(tmp_path, 2026)
    text = _narrative(tmp_path, ["上海市某区某某局2026年部门预算编制说明", *_BODY])
    notes: list[str] = []
    result = check_paths([str(t25), str(t26), str(text)], together=True, notes=notes)
    assert _codes(result, text.name) == [], [f.message for f in result.findings]
    assert notes and f"{t26.name}、{text.name}（2026年度预算" in notes[0], notes


def test_a_wrong_figure_in_the_narrative_is_held_against_its_own_years_tables(tmp_path):
    t26 = _tables(tmp_path, 2026)
    wrong = [s.replace("“三公”经费预算9.70万元", "“三公”经费预算9.90万元") for s in _BODY]
    text = _narrative(tmp_path, ["上海市某区某某局2026年部门预算编制说明", *wrong])
    notes: list[str] = []
    result = check_paths([str(t26), str(text)], together=True, notes=notes)
    assert not notes, notes  # one disclosure
    found = [f for f in result.findings if Path(f.file).name == text.name and f.severity == "error"]
    assert any("9.90" in f.message and "9.70" in f.message for f in found), [f.message for f in found]


def test_without_a_title_the_years_compared_with_are_not_counted(tmp_path):
    """No title line: 2025 is named four times, 2026 once, but every 2025 follows '比'/'与': the 说明 is 2026's."""
    t25, t26 = _tables(tmp_path, 2025), _tables(tmp_path, 2026)
    text = _narrative(tmp_path, ["一、收支预算总体情况", *_BODY])
    parts = [(p.name, None, recognize(read_workbook(p))) for p in (t25, t26, text)]
    groups = [[name for name, _b, _d in g] for g in disclosures(parts)]
    assert groups == [[t25.name], [t26.name, text.name]]


def _year(*lines):
    return text_year([Paragraph(index=i + 1, text=t) for i, t in enumerate(lines)])


def test_the_year_of_a_narrative():
    assert _year("江苏省委办公厅2019年度部门预算公开", "2018年预算执行情况较好。", "与2018年相比增加10万元。") == 2019
    # a heading about last year's 执行 is no title; the title further down is
    assert _year("二、2024年预算执行情况", "上海市某区2025年部门预算") == 2025
    # 决算: the year compared with (上年) is left out of the count
    assert _year("收入总计100.00万元，比2023年度增加1.00万元。", "2024年度收入主要是财政拨款。",
                 "支出比2023年度减少2.00万元，与2023年度相比有所下降。") == 2024
    # 2024年预算执行数 is the year compared with
    assert _year("2025年预算安排441.25万元，2024年当年预算执行数为400.00万元。",
                 "2024年预算执行数为12.00万元，比2024年预算执行数增加1.00万元。") == 2025
    assert _year("收入、支出总计均为100.00万元。") is None
