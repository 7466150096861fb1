from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from cardmaker.core.dates import add_months, default_next_injection
from cardmaker.core.errors import Problem
from cardmaker.core.library import CardLibrary
from cardmaker.core.model import FIELD_MAX_LENGTH, CardRequest
from cardmaker.core.validation import clean_request, validate
from cardmaker.render.fonts import printable_codepoints


def problems_of(request: CardRequest, library: CardLibrary) -> list[Problem]:
    return validate(clean_request(request), library, printable_codepoints())


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        (date(2026, 8, 31), date(2027, 2, 28)),
        (date(2027, 8, 31), date(2028, 2, 29)),  # leap year
        (date(2026, 1, 15), date(2026, 7, 15)),
        (date(2026, 12, 31), date(2027, 6, 30)),
        (date(2026, 7, 1), date(2027, 1, 1)),
    ],
)
def test_next_injection_is_six_months_later_clamped_at_month_end(
    start: date, expected: date
) -> None:
    assert default_next_injection(start) == expected
    request = CardRequest("kefdensis", "en", "IE", "A", first_injection=start)
    assert request.effective_next_injection == expected
    assert request.next_injection_is_automatic


def test_add_months_crosses_years() -> None:
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)


def test_frozen_request() -> None:
    request = CardRequest("kefdensis", "en", "IE", "A")
    with pytest.raises(AttributeError):
        request.patient_name = "B"  # type: ignore[misc]


def test_valid_request_has_no_problems(sample_request: CardRequest, library: CardLibrary) -> None:
    assert problems_of(sample_request, library) == []


def test_every_problem_is_reported_at_once(
    sample_request: CardRequest, library: CardLibrary
) -> None:
    bad = replace(
        sample_request,
        patient_name="  ",
        prescriber="Dr\tWho",
        prescriber_phone="call me",
        clinic="诊所 clinic 😀",
        first_injection=date(2026, 3, 1),
        next_injection=date(2026, 2, 1),
        medicine="aspirin",
        language="xx",
        country="ZZ",
    )
    found = {(p.field, p.reason.split(" ")[0]) for p in problems_of(bad, library)}
    fields = {f for f, _ in found}
    assert fields == {
        "patient_name",
        "prescriber",
        "prescriber_phone",
        "clinic",
        "next_injection",
        "medicine",
        "language",
        "country",
    }


def test_unprintable_characters_are_listed(
    sample_request: CardRequest, library: CardLibrary
) -> None:
    problems = problems_of(replace(sample_request, patient_name="王小明 😀"), library)
    (problem,) = problems
    assert problem.field == "patient_name"
    assert "U+738B" in problem.reason and "U+1F600" in problem.reason
    assert "cannot print" in problem.reason


def test_control_characters_are_named(sample_request: CardRequest, library: CardLibrary) -> None:
    (problem,) = problems_of(replace(sample_request, clinic="A\x07B"), library)
    assert problem.field == "clinic"
    assert "U+0007" in problem.reason


def test_next_injection_more_than_seven_months_after_first(
    sample_request: CardRequest, library: CardLibrary
) -> None:
    request = replace(
        sample_request, first_injection=date(2026, 1, 10), next_injection=date(2026, 8, 11)
    )
    (problem,) = problems_of(request, library)
    assert problem.field == "next_injection"
    assert "7 months" in problem.reason
    ok = replace(request, next_injection=date(2026, 8, 10))
    assert problems_of(ok, library) == []


@pytest.mark.parametrize(
    "phone", ["+353 1 234 5678", "(01) 234-5678", "089/1234567", "01.23.45.67.89"]
)
def test_phone_numbers_accepted(
    phone: str, sample_request: CardRequest, library: CardLibrary
) -> None:
    assert problems_of(replace(sample_request, prescriber_phone=phone), library) == []


@pytest.mark.parametrize("phone", ["1234", "12+34567", "tel 12345", "1" * 16])
def test_phone_numbers_rejected(
    phone: str, sample_request: CardRequest, library: CardLibrary
) -> None:
    (problem,) = problems_of(replace(sample_request, prescriber_phone=phone), library)
    assert problem.field == "prescriber_phone"
    assert "not a phone number" in problem.reason


def test_too_long_text_names_the_limit(sample_request: CardRequest, library: CardLibrary) -> None:
    limit = FIELD_MAX_LENGTH["patient_name"]
    (problem,) = problems_of(replace(sample_request, patient_name="A" * (limit + 1)), library)
    assert problem.field == "patient_name"
    assert str(limit) in problem.reason


def test_clean_request_normalises_spaces_and_forms(sample_request: CardRequest) -> None:
    decomposed = "Mu\u0308ller"  # u + combining diaeresis
    cleaned = clean_request(replace(sample_request, patient_name=f"  Anna   {decomposed} "))
    assert cleaned.patient_name == "Anna Müller"
