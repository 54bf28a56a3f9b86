"""click's usage errors said in one Chinese line: what was wrong, what was probably meant, where the help is.

click words its errors in English over three lines (Usage:, Try '… --help', Error: …); a clerk gets one line.
Errors govaudit raises itself are Chinese already and pass through unchanged.
"""

from __future__ import annotations

import difflib
import re

import click

# click's own messages for bad values (click.Choice, IntRange, Path, int), as regex → Chinese
_VALUE_MESSAGES = [
    (re.compile(r"^'?(.*?)'? is not one of (.*?)\.?$", re.S),
     lambda m: f"“{m.group(1)}”不是可选的值（可选：{_choices(m.group(2))}）"),
    (re.compile(r"^'?(.*?)'? is not a valid (?:integer|float)(?: range)?\.?$"), lambda m: f"“{m.group(1)}”不是数字"),
    (re.compile(r"^'?(.*?)'? is not in the range (.*?)\.?$"), lambda m: f"{m.group(1)} 超出范围（{m.group(2)}）"),
    (re.compile(r"^(?:File|Directory|Path) '(.*)' is a directory\.?$"), lambda m: f"“{m.group(1)}”是一个文件夹，应为文件"),
    (re.compile(r"^(?:File|Directory|Path) '(.*)' is a file\.?$"), lambda m: f"“{m.group(1)}”是一个文件，应为文件夹"),
    (re.compile(r"^(?:File|Directory|Path) '(.*)' does not exist\.?$"), lambda m: f"“{m.group(1)}”不存在"),
    (re.compile(r"^(?:File|Directory|Path) '(.*)' is not writable\.?$"), lambda m: f"“{m.group(1)}”不可写"),
    (re.compile(r"^(?:File|Directory|Path) '(.*)' is not readable\.?$"), lambda m: f"“{m.group(1)}”不可读"),
]
def _choices(text: str) -> str:
    return "、".join(re.findall(r"'([^']*)'", text)) or text


_EXTRA = re.compile(r"^Got unexpected extra arguments? \((.*)\)$")
_NO_COMMAND = re.compile(r"^No such command '(.*)'\.?$")
_NEEDS_VALUE = re.compile(r"^Option '(.*)' requires (?:an argument|\d+ arguments)\.?$")
_NO_VALUE = re.compile(r"^Option '(.*)' does not take a value\.?$")


def _chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _value(message: str) -> str:
    for pattern, say in _VALUE_MESSAGES:
        m = pattern.match(message.strip())
        if m:
            return say(m)
    return message


def _hint(param, ctx) -> str:
    if param is None:
        return "参数"
    if isinstance(param, click.Option):
        return "选项 " + "/".join(sorted(param.opts, key=len, reverse=True))
    return f"参数 {param.human_readable_name}"


def usage_line(exc: click.UsageError) -> str:
    """One line for stderr: 错误：… ；用 `govaudit COMMAND -h` 查看用法."""
    ctx = exc.ctx
    where = ctx.command_path if ctx is not None else "govaudit"
    help_hint = f"（用 {where} -h 查看用法）"
    message = exc.message
    if isinstance(exc, click.NoSuchOption):
        close = [o for o in exc.possibilities or () if o not in ("--help", "-h")]
        if not close and ctx is not None:  # click suggests only on a prefix; difflib also finds --selct → --select
            known = [o for p in ctx.command.params if isinstance(p, click.Option) for o in p.opts + p.secondary_opts]
            close = difflib.get_close_matches(exc.option_name, known, n=2, cutoff=0.6)
        guess = f"，是否想用 {' 或 '.join(close)}？" if close else ""
        return f"错误：没有选项 {exc.option_name}{guess}{help_hint}"
    if isinstance(exc, click.MissingParameter):
        param = exc.param
        if isinstance(param, click.Argument):
            what = "要检查的文件或文件夹" if param.name == "paths" else "参数"
            return f"错误：缺少{what}（{param.human_readable_name}）{help_hint}"
        return f"错误：缺少{_hint(param, ctx)}{help_hint}"
    if isinstance(exc, click.BadParameter):
        return f"错误：{_hint(exc.param, ctx)} 的值无效：{_value(message)}{help_hint}"
    m = _NEEDS_VALUE.match(message)
    if m:
        return f"错误：选项 {m.group(1)} 后面需要一个值{help_hint}"
    m = _NO_VALUE.match(message)
    if m:
        return f"错误：选项 {m.group(1)} 不带值{help_hint}"
    m = _EXTRA.match(message)
    if m:
        return f"错误：多余的参数 {m.group(1)}{help_hint}"
    m = _NO_COMMAND.match(message)
    if m:
        names = sorted(ctx.command.commands) if ctx is not None and isinstance(ctx.command, click.Group) else []
        close = difflib.get_close_matches(m.group(1), names, n=1)
        guess = f"，是否想用 {close[0]}？" if close else ""
        return f"错误：没有子命令 {m.group(1)}{guess}（可用：{'、'.join(names)}；用 govaudit -h 查看用法）"
    if message.strip() == "Missing command.":
        return "错误：缺少子命令（check 或 rules；用 govaudit -h 查看用法）"
    if _chinese(message):
        return message if message.startswith("错误") else f"错误：{message}"
    return f"错误：{message}{help_hint}"
