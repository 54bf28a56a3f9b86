"""The terminal report: wrapped to the terminal's width, never inside a number or a cell reference."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from report_support import FAULTY, cli, faulty_result
from rich.cells import cell_len

from govaudit.report.text import render_text
from govaudit.report.wrap import break_offsets

# what must never be cut: numbers with their brackets and signs, cell references, rule codes
_TOKEN = re.compile(r"[\[（(]?[-±]?\d+(?:\.\d+)?[\]）)]?|\S*![A-Z]{1,3}\d+|[A-Z]{3}\d{3}")


def _tokens(lines: list[str]) -> Counter:
    return Counter(t for line in lines for t in _TOKEN.findall(line))


@pytest.mark.parametrize("width", [80, 120])
def test_wrapped_report_keeps_numbers_and_references_whole(width):
    result = faulty_result()
    flat = render_text(result, show_info=True).splitlines()
    wrapped = render_text(result, width=width, show_info=True).splitlines()
    assert len(wrapped) > len(flat)  # it did wrap
    assert all(cell_len(line) <= width for line in wrapped)
    assert _tokens(wrapped) == _tokens(flat)  # `[2116.245` never becomes `[2` + `116.245`
    # a finding's continuation lines hang under it; its details stay indented further
    finding = re.compile(r"^  \S+ [A-Z]{3}\d{3} \[")
    for prev, line in zip(wrapped, wrapped[1:]):
        if finding.match(prev) and not line.startswith("      ") and not finding.match(line):
            assert line.startswith("    ") and line[4] != " ", line
    assert not [line for line in wrapped if line and not line.startswith(" ") and "共检查" not in line
                and not line.startswith(str(FAULTY[0].parent.name)) and "samples" not in line]


def test_unwrapped_when_not_a_terminal():
    result = faulty_result()
    lines = render_text(result).splitlines()
    assert any(cell_len(line) > 200 for line in lines)  # a file or a pipe gets one line per finding


def test_cli_wraps_at_columns():
    run = cli(str(FAULTY[0]), env={"COLUMNS": "80"})
    assert run.exit_code == 1
    assert all(cell_len(line) <= 80 for line in run.stdout.splitlines())
    assert "±0.015）" in run.stdout  # the tolerance stays whole with its closing bracket


@pytest.mark.parametrize("text, width, tokens", [
    ("应为 2107.25（区间 [2107.240, 2107.260]），实际为 2116.25（区间 [2116.245, 2116.255]）", 30,
     ("2107.25（区间", "[2107.240,", "2116.255]）")),
    ("相关单元格 06基本支出!C16, 06基本支出!F16；超出四舍五入可解释的范围（±0.015）。", 24,
     ("06基本支出!C16,", "06基本支出!F16；", "（±0.015）。")),
    ("位置：表3 第2行第4列；第5页 [72,100,180,112] 与 表12 第10行 相关单元格 第2行第4列", 30,
     ("表3 第2行第4列；", "第5页 [72,100,180,112]", "表12 第10行", "第2行第4列")),
    ("相关单元格 第6行第7列, 第20行第2列；第12段", 18, ("第6行第7列,", "第20行第2列；", "第12段")),
])
def test_break_offsets(text, width, tokens):
    pieces = [text[a:b] for a, b in break_offsets(text, width, 4)]
    assert len(pieces) > 1
    for piece in pieces:
        assert cell_len(piece) <= width
        assert not piece.startswith(("，", "）", "。", "；"))  # closing punctuation stays with what it closes
        assert not piece.endswith(("（", "「"))
    joined = " ".join(pieces)
    for token in tokens:
        assert token in joined


def test_a_piece_wider_than_a_line_is_folded():
    pieces = [p for p in break_offsets("x" * 50, 20, 4)]
    assert sum(b - a for a, b in pieces) == 50


def test_related_cells_on_another_sheet_name_their_sheet():
    result = faulty_result()
    result.files = result.files[:1]  # the 2024 sample: 公开06表 is on sheet 06基本支出
    result.findings = [f for f in result.findings if f.file == result.files[0].path]
    text = render_text(result)
    (line,) = [line for line in text.splitlines() if "XTB018" in line]
    i = text.splitlines().index(line)
    details = text.splitlines()[i + 1]
    assert "相关单元格 06基本支出!C16, 06基本支出!F16" in details
    # cells on the judged cell's own sheet stay short
    (tbl301,) = [i for i, line in enumerate(text.splitlines()) if "03支出!C21 TBL301" in line]
    assert "相关单元格 D21, E21" in text.splitlines()[tbl301 + 1]
