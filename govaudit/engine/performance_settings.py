"""The 绩效自评表 (PRF) settings: rules/performance.toml [settings] under a configuration file's `grading` and
[performance] table. The PRF rules read them (perf_settings); config.py validates and shows them."""

from __future__ import annotations

from govaudit.records import dataclass, field
from decimal import Decimal

from govaudit.engine.context import Settings
from govaudit.engine.catalogue import packs_dir, read_pack

# The names `required` may list (PRF202): 预算数, 执行数 and 总分 have cells of their own; the others fill these
# PerformanceForm attributes.
FORM_FIELDS = {
    "项目名称": "project", "实施预算单位": "implementer", "填报部门": "department", "填报人": "filler",
    "评价等级": "grade",
}
REQUIRED_FIELDS = ("项目名称", "预算数", "执行数", "总分", *(f for f in FORM_FIELDS if f != "项目名称"))


@dataclass
class PerfSettings:
    grade_bands: list[tuple[str, Decimal]]
    grade_aliases: dict[str, list[str]] = field(default_factory=dict)
    full_marks_rate: Decimal = Decimal(100)
    level1_weights: dict[str, Decimal] = field(default_factory=dict)
    level2: dict[str, list[str]] = field(default_factory=dict)
    required: dict[str, list[str]] = field(default_factory=dict)
    evaluation_level1: list[str] = field(default_factory=list)
    other_grade_bands: list[list[tuple[str, Decimal]]] = field(default_factory=list)


_FILE_SETTINGS: dict | None = None


def _file_settings() -> dict:
    global _FILE_SETTINGS
    if _FILE_SETTINGS is None:
        path = packs_dir() / "performance.toml"
        data = {}
        try:
            data = read_pack(path).get("settings", {})
        except (OSError, ValueError):  # missing or malformed: the defaults (the registry reports a malformed pack)
            data = {}
        _FILE_SETTINGS = data if isinstance(data, dict) else {}
    return _FILE_SETTINGS


# Keys of a configuration file's [performance] table (as in rules/performance.toml) whose value replaces the
# file's whole value; the other (table) keys are merged entry by entry, the configuration's entry winning.
REPLACED = ("level1_weights", "execution_full_marks_rate", "evaluation_level1")
MERGED = ("grade_aliases", "level2", "required")
DEFAULT_GRADE_BANDS = [("优", Decimal(90)), ("良", Decimal(80)), ("中", Decimal(60)), ("差", Decimal(0))]


def merged_settings(settings: Settings) -> dict:
    """rules/performance.toml [settings] with a configuration file's [performance] (settings.performance) over it."""
    data = dict(_file_settings())
    for key, value in (settings.performance or {}).items():
        if key in MERGED:
            data[key] = {**data.get(key, {}), **value}
        else:
            data[key] = value
    return data


def resolve_perf_settings(settings: Settings) -> PerfSettings:
    """The PRF settings in force: rules/performance.toml, under a configuration file's `grading` (
    settings.grade_bands, None when not configured) and its [performance] table (settings.performance)."""
    data = merged_settings(settings)
    others = []
    if settings.grade_bands is not None:
        bands = [(str(g), Decimal(str(m))) for g, m in settings.grade_bands]
    else:
        bands = [(str(g), Decimal(str(m))) for g, m in data.get("grade_bands", [])] or list(DEFAULT_GRADE_BANDS)
        others = [sorted(((str(g), Decimal(str(m))) for g, m in scale), key=lambda b: -b[1])
                  for scale in data.get("other_grade_bands", [])]
    return PerfSettings(
        grade_bands=sorted(bands, key=lambda b: -b[1]),
        grade_aliases={k: list(v) for k, v in data.get("grade_aliases", {}).items()},
        full_marks_rate=Decimal(str(data.get("execution_full_marks_rate", 100))),
        level1_weights={k: Decimal(str(v)) for k, v in data.get("level1_weights", {}).items()},
        level2={k: list(v) for k, v in data.get("level2", {}).items()},
        required={k: list(v) for k, v in data.get("required", {}).items()},
        evaluation_level1=[str(v) for v in data.get("evaluation_level1", [])],
        other_grade_bands=others,
    )


def perf_settings(ctx) -> PerfSettings:
    """The PRF settings for a check (computed once per context): see resolve_perf_settings."""
    if "prf_settings" not in ctx.cache:
        ctx.cache["prf_settings"] = resolve_perf_settings(ctx.settings)
    return ctx.cache["prf_settings"]
