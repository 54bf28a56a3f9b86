"""The outcome of one run: which files were checked and what was found."""

from govaudit.model.base import Field, Model

from govaudit import __version__
from govaudit.model.finding import Finding, Severity


class FileStatus(Model):
    path: str
    status: str  # "checked" | "unreadable"
    error: str | None = None
    tables: list[str] = Field(default_factory=list)  # 公开NN表 recognised
    forms: int = 0  # 绩效自评表 recognised
    # what the file was read as: "workbook" / "word" / "pdf"; 决算 or 预算; for a 预算 部门 or 单位; the year
    kind: str | None = None
    stage: str | None = None
    scope: str | None = None
    year: int | None = None
    # --together: checked with other files' 公开表 or 绩效自评表 (a 说明 without tables of its own was held against them)
    joined: bool = False


class Result(Model):
    version: str = __version__
    files: list[FileStatus] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)

    def summary(self) -> dict[str, int]:
        out = {s.value: 0 for s in Severity}
        for f in self.findings:
            out[f.severity.value] += 1
        return out

    @property
    def exit_code(self) -> int:
        if any(f.status != "checked" for f in self.files):
            return 2
        return 1 if any(f.severity is Severity.error for f in self.findings) else 0
