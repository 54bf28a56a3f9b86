"""A subject's own figure in brackets right after its name (s25 textfix): “主要用于一般公共服务支出（占61.60%）、科学技术
支出（326.86万元）和社会保障和就业支出（占14.42%）”. Read as the name followed by its figure, the way claims.py reads
“一般公共服务支出占61.60%”: left bracketed, the figure was no clause of its own and the first one went to the sentence's
lead (“一般公共预算财政拨款支出…（占61.60%）”: the whole's share), the last one after 和 to the name before it.

Only a bracket holding nothing but the figure (“占Z%”, “X万元”, “X万元，占Z%”) right after a subject's or a 类's name, or
a bare percentage right after the amount that name is followed by (“一般公共服务支出1303.58万元（61.60%）”: s26), is read so: a bracket that says more (“（含…）”, “（2021年：…）”, “（其中：…）”) is claims.py's to read, or nobody's."""

from __future__ import annotations

from govaudit.lazyre import lazy

_NUM = r"\d+(?:\.\d+)?"
# (the sentence is normalised: half-width brackets and commas, no thousands separators)
NAMED_BRACKET_RE = lazy(rf"\((占{_NUM}%|{_NUM}(?:万元|亿元|千元|元)(?:,占{_NUM}%)?)\)")
# "一般公共服务支出1303.58万元（61.60%）": a bare percentage in brackets right after a name's amount (s26)
AMOUNT_PERCENT_RE = lazy(rf"({_NUM}(?:万元|亿元|千元|元))\(({_NUM}%)\)")
AND_AFTER_SHARE_RE = lazy(r"(?<=%)(?:以及|和|及|与)")
USED_FOR_RE = lazy(r"(?:主要)?用于(?!:)")
_LOOK_BACK = 40  # the longest name (a 类 with 等/方面/的, an alias) is shorter


def _name_ends(s: str, at: int, lex) -> bool:
    """A subject's alias or a 类's name ends right at `at` (not a bare 收入/支出: "…专项支出（350.00万元）" names no
    subject the tables print)."""
    for i in range(max(0, at - _LOOK_BACK), at):
        m = lex.alias_re.fullmatch(s, i, at)
        if (m and lex.by_alias.get(m.group(0))) or lex.cat_re.fullmatch(s, i, at):
            return True
    return False


def _name_with_figure_at(s: str, at: int, lex) -> bool:
    """A subject's (or a 类's) name right at `at`, its share or amount right after it."""
    m = lex.alias_re.match(s, at) or lex.cat_re.match(s, at)
    return m is not None and (s.startswith("占", m.end()) or s[m.end():m.end() + 1].isdigit())


def named_figures(s: str, lex) -> str:
    """“A(占Z%)、B(X万元)和C(占Y%)” → “A占Z%、BX万元、C占Y%” when A, B and C are names of subjects or 类."""
    if "(" not in s:
        return s
    s = NAMED_BRACKET_RE.sub(lambda m: m.group(1) if _name_ends(s, m.start(), lex) else m.group(0), s)
    # "A X万元(Z%)" → "A X万元,占Z%": the name's share, as "(占Z%)" is (not after a change's amount, "增加50.00万元(12.5%)",
    # nor after any amount no name is right before: whose percentage it is would not be known)
    s = AMOUNT_PERCENT_RE.sub(lambda m: f"{m.group(1)},占{m.group(2)}" if _name_ends(s, m.start(), lex) else m.group(0), s)
    # ("…占15.45%和社会保障和就业支出占14.42%": the 和 joins two clauses, as AND_AFTER_MONEY_RE's after an amount)
    s = AND_AFTER_SHARE_RE.sub(lambda m: "、" if _name_with_figure_at(s, m.end(), lex) else m.group(0), s)
    # "一般公共预算财政拨款支出主要用于一般公共服务支出占61.60%、…": the 类 after 用于 and their shares are the spending's
    # parts, as after "主要用于：" (read so: claims.py); not the lead's own share
    return USED_FOR_RE.sub(lambda m: m.group(0) + ":" if _shared_class_at(s, m.end(), lex) else m.group(0), s)


def _shared_class_at(s: str, at: int, lex) -> bool:
    """A 类's name right at `at` with its share straight after it (“一般公共服务支出占61.60%”)."""
    m = lex.cat_re.match(s, at)
    return m is not None and s.startswith("占", m.end())
