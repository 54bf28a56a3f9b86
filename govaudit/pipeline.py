"""read → recognise → rules → findings, for each file. The CLI only wires options into this."""

from __future__ import annotations

import gc
import os
from govaudit.records import dataclass, field
from pathlib import Path
TYPE_CHECKING = False  # no typing at run time (issue 13)
if TYPE_CHECKING:
    from typing import Callable

from govaudit.engine.context import Context
from govaudit.model import FileStatus, Finding, Result
from govaudit.model.trusted import construct


@dataclass
class Options:
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severities: dict[str, str] = field(default_factory=dict)
    context: Context = field(default_factory=Context)
    # codes (or prefixes) switched off for this file whatever `select` says (config per-file-ignores)
    per_file_ignores: list[str] = field(default_factory=list)
    collect_context: bool = False  # keep the cells around each finding (Finding.context) for the HTML report
    # --together files checked each on its own (units not matched, together_units.py): the table kinds the group's
    # other files hold, not missing from this one (CMP001)
    elsewhere: set = field(default_factory=set)

    def ignored_here(self, code: str) -> bool:
        """Switched off for this file by per-file-ignores, whatever `select` says."""
        drop = tuple(self.per_file_ignores)
        return bool(drop) and ("ALL" in drop or code.startswith(drop))

    def runs(self, code: str) -> bool:
        """The rule `code` is checked on this file: selected and not switched off by per-file-ignores."""
        from govaudit.engine.runner import selected

        return selected(code, self.select, self.ignore) and not self.ignored_here(code)


def tune_gc() -> None:
    """Tune the cyclic garbage collector for a checking process (the CLI and each --jobs worker call this).

    A check allocates hundreds of thousands of small objects (cells, figures, places) that form next to no
    reference cycles, yet with the default thresholds the collector scanned them over and over: 15 % of the time
    of a 100k-cell workbook. Freeze what the imports left (modules, classes: never garbage) so no collection scans
    it again, and collect the young generation every 50,000 allocations instead of every 700.
    """
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)


def expand_paths(paths: list[str]) -> list[Path]:
    """Files as given; folders searched recursively for workbooks (sorted, so runs are repeatable).

    A folder's .xls/.et/.ods files are listed too: they cannot be checked, and are reported as such (exit 2)
    rather than left out without a word.
    """
    from govaudit.readers.dispatch import is_listed

    out: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            # not only regular files: a dangling symlink or a pipe named x.xlsx is listed, and then reported as
            # not checked (readers.dispatch says why) instead of being passed over without a word. os.walk, not
            # rglob: a subfolder that cannot be read or vanishes during the walk (a temporary folder) is skipped
            # instead of ending the whole run with a traceback; links to folders are not followed.
            found = (Path(top, name) for top, _, names in os.walk(path, onerror=lambda _e: None) for name in names)
            out.extend(sorted(f for f in found if is_listed(f) and not f.is_dir()))
        else:
            out.append(path)
    return out


def check_file(path: Path, options: Options) -> tuple[FileStatus, list[Finding]]:
    """One file, in govaudit's Decimal context (numbers.DECIMAL_CONTEXT: nothing a plausible figure does overflows)."""
    from decimal import localcontext

    from govaudit.numbers import DECIMAL_CONTEXT

    with localcontext(DECIMAL_CONTEXT):
        status, findings = _check_file(path, options)
    if status.error:
        status.error = one_line(status.error)
    return status, findings


def one_line(text: str) -> str:
    """A reason on one line: an exception's text can run over several."""
    return " ".join(text.split())


def shown_path(path: Path) -> str:
    """The path as reports print it: a control character in a file name (a newline) is written as an escape,
    so a file's line stays one line."""
    text = str(path)
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def _check_file(path: Path, options: Options) -> tuple[FileStatus, list[Finding]]:
    from govaudit.engine.runner import run_rules
    from govaudit.place_titles import label_places
    from govaudit.readers import ReadError, read_workbook
    from govaudit.recognize.disclosure import recognize
    from govaudit.together_places import in_own_file

    shown = shown_path(path)
    try:
        book = read_workbook(path)
    except ReadError as exc:
        return construct(FileStatus, path=shown, status="unreadable", error=str(exc)), []
    except Exception as exc:  # never a traceback on any input
        return construct(FileStatus, path=shown, status="unreadable", error=f"读取失败（{type(exc).__name__}: {exc}）"), []
    try:
        disclosure = recognize(book)
    except Exception as exc:
        return construct(FileStatus, path=shown, status="unreadable",
                         error=f"无法识别表格结构（{type(exc).__name__}: {exc}）"), []
    disclosure.path = shown
    parts, units = _unit_parts(book, disclosure)
    if not disclosure.tables and not disclosure.forms and not (disclosure.narrative and disclosure.narrative.claims):
        if not any(s.cells for s in book.sheets):
            reason = "文档是空的，没有任何内容" if book.kind != "workbook" else "工作簿是空的，没有任何内容"
        else:
            reason = "没有找到可识别的决算公开表或绩效自评表（按表格标题识别，如“收入支出决算总表”；预算公开表如“收入预算总表”）"
        return construct(FileStatus, path=shown, status="unreadable", error=reason), []
    tables, forms = [t.label for _k, t in sorted(disclosure.tables.items())], len(disclosure.forms)
    if not options.collect_context:
        book = _places_only(book)  # the cells are in the disclosure now: free them before the rules run
    try:
        findings = []
        for n, part in enumerate(parts):  # (one unit's tables a part: a workbook of a 部门's and a 单位's sets, unit_books.py)
            ctx = Context(settings=options.context.settings)  # derived data is cached per disclosure, never shared
            if units is not None:  # (the split said once, CMP011/CMP012; tables set aside are not missing ones)
                from govaudit.unit_books import ASIDE, UNITS
                ctx.cache[UNITS] = units if n == 0 else None
                ctx.cache[ASIDE] = {t.kind for t in units.aside} | options.elsewhere
            elif options.elsewhere:
                from govaudit.unit_books import ASIDE
                ctx.cache[ASIDE] = set(options.elsewhere)
            found = run_rules(part, ctx, options.select, options.ignore, options.severities)
            found = [f for f in found if not options.ignored_here(f.code)]
            in_own_file(found, shown)  # (rules leave some places' file blank: reports compare it with the finding's)
            locate(book, found)
            label_places(part, found)  # (the places in other tables, or further down the same one)
            findings += found
        if units is not None and units.aside:  # (a table of no sure unit: its own sums still checked, unit_aside.py)
            from govaudit.unit_aside import aside_findings

            found = aside_findings(units.aside, parts[0], options)
            in_own_file(found, shown)
            locate(book, found)
            label_places(disclosure, found)
            findings += found
    except Exception as exc:  # each rule's own crash is a finding already: this is the engine's, so no result
        return construct(FileStatus, path=shown, status="unreadable", tables=tables, forms=forms,
                         error=f"检查规则时出错，本文件未完成检查（{type(exc).__name__}: {exc}）"), []
    status = construct(FileStatus, path=shown, status="checked", tables=tables, forms=forms, kind=book.kind,
                       stage=disclosure.stage, scope=disclosure.scope, year=disclosure.year)
    if options.collect_context:
        try:
            attach_context(book, findings)
        except Exception as exc:  # the findings stand; only the picture of the cells around them is missing
            for f in findings:
                f.context = None
            status.error = f"未能取出问题单元格周围的内容，报告中不显示（{type(exc).__name__}: {exc}）"
    return status, findings


def _unit_parts(book, disclosure) -> tuple[list, object]:
    """The disclosures to check: one, or one a unit when the workbook holds two units' sets of tables (sheets of
    their own, or stacked on one sheet; govaudit/unit_books.py); each recognised from its own sheets, so no rule
    mixes their figures. With them, the split (unit_books.Units) or None."""
    from govaudit.recognize.disclosure import recognize
    from govaudit.unit_books import unit_books

    units = unit_books(book, disclosure)
    if not units:
        return [disclosure], None
    parts = []
    for part in units.books:
        try:
            one = recognize(part)
        except Exception:  # (a part read alone that cannot be recognised: the workbook as one, as before)
            return [disclosure], None
        one.path = disclosure.path
        parts.append(one)
    if units.aside:  # (found, not checked: listed with the first part, so its rules run and CMP012 says why)
        first = parts[0]
        first.unread_tables += [t for t in units.aside if t.kind not in first.tables]
    return parts, units


def _places_only(book):
    """What is left of a read workbook once it is recognised: the real places of a document's cells (for locate).

    The cells themselves (and each sheet's cached rows) are a third of the memory of a big workbook.
    """
    from govaudit.readers.base import Sheet, Workbook

    return Workbook(path=book.path, kind=book.kind,
                    sheets=[Sheet(name=s.name, origins=s.origins) for s in book.sheets if s.origins])


def locate(book, findings: list[Finding], file: str | None = None) -> None:
    """Give each place in a document's virtual sheet its real coordinates (Word table cell, paragraph, PDF page
    and box) and each place the table's title as its label; rules only ever name sheet and cell. `file`: only the
    places in that file are this book's (a --together group's finding may name places in two files)."""
    from govaudit.cellref import parse_a1

    sheets = {s.name: s for s in book.sheets if s.origins}
    for f in findings:
        changed = []
        first_table = None  # the Word table of the judged place: related places in it share its title
        for i, loc in enumerate(f.locations):
            update = {}
            if i == 0 and loc.table_title is None and f.table and (file is None or loc.file == file):
                update["table_title"] = f.table
            sheet = sheets.get(loc.sheet) if loc.sheet and (file is None or loc.file == file) else None
            rc = parse_a1(loc.cell) if sheet is not None and loc.cell else None
            origin = sheet.origins.get(rc) if rc else None
            if origin is None and rc and book.kind == "pdf":  # (a blank cell judged: where it would be printed)
                from govaudit.readers.blank_box import blank_origin

                origin = blank_origin(sheet.origins, rc)
            if origin is not None:
                for key, value in (("table_no", origin.table), ("table_row", origin.row), ("table_col", origin.col),
                                   ("paragraph", origin.paragraph), ("page", origin.page), ("bbox", origin.bbox)):
                    if value is not None and getattr(loc, key) is None:
                        update[key] = value
                if origin.lines and loc.sentence:  # a PDF paragraph over pages: the judged figure's page and box
                    from govaudit.readers.pdf_pin import pin
                    update.update(pin(origin.lines, loc.sentence, f.actual))
                if i == 0:
                    first_table = origin.table
                elif (f.table and loc.table_title is None and origin.table is not None
                      and origin.table == first_table):
                    update["table_title"] = f.table
            changed.append(loc.model_copy(update=update) if update else loc)
        f.locations = changed


def attach_context(book, findings: list[Finding], radius: int = 2) -> None:
    """Fill Finding.context from the workbook already read; findings without a cell keep None.

    Source cells outside the judged cell's grid (far away, or on another sheet) get grids of their own,
    in context["sources"] (at most MAX_SOURCE_GRIDS; nearby ones share one)."""
    from govaudit.readers.context import cell_context

    for f in findings:
        loc = f.locations[0] if f.locations else None
        if loc is not None and loc.cell:
            f.context = cell_context(book, loc.sheet, loc.cell, radius)
            if f.context is not None:
                grids = [cell_context(book, sheet, ref, radius) for sheet, ref in _source_windows(f, radius)]
                grids = [g for g in grids if g]
                if grids:
                    f.context["sources"] = grids


MAX_SOURCE_GRIDS = 3


def _source_windows(f: Finding, radius: int) -> list[tuple[str, str]]:
    """(sheet, centre cell) of the grids that picture the source cells the judged cell's grid does not show."""
    from govaudit.cellref import column_letter, parse_a1

    ctx = f.context
    rows = ctx.get("rows") or []
    height, width = len(rows), max((len(r) for r in rows), default=0)

    def shown(sheet, r, c) -> bool:
        return sheet == ctx.get("sheet") and ctx["top"] <= r < ctx["top"] + height and ctx["left"] <= c < ctx["left"] + width

    far = []
    for o in f.locations[1:]:
        if o.file and f.file and o.file != f.file:  # (a --together group's place in another file: not this book's)
            continue
        pos = parse_a1(o.cell) if o.cell else None
        sheet = o.sheet or ctx.get("sheet")
        if pos and not shown(sheet, *pos) and (sheet, *pos) not in far:
            far.append((sheet, *pos))
    windows: list[tuple[str, str]] = []
    covered: set = set()
    span = 2 * radius
    for sheet, r, c in far:
        if (sheet, r, c) in covered:
            continue
        if len(windows) == MAX_SOURCE_GRIDS:
            break
        near = [(r2, c2) for s2, r2, c2 in far if s2 == sheet and abs(r2 - r) <= span and abs(c2 - c) <= span
                and (s2, r2, c2) not in covered]
        rs, cs = [x for x, _ in near], [y for _, y in near]
        if max(rs) - min(rs) <= span and max(cs) - min(cs) <= span:
            r0, c0 = (min(rs) + max(rs)) // 2, (min(cs) + max(cs)) // 2
        else:
            r0, c0 = r, c
        top, left = max(1, r0 - radius), max(1, c0 - radius)
        covered |= {(sheet, r2, c2) for s2, r2, c2 in far
                    if s2 == sheet and top <= r2 <= r0 + radius and left <= c2 <= c0 + radius}
        windows.append((sheet, f"{column_letter(c0)}{r0}"))
    return windows


def together_groups(paths: list[str]) -> list[list[Path]]:
    """--together: the files under each folder given are one disclosure; the files given by name are another."""
    from govaudit.readers.dispatch import is_listed

    groups: list[list[Path]] = []
    named: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file() and is_listed(f))
            if files:
                groups.append(files)
        else:
            named.append(path)
    if named:
        groups.insert(0, named)
    return groups


def check_together(files: list[Path], options: Options, notes: list[str] | None = None
                   ) -> list[tuple[FileStatus, list[Finding]]]:
    """Files that publish one disclosure between them (the narrative in one, the tables in another, as several
    provinces do) are checked as one: their tables, forms and paragraphs are put together and the rules run once.
    Each finding stays with the file its first place is in; a file that cannot be read is reported on its own.
    Files that are not one disclosure (a 决算 and a 预算, two years, two departments: `disclosures`) are checked as
    so many disclosures, and a line in `notes` says so. Files holding several units' sets are checked a unit at a
    time, each unit with its own counterparts, or each file on its own when the units cannot be matched
    (together_units.py); a note says which."""
    from govaudit.readers import ReadError, read_workbook
    from govaudit.recognize.disclosure import recognize

    outcomes: dict[str, tuple[FileStatus, list[Finding]]] = {}
    parts: list[tuple[str, object, object]] = []
    for path in files:
        shown = str(path)
        try:
            book = read_workbook(path)
            d = recognize(book)
        except ReadError as exc:
            outcomes[shown] = (construct(FileStatus, path=shown, status="unreadable", error=str(exc)), [])
            continue
        except Exception as exc:  # never a traceback on any input
            outcomes[shown] = (construct(FileStatus, path=shown, status="unreadable",
                                                     error=f"读取失败（{type(exc).__name__}: {exc}）"), [])
            continue
        d.path = shown
        parts.append((shown, book, d))
        outcomes[shown] = (construct(FileStatus, path=shown, status="checked",
                                     tables=[t.label for _k, t in sorted(d.tables.items())], forms=len(d.forms),
                                     kind=book.kind, stage=d.stage, scope=d.scope, year=d.year), [])
    from govaudit.together_units import unit_members

    by_unit, said = unit_members(parts)  # (files holding several units' sets: each unit with its own counterparts)
    if said and notes is not None:
        notes.append(said)
    if said and by_unit is None:  # (units that cannot be matched: each file on its own, never one unit against another)
        import copy

        for path in files:
            if outcomes[str(path)][0].status != "unreadable":
                alone = copy.copy(options)  # (a kind another file holds is in the group, not missing here)
                alone.elsewhere = {k for shown, _b, d in parts if shown != str(path)
                                   for k in [*d.tables, *(t.kind for t in d.duplicates)]}
                outcomes[str(path)] = _check_file(path, alone)
        return [outcomes[str(p)] for p in files]
    groups = [g for unit in by_unit for g in disclosures(unit)] if by_unit else disclosures(parts)
    if len(groups) > (len(by_unit) if by_unit else 1) and notes is not None:
        notes.append("--together：所给的文件不是同一份公开（年度、决算或预算、部门不同），已分别检查："
                     + "；".join("、".join(os.path.basename(p[0]) for p in g) + f"（{_what(g)}）" for g in groups) + "。")
    for group in groups:
        _check_merged(group, options, outcomes)
    return [outcomes[str(p)] for p in files]


def disclosures(parts: list[tuple[str, object, object]]) -> list[list[tuple[str, object, object]]]:
    """(shown path, book, disclosure) of files given --together, grouped into disclosures: a file joins the first
    group whose year and stage (决算/预算) agree with its own where both are known, and whose department agrees too
    unless the file's tables are others than the group's (one disclosure's files may spell the department
    differently, '…区人社局' / '…人社局': a defect CMP003 reports, not two disclosures each missing the other's tables).
    A file without tables (a 说明) is placed after the files with tables, by the year its text names most; one that
    says nothing known joins the only group there is, or is checked on its own when there are several (never the
    first group by chance: its sentences would be judged against another disclosure's tables)."""
    from govaudit.text import norm

    groups: list[tuple[list, list, set]] = []
    for part in sorted(parts, key=lambda p: not p[2].tables):  # (stable: the files' order otherwise)
        d = part[2]
        key = [d.year or (None if d.tables else _text_year(d)), d.stage, norm(d.department) if d.department else None]
        kinds = set(d.tables)
        if not kinds and key == [None, None, None] and len(groups) > 1:
            groups.append((key, [part], kinds))
            continue
        for known, members, seen in groups:
            same = [a is None or b is None or a == b for a, b in zip(known, key)]
            if same[0] and same[1] and (same[2] or not kinds & seen):
                known[:] = [b if a is None else a for a, b in zip(known, key)]
                members.append(part)
                seen |= kinds
                break
        else:
            groups.append((key, [part], kinds))
    return [members for _key, members, _kinds in groups]


def _text_year(d) -> int | None:
    """The year a 说明 is for: its title's, else the one its text names most apart from those it compares with."""
    from govaudit.recognize.text_year import text_year

    return text_year(d.paragraphs)


def _what(group) -> str:
    """What a group of files is, for the note: '2024年度决算，某某局'."""
    d = next((p[2] for p in group if p[2].year), group[0][2])
    stage = next((p[2].stage for p in group if p[2].stage), None)
    department = next((p[2].department for p in group if p[2].department), None)
    said = (f"{d.year}年度" if d.year else "") + (stage or "")
    return "，".join(x for x in (said, department) if x) or "年度与部门不明"


def _check_merged(parts, options: Options, outcomes: dict) -> None:
    """The rules run once over the parts' tables, forms and paragraphs put together; each file's outcome set."""
    from govaudit.engine.runner import run_rules
    from govaudit.model import Disclosure
    from govaudit.recognize.claims import read_claims
    from govaudit.recognize.stage import detect

    if not parts:
        return
    from govaudit.together_places import distinct_sheets, restore

    # the disclosure is named after the file with the most tables (a finding about the whole group is placed there)
    main_path, _book, _d = max(parts, key=lambda x: (len(x[2].tables), len(x[2].forms)))
    merged = construct(Disclosure, path=main_path, kind="together")
    # (sheet names made distinct across the files, so that each place the rules name is in one known file)
    renamed, back = distinct_sheets(parts)
    for shown, _book, d in renamed:
        for kind, table in d.tables.items():
            if kind not in merged.tables:
                merged.tables[kind] = table
            else:
                merged.duplicates.append(table)
        merged.duplicates.extend(d.duplicates)
        merged.extra_tables.extend(d.extra_tables)
        merged.forms.extend(d.forms)
        merged.cell_issues.extend(d.cell_issues)
        merged.sheets.extend(d.sheets)
        merged.paragraphs.extend(d.paragraphs)
    if not merged.tables and not merged.forms and not merged.paragraphs:
        for shown, _book, _d in parts:
            outcomes[shown] = (construct(FileStatus, path=shown, status="unreadable",
                                                     error="没有找到可识别的决算公开表、绩效自评表或情况说明文字"), [])
        return
    detect(merged)  # 决算 or 预算, 部门 or 单位, as recognize() tells a file's (it was left unknown before)
    if merged.paragraphs:
        merged.narrative = read_claims(merged.paragraphs, merged.year, merged.department, merged.stage)
    try:
        ctx = Context(settings=options.context.settings)
        findings = run_rules(merged, ctx, options.select, options.ignore, options.severities)
        findings = [f for f in findings if not options.ignored_here(f.code)]
    except Exception as exc:
        status = construct(FileStatus, path=main_path, status="unreadable",
                                       error=f"检查规则时出错，本组文件未完成检查（{type(exc).__name__}: {exc}）")
        outcomes[main_path] = (status, [])
        return
    mine = {shown for shown, _book, _d in parts}
    for shown in mine:
        outcomes[shown][0].joined = bool(merged.tables or merged.forms)
    restore(findings, back, mine, main_path)
    for f in findings:
        outcomes[f.file][1].append(f)
    from govaudit.place_titles import label_places

    # each file's places by its own document and tables: a finding may name places in two files
    for shown, book, d in parts:
        locate(book, findings, file=shown)
        label_places(d, findings)
    if options.collect_context:  # (the HTML report's cells around each finding, from the finding's own file)
        for shown, book, _d in parts:
            mine_here = [f for f in findings if f.file == shown]
            try:
                attach_context(book, mine_here)
            except Exception:  # the findings stand; only the picture of their cells is missing
                for f in mine_here:
                    f.context = None


def check_paths(paths: list[str], options: Options | None = None, *,
                options_for: Callable[[Path], Options] | None = None, jobs: int = 1, progress=None,
                together: bool = False, notes: list[str] | None = None) -> Result:
    """Check every workbook under `paths`; findings come in input order whatever `jobs` is.

    options_for gives each file its own Options (configuration files); progress, when given, is called
    with the number of files and returns an object with advance() and close() (or None for no bar); notes, when
    given, receives what the user should be told besides the findings (--together: files not one disclosure).
    """
    result = construct(Result)
    if together:
        for group in together_groups(paths):
            opts = options_for(group[0]) if options_for else (options or Options())
            for status, findings in check_together(group, opts, notes):
                result.files.append(status)
                result.findings.extend(findings)
        return result
    for status, findings in iter_checked(paths, options, options_for=options_for, jobs=jobs, progress=progress):
        result.files.append(status)
        result.findings.extend(findings)
    return result


def iter_checked(paths: list[str], options: Options | None = None, *,
                 options_for: Callable[[Path], Options] | None = None, jobs: int = 1, progress=None):
    """(status, findings) of each file under `paths`, in input order, as soon as it and those before it are done.

    A big batch written as it goes (JSON Lines) holds a few files' findings at a time, not the whole batch's.
    """
    options = options or Options()
    files = expand_paths(paths)
    per_file = [options_for(path) if options_for else options for path in files]
    tracker = progress(len(files)) if progress and files else None
    try:
        for outcome in _run(files, per_file, jobs):
            if tracker is not None:
                tracker.advance()
            yield outcome
    finally:
        if tracker is not None:
            tracker.close()


def _run(files: list[Path], per_file: list[Options], jobs: int):
    workers = min(jobs, len(files))
    if workers <= 1:
        for path, opts in zip(files, per_file):
            yield check_file(path, opts)
        return
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    # A window of files ahead of the one being handed out: the workers never wait, and results that finish early
    # wait here for their turn, so memory holds at most `ahead` files' findings whatever the batch's size.
    ahead = workers * 4
    todo = iter(enumerate(zip(files, per_file)))
    with ProcessPoolExecutor(max_workers=workers, initializer=tune_gc) as pool:
        pending: deque = deque()

        def submit() -> None:
            nxt = next(todo, None)
            if nxt is not None:
                i, (path, opts) = nxt
                pending.append((i, pool.submit(check_file, path, opts)))

        for _ in range(ahead):
            submit()
        while pending:
            i, future = pending.popleft()
            try:
                outcome = future.result()
            except Exception as exc:  # a worker that died (out of memory, killed): that file is not checked
                outcome = (construct(FileStatus, path=shown_path(files[i]), status="unreadable",
                                                 error=one_line(f"检查进程出错（{type(exc).__name__}: {exc}）")), [])
            submit()
            yield outcome
