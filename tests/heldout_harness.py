"""The harness the held-out batches share (issue #14: written once, read and changed once): what a print draws, read
once a module (`clean_fixture`), the strict xfails of a parametrized list (`marked`), and for the 决算 table batches
(tests/test_tables_heldout24–29.py) the findings of a print that leaves some of the nine tables out, and the check
that a seeded mistake is found at its place; for the 预算 batches (tests/test_budget_heldout25–27.py) the writing of
a set in one of the four ways and what a checked file draws. The printers are elsewhere: heldout_nine.py,
heldout27_tables.py, budget_heldout2N_tables.py; the planted edits of the 预算 sets in budget_edits.py."""

from __future__ import annotations

import pytest

from pdf_writer import print_plain, print_tables, save_workbook
from test_forms_support import check


def marked(names, xfails):
    """`names` for a parametrize, those in `xfails` (name → reason) as strict xfails (the test ids are the names)."""
    return [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=xfails[n])) if n in xfails else n
            for n in names]


def clean_fixture(problems_of):
    """A module-scoped fixture `clean_found`: name → what the clean print `name` draws, `problems_of(name, folder)`
    read once (the seeded tests compare with it). Bind it as `clean_found = clean_fixture(...)` in the test module."""
    @pytest.fixture(scope="module")
    def clean_found(tmp_path_factory):
        seen: dict = {}

        def found(name):
            if name not in seen:
                seen[name] = problems_of(name, tmp_path_factory.mktemp("clean"))
            return seen[name]
        return found
    return clean_found


# ----------------------------------------------------------------------------- 决算 table batches
def findings(keep, path, folder):
    """Errors and warnings, but the tables the print leaves out (CMP001): `keep` holds the printed tables' numbers
    ('12345')."""
    left_out = tuple(f"缺少公开0{k}表" for k in "123456789" if k not in keep)
    return [f for f in check(path, folder) if f.severity.value != "info"
            and not (f.code == "CMP001" and (f.message.startswith(left_out) or f.message.startswith("本文件只有")))]


def problems(keep, path, folder):
    """`findings` as sorted (code, message)."""
    return sorted((f.code, f.message) for f in findings(keep, path, folder))


def assert_new(found, clean):
    """A seeded print draws a TBL/XTB/CMP finding, one the clean print does not draw anyway."""
    assert any(c.startswith(("TBL", "XTB", "CMP")) for c, _m in found), found
    assert set(found) - set(clean), found


def assert_found_at(found, clean, codes, label, number):
    """Of what the seeded print draws (`found`, findings) and the clean one does not (`clean`, (code, message)), one
    has a code starting with one of `codes`, its first place's row label holding `label` and its table's title
    `number` ('03')."""
    new = [f for f in found if (f.code, f.message) not in set(clean)]
    right = [f for f in new if f.code.startswith(codes) and f.locations
             and label in (f.locations[0].row_label or "") and number in (f.locations[0].table_title or "")]
    assert right, [(f.code, f.message, f.locations[0].row_label if f.locations else None,
                    f.locations[0].table_title if f.locations else None) for f in found]


# ----------------------------------------------------------------------------- 预算 batches
def written(ts, folder, writer, options, edit=None):
    """The set `ts` (after `edit`, a planted mistake) as a workbook ('xlsx'), an unruled print ('plain') or a 'grid'
    / 'three' print (`options`: print_plain's / print_tables')."""
    if edit is not None:
        edit(ts)
    if writer == "xlsx":
        return save_workbook(folder / "a.xlsx", ts)
    if writer == "plain":
        return print_plain(folder / "a.pdf", ts, **options)
    return print_tables(folder / "a.pdf", ts, rules=writer, **options)


def budget_problems(path):
    """Errors and warnings of a file that must be checked (not set aside), as sorted (code, message)."""
    from govaudit.pipeline import check_paths

    result = check_paths([str(path)])
    assert [f.status for f in result.files] == ["checked"], result.files
    return sorted((f.code, f.message) for f in result.findings if f.severity.value in ("error", "warning"))
