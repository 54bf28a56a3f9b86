"""Which 决算 in a 项's paragraph is that 项's own (session 8, end to end on the 2019 决算 sample).

The 上海-style 说明 explains each 项 in a paragraph opened by its 类/款/项 names, under a heading that says whose spending
("（三）一般公共预算财政拨款支出决算具体情况"); the 项's 支出决算 is judged against its row of 公开05表 (2019 sample:
2011001 行政运行 412.35 under 201 一般公共服务支出 / 20110 人力资源事务). An amount whose own words name another thing
("其中办公设备购置决算为50.00万元", "主要用于办公设备购置，决算为…") is not the 项's and must draw nothing; the 项's own
figure, right or wrong, is still judged — also when the head sentence goes on after a colon or comma
("…行政运行（项）：支出决算为412.35万元").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from govaudit.pipeline import Options, check_file

FINAL = Path(__file__).resolve().parent.parent / "samples" / "情况说明与公开表-2019-无误.xlsx"
HEADING = "（三）一般公共预算财政拨款支出决算具体情况"
HEAD = "1、一般公共服务支出（类）人力资源事务（款）行政运行（项）"

# the 项's own 决算 right (412.35) draws nothing; the other thing's 50.00 is never compared with the 项's row
RIGHT = [
    HEAD + "。主要用于机关运转。支出决算为412.35万元，其中办公设备购置决算为50.00万元。",
    HEAD + "。主要用于机关运转。支出决算为412.35万元。其中办公设备购置决算为50.00万元。",
    HEAD + "。主要用于机关运转。其中办公设备购置决算为50.00万元。",
    HEAD + "。年初预算为450.00万元，支出决算为412.35万元。其中：办公设备购置支出决算为50.00万元。",
    HEAD + "。支出决算为412.35万元。主要用于办公设备购置，决算为50.00万元。",
    HEAD + "。支出决算为412.35万元。办公设备购置支出决算为50.00万元。",
    HEAD + "。支出决算为412.35万元，主要用于：办公设备购置决算为50.00万元。",
    HEAD + "。支出决算为412.35万元，包括办公设备购置，决算为50.00万元。",
    HEAD + "：其中办公设备购置决算为50.00万元。",
    HEAD + "，主要用于办公设备购置，支出决算为50.00万元。",
    HEAD + "：支出决算为412.35万元。",
    HEAD + "，支出决算为412.35万元。",
    "1、“一般公共服务支出（类）人力资源事务（款）行政运行（项）”：支出决算为412.35万元。",
    HEAD + "，年初预算为450.00万元，支出决算为412.35万元。",
    HEAD + "。行政运行支出决算为412.35万元，其中办公设备购置决算为50.00万元。",
]
# the 项's own 决算 wrong (421.35 for 412.35): exactly one TXT001 on it
WRONG = [
    HEAD + "。主要用于机关运转。支出决算为421.35万元，其中办公设备购置决算为50.00万元。",
    HEAD + "。年初预算为450.00万元，支出决算为421.35万元。其中：办公设备购置支出决算为50.00万元。",
    HEAD + "：支出决算为421.35万元。",
    HEAD + "，支出决算为421.35万元。",
    "1、“一般公共服务支出（类）人力资源事务（款）行政运行（项）”：支出决算为421.35万元。",
    HEAD + "，年初预算为450.00万元，支出决算为421.35万元。",
    HEAD + "。行政运行支出决算为421.35万元，其中办公设备购置决算为50.00万元。",
]


def _findings(tmp_path: Path, paragraph: str, name: str):
    wb = load_workbook(FINAL)
    del wb["情况说明"]
    ws = wb.create_sheet("情况说明", 0)
    ws.append([HEADING])
    ws.append([paragraph])
    path = tmp_path / name
    wb.save(path)
    status, findings = check_file(path, Options(select=["TXT0"]))
    assert status.status == "checked", status.error
    return [(f.code, f.severity.value, f.actual, f.expected, f.message) for f in findings
            if f.severity.value in ("error", "warning")]


@pytest.mark.parametrize("paragraph", RIGHT)
def test_another_things_amount_in_a_items_paragraph_draws_nothing(tmp_path, paragraph):
    assert _findings(tmp_path, paragraph, "right.xlsx") == []


@pytest.mark.parametrize("paragraph", WRONG)
def test_the_items_own_wrong_amount_is_found(tmp_path, paragraph):
    [(code, severity, actual, expected, message)] = _findings(tmp_path, paragraph, "wrong.xlsx")
    assert (code, severity, actual, expected) == ("TXT001", "error", "421.35", "412.35")
    assert "公开05表「2011001 行政运行」" in message, message
