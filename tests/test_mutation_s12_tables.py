"""recognize/tables.py lines changed since 8b750e0 left unrun by s11mut, run in session 12 (s12mut): a survivor of
the 类-by-name reading (`raw[:1] not in (" ", "\\u3000", "\\t")`): only a name at the left edge is a 类."""

from __future__ import annotations

from test_layout_s9 import perturb


def test_an_indented_row_bearing_a_categorys_name_is_not_that_category(tmp_path):
    """公开03表 without codes, names indented by level: an indented 款 named as a 类 is named (其他支出 is both 类 229
    and its 款 22999) is not taken for the 类."""
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    grids = perturb.names_indented_no_codes(perturb.load(perturb.SAMPLES / "决算公开表-2024-上海式-无误.xlsx"))
    renamed = 0
    for g in grids:
        for (r, c), (v, f) in list(g.cells.items()):
            if isinstance(v, str) and v.strip() == "人力资源事务":
                g.cells[(r, c)] = (v.replace("人力资源事务", "其他支出"), f)
                renamed += 1
    assert renamed
    path = perturb.save(grids, tmp_path / "no-codes.xlsx")
    rows = recognize(read_workbook(str(path))).tables["03"].rows
    assert [r.code for r in rows if r.label == "一般公共服务支出"] == ["201"]
    assert [r.code for r in rows if r.label == "其他支出"] == [None]
