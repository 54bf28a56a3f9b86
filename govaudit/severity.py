"""How bad a finding is. Kept apart from the pydantic models so that `govaudit rules` and the rule registry load
without pydantic (start-up time, issue 13); `govaudit.model.Severity` is this same class."""

from __future__ import annotations

from enum import Enum


class Severity(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"

    @property
    def label(self) -> str:
        return {"error": "错误", "warning": "警告", "info": "提示"}[self.value]
