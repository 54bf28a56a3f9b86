"""Write the seed disclosure as the Word document it was: python samples/make_seed_docx.py

Source: samples/seed/tangshan-hrss-2019-final-accounts.txt (a copy of ../shared/seed/), the text of 唐山高新区人社局's
2019 部门决算公开 as Word exported it: a body paragraph is a line; a table cell is a line starting with a tab (a
cell's second paragraph follows on a line of its own), a blank line ends a table row, and a second blank line (or
a paragraph) ends the table. Vertically merged cells are exported as empty cells, and cell widths are lost: the
spans below put them back (the 河北 2019 绩效自评表 is 8 grid columns wide, as samples/make_forms.py lays it out
for the workbook copy of the same forms). Everything is kept as printed, mistakes included: 公开02–06 and 08表
have a title and no table, the forms carry the errors tests/test_forms_seed.py lists.

Output: samples/决算公开-2019-唐山高新区人社局-原样有误.docx, and with --libreoffice the same document saved again by
LibreOffice (samples/决算公开-2019-唐山高新区人社局-原样有误-LibreOffice另存.docx): another program's way of writing
the same tables (its own styles, widths, merge markup), which the reader must read the same.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = HERE / "seed" / "tangshan-hrss-2019-final-accounts.txt"
OUT = HERE / "决算公开-2019-唐山高新区人社局-原样有误.docx"
RESAVED = HERE / "决算公开-2019-唐山高新区人社局-原样有误-LibreOffice另存.docx"

_BLANK = " \t\r\n\u3000\xa0"


def parse(text: str) -> list[tuple[str, object]]:
    """[("p", text) | ("t", rows of cell texts)] in document order; an empty paragraph is ("p", "")."""
    out: list[tuple[str, object]] = []
    table: list[list[str]] | None = None
    row: list[str] | None = None
    for line in text.split("\n"):
        if line.startswith("\t"):
            if table is None:
                table = []
                out.append(("t", table))
            if row is None:
                row = []
                table.append(row)
            row.append(line[1:])
        elif not line.strip():
            if row is not None:  # the end of a table row
                row = None
            else:
                table = None
                out.append(("p", ""))
        elif row is not None:  # a cell's next paragraph
            row[-1] += "\n" + line
        else:
            table = None
            out.append(("p", line.rstrip("\t")))
    return out


# ------------------------------------------------------------------------------------------------ spans
# Rows whose cell widths cannot be told from the text alone: the "三公" header (公务用车 over three columns) and
# the 国有资本经营 table's header (科目 over 编码 and 名称, 本年支出 over three), keyed by their non-empty texts.
_HINTS = {
    ("合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"): [1, 1, 3, 1],
    ("科目", "本年支出"): [3, 3],
    ("功能分类科目编码", "科目名称", "小计", "基本支出", "项目支出"): [1, 2, 1, 1, 1],
    ("栏次", "1", "2", "3"): [3, 1, 1, 1],
    ("合计",): [3, 1, 1, 1],
}


def _key(row: list[str]) -> tuple[str, ...]:
    return tuple(c.strip(_BLANK) for c in row if c.strip(_BLANK))


def spans(row: list[str], width: int) -> list[int]:
    n = len(row)
    if n == width:
        return [1] * n
    if n == 1:
        return [width]
    hint = _HINTS.get(_key(row))
    if hint and len(hint) == n and sum(hint) == width:
        return hint
    if width == 8:  # 河北 2019 绩效自评表
        first = row[0].strip(_BLANK)
        joined = "".join(row)
        if "填报" in joined:  # 填报部门 / 填报人 lines: the last cell takes what is left
            return [1] * (n - 1) + [width - n + 1]
        shapes = {
            5: [1, 2, 2, 2, 1] if first.startswith("二") else [1, 1, 3, 1, 2],  # 预算执行 head / 基本情况
            4: [1, 3, 3, 1],  # 目标完成情况
            7: [1, 1, 1, 2, 1, 1, 1],  # indicator head and rows (三级 name and description in one cell)
            3: [1, 6, 1],  # 总分 / 评价等级
            2: [1, 7],  # 存在问题
        }
        if n in shapes:
            return shapes[n]
    if width % n == 0:
        return [width // n] * n
    return [1] * (n - 1) + [width - n + 1]


def layout(rows: list[list[str]]) -> list[list[tuple[int, int, str, bool]]]:
    """Each row as [(grid column, span, text, continues the vertical merge above)]."""
    width = max(len(r) for r in rows)
    out: list[list[tuple[int, int, str, bool]]] = []
    form = width == 8
    section = False  # column 1 of a form is merged down from 二、/三、/四、 … to the end of that part
    in_indicators = False
    for i, row in enumerate(rows):
        placed, col = [], 1
        for text, span in zip(row, spans(row, width)):
            placed.append([col, span, text, False])
            col += span
        texts = [p[2].strip(_BLANK) for p in placed]
        if form:
            joined = "".join(texts)
            first_raw = placed[0][2]
            if texts[0][:2] in ("二、", "三、", "四、"):
                section = True
                in_indicators = texts[0].startswith("四")
            elif section and first_raw == "" and "评价等级" not in joined and "填报" not in joined:
                placed[0][3] = True
            else:
                section = in_indicators = False
            if in_indicators and len(placed) >= 7 and not texts[0] and "一级指标" not in joined:
                above = out[-1]
                # 一级 and 二级 cells left empty continue the run above (二级 restarts with a new 一级)
                if not texts[1] and len(above) >= 3:
                    placed[1][3] = True
                    if not texts[2]:
                        placed[2][3] = True
        elif "小计" in texts and out:  # the "三公" sub-header: empty cells continue the header above
            above = {p[0]: p for p in out[-1]}
            for p in placed:
                if not p[2].strip(_BLANK) and p[0] in above and above[p[0]][1] == p[1]:
                    p[3] = True
        out.append([tuple(p) for p in placed])
    return out


# ------------------------------------------------------------------------------------------------ writing
_H1 = re.compile(r"^\s*第[一二三四五六七八九十]+部分")
_H2 = re.compile(r"^[一二三四五六七八九十]+、")
_H3 = re.compile(r"^（[一二三四五六七八九十]+）")


def heading_level(text: str) -> int | None:
    t = text.strip()
    if _H1.match(t):
        return 1
    if len(t) <= 30 and _H2.match(t):
        return 2
    if len(t) <= 30 and _H3.match(t) and "：" not in t:
        return 3
    return None


def write_cell(cell, text: str) -> None:
    lines = text.split("\n")
    cell.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def _tc_at(tr, c0: int):
    """The w:tc of a row covering 0-based grid column c0."""
    col = 0
    for tc in tr.tc_lst:
        if col <= c0 < col + tc.grid_span:
            return tc
        col += tc.grid_span
    raise IndexError(c0)


def build(items) -> "object":
    from docx import Document
    from docx.table import _Cell
    from docx.enum.section import WD_ORIENT
    from docx.shared import Pt

    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    doc.styles["Normal"].font.size = Pt(10.5)
    for kind, item in items:
        if kind == "p":
            level = heading_level(item) if item else None
            doc.add_paragraph(item.strip(), style=f"Heading {level}" if level else None)
            continue
        rows = layout(item)
        width = max(sum(p[1] for p in r) for r in rows)
        table = doc.add_table(rows=len(rows), cols=width)
        table.style = "Table Grid"
        # python-docx's table.cell() rebuilds the whole grid on every call: find cells by their row instead
        def cell(r: int, c0: int):
            return _Cell(_tc_at(table.rows[r]._tr, c0), table)

        for r, row in enumerate(rows):  # merges first, then the texts
            for col, span, text, cont in row:
                c0 = col - 1
                if span > 1:
                    cell(r, c0).merge(cell(r, c0 + span - 1))
                if cont:
                    # python-docx merges vertically from the top cell of the run down to this one
                    top = r
                    while top > 0 and any(p[0] == col and p[3] for p in rows[top]):
                        top -= 1
                    cell(top, c0).merge(cell(r, c0 + span - 1))
        for r, row in enumerate(rows):
            for col, span, text, cont in row:
                if text and not cont:
                    write_cell(cell(r, col - 1), text)
    return doc


def main(out: Path = OUT) -> Path:
    items = parse(SEED.read_text(encoding="utf-8"))
    build(items).save(out)
    return out


def resave_with_libreoffice(src: Path = OUT, out: Path = RESAVED) -> Path:
    """Open src in LibreOffice (headless) and save it as .docx again."""
    import shutil
    import subprocess
    import tempfile

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) not found")
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(src, Path(tmp) / "seed.docx")
        subprocess.run([soffice, "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir",
                        str(Path(tmp) / "out"), str(Path(tmp) / "seed.docx")], check=True, capture_output=True,
                       timeout=600)
        shutil.copy(Path(tmp) / "out" / "seed.docx", out)
    return out


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--libreoffice"]
    written = main(Path(args[0]) if args else OUT)
    print(written)
    if "--libreoffice" in sys.argv[1:]:
        print(resave_with_libreoffice(written))
