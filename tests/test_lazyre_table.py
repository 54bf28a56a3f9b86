"""Regular expressions compiled from govaudit/lazyre.json and with sre's charset loop replaced by slices (issue 13):
every pattern must come out as re.compile makes it. Two compiled patterns are equal (`==`) only when their pattern,
flags and compiled program (the code words the matcher runs) are all equal, so `==` proves the same matches."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govaudit import lazyre

ENGINE_MATCHES = json.loads(lazyre.TABLE.read_text(encoding="utf-8"))["engine"] == lazyre.engine()


def _rows():
    return json.loads(lazyre.TABLE.read_text(encoding="utf-8"))["patterns"]


def test_every_pattern_of_the_table_compiles_to_what_re_compile_makes():
    if not ENGINE_MATCHES:
        pytest.skip("lazyre.json was made by another Python: its programs are not used here")
    rows = _rows()
    assert len(rows) >= 90
    for text, is_bytes, flags, *_ in rows:
        pattern = text.encode("latin-1") if is_bytes else text
        assert lazyre._programs().get((pattern, flags)) is not None
        got = lazyre.compile(pattern, flags)
        assert got == re.compile(pattern, flags), text
        assert got is not re.compile(pattern, flags)  # it came from the table, not from re's cache


def test_the_table_is_current():
    """A pattern edited (or a new one) without regenerating the table is only compiled the slow way; this says so."""
    if not ENGINE_MATCHES:
        pytest.skip("lazyre.json was made by another Python")
    # in a fresh process: this one holds the patterns other tests made
    samples = Path(__file__).resolve().parent.parent / "samples"
    code = ("from pathlib import Path; import sys; from govaudit import lazyre\n"
            f"sys.stdout.write(lazyre.dumps(lazyre.build_table(Path({str(samples)!r}))))\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", env=env,
                          cwd=samples.parent, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == lazyre.TABLE.read_text(encoding="utf-8"), (
        "govaudit/lazyre.json is stale: run  python -m govaudit.engine.catalogue")


def test_a_program_the_engine_rejects_or_another_pythons_table_is_not_used(monkeypatch, tmp_path):
    monkeypatch.setattr(lazyre, "_table", {("[ab]c+", 0): [0, "00", 0, {}, []]})  # not an sre program
    assert lazyre.compile("[ab]c+") == re.compile("[ab]c+")
    other = tmp_path / "lazyre.json"
    row = lazyre.program("[ab]c+", 0)
    row[4] = lazyre.program("[ab]d+", 0)[4]  # a valid program of another pattern: would match "ad"
    other.write_text(json.dumps({"engine": ["cpython", [2, 7]], "patterns": [row]}), encoding="utf-8")
    monkeypatch.setattr(lazyre, "TABLE", other)
    monkeypatch.setattr(lazyre, "_table", None)
    assert lazyre._programs() == {}
    assert lazyre.compile("[ab]c+").match("ad") is None


def test_a_lazy_pattern_comes_from_the_table():
    if not ENGINE_MATCHES:
        pytest.skip("lazyre.json was made by another Python")
    from govaudit.text import HEADING_START

    assert (HEADING_START.pattern, 0) in lazyre._programs()
    assert HEADING_START.compiled() == re.compile(HEADING_START.pattern)


# code points around the places sre's charset compiler treats differently: Latin-1 (a 256-entry table), the BMP
# (a 65,536-entry table), beyond (kept as ranges); the CJK block the package's patterns name
_POINTS = st.one_of(st.integers(0, 0x120), st.integers(0xF0, 0x110), st.integers(0x4DF0, 0x4E10),
                    st.integers(0x9FF0, 0xA010), st.integers(0xFFF0, 0x10010), st.integers(0, 0x10FFFF))


def _item(pair):
    lo, hi = sorted(pair)
    return re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}"


@settings(max_examples=100, deadline=None)
@given(items=st.lists(st.tuples(_POINTS, _POINTS), min_size=1, max_size=6), negate=st.booleans(),
       extra=st.sampled_from(["", r"\d", r"\s", r"\w"]), ignorecase=st.booleans())
def test_slices_give_the_program_sre_gives(items, negate, extra, ignorecase):
    """The charset optimiser with slices against sre's own, on generated classes: the same code words."""
    if lazyre._sre_compiler is None:
        pytest.skip("a Python whose charset compiler was not checked: sre's own is used")
    pattern = "[" + ("^" if negate else "") + "".join(_item(p) for p in items) + extra + "]+x"
    flags = re.IGNORECASE if ignorecase else 0
    parsed = lazyre._re_parser.parse(pattern, flags)
    original = lazyre._re_compiler._code(parsed, flags)
    monkey = lazyre._re_compiler._optimize_charset
    lazyre._re_compiler._optimize_charset = lazyre._optimize_charset
    try:
        fast = lazyre._re_compiler._code(lazyre._re_parser.parse(pattern, flags), flags)
    finally:
        lazyre._re_compiler._optimize_charset = monkey
    assert fast == original


def test_the_cjk_class_compiles_from_slices_to_sres_program():
    re.purge()
    for pattern in (r"^[\u4e00-\u9fff]+$", r"[\u4e00-\u9fff（）()]{1,8}", r"[^\u4e00-\u9fff]", "[\U00010000-\U0010ffff]"):
        lazyre._table = {}  # no table: compiled, with slices
        try:
            got = lazyre.compile(pattern)
        finally:
            lazyre._table = None
        assert got == re.compile(pattern)
    assert lazyre._re_compiler._optimize_charset is lazyre._ORIGINAL or sys.version_info[:2] > (3, 13)


def test_the_table_read_line_by_line_is_the_table_parsed_whole(monkeypatch, tmp_path):
    """_programs() reads each line's pattern and flags and leaves the program as text until compile() asks for it
    (decoding the whole table was ≈ 16 M instructions of every check): the same rows as the whole file parsed; a table
    laid out otherwise (one line) is parsed whole, with the same result."""
    text = lazyre.TABLE.read_text(encoding="utf-8")
    data = json.loads(text)
    whole = {(p.encode("latin-1") if b else p, f): row for p, b, f, *row in data["patterns"]}
    by_line = lazyre._rows_by_line(lazyre.TABLE.read_bytes())
    if not ENGINE_MATCHES:
        assert by_line == {}
        return
    assert set(by_line) == set(whole) and all(isinstance(v, tuple) for v in by_line.values())
    assert all(json.loads(text[start:end])[3:] == whole[k] for k, (text, start, end) in by_line.items())
    one_line = tmp_path / "lazyre.json"
    one_line.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert lazyre._rows_by_line(one_line.read_bytes()) is None
    monkeypatch.setattr(lazyre, "TABLE", one_line)
    monkeypatch.setattr(lazyre, "_table", None)
    assert lazyre._programs() == whole
    pattern, flags = next(iter(whole))
    assert lazyre.compile(pattern, flags) == re.compile(pattern, flags)
