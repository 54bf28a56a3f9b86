"""recognize.tables.repeats_header asks whether a row's text is in one of the header words by one search in the words
joined by NUL (issue 13: it is asked of every row of every table) instead of a search per word: the same answer as
the search per word, for every text, including texts that hold a NUL or span two words."""

from __future__ import annotations

import random

from govaudit.readers.base import Cell
from govaudit.recognize.grid import is_code_text, is_numeric_cell, text_of
from govaudit.recognize.tables import repeats_header


def _per_word(cells, header_words) -> bool:
    """repeats_header as it was written before (a search in each word)."""
    words = 0
    for c in cells:
        t = text_of(c)
        if t:
            if t not in header_words and (len(t) < 2 or not any(t in w for w in header_words)):
                return False
            words += 1
    if words < 2:
        return False
    return not any(is_numeric_cell(c) or is_code_text(c.value) for c in cells)


HEADER = {"项目", "功能分类科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出", "决算数", "栏次"}
PIECES = ["项目", "功能分类", "科目编码", "科目", "名称", "本年", "支出", "合计", "基本", "决算数", "目功", "称本",
          "码科", "编码", "\0", "项", "数", "2010101", "一般公共服务支出", "12.5"]


def test_the_same_answer_as_a_search_in_each_word():
    rng = random.Random(13)
    for _ in range(3000):
        words = set(rng.sample(sorted(HEADER | {"目\0功", "a\0b"}), rng.randint(1, 7)))
        # a header word, then a text made of pieces (of words, across two words, neither), on which the answer turns
        cells = [Cell(5, 1, rng.choice(sorted(words))),
                 Cell(5, 2, "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 2))))]
        joined = "\0".join(words)
        assert repeats_header(cells, words, joined) == repeats_header(cells, words) == _per_word(cells, words), \
            (cells, words)


def test_words_spanning_two_header_words_are_not_a_header():
    words = {"功能分类", "科目编码"}
    # '类科目' runs across the two words joined in one order, '码功能' in the other
    for across in ("类科目", "码功能"):
        assert not repeats_header([Cell(9, 1, across), Cell(9, 2, "科目编码")], words, "\0".join(words))
        assert not repeats_header([Cell(9, 1, across), Cell(9, 2, "科目编码")], words)
    assert repeats_header([Cell(9, 1, "功能分类"), Cell(9, 2, "科目编码")], words, "\0".join(words))
