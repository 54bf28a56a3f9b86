"""Command line: `govaudit check`, `govaudit rules`. Wiring only; heavy modules are imported inside commands."""

from __future__ import annotations

import sys

import click

from govaudit import __version__

FORMATS = ["text", "json"]


class _Group(click.Group):
    """Usage errors exit 2 (click's default too) with a one-line Chinese hint."""


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="govaudit")
def main():
    """govaudit：部门决算公开表与绩效自评表检查工具。

    \b
    govaudit check 决算公开表.xlsx        检查一个工作簿
    govaudit check 文件夹/ --format json  检查文件夹中的全部工作簿，输出 JSON
    govaudit rules                        列出全部规则
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="输出格式")
@click.option("--select", default="", help="只运行这些规则（代码或前缀，逗号分隔，如 TBL,XTB001）")
@click.option("--ignore", default="", help="不运行这些规则（代码或前缀，逗号分隔）")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="写入文件而不是屏幕")
@click.option("--no-info", is_flag=True, help="不输出“提示”级别（如四舍五入差额）")
@click.option("-v", "--verbose", is_flag=True, help="文本报告中逐条显示“提示”级别")
def check(paths, fmt, select, ignore, output, no_info, verbose):
    """检查 PATHS 中的工作簿（.xlsx/.xlsm；文件夹会递归查找）。

    退出码：0 没有错误；1 发现错误；2 有文件无法检查或命令用法有误。
    """
    from govaudit.engine.runner import parse_codes
    from govaudit.pipeline import Options, check_paths
    from govaudit.report import render

    options = Options(select=parse_codes(select), ignore=parse_codes(ignore))
    if no_info:
        options.context.settings.report_rounding = False
    unknown = _unknown_codes(options.select + options.ignore)
    if unknown:
        raise click.UsageError(f"未知的规则代码：{', '.join(unknown)}（用 govaudit rules 查看全部规则）")
    result = check_paths(list(paths), options)
    if no_info:
        result.findings = [f for f in result.findings if f.severity.value != "info"]
    if not result.files:
        click.echo("没有找到要检查的工作簿（.xlsx/.xlsm）。", err=True)
        sys.exit(2)
    color = fmt == "text" and output is None and sys.stdout.isatty()
    text = render(result, fmt, **({"color": color, "show_info": verbose} if fmt == "text" else {}))
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        click.echo(text, nl=False)
    for status in result.files:
        if status.status != "checked" and fmt != "text":
            click.echo(f"{status.path}: {status.error}", err=True)
    sys.exit(result.exit_code)


def _unknown_codes(codes: list[str]) -> list[str]:
    from govaudit.engine.registry import all_rules

    known = [r.code for r in all_rules()]
    return [c for c in codes if c != "ALL" and not any(k.startswith(c) for k in known)]


@main.command()
@click.argument("code", required=False)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules(code, fmt):
    """列出全部规则；给出 CODE 时解释该规则（检查什么、为什么、示例）。"""
    import json

    from govaudit.engine.registry import FAMILIES, all_rules, get_rule

    if code:
        info = get_rule(code)
        if info is None:
            raise click.UsageError(f"没有规则 {code}（用 govaudit rules 查看全部规则）")
        if fmt == "json":
            click.echo(json.dumps(_rule_dict(info), ensure_ascii=False, indent=2))
            return
        click.echo(f"{info.code}  {info.title}")
        click.echo(f"类别：{FAMILIES.get(info.family, info.family)}    默认级别：{info.severity.value}（{info.severity.label}）"
                   f"    来源：{info.source}")
        click.echo("")
        click.echo("检查什么、为什么：")
        click.echo(_indent(info.explanation or info.title))
        if info.example:
            click.echo("")
            click.echo("示例：")
            click.echo(_indent(info.example))
        return
    infos = all_rules()
    if fmt == "json":
        click.echo(json.dumps([_rule_dict(i) for i in infos], ensure_ascii=False, indent=2))
        return
    for info in infos:
        click.echo(f"{info.code:<8} {info.severity.value:<8} {info.title}")


def _rule_dict(info) -> dict:
    return {"code": info.code, "title": info.title, "severity": info.severity.value, "family": info.family,
            "explanation": info.explanation, "example": info.example, "source": info.source}


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.strip().splitlines())


if __name__ == "__main__":  # pragma: no cover
    main()
