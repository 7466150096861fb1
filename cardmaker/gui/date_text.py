"""Dates as staff type them: the order of the locale's short format, or ISO 8601."""

from __future__ import annotations

import re
from datetime import date

_GROUPS = re.compile(r"\d+")
_ONLY_DATE_CHARACTERS = re.compile(r"^[\d\s./-]+$")


class DateTextError(ValueError):
    """The text is not a date (the message is for the log; the GUI words its own)."""


def field_order(pattern: str) -> str:
    """'dmy', 'mdy' or 'ymd' from a Qt date pattern such as 'dd.MM.yyyy' or 'M/d/yy'."""
    positions = {key: pattern.find(key) for key in "dMy"}
    if any(index < 0 for index in positions.values()):
        return "dmy"
    return "".join(sorted(positions, key=positions.__getitem__)).lower()


def four_digit_year(pattern: str) -> str:
    """The pattern with a four-digit year, so printed dates are never ambiguous."""
    if "yyyy" in pattern:
        return pattern
    return re.sub("y+", "yyyy", pattern)


def parse_date_text(text: str, order: str) -> date | None:
    """The date in ``text``; None when it is empty. Raises DateTextError otherwise.

    Accepts ISO ``2026-11-26`` and three numbers in the locale's order with any separator;
    a two-digit year means 20xx.
    """
    stripped = text.strip()
    if not stripped:
        return None
    if not _ONLY_DATE_CHARACTERS.match(stripped):
        raise DateTextError(f"{text!r} contains characters that are not part of a date")
    groups = _GROUPS.findall(stripped)
    if len(groups) != 3:
        raise DateTextError(f"{text!r} does not have a day, a month and a year")
    if len(groups[0]) == 4:
        order = "ymd"
    values = dict(zip(order, (int(g) for g in groups), strict=True))
    year_digits = len(groups[order.index("y")])
    if year_digits not in (2, 4):
        raise DateTextError(f"{text!r}: the year must have four digits")
    year = values["y"] + (2000 if year_digits == 2 else 0)
    try:
        return date(year, values["m"], values["d"])
    except ValueError as exc:
        raise DateTextError(f"{text!r}: {exc}") from None
