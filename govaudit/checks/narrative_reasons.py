"""A 科目 paragraph's reason that names the other direction: "…比2023年预算执行数减少2.98%。主要原因是：宣传事务一般行政
管理事务经费增加。" (万里街道 2024). The reason sentence is copied from the paragraph of an item that grew and the
direction not changed, so the reader is told the item fell because it rose.

Only the plainest shape is judged, where a reason can name nothing but the 科目's own money: the sentence right after
the 科目's change is "主要原因是：…经费/支出/资金增加（减少）" ending on its one direction word. A reason that names
two directions ("人员减少、公用经费增加") or ends on anything else ("…增加，本年不再安排") is left alone: the money of
something else may well move the other way. Nor a reason that names last year's money, a carry-over or another
source ("上年追加的补缴经费增加", "使用上年结转资金减少", "改由单位自有资金安排，自有资金支出增加"): a 科目 falls when last
year had more added, and rises when less is carried over or less comes from elsewhere.
"""

from __future__ import annotations

from govaudit.checks.narrative_common import finding, paragraph_of
from govaudit.lazyre import lazy
from govaudit.model import Severity
from govaudit.text import norm

REASON_RE = lazy(r"^主要原因(?:是|为)?:?(.+?)[。;]?$")
MONEY_MOVES_RE = lazy(r"(?:经费|支出|资金|费用)(增加|增长|减少|下降)(?:所致)?$")
OTHER_MONEY_RE = lazy(r"上年|去年|上一年|以前年度|往年|\d{4}年|追加|一次性|结转|结余|改由|自有|其他资金|单位资金|非财政")


def reasons_disagree(disclosure, cs: list):
    """TXT006 (warning) where a 科目's change is followed by a reason sentence whose money moves the other way."""
    from govaudit.recognize.claims import DIRECTION_RE, direction_of, split_sentences  # (only for a text: start-up)

    done = set()
    items = {o.paragraph for o in cs if o.item}  # 科目 paragraphs (the change itself names no 科目)
    for c in cs:
        if c.kind != "change" or not c.direction or c.paragraph not in items or c.paragraph in done:
            continue
        if any(o is not c and o.kind == "change" and o.paragraph == c.paragraph and o.sentence_no >= c.sentence_no
               for o in cs):
            continue  # the reason belongs to the paragraph's last change
        para = paragraph_of(disclosure, c)
        if para is None:
            continue
        sentences = split_sentences(para.text)
        if c.sentence_no >= len(sentences):
            continue
        m = REASON_RE.match(norm(sentences[c.sentence_no]))
        if m is None or len(DIRECTION_RE.findall(m.group(1))) != 1 or OTHER_MONEY_RE.search(m.group(1)):
            continue
        moves = MONEY_MOVES_RE.search(m.group(1))
        if moves is None or direction_of(moves.group(1)) == c.direction:
            continue
        done.add(c.paragraph)
        said = c.clause.rstrip("。；;，,")
        yield finding(disclosure, c, "TXT006", Severity.warning,
                      f"文中“{said}”说的是{c.direction_word}，紧接的原因却是“{m.group(1)}”：原因说的是"
                      f"{moves.group(1)}，与{c.direction_word}相反。", expected=c.direction_word,
                      actual=moves.group(1))
