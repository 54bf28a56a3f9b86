"""Configuration: `[tool.govaudit]` in pyproject.toml or top-level keys in govaudit.toml.

For each checked workbook the closest configuration file wins: look in the workbook's folder, then its
parent, and so on up to the root (in one folder govaudit.toml wins over pyproject.toml; a pyproject.toml
without [tool.govaudit] is passed over). `--config FILE` uses FILE for every workbook. Command-line
flags override the file. Findings are never affected by a file that is not the closest one: files do
not merge.

    select = ["TBL", "XTB"]              # only these rules (codes or prefixes); default: all
    ignore = ["RND"]                     # never these (the most specific prefix wins, as in ruff)
    required-tables = "eight"            # or a list: ["01", "02", …]; the tables CMP001 expects
    report-rounding = false              # no RND001 notes where rounding explains a difference
    grading = { "优" = 90, "良" = 80, "合格" = 60, "不合格" = 0 }   # 评价等级: grade = minimum 总分

    [severity]                           # per-rule severity (codes or prefixes)
    CMP002 = "warning"

    [per-file-ignores]                   # .gitignore-style pattern (relative to this file's folder) → codes
    "历史/**" = ["CMP"]
    "*-草稿.xlsx" = ["ALL"]

    [performance]                        # 绩效自评表 (PRF) settings over rules/performance.toml [settings]
    level1-weights = { "产出指标" = 50, "效益指标" = 30, "满意度指标" = 10, "预算执行率" = 10 }  # replaces
    execution-full-marks-rate = 90       # full 预算执行率 points from 90 % execution
    grade-aliases = { "合格" = ["达标"] }  # these three are merged entry by entry (the file's entry wins)
    level2 = { "产出指标" = ["数量指标", "质量指标"] }
    required = { hebei = ["项目名称", "预算数", "执行数", "总分", "评价等级"] }
"""

from __future__ import annotations

import os
import functools
import sys
from govaudit.records import dataclass, field, replace
from pathlib import Path
from types import SimpleNamespace
TYPE_CHECKING = False  # typing's constant without importing typing (issue 13)

from govaudit.engine.context import DEFAULT_REQUIRED_TABLES, Settings

if TYPE_CHECKING:
    from govaudit.config_file import FileConfig

CONFIG_NAMES = ("govaudit.toml", "pyproject.toml")  # in one folder, the first found wins

# Named sets of required tables. "eight": older disclosures without 公开09表 (国有资本经营预算).
PROFILES = {
    "nine": list(DEFAULT_REQUIRED_TABLES),
    "standard": list(DEFAULT_REQUIRED_TABLES),
    "九张表": list(DEFAULT_REQUIRED_TABLES),
    "eight": DEFAULT_REQUIRED_TABLES[:8],
    "八张表": DEFAULT_REQUIRED_TABLES[:8],
    "none": [],
}


class ConfigError(Exception):
    """A configuration (or baseline) file that cannot be used: one line for the user, exit 2."""


LAYOUTS = ("hebei", "central", "sichuan", "unknown")  # 绩效自评表 layouts (PerformanceForm.layout)


def __getattr__(name):
    # The pydantic models of a configuration file only when one is read (govaudit/config_file.py): most runs find
    # none, and defining them costs start-up time in every process (issue 13)
    if name in ("FileConfig", "PerformanceConfig"):
        from govaudit import config_file

        return getattr(config_file, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# No configuration file: every key at its default, as FileConfig's defaults (tests/test_config.py compares), read the
# same way (attributes) without defining the pydantic model
NO_CONFIG = SimpleNamespace(select=None, ignore=None, per_file_ignores={}, severity={}, required_tables=None,
                            grading=None, report_rounding=None, performance=None)


@dataclass
class Resolved:
    """The settings in force for one workbook, and where each came from."""

    path: Path | None = None  # the configuration file, None when none applies
    config: FileConfig | SimpleNamespace = field(default_factory=lambda: NO_CONFIG)

    @property
    def root(self) -> Path | None:
        return self.path.parent if self.path else None

    def per_file_ignores(self, workbook: Path) -> list[str]:
        if not self.config.per_file_ignores or self.root is None:
            return []
        rel = relative_posix(Path(workbook), self.root)
        out: list[str] = []
        for pattern, codes in self.config.per_file_ignores.items():
            if glob_matches(pattern, rel):
                out.extend(c for c in codes if c not in out)
        return out

    def settings(self, base: Settings | None = None) -> Settings:
        base = base or Settings()
        c = self.config
        changes = {}
        if c.required_tables is not None:
            changes["required_tables"] = list(c.required_tables)
        if c.grading is not None:
            changes["grade_bands"] = sorted(c.grading.items(), key=lambda kv: -kv[1])
        if c.report_rounding is not None:
            changes["report_rounding"] = c.report_rounding
        if c.performance is not None:
            changes["performance"] = c.performance.overrides()
        return replace(base, **changes)


def relative_posix(path: Path, base: Path) -> str:
    """`path` relative to the folder `base` with "/" separators (absolute when on another drive)."""
    try:
        return Path(os.path.relpath(path.resolve(), base)).as_posix()
    except ValueError:
        return path.resolve().as_posix()


def glob_matches(pattern: str, rel: str) -> bool:
    """gitignore semantics (pathspec): a pattern without "/" matches any file or folder name at any depth; one
    with "/" (a leading "/" too) is anchored at the configuration file's folder; a folder matches everything
    under it; "**" spans folders; "\\" escapes. Raises PatternError for a pattern git would not accept."""
    return _spec(pattern).match_file(rel)


class PatternError(ValueError):
    """A per-file-ignores pattern that cannot be used; the message says why in Chinese."""


@functools.lru_cache(maxsize=256)
def _spec(pattern: str):
    import pathspec

    text = pattern.strip()
    if text.startswith("./"):
        text = text[2:]
    if not text or text == "/":
        raise PatternError("模式为空")
    if text.startswith("!"):
        raise PatternError("不能以 ! 开头（文件名以 ! 开头时写作 \\!）")
    try:
        return pathspec.GitIgnoreSpec.from_lines([text])
    except Exception as exc:  # re.error for [z-a], GitIgnorePatternError for a trailing "\\"
        why = "方括号中的字符范围无效" if "range" in str(exc) else "末尾不能是单独的 \\" if text.endswith("\\") else str(exc)
        raise PatternError(f"不是有效的 gitignore 式模式：{why}") from None


def shown_path(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def read_toml(path: Path, *, what: str = "配置文件") -> dict:
    if sys.version_info >= (3, 11):  # here, not at import: most runs read no configuration file
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"{what} {shown_path(path)} 不存在") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{what} {shown_path(path)}：不是有效的 TOML（{exc}）") from None
    except UnicodeDecodeError as exc:  # TOML is UTF-8: a file saved as GBK fails before the TOML parser
        raise ConfigError(f"{what} {shown_path(path)}：不是 UTF-8 编码（第 {exc.start + 1} 个字节无法解码），"
                          f"请另存为 UTF-8") from None
    except OSError as exc:
        raise ConfigError(f"{what} {shown_path(path)} 无法读取（{exc.strerror or exc}）") from None


_MESSAGES = {
    "bool_type": "应为 true 或 false",
    "string_type": "应为字符串",
    "list_type": "应为列表",
    "dict_type": "应为表（如 [severity] 或 { … }）",
    "float_type": "应为数字",
    "literal_error": "应为 \"error\"、\"warning\" 或 \"info\"",
    "model_type": "应为表（如 [performance] 或 { … }）",
}


def parse_config(data: dict, path: Path) -> FileConfig:
    from pydantic import ValidationError

    from govaudit.config_file import FileConfig

    where = shown_path(path)
    try:
        config = FileConfig.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        if err["type"] == "extra_forbidden":
            raise ConfigError(f"配置文件 {where}：未知的配置项 '{loc}'") from None
        if err["type"] == "value_error":
            why = str(err.get("ctx", {}).get("error", err["msg"]))
        else:
            why = _MESSAGES.get(err["type"], err["msg"])
        raise ConfigError(f"配置文件 {where}：配置项 '{loc}' 的值无效：{why}") from None
    _check_codes(config, where)
    return config


def _check_codes(config: FileConfig, where: str) -> None:
    from govaudit.engine.registry import all_rules

    known = [r.code for r in all_rules()]

    def check(codes, key):
        for code in codes:
            if code != "ALL" and not any(k.startswith(code) for k in known):
                raise ConfigError(f"配置文件 {where}：配置项 '{key}' 中有未知的规则代码 '{code}'"
                                  f"（用 govaudit rules 查看全部规则）")

    check(config.select or [], "select")
    check(config.ignore or [], "ignore")
    check(list(config.severity), "severity")
    for pattern, codes in config.per_file_ignores.items():
        check(codes, f"per-file-ignores.{pattern}")
        try:
            _spec(pattern)
        except PatternError as exc:
            raise ConfigError(f"配置文件 {where}：per-file-ignores 的模式 {pattern!r} 无效：{exc}") from None


def load_config(path: Path) -> FileConfig:
    """The govaudit settings a file holds: [tool.govaudit] of a pyproject.toml, else its top-level keys."""
    data = read_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("govaudit", {})
        if not isinstance(data, dict):
            raise ConfigError(f"配置文件 {shown_path(path)}：[tool.govaudit] 应为表")
    return parse_config(data, path)


def _holds_config(folder: Path) -> Path | None:
    for name in CONFIG_NAMES:
        candidate = folder / name
        if not candidate.is_file():
            continue
        if name == "pyproject.toml":
            data = read_toml(candidate)
            if "govaudit" not in data.get("tool", {}):
                continue
        return candidate
    return None


def expand_severities(severity: dict[str, str]) -> dict[str, str]:
    """Codes or prefixes → exact codes; the most specific prefix wins."""
    from govaudit.engine.registry import all_rules

    out: dict[str, str] = {}
    for code in sorted(severity, key=lambda c: (c != "ALL", len(c))):  # ALL first, then longer prefixes
        for info in all_rules():
            if code == "ALL" or info.code.startswith(code):
                out[info.code] = severity[code]
    return out


@dataclass
class Overrides:
    """What the command line says; None means "not given", so the configuration file decides."""

    select: list[str] | None = None
    ignore: list[str] | None = None
    no_info: bool = False


class Resolver:
    """Settings for each workbook: the closest configuration file (cached per folder) plus the command line."""

    def __init__(self, config_file: str | os.PathLike | None = None, overrides: Overrides | None = None):
        self.overrides = overrides or Overrides()
        self._files: dict[Path, FileConfig] = {}
        self._folders: dict[Path, Path | None] = {}
        self._derived: dict[Path | None, tuple[Settings, dict[str, str]]] = {}  # per configuration file
        self.explicit = Path(config_file).resolve() if config_file else None
        if self.explicit is not None:
            if not self.explicit.is_file():
                raise ConfigError(f"配置文件 {config_file} 不存在")
            self._config(self.explicit)

    def _config(self, path: Path) -> FileConfig:
        if path not in self._files:
            self._files[path] = load_config(path)
        return self._files[path]

    def find(self, folder: Path) -> Path | None:
        """The closest configuration file at or above `folder`."""
        if self.explicit is not None:
            return self.explicit
        walked = []
        found: Path | None = None
        current = folder.resolve()
        while True:
            if current in self._folders:
                found = self._folders[current]
                break
            walked.append(current)
            found = _holds_config(current)
            if found is not None or current.parent == current:
                break
            current = current.parent
        for f in walked:
            self._folders[f] = found
        return found

    def resolve(self, target: str | os.PathLike) -> Resolved:
        target = Path(target)
        folder = target if target.is_dir() else (target.parent if str(target.parent) else Path("."))
        path = self.find(folder)
        return Resolved(path=path, config=self._config(path) if path else NO_CONFIG)

    def options_for(self, workbook: str | os.PathLike):
        from govaudit.engine.context import Context
        from govaudit.pipeline import Options

        resolved = self.resolve(workbook)
        c, o = resolved.config, self.overrides
        if resolved.path not in self._derived:
            settings = resolved.settings()
            if o.no_info:
                settings.report_rounding = False
            self._derived[resolved.path] = (settings, expand_severities(c.severity))
        settings, severities = self._derived[resolved.path]
        return Options(
            select=list(o.select if o.select is not None else c.select or []),
            ignore=list(o.ignore if o.ignore is not None else c.ignore or []),
            severities=dict(severities),
            context=Context(settings=settings),
            per_file_ignores=resolved.per_file_ignores(Path(workbook)),
        )

    def describe(self, target: str | os.PathLike) -> dict:
        """The resolved settings for one path and where each value came from (for --show-settings)."""
        resolved = self.resolve(target)
        c, o = resolved.config, self.overrides
        opts = self.options_for(target) if not Path(target).is_dir() else self.options_for(Path(target) / "_")
        s = opts.context.settings

        def origin(cli_given: bool, in_file: bool) -> str:
            return "命令行" if cli_given else ("配置文件" if in_file else "默认")

        def given(key: str) -> bool:  # a [performance] key the file sets
            return c.performance is not None and getattr(c.performance, key) is not None

        from govaudit.engine.performance_settings import resolve_perf_settings

        perf = resolve_perf_settings(s)  # rules/performance.toml under the file's grading and [performance]

        return {
            "path": str(target),
            "config_file": shown_path(resolved.path) if resolved.path else None,
            "settings": {
                "select": {"value": opts.select or ["ALL"], "from": origin(o.select is not None, c.select is not None)},
                "ignore": {"value": opts.ignore, "from": origin(o.ignore is not None, c.ignore is not None)},
                # for a folder: the whole table; for a workbook: the codes its globs switch off
                "per-file-ignores": {"value": dict(c.per_file_ignores) if Path(target).is_dir() else opts.per_file_ignores,
                                     "from": origin(False, bool(c.per_file_ignores))},
                "severity": {"value": dict(c.severity), "from": origin(False, bool(c.severity))},
                "required-tables": {"value": list(s.required_tables), "from": origin(False, c.required_tables is not None)},
                "grading": {"value": {g: _number(low) for g, low in perf.grade_bands},
                            "from": origin(False, c.grading is not None)},
                "performance.level1-weights": {"value": {k: _number(v) for k, v in perf.level1_weights.items()},
                                               "from": origin(False, given("level1_weights"))},
                "performance.execution-full-marks-rate": {"value": _number(perf.full_marks_rate),
                                                          "from": origin(False, given("execution_full_marks_rate"))},
                "performance.grade-aliases": {"value": perf.grade_aliases, "from": origin(False, given("grade_aliases"))},
                "performance.level2": {"value": perf.level2, "from": origin(False, given("level2"))},
                "performance.required": {"value": perf.required, "from": origin(False, given("required"))},
                "performance.evaluation-level1": {"value": perf.evaluation_level1,
                                                  "from": origin(False, given("evaluation_level1"))},
                "report-rounding": {"value": s.report_rounding,
                                    "from": origin(o.no_info, c.report_rounding is not None)},
            },
        }


def _number(value):
    """50.0 / Decimal("50") → 50 for display; other numbers as float. Only for --show-settings' JSON (which has
    no decimal type): grade bands and weights are settings, never a figure or a computed rate."""
    value = float(value)
    return int(value) if value.is_integer() else value


def render_settings(described: dict) -> str:
    import json

    lines = [f"# {described['path']} 的设置",
             f"# 配置文件：{described['config_file'] or '无（使用默认设置）'}"]
    for key, item in described["settings"].items():
        value = item["value"]
        if isinstance(value, dict):
            text = "{ " + ", ".join(f"{json.dumps(k, ensure_ascii=False)} = {json.dumps(v, ensure_ascii=False)}"
                                    for k, v in value.items()) + " }" if value else "{}"
        else:
            text = json.dumps(value, ensure_ascii=False)
        lines.append(f"{key} = {text}    # 来自{item['from']}")
    return "\n".join(lines) + "\n"
