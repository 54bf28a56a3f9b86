"""Small helpers the Python rules share: making a finding from judged cells."""

from __future__ import annotations

from govaudit.engine.arith import Verdict
from govaudit.engine.messages import Identity, identity_finding
from govaudit.model import Disclosure, Figure, Finding, Location, Severity
from govaudit.model.trusted import in_file


def with_file(disclosure: Disclosure, locations: list[Location]) -> list[Location]:
    path = disclosure.path
    return [in_file(loc, path) for loc in locations]


def sum_finding(disclosure: Disclosure, code: str, severity: Severity, where: str, title: str, v: Verdict,
                locations: list[Location], table: str, *, judged: Figure | None) -> Finding:
    """A sum identity (judged = Σ parts) that failed (error) or that rounding explains (RND001 info).

    judged: the judged cell's figure, None when it is blank (the message then says so).
    """
    return identity_finding(file=disclosure.path, code=code, severity=severity, title=title, where=where, table=table,
                            verdict=v, locations=with_file(disclosure, locations),
                            identity=Identity(judged=judged, source="分项之和"))
