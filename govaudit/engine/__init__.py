"""The rule engine: rules (Python checks and declarative TOML packs) run over a Disclosure and yield Findings."""

from govaudit.engine.registry import RuleInfo, all_rules, get_rule, rule
from govaudit.severity import Severity

__all__ = ["Finding", "Severity", "RuleInfo", "all_rules", "get_rule", "rule"]


def __getattr__(name):
    # Finding (a pydantic model) only when asked for: importing the registry must not import pydantic (issue 13)
    if name == "Finding":
        from govaudit.model import Finding

        return Finding
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
