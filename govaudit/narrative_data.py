"""rules/narrative.toml, read once: the subjects a narrative speaks of, renamed 科目, hygiene words.

Shared by the claim reader (recognize/claims.py) and the narrative rules (checks/narrative*.py), like text.py.
"""

from __future__ import annotations

from govaudit.records import dataclass, field
from functools import lru_cache
from pathlib import Path

from govaudit.text import norm


# a fund's name as a text writes it (its 预算 may be left out but in 一般公共预算): the one pattern the claim reader and the
# rules strip or find a fund's words by ("政府性基金预算财政拨款…", "…一般公共预算…": not a budget)
FUND_NAMES = r"(?:一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?)"


@dataclass(frozen=True)
class FigureRef:
    table: str
    row: str
    column: str


@dataclass
class SubjectSpec:
    name: str
    aliases: tuple[str, ...]
    scope: str | None = None
    measure: str | None = None
    figures: list[list[FigureRef]] = field(default_factory=list)
    budget: list[list[FigureRef]] = field(default_factory=list)
    parts: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()
    nearby: bool = False  # its parts count only when stated in its own paragraph
    closed_by: tuple[str, ...] = ()  # a part that is the rest of the whole after the parts listed before it
    either: tuple[str, ...] = ()  # subjects any of which the name may mean (总收入: 本年收入合计 or 收支总计)


@dataclass(frozen=True)
class Renamed:
    code: str
    old: str
    new: str
    since: int
    whole_word: bool = False


@dataclass(frozen=True)
class NameData:
    """[names]: how an organisation's name ends, its usual shortenings, the words that tell one body from another."""

    suffixes: tuple[str, ...] = ()
    abbreviations: tuple[tuple[str, str], ...] = ()
    words: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClaimWords:
    """[claims]: the words recognize/claims.py reads some names and years by."""

    standalone: tuple[str, ...] = ()  # names of a whole read only where nothing but own words stand before them
    carried: dict[str, str] = field(default_factory=dict)  # 结转和结余 said bare → the word of its own scope
    thing_after_this_year: tuple[str, ...] = ()  # "本年收入合计": 本年 naming a thing, not the year
    unit_suffixes: tuple[str, ...] = ()  # how a unit's name ends ("人才交流服务中心"): another body than the department


@dataclass
class NarrativeData:
    subjects: dict[str, SubjectSpec]
    category_tables: dict[str, tuple[tuple[str, str], ...]]  # alternatives (kind, column), tried in order
    renamed: list[Renamed]
    dangling: tuple[str, ...]
    doubled: tuple[str, ...]
    names: NameData = field(default_factory=NameData)
    # whose spending a passage of 科目 paragraphs lists → the (table, column) pairs that hold its 项 rows
    item_tables: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    claims: ClaimWords = field(default_factory=lambda: ClaimWords())

    def scoped(self, scope: str, measure: str) -> SubjectSpec | None:
        for s in self.subjects.values():
            if s.scope == scope and s.measure == measure:
                return s
        return None


def rules_dir() -> Path:
    """rules/ ships inside the wheel as govaudit/_rules; in a source checkout it is the top-level rules/."""
    here = Path(__file__).resolve().parent
    shipped = here / "_rules"
    return shipped if shipped.is_dir() else here.parent / "rules"


def _refs(alternatives) -> list[list[FigureRef]]:
    out = []
    for alt in alternatives or []:
        refs = []
        for text in alt:
            table, row, column = text.split(":")
            refs.append(FigureRef(table, row, column))
        out.append(refs)
    return out


@lru_cache(maxsize=1)
def narrative_data() -> NarrativeData:
    from govaudit.engine.catalogue import read_pack  # the parsed copy of packs.json, when it matches (issue 13)

    data = read_pack(rules_dir() / "narrative.toml")
    subjects = {}
    for spec in data.get("subject", []):
        name = norm(spec["name"])
        aliases = tuple(dict.fromkeys(norm(a) for a in [spec["name"], *spec.get("aliases", [])]))
        subjects[name] = SubjectSpec(name=name, aliases=aliases, scope=spec.get("scope"), measure=spec.get("measure"),
                                     figures=_refs(spec.get("figures")), budget=_refs(spec.get("budget")),
                                     parts=tuple(norm(p) for p in spec.get("parts", [])),
                                     optional=tuple(norm(p) for p in spec.get("optional", [])),
                                     nearby=bool(spec.get("nearby", False)),
                                     closed_by=tuple(norm(p) for p in spec.get("closed_by", [])),
                                     either=tuple(norm(p) for p in spec.get("either", [])))
    cats = {norm(k): tuple((t, c) for t, c in (ref.split(":") for ref in v))
            for k, v in data.get("category_tables", {}).items()}
    items = {norm(k): tuple((t, c) for t, c in (ref.split(":") for ref in v))
             for k, v in data.get("item_tables", {}).items()}
    renamed = [Renamed(code=r["code"], old=norm(r["old"]), new=norm(r["new"]), since=int(r["since"]),
                       whole_word=bool(r.get("whole_word", False))) for r in data.get("renamed", [])]
    hygiene = data.get("hygiene", {})
    names = data.get("names", {})
    name_data = NameData(suffixes=tuple(norm(s) for s in names.get("suffixes", [])),
                         abbreviations=tuple((norm(a), norm(b)) for a, b in names.get("abbreviations", [])),
                         words=tuple(norm(w) for w in names.get("words", [])))
    words = data.get("claims", {})
    claim_words = ClaimWords(standalone=tuple(norm(w) for w in words.get("standalone", [])),
                             carried={norm(k): norm(v) for k, v in words.get("carried", {}).items()},
                             thing_after_this_year=tuple(norm(w) for w in words.get("thing_after_this_year", [])),
                             unit_suffixes=tuple(norm(w) for w in words.get("unit_suffixes", [])))
    return NarrativeData(subjects=subjects, category_tables=cats, renamed=renamed,
                         dangling=tuple(hygiene.get("dangling", [])), doubled=tuple(hygiene.get("doubled", [])),
                         names=name_data, item_tables=items, claims=claim_words)
