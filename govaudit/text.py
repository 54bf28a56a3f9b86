"""Text normalisation shared by recognisers and rules (it knows neither): comparable text, 科目 names."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from govaudit.lazyre import compile as compile_re, lazy

# a heading line of running text: "（三）…", "四、…", "1.…", "第二部分" (the claims reader's passages, and the text rows
# of a sheet that also holds tables)
HEADING_START = lazy(r"^\s*(?:[(（]?[一二三四五六七八九十\d]+[)）、.．](?!\d)|第[一二三四五六七八九十]+部分)")
# a heading written without a typed number (Word's list numbering, a bold line, a cell of its own): a short line naming
# a topic ("政府性基金预算财政拨款收入支出决算情况说明", "2019年度“三公”经费支出情况"), with no figure but a year and no
# punctuation a sentence has; an ordinary sentence has a verb and a figure or ends with 。
TOPIC_HEADING_RE = lazy(r"[^\d,;:。!?%]{4,40}(?:情况说明|情况|说明|概况)[】)]?:?")  # ("【…情况说明】", "…说明：")
HEADING_YEAR_RE = lazy(r"\d{4}年度?")


def topic_heading(text: str) -> bool:
    """A short line that is a heading though nothing numbers it (text normalised)."""
    return len(text) <= 48 and TOPIC_HEADING_RE.fullmatch(HEADING_YEAR_RE.sub("", text)) is not None

# a table's number as printed on its title's line or over it: 公开07表 (TABLE_CODE, its number captured), 表十一,
# 附表3, 附表2-1, 公开表一, 部门公开表03 (TABLE_NUMBER: any of them)
TABLE_CODE = r"公开\s*(\d{1,2})\s*表"
TABLE_NUMBER = (r"(?:公开\s*\d{1,3}\s*表|(?:部门)?(?:决算|预算)?(?:公开表|附表|表)\s*"
                r"(?:[一二三四五六七八九十]+|\d{1,3}(?:[-－]\d{1,2})?))")

# the label of a table's unit line: '单位：万元', '金额单位：万元', '计量单位：万元' (a statistical form's wording)
UNIT_LABEL_WORDS = ("单位", "金额单位", "计量单位")
UNIT_LABEL = r"(?:金额|计量)?单位[:：]"
# a sign-off field's label under a table ("单位负责人（签章）：", "审核：李四", "报出日期："): no row of figures or 科目 starts so
SIGN_OFF = (r"^(?:单位|部门|财务|主管|分管|会计|主要)?(?:负责人|主管|填表人员?|填报人员?|制表人?|审核人?员?|复核人?|经办人|联系人"
            r"|联系电话|电话|(?:报送|报出|填报|填表|制表|编制)?日期)(?:[(（](?:签章|签字|签名|盖章)[)）])?[:：]")

_SPACE_RE = compile_re(r"[\s\u3000\xa0\u200b\ufeff]+")
_QUOTES = str.maketrans("", "", "\"'“”‘’「」『』〝〞")
_NUMBERING_RE = compile_re(
    r"^(?:[(（]?[一二三四五六七八九十百]+[)）、.．]+|[(（][0-9]+[)）]|[0-9]+[、.．](?![0-9]))\s*"
)


@lru_cache(maxsize=65536)
def _norm(text: str) -> str:
    s = unicodedata.normalize("NFKC", text)
    return _SPACE_RE.sub("", s).translate(_QUOTES)


def norm(text) -> str:
    """Comparable text: NFKC (full→half width), no white space, no quotes."""
    if text is None:
        return ""
    return _norm(str(text))


def strip_numbering(text: str) -> str:
    """'一、一般公共服务支出' → '一般公共服务支出'; '（二）…' → '…'. Expects normalised text."""
    prev = None
    while prev != text:
        prev = text
        text = _NUMBERING_RE.sub("", text)
    return text


@lru_cache(maxsize=65536)  # a 科目 name is asked for in every table that prints it (CMP006, the narrative checks)
def category_core(label: str) -> str:
    """A 科目 name without numbering, (类)/(款)/(项) and a final 支出: '八、社会保障和就业支出' → '社会保障和就业'."""
    t = strip_numbering(norm(label))
    t = re.sub(r"[(（](类|款|项)[)）]", "", t)
    for suffix in ("支出", "的"):
        if t.endswith(suffix):
            t = t[: -len(suffix)]
    return t
