"""One self-contained HTML page (inline CSS, no scripts, nothing fetched from the network) for reviewers.

For each finding a small grid shows the cells around it — the judged cell filled red/amber/blue, the
cells it was computed from outlined — so the problem can be seen without opening the workbook. Source cells
the grid does not reach (far down the sheet, or on another sheet) get small grids of their own below it. The cell
texts come from Finding.context, which the pipeline fills when asked (Options.collect_context); a
finding without it is listed without a grid.
"""

from __future__ import annotations

import re
from html import escape

from govaudit.cellref import column_letter, parse_a1
from govaudit.model import Result
from govaudit.report.common import (elsewhere, every_place_a_problem, figures, hints_note, in_other_file, primary, reference,
                                    rule_info)

LABELS = {"error": "错误", "warning": "警告", "info": "提示"}
_NUMBER = re.compile(r"^[-+]?[\d,]*\.?\d+%?$")

CSS = """
:root { --err:#c0392b; --err-bg:#ffc7ce; --warn:#9c6500; --warn-bg:#ffeb9c; --info:#1f5f99; --info-bg:#ddebf7; }
* { box-sizing: border-box; }
body { font-family: "PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif;
       margin: 0 auto; max-width: 1100px; padding: 24px; color: #222; line-height: 1.55; }
h1 { font-size: 1.5em; margin: 0 0 .2em; } h2 { font-size: 1.15em; margin: 2em 0 .6em; border-bottom: 2px solid #ddd; }
h3 { font-size: 1em; margin: 0 0 .3em; font-weight: 600; }
.meta { color: #666; margin: 0 0 1em; }
table.summary { border-collapse: collapse; width: 100%; margin: .5em 0 1em; }
table.summary th, table.summary td { border: 1px solid #ccc; padding: 4px 8px; text-align: left; }
table.summary td.n { text-align: right; }
table.summary th { background: #f3f3f3; white-space: nowrap; }
.totals span { display: inline-block; margin-right: 1.2em; font-weight: 600; }
.badge { display: inline-block; padding: 0 .5em; border-radius: 3px; font-size: .85em; color: #fff; font-weight: 600; }
.badge.error { background: var(--err); } .badge.warning { background: var(--warn); } .badge.info { background: var(--info); }
.finding { border: 1px solid #ddd; border-left: 5px solid #999; border-radius: 4px; padding: 10px 14px; margin: 10px 0; }
.finding.error { border-left-color: var(--err); } .finding.warning { border-left-color: #e0a800; }
.finding.info { border-left-color: var(--info); }
.ref { font-family: Consolas, Menlo, monospace; background: #f3f3f3; padding: 0 .4em; border-radius: 3px; }
code { font-family: Consolas, Menlo, monospace; }
.msg { margin: .2em 0; } .figs, .sources { margin: .2em 0; color: #555; font-size: .92em; }
table.grid { border-collapse: collapse; margin: .5em 0; font-size: .88em; }
table.grid th { background: #f0f0f0; color: #777; font-weight: normal; border: 1px solid #d4d4d4; padding: 2px 6px; }
table.grid td { border: 1px solid #d4d4d4; padding: 2px 6px; max-width: 16em; overflow: hidden;
                text-overflow: ellipsis; white-space: nowrap; }
table.grid td.head { color: #666; background: #fafafa; max-width: 20em; }
table.grid td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.grid td.hit.error { background: var(--err-bg); outline: 2px solid var(--err); outline-offset: -2px; font-weight: 700; }
table.grid td.hit.warning { background: var(--warn-bg); outline: 2px solid #e0a800; outline-offset: -2px; font-weight: 700; }
table.grid td.hit.info { background: var(--info-bg); outline: 2px solid var(--info); outline-offset: -2px; font-weight: 700; }
table.grid td.src { outline: 2px dashed #7a7a7a; outline-offset: -3px; }
figure.source-grid { margin: .2em 0 .6em; } figure.source-grid figcaption { color: #555; font-size: .85em; }
table.grid.small { font-size: .8em; margin: .2em 0; }
.legend { color: #666; font-size: .88em; }
.legend i { display: inline-block; width: 1.1em; height: .9em; vertical-align: middle; margin: 0 .2em 0 .8em; }
.unreadable { color: var(--err); }
details > summary { cursor: pointer; color: #1f5f99; margin: .8em 0; }
footer { margin-top: 3em; color: #888; font-size: .85em; }
"""


def _summary(result: Result, by_file: dict[str, list]) -> str:
    s = result.summary()
    checked = sum(1 for x in result.files if x.status == "checked")
    unreadable = len(result.files) - checked
    out = ['<p class="totals">',
           f"<span>共检查 {checked} 个文件</span>",
           f'<span class="unreadable">{unreadable} 个文件无法读取</span>' if unreadable else "",
           f"<span>错误 {s['error']} 个</span><span>警告 {s['warning']} 个</span><span>提示 {s['info']} 个</span>",
           "</p>",
           '<table class="summary"><thead><tr><th>文件</th><th>状态</th><th>识别到</th>'
           "<th>错误</th><th>警告</th><th>提示</th></tr></thead><tbody>"]
    for i, st in enumerate(result.files):
        found = by_file.get(st.path, [])
        count = {k: sum(1 for f in found if f.severity.value == k) for k in LABELS}
        if st.status == "checked":
            state = "已检查"
            what = "、".join(st.tables) or "无"
            if st.forms:
                what += f"，绩效自评表 {st.forms} 张"
        else:
            state = '<span class="unreadable">无法检查</span>'
            what = st.error or ""
        numbers = "".join(f'<td class="n">{count[k]}</td>' for k in LABELS)
        out.append(f'<tr><td><a href="#file-{i}">{escape(st.path)}</a></td><td>{state}</td>'
                   f"<td>{escape(what)}</td>{numbers}</tr>")
    out.append("</tbody></table>")
    out.append('<p class="legend">图例：<i style="background:var(--err-bg);outline:2px solid var(--err)"></i>错误'
               '<i style="background:var(--warn-bg);outline:2px solid #e0a800"></i>警告'
               '<i style="background:var(--info-bg);outline:2px solid var(--info)"></i>提示'
               '<i style="outline:2px dashed #7a7a7a"></i>参与计算的单元格</p>')
    return "\n".join(x for x in out if x)


def _grid(f) -> str:
    """The cells around the judged cell, then a smaller grid for each group of source cells it does not show."""
    ctx = f.context
    loc = primary(f)
    if not ctx or not ctx.get("rows") or loc is None or not loc.cell:
        return ""
    hits, used = {parse_a1(loc.cell)}, _sources_on(f, ctx.get("sheet"), loc.sheet)
    if every_place_a_problem(f):  # (every listed cell is a problem: none was computed from)
        hits, used = hits | used, set()
    out = [_table(ctx, hits, f.severity.value, used)]
    for extra in ctx.get("sources") or []:
        if not extra.get("rows"):
            continue
        sheet = extra.get("sheet") or ""
        name = extra.get("caption") or sheet
        where = f"另一工作表 {name}" if sheet != ctx.get("sheet") else f"{name} 中较远处"
        places = _sources_on(f, sheet, loc.sheet)
        if every_place_a_problem(f):
            out.append(f'<figure class="source-grid"><figcaption>同样问题的单元格（{escape(where)}）</figcaption>'
                       + _table(extra, places, f.severity.value, set(), small=True) + "</figure>")
            continue
        out.append(f'<figure class="source-grid"><figcaption>参与计算的单元格（{escape(where)}）</figcaption>'
                   + _table(extra, set(), None, places, small=True) + "</figure>")
    return "".join(out)


def _sources_on(f, sheet, judged_sheet) -> set:
    return {parse_a1(o.cell) for o in f.locations[1:]
            if o.cell and (o.sheet or judged_sheet) == sheet and not elsewhere(o, f)}


def _table(ctx: dict, hits: set, sev, sources: set, small: bool = False) -> str:
    top, left, rows = ctx["top"], ctx["left"], ctx["rows"]
    width = max(len(r) for r in rows)
    # a document names its rows and columns itself (Word table row/column, paragraph): shown instead of A1
    caption = ctx.get("caption") or ctx.get("sheet") or ""
    row_names, col_names = ctx.get("row_names"), ctx.get("col_names")
    css = "grid small" if small else "grid"
    out = [f'<table class="{css}" aria-label="{escape(caption)} 周边单元格"><thead><tr>'
           f'<th>{escape(caption)}</th>']
    heads = ctx.get("row_heads") or []
    if heads:
        out.append("<th></th>")
    out += [f"<th>{escape(col_names[j]) if col_names and j < len(col_names) else column_letter(left + j)}</th>"
            for j in range(width)]
    out.append("</tr></thead><tbody>")
    for i, row in enumerate(rows):
        r = top + i
        cells = [f"<th>{escape(row_names[i]) if row_names and i < len(row_names) else r}</th>"]
        if heads:
            head = heads[i] if i < len(heads) else ""
            title = f' title="{escape(head)}"' if head else ""
            cells.append(f'<td class="head"{title}>{escape(head)}</td>')
        for j in range(width):
            text = row[j] if j < len(row) else ""
            pos = (r, left + j)
            classes = []
            if pos in hits:
                classes += ["hit", sev]
            elif pos in sources:
                classes.append("src")
            if _NUMBER.match(text.strip()):
                classes.append("num")
            attrs = f' class="{" ".join(classes)}"' if classes else ""
            if pos in hits:
                attrs += ' data-judged="true"'
            elif pos in sources:
                attrs += ' data-source="true"'
            title = f' title="{escape(text)}"' if len(text) > 12 else ""
            cells.append(f"<td{attrs}{title}>{escape(text)}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _finding(f, n: int, infos: dict[str, dict]) -> str:
    sev = f.severity.value
    ref = reference(primary(f))
    title = f.title or infos.get(f.code, {}).get("title") or ""
    head = (f'<h3><span class="badge {sev}">{LABELS[sev]}</span> <code>{escape(f.code)}</code> {escape(title)}'
            + (f' <span class="ref">{escape(ref)}</span>' if ref else "") + "</h3>")
    parts = [f'<article class="finding {sev}" id="finding-{n}" data-code="{escape(f.code)}">', head,
             f'<p class="msg">{escape(f.message)}</p>']
    details = figures(f)
    if details:
        parts.append(f'<p class="figs">{escape("；".join(details))}</p>')
    parts.append(_grid(f))
    others = [in_other_file(o, f) or reference(o) for o in f.locations[1:] if reference(o)]
    if others:
        shown = "、".join(others[:12]) + ("……" if len(others) > 12 else "")
        what = "同样问题的单元格" if every_place_a_problem(f) else "参与计算的单元格"
        parts.append(f'<p class="sources">{what}：{escape(shown)}</p>')
    parts.append("</article>")
    return "\n".join(p for p in parts if p)


def render_html(result: Result, rules=None, title: str = "决算公开表检查报告") -> str:
    infos = rule_info(rules)
    by_file: dict[str, list] = {}
    for f in result.findings:
        by_file.setdefault(f.file, []).append(f)
    body = [f"<h1>{escape(title)}</h1>",
            f'<p class="meta">govaudit {escape(result.version)} 生成。红色为错误，黄色为警告，蓝色为提示'
            "（如四舍五入造成的尾差，不是错误）。</p>",
            _summary(result, by_file)]
    n = 0
    for i, st in enumerate(result.files):
        body.append(f'<section class="file" id="file-{i}"><h2>{escape(st.path)}</h2>')
        if st.status != "checked":
            body.append(f'<p class="unreadable">无法检查：{escape(st.error or "")}</p></section>')
            continue
        found = by_file.get(st.path, [])
        if not found:
            body.append("<p>未发现问题。</p>")
        serious = [f for f in found if f.severity.value != "info"]
        hints = [f for f in found if f.severity.value == "info"]
        for f in serious:
            n += 1
            body.append(_finding(f, n, infos))
        if hints:
            body.append(f"<details><summary>提示 {len(hints)} 个（{hints_note(hints)}；点击展开）</summary>")
            for f in hints:
                n += 1
                body.append(_finding(f, n, infos))
            body.append("</details>")
        body.append("</section>")
    body.append(f"<footer>govaudit {escape(result.version)}</footer>")
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
            + "\n".join(body) + "\n</body>\n</html>\n")
