"""The pydantic models of a configuration file (govaudit.toml, [tool.govaudit] of pyproject.toml): imported only
when a file is read (govaudit/config.py), since defining them costs start-up time (issue 13)."""

from __future__ import annotations

from typing import Literal

import govaudit.pydantic_import  # noqa: F401  (before pydantic: pydantic_core without asyncio, see there)
from pydantic import BaseModel, ConfigDict, Field, field_validator

from govaudit.config import LAYOUTS, PROFILES
from govaudit.engine.context import DEFAULT_REQUIRED_TABLES


def _codes(value):
    if isinstance(value, str):
        from govaudit.engine.runner import parse_codes

        return parse_codes(value)
    if isinstance(value, list):
        return [v.strip().upper() if isinstance(v, str) else v for v in value]
    return value


# defer_build: the validators are built when a configuration file is first read, not by every import (≈ 25 ms of
# start-up for the many runs that find no configuration file; issue 13)
_KEBAB = ConfigDict(extra="forbid", strict=True, populate_by_name=True, defer_build=True,
                    alias_generator=lambda name: name.replace("_", "-"))


class PerformanceConfig(BaseModel):
    """[performance]: the 绩效自评表 settings of rules/performance.toml [settings] a file may change."""

    model_config = _KEBAB

    level1_weights: dict[str, float] | None = None
    execution_full_marks_rate: float | None = None
    grade_aliases: dict[str, list[str]] | None = None
    level2: dict[str, list[str]] | None = None
    required: dict[str, list[str]] | None = None
    evaluation_level1: list[str] | None = None

    @field_validator("level1_weights")
    @classmethod
    def _weights(cls, value):
        if value is None:
            return value
        if not value:
            raise ValueError("至少要有一个一级指标")
        for name, weight in value.items():
            if not 0 <= weight <= 100:
                raise ValueError(f"一级指标“{name}”的权重 {weight:g} 应在 0～100 之间")
        total = sum(value.values())
        if abs(total - 100) > 1e-9:
            raise ValueError(f"各一级指标的权重之和应为 100，现为 {total:g}")
        return value

    @field_validator("execution_full_marks_rate")
    @classmethod
    def _rate(cls, value):
        if value is not None and not 0 < value <= 100:
            raise ValueError(f"满分执行率 {value:g} 应大于 0、不超过 100（百分数，如 90 表示 90%）")
        return value

    @field_validator("required")
    @classmethod
    def _required(cls, value):
        if value is None:
            return value
        from govaudit.engine.performance_settings import REQUIRED_FIELDS

        known = list(REQUIRED_FIELDS)
        for layout, names in value.items():
            if layout not in LAYOUTS:
                raise ValueError(f"未知的版式 {layout!r}（可用：{'、'.join(LAYOUTS)}）")
            for name in names:
                if name not in known:
                    raise ValueError(f"版式 {layout} 的必填项 {name!r} 未知（可用：{'、'.join(known)}）")
        return value

    def overrides(self) -> dict:
        """The keys given, named as in rules/performance.toml [settings] (Settings.performance)."""
        return self.model_dump(exclude_none=True)


class FileConfig(BaseModel):
    """The keys a configuration file may hold (kebab-case in the file)."""

    model_config = _KEBAB

    select: list[str] | None = None
    ignore: list[str] | None = None
    per_file_ignores: dict[str, list[str]] = Field(default_factory=dict)
    severity: dict[str, Literal["error", "warning", "info"]] = Field(default_factory=dict)
    required_tables: list[str] | None = None
    grading: dict[str, float] | None = None
    report_rounding: bool | None = None
    performance: PerformanceConfig | None = None

    @field_validator("select", "ignore", mode="before")
    @classmethod
    def _normalise_codes(cls, value):
        return _codes(value)

    @field_validator("per_file_ignores", mode="before")
    @classmethod
    def _pfi_codes(cls, value):
        if isinstance(value, dict):
            return {k: _codes(v) for k, v in value.items()}
        return value

    @field_validator("severity", mode="before")
    @classmethod
    def _severity_codes(cls, value):
        if isinstance(value, dict):
            return {(k.strip().upper() if isinstance(k, str) else k): v for k, v in value.items()}
        return value

    @field_validator("required_tables", mode="before")
    @classmethod
    def _tables(cls, value):
        if isinstance(value, str):
            if value not in PROFILES:
                raise ValueError(f"未知的必备表方案 {value!r}（可用：{'、'.join(PROFILES)}；或写出表号列表，如 [\"01\", \"02\"]）")
            return list(PROFILES[value])
        if isinstance(value, list):
            out = []
            for item in value:
                text = f"{item:02d}" if isinstance(item, int) and not isinstance(item, bool) else item
                if text not in DEFAULT_REQUIRED_TABLES:
                    raise ValueError(f"表号应为 \"01\"～\"09\"，得到 {item!r}")
                out.append(text)
            return out
        return value

    @field_validator("grading")
    @classmethod
    def _bands(cls, value):
        if value is None:
            return value
        if not value:
            raise ValueError("至少要有一个等级")
        for grade, low in value.items():
            if not 0 <= low <= 100:
                raise ValueError(f"等级“{grade}”的最低分 {low:g} 应在 0～100 之间")
        if len(set(value.values())) != len(value):
            raise ValueError("各等级的最低分不能相同")
        if min(value.values()) != 0:
            raise ValueError("最低一档的最低分应为 0，使任何总分都有对应的等级")
        return value
