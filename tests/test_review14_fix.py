"""Session 14 review (s14rev, /tmp/s14rev/REPORT.md): fixes of its CLI findings (r14 AppleDouble files in a folder,
r22 a PDF named .xlsx) and of its misses (r13 a short 说明 sheet, r23 a Word 说明 in a frame, r20 an unruled PDF form
with an empty last column). Each test fails on the code before its fix."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ci_helpers import cli

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
CLEAN_XLSX = SAMPLES / "决算公开表-2019-中央式-无误.xlsx"
CLEAN_PDF = SAMPLES / "决算公开表-2019-中央式-无误.pdf"
# the first 16 bytes of an AppleDouble file (magic 00051607, version 2, "Mac OS X" filler)
APPLE_DOUBLE = bytes.fromhex("0005160700020000") + b"Mac OS X        " + b"\x00" * 60


# ---------------------------------------------------------------- r14: AppleDouble files from a Mac archive
def test_folder_walk_skips_appledouble_files_of_a_mac_archive(tmp_path):
    folder = tmp_path / "公开材料"
    (folder / "__MACOSX").mkdir(parents=True)
    shutil.copyfile(CLEAN_XLSX, folder / "决算.xlsx")
    (folder / "__MACOSX" / "._决算.xlsx").write_bytes(APPLE_DOUBLE)
    (folder / "._决算.xlsx").write_bytes(APPLE_DOUBLE)
    r = cli("check", str(folder), "--format", "json")
    report = json.loads(r.stdout)
    assert [f["path"] for f in report["files"]] == [str(folder / "决算.xlsx")]
    assert report["files"][0]["status"] == "checked" and r.exit_code == 0


def test_an_appledouble_file_named_on_the_command_line_is_still_checked(tmp_path):
    bad = tmp_path / "._决算.xlsx"
    bad.write_bytes(APPLE_DOUBLE)
    r = cli("check", str(bad), "--format", "json")
    assert [f["status"] for f in json.loads(r.stdout)["files"]] == ["unreadable"] and r.exit_code == 2


# ---------------------------------------------------------------- r22: a PDF under another extension
def test_a_pdf_named_xlsx_is_told_it_is_a_pdf(tmp_path):
    shutil.copyfile(CLEAN_PDF, tmp_path / "决算公开.xlsx")
    r = cli("check", str(tmp_path / "决算公开.xlsx"), "--format", "json")
    error = json.loads(r.stdout)["files"][0]["error"]
    assert "文件内容是 PDF 文件，不是 Excel 工作簿" in error and ".pdf" in error and r.exit_code == 2


def test_a_pdf_named_docx_is_told_it_is_a_pdf(tmp_path):
    shutil.copyfile(CLEAN_PDF, tmp_path / "决算公开.docx")
    r = cli("check", str(tmp_path / "决算公开.docx"), "--format", "json")
    assert "文件内容是 PDF 文件，不是 Word 文档" in json.loads(r.stdout)["files"][0]["error"] and r.exit_code == 2


# ---------------------------------------------------------------- r13: a short 说明 sheet
NARRATIVE_SAMPLE = SAMPLES / "情况说明与公开表-2019-无误.xlsx"  # 公开01表 总计 6598.33, 收入 6063.99, 支出 6101.24


def _with_text_sheet(tmp_path, lines, name="说明.xlsx"):
    from openpyxl import load_workbook

    book = load_workbook(NARRATIVE_SAMPLE)
    del book["情况说明"]
    sheet = book.create_sheet("情况说明", 0)
    for line in lines:
        sheet.append([line])
    path = tmp_path / name
    book.save(path)
    return path


def _text_errors(path):
    report = json.loads(cli("check", str(path), "--format", "json").stdout)
    return [f["code"] for f in report["findings"] if f["code"].startswith("TXT") and f["severity"] == "error"]


# a small unit's brief 说明 (every line under 30 characters), in a 宁夏/青海 county's wording
SHORT = ["2019年度部门决算情况说明", "一、收支总体情况", "2019年度收、支总计各6598.33万元。",
         "二、收入情况", "本年收入合计6063.99万元。", "三、支出情况", "本年支出合计6101.24万元。"]


def test_a_short_narrative_sheet_is_read_and_its_wrong_total_caught(tmp_path):
    wrong = [line.replace("6598.33", "6589.33") for line in SHORT]
    assert "TXT001" in _text_errors(_with_text_sheet(tmp_path, wrong))


def test_a_right_short_narrative_sheet_stays_clean(tmp_path):
    assert _text_errors(_with_text_sheet(tmp_path, SHORT)) == []


def test_a_cover_or_one_short_line_is_not_narrative():
    from govaudit.readers.base import Cell, Sheet
    from govaudit.recognize.disclosure import sheet_paragraphs

    projects_lines = ("人才引进项目支出120.00万元。", "就业补助项目支出3000.00万元。")

    def sheet(*lines):
        return Sheet(name="封面", cells={(r, 1): Cell(row=r, col=1, value=v) for r, v in enumerate(lines, 1)})

    # one short statement (a note under a cover's title) is not a 说明; two under a 说明's title or a heading are
    assert sheet_paragraphs("t.xlsx", [(sheet("2019年部门决算", "合计6598.33万元。"), None)]) == []
    two = sheet("2019年部门决算情况说明", "收支总计6598.33万元。", "本年支出合计6101.24万元。")
    assert len(sheet_paragraphs("t.xlsx", [(two, None)])) == 3
    headed = sheet("一、收支总体情况", "收支总计6598.33万元。", "本年支出合计6101.24万元。")
    assert len(sheet_paragraphs("t.xlsx", [(headed, None)])) == 3
    # (s14rev2 r2) a sheet listing projects' amounts is no 说明: its "…项目支出X万元" are the projects', not the department's
    assert sheet_paragraphs("t.xlsx", [(sheet(*projects_lines, "城乡社区项目支出2000.00万元。"), None)]) == []
    assert sheet_paragraphs("t.xlsx", [(sheet("2019年部门决算", *projects_lines), None)]) == []


# ---------------------------------------------------------------- r23: a Word 说明 inside a one-cell frame
WORD_SAMPLE = SAMPLES / "决算公开-2019-唐山高新区人社局-原样有误.docx"  # its 说明 and forms' 综述: runs of 67–71 paragraphs


def _framed(src: Path, dst: Path) -> Path:
    """src with each run of more than 20 body paragraphs moved into a bordered one-cell table (a frame)."""
    from docx import Document
    from docx.oxml.ns import qn

    doc = Document(src)
    runs, run = [], []
    for child in list(doc.element.body):
        if child.tag == qn("w:p"):
            run.append(child)
            continue
        if len(run) > 20:
            runs.append(run)
        run = []
    for run in runs:
        frame = doc.add_table(rows=1, cols=1)._tbl
        cell = frame.find(".//" + qn("w:tc"))
        for p in cell.findall(qn("w:p")):
            cell.remove(p)
        run[0].addprevious(frame)
        for p in run:
            cell.append(p)
    doc.save(dst)
    return dst


def _found(path: Path):
    from collections import Counter

    report = json.loads(cli("check", str(path), "--format", "json").stdout)
    return Counter((f["code"], f["severity"], f["message"]) for f in report["findings"])


def test_a_word_narrative_in_a_frame_is_read_as_outside_it(tmp_path):
    framed = _found(_framed(WORD_SAMPLE, tmp_path / "framed.docx"))
    assert framed == _found(WORD_SAMPLE)
    assert sum(n for (code, _s, _m), n in framed.items() if code.startswith("TXT00")) >= 10  # TXT002/003/004/007


def test_a_frame_around_a_table_or_a_title_stays_a_table(tmp_path):
    from docx import Document

    from govaudit.readers import read_workbook

    doc = Document()
    frame = doc.add_table(rows=1, cols=1)
    frame.cell(0, 0).text = "表一"
    inner = frame.cell(0, 0).add_table(rows=2, cols=2)
    inner.cell(0, 0).text, inner.cell(1, 1).text = "项目", "12.00"
    doc.add_table(rows=1, cols=1).cell(0, 0).text = "支出决算表"  # a title boxed in one cell (the Word sample's)
    boxed = doc.add_table(rows=1, cols=1)
    boxed.cell(0, 0).text = "一、收入支出决算总体情况说明"
    boxed.cell(0, 0).add_paragraph("本部门2019年度收、支总计各6598.33万元。")
    doc.save(tmp_path / "f.docx")
    book = read_workbook(tmp_path / "f.docx")
    assert [p.text for p in book.paragraphs] == ["一、收入支出决算总体情况说明", "本部门2019年度收、支总计各6598.33万元。"]
    assert {"表一", "支出决算表"} <= {c.value for c in book.sheets[0].cells.values()}


# ---------------------------------------------------------------- r20: an unruled PDF form with an empty last column
# A 项目支出绩效自评表 printed without grid lines (a 甘肃-like county form, written for this test): the funds part has
# 6 columns, the indicator part 8, its last one (偏差原因, 备注) empty because every target was met. Its header's 得分
# and the empty column's word were laid in one column (the latter nearest to the last column of figures), so 得分
# was lost, the indicator rows were not read and the form drew PRF104 (总分 vs the rate score alone). First run:
# 1 false error each.
FORM = [
    ["项目名称", "高标准农田建设", "", "主管部门", "某县农业农村局"],
    ["实施单位", "某县农田建设服务中心", "", "项目属性", "延续性项目"],
    ["项目资金情况（万元）", "预算数", "执行数", "执行率", "权重", "得分"],
    ["资金总额", "860.00", "843.66", "98.10%", "10", "9.81"],
    ["其中：本级财政资金", "260.00", "243.66", "93.72%"],
    ["上级补助资金", "600.00", "600.00", "100.00%"],
    ["年度目标", "建成高标准农田1万亩", "", "实际完成情况", "建成1.02万亩"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "权重", "得分", "LAST"],
    ["产出指标（50分）", "数量指标", "新建高标准农田面积", "≥1万亩", "1.02万亩", "20", "20"],
    ["", "质量指标", "工程验收合格率", "100%", "100%", "10", "10"],
    ["", "时效指标", "项目完工及时率", "100%", "95%", "10", "9"],
    ["", "成本指标", "亩均投资", "≤1500元", "1480元", "10", "10"],
    ["效益指标（30分）", "经济效益指标", "亩均增产粮食", "≥50公斤", "55公斤", "15", "15"],
    ["", "可持续影响指标", "工程管护机制", "健全", "健全", "15", "14"],
    ["满意度指标（10分）", "服务对象满意度指标", "受益农户满意度", "≥90%", "93%", "10", "10"],
    ["总分", "", "", "", "", "100", "TOTAL"],
    ["评价等级", "优"],
]
FORM_XS = (30, 130, 215, 305, 375, 440, 490, 535)


def _unruled_form(path: Path, last: str, total: str) -> Path:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from pdf_writer import PdfWriter

    writer = PdfWriter()
    page = writer.page(595, 842)
    page.text(200, 60, "2023年度项目支出绩效自评表", 12)
    top = 84
    for row in FORM:
        for x, value in zip(FORM_XS, row):
            if value:
                page.text(x + 2, top, {"LAST": last, "TOTAL": total}.get(value, value), 8.0)
        top += 16
    return writer.save(path)


@pytest.mark.parametrize("last", ["偏差原因", "偏差原因分析", "备注"])
def test_an_unruled_form_with_an_empty_last_column_reads_its_indicators(tmp_path, last):
    # 88 (the indicators) + 9.81 (the rate score) = 97.81
    right = _unruled_form(tmp_path / "right.pdf", last, "97.81")
    report = json.loads(cli("check", str(right), "--format", "json").stdout)
    assert [f["code"] for f in report["findings"] if f["severity"] in ("error", "warning")] == []
    wrong = _unruled_form(tmp_path / "wrong.pdf", last, "98.81")
    report = json.loads(cli("check", str(wrong), "--format", "json").stdout)
    assert [f["message"] for f in report["findings"] if f["code"] == "PRF104"] == [
        "绩效自评表「高标准农田建设」：总分填 98.81，各项自评得分之和为 97.81，相差 1 分。"]
