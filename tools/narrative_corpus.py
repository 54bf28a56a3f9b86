"""Sentence shapes of the narrative: which sentences with a number are read as claims and which are left alone.

    python tools/narrative_corpus.py FILE...            # one line per sentence with a number
    python tools/narrative_corpus.py --unread FILE...   # only the numbers no known claim reads, and their shapes

Each sentence that holds a money amount or a percentage is classed:
  judged  every money/percent figure is read into a claim a rule may judge: its subject is known, or it is a rate
          set against amounts the same sentence states
  partly  some are, some are not
  unknown figures are read into claims whose subject is not known (listed by `govaudit claims`, never judged)
  alone   no claim reads any of its figures
The shape is the sentence with figures replaced by X, for grouping. Reads files with govaudit's own readers; a
.txt file is read as paragraphs, one a line. Used to measure the narrative's recall on unseen wording (see
tests/test_narrative_shapes.py for the shapes made into tests).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from govaudit.model import Location, TextParagraph
from govaudit.recognize.claims import joined, read_claims, split_sentences
from govaudit.text import norm

FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:万元|亿元|元|%)")


def paragraphs_of(path: Path) -> tuple[list[TextParagraph], int | None]:
    if path.suffix == ".txt":
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
        return [TextParagraph(index=i, text=t, location=Location(file=str(path), paragraph=i)) for i, t in enumerate(lines, 1) if t], None
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    d = recognize(read_workbook(path))
    return list(d.paragraphs), d.year


def classify(paragraphs: list[TextParagraph], year: int | None):
    narrative = read_claims(paragraphs, year)
    by_sentence: dict[tuple[int, str], list] = {}
    for c in narrative.claims:
        by_sentence.setdefault((c.paragraph, c.sentence.strip()), []).append(c)
    for p in joined(paragraphs):  # as the claims are read: a sentence broken across lines is one sentence
        for s in split_sentences(p.text):
            text = norm(s).replace(",", "") if re.search(r"\d,\d{3}", norm(s)) else norm(s)
            figs = [m.group(0).replace(" ", "") for m in FIGURE.finditer(text)]
            if not figs:
                continue
            cs = by_sentence.get((p.index, s.strip()), [])
            read_known, read_any = set(), set()
            for c in cs:
                base = getattr(c, "base", None)  # (absent before the rates of two stated amounts were read)
                # a change whose rate is set against amounts the sentence states is judged whoever it is about
                stated = (c.kind == "change" and c.rate is not None and c.basis and (
                    base is not None or (c.change is not None and c.amount is not None))) or (
                    c.kind == "flat" and base is not None and c.amount is not None)  # 持平 of two stated amounts
                for f in (c.amount, c.change, c.rate, base):
                    if f is not None:
                        read_any.add(f.text)
                        if c.known or stated:
                            read_known.add(f.text)
            unread = [f for f in figs if f not in read_known]
            if not unread:
                status = "judged"
            elif len(unread) < len(figs):
                status = "partly"
            elif any(f in read_any for f in figs):
                status = "unknown"
            else:
                status = "alone"
            yield status, s.strip(), unread


def shape(sentence: str) -> str:
    s = FIGURE.sub("X", re.sub(r"(?<=\d),(?=\d{3})", "", norm(sentence)))
    return re.sub(r"\d{4}年度?", "Y年", s)


def main(argv: list[str]) -> int:
    unread_only = "--unread" in argv
    files = [Path(a) for a in argv if not a.startswith("--")]
    counts: Counter = Counter()
    for f in files:
        try:
            paras, year = paragraphs_of(f)
        except Exception as exc:  # a tool over many files: say which one and go on
            print(f"# {f}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        for status, s, unread in classify(paras, year):
            counts[status] += 1
            if unread_only and status == "judged":
                continue
            print(f"{status}\t{f.name}\t{' '.join(unread)}\t{shape(s) if unread_only else s}")
    print(f"# {dict(counts)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
