"""`govaudit check`'s work, without click: the click command (cli.py) and the start-up fast path (fastpath.py) both
call run_check (issue 13: importing click costs ≈ 50 M instructions, a tenth of a small workbook's check, and the
fast path takes the plain `govaudit check FILE… [--format F] [-o OUT]` without it)."""

from __future__ import annotations

import os
import sys

FORMATS = ["text", "json", "sarif", "github", "junit", "jsonl", "html"]  # = govaudit.report.FORMATS
_NOTHING_FOUND = "没有找到要检查的工作簿、Word 文档或 PDF（.xlsx/.xlsm/.xls/.et/.ods/.docx/.pdf）。"


def echo(message: str = "", err: bool = False, nl: bool = True) -> None:
    """click.echo of a str. Through click whenever click is imported (the click path: click also copes with streams
    that are not UTF-8). Else this is the fast path (a POSIX process with UTF-8 streams, fastpath._plain_process), and
    the message is written as click.echo writes it there: to the stream itself, then flushed; a message with an ANSI
    escape to a stream that is no terminal (click strips those) goes to click."""
    stream = sys.stderr if err else sys.stdout
    if "click" in sys.modules or ("\x1b" in message and stream is not None and not stream.isatty()):
        import click

        click.echo(message, err=err, nl=nl)
        return
    if stream is None:
        return
    stream.write(message + "\n" if nl else message)
    stream.flush()


def usage_error(message: str) -> None:
    """A usage error, which cli.ChineseGroup reports in one line (exit 2). Only options the fast path leaves to click
    (--select, --ignore, --annotate) raise one, so click is imported already."""
    import click

    raise click.UsageError(message)


def run_check(paths, fmt, select, ignore, output, no_info, verbose, config_file, show_settings, baseline, jobs,
              statistics, together, annotate_out) -> None:
    """The click command `check` (cli.py), its options as click gives them."""
    from govaudit.config import ConfigError, Overrides, Resolver
    from govaudit.engine.runner import parse_codes
    from govaudit.pipeline import check_paths, tune_gc
    from govaudit.report import render
    from govaudit.report.progress import progress_factory

    tune_gc()
    overrides = Overrides(select=None if select is None else parse_codes(select),
                          ignore=None if ignore is None else parse_codes(ignore), no_info=no_info)
    notes: list[str] = []  # told on stderr after the report (check_paths)
    unknown = _unknown_codes((overrides.select or []) + (overrides.ignore or []))
    if unknown:
        usage_error(f"未知的规则代码：{', '.join(unknown)}（用 govaudit rules 查看全部规则）")
    _echo_load_problems()
    if output:
        _check_output_target(paths, output)
        _check_folder(output, "报告文件")
    copies = None  # --annotate DIR: (input, copy) pairs (govaudit/annotate_many.py)
    if annotate_out:
        copies = _check_annotate_target(paths, annotate_out)
        _check_folder(annotate_out, "批注副本" if copies is None else "批注副本的文件夹")
    if baseline and not os.path.lexists(baseline):
        _check_folder(baseline, "基线文件")
    try:
        resolver = Resolver(config_file, overrides)
        if show_settings:
            _show_settings(resolver, paths, fmt)
            return
        if fmt == "jsonl" and not together and not baseline and not statistics and not annotate_out:
            # written file by file as the batch goes: memory stays flat however many files there are
            result = _stream_jsonl(list(paths), output, no_info, options_for=_options_for(resolver, fmt),
                                   jobs=jobs or os.cpu_count() or 1, progress=progress_factory())
        else:
            result = check_paths(list(paths), options_for=_options_for(resolver, fmt),
                                 jobs=jobs or os.cpu_count() or 1, together=together, progress=progress_factory(),
                                 notes=notes)
    except ConfigError as exc:
        echo(str(exc), err=True)
        sys.exit(2)
    if no_info:
        result.findings = [f for f in result.findings if f.severity.value != "info"]
    if getattr(result, "streamed", False):  # the report is written already
        if not result.files:
            echo(_NOTHING_FOUND, err=True)
            sys.exit(2)
        for status in result.files:
            if status.status != "checked":
                echo(f"{status.path}: {status.error}", err=True)
        sys.exit(result.exit_code)
    if not result.files:
        echo(_NOTHING_FOUND, err=True)
        sys.exit(2)
    if baseline:
        _apply_baseline(result, baseline)
    color = fmt == "text" and output is None and sys.stdout.isatty()
    options = _render_options(fmt, color, verbose, resolver)
    if fmt == "text":
        options["width"] = None if output else _terminal_width()
    text = render(result, fmt, **options)
    if statistics:
        text = _with_statistics(text, result, fmt)
    if output:
        try:
            with open(output, "w", encoding="utf-8") as fh:
                fh.write(text)
        except OSError as exc:
            _refuse(f"无法写入报告文件 {output}：{_os_reason(exc)}。")
    else:
        echo(text, nl=False)
    for status in result.files:
        if status.status != "checked" and fmt != "text":
            echo(f"{status.path}: {status.error}", err=True)
    for note in notes:
        echo(note, err=True)
    if not together:
        _hint_together(result.files)
    if annotate_out and copies is not None:
        _annotate_each(result, annotate_out, copies)
    elif annotate_out:
        _annotate(result, annotate_out)
    sys.exit(result.exit_code)


def _hint_together(files) -> None:
    """A file with no table and no form beside one with tables in the same folder is most often the 情况说明
    published apart from its tables: checked alone, its figures were compared with nothing. Say how to join them."""
    with_tables = {os.path.dirname(f.path) for f in files if f.status == "checked" and f.tables}
    for f in files:
        if f.status == "checked" and not f.tables and not f.forms and os.path.dirname(f.path) in with_tables:
            echo(f"提示：{f.path} 没有识别到公开表或绩效自评表；如果它是与同一文件夹中的公开表分开发布的情况说明，"
                 "请加 --together 一起检查，文中的数字才会与表格核对。", err=True)


class _Streamed:
    """What is left of a streamed run once its lines are written: each file's status, and whether any error."""

    streamed = True

    def __init__(self):
        self.files: list = []
        self.findings: list = []  # never filled: written as they came
        self.errors = False

    @property
    def exit_code(self) -> int:
        if any(f.status != "checked" for f in self.files):
            return 2
        return 1 if self.errors else 0


def _stream_jsonl(paths, output, no_info: bool, **check_options) -> _Streamed:
    """`--format jsonl`, each file's lines written as soon as it is checked (in input order), then dropped.

    The lines are those govaudit.report.jsonl renders for the whole batch at once: byte for byte the same.
    """
    import json

    from govaudit.pipeline import iter_checked
    from govaudit.report.json_report import finding_dict

    result = _Streamed()
    out = None
    try:
        for status, findings in iter_checked(paths, **check_options):
            if output and out is None:  # opened once there is a file to report on, as the whole-batch path does
                try:
                    out = open(output, "w", encoding="utf-8")
                except OSError as exc:
                    _refuse(f"无法写入报告文件 {output}：{_os_reason(exc)}。")
            result.files.append(status)
            lines = []
            if status.status != "checked":
                lines.append({"file": status.path, "status": status.status, "error": status.error})
            for f in findings:
                if no_info and f.severity.value == "info":
                    continue
                result.errors = result.errors or f.severity.value == "error"
                lines.append(finding_dict(f))
            text = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
            if not text:
                continue
            try:
                out.write(text) if out is not None else echo(text, nl=False)
            except OSError as exc:
                _refuse(f"无法写入报告文件 {output}：{_os_reason(exc)}。")
    finally:
        if out is not None:
            out.close()
    return result


def _options_for(resolver, fmt: str):
    """The HTML report pictures the cells around each finding: ask the pipeline to keep them."""
    if fmt != "html":
        return resolver.options_for

    def options_for(path):
        opts = resolver.options_for(path)
        opts.collect_context = True
        return opts

    return options_for


def _terminal_width() -> int | None:
    """The width the text report wraps at: the terminal's; COLUMNS when set (a pipe, a test); else no wrapping
    (a file or a pipe gets one line per finding, which suits grep)."""
    import shutil

    if sys.stdout.isatty():
        return max(20, shutil.get_terminal_size().columns)
    columns = os.environ.get("COLUMNS", "")
    return max(20, int(columns)) if columns.isdigit() else None


def _render_options(fmt: str, color: bool, verbose: bool, resolver) -> dict:
    """What each reporter needs besides the Result, passed in as data (reporters never import the engine)."""
    if fmt == "text":
        return {"color": color, "show_info": verbose}
    if fmt in ("json", "jsonl"):
        return {}
    from govaudit.engine.registry import all_rules

    rules = [_rule_dict(r) for r in all_rules()]
    if fmt == "html":
        return {"rules": rules}
    from govaudit.report.paths import find_srcroot

    if fmt == "sarif":
        return {"rules": rules, "srcroot": find_srcroot()}
    if fmt == "github":
        return {"rules": rules, "srcroot": find_srcroot(), "step_summary": os.environ.get("GITHUB_STEP_SUMMARY") or None}
    return {"rules": rules, "ran": _rules_ran(resolver, [r["code"] for r in rules]), "idle": _nothing_to_check()}  # junit


def _nothing_to_check():
    """status → {code: why that rule had nothing to check in that workbook} (no 绩效自评表, no 公开07表…)."""
    from govaudit.engine.registry import all_rules, nothing_to_check
    from govaudit.model import kind_of_label

    infos = all_rules()

    def idle(status) -> dict[str, str]:
        kinds = {kind_of_label(t) for t in status.tables or []}
        out = {}
        for info in infos:
            why = nothing_to_check(info, kinds, status.forms or 0)
            if why:
                out[info.code] = why
        return out

    return idle


def _rules_ran(resolver, codes: list[str]):
    """path → the rule codes that ran on that file (selection and per-file ignores come from its config)."""
    from pathlib import Path

    def ran(path: str) -> list[str]:
        opts = resolver.options_for(Path(path))
        return [c for c in codes if opts.runs(c)]

    return ran


def _check_output_target(paths, output: str) -> None:
    """-o must never overwrite a workbook being checked (`-o 决算.xlsx` by mistake)."""
    from pathlib import Path

    if Path(output).suffix.lower() not in (".xlsx", ".xlsm"):
        return
    from govaudit.pipeline import expand_paths
    from govaudit.report.annotate import same_file

    if any(same_file(f, output) for f in expand_paths(list(paths))):
        echo(f"拒绝执行：-o 的输出文件是被检查的工作簿（{output}），原文件不会被改写；请换一个文件名。", err=True)
        sys.exit(2)


def _check_annotate_target(paths, out: str) -> list | None:
    """--annotate OUT: one checked file and an output that is not that file; --annotate DIR (several files, or OUT a
    folder): a copy each in DIR, returned as (input, copy) pairs (annotate_many.py). Exit 2 otherwise."""
    from pathlib import Path

    from govaudit import annotate_many
    from govaudit.pipeline import expand_paths
    from govaudit.report.annotate import same_file

    files = expand_paths(list(paths))
    if annotate_many.folder_wanted(files, out):
        why = annotate_many.refusal(list(paths), files, out)
        if why:
            _refuse(why)
        return list(zip(files, annotate_many.copy_paths(files, Path(out))))
    # the copy keeps the input's format: .xlsx content under a .xlsm name (or the reverse) does not open in Excel
    given, wanted = Path(out).suffix.lower(), files[0].suffix.lower()
    if wanted not in (".xlsx", ".xlsm", ".docx", ".pdf"):  # a legacy workbook cannot be annotated
        _refuse(f"拒绝执行：--annotate 只能为 Excel 工作簿（.xlsx/.xlsm）、Word 文档（.docx）或 PDF 生成批注副本，"
                f"{files[0].name} 不是；可用 --format html -o 报告.html 查看每个问题的位置。")
    if wanted == ".pdf" or given == ".pdf":  # a PDF's annotated copy is a PDF (report/annotate_pdf.py)
        if given != wanted:
            _refuse(f"拒绝执行：--annotate 的输出文件 {out} 应以 {wanted or '.pdf'} 结尾（批注副本与被检查的文件格式相同）。")
    elif ".docx" in (given, wanted):  # a Word document is annotated as a Word copy (report/annotate_docx.py)
        if given != wanted:
            need = wanted if wanted in (".docx", ".xlsx", ".xlsm") else ".xlsx"
            _refuse(f"拒绝执行：--annotate 的输出文件 {out} 应以 {need} 结尾（批注副本与被检查的文件格式相同）。")
    elif given not in (".xlsx", ".xlsm") or (wanted in (".xlsx", ".xlsm") and given != wanted):
        need = wanted if wanted in (".xlsx", ".xlsm") else ".xlsx"
        _refuse(f"拒绝执行：--annotate 的输出文件 {out} 应以 {need} 结尾（批注副本与被检查的文件格式相同）。")
    if same_file(files[0], out):
        echo(f"拒绝执行：--annotate 的输出文件就是被检查的文件本身（{out}），原文件不会被改写；请换一个文件名。",
                   err=True)
        sys.exit(2)


def _refuse(line: str) -> None:
    """A tool failure (not the workbooks' fault): one line on stderr, exit 2."""
    echo(line, err=True)
    sys.exit(2)


def _os_reason(exc: OSError) -> str:
    """Why a file could not be written, in words."""
    if isinstance(exc, FileNotFoundError):
        return "所在的文件夹不存在"
    if isinstance(exc, NotADirectoryError):
        return "路径中有一段不是文件夹"
    if isinstance(exc, IsADirectoryError):
        return "这是一个文件夹"
    if isinstance(exc, PermissionError):
        return "没有写入权限"
    return exc.strerror or str(exc)


def _check_folder(target: str, what: str) -> None:
    """Refuse before checking when `target` cannot be written where it is: its folder must exist (never created)."""
    from pathlib import Path

    parent = Path(target).parent
    if not parent.exists():
        below = next((p for p in (parent, *parent.parents) if p.exists()), None)
        if below is not None and not below.is_dir():
            _refuse(f"无法写入{what} {target}：{below} 不是文件夹。")
        _refuse(f"无法写入{what} {target}：文件夹 {parent} 不存在（不会自动创建）。")
    if not parent.is_dir():
        _refuse(f"无法写入{what} {target}：{parent} 不是文件夹。")


def _annotate(result, out: str) -> None:
    from govaudit.report.annotate import AnnotateError

    status = result.files[0]
    if status.status != "checked":
        echo(f"未生成批注副本 {out}：{status.path} 无法检查。", err=True)
        return
    try:
        marked = _write_copy(status.path, out, result.findings)
    except AnnotateError as exc:
        echo(str(exc), err=True)
        sys.exit(2)
    echo(f"已生成批注副本 {out}（标注了 {marked}）。", err=True)


def _write_copy(source: str, out: str, findings) -> str:
    """Write `out`, the annotated copy of `source` with its own findings, by the copy's format; what was marked
    ('12 个单元格', '3 处'). Raises AnnotateError."""
    from pathlib import Path

    from govaudit.report.annotate import annotate_workbook

    suffix = Path(out).suffix.lower()
    if suffix == ".docx":
        from govaudit.report.annotate_docx import annotate_docx as write
    elif suffix == ".pdf":
        from govaudit.report.annotate_pdf import annotate_pdf as write
    else:
        write = annotate_workbook
    marked = write(source, out, [f for f in findings if f.file == source])
    return f"{marked} {'个单元格' if suffix in ('.xlsx', '.xlsm') else '处'}"


def _annotate_each(result, out: str, copies: list) -> None:
    """--annotate DIR: each checked file's copy in DIR; a file that cannot have one is said so and the others are
    written (exit 2 after them when a copy could not be written)."""
    from pathlib import Path

    from govaudit.annotate_many import COPY_SUFFIXES
    from govaudit.report.annotate import AnnotateError

    statuses = {s.path: s for s in result.files}
    failed = False
    try:
        Path(out).mkdir(exist_ok=True)
    except OSError as exc:
        _refuse(f"无法写入批注副本的文件夹 {out}：{_os_reason(exc)}。")
    for source, copy in copies:
        status = statuses.get(str(source))
        if status is None or status.status != "checked":
            echo(f"未生成批注副本 {copy}：{source} 无法检查。", err=True)
            continue
        if copy.suffix.lower() not in COPY_SUFFIXES:
            echo(f"未生成批注副本：{source} 不是 Excel 工作簿（.xlsx/.xlsm）、Word 文档（.docx）或 PDF。", err=True)
            continue
        try:
            marked = _write_copy(status.path, str(copy), result.findings)
        except AnnotateError as exc:
            echo(str(exc), err=True)
            failed = True
            continue
        echo(f"已生成批注副本 {copy}（{source}，标注了 {marked}）。", err=True)
    if failed:
        sys.exit(2)


def _echo_load_problems() -> None:
    """Rule packs (built-in rules/*.toml or third-party) or rules that were skipped: one stderr line each."""
    from govaudit.engine.registry import load_problems

    for line in load_problems():
        echo(line, err=True)


def _show_settings(resolver, paths, fmt) -> None:
    import json

    from govaudit.config import render_settings

    described = [resolver.describe(p) for p in paths]
    if fmt == "json":
        echo(json.dumps(described, ensure_ascii=False, indent=2))
    else:
        echo("\n".join(render_settings(d) for d in described), nl=False)


def _apply_baseline(result, baseline: str) -> None:
    """No baseline yet: record today's findings (none are then new). Else keep only the new findings."""
    from pathlib import Path

    from govaudit import baseline as bl

    path = Path(baseline)
    if not path.exists():
        try:
            n = bl.write(path, result.findings)
        except OSError as exc:
            _refuse(f"无法写入基线文件 {baseline}：{_os_reason(exc)}。")
        echo(f"基线文件 {baseline} 不存在：已将当前 {n} 个问题记入其中；以后的检查只报告新问题。", err=True)
        result.findings = []
        return
    try:
        result.findings, absorbed = bl.apply(path, result.findings)
    except bl.ConfigError as exc:
        echo(str(exc), err=True)
        sys.exit(2)
    if absorbed:
        echo(f"基线文件 {baseline} 中已记录的 {absorbed} 个问题未报告。", err=True)


def _with_statistics(text: str, result, fmt: str) -> str:
    from govaudit.engine.registry import all_rules
    from govaudit.report.statistics import add_to_json, render_statistics, statistics

    stats = statistics(result.findings, rules=[_rule_dict(r) for r in all_rules()])
    if fmt == "text":
        return text + "\n" + render_statistics(stats)
    if fmt == "json":
        return add_to_json(text, stats)
    echo(render_statistics(stats), err=True, nl=False)  # formats with a fixed schema: on stderr
    return text


def _unknown_codes(codes: list[str]) -> list[str]:
    if not codes:  # (all_rules() imports every check module: registry.NEEDS)
        return []
    from govaudit.engine.registry import all_rules

    known = [r.code for r in all_rules()]
    return [c for c in codes if c != "ALL" and not any(k.startswith(c) for k in known)]


def _rule_dict(info) -> dict:
    from govaudit.rule_text import rule_dict

    return rule_dict(info)

