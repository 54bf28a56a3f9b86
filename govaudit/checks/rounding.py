"""RND001 is emitted by every sum rule when rounding explains a difference; registered here to be listed."""

from govaudit.engine.registry import rule


@rule(
    "RND001",
    "合计与分项的差额在四舍五入误差范围内",
    severity="info",
    explanation="""
决算公开表中的数字各自从“元”四舍五入到 0.01 万元，合计与分项之和常差 0.01～0.02。每个显示值代表
[值 − 半个末位单位, 值 + 半个末位单位] 的区间；两边区间相交即视为一致（XBRL Calculations 1.1 的做法）。
此时只给出提示，说明差额来自四舍五入，不是错误；区间不相交才报错误（由相应规则报告）。
""",
    example="8 个类支出之和 6101.22，本年支出合计 6101.24：相差 0.02 < ±0.045，提示。",
)
def check(disclosure, ctx):
    return iter(())
