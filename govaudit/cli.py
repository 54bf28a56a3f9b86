"""Command line: `govaudit check`, `govaudit rules`. Wiring only; heavy modules are imported inside commands, and
`check`'s work is govaudit/check_command.py's (the start-up fast path runs it without click)."""

from __future__ import annotations

import sys

import click

from govaudit import __version__
from govaudit.check_command import FORMATS



class _Formatter(click.HelpFormatter):
    """Help headings in Chinese (click's are English)."""

    SECTIONS = {"Options": "选项", "Commands": "子命令", "Arguments": "参数"}

    def write_usage(self, prog, args="", prefix=None):
        super().write_usage(prog, args, prefix="用法：" if prefix is None else prefix)

    def section(self, name):
        return super().section(self.SECTIONS.get(name, name))


class _Context(click.Context):
    formatter_class = _Formatter


def _help_option(self, ctx):
    opt = click.Command.get_help_option(self, ctx)
    if opt is not None:
        opt.help = "显示本说明并退出"
    return opt


class _Command(click.Command):
    context_class = _Context
    get_help_option = _help_option


class ChineseGroup(click.Group):
    """click, with its usage errors as one Chinese line on stderr (exit 2) instead of three English ones."""

    context_class = _Context
    command_class = _Command
    get_help_option = _help_option

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        try:
            rv = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.exceptions.NoArgsIsHelpError as exc:  # `govaudit` alone: the help, as click gives it
            exc.show()
            sys.exit(exc.exit_code)
        except click.UsageError as exc:
            from govaudit.cli_messages import usage_line

            click.echo(usage_line(exc), err=True)
            sys.exit(2)
        except click.ClickException as exc:
            click.echo(f"错误：{exc.format_message()}", err=True)
            sys.exit(exc.exit_code)
        except click.Abort:  # Ctrl-C: the tool did not finish its job (1 would read as "errors found")
            click.echo("已中止，检查没有完成。", err=True)
            sys.exit(2)
        if not standalone_mode:
            return rv
        sys.exit(rv if isinstance(rv, int) else 0)


@click.group("govaudit", cls=ChineseGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="govaudit", help="显示版本并退出")
def main():
    """govaudit：部门决算公开表与绩效自评表检查工具。

    \b
    govaudit check 决算公开表.xlsx        检查一个工作簿
    govaudit check 文件夹/ --format json  检查文件夹中的全部工作簿，输出 JSON
    govaudit rules                        列出全部规则
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text",
              help="输出格式（默认 text）：text 终端；json/jsonl 脚本；sarif 代码扫描；github Actions 注释；junit；html 网页")
@click.option("--select", default=None, help="只运行这些规则（代码或前缀，逗号分隔，如 TBL,XTB001）")
@click.option("--ignore", default=None, help="不运行这些规则（代码或前缀，逗号分隔）")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="写入文件而不是屏幕")
@click.option("--no-info", is_flag=True, help="不输出“提示”级别（如四舍五入差额）")
@click.option("-v", "--verbose", is_flag=True, help="文本报告中逐条显示“提示”级别")
@click.option("--config", "config_file", type=click.Path(dir_okay=False),
              help="使用这个配置文件（不再逐级查找 govaudit.toml / pyproject.toml）")
@click.option("--show-settings", is_flag=True, help="显示 PATHS 实际使用的设置及其来源，然后退出")
@click.option("--baseline", type=click.Path(dir_okay=False),
              help="基线文件：不存在时记录当前全部问题；存在时只报告其中没有的新问题")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1,
              help="并行检查的进程数（默认 1；0 = CPU 核数）")
@click.option("--statistics", is_flag=True, help="报告之后按规则统计问题数")
@click.option("--together", is_flag=True,
              help="说明与表格分成几个文件发布时：把给出的各文件（或每个文件夹中的全部文件）当作同一份公开一起检查")
@click.option("--annotate", "annotate_out", type=click.Path(), metavar="OUT.xlsx|OUT.docx|OUT.pdf|DIR",
              help="另存一份标注了问题的副本（工作簿、Word 文档或 PDF，与原文件格式相同：填色或高亮、批注、开头列出检查结果），"
                   "不会改动原文件；检查多个文件时给出文件夹 DIR，每个文件在其中各存一份，名为“原文件名_批注.扩展名”"
                   "（同名的第二个文件为“_批注_2”）")
def check(paths, fmt, select, ignore, output, no_info, verbose, config_file, show_settings, baseline, jobs, statistics,
          together, annotate_out):
    """检查 PATHS 中的工作簿（.xlsx/.xlsm/.xls/.et/.ods）、Word 文档（.docx）和 PDF；文件夹会递归查找。

    退出码：0 没有错误；1 发现错误；2 有文件无法检查或命令用法有误。
    """
    from govaudit.check_command import run_check

    run_check(paths, fmt, select, ignore, output, no_info, verbose, config_file, show_settings, baseline, jobs,
              statistics, together, annotate_out)


@main.command()
@click.argument("code", required=False)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              help="输出格式（默认 text）")
def rules(code, fmt):
    """列出全部规则；给出 CODE 时解释该规则（检查什么、为什么、示例）。"""
    from govaudit.engine.registry import listing
    from govaudit.rule_text import render_rules

    infos, problems = listing()  # the built-in rules from their catalogue: no check module, no pydantic
    for line in problems:
        click.echo(line, err=True)
    text = render_rules(infos, code, fmt)  # what govaudit/fastpath.py prints too
    if text is None:
        raise click.UsageError(f"没有规则 {code}，也没有以它开头的规则（用 govaudit rules 查看全部规则）")
    click.echo(text, nl=False)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="写入文件而不是屏幕")
def claims(paths, fmt, output):
    """列出 PATHS 的情况说明（文字）中读到的每一条说法：段落、原句、主语、数字、类型。

    只读取、不核对（核对用 govaudit check，规则 TXT）。退出码：0 正常；2 有文件无法读取。
    """
    from govaudit.pipeline import expand_paths
    from govaudit.readers import ReadError, read_workbook
    from govaudit.recognize.claims import read_claims
    from govaudit.recognize.disclosure import recognize
    from govaudit.report.claims import render_claims_json, render_claims_text

    files, failed = [], False
    for path in expand_paths(list(paths)):
        try:
            d = recognize(read_workbook(path))
        except ReadError as exc:
            click.echo(f"{path}：{exc}", err=True)
            failed = True
            continue
        except Exception as exc:  # never a traceback on any input
            click.echo(f"{path}：无法读取（{type(exc).__name__}: {exc}）", err=True)
            failed = True
            continue
        narrative = d.narrative or read_claims(d.paragraphs, d.year, d.department)
        files.append((str(path), narrative.year, narrative.claims))
    text = render_claims_json(files) if fmt == "json" else render_claims_text(files)
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
    else:
        click.echo(text)
    sys.exit(2 if failed else 0)

if __name__ == "__main__":  # pragma: no cover
    main()
