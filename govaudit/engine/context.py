"""Settings and shared derived data that rules may use (computed once per disclosure)."""

from __future__ import annotations

from govaudit.records import dataclass, field

DEFAULT_REQUIRED_TABLES = ["01", "02", "03", "04", "05", "06", "07", "08", "09"]


@dataclass
class Settings:
    required_tables: list[str] = field(default_factory=lambda: list(DEFAULT_REQUIRED_TABLES))
    # 评价等级 bands: (grade, minimum score) from the best down, e.g. 上海's 优/良/合格/不合格 — a configuration
    # file's `grading`. None: not configured, rules/performance.toml's grade_bands apply.
    grade_bands: list[tuple[str, float]] | None = None
    # Other 绩效自评表 settings from a configuration file's [performance] table, keyed as in the [settings] of
    # rules/performance.toml (level1_weights, execution_full_marks_rate, grade_aliases, level2, required).
    # Only what the file gives; empty: rules/performance.toml alone (see engine/performance_settings.py).
    performance: dict = field(default_factory=dict)
    report_rounding: bool = True  # emit RND001 info where rounding explains a difference


@dataclass
class Context:
    settings: Settings = field(default_factory=Settings)
    cache: dict = field(default_factory=dict)
