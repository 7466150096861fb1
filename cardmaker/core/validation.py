"""Checking a card request: every problem at once, each naming its field and why."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container
from dataclasses import replace
from datetime import date

from cardmaker.core.dates import add_months
from cardmaker.core.errors import (
    Problem,
    UnknownLanguageError,
    UnknownMedicineError,
    describe_character,
)
from cardmaker.core.library import CardLibrary
from cardmaker.core.model import FIELD_MAX_LENGTH, TEXT_FIELDS, CardRequest

# Human names of fields, for messages.
FIELD_LABELS: dict[str, str] = {
    "patient_name": "patient name",
    "prescriber": "prescriber",
    "prescriber_phone": "prescriber phone",
    "clinic": "clinic or pharmacy",
    "first_injection": "first injection",
    "next_injection": "next injection",
    "medicine": "medicine",
    "language": "card language",
    "country": "country",
    "card_format": "format",
}

MAX_MONTHS_TO_NEXT = 7
_PHONE_CHARS = re.compile(r"^\+?[0-9 ()./-]+$")
_MIN_PHONE_DIGITS, _MAX_PHONE_DIGITS = 5, 15
_EARLIEST, _LATEST = date(2000, 1, 1), date(2100, 12, 31)


def clean_request(request: CardRequest) -> CardRequest:
    """Normalise the free-text fields: NFC form, no outer or repeated spaces."""

    def tidy(value: str) -> str:
        return re.sub(" {2,}", " ", unicodedata.normalize("NFC", value)).strip()

    return replace(
        request,
        patient_name=tidy(request.patient_name),
        prescriber=tidy(request.prescriber),
        prescriber_phone=tidy(request.prescriber_phone),
        clinic=tidy(request.clinic),
    )


def validate(
    request: CardRequest, library: CardLibrary, printable: Container[int]
) -> list[Problem]:
    """Every problem with ``request``; an empty list means it can be printed."""
    problems: list[Problem] = []
    problems += _check_choices(request, library)
    if not request.patient_name.strip():
        problems.append(Problem("patient_name", "is required"))
    elif not any(unicodedata.category(c)[0] in "LN" for c in request.patient_name):
        # Combining marks or punctuation alone would print a blank-looking name.
        problems.append(Problem("patient_name", "has no letters"))
    for name in TEXT_FIELDS:
        problems += _check_text(name, str(getattr(request, name)), printable)
    if request.prescriber_phone.strip():
        problems += _check_phone(request.prescriber_phone)
    problems += _check_dates(request)
    return problems


def _check_choices(request: CardRequest, library: CardLibrary) -> list[Problem]:
    problems = []
    try:
        library.catalogue.get(request.medicine)
    except UnknownMedicineError as exc:
        problems.append(Problem("medicine", str(exc)))
    try:
        library.content.get(request.language)
    except UnknownLanguageError as exc:
        problems.append(Problem("language", str(exc)))
    if request.country not in library.reporting:
        known = ", ".join(sorted(library.reporting))
        problems.append(Problem("country", f"unknown country '{request.country}'; known: {known}"))
    return problems


def _check_text(name: str, value: str, printable: Container[int]) -> list[Problem]:
    problems = []
    controls = sorted({c for c in value if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp")})
    if controls:
        listed = ", ".join(describe_character(c) for c in controls)
        problems.append(Problem(name, f"contains control characters: {listed}"))
    unprintable = sorted(
        {c for c in value if c not in controls and c != " " and ord(c) not in printable}
    )
    if unprintable:
        listed = ", ".join(describe_character(c) for c in unprintable)
        problems.append(Problem(name, f"the card font cannot print {listed}"))
    limit = FIELD_MAX_LENGTH[name]
    if len(value) > limit:
        problems.append(
            Problem(name, f"is {len(value)} characters long; the card holds at most {limit}")
        )
    return problems


def _check_phone(phone: str) -> list[Problem]:
    digits = sum(c.isdigit() for c in phone)
    if not _PHONE_CHARS.match(phone.strip()):
        bad = sorted({c for c in phone if not (c.isdigit() or c in " ()./-+")})
        detail = f" (not allowed: {' '.join(bad)})" if bad else " ('+' only at the start)"
        return [Problem("prescriber_phone", f"is not a phone number{detail}")]
    if not _MIN_PHONE_DIGITS <= digits <= _MAX_PHONE_DIGITS:
        return [
            Problem(
                "prescriber_phone",
                f"is not a phone number: has {digits} digits, "
                f"expected {_MIN_PHONE_DIGITS} to {_MAX_PHONE_DIGITS}",
            )
        ]
    return []


def _check_dates(request: CardRequest) -> list[Problem]:
    problems = []
    first, nxt = request.first_injection, request.next_injection
    for name, value in (("first_injection", first), ("next_injection", nxt)):
        if value is not None and not _EARLIEST <= value <= _LATEST:
            problems.append(Problem(name, f"{value.isoformat()} is not a plausible date"))
    if first is not None and nxt is not None:
        if nxt <= first:
            problems.append(
                Problem(
                    "next_injection",
                    f"{nxt.isoformat()} is not after the first injection ({first.isoformat()})",
                )
            )
        elif nxt > add_months(first, MAX_MONTHS_TO_NEXT):
            problems.append(
                Problem(
                    "next_injection",
                    f"{nxt.isoformat()} is more than {MAX_MONTHS_TO_NEXT} months after the "
                    f"first injection ({first.isoformat()}); injections are every 6 months",
                )
            )
    return problems
