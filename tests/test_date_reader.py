"""The one date reader, as a table: what is read, what is refused and with which code."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from cardmaker.core.datereader import (
    DateOrder,
    DateReadError,
    from_serial,
    order_for,
    read_date,
)
from cardmaker.core.fields import FIELD_BY_KEY, FIELD_LABELS, FIELD_MAX_LENGTH, FIELDS

D = DateOrder
MARCH_1 = date(2026, 3, 1)


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("2026-03-01", D.AUTO, MARCH_1),
        ("2026-3-1", D.MDY, MARCH_1),
        ("2026-03-01T10:30:00Z", D.DMY, MARCH_1),
        ("2026-03-01 10:30", D.AUTO, MARCH_1),
        # Year-first national styles need no option (hu, lt, sv, ...).
        ("2026.03.01.", D.AUTO, MARCH_1),
        ("2026. 03. 01.", D.DMY, MARCH_1),
        ("2026.03.01", D.MDY, MARCH_1),
        ("2026/03/01", D.DMY, MARCH_1),
        ("2026 03 01", D.AUTO, MARCH_1),
        # Day first with . / - and spaces.
        ("01.03.2026", D.DMY, MARCH_1),
        ("1.3.2026", D.DMY, MARCH_1),
        ("1. 3. 2026", D.DMY, MARCH_1),
        ("1. 3. 2026.", D.DMY, MARCH_1),
        ("01/03/2026", D.DMY, MARCH_1),
        ("01-03-2026", D.DMY, MARCH_1),
        ("01 03 2026", D.DMY, MARCH_1),
        ("  01.03.2026  ", D.DMY, MARCH_1),
        ("1/3/2026 10:30", D.DMY, MARCH_1),
        # Month first only when asked for, or when the values leave no doubt.
        ("03/01/2026", D.MDY, MARCH_1),
        ("03/13/2026", D.AUTO, date(2026, 3, 13)),
        ("13.03.2026", D.AUTO, date(2026, 3, 13)),
        ("01.01.2026", D.AUTO, date(2026, 1, 1)),
        ("29.02.2028", D.DMY, date(2028, 2, 29)),
        # Dots are day first everywhere: a US-English system's month-first order (the form's
        # MDY) or no order at all must not read 1.3.2026 as 3 January.
        ("1.3.2026", D.MDY, MARCH_1),
        ("01.03.2026", D.AUTO, MARCH_1),
        ("1. 3. 2026", D.MDY, MARCH_1),
    ],
)
def test_dates_read(text: str, order: DateOrder, expected: date) -> None:
    assert read_date(text, order) == expected


@pytest.mark.parametrize(
    ("text", "order", "code", "params"),
    [
        # Refused everywhere, whatever the order: the same code each time.
        ("1.3.26", D.DMY, "two_digit_year", ("1.3.26", "1.3.2026", "2026")),
        ("01/03/26", D.MDY, "two_digit_year", ("01/03/26", "1.3.2026", "2026")),
        ("1.3.26", D.AUTO, "two_digit_year", ("1.3.26", "1.3.2026", "2026")),
        ("2026-W09-7", D.AUTO, "iso_week", ("2026-W09-7", "2026", "9")),
        ("2026W097", D.DMY, "iso_week", ("2026W097", "2026", "9")),
        ("2026-w10", D.DMY, "iso_week", ("2026-w10", "2026", "10")),
        ("20260301", D.DMY, "eight_digit_run", ("20260301",)),
        ("01032026", D.YMD, "eight_digit_run", ("01032026",)),
        # Dates that do not exist name the day and month.
        ("30.02.2026", D.DMY, "day_out_of_range", ("30.02.2026", "30", "02", "2026")),
        ("2026.02.29.", D.AUTO, "day_out_of_range", ("2026.02.29.", "29", "02", "2026")),
        ("02/31/2026", D.MDY, "day_out_of_range", ("02/31/2026", "31", "02", "2026")),
        ("01.13.2026", D.DMY, "month_out_of_range", ("01.13.2026", "13")),
        ("2026-00-10", D.DMY, "month_out_of_range", ("2026-00-10", "0")),
        ("13/13/2026", D.AUTO, "month_out_of_range", ("13/13/2026", "13")),
        # Ambiguous order without a language or option: both readings shown.
        ("01/03/2026", D.AUTO, "ambiguous_order", ("01/03/2026", "2026-03-01", "2026-01-03")),
        ("01-03-2026", D.YMD, "ambiguous_order", ("01-03-2026", "2026-03-01", "2026-01-03")),
        # Not dates at all.
        ("1 March 2026", D.DMY, "not_a_date", ("1 March 2026",)),
        ("01.03-2026", D.DMY, "not_a_date", ("01.03-2026",)),
        ("2026-060", D.DMY, "not_a_date", ("2026-060",)),
        ("1.3.202", D.DMY, "not_a_date", ("1.3.202",)),
        ("tomorrow", D.DMY, "not_a_date", ("tomorrow",)),
    ],
)
def test_dates_refused(text: str, order: DateOrder, code: str, params: tuple[str, ...]) -> None:
    with pytest.raises(DateReadError) as caught:
        read_date(text, order)
    problem = caught.value.problem
    assert (problem.code, problem.params) == (code, params)
    assert text.strip() in str(caught.value)
    assert problem.for_field("first_injection").code == code


def test_blank_is_no_date() -> None:
    assert read_date("", D.DMY) is None
    assert read_date("   ", D.AUTO) is None


def test_order_follows_language_unless_given() -> None:
    assert order_for("hu") is D.DMY
    assert order_for("EN") is D.DMY
    assert order_for("xx") is D.AUTO
    assert order_for("fr", D.MDY) is D.MDY


@pytest.mark.parametrize(
    ("serial", "epoch_1904", "expected"),
    [
        (1, False, datetime(1900, 1, 1)),
        (59, False, datetime(1900, 2, 28)),
        (61, False, datetime(1900, 3, 1)),
        (46082, False, datetime(2026, 3, 1)),
        (46082.5, False, datetime(2026, 3, 1, 12)),
        (44620, True, datetime(2026, 3, 1)),
    ],
)
def test_spreadsheet_serials(serial: float, epoch_1904: bool, expected: datetime) -> None:
    assert from_serial(serial, epoch_1904) == expected


def test_serials_out_of_range_are_refused() -> None:
    with pytest.raises(DateReadError):
        from_serial(-5)


def test_field_table_is_the_one_vocabulary() -> None:
    assert [f.key for f in FIELDS][:2] == ["patient_name", "prescriber"]
    assert FIELD_MAX_LENGTH["patient_name"] == FIELD_BY_KEY["patient_name"].max_length
    assert FIELD_LABELS["clinic"] == "clinic or pharmacy"
    assert FIELD_BY_KEY["first_injection"].parse("2026.03.01.") == MARCH_1
    assert FIELD_BY_KEY["clinic"].parse("  Café   Nord ") == "Café Nord"
    assert FIELD_BY_KEY["clinic"].label_key == "field_clinic"
