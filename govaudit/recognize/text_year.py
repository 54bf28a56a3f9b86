"""The year of a 说明 that has no tables (a narrative file checked --together with its tables file), told from its
text: the year its title names ('2025年部门预算', '江苏省委办公厅2019年度部门预算公开'), else the year it names most,
leaving out the years it compares with. A 预算 说明 names last year as often as its own ('2025年收支预算总数…，
比2024年预算增加…' names each once; '比2024年…' in every item names 2024 more), so a bare count could file the 说明
under last year's tables and judge its sentences against them (false TXT013/TXT001)."""

from __future__ import annotations

from collections import Counter

from govaudit.lazyre import lazy
from govaudit.text import norm

_YEAR = lazy(r"((?:19|20)\d{2})年")
_TITLE = lazy(r"((?:19|20)\d{2})年度?[^。；，,;]{0,20}?(?:预算|决算)")
# the year compared with: '比2024年预算增加', '与2024年相比', '较上年（2024年）', '2024年预算执行数为…'
_COMPARED = lazy(r"(?:比|较|与|同|对比|相对于?|相比于?)(?:上年度?|上一年度?)?[（(]?((?:19|20)\d{2})年"
                 r"|((?:19|20)\d{2})年度?(?:当年)?(?:预算)?执行数")
_TITLE_MAX = 40  # a title or cover line, not a sentence that mentions a year's 预算 in passing
_SCAN = 200  # paragraphs read: a 说明's own year is in its title and first sections


def text_year(paragraphs) -> int | None:
    """The year the 说明 `paragraphs` is for, or None when it names none."""
    texts = [norm(p.text) for p in paragraphs[:_SCAN]]
    for t in texts:
        title = _title_year(t)
        if title:
            return title
    named = Counter(int(y) for t in texts for y in _YEAR.findall(t))
    if not named:
        return None
    compared = {int(y) for t in texts for m in _COMPARED.finditer(t) for y in m.groups() if y}
    own = Counter({y: n for y, n in named.items() if y not in compared}) or named
    return max(own, key=lambda y: (own[y], y))  # a tie: the later year (last year is the one compared with)


def _title_year(t: str) -> int | None:
    """The year of a title line ('2025年部门预算编制说明'), or None: a sentence, a line naming two years, or a heading
    about last year's 执行 ('二、2024年预算执行情况') is not the 说明's title."""
    if not t or len(t) > _TITLE_MAX or "。" in t or "执行" in t or "比" in t:
        return None
    m = _TITLE.search(t)
    if m is None or len(set(_YEAR.findall(t))) != 1:
        return None
    return int(m.group(1))
