"""TXT031: the department's own name written differently in one place — a character dropped or changed inside it
(“上海市普陀财政局” where everywhere else it is “上海市普陀区财政局”).

The name is the one the disclosure itself uses most: its cover or a heading (“XX2024年度部门决算”, “第一部分 XX概况”),
the “部门：” line of its tables, the 填报部门 of its 绩效自评表, sentences that open with it (“XX2024年度收入支出总计…”).
A place is flagged only when what it prints starts and ends like that name and is that name with one or two single
characters dropped or changed — never a shortening everybody uses (rules/narrative.toml [names] abbreviations), a
prefix left off (“普陀区财政局”), “本部门”, a longer name that contains it (a unit such as “上海市普陀区财政局财政所”),
a whole word exchanged (“长宁区” for “普陀区”), or a name holding a word the department's does not (“民政局” beside
“财政局”: another body).
"""

from __future__ import annotations

import re
from collections import Counter
from govaudit.records import dataclass

from govaudit.checks.narrative_common import finding_file
from govaudit.engine.registry import rule
from govaudit.model import Finding, Location, Severity
from govaudit.model.trusted import construct
from govaudit.narrative_data import NameData, narrative_data
from govaudit.text import norm
from govaudit.lazyre import lazy  # compiled on first use: start-up time (issue 13)

NEEDS = ("text", "tables")  # its rules have nothing to check without these parts (engine/registry.py NEEDS, has)

CJK = lazy(r"^[\u4e00-\u9fff]+$")
_LEAD = r"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?"
_YEAR = r"(?:\d{4}年度?)"
_NAME = r"(?P<name>[\u4e00-\u9fff（）()]{4,40}?)"
# a heading or a title: “上海市普陀区财政局2024年度部门决算”, “第一部分上海市普陀区财政局概况”,
# “2017年度江苏省高级人民法院部门收支预算总表”
TITLE_RE = lazy(_LEAD + _YEAR + "?" + _NAME + _YEAR + r"?(?:部门|单位|决算|预算|概况)")
# a sentence that opens with the name and the year: “上海市普陀区财政局2024年度收入支出总计…”
OPENING_RE = lazy(_LEAD + _NAME + _YEAR)
# the line under a cover's name: “2024年度部门决算”
COVER_NEXT = lazy(r"^" + _YEAR + r"?(?:部门|单位)?(?:决算|预算)")
PARENS = lazy(r"[（(][^（）()]*[）)]$")
SENTENCE_END = lazy(r"[。；;！？!?]")
MIN_LEN = 5  # shorter names (“财政局”) are too common a sequence of characters to judge


@dataclass
class Place:
    """A text that may print the name: a paragraph, a table's “部门：” line or title, a form's 填报部门."""

    text: str  # normalised
    location: Location
    label: str  # how a message names it: 第12段, 公开01表的“部门：”栏
    tail: str = ""  # the start of the next paragraph: a name cut by a PDF line or a Word line break
    table: str = "情况说明"


def _clean_name(text: str) -> str:
    name = norm(text)
    while PARENS.search(name):  # 上海市普陀区财政局（本级）
        name = PARENS.sub("", name)
    return name


def _places(disclosure) -> list[Place]:
    out: list[Place] = []
    paras = disclosure.paragraphs
    seen = set()
    for i, p in enumerate(paras):
        text = norm(p.text)
        if not text:
            continue
        seen.add(text)
        nxt = norm(paras[i + 1].text) if i + 1 < len(paras) else ""
        tail = nxt[:48] if not SENTENCE_END.search(text[-1:]) else ""
        out.append(Place(text, p.location, f"第{p.index}段", tail))
    depts = Counter(norm(t.department) for t in disclosure.tables.values() if t.department)
    usual = depts.most_common(1)[0][0] if depts else None
    for table in sorted(disclosure.tables.values(), key=lambda t: t.kind):
        # a table whose “部门：” differs from the other tables' is CMP003's (an error): not reported twice
        if table.department and norm(table.department) == usual:
            out.append(Place(norm(table.department), construct(Location, file=disclosure.path, sheet=table.sheet,
                                                               cell=table.department_cell or table.title_cell,
                                                               row_label="部门"),
                             f"{table.label}的“部门：”栏", table=table.label))
        title = norm(table.title)
        if title and title not in seen:  # a PDF's or Word's title is a paragraph too: counted once
            out.append(Place(title, construct(Location, file=disclosure.path, sheet=table.sheet, cell=table.title_cell,
                                              row_label="表名"), f"{table.label}的表名", table=table.label))
    for form in disclosure.forms:
        if form.department and form.department.text:
            out.append(Place(norm(form.department.text), form.department.source,
                             f"绩效自评表「{form.name}」的填报部门", table=f"绩效自评表「{form.name}」"))
    return out


def _is_name(name: str, data: NameData) -> bool:
    core = _clean_name(name)
    return (len(core) >= MIN_LEN and CJK.match(core) is not None and core.endswith(data.suffixes)
            and not core.startswith(("本", "我", "该", "全", "各", "其")))


def _candidates(disclosure, places: list[Place], data: NameData) -> set[str]:
    """The names the disclosure gives itself: cover, headings, 部门 lines, 填报部门, sentences opening with it."""
    names: set[str] = set()
    for t in disclosure.tables.values():
        if t.department:
            names.add(_clean_name(t.department))
    for f in disclosure.forms:
        if f.department and f.department.text:
            names.add(_clean_name(f.department.text))
    paras = disclosure.paragraphs
    for i, p in enumerate(paras):
        text = norm(p.text)
        for regex in (TITLE_RE, OPENING_RE):
            m = regex.match(text)
            if m:
                names.add(_clean_name(m.group("name")))
        # a cover: the name alone on a line, “2024年度部门决算” under it
        if i + 1 < len(paras) and COVER_NEXT.match(norm(paras[i + 1].text)):
            names.add(_clean_name(re.sub(_LEAD, "", text)))
    return {n for n in names if _is_name(n, data)}


def _count(name: str, places: list[Place]) -> tuple[int, list[str]]:
    n, where = 0, []
    for pl in places:
        k = pl.text.count(name)
        if k:
            n += k
            where.append(pl.label)
    return n, where


def _own_count(name: str, names: set[str], places: list[Place]) -> int:
    """How often `name` stands on its own, not as part of a longer candidate (社会工作部 inside
    中共上海市普陀区委社会工作部; 财政局 inside 上海市普陀区财政局 is not a name of its own)."""
    longer = [n for n in names if name in n and n != name]
    total = 0
    for pl in places:
        text = pl.text
        for n in longer:
            text = text.replace(n, "\0")
        total += text.count(name)
    return total


def _edits(name: str, s: str, most: int) -> list[tuple[str, int, str]] | None:
    """The fewest single-character deletions from `name` and changes in it that give `s` (no character added):
    [("del", i, ""), ("sub", i, new character)], i a position in `name`; None when more than `most`."""
    n, m = len(name), len(s)  # the caller's `s` is never longer than `name`, nor more than `most` shorter
    big = most + 1
    dp = [[big] * (m + 1) for _ in range(n + 1)]
    dp[0][0] = 0
    for i in range(1, n + 1):
        for j in range(0, min(i, m) + 1):
            best = dp[i - 1][j] + 1  # name[i-1] dropped
            if j:
                best = min(best, dp[i - 1][j - 1] + (name[i - 1] != s[j - 1]))
            dp[i][j] = min(best, big)
    if dp[n][m] > most:
        return None
    ops, i, j = [], n, m
    while i > 0:
        if j and dp[i][j] == dp[i - 1][j - 1] + (name[i - 1] != s[j - 1]):
            if name[i - 1] != s[j - 1]:
                ops.append(("sub", i - 1, s[j - 1]))
            i, j = i - 1, j - 1
        else:
            ops.append(("del", i - 1, ""))
            i -= 1
    return list(reversed(ops))


def _abbreviated(text: str, data: NameData) -> str:
    for long, short in data.abbreviations:
        text = text.replace(long, short)
    return text


def _another_body(name: str, s: str, ops, data: NameData) -> bool:
    """`s` is a shortening of `name` or the name of another body, not a misspelling of it."""
    if _abbreviated(s, data) == _abbreviated(name, data):
        return True
    positions = [i for _op, i, _c in ops]
    if any(b - a == 1 for a, b in zip(positions, positions[1:])):
        return True  # a whole word exchanged or left out: 长宁区 for 普陀区, 商务 dropped from 商务委员会
    # a word of `s` the name does not hold, where the change is (民政局 beside 财政局; 法院 beside 检察院)
    return any(w in s and w not in name for w in data.words)


def _near_misses(text: str, tail: str, name: str, data: NameData, most: int):
    """(start, spelling, edits) of each place in `text` that prints `name` with one or two characters dropped or
    changed; a spelling starting in `text` may run on into `tail`, the next paragraph."""
    full = text + tail
    verbatim = []
    k = full.find(name)
    while k >= 0:
        verbatim.append((k, k + len(name)))
        k = full.find(name, k + 1)
    first, last = name[0], name[-1]
    start = full.find(first)
    while 0 <= start < len(text):
        for length in range(len(name), len(name) - most - 1, -1):
            end = start + length
            if end > len(full) or full[end - 1] != last:
                continue
            s = full[start:end]
            if s == name or not CJK.match(s) or any(a < end and start < b for a, b in verbatim):
                continue
            ops = _edits(name, s, most)
            if ops and not _another_body(name, s, ops, data):
                yield start, s, ops
                break
        start = full.find(first, start + 1)


def _sentence(text: str, at: int) -> str:
    begin = max((m.end() for m in SENTENCE_END.finditer(text, 0, at)), default=0)
    m = SENTENCE_END.search(text, at)
    end = m.end() if m else len(text)
    sentence = text[begin:end]
    if len(sentence) > 80:
        off = at - begin
        sentence = sentence[max(0, off - 30): off + 50]
    return sentence


def _difference(name: str, ops) -> str:
    parts = []
    for op, i, c in ops:
        parts.append(f"少了“{name[i]}”字" if op == "del" else f"“{c}”应为“{name[i]}”")
    return "，".join(parts)


@rule(
    "TXT031",
    "部门名称在一处写得与别处不同",
    severity="warning",
    explanation="""
同一份公开中，部门（单位）的全称在封面、标题、“部门：”栏和正文中应写法相同。某一处少了或写错了一两个字（“上海市
普陀财政局”少了“区”，“中共上海市普陀区宣传部”少了“委”，“普陀”写成了“普佗”）多是录入或复制时的笔误，读者会以为是另一
个单位。部门名称取自封面或标题（“XX2024年度部门决算”“XX概况”）、各表的“部门：”栏、绩效自评表的填报部门和以名称
开头的句子，以出现最多的写法为准。常见的简称（“上海市普陀区政府办公室”之于“…人民政府办公室”，rules/narrative.toml
的 [names] abbreviations）、省去开头的地名（“普陀区财政局”）、“本部门”、包含全称的下属单位名称（“上海市普陀区财政局
财政所”）、整个词不同的名称（“长宁区”“民政局”：另一个单位）都不报告。
""",
    example="封面、标题和正文 12 处写“上海市普陀区财政局”，一个标题写“上海市普陀财政局”：警告。",
)
def department_name_spelling(disclosure, ctx):
    data = narrative_data().names
    places = _places(disclosure)
    names = _candidates(disclosure, places, data)
    if not names:
        return
    name = max(names, key=lambda n: (_own_count(n, names, places), len(n), n))
    times, where = _count(name, places)
    if times < 2:
        return
    most = 1 if len(name) < 8 else 2
    reported = set()
    for pl in places:
        for start, spelling, ops in _near_misses(pl.text, pl.tail, name, data, most):
            if (pl.label, spelling) in reported:
                continue
            n_spelling = sum(x.text.count(spelling) for x in places)
            if n_spelling >= times:
                continue  # as common as the name itself: not a slip of one place
            reported.add((pl.label, spelling))
            sample = "、".join(w for w in where[:3] if w != pl.label) or where[0]
            file = finding_file(disclosure, pl.location)
            sentence = _sentence(pl.text, start)
            loc = pl.location.model_copy(update={"file": file, "sentence": sentence})
            yield construct(Finding, code="TXT031", severity=Severity.warning, file=file, table=pl.table,
                            locations=[loc], expected=name, actual=spelling,
                            message=f"{pl.label}“{sentence}”中的部门名称写作“{spelling}”，而本文件中通常写作“{name}”"
                                    f"（共 {times} 处，如{sample}）：{_difference(name, ops)}。")
