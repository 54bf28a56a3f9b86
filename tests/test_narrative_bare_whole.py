"""A bare 本年收入 / 本年支出 is the department's whole (公开01表 本年收入合计 / 本年支出合计) only where no fund and no
“三公” was named before it in the paragraph or in its heading (s9 review: three false TXT001 under a fund's heading after
the fund's 结转和结余, one false TXT003 after last year's “三公”经费)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from govaudit.pipeline import Options, check_file

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "情况说明与公开表-2019-无误.xlsx"


def _txt(tmp_path: Path, paragraphs: list[str]) -> list[tuple[str, str]]:
    wb = load_workbook(SAMPLE)
    ws = wb.worksheets[0]
    ws.delete_rows(1, ws.max_row)
    for i, text in enumerate(paragraphs, 1):
        ws.cell(row=i, column=1, value=text)
    path = tmp_path / "说明.xlsx"
    wb.save(path)
    _status, findings = check_file(path, Options(select=["TXT0"]))
    return [(f.code, f.message) for f in findings if f.severity.value in ("error", "warning")]


def test_a_funds_income_and_spending_under_its_heading_are_not_the_departments(tmp_path):
    assert _txt(tmp_path, [
        "第二部分 某局2019年度部门决算情况说明",
        "八、政府性基金预算财政拨款收入支出决算情况说明",
        "本部门2019年度政府性基金预算财政拨款年初结转和结余497.69万元，本年收入3947.74万元，本年支出3984.99万元，"
        "年末结转和结余460.44万元。",
        "九、一般公共预算财政拨款收入情况",
        "年初结转和结余36.65万元，本年收入2116.25万元，年末结转和结余36.65万元。"]) == []


def test_this_years_spending_after_last_years_sanshi_is_not_the_departments(tmp_path):
    assert _txt(tmp_path, [
        "第二部分 某局2019年度部门决算情况说明",
        "五、一般公共预算“三公”经费支出决算情况说明",
        "2018年度“三公”经费支出4.10万元，本年支出3.68万元，减少0.42万元，下降10.24%。"]) == []


def test_the_departments_bare_income_is_still_judged(tmp_path):
    found = _txt(tmp_path, [
        "第二部分 某局2019年度部门决算情况说明",
        "一、收入支出决算总体情况说明",
        "本部门2019年度本年收入6036.99万元，本年支出6101.24万元。"])
    assert [code for code, _m in found] == ["TXT001"] and "本年收入合计" in found[0][1]
