"""What recognisers look for in titles and headers: the year, the 金额单位, 科目编码, 公开NN表 numbers."""

from __future__ import annotations

import re

from govaudit.text import norm

YEAR_RE = re.compile(r"(20\d{2}|19\d{2})\s*年")
UNIT_RE = re.compile(r"(?:金额)?单位[:：]?\s*(万元|千元|亿元|元)")
CODE_RE = re.compile(r"^\d{3}(?:\d{2}){0,2}$")
TABLE_CODE_RE = re.compile(r"公开\s*(\d{1,2})\s*表")


def find_year(text: str) -> int | None:
    m = YEAR_RE.search(norm(text))
    return int(m.group(1)) if m else None


def find_unit(text: str) -> str | None:
    m = UNIT_RE.search(norm(text))
    return m.group(1) if m else None
