"""Third-party rule packs, found through the entry-point group `govaudit.rules`.

A package declares, e.g. in its pyproject.toml:

    [project.entry-points."govaudit.rules"]
    acme = "acme_govaudit"              # a module: its @rule functions register when it is imported
    acme-extra = "acme_govaudit:rules"  # a callable returning RuleInfo objects
    acme-toml = "acme_govaudit:RULES"   # a directory (str or Path) of declarative TOML packs

Each pack uses its own code prefix (ACME001 …): a prefix that overlaps a built-in family (TBL, XTB, CMP,
CEL, RND, PRF) or another pack's would make --select/--ignore ambiguous, so such a pack is rejected.
A pack that fails to load or is rejected is skipped and reported; the run goes on without it.
"""

from __future__ import annotations

import os
import re
import sys

# typing's constant without importing typing; pathlib where used: `govaudit rules`'s fast path calls _may_have_packs
# alone (issue 13)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from importlib import metadata
    from pathlib import Path

    from govaudit.engine.registry import RuleInfo

GROUP = "govaudit.rules"
CODE = re.compile(r"^([A-Z]+)([0-9]+)$")
_GROUP_BYTES = GROUP.encode("ascii")


class PackError(Exception):
    """Why a rule pack cannot be used; the message is shown to the user."""


def _may_have_packs() -> bool:
    """Whether any installed distribution may declare the group, decided without importing importlib.metadata
    (≈ 10–15 ms of start-up, issue 13): each sys.path folder is listed and its *.dist-info/*.egg-info
    entry_points.txt read, as importlib.metadata's own path finder does. True whenever unsure: a zip or .egg on
    sys.path, or a finder of its own on sys.meta_path that can find distributions."""
    from importlib.machinery import PathFinder

    if any(f is not PathFinder and hasattr(f, "find_distributions") for f in sys.meta_path):
        return True
    for entry in sys.path:
        root = entry or "."
        if not isinstance(entry, str) or root.lower().endswith(".egg") or os.path.isfile(root):
            return True
        try:
            children = os.listdir(root)
        except OSError:
            continue
        for child in children:
            if child.lower().endswith((".dist-info", ".egg-info")):
                try:  # (bytes: the group's ASCII name is in the UTF-8 text as it is in the decoded one)
                    with open(os.path.join(root, child, "entry_points.txt"), "rb") as fh:
                        if _GROUP_BYTES in fh.read():
                            return True
                except OSError:
                    continue
    return False


def entry_points() -> list[metadata.EntryPoint]:
    if not _may_have_packs():  # the usual case: no third-party pack installed
        return []
    from importlib import metadata

    seen: set[tuple[str, str]] = set()
    out = []
    for ep in sorted(metadata.entry_points(group=GROUP), key=lambda e: (e.name, e.value)):
        if (ep.name, ep.value) not in seen:  # the same distribution may be found twice on sys.path
            seen.add((ep.name, ep.value))
            out.append(ep)
    return out


def _dist_name(ep: metadata.EntryPoint) -> str:
    dist = getattr(ep, "dist", None)
    if dist is not None:
        try:
            return f"{dist.metadata['Name']} {dist.version}"
        except Exception:  # a broken METADATA must not hide the pack's own problem
            pass
    return ep.value.split(":")[0].split(".")[0]


def load_pack(ep: metadata.EntryPoint) -> list[RuleInfo]:
    """The rules one entry point provides, with their source filled in; PackError when it cannot be used."""
    import types

    from govaudit.engine.registry import RuleInfo, capture_rules
    from govaudit.records import replace

    captured: list[RuleInfo] = []
    try:
        with capture_rules(captured):
            obj = ep.load()
            if isinstance(getattr(obj, "rule_info", None), RuleInfo):  # a single @rule function
                obj = [obj.rule_info]
            elif not isinstance(obj, (types.ModuleType, str, os.PathLike)) and callable(obj):
                obj = obj()
    except Exception as exc:
        raise PackError(f"{type(exc).__name__}: {exc}") from exc
    dist = _dist_name(ep)
    if isinstance(obj, types.ModuleType):
        # imported before (e.g. by another pack): find its @rule functions on the module instead
        infos = captured or [v.rule_info for v in vars(obj).values() if isinstance(getattr(v, "rule_info", None), RuleInfo)]
        return [replace(i, source=f"{ep.value}（Python）", plugin=dist) for i in infos]
    if isinstance(obj, (str, os.PathLike)):
        from pathlib import Path

        return _toml_packs(Path(obj), dist, ep.value)
    try:
        infos = list(obj)
    except TypeError:
        raise PackError(f"入口 {ep.value} 既不是模块、返回规则的函数，也不是规则目录（得到 {type(obj).__name__}）") from None
    for i in infos:
        if not isinstance(i, RuleInfo) or not callable(i.check):
            raise PackError(f"{ep.value} 返回的 {i!r} 不是带 check 函数的 RuleInfo")
    return [replace(i, source=i.source if i.source != "python" else f"{ep.value}（Python）", plugin=dist)
            for i in infos]


def _toml_packs(directory: Path, dist: str, where: str) -> list[RuleInfo]:
    from govaudit.engine.declarative import load_packs
    from govaudit.records import replace

    if not directory.is_dir():
        raise PackError(f"规则目录 {directory} 不存在")
    try:
        infos = load_packs(directory)
    except Exception as exc:
        raise PackError(f"规则文件有误（{type(exc).__name__}: {exc}）") from exc
    from pathlib import Path

    return [replace(i, source=f"{where}（{Path(i.source).name}）", plugin=dist) for i in infos]


def family(code: str) -> str:
    m = CODE.match(code)
    return m.group(1) if m else ""


def _overlaps(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def validate(infos: list[RuleInfo], taken_codes: set[str], taken_families: dict[str, str]) -> str:
    """The pack's code prefix; PackError when its codes are malformed, mixed or collide with others'."""
    if not infos:
        raise PackError("没有提供任何规则")
    bad = [i.code for i in infos if not CODE.match(i.code)]
    if bad:
        raise PackError(f"规则代码应为大写字母前缀加数字（如 ACME001），得到 {', '.join(bad)}")
    families = sorted({family(i.code) for i in infos})
    if len(families) > 1:
        raise PackError(f"一个规则包只能使用一个代码前缀，发现 {', '.join(families)}")
    prefix = families[0]
    clash = sorted(f"{owner}的 {f}" for f, owner in taken_families.items() if _overlaps(prefix, f))
    if clash:
        raise PackError(f"代码前缀 {prefix} 与{'、'.join(clash)} 冲突（每个规则包须使用自己的代码前缀）")
    codes = [i.code for i in infos]
    dup = sorted({c for c in codes if codes.count(c) > 1} | (set(codes) & taken_codes))
    if dup:
        raise PackError(f"规则代码重复：{', '.join(dup)}")
    return prefix


def load_plugins(builtin_codes: set[str], builtin_families: set[str]) -> tuple[list[RuleInfo], list[str]]:
    """Rules of every usable pack, and one line for each pack that was skipped."""
    taken_codes = set(builtin_codes)
    taken_families = {f: "内置规则 " for f in set(builtin_families) | {family(c) for c in builtin_codes if family(c)}}
    rules: list[RuleInfo] = []
    problems: list[str] = []
    try:
        eps = entry_points()
    except Exception as exc:  # a broken installed distribution must not stop the run
        return [], [f"规则包（入口组 {GROUP}）查找失败：{type(exc).__name__}: {exc}"]
    for ep in eps:
        try:
            infos = load_pack(ep)
            prefix = validate(infos, taken_codes, taken_families)
        except PackError as exc:
            problems.append(f"规则包 {ep.name} 加载失败：{exc}；已跳过。")
            continue
        taken_families[prefix] = f"规则包 {ep.name} "
        taken_codes.update(i.code for i in infos)
        rules.extend(infos)
    return rules, problems
