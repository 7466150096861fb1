"""Calendar arithmetic for injection dates."""

from __future__ import annotations

import calendar
from datetime import date

INJECTION_INTERVAL_MONTHS = 6


def add_months(start: date, months: int) -> date:
    """``start`` plus whole months, clamped at month end (31 Aug + 6 -> 28/29 Feb)."""
    index = start.month - 1 + months
    year = start.year + index // 12
    month = index % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    return date(year, month, min(start.day, last_day))


def default_next_injection(first: date) -> date:
    """The next injection is due six months after the first."""
    return add_months(first, INJECTION_INTERVAL_MONTHS)
