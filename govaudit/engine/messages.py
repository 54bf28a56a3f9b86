"""One wording for every identity that failed (or that rounding explains): the declarative rule packs and the
Python rules (TBL001, PRF001) build their findings here, so the messages cannot drift apart.

An error states what the judged cell should hold and what it holds, with both intervals and the difference
(domain notes §3); a blank judged cell is said to be blank ("该单元格为空"), never "实际为 0.00".
"""

from __future__ import annotations

from govaudit.records import dataclass, field
from decimal import Decimal

from govaudit.engine.arith import Span, Verdict, fmt
from govaudit.model import Figure, Finding, Location, Severity
from govaudit.model.trusted import construct


@dataclass
class Identity:
    """What was judged: `judged` (the first term of the left side, None when blank) and the rest of the left side.

    With other left terms (`others`, an equality only) the identity is a balance (年末 + 支出 = 年初 + 收入) and the
    message says what the judged cell itself should hold: right − others, computed as `formula` says.
    """

    judged: Figure | None
    others: list[Figure | None] = field(default_factory=list)
    formula: str | None = None  # "年初结转和结余 + 本年收入 − 本年支出" for a balance
    kind: str = "equal"  # "equal" | "le" (left ≤ right)
    source: str | None = None  # how the right side is made, e.g. "分项之和" (shown beside its interval)
    note: str | None = None  # said before the verdict, e.g. "公开03表没有该科目（按空白计）"
    # one printed figure against another printing of the same amount (01 本年收入合计 = 02 合计): both were rounded
    # from the same 元 amount, so a gap that rounding "explains" still shows two numbers for one thing (RND002)
    same_figure: bool = False

    @property
    def balance(self) -> bool:
        return self.kind == "equal" and bool(self.others)


def identity_finding(*, file: str, code: str, severity: Severity, title: str, where: str, table: str | None,
                     verdict: Verdict, locations: list[Location], identity: Identity) -> Finding:
    """The finding for `verdict` (status "error" or "rounding"): `code` for an error, RND001 (info) for rounding.

    where: the judged cell in words (公开03表「20805 行政事业单位养老支出」基本支出列); locations: judged cell first.
    """
    v, ident = verdict, identity
    # sums are judged in 万元; a judged cell printed in 元 (上海's 预算 tables) is talked about in 元
    # (a blank judged cell: the unit of the figures it is judged with — '应为 -2.0000' for a 元 table's −20,000.00, review s27)
    like = ident.judged if ident.judged is not None else next((o for o in ident.others or () if o is not None), None)
    yuan = like is not None and like.unit == "元" and not like.percent
    conv = _in_yuan if yuan else (lambda span: span)
    v = Verdict(v.status, conv(v.left), conv(v.right)) if yuan else v
    d = v.decimals
    tol = fmt(v.tolerance, d + 1)
    diff = fmt(v.difference, d)
    blank = ident.judged is None and (ident.balance or not ident.others)
    if ident.balance:
        others = conv(Span.of(ident.others))
        implied = Span(v.right.value - others.value, v.right.lo - others.hi, v.right.hi - others.lo, d)
        expected = fmt(implied.value, d)
        expected_interval = implied.interval_text(d)
        actual_interval = conv(Span.of([ident.judged])).interval_text(d)
        lead = f"按 {ident.formula} 计算应为" if ident.formula else "应为"
    else:
        expected = fmt(v.right.value, d)
        expected_interval = v.right.interval_text(d)
        actual_interval = v.left.interval_text(d)
        lead = "应不超过" if ident.kind == "le" else "应为"
    actual = None if blank else fmt(conv(Span.of([ident.judged])).value if ident.balance else v.left.value, d)
    qualifier = f"{ident.source}，" if ident.source else ""
    basis = f"{lead} {expected}（{qualifier}区间 {expected_interval}）"
    note = f"{ident.note}，" if ident.note else ""
    if v.status == "rounding" and ident.same_figure and v.difference:
        return construct(Finding, code="RND002", severity=Severity.warning, file=file, locations=locations, table=table,
                                  expected=expected, actual=actual, difference=diff, title=title,
                                  message=f"{where}：{title}。同一金额在两处印成了不同的数：这里是 {actual}，另一处是 {expected}，"
                                          f"相差 {diff}。两处都由同一个“元”金额四舍五入而来，应当完全相同；请核对后统一。")
    if v.status == "rounding":
        short = f"{lead} {expected}" + (f"（{ident.source}）" if ident.source else "")
        shown = "该单元格为空" if blank else f"实际 {actual}"
        return construct(Finding, code="RND001", severity=Severity.info, file=file, locations=locations, table=table,
                                  expected=expected, actual=actual, difference=diff,
                                  message=f"{where}：{title}。{note}{shown}，{short}，相差 {diff}，"
                                          f"在四舍五入误差范围内（±{tol}），不是错误。")
    if blank:
        message = f"{where}：{title}。{note}该单元格为空，{basis}。"
    else:
        message = (f"{where}：{title}。{note}{basis}，实际为 {actual}（区间 {actual_interval}），相差 {diff}，"
                   f"超出四舍五入可解释的范围（±{tol}）。")
    return construct(Finding, code=code, severity=severity, message=message, file=file, locations=locations,
                              expected=expected, actual=actual, difference=diff, table=table, title=title)


def between_finding(*, file: str, code: str, severity: Severity, title: str, sides: tuple[str, str],
                    table: str | None, verdict: Verdict, locations: list[Location],
                    figures: tuple[Figure | None, Figure | None]) -> Finding:
    """The finding of a rule that holds one table's figure against another's where neither is the judged one (04's
    政府性基金 年末 vs 08's 合计): the two tables disagree, and the message shows both cells (sides: each in words)
    rather than telling the first what it should hold. An error only; rounding gives RND001 as identity_finding does."""
    v = verdict
    yuan = any(f is not None and f.unit == "元" and not f.percent for f in figures)
    if yuan:
        v = Verdict(v.status, _in_yuan(v.left), _in_yuan(v.right))
    d = v.decimals
    shown = [("为空" if f is None else f"为 {fmt(span.value, d)}（区间 {span.interval_text(d)}）")
             for f, span in zip(figures, (v.left, v.right))]
    actual, expected = (None if f is None else fmt(span.value, d) for f, span in zip(figures, (v.left, v.right)))
    diff, tol = fmt(v.difference, d), fmt(v.tolerance, d + 1)
    if v.status == "rounding":
        message = (f"{sides[0]}与{sides[1]}：{title}。两处相差 {diff}，在四舍五入误差范围内（±{tol}），不是错误。")
        return construct(Finding, code="RND001", severity=Severity.info, file=file, locations=locations, table=table,
                                  expected=expected, actual=actual, difference=diff, message=message)
    message = (f"{sides[0]}与{sides[1]}两表不一致：{title}。前者{shown[0]}，后者{shown[1]}，相差 {diff}，"
               f"超出四舍五入可解释的范围（±{tol}）。请核对两表，确定哪一处有误。")
    # (no 'expected': neither table is taken as the right one)
    return construct(Finding, code=code, severity=severity, message=message, file=file, locations=locations,
                              actual=actual, difference=diff, table=table, title=title)


_YUAN = Decimal(10000)


def _in_yuan(span: Span) -> Span:
    """A span of 万元 amounts restated in 元 (4 fewer decimals)."""
    return Span(span.value * _YUAN, span.lo * _YUAN, span.hi * _YUAN, max(span.decimals - 4, 0))
