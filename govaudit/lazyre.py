"""Regular expressions compiled on first use instead of at import (start-up time, issue 13), and compiled faster.

A module's patterns were compiled when it was imported: ≈ 165 patterns, ≈ 50 ms of every process, most of which a
given input never uses (the narrative's on a workbook without text, the 公开表 grid's on a 绩效自评表). `lazy(...)`
takes re.compile's arguments and compiles on the first attribute asked for; from then on the compiled pattern's
methods sit on the object itself, so a call costs what `PATTERN.search(...)` on a compiled pattern costs (the method
is even bound once, not at every call).

Only method calls and attributes work (`X.search(s)`, `X.sub(...)`, `X.pattern`): not `re.search(X, s)` nor
isinstance(X, re.Pattern). tests/test_lazyre.py checks every lazy pattern of the package compiles to what re.compile
gives.

Why a class such as `[\\u4e00-\\u9fff]` took ≈ 1.3 ms to compile (3 ms with another character beside it, 7 ms with
IGNORECASE), bench/RESULTS.md session 7: sre's compiler (re/_compiler.py `_optimize_charset`, the same text in Python
3.10–3.13) marks every code point of a range in a bytearray one at a time, in a Python loop — 20,992 iterations for
the CJK block, and again for each pattern that names it. `compile()` here runs the same compiler with that one loop
replaced by a slice assignment (same bytes, same fall-back when a range leaves the table), so the compiled program is
the same list of codes (tests/test_lazyre.py compares them for every pattern of the package and for generated
classes); IGNORECASE ranges, and Python versions whose compiler text was not checked, take sre's own path.

Compiling is still sre's parser and compiler in Python, ≈ 0.3 ms a pattern: ≈ 40 ms of a seed-size check compiled
≈ 100 of the package's patterns. So `compile()` first looks in lazyre.json, the compiled programs of every pattern the
package makes (its modules' and those a check builds from data), made by `python -m govaudit.engine.catalogue` with
re's own compiler: what re/_compiler.py's compile() hands `_sre.compile` (flags, code words, groups), for one Python
(implementation, version, sre's MAGIC, code size, limits, byte order: `engine()`). The table is keyed by the pattern's
text and flags, so an edited pattern is simply not found and compiled as usual; a table made by another Python is not
used; `_sre.compile` checks every program it is given, and a rejected one is compiled as usual.
tests/test_lazyre_table.py: every row gives a pattern equal (`==`: same pattern, flags and code words) to
re.compile's, and the table is current.
"""

from __future__ import annotations

import _sre
import json
import re
import sys
from _thread import allocate_lock  # threading.Lock itself, without importing threading (issue 13)
from array import array
from pathlib import Path

_ATTRS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner", "flags", "groups",
          "groupindex")


class LazyPattern:
    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.source_flags = flags
        _MADE.append((pattern, flags))  # what the table of compiled programs holds (write_table)

    def compiled(self) -> re.Pattern:
        compiled = compile(self.pattern, self.source_flags)
        for name in _ATTRS:
            self.__dict__[name] = getattr(compiled, name)
        return compiled

    def __getattr__(self, name: str):  # only while not compiled: afterwards the attributes are the object's own
        if name.startswith("__") or name not in _ATTRS:
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """re.compile(pattern, flags), compiled when first used."""
    return LazyPattern(pattern, flags)


if sys.version_info >= (3, 11):
    from re import _compiler as _re_compiler, _parser as _re_parser
else:  # pragma: no cover (3.10)
    import sre_compile as _re_compiler
    import sre_parse as _re_parser
# _optimize_charset's text is the same in 3.10–3.13 (checked); another version compiles with its own
_sre_compiler = _re_compiler if (3, 10) <= sys.version_info[:2] <= (3, 13) else None
_LOCK = allocate_lock()
_CODE_TYPE = next((t for t in "IL" if array(t).itemsize == _sre.CODESIZE), "I")  # an sre code word
_MADE: list[tuple[str, int]] = []  # every pattern given to lazy() or compile() in this process
TABLE = Path(__file__).with_name("lazyre.json")
_table: dict[tuple[str, int], list] | None = None


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 (re.compile's name, on purpose)
    """re.compile(pattern, flags): the same compiled pattern, from the table of compiled programs when it holds this
    pattern for this Python (see the module's text), else compiled, with ranges in classes marked by slices."""
    _MADE.append((pattern, flags))
    row = _programs().get((pattern, flags))
    if row is not None:
        try:
            if isinstance(row, tuple):  # a line of the table not decoded yet (_programs): the text, where it is
                text, start, end = row
                row = json.loads(text[start:end])[3:]
            final_flags, code, groups, groupindex, indexgroup = row
            code = array(_CODE_TYPE, bytes.fromhex(code)).tolist()
            return _sre.compile(pattern, final_flags, code, groups, groupindex, tuple(indexgroup))
        except Exception:  # a program this _sre does not accept: compile it as re would
            pass
    return _compile(pattern, flags)


def _compile(pattern: str, flags: int) -> re.Pattern:
    if _sre_compiler is None:
        return re.compile(pattern, flags)
    with _LOCK:  # the compiler's function is swapped only while this thread compiles; others get an equal result
        original = _sre_compiler._optimize_charset
        try:  # swapped inside the try: an interrupt just after the swap still puts sre's own back
            _sre_compiler._optimize_charset = _optimize_charset
            return re.compile(pattern, flags)
        finally:
            _sre_compiler._optimize_charset = original


def _optimize_charset(charset, iscased=None, fixup=None, fixes=None):
    """re/_compiler.py's _optimize_charset (Python 3.10–3.13, PSF licence), with the loop over a range's code points
    without case folding replaced by a slice assignment; a case-folding charset goes to the original."""
    if fixup is not None:
        return _ORIGINAL(charset, iscased, fixup, fixes)
    c = _sre_compiler
    LITERAL, RANGE, NEGATE = c.LITERAL, c.RANGE, c.NEGATE
    out = []
    tail = []
    charmap = bytearray(256)
    hascased = False
    for op, av in charset:
        while True:
            try:
                if op is LITERAL:
                    charmap[av] = 1
                elif op is RANGE:
                    lo, hi = av
                    size = len(charmap)
                    if hi < size:
                        charmap[lo:hi + 1] = b"\1" * (hi + 1 - lo)
                    else:  # as the loop did: mark what fits, then the same IndexError
                        if lo < size:
                            charmap[lo:] = b"\1" * (size - lo)
                        raise IndexError
                elif op is NEGATE:
                    out.append((op, av))
                else:
                    tail.append((op, av))
            except IndexError:
                if len(charmap) == 256:
                    # character set contains non-UCS1 character codes
                    charmap += b'\0' * 0xff00
                    continue
                # Character set contains non-BMP character codes (no case folding here: see the original).
                tail.append((op, av))
            break

    # compress character map
    runs = []
    q = 0
    while True:
        p = charmap.find(1, q)
        if p < 0:
            break
        if len(runs) >= 2:
            runs = None
            break
        q = charmap.find(0, p)
        if q < 0:
            runs.append((p, len(charmap)))
            break
        runs.append((p, q))
    if runs is not None:
        # use literal/range
        for p, q in runs:
            if q - p == 1:
                out.append((LITERAL, p))
            else:
                out.append((RANGE, (p, q - 1)))
        out += tail
        # if the case was changed or new representation is more compact
        if hascased or len(out) < len(charset):
            return out, hascased
        # else original character set is good enough
        return charset, hascased

    # use bitmap
    if len(charmap) == 256:
        data = c._mk_bitmap(charmap)
        out.append((c.CHARSET, data))
        out += tail
        return out, hascased

    # a big charset: 256 chunks of 256 code points, duplicates shared (see the original's comment)
    charmap = bytes(charmap)  # should be hashable
    comps = {}
    mapping = bytearray(256)
    block = 0
    data = bytearray()
    for i in range(0, 65536, 256):
        chunk = charmap[i: i + 256]
        if chunk in comps:
            mapping[i // 256] = comps[chunk]
        else:
            mapping[i // 256] = comps[chunk] = block
            block += 1
            data += chunk
    data = c._mk_bitmap(data)
    data[0:0] = [block] + c._bytes_to_codes(mapping)
    out.append((c.BIGCHARSET, data))
    out += tail
    return out, hascased


_ORIGINAL = _sre_compiler._optimize_charset if _sre_compiler is not None else None


def engine() -> list:
    """What a compiled program is valid for: this implementation and version of Python and its sre engine. The whole
    version, patch level included: a bug fix in re's compiler in a patch release need not change sre's MAGIC."""
    return [sys.implementation.name, list(sys.version_info[:3]), _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT,
            _sre.MAXGROUPS, sys.maxunicode, sys.byteorder]


def _programs() -> dict[tuple[str, int], list | tuple[bytes, int, int]]:
    """The table (lazyre.json) as {(pattern, flags): _sre.compile's other arguments}, or where the row's JSON text is
    (the file's bytes, the row's start and end: decoded by compile() when the pattern is asked for); empty when it was
    made by another Python or cannot be read."""
    global _table
    if _table is None:
        table = {}  # built aside and set once: another thread never sees a half-read table
        try:
            with open(TABLE, "rb") as fh:
                data = fh.read()
            table = _rows_by_line(data)
            if table is None:  # not laid out as dumps() lays it out: parsed whole
                whole = json.loads(data)
                table = {}
                if whole["engine"] == engine():
                    table = {(p.encode("latin-1") if is_bytes else p, f): row
                             for p, is_bytes, f, *row in whole["patterns"]}
        except Exception:  # missing, unreadable, another layout: compile as re does
            table = {}
        _table = table
    return _table


def _rows_by_line(data: bytes) -> dict[tuple[str, int], tuple[bytes, int, int]] | None:
    """The table as dumps() writes it (one row a line, UTF-8) without decoding the rows: only each line's pattern and
    flags are read, the row stays bytes until compile() asks for it. Decoding the whole table (≈ 230 programs as hex,
    400 kB, through read_text) was ≈ 16 M instructions of every check, which uses a quarter of them (issue 13).
    None when the text is not laid out so."""
    from json.decoder import scanstring

    head, patterns, end_mark = b'{"engine":', b'"patterns":[\n', b"\n]}\n"
    first = data.find(b"\n")
    if not data.startswith(head) or data[first - 1:first] != b"," or not data.startswith(patterns, first + 1) \
            or not data.endswith(end_mark):
        return None
    if json.loads(data[len(head):first - 1]) != engine():
        return {}
    table = {}
    start, last = first + 1 + len(patterns), len(data) - len(end_mark)
    while start < last:
        end = data.find(b"\n", start)
        end = last if end < 0 or end > last else end
        row_end = end - 1 if end < last else end  # without the comma between rows
        if not data.startswith(b'["', start) or (data[end - 1:end] == b",") != (end < last):
            return None
        quote = data.find(b'"', start + 2)  # the pattern's closing quote: the first not escaped by a backslash
        while quote > 0 and _escaped(data, quote):
            quote = data.find(b'"', quote + 1)
        comma = data.find(b",", quote + 2)
        after = data.find(b",", comma + 1)
        if not start < quote < comma < after < row_end or data[quote + 1:quote + 2] != b",":
            return None
        is_bytes, flags = data[quote + 2:comma], data[comma + 1:after]
        if is_bytes not in (b"true", b"false") or not flags.isdigit():
            return None
        pattern = scanstring(data[start + 2:quote + 1].decode("utf-8"), 0)[0]  # (json.loads' own scanner)
        key = (pattern.encode("latin-1") if is_bytes == b"true" else pattern, int(flags))
        table[key] = (data, start, row_end)
        start = end + 1
    return table


def _escaped(data: bytes, at: int) -> bool:
    """Whether the character at `at` follows an odd number of backslashes (a JSON string's escaped quote)."""
    k = at
    while data[k - 1] == 0x5C:
        k -= 1
    return (at - k) % 2 == 1


def program(pattern: str | bytes, flags: int) -> list:
    """A table row: what re/_compiler.py's compile() hands _sre.compile for this pattern, computed by re's own parser
    and compiler (sre's own _optimize_charset)."""
    parsed = _re_parser.parse(pattern, flags)
    code = _re_compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    is_bytes = isinstance(pattern, bytes)
    text = pattern.decode("latin-1") if is_bytes else pattern
    code = array(_CODE_TYPE, code).tobytes().hex()  # the code words as hex: parsed in C, not as a list of numbers
    return [text, is_bytes, flags, flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, indexgroup]


# what the table is made from besides the modules' patterns: the patterns a check makes from data as it goes (the
# claims reader's names, the nil-fund clauses…), as checking these samples (one of each kind of input) makes them
SAMPLES = ("决算公开-2019-唐山高新区人社局-说明与表-原样有误.xlsx", "决算公开-2019-唐山高新区人社局-原样有误.docx",
           "决算公开表-2024-上海式-有误.pdf", "预算公开表-2026-上海部门-有误.xlsx", "预算公开表-2019-江苏式-有误.xlsx",
           "绩效自评表-四川式-有误.pdf")


def build_table(samples: Path | None = None) -> dict:
    """The table for every pattern the package's modules give lazy() or compile() once all are imported, and those
    that checking SAMPLES makes (in `samples`, by default the source tree's samples/, which is not in the wheel)."""
    import contextlib
    import importlib
    import io
    import pkgutil

    import govaudit
    from govaudit.cli import main

    for mod in pkgutil.walk_packages(govaudit.__path__, "govaudit."):
        if mod.name != "govaudit.__main__":
            importlib.import_module(mod.name)
    samples = samples or Path(govaudit.__file__).resolve().parent.parent / "samples"
    if not all((samples / name).is_file() for name in SAMPLES):
        raise FileNotFoundError(f"{samples}: not the source tree's samples/ (the table is made from a source tree)")
    for name in SAMPLES:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
            main(["check", str(samples / name), "--format", "json"])
    made = sorted({(p, int(f)) for p, f in _MADE}, key=lambda pf: (isinstance(pf[0], bytes), pf))
    return {"engine": engine(), "patterns": [program(p, f) for p, f in made]}


def write_table() -> int:
    data = build_table()
    TABLE.write_text(dumps(data), encoding="utf-8")
    return len(data["patterns"])


def dumps(data: dict) -> str:
    """The table as JSON, one pattern a line (sorted): a merge of two branches that each added patterns merges."""
    rows = ",\n".join(json.dumps(row, ensure_ascii=False, separators=(",", ":")) for row in data["patterns"])
    return f'{{"engine":{json.dumps(data["engine"], separators=(",", ":"))},\n"patterns":[\n{rows}\n]}}\n'
