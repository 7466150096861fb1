"""The one date reader: the desktop form, the batch and the command line read dates here.

Accepted, whatever the order setting:

- ISO ``2026-03-01`` and the year-first national styles ``2026.03.01.``, ``2026. 03. 01.``,
  ``2026/03/01``: a four-digit first group is a year, and no European style puts the day
  before the month after a year, so these are never ambiguous;
- day or month first with ``/`` or ``-``, with or without spaces (``01/03/2026``), in the
  given order; without an order only when the value leaves no doubt;
- day first with ``.`` whatever the order (``1. 3. 2026``, ``01.03.2026``): no country writes
  the month first with dots;
- a time of day after the date (``2026-03-01T10:30``, ``1/3/2026 10:30``) is dropped.

Refused everywhere with the same problem: two-digit years (``1.3.26``: which century?), ISO
week dates (``2026-W09-7``) and bare eight-digit runs (``20260301``: 2026-03-01 or 20-26-0301?).
Each refusal is a ``DateReadError`` holding a ``DateProblem``: a code and its parameters,
worded in English here (``MESSAGES``) and by each front end in its own language.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from cardmaker.core.errors import CardmakerError, Problem


class DateOrder(StrEnum):
    """Order of day and month in dates whose year comes last (year-first dates need none).

    ``AUTO`` takes the order of the card's language and country (``order_for``).
    """

    AUTO = "AUTO"
    DMY = "DMY"
    MDY = "MDY"
    YMD = "YMD"


# The English wording of each date problem by code; %1, %2... are its parameters.
# Every code's first parameter is the text as written.
MESSAGES: dict[str, str] = {
    "not_a_date": "'%1' is not a date; write 2026-03-01 or 01.03.2026",
    "two_digit_year": "'%1' has a two-digit year; write the year in full (%2)",
    "iso_week": "'%1' is a week date (week %3 of %2); write the day as 2026-03-01",
    "eight_digit_run": "'%1' has no separators; write 2026-03-01 or 01.03.2026",
    "day_out_of_range": "'%1': %4-%3 has no day %2",
    "month_out_of_range": "'%1': there is no month %2",
    "year_out_of_range": "'%1': the year %2 is not possible",
    "ambiguous_order": (
        "'%1' could be %2 or %3; write 2026-03-01 or give the date order (day or month first)"
    ),
    "number_not_date": (
        "%1 is a number, not a date; format the column as a date, or write the date as text"
    ),
}


@dataclass(frozen=True)
class DateProblem:
    """Why a text is not a date: a code from ``MESSAGES`` and its parameters as text."""

    code: str
    params: tuple[str, ...]

    @property
    def message(self) -> str:
        """The English wording."""
        texts = self.params
        return re.sub(r"%(\d+)", lambda m: texts[int(m.group(1)) - 1], MESSAGES[self.code])

    def for_field(self, field: str) -> Problem:
        """The same problem as a field's ``Problem`` (the form and the batch report use it)."""
        return Problem(field, self.message, self.code, self.params)


class DateReadError(CardmakerError, ValueError):
    """A text that should be a date is not; ``problem`` says why as code and parameters."""

    def __init__(self, problem: DateProblem) -> None:
        self.problem = problem
        super().__init__(problem.message)


def _fail(code: str, *params: object) -> DateReadError:
    return DateReadError(DateProblem(code, tuple(str(p) for p in params)))


# Exports add a time of day; the date part alone is the injection date.
_TIME = (
    r"(?:(?:[T ]|\s+)\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:[.,]\d+)?)?"
    r"\s*(?:Z|[+-]\d{2}:?\d{2}|[ap]\.?m\.?)?)?"
)
# Three groups of digits; the separators are one of . / - (the same twice, spaces allowed
# around them) or plain spaces; a final dot is allowed (Hungarian 2026. 03. 01.).
_THREE = re.compile(
    r"(\d{1,4})(?:\s*([./-])\s*|\s+)(\d{1,2})(?:\s*([./-])\s*|\s+)(\d{1,4})\.?" + _TIME,
    re.IGNORECASE,
)
_ISO_WEEK = re.compile(r"(\d{4})-?W(\d{1,2})(?:-?(\d))?" + _TIME, re.IGNORECASE)
_DIGIT_RUN = re.compile(r"\d{8}" + _TIME)
EARLIEST_YEAR, LATEST_YEAR = 1000, 9999


def _build(text: str, year: int, month: int, day: int) -> date:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise _fail("year_out_of_range", text, year)
    if not 1 <= month <= 12:
        raise _fail("month_out_of_range", text, month)
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise _fail("day_out_of_range", text, day, f"{month:02d}", year)
    return date(year, month, day)


def _plausible(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def read_date(text: str, order: DateOrder = DateOrder.AUTO) -> date | None:
    """The date written in ``text``; ``None`` if it is blank. Raises ``DateReadError``.

    ``order`` says whether the day or the month comes first in dates ending with the year
    (``DMY`` or ``MDY``); ``AUTO`` and ``YMD`` accept such a date only when the values
    leave no doubt (13.03.2026, or 01.01.2026), and refuse 01.03.2026 as ambiguous.
    """
    value = " ".join(text.split())
    if not value:
        return None
    week = _ISO_WEEK.fullmatch(value)
    if week:
        raise _fail("iso_week", value, week[1], int(week[2]))
    if _DIGIT_RUN.fullmatch(value):
        raise _fail("eight_digit_run", value)
    parts = _THREE.fullmatch(value)
    if not parts or (parts[2] or " ") != (parts[4] or " "):
        raise _fail("not_a_date", value)
    first, second, third = parts[1], parts[3], parts[5]
    if len(first) == 4:
        return _build(value, int(first), int(second), int(third))
    if len(first) > 2 or len(third) == 3:
        raise _fail("not_a_date", value)
    if len(third) <= 2:
        # 01.03.26 or 26.03.01: which group is the year, and in which century?
        year = 2000 + int(third)
        raise _fail("two_digit_year", value, f"{int(first)}.{int(second)}.{year}", year)
    year, a, b = int(third), int(first), int(second)
    # Dots are a day-first style wherever they are written (1.3.2026 is 1 March in every
    # country that writes dates with dots); a US-English system's month-first order must not
    # turn a European clinic's 1.3.2026 into 3 January.
    if order is DateOrder.DMY or parts[2] == ".":
        return _build(value, year, b, a)
    if order is DateOrder.MDY:
        return _build(value, year, a, b)
    as_dmy, as_mdy = _plausible(year, b, a), _plausible(year, a, b)
    if as_dmy and as_mdy and a != b:
        raise _fail(
            "ambiguous_order", value, date(year, b, a).isoformat(), date(year, a, b).isoformat()
        )
    if as_mdy and not as_dmy:
        return _build(value, year, a, b)
    return _build(value, year, b, a)


# Day before month in every card language and every EU/EEA country (where the year comes
# last); only an explicit MDY reads 03/01/2026 as 1 March.
DAY_FIRST_LANGUAGES = frozenset(
    "bg cs da de el en es et fi fr ga hr hu is it lt lv mt nl no pl pt ro sk sl sv".split()
)


def order_for(language: str, given: DateOrder = DateOrder.AUTO) -> DateOrder:
    """The order to read a list's dates in: the one given, else the card language's."""
    if given is not DateOrder.AUTO:
        return given
    return DateOrder.DMY if language.lower() in DAY_FIRST_LANGUAGES else DateOrder.AUTO


# Spreadsheet serial day numbers: day 0 of the 1900 system is 1899-12-30 for every day
# after the fictitious 29 February 1900 (Lotus' leap-year error kept by Excel).
_EPOCH_1900 = date(1899, 12, 30)
_EPOCH_1904 = date(1904, 1, 1)


def from_serial(serial: float, epoch_1904: bool = False) -> datetime:
    """The moment a spreadsheet date number stands for; raises ``DateReadError``."""
    epoch = _EPOCH_1904 if epoch_1904 else _EPOCH_1900
    if not 1 <= serial < 2_958_466:  # up to 9999-12-31
        raise _fail("not_a_date", serial)
    days = int(serial)
    if not epoch_1904 and days < 61:
        days += 1  # before the fictitious 29 February 1900
    moment = datetime(epoch.year, epoch.month, epoch.day) + timedelta(days=days)
    return moment + timedelta(seconds=round((serial - int(serial)) * 86400))
