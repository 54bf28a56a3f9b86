"""The Decimal context govaudit computes in: wide enough that no figure, sum or rounding of a plausible
disclosure can overflow or lose a digit.

Figures are bounded where they are read (recognize/text.check_plausible: below 10^15, at most 60 decimals); a
precision of 100 digits then holds any sum of them exactly, and an exponent range at the maximum means no
intermediate result overflows. pipeline.check_file runs each file's reading, recognition and rules in it."""

from __future__ import annotations

from decimal import MAX_EMAX, MIN_EMIN, ROUND_HALF_EVEN, Context, DivisionByZero, InvalidOperation

DECIMAL_CONTEXT = Context(prec=100, rounding=ROUND_HALF_EVEN, Emax=MAX_EMAX, Emin=MIN_EMIN,
                          traps=[InvalidOperation, DivisionByZero])
