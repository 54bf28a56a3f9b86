"""Issue 14, session 29 (mut): readers/docx_hidden.py (wbfix s29) — in a Word document (python-docx) whose styles
hide text, runs formatted otherwise (bold in their own w:rPr, or of a character style that hides nothing) are read;
only the hidden style's runs are left out."""

from __future__ import annotations

from pathlib import Path

from govaudit.readers.docx import read_docx


def _texts(path: Path) -> list[str]:
    book = read_docx(path)
    return [p.text for p in book.paragraphs if p.text.strip()]


def test_runs_of_other_formatting_beside_a_hidden_style_are_read(tmp_path):
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    d = docx.Document()
    old = d.styles.add_style("旧数", WD_STYLE_TYPE.CHARACTER)
    old.font.hidden = True
    plain = d.styles.add_style("着重", WD_STYLE_TYPE.CHARACTER)
    plain.font.bold = True
    p = d.add_paragraph("本年支出合计")
    p.add_run("11.11").style = old  # (the stale figure, hidden by its style)
    p.add_run("10.00").bold = True  # (a w:rPr of its own, no style, no w:vanish)
    p.add_run("万元，").style = plain  # (a character style that hides nothing)
    p.add_run("比上年增加1.00万元。")
    d.save(tmp_path / "a.docx")
    assert _texts(tmp_path / "a.docx") == ["本年支出合计10.00万元，比上年增加1.00万元。"]
