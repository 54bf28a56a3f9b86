"""The rule engine: rules (Python checks and declarative TOML packs) run over a Disclosure and yield Findings."""

__all__ = ["Finding", "Severity", "RuleInfo", "all_rules", "get_rule", "rule"]


def __getattr__(name):
    # Everything on first use (PEP 562): importing a submodule (engine.catalogue for `govaudit rules`'s fast path)
    # must not import the registry's dataclasses, nor pydantic for Finding (start-up time, issue 13)
    if name == "Finding":
        from govaudit.model import Finding

        return Finding
    if name == "Severity":
        from govaudit.severity import Severity

        return Severity
    if name in ("RuleInfo", "all_rules", "get_rule", "rule"):
        from govaudit.engine import registry

        return getattr(registry, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
