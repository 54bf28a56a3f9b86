"""`--annotate DIR`: an annotated copy of each checked file, in one folder (wbfix2 s28, issue #9).

A reviewer runs govaudit over a folder of disclosures; refusing --annotate there (as before) left them one run a
file. The value is read as a folder when several files are checked, or when it is a folder already (or ends in a
path separator). Each copy is named after its input: '决算.xlsx' → '决算_批注.xlsx' (the copy keeps the input's
format); a second input of the same name (two folders' 决算.xlsx) → '决算_批注_2.xlsx', in the order the files are
checked (sorted, so runs repeat). Refused before anything is checked (one line, exit 2): the folder is a file, or a
name of a copy's format ('x.xlsx': most likely a single copy's name given by mistake); it stands in (or is) a folder
being checked (its copies would be checked as disclosures next time); a copy would be written over an input.
The folder is made when missing, its parent never.
"""

from __future__ import annotations

import os
from pathlib import Path

COPY_SUFFIXES = (".xlsx", ".xlsm", ".docx", ".pdf")  # what an annotated copy can be written as
MARK = "_批注"  # (in the copy's name, before its extension)


def folder_wanted(files: list, out: str) -> bool:
    return len(files) != 1 or Path(out).is_dir() or out.endswith(("/", os.sep))


def copy_paths(files: list, folder: Path) -> list[Path]:
    """One copy's path per input, in the inputs' order (the name rule above)."""
    used, out = set(), []
    for f in files:
        base, n = f"{f.stem}{MARK}", 2
        name = base + f.suffix
        while name.lower() in used:  # (Windows and macOS names do not tell case apart)
            name, n = f"{base}_{n}{f.suffix}", n + 1
        used.add(name.lower())
        out.append(folder / name)
    return out


def refusal(paths: list, files: list, out: str) -> str | None:
    """Why `out` cannot take the copies (one line), or None."""
    from govaudit.report.annotate import same_file

    folder = Path(out)
    many = f"检查多个文件（这次是 {len(files)} 个）时" if len(files) != 1 else ""
    if folder.exists() and not folder.is_dir():
        return (f"拒绝执行：--annotate {many}应给出一个文件夹（每个文件在其中各存一份批注副本），{out} 是一个文件；"
                "请换一个文件夹。")
    if not folder.exists() and folder.suffix.lower() in COPY_SUFFIXES:
        return (f"拒绝执行：--annotate {many}应给出一个文件夹（每个文件在其中各存一份批注副本，名为“原文件名{MARK}.扩展名”），"
                f"{out} 是一个文件名。")
    target = folder.resolve()
    for p in paths:
        if Path(p).is_dir() and (target == Path(p).resolve() or Path(p).resolve() in target.parents):
            return (f"拒绝执行：--annotate 的文件夹 {out} 在被检查的文件夹 {p} 之中，批注副本下次会被当作公开文件检查；"
                    "请换一个文件夹。")
    for f, copy in zip(files, copy_paths(files, folder)):
        hit = next((g for g in files if same_file(g, copy)), None)
        if hit is not None:
            return f"拒绝执行：{f} 的批注副本 {copy} 会覆盖被检查的文件 {hit}，原文件不会被改写；请换一个文件夹。"
    return None
