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


@rule(
    "RND002",
    "同一金额在两处印成了不同的数",
    severity="warning",
    explanation="""
两张表印出的是同一个金额（如公开01表本年收入合计与公开02表合计、公开04表一般公共预算财政拨款与公开05表合计），
两处都由同一个“元”金额四舍五入到 0.01 万元，应当完全相同。两处只差一个末位单位时，区间算术认为“四舍五入可以解释”
（两个区间恰好相接），但读者看到的是一件事两个数：这通常是某张表用分项之和代替了原始金额，或某处手工改过。
作为警告报告，请核对后统一；相差更多时由相应的勾稽规则报错误。
""",
    example="公开01表本年支出合计 326.71，公开03表合计 326.72：同一金额两个数，警告。",
)
def check_same_figure(disclosure, ctx):
    return iter(())
