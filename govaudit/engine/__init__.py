"""The rule engine: rules (Python checks and declarative TOML packs) run over a Disclosure and yield Findings."""

from govaudit.engine.registry import RuleInfo, all_rules, get_rule, rule
from govaudit.model import Finding, Severity

__all__ = ["Finding", "Severity", "RuleInfo", "all_rules", "get_rule", "rule"]
