"""A1 cell references, shared by readers (which produce them) and models (which keep them)."""

from functools import lru_cache


@lru_cache(maxsize=None)  # at most 16,384 columns; a big workbook asks for the same few letters 100k times
def column_letter(col: int) -> str:
    letters = ""
    while col > 0:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def a1(row: int, col: int) -> str:
    return f"{column_letter(col)}{row}"


def parse_a1(ref: str) -> tuple[int, int] | None:
    """'C12' → (12, 3); None for anything that is not a plain A1 reference."""
    ref = ref.replace("$", "").strip().upper()
    letters = ref.rstrip("0123456789")
    digits = ref[len(letters):]
    if not letters or not digits or not letters.isalpha() or not letters.isascii():
        return None
    col = 0
    for ch in letters:
        col = col * 26 + ord(ch) - 64
    return int(digits), col
