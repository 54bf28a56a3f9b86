"""Settings and shared derived data that rules may use (computed once per disclosure)."""

from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_REQUIRED_TABLES = ["01", "02", "03", "04", "05", "06", "07", "08", "09"]


@dataclass
class Settings:
    required_tables: list[str] = field(default_factory=lambda: list(DEFAULT_REQUIRED_TABLES))
    # 评价等级 bands: (grade, minimum score) from the best down; a province may use 优/良/合格/不合格
    grade_bands: list[tuple[str, float]] = field(
        default_factory=lambda: [("优", 90), ("良", 80), ("中", 60), ("差", 0)]
    )
    report_rounding: bool = True  # emit RND001 info where rounding explains a difference


@dataclass
class Context:
    settings: Settings = field(default_factory=Settings)
    cache: dict = field(default_factory=dict)
