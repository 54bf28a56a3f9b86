"""Every report format names a place in a Word document as the document does: table number in document order, row
and column in that table, the table's title; a paragraph by its index with the sentence quoted."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import jsonschema
import pytest
from report_support import SARIF_SCHEMA, SAMPLES, rule_dicts

from govaudit.model import FileStatus, Finding, Location, Result, Severity
from govaudit.report import render

DOCX = SAMPLES / "决算公开-2019-唐山高新区人社局-原样有误.docx"


@pytest.fixture(scope="module")
def result():
    from govaudit.pipeline import Options, check_paths

    return check_paths([str(DOCX)], Options(collect_context=True))


def _judged(result):
    """创业扶持资金's 执行数 550 beside 财政资金 196.07: table 5, row 6, grid column 7."""
    [f] = [f for f in result.findings if f.code == "PRF001" and "创业扶持资金" in (f.table or "")]
    return f


def test_json_and_jsonl_carry_the_table_cell(result):
    report = json.loads(render(result, "json"))
    [f] = [f for f in report["findings"] if f["code"] == "PRF001" and "创业扶持资金" in f["table"]]
    loc = f["locations"][0]
    assert {k: loc[k] for k in ("table_no", "table_row", "table_col", "table_title", "row_label", "col_label")} == {
        "table_no": 5, "table_row": 6, "table_col": 7, "table_title": "创业扶持资金", "row_label": "总额",
        "col_label": "执行数"}
    assert "sheet" in loc and "cell" in loc  # the old keys stay
    assert "page" not in loc and "bbox" not in loc  # unknown keys are left out
    lines = [json.loads(x) for x in render(result, "jsonl").splitlines()]
    assert any(x.get("locations", [{}])[0].get("table_no") == 5 and x["code"] == "PRF001" for x in lines)


def test_text_github_junit_show_the_word_place(result):
    text = render(result, "text")
    assert "表5 第6行第7列 PRF001 [错误]" in text
    assert "相关单元格 第7行第7列, 第8行第7列" in text  # related cells of the same table, short
    assert "文档!" not in text  # the virtual sheet is never shown
    github = render(result, "github")
    assert "::表5 第6行第7列：绩效自评表「创业扶持资金」" in github
    junit = ET.fromstring(render(result, "junit"))
    assert any("表5 第6行第7列" in (e.text or "") + (e.get("message") or "") for e in junit.iter("failure"))


def test_sarif_logical_locations(result):
    log = json.loads(render(result, "sarif", rules=rule_dicts()))
    jsonschema.validate(log, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
    res = [r for r in log["runs"][0]["results"] if r["ruleId"] == "PRF001" and "创业扶持资金" in r["message"]["text"]]
    logical = res[0]["locations"][0]["logicalLocations"]
    assert logical == [
        {"fullyQualifiedName": "表5 第6行第7列", "name": "第6行第7列", "kind": "element"},
        {"fullyQualifiedName": "表5「创业扶持资金」", "name": "表5", "kind": "table"}]
    props = res[0]["properties"]
    assert (props["tableNo"], props["tableRow"], props["tableCol"]) == (5, 6, 7)


def test_html_grid_names_word_rows_and_columns(result):
    html = render(result, "html", rules=rule_dicts())
    assert 'aria-label="表5 周边单元格"' in html
    assert "<th>第6行</th>" in html and "<th>第7列</th>" in html


def test_paragraph_location_quotes_the_sentence(tmp_path):
    """A finding in running text (the narrative checks) is shown as 第N段 with its sentence."""
    sentence = "比2018年度增加208.1万元，增长3.13%。"
    loc = Location(file="a.docx", sheet="文档", cell="A120", paragraph=37, sentence=sentence)
    f = Finding(code="TXT001", severity=Severity.error, file="a.docx", message="增长率应为 3.24%", locations=[loc])
    result = Result(files=[FileStatus(path="a.docx", status="checked", tables=["公开01表"])], findings=[f])
    text = render(result, "text")
    assert "第37段 TXT001" in text and f"原文：「{sentence}」" in text
    out = json.loads(render(result, "json"))["findings"][0]["locations"][0]
    assert (out["paragraph"], out["sentence"]) == (37, sentence)
    sarif = json.loads(render(result, "sarif", rules=[{"code": "TXT001", "title": "t", "severity": "error"}]))
    r = sarif["runs"][0]["results"][0]
    assert r["locations"][0]["logicalLocations"] == [
        {"fullyQualifiedName": "第37段", "name": "第37段", "kind": "paragraph"}]
    assert r["properties"]["sentence"] == sentence
