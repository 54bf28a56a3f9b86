"""--together: each place of a finding names its own file.

The rules see one disclosure made of several files' tables, forms and paragraphs, and name places by sheet and cell
only (they set every place's file to the group's one path). Files of one disclosure often name their sheets alike
(exported workbooks 'Sheet1' …, two Word documents' virtual sheets), so a place on 'Sheet1' could be in either file:
a finding judged in the second workbook was reported in the first, its cells pointing at the first file's Sheet1.

So before the rules run, the sheet names of a group are made distinct: a name an earlier file of the group already
uses gets an invisible mark and a number ('Sheet1' + U+2063 + '2'). After the rules, every place is given back its
sheet's own name and the file that sheet is in, and the finding goes to the file of its judged place. Nothing is
guessed: each merged sheet name belongs to exactly one file.
"""

from __future__ import annotations

from govaudit.model.base import Model

MARK = "\u2063"  # INVISIBLE SEPARATOR: no sheet name a person types holds it


def distinct_sheets(parts) -> tuple[list, dict[str, tuple[str, str]]]:
    """(parts with their disclosures' sheet names distinct across the group, merged sheet name → (file, sheet)).

    parts are (shown path, book, disclosure); a part whose names no earlier part uses is handed on as it is, others
    get a renamed copy of their disclosure (the part's own disclosure is left untouched: place titles use it)."""
    back: dict[str, tuple[str, str]] = {}
    out = []
    for shown, book, d in parts:
        names = list(dict.fromkeys([s.name for s in getattr(book, "sheets", ())] + list(d.sheets)))
        rename: dict[str, str] = {}
        for name in names:
            new, n = name, 1
            while new in back:
                n += 1
                new = f"{name}{MARK}{n}"
            back[new] = (shown, name)
            if new != name:
                rename[name] = new
        out.append((shown, book, _rebuilt(d, rename, {}) if rename else d))
    return out, back


def _rebuilt(value, rename: dict[str, str], memo: dict):
    """value with every sheet name in `rename` replaced: models holding one are copied, the rest handed on as they
    are (one object met twice — a table in two lists — stays one object)."""
    if isinstance(value, (str, int, float, bool, type(None))):
        return value
    key = id(value)
    if key in memo:
        return memo[key][1]
    new = value
    if isinstance(value, Model):
        changes = {}
        for name, v in value.__dict__.items():
            if name == "sheet" and isinstance(v, str):
                if v in rename:
                    changes[name] = rename[v]
            elif name == "sheets" and isinstance(v, list) and all(isinstance(s, str) for s in v):
                if any(s in rename for s in v):
                    changes[name] = [rename.get(s, s) for s in v]
            else:
                nv = _rebuilt(v, rename, memo)
                if nv is not v:
                    changes[name] = nv
        if changes:
            new = value.__copy__()
            new.__dict__.update(changes)
    elif isinstance(value, (list, tuple)):
        items = [_rebuilt(v, rename, memo) for v in value]
        if any(a is not b for a, b in zip(items, value)):
            new = type(value)(items) if isinstance(value, list) else tuple(items)
    elif isinstance(value, dict):
        items = {k: _rebuilt(v, rename, memo) for k, v in value.items()}
        if any(items[k] is not v for k, v in value.items()):
            new = items
    memo[key] = (value, new)  # (the old object kept alive: its id is not reused while the walk lasts)
    return new


def restore(findings, back: dict[str, tuple[str, str]], mine: set[str], main_path: str) -> None:
    """Each place back on its own sheet name and in its own file; each finding in the file of its judged place
    (a place on no sheet keeps a file of the group it names, else `main_path`: the file named after the group)."""
    marked = {new: old for new, (_file, old) in back.items() if MARK in new}
    for f in findings:
        out = []
        for loc in f.locations:
            home = back.get(loc.sheet) if loc.sheet is not None else None
            if home is not None:
                update = {"file": home[0], "sheet": home[1]}
            else:
                update = {"file": loc.file if loc.file in mine else main_path}
            update.update(_unmarked(loc, ("row_label", "col_label", "table_title", "sentence"), marked))
            out.append(loc.model_copy(update=update))
        f.locations = out
        f.file = out[0].file if out else (f.file if f.file in mine else main_path)
        for name, value in _unmarked(f, ("message", "expected", "actual", "difference", "table", "title"),
                                     marked).items():
            setattr(f, name, value)


def _unmarked(obj, names, marked: dict[str, str]) -> dict:
    """The fields among `names` that mention a marked sheet name (a message naming a sheet: CMP007's '在工作表…'),
    with its own name instead."""
    out = {}
    if not marked:
        return out
    for name in names:
        value = getattr(obj, name)
        if isinstance(value, str) and MARK in value:
            for new in sorted(marked, key=len, reverse=True):  # ('Sheet1⁣12' before 'Sheet1⁣1')
                value = value.replace(new, marked[new])
            out[name] = value
    return out


def in_own_file(findings, path: str) -> None:
    """A single file's findings: every place names that file (rules leave some places' file blank)."""
    from govaudit.model.trusted import in_file

    for f in findings:
        if any(loc.file != path for loc in f.locations):
            f.locations = [in_file(loc, path) for loc in f.locations]

