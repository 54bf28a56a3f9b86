"""TXT030 renamed 科目 in the text; TXT2xx text hygiene (info): punctuation, quotes and brackets, a sentence that
stops after 主要原因是, a word written twice, heading numbers out of style, 部门 wording in a 单位 disclosure."""

from __future__ import annotations

import re

from govaudit.checks.budget_items import misnamed_items
from govaudit.checks.narrative_common import claims, finding_file, narrative_year
from govaudit.engine.registry import rule
from govaudit.model import Finding, Severity, TextParagraph
from govaudit.model.trusted import construct
from govaudit.narrative_data import narrative_data
from govaudit.text import category_core, norm, strip_numbering
from govaudit.lazyre import compile as compile_re, lazy  # compiled on first use, from a table: start-up time (issue 13)

NEEDS = ("text",)  # its rules have nothing to check without these parts (engine/registry.py NEEDS, has)

DOUBLED_PUNCT = lazy(r"。。|，，|、、|；；|，。|。，|；。|、。|：。|，；")
PAIRS = (("“", "”", "引号"), ("‘", "’", "引号"), ("（", "）", "括号"), ("(", ")", "括号"), ("《", "》", "书名号"),
         ("【", "】", "括号"))
END_OK = tuple("。！？；：:;!?…）)”』」") + ("如下",)
CN_NUM = "一二三四五六七八九十"
HEADING_NO = lazy(r"^[（(]([一二三四五六七八九十]+|\d+)[）)]")


def _dangling_re():
    words = "|".join(re.escape(w) for w in sorted(narrative_data().dangling, key=len, reverse=True))
    return compile_re(rf"(?:{words})\s*(?:[。；;.]|$)")


_DANGLING: re.Pattern | None = None


def _info(disclosure, p: TextParagraph, code: str, message: str, sentence: str | None = None) -> Finding:
    file = finding_file(disclosure, p.location)
    loc = p.location.model_copy(update={"file": file, "sentence": sentence or p.text.strip()[:80]})
    return construct(Finding, code=code, severity=Severity.info, file=file, message=message, locations=[loc],
                              table="情况说明")


def _short(text: str, at: int, width: int = 12) -> str:
    return text[max(0, at - width): at + width].strip()


def _paragraphs(disclosure) -> list[TextParagraph]:
    """Paragraphs with a sentence cut across them (a PDF line, a Word line break) read as one."""
    if not disclosure.paragraphs:  # a workbook of tables only: the claims reader is not even imported
        return []
    from govaudit.recognize.claims import joined

    return joined(disclosure.paragraphs)


@rule(
    "TXT201",
    "标点重复或句末缺少标点",
    severity="info",
    explanation="""
句末标点连写（“。。”“，。”）或一段长文字结尾没有句号，多是编辑时删改留下的痕迹。只作提示。PDF 的段落是按行重新拼出的，
不核对段末标点。
""",
    example="“……主要是人员增加。。”：提示。",
)
def punctuation(disclosure, ctx):
    for p in _paragraphs(disclosure):
        text = p.text.strip()
        for m in DOUBLED_PUNCT.finditer(text):
            yield _info(disclosure, p, "TXT201", f"第{p.index}段“{_short(text, m.start())}”中标点“{m.group(0)}”重复。")
        # a PDF's paragraphs are rebuilt from lines (and its reading order from positions): a paragraph that seems
        # to stop short there is more often the reader's cut than the author's
        if disclosure.kind != "pdf" and p.level is None and len(text) >= 40 and "，" in text \
                and not text.endswith(END_OK) and not HEADING_NO.match(text):
            yield _info(disclosure, p, "TXT201", f"第{p.index}段结尾“{text[-12:]}”没有句末标点。")


@rule(
    "TXT202",
    "引号、括号不成对",
    severity="info",
    explanation="一段文字中左右引号、括号、书名号的个数应相等；不成对多是漏打或多打了一个。只作提示。",
    example="“……发生“公务用车购置经费支出0万元。”：左引号比右引号多，提示。",
)
def pairs(disclosure, ctx):
    for p in _paragraphs(disclosure):
        text = p.text
        if len(norm(text)) < 6:
            continue  # a caption's lone "(" of a Word text box, a page number: not a sentence
        for left, right, name in PAIRS:
            a, b = text.count(left), text.count(right)
            if a != b:
                yield _info(disclosure, p, "TXT202", f"第{p.index}段中左{name}“{left}”{a} 个、右{name}“{right}”{b} 个，不成对。")
        straight = text.count('"')
        if straight % 2:
            yield _info(disclosure, p, "TXT202", f"第{p.index}段中直引号“\"”有 {straight} 个，不成对。")


@rule(
    "TXT203",
    "句子在“主要原因是”之后就结束了",
    severity="info",
    explanation="“主要原因是。”“主要用于。”这类句子没有写完（rules/narrative.toml 的 hygiene.dangling 列出这些词）。只作提示。",
    example="“比上年增加12万元，主要原因是。”：提示。",
)
def dangling(disclosure, ctx):
    global _DANGLING
    if _DANGLING is None:
        _DANGLING = _dangling_re()
    for p in disclosure.paragraphs:
        for m in _DANGLING.finditer(p.text):
            yield _info(disclosure, p, "TXT203", f"第{p.index}段“{_short(p.text, m.start())}”：句子在“{m.group(0).rstrip('。；;.')}”"
                                                 f"之后就结束了，没有写出内容。")


@rule(
    "TXT204",
    "词语重复",
    severity="info",
    explanation="同一个词连写两次（“表表”“主要原因是主要是”，rules/narrative.toml 的 hygiene.doubled）。只作提示。",
    example="“故国有资本经营预算财政拨款支出决算表表以空表列示”：提示。",
)
def doubled_words(disclosure, ctx):
    words = narrative_data().doubled
    for p in disclosure.paragraphs:
        for w in words:
            i = p.text.find(w)
            if i >= 0:
                yield _info(disclosure, p, "TXT204", f"第{p.index}段“{_short(p.text, i)}”中“{w}”重复。")


def _chinese(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 21 → 二十一: a heading number as the list around it writes them."""
    if n <= 10:
        return CN_NUM[n - 1]
    tens, ones = divmod(n, 10)
    return (CN_NUM[tens - 1] if tens > 1 else "") + "十" + (CN_NUM[ones - 1] if ones else "")


def _heading_value(text: str) -> tuple[int, bool] | None:
    m = HEADING_NO.match(text.strip())
    if not m:
        return None
    g = m.group(1)
    if g.isdigit():
        return int(g), False
    if len(g) == 1:
        return CN_NUM.index(g) + 1, True
    if g.startswith("十"):  # 十一…十九 (a lone 十 is one character, above)
        return 10 + CN_NUM.index(g[1]) + 1, True
    return None


@rule(
    "TXT205",
    "标题编号的写法与前后不一致",
    severity="info",
    explanation="“（一）（二）（3）（四）”：同一级标题中夹着一个阿拉伯数字编号，多是复制粘贴留下的。只作提示。",
    example="“（3） 财政拨款支出决算结构情况”夹在（二）和（四）之间：提示。",
)
def heading_numbers(disclosure, ctx):
    heads = [(p, v) for p in disclosure.paragraphs if (v := _heading_value(p.text)) is not None]
    for i, (p, (n, chinese)) in enumerate(heads):
        if chinese:
            continue
        before = next(((m, c) for _q, (m, c) in reversed(heads[:i]) if c), None)
        after = next(((m, c) for _q, (m, c) in heads[i + 1:] if c), None)
        if before and before[0] == n - 1 and (after is None or after[0] == n + 1):
            yield _info(disclosure, p, "TXT205", f"第{p.index}段标题编号“{HEADING_NO.match(p.text.strip()).group(0)}”"
                                                 f"与前后的（{_chinese(n - 1)}）等写法不一致，应为（{_chinese(n)}）。")


# '部门预算经济分类' names the classification of 经济分类 subjects (上海's "单位一般公共预算基本支出部门预算经济分类预算表",
# a contents page listing it): not the disclosure calling itself a 部门预算
_DEPARTMENT_STAGE = r"部门(?:决算|预算)(?!经济分类)"


@rule(
    "TXT206",
    "单位决算（预算）中写成了“部门决算（预算）”",
    severity="info",
    explanation="标题说明是单位决算（单位预算）的，正文中“部门决算”“部门预算”的说法多是套用部门模板时没有改。只作提示。",
    example="《某中心2023年度单位决算》正文写“本部门2023年度部门决算……”：提示。",
)
def unit_wording(disclosure, ctx):
    paras = disclosure.paragraphs
    head = "".join(norm(p.text) for p in paras[:5])
    if not re.search(r"单位(?:决算|预算)", head) or re.search(_DEPARTMENT_STAGE, head):
        return
    for p in paras[5:]:
        m = re.search(_DEPARTMENT_STAGE, p.text)
        if m:
            yield _info(disclosure, p, "TXT206", f"第{p.index}段“{_short(p.text, m.start())}”：这是单位的公开，"
                                                 f"却写作“{m.group(0)}”。")


@rule(
    "TXT030",
    "文中的科目名称与公开表或当年的科目名称不一致",
    severity="warning",
    explanation="""
功能分类科目改过名（2019 年“医疗卫生与计划生育支出”改为“卫生健康支出”、“文化体育与传媒支出”改为“文化旅游体育与
传媒支出”等，见 rules/narrative.toml 的 renamed）。说明中仍用旧名称，或与公开表中同一科目的名称不同，读者会以为是
两个科目。
""",
    example="2019 年度说明写“医疗卫生与计划生育支出80.19万元”，公开表为“卫生健康支出”：警告。",
)
def renamed_subjects(disclosure, ctx):
    year = narrative_year(disclosure)
    data = narrative_data()
    reported = set()
    if year:
        for r in data.renamed:
            if year < r.since:
                continue
            old = re.escape(r.old.removesuffix("支出")) + (r"(?:\((?:类|款|项)\))?支出" if r.old.endswith("支出") else "")
            pattern = old + (r"(?=\((?:款|类)\)|支出)" if r.whole_word else "")
            for p in disclosure.paragraphs:
                m = re.search(pattern, norm(p.text))
                if m:
                    from govaudit.recognize.claims import split_sentences  # only for a text that names one

                    reported.add((p.index, r.code))
                    file = finding_file(disclosure, p.location)
                    # the whole sentence that holds the old name, not the paragraph cut at a width
                    said = next((s for s in split_sentences(p.text) if re.search(pattern, norm(s))), p.text)
                    yield construct(Finding, code="TXT030", severity=Severity.warning, file=file, table="情况说明",
                                             locations=[p.location.model_copy(
                                                 update={"file": file, "sentence": said.strip()})],
                                             message=f"第{p.index}段的“{r.old}”是 {r.since} 年以前的科目名称（{r.code}），"
                                                     f"{year} 年度应为“{r.new}”。", expected=r.new, actual=r.old)
    for c in claims(disclosure, ctx):
        if not c.category or (c.paragraph, c.category) in reported:
            continue
        label = _table_label(disclosure, c.category)
        label = strip_numbering(norm(label)) if label else None
        if label is None or category_core(label) == category_core(c.subject_text):
            continue
        reported.add((c.paragraph, c.category))
        file = finding_file(disclosure, c.location)
        yield construct(Finding, code="TXT030", severity=Severity.warning, file=file, table="情况说明",
                                 locations=[c.location.model_copy(update={"file": file})],
                                 message=f"文中“{c.subject_text}”在公开表中名为“{label}”（{c.category}），名称不一致。",
                                 expected=label, actual=c.subject_text)
    # a 科目 named by 类/款/项 whose 款 or 项 the tables do not print under it (checks/budget_items.py)
    yield from misnamed_items(disclosure, claims(disclosure, ctx), {p for p, _code in reported})


def _table_label(disclosure, code: str) -> str | None:
    for kind in ("01", "03", "04", "05", "02"):
        t = disclosure.tables.get(kind)
        if t is None:
            continue
        row = t.row(code)
        if row is not None and row.label:
            return row.label
    return None
