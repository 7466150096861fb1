"""The form reads dates with the system's order, but dots are day first everywhere."""

from __future__ import annotations

from datetime import date

from cardmaker.gui.date_text import field_order, parse_date_text


def test_a_us_english_system_reads_dotted_dates_day_first() -> None:
    us_order = field_order("M/d/yy")
    assert us_order == "mdy"
    assert parse_date_text("1.3.2026", us_order) == date(2026, 3, 1)
    assert parse_date_text("3/1/2026", us_order) == date(2026, 3, 1)  # slashes: the locale's
