"""--together over files of which some hold several units' sets of tables (wbfix s29, issue #9).

A 部门 may file its 部门汇总 and its 单位's tables in the same workbooks: 公开01–05表 of both in one, 06–09 of both in
another. Put together as one set, each kind's first copy was checked and the second taken for a duplicate, so one
unit's 01 was held to the other's 06 (tests/test_together_units29.py: 30 false findings on a clean folder). Here each
file that holds several units is split as a lone workbook is (unit_books.py), and every unit is checked with its own
counterpart in the other files, matched by the 编制单位 each part prints — the same name exactly, never a likeness.

When the units cannot be matched one to one (a part of no 编制单位, tables of no sure unit, files of several units not
naming the same units, a file of one unit naming none of the others' or holding a second copy of a table, a file
with no tables that names no unit) nothing is guessed: the files are checked each on its own (a file of two units
split as a lone workbook is), a table kind another file of the group holds is not reported missing (CMP001), and
the note says why.
"""

from __future__ import annotations

import os

from govaudit.text import norm


def unit_members(parts) -> tuple[list[list[tuple]] | None, str | None]:
    """(groups, note) for the (shown path, book, disclosure) of a --together group: groups of (shown, book,
    disclosure) one a unit when some file holds several units and every part matches one unit; (None, note) when
    the files must be checked each on its own; (None, None) when no file holds several units (as before)."""
    from govaudit.pipeline import _unit_parts

    members: list[tuple[str | None, tuple]] = []  # (unit name, (shown, book, disclosure))
    split_files: list[str] = []
    doubt = None
    for shown, book, d in parts:
        ds, units = _unit_parts(book, d)
        name = os.path.basename(shown)
        if units is None:
            if d.duplicates:  # (a second copy of a kind that names no other unit: whose it is cannot be told)
                doubt = doubt or f"{name} 中同一张表有两份而只写了一个编制单位"
            members.append((norm(d.department) if d.department else None, (shown, book, d)))
            continue
        split_files.append(name)
        names = [norm(n) if n else "" for n in units.names]
        if units.aside or not all(names) or len(set(names)) < len(names):
            doubt = doubt or f"{name} 中有的表无法确定属于哪个单位"
        for unit, part, one in zip(names, units.books, ds):
            members.append((unit, (shown, part, one)))
    if not split_files:
        return None, None
    known = list(dict.fromkeys(u for (u, (shown, _b, _d)) in members
                               if u and os.path.basename(shown) in split_files))
    for f in split_files:  # (one to one: every file of several units names the same units — '某局' and '某局（本级）'
        # may be the 部门汇总 and its 本级, two units: never taken for one)
        theirs = {u for (u, (shown, _b, _d)) in members if os.path.basename(shown) == f}
        if theirs != set(known) and not doubt:
            doubt = f"{f} 中的单位（{'、'.join(sorted(theirs))}）与其他文件中的（{'、'.join(known)}）不完全相同"
    for unit, (shown, _b, d) in members:
        if doubt:
            break
        if unit not in known:
            who = f"单位“{unit}”" if unit else "没有写明单位"
            doubt = f"{os.path.basename(shown)}（{who}）与{'、'.join(split_files)}中的单位（{'、'.join(known)}）对不上"
    if doubt:
        return None, (f"--together：{'、'.join(split_files)} 含几个单位的公开表，{doubt}，无法按单位对应，"
                      "各文件已分别检查。")
    groups = [[m for u, m in members if u == unit] for unit in known]
    said = "；".join(f"{unit}（{'、'.join(dict.fromkeys(os.path.basename(m[0]) for m in g))}）"
                    for unit, g in zip(known, groups))
    note = (f"--together：{'、'.join(split_files)} 含 {len(known)} 个单位的公开表，已按编制单位对应、各单位分别核对："
            f"{said}。")
    return groups, note
