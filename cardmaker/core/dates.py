"""Calendar arithmetic for injection dates."""

from __future__ import annotations

import calendar
from datetime import MAXYEAR, date

INJECTION_INTERVAL_MONTHS = 6


def add_months(start: date, months: int) -> date:
    """``start`` plus whole months, clamped at month end (31 Aug + 6 -> 28/29 Feb).

    Past the calendar's last day (a first injection typed as 9999-12-31) the result is
    that day: such a date is refused as implausible, but must not crash on the way there.
    """
    index = start.month - 1 + months
    year = start.year + index // 12
    if year > MAXYEAR:
        return date.max
    month = index % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    return date(year, month, min(start.day, last_day))


def default_next_injection(first: date) -> date:
    """The next injection is due six months after the first."""
    return add_months(first, INJECTION_INTERVAL_MONTHS)
