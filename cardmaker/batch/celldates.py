"""Dates as patient lists write them: ISO, or day, month and year with dots or slashes.

The order of day and month is never guessed from the values: it is ``--date-order``
(default day first). A date that does not exist (31/02/2026) is an error naming the cell.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import StrEnum

from cardmaker.batch.source import Cell


class DateOrder(StrEnum):
    """Order of the parts in dates that are not ISO."""

    DMY = "DMY"
    MDY = "MDY"
    YMD = "YMD"


class CellDateError(ValueError):
    """A cell that should hold a date does not; the message says why."""


_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_PARTS = re.compile(r"(\d{1,4})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{1,4})\.?")
# Exports often add a time of day; the date part alone is the injection date.
_TIME = re.compile(r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")

_EXAMPLES = {
    DateOrder.DMY: "01.03.2026 or 01/03/2026",
    DateOrder.MDY: "03/01/2026",
    DateOrder.YMD: "2026/03/01",
}


def _build(year: int, month: int, day: int, text: str) -> date:
    if year < 100:
        raise CellDateError(f"'{text}' has a two-digit year; write the year in full (e.g. 2026)")
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise CellDateError(f"'{text}' is not a real date ({exc})") from None


def parse_date_text(text: str, order: DateOrder) -> date:
    """A date from text; raises ``CellDateError`` with the reason."""
    value = text.strip()
    iso = re.fullmatch(_ISO.pattern + _TIME.pattern, value)
    if iso:
        return _build(int(iso[1]), int(iso[2]), int(iso[3]), value)
    parts = re.fullmatch(_PARTS.pattern + _TIME.pattern, value)
    if not parts:
        raise CellDateError(
            f"'{value}' is not a date; write 2026-03-01 or {_EXAMPLES[order]} "
            f"(date order {order.value})"
        )
    first, second, third = int(parts[1]), int(parts[3]), int(parts[4])
    if order is DateOrder.YMD:
        if len(parts[1]) < 3:
            raise CellDateError(f"'{value}' does not start with a four-digit year (date order YMD)")
        return _build(first, second, third, value)
    if len(parts[1]) > 2:
        # 2026/03/01 with a day-first order: the year first is unambiguous, the rest is not.
        raise CellDateError(
            f"'{value}' starts with a year but the date order is {order.value}; "
            "write 2026-03-01 or use --date-order YMD"
        )
    day, month = (first, second) if order is DateOrder.DMY else (second, first)
    return _build(third, month, day, value)


def cell_date(cell: Cell, order: DateOrder) -> date | None:
    """The date in a cell, ``None`` for an empty cell; raises ``CellDateError``."""
    if cell is None:
        return None
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    if isinstance(cell, bool | int | float):
        raise CellDateError(
            f"{cell!r} is a number, not a date; format the column as a date or as text"
        )
    text = str(cell).strip()
    if not text:
        return None
    return parse_date_text(text, order)
