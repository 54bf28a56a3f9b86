"""s11 second review: in a 预算 说明, "收入预算…，其中：…政府性基金预算拨款收入40.00万元，事业收入30.00万元；支出预算
2300.50万元，其中：基本支出1750.50万元，项目支出550.00万元。": the fund named among the 收入 is no whole of the 基本支出/
项目支出 after it. 项目支出 was judged against the 政府性基金预算支出表's 合计 (a false TXT001, 550.00 against 40.00)."""

from __future__ import annotations

import docx

from test_review11_budget import _check, _tables, add_tables

TEXT = ("2024年本部门收入预算2300.50万元，其中：一般公共预算拨款收入2230.50万元，政府性基金预算拨款收入40.00万元，"
        "事业收入30.00万元；支出预算2300.50万元，其中：基本支出1750.50万元，项目支出550.00万元。")


def _document(path, text):
    doc = docx.Document()
    doc.add_paragraph("北京市某某局2024年部门预算")
    doc.add_paragraph("一、收支预算总体情况")
    doc.add_paragraph(text)
    add_tables(doc, _tables())
    doc.save(path)
    return path


def test_a_fund_named_among_the_incomes_is_no_whole_of_the_spending_parts(tmp_path):
    _d, found = _check(_document(tmp_path / "预算.docx", TEXT))
    assert [(f.code, f.message[:40]) for f in found] == []
