"""Issue 14, session 29 (mut): govaudit/annotate_many.py (wbfix2 s28, `--annotate DIR`) — when the value is a
folder, each copy's name, and each refusal's one line, on real folders and files made in the test."""

from __future__ import annotations

from pathlib import Path

from govaudit.annotate_many import copy_paths, folder_wanted, refusal


def test_one_file_wants_a_folder_only_when_the_value_is_one(tmp_path):
    one = [tmp_path / "甲局.xlsx"]
    assert not folder_wanted(one, str(tmp_path / "甲局_批注.xlsx"))
    assert folder_wanted(one, str(tmp_path / "out") + "/")  # (a path separator at its end: a folder to be made)
    (tmp_path / "made").mkdir()
    assert folder_wanted(one, str(tmp_path / "made"))
    assert folder_wanted(one + [tmp_path / "乙中心.xlsx"], str(tmp_path / "new"))


def test_names_alike_but_for_case_or_three_times_are_numbered_in_order(tmp_path):
    files = [tmp_path / "a" / "决算.xlsx", tmp_path / "b" / "决算.XLSX", tmp_path / "c" / "决算.xlsx",
             tmp_path / "d" / "决算.pdf"]
    got = [p.name for p in copy_paths(files, tmp_path / "out")]
    assert got == ["决算_批注.xlsx", "决算_批注_2.XLSX", "决算_批注_3.xlsx", "决算_批注.pdf"]
    assert all(p.parent == tmp_path / "out" for p in copy_paths(files, tmp_path / "out"))


def test_a_file_given_as_the_folder_is_refused_in_one_line_naming_the_count(tmp_path):
    files = [tmp_path / "甲局.xlsx", tmp_path / "乙中心.xlsx"]
    for f in files:
        f.write_bytes(b"x")
    (tmp_path / "x.txt").write_text("keep")
    why = refusal([str(f) for f in files], files, str(tmp_path / "x.txt"))
    assert why == (f"拒绝执行：--annotate 检查多个文件（这次是 2 个）时应给出一个文件夹（每个文件在其中各存一份批注副本），"
                   f"{tmp_path / 'x.txt'} 是一个文件；请换一个文件夹。")
    one = refusal([str(files[0])], files[:1], str(tmp_path / "x.txt"))
    assert one.startswith("拒绝执行：--annotate 应给出一个文件夹") and "\n" not in one


def test_a_name_of_a_copys_format_is_refused_whatever_its_case_and_a_folder_name_is_not(tmp_path):
    files = [tmp_path / "甲局.xlsx", tmp_path / "乙中心.xlsx"]
    for name in ("x.XLSX", "x.pdf", "x.docx", "x.xlsm"):
        why = refusal([], files, str(tmp_path / name))
        assert why is not None and why.endswith(f"{tmp_path / name} 是一个文件名。"), name
    assert refusal([], files, str(tmp_path / "批注2026")) is None
    assert refusal([], files, str(tmp_path / "x.csv")) is None  # (not a copy's format: a folder so named)


def test_the_checked_folder_itself_or_one_inside_it_is_refused_one_beside_it_is_not(tmp_path):
    checked = tmp_path / "in"
    checked.mkdir()
    files = [checked / "甲局.xlsx", checked / "乙中心.xlsx"]
    for target in (checked, checked / "批注", checked / "a" / "b"):
        why = refusal([str(checked)], files, str(target))
        assert why is not None and f"在被检查的文件夹 {checked} 之中" in why, target
    assert refusal([str(checked)], files, str(tmp_path / "out")) is None
    assert refusal([str(f) for f in files], files, str(checked / "批注")) is None  # (files named: no folder checked)


def test_a_copy_over_any_input_is_refused_naming_both(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    first, second = tmp_path / "甲局.xlsx", out / "甲局_批注.xlsx"
    for f in (first, second):
        f.write_bytes(b"x")
    why = refusal([str(first), str(second)], [first, second], str(out))
    assert why == f"拒绝执行：{first} 的批注副本 {out / '甲局_批注.xlsx'} 会覆盖被检查的文件 {second}，原文件不会被改写；请换一个文件夹。"
    assert refusal([str(first)], [first], str(tmp_path / "other")) is None
