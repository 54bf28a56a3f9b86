"""Every format: the dispatcher, findings without a cell, and the cell context the pipeline collects."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import jsonschema
import pytest
from report_support import FAULTY, SARIF_SCHEMA

from govaudit.model import FileStatus, Finding, Result, Severity
from govaudit.model.figure import Location
from govaudit.report import FORMATS, render


def _odd_result() -> Result:
    """Findings with no location, a sheet only, a paragraph, and a plugin rule nobody described."""
    name = "a,b:c.xlsx"
    return Result(files=[FileStatus(path=name, status="checked")], findings=[
        Finding(code="CMP001", severity=Severity.error, file=name, message="缺少公开09表"),
        Finding(code="CMP008", severity=Severity.warning, file=name, message="没有金额单位",
                locations=[Location(file=name, sheet="Sheet 1")]),
        Finding(code="ACME001", severity=Severity.info, file=name, message="说明第 3 段",
                locations=[Location(file=name, paragraph=3)]),
    ])


def test_cli_and_report_agree_on_formats():
    from govaudit import cli

    assert tuple(cli.FORMATS) == FORMATS


def test_unknown_format():
    with pytest.raises(ValueError):
        render(Result(), "xml")


@pytest.mark.parametrize("fmt", FORMATS)
def test_findings_without_a_cell_render_in_every_format(fmt):
    text = render(_odd_result(), fmt, **({"show_info": True} if fmt == "text" else {}))
    assert "CMP001" in text and "ACME001" in text


def test_findings_without_a_cell_in_sarif_and_junit():
    log = json.loads(render(_odd_result(), "sarif"))
    jsonschema.validate(log, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
    results = log["runs"][0]["results"]
    assert "logicalLocations" not in results[0]["locations"][0]
    assert results[1]["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == "Sheet 1"
    assert results[2]["properties"] == {"reference": "第3段", "paragraph": 3}
    ids = [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]]
    assert "ACME001" in ids  # a result's rule always has a descriptor
    root = ET.fromstring(render(_odd_result(), "junit").encode())
    assert root.get("failures") == "2"


def test_annotate_skips_findings_without_a_cell(tmp_path):
    import openpyxl

    from govaudit.report.annotate import annotate_workbook

    out = tmp_path / "x.xlsx"
    findings = [f.model_copy(update={"file": str(FAULTY[0])}) for f in _odd_result().findings]
    assert annotate_workbook(FAULTY[0], out, findings) == 0
    ws = openpyxl.load_workbook(out)["检查结果"]
    assert [r[1].value for r in ws.iter_rows(min_row=2)] == ["CMP001", "CMP008", "ACME001"]
    assert all(r[3].hyperlink is None for r in ws.iter_rows(min_row=2))


def test_pipeline_collects_context_only_when_asked():
    from govaudit.pipeline import Options, check_file

    _, plain = check_file(FAULTY[0], Options())
    assert all(f.context is None for f in plain)
    _, rich = check_file(FAULTY[0], Options(collect_context=True))
    cel = next(f for f in rich if f.code == "CEL001")  # 03支出!E8 holds the text 见附注
    ctx = cel.context
    assert (ctx["sheet"], ctx["top"], ctx["left"]) == ("03支出", 6, 3)
    assert len(ctx["rows"]) == 5 and all(len(r) == 5 for r in ctx["rows"])
    assert ctx["rows"][2][2] == "见附注"
    assert ctx["rows"][2][0] == "412.35"  # shown with the cell's two decimals
    assert ctx["row_heads"][2] == "2011001 行政运行"  # the label left of the grid


def test_context_is_clipped_at_the_sheet_edge():
    from govaudit.readers import read_workbook
    from govaudit.readers.context import cell_context

    book = read_workbook(FAULTY[0])
    ctx = cell_context(book, "07三公", "A2")
    assert (ctx["top"], ctx["left"]) == (1, 1) and len(ctx["rows"]) == 4 and len(ctx["rows"][0]) == 3
    assert cell_context(book, "没有这张表", "A1") is None and cell_context(book, "07三公", None) is None


def test_shown_text():
    from datetime import datetime

    from govaudit.readers.context import shown_text

    assert shown_text(1234.5, "#,##0.00") == "1,234.50"
    assert shown_text(0.356, "0.0%") == "35.6%"
    assert shown_text(7, "General") == "7"
    assert shown_text(0.1 + 0.2, "General") == "0.3"
    assert shown_text(datetime(2024, 12, 31)) == "2024-12-31"
    assert shown_text(None) == "" and shown_text(" 合计 ") == "合计"


def test_output_never_overwrites_a_checked_workbook(tmp_path):
    from report_support import cli, copy_sample

    book = copy_sample(tmp_path)
    data = book.read_bytes()
    run = cli(book, "--format", "json", "-o", str(book))
    assert run.exit_code == 2 and "拒绝执行" in run.stderr
    assert book.read_bytes() == data
    run = cli(tmp_path, "--format", "sarif", "-o", str(book))  # found by walking the folder
    assert run.exit_code == 2 and book.read_bytes() == data


def test_shown_text_rounds_as_excel_shows_a_figure():
    from govaudit.readers.context import shown_text

    # the decimal value rounded half up, not the binary float (0.125 is stored exactly and a float shows 0.12)
    assert shown_text(0.125, "0.00") == "0.13"
    assert shown_text(1234567.125, "#,##0.00") == "1,234,567.13"
    assert shown_text(-3.5, "0") == "-4"


def _notes(*codes: str) -> Result:
    name = "x.xlsx"
    return Result(files=[FileStatus(path=name, status="checked")], findings=[
        Finding(code=c, severity=Severity.info, file=name, message="提示", locations=[Location(file=name, sheet="表")])
        for c in codes])


@pytest.mark.parametrize("codes, said, unsaid", [
    (("RND001", "RND001"), "都是合计与分项等的差额在四舍五入误差范围内", "供核对参考"),
    (("RND001", "CMP009"), "如四舍五入造成的尾差，供核对参考", "都是"),
    (("CMP009",), "提示 1 个（不是错误，供核对参考；", "四舍五入"),
])
def test_folded_notes_say_what_they_are(codes, said, unsaid):
    # a template-placeholder note is not a rounding gap: the fold's heading must not call it one
    html = render(_notes(*codes), "html")
    summary = html.split("<details><summary>", 1)[1].split("</summary>", 1)[0]
    assert said in summary and unsaid not in summary
    text = render(_notes(*codes), "text")
    assert said.split("；")[0].replace("提示 1 个（", "") in text
