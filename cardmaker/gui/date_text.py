"""Dates as staff type them: the order of the locale's short format, or ISO 8601."""

from __future__ import annotations

import re
from datetime import date

from cardmaker.core.datereader import DateOrder, DateReadError, read_date

# The core's refusal, with a code and parameters the form words in the interface language.
DateTextError = DateReadError


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

    The core's date reader (``cardmaker.core.datereader``), with the day and month in the
    locale's order; the error's ``problem`` holds the code and parameters to word.
    """
    wanted = {"dmy": DateOrder.DMY, "mdy": DateOrder.MDY}.get(order, DateOrder.AUTO)
    return read_date(text, wanted)
