"""A 部门整体支出绩效自评表 whose 年度主要任务 table, with each task's money (任务名称 · 主要内容 · 预算数 · 执行数), stands
ABOVE the budget block (session 21, textfix r2).

On main d8ca5b5 the task table's header, the first row with budget column words, was taken for the budget block's
header: the tasks were read as budget lines and the real budget lines and 执行率 score lost, so a clean form drew
PRF102 (权重 without 预算执行率), PRF104 (总分 without the budget's score), PRF004/PRF202 beside them. A task header
(recognize/form_specs.is_task_header) is now the budget's only when no other budget header follows
(recognize/forms.FormBuilder.find_headers). Below the budget lines it was already ended by `_another_budget_header`
(tests/test_forms_heldout_s11.py `with_tasks`).

The form is 浙江's 部门整体 form of session 17 (tests/test_forms_heldout_s17.py `form_zj`); the task tables are written
four ways (with 序号 and 执行率; under a title row of their own; with a 合计 row and 执行数 over the 年初 budget — a
task's money may grow in the year; with the budget block's own column words).
"""

from __future__ import annotations

import pytest
from test_forms_heldout_s11 import L, U, bump, clean, docx_file, judge, money_set, xlsx_file
from test_forms_heldout_s17 import ZJ_MONEY, ZJ_TOTAL, form_zj, pad

TASKS = {
    "序号与执行率": [
        pad(["年度主要任务", "序号", "任务名称", "主要内容", L, "全年预算数", "全年执行数", "执行率", "完成情况"]),
        pad([U, "1", "市场主体信用监管", "开展双随机抽查和年报公示", L, "1850.00", "1796.20", "97.09%", "已完成"]),
        pad([U, "2", "消费者权益保护", "投诉举报受理处置", L, "960.00", "948.30", "98.78%", "已完成"]),
        pad([U, "3", "食品安全抽检监测", "完成抽检4800批次", L, "1320.00", "1291.40", "97.83%", "已完成"])],
    "标题行": [
        pad(["年度主要任务完成情况", L, L, L, L, L, L, L, L, L]),
        pad(["任务名称", L, "主要内容", L, L, "预算数（万元）", "执行数（万元）", "完成情况", L, L]),
        pad(["市场主体信用监管", L, "开展双随机抽查和年报公示", L, L, "1850.00", "1796.20", "全部完成", L, L]),
        pad(["消费者权益保护", L, "投诉举报受理处置", L, L, "960.00", "948.30", "全部完成", L, L])],
    "合计行": [
        pad(["年度主要任务", "任务名称", L, "主要内容", L, "年初预算数", "全年执行数", "完成情况", L, L]),
        pad([U, "市场主体信用监管", L, "开展双随机抽查", L, "1700.00", "1796.20", "已完成", L, L]),
        pad([U, "消费者权益保护", L, "投诉举报处置", L, "900.00", "948.30", "已完成", L, L]),
        pad([U, "合计", L, "", L, "2600.00", "2744.50", "", L, L])],
    "与预算表同样的列名": [
        pad(["年度主要任务", "任务名称", "主要内容", L, "年初预算数", "全年预算数", "全年执行数", "执行率", "完成情况", L]),
        pad([U, "市场主体信用监管", "开展双随机抽查", L, "1700.00", "1850.00", "1796.20", "97.09%", "已完成", L]),
        pad([U, "消费者权益保护", "投诉举报处置", L, "900.00", "960.00", "948.30", "98.78%", "已完成", L])],
}


def tasks_on_top(form, tasks):
    """The task table right under the 部门（单位）名称 row, above the budget block."""
    rows = form["rows"]
    return {**form, "rows": rows[:1] + tasks + rows[1:]}


MAKERS = {"xlsx": xlsx_file, "docx": docx_file}


@pytest.mark.parametrize("fmt", MAKERS)
@pytest.mark.parametrize("kind", TASKS)
def test_clean_with_the_tasks_above_the_budget(tmp_path, kind, fmt):
    f = tasks_on_top(form_zj(), TASKS[kind])
    clean(MAKERS[fmt](tmp_path, f), tmp_path, f)


@pytest.mark.parametrize("fmt", MAKERS)
@pytest.mark.parametrize("kind", TASKS)
def test_a_wrong_rate_of_the_budget_is_found(tmp_path, kind, fmt):
    f = tasks_on_top(form_zj(money=money_set(ZJ_MONEY, "年度资金总额", 5, "95.21%")), TASKS[kind])
    # (PRF107 beside it as in session 17's "ZJ-rate": the score may exceed what the wrong rate allows)
    judge(MAKERS[fmt](tmp_path, f, name="bad." + fmt), tmp_path, "PRF004", also=("PRF107",))


@pytest.mark.parametrize("kind", TASKS)
def test_a_wrong_total_is_found(tmp_path, kind):
    f = tasks_on_top(form_zj(total=bump(ZJ_TOTAL, "1")), TASKS[kind])
    judge(xlsx_file(tmp_path, f, name="bad.xlsx"), tmp_path, "PRF104")
