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
from cardmaker.core.fields import FIELD_LABELS, FIELD_MAX_LENGTH, TEXT_FIELDS, tidy_text
from cardmaker.core.library import CardLibrary
from cardmaker.core.model import BLANK_CARD_EMPTY_FIELDS, CardRequest

__all__ = ["FIELD_LABELS", "clean_request", "problem", "validate"]

MAX_MONTHS_TO_NEXT = 7

# The English wording of each validation problem by code; %1, %2... are its parameters.
MESSAGES: dict[str, str] = {
    "required": "is required",
    "not_on_blank": "is written by hand on a blank card; leave it empty",
    "no_letters": "has no letters",
    "control_characters": "contains control characters: %1",
    "unprintable": "the card font cannot print %1",
    "too_long": "is %1 characters long; the card holds at most %2",
    "phone_characters": "is not a phone number (not allowed: %1)",
    "phone_plus": "is not a phone number ('+' only at the start)",
    "phone_digits": "is not a phone number: has %1 digits, expected %2 to %3",
    "implausible_date": "%1 is not a plausible date",
    "not_after_first": "%1 is not after the first injection (%2)",
    "too_late": (
        "%1 is more than %2 months after the first injection (%3); injections are every 6 months"
    ),
}


def problem(field: str, code: str, *params: object) -> Problem:
    """A validation problem worded from its code and parameters."""
    texts = tuple(str(p) for p in params)
    reason = fill_placeholders(MESSAGES[code], texts)
    return Problem(field, reason, code, texts)


def fill_placeholders(template: str, texts: tuple[str, ...]) -> str:
    """Put ``texts`` in place of %1, %2...; in one pass, so a value holding '%2' stays as is."""
    return re.sub(r"%(\d+)", lambda m: texts[int(m.group(1)) - 1], template)


_PHONE_CHARS = re.compile(r"^\+?[0-9 ()./-]+$")
_MIN_PHONE_DIGITS, _MAX_PHONE_DIGITS = 5, 15
_EARLIEST, _LATEST = date(2000, 1, 1), date(2100, 12, 31)


def clean_request(request: CardRequest) -> CardRequest:
    """Normalise the free-text fields: NFC form, no outer or repeated spaces."""
    return replace(
        request,
        patient_name=tidy_text(request.patient_name),
        prescriber=tidy_text(request.prescriber),
        prescriber_phone=tidy_text(request.prescriber_phone),
        clinic=tidy_text(request.clinic),
    )


def validate(
    request: CardRequest, library: CardLibrary, printable: Container[int]
) -> list[Problem]:
    """Every problem with ``request``; an empty list means it can be printed."""
    problems: list[Problem] = []
    problems += _check_choices(request, library)
    if request.blank:
        problems += [
            problem(name, "not_on_blank")
            for name in BLANK_CARD_EMPTY_FIELDS
            if getattr(request, name) not in ("", None)
        ]
    elif not request.patient_name.strip():
        problems.append(problem("patient_name", "required"))
    elif not any(unicodedata.category(c)[0] in "LN" for c in request.patient_name):
        # Combining marks or punctuation alone would print a blank-looking name.
        problems.append(problem("patient_name", "no_letters"))
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
        problems.append(problem(name, "control_characters", listed))
    unprintable = sorted(
        {c for c in value if c not in controls and c != " " and ord(c) not in printable}
    )
    if unprintable:
        listed = ", ".join(describe_character(c) for c in unprintable)
        problems.append(problem(name, "unprintable", listed))
    limit = FIELD_MAX_LENGTH[name]
    if len(value) > limit:
        problems.append(problem(name, "too_long", len(value), limit))
    return problems


def _check_phone(phone: str) -> list[Problem]:
    digits = sum(c.isdigit() for c in phone)
    if not _PHONE_CHARS.match(phone.strip()):
        bad = sorted({c for c in phone if not (c.isdigit() or c in " ()./-+")})
        if bad:
            return [problem("prescriber_phone", "phone_characters", " ".join(bad))]
        return [problem("prescriber_phone", "phone_plus")]
    if not _MIN_PHONE_DIGITS <= digits <= _MAX_PHONE_DIGITS:
        return [
            problem(
                "prescriber_phone", "phone_digits", digits, _MIN_PHONE_DIGITS, _MAX_PHONE_DIGITS
            )
        ]
    return []


def _check_dates(request: CardRequest) -> list[Problem]:
    problems = []
    first, nxt = request.first_injection, request.next_injection
    for name, value in (("first_injection", first), ("next_injection", nxt)):
        if value is not None and not _EARLIEST <= value <= _LATEST:
            problems.append(problem(name, "implausible_date", value.isoformat()))
    if first is not None and nxt is not None:
        if nxt <= first:
            problems.append(
                problem("next_injection", "not_after_first", nxt.isoformat(), first.isoformat())
            )
        elif nxt > add_months(first, MAX_MONTHS_TO_NEXT):
            problems.append(
                problem(
                    "next_injection",
                    "too_late",
                    nxt.isoformat(),
                    MAX_MONTHS_TO_NEXT,
                    first.isoformat(),
                )
            )
    return problems
