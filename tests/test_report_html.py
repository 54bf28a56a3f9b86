"""The HTML page: self-contained, each finding with the grid of cells around it."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

from report_support import FAULTY, broken_file, cli, faulty_result, rule_dicts

from govaudit.report import render


class Page(HTMLParser):
    """Collects articles (findings), judged grid cells and every URL-bearing attribute."""

    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.articles: list[dict] = []
        self.judged: list[dict] = []
        self.sources = 0
        self.urls: list[str] = []
        self._in_judged = None
        self._stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        for key in ("src", "href", "action", "data"):
            if key in a:
                self.urls.append(a[key])
        if tag == "article":
            self.articles.append({"code": a.get("data-code"), "class": a.get("class", "")})
        if tag == "td" and a.get("data-judged") == "true":
            self._in_judged = {"class": a.get("class", ""), "text": "", "article": len(self.articles) - 1}
            self.judged.append(self._in_judged)
        if tag == "td" and "src" in a.get("class", "").split():
            self.sources += 1

    def handle_endtag(self, tag):
        if tag == "td":
            self._in_judged = None

    def handle_data(self, data):
        if self._in_judged is not None:
            self._in_judged["text"] += data


def _page(text: str) -> Page:
    p = Page()
    p.feed(text)
    p.close()
    return p


def test_every_finding_with_its_highlighted_cell(tmp_path):
    result = faulty_result(context=True, unreadable=broken_file(tmp_path))
    text = render(result, "html", rules=rule_dicts())
    page = _page(text)
    assert text.startswith("<!DOCTYPE html>") and 'lang="zh-CN"' in text
    assert len(page.articles) == len(result.findings)
    assert sorted(a["code"] for a in page.articles) == sorted(f.code for f in result.findings)
    for f in result.findings:
        assert f.code in text
    # every finding on a cell has its grid, with exactly that cell judged
    with_cell = [f for f in result.findings if f.locations and f.locations[0].cell]
    assert len(page.judged) == len(with_cell)
    order = _page_order(result)
    assert sorted(j["article"] for j in page.judged) == [i for i, f in enumerate(order) if f in with_cell]
    for j in page.judged:
        sev = page.articles[j["article"]]["class"].split()[-1]
        assert j["class"].split()[:2] == ["hit", sev]
    assert page.sources > 0  # the summed cells that fall inside a grid are outlined
    assert "损坏的文件.xlsx" in text and "无法检查" in text
    assert "共检查 2 个文件" in text


def _page_order(result):
    """Findings in page order: per file, errors and warnings first, then the hints."""
    out = []
    for st in result.files:
        found = [f for f in result.findings if f.file == st.path]
        out += [f for f in found if f.severity.value != "info"] + [f for f in found if f.severity.value == "info"]
    return out


def test_the_judged_cell_shows_its_value():
    result = faulty_result(context=True)
    page = _page(render(result, "html"))
    order = _page_order(result)
    cel = next(i for i, f in enumerate(order) if f.code == "CEL001")
    judged = next(j for j in page.judged if j["article"] == cel)
    assert judged["text"] == "见附注" and "error" in judged["class"]
    tbl = next(i for i, f in enumerate(order) if f.code == "TBL001" and f.locations[0].cell == "D20")
    assert next(j for j in page.judged if j["article"] == tbl)["text"] == "108.26"


def test_no_network_resources():
    text = render(faulty_result(context=True), "html", rules=rule_dicts())
    page = _page(text)
    assert not re.search(r"https?://", text)
    assert not {"script", "link", "img", "iframe", "object", "embed"} & set(page.tags)
    assert all(u.startswith("#") for u in page.urls)
    assert "@import" not in text and "url(" not in text


def test_without_context_findings_are_listed_without_grids():
    result = faulty_result(context=False)
    page = _page(render(result, "html"))
    assert len(page.articles) == len(result.findings) and not page.judged


def test_cli_html_collects_context_but_json_does_not(tmp_path):
    out = tmp_path / "report.html"
    run = cli(FAULTY[0], "--format", "html", "-o", str(out))
    assert run.exit_code == 1 and run.stdout == ""
    page = _page(out.read_text(encoding="utf-8"))
    assert page.judged and len(page.articles) == len(page.judged)
    data = json.loads(cli(FAULTY[0], "--format", "json").stdout)
    assert all("context" not in f for f in data["findings"])


def test_text_is_escaped():
    from govaudit.model import FileStatus, Finding, Result, Severity

    f = Finding(code="CEL001", severity=Severity.error, file="<a>.xlsx", message="<script>alert(1)</script>")
    text = render(Result(files=[FileStatus(path="<a>.xlsx", status="checked")], findings=[f]), "html")
    assert "<script>" not in text and "&lt;script&gt;" in text


class Grids(HTMLParser):
    """Per article: its grids, each with its caption, sheet and the (row, text) of every outlined source cell."""

    def __init__(self):
        super().__init__()
        self.articles: list[dict] = []
        self._row = None
        self._cell = None
        self._caption = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "article":
            self.articles.append({"code": a.get("data-code"), "grids": [], "caption": None})
        elif tag == "figcaption":
            self._caption = ""
        elif tag == "table" and "grid" in a.get("class", "").split():
            art = self.articles[-1]
            art["grids"].append({"sheet": a.get("aria-label", "").split(" ")[0], "caption": art.pop("caption", None),
                                 "sources": [], "judged": False})
            art["caption"] = None
        elif tag == "tr":
            self._row = None
        elif tag == "th" and self.articles and self.articles[-1]["grids"]:
            self._cell = "th"
        elif tag == "td" and self.articles and self.articles[-1]["grids"]:
            grid = self.articles[-1]["grids"][-1]
            if a.get("data-source") == "true":
                self._cell = {"row": self._row, "text": ""}
                grid["sources"].append(self._cell)
            if a.get("data-judged") == "true":
                grid["judged"] = True

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self._cell = None
        if tag == "figcaption":
            self.articles[-1]["caption"] = self._caption
            self._caption = None

    def handle_data(self, data):
        if self._caption is not None:
            self._caption += data
        elif self._cell == "th" and self._row is None and data.strip().isdigit():
            self._row = int(data)
        elif isinstance(self._cell, dict):
            self._cell["text"] += data


def _grids(text: str) -> list[dict]:
    p = Grids()
    p.feed(text)
    return p.articles


def test_a_source_cell_on_another_sheet_gets_its_own_grid():
    """XTB018 (2024 sample): 05一般公共预算!D34 is computed from 06基本支出!C16 and F16 — show them, not just name them."""
    result = faulty_result(context=True)
    result.findings = [f for f in result.findings if f.file == str(FAULTY[0])]
    articles = _grids(render(result, "html"))
    (xtb,) = [a for a in articles if a["code"] == "XTB018"]
    (finding,) = [f for f in result.findings if f.code == "XTB018"]
    sheet = finding.locations[1].sheet
    assert sheet != finding.locations[0].sheet
    main, extra = xtb["grids"]
    assert main["judged"] and not extra["judged"]
    assert extra["sheet"] == sheet and sheet in extra["caption"] and "另一工作表" in extra["caption"]
    from govaudit.cellref import parse_a1

    rows = {parse_a1(o.cell)[0] for o in finding.locations[1:]}
    assert len(extra["sources"]) == len(finding.locations) - 1 and {s["row"] for s in extra["sources"]} == rows
    assert all(s["text"].strip() for s in extra["sources"])  # the values are shown


def test_sources_near_the_judged_cell_need_no_second_grid():
    result = faulty_result(context=True)
    articles = _grids(render(result, "html"))
    tbl301 = [a for a in articles if a["code"] == "TBL301"]
    assert tbl301 and all(len(a["grids"]) == 1 and len(a["grids"][0]["sources"]) == 2 for a in tbl301)


def test_far_sources_on_the_same_sheet_are_grouped_and_capped():
    from govaudit.pipeline import MAX_SOURCE_GRIDS

    result = faulty_result(context=True)
    result.findings = [f for f in result.findings if f.file == str(FAULTY[0])]
    articles = _grids(render(result, "html"))
    (total,) = [a for a, f in zip(articles, _page_order(result))
                if f.code == "TBL001" and f.locations[0].cell == "D34"]
    extra = total["grids"][1:]
    assert 1 <= len(extra) <= MAX_SOURCE_GRIDS
    assert all("较远处" in g["caption"] and g["sources"] for g in extra)
