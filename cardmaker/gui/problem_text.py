"""Problems found by the core, worded for the interface language.

The core words its problems in English with the values filled in; the patterns below
recognise the known ones and say them again through Qt's translations, with dates in
the interface's format. Anything unrecognised is shown as the core wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from cardmaker.core.errors import Problem, TextOverflowError
from cardmaker.gui.date_text import four_digit_year

_CONTEXT = "ProblemText"

FIELD_NAMES: dict[str, str] = {
    "patient_name": str(QT_TRANSLATE_NOOP("ProblemText", "Patient name")),
    "prescriber": str(QT_TRANSLATE_NOOP("ProblemText", "Prescriber")),
    "prescriber_phone": str(QT_TRANSLATE_NOOP("ProblemText", "Prescriber's phone")),
    "clinic": str(QT_TRANSLATE_NOOP("ProblemText", "Clinic or pharmacy")),
    "first_injection": str(QT_TRANSLATE_NOOP("ProblemText", "First injection")),
    "next_injection": str(QT_TRANSLATE_NOOP("ProblemText", "Next injection")),
    "medicine": str(QT_TRANSLATE_NOOP("ProblemText", "Medicine")),
    "language": str(QT_TRANSLATE_NOOP("ProblemText", "Card language")),
    "country": str(QT_TRANSLATE_NOOP("ProblemText", "Country")),
    "card_format": str(QT_TRANSLATE_NOOP("ProblemText", "Format")),
}

PANEL_NAMES: dict[str, str] = {
    "cover": str(QT_TRANSLATE_NOOP("ProblemText", "cover")),
    "patient details": str(QT_TRANSLATE_NOOP("ProblemText", "patient details")),
    "advice": str(QT_TRANSLATE_NOOP("ProblemText", "advice")),
    "back": str(QT_TRANSLATE_NOOP("ProblemText", "back")),
    "front": str(QT_TRANSLATE_NOOP("ProblemText", "front")),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def local_date(iso: str) -> str:
    """An ISO date in the interface locale's short format with a four-digit year."""
    try:
        value = date.fromisoformat(iso)
    except ValueError:
        return iso
    locale = QLocale()
    pattern = four_digit_year(locale.dateFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(QDate(value.year, value.month, value.day), pattern)


def field_name(field: str) -> str:
    """The translated name of a request field."""
    source = FIELD_NAMES.get(field)
    return _tr(source) if source else field


def _required(_: re.Match[str]) -> str:
    return QCoreApplication.translate("ProblemText", "Required.")


def _no_letters(_: re.Match[str]) -> str:
    return QCoreApplication.translate("ProblemText", "Has no letters.")


def _controls(m: re.Match[str]) -> str:
    text = QCoreApplication.translate("ProblemText", "Contains control characters: %1.")
    return text.replace("%1", m["chars"])


def _unprintable(m: re.Match[str]) -> str:
    text = QCoreApplication.translate("ProblemText", "The card font cannot print %1.")
    return text.replace("%1", m["chars"])


def _too_long(m: re.Match[str]) -> str:
    text = QCoreApplication.translate(
        "ProblemText", "Too long: %1 characters; the card holds at most %2."
    )
    return text.replace("%1", m["length"]).replace("%2", m["limit"])


def _phone_characters(m: re.Match[str]) -> str:
    text = QCoreApplication.translate("ProblemText", "Not a phone number (not allowed: %1).")
    return text.replace("%1", m["chars"])


def _phone_plus(_: re.Match[str]) -> str:
    return QCoreApplication.translate(
        "ProblemText", "Not a phone number: '+' is allowed only at the start."
    )


def _phone_digits(m: re.Match[str]) -> str:
    text = QCoreApplication.translate(
        "ProblemText", "Not a phone number: it has %1 digits, expected %2 to %3."
    )
    return text.replace("%1", m["digits"]).replace("%2", m["low"]).replace("%3", m["high"])


def _implausible(m: re.Match[str]) -> str:
    text = QCoreApplication.translate("ProblemText", "%1 is not a plausible date.")
    return text.replace("%1", local_date(m["date"]))


def _not_after(m: re.Match[str]) -> str:
    text = QCoreApplication.translate("ProblemText", "%1 is not after the first injection (%2).")
    return text.replace("%1", local_date(m["date"])).replace("%2", local_date(m["first"]))


def _too_late(m: re.Match[str]) -> str:
    text = QCoreApplication.translate(
        "ProblemText",
        "%1 is more than %2 months after the first injection (%3); injections are every 6 months.",
    )
    return (
        text.replace("%1", local_date(m["date"]))
        .replace("%2", m["months"])
        .replace("%3", local_date(m["first"]))
    )


_ISO = r"\d{4}-\d{2}-\d{2}"
_PATTERNS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"is required"), _required),
    (re.compile(r"has no letters"), _no_letters),
    (re.compile(r"contains control characters: (?P<chars>.+)"), _controls),
    (re.compile(r"the card font cannot print (?P<chars>.+)"), _unprintable),
    (
        re.compile(r"is (?P<length>\d+) characters long; the card holds at most (?P<limit>\d+)"),
        _too_long,
    ),
    (re.compile(r"is not a phone number \(not allowed: (?P<chars>.+)\)"), _phone_characters),
    (re.compile(r"is not a phone number \('\+' only at the start\)"), _phone_plus),
    (
        re.compile(
            r"is not a phone number: has (?P<digits>\d+) digits, "
            r"expected (?P<low>\d+) to (?P<high>\d+)"
        ),
        _phone_digits,
    ),
    (re.compile(rf"(?P<date>{_ISO}) is not a plausible date"), _implausible),
    (
        re.compile(rf"(?P<date>{_ISO}) is not after the first injection \((?P<first>{_ISO})\)"),
        _not_after,
    ),
    (
        re.compile(
            rf"(?P<date>{_ISO}) is more than (?P<months>\d+) months after the "
            rf"first injection \((?P<first>{_ISO})\)"
        ),
        _too_late,
    ),
)


def describe_reason(problem: Problem) -> str:
    """The problem's reason in the interface language (as the core wrote it if unknown)."""
    for pattern, words in _PATTERNS:
        match = pattern.fullmatch(problem.reason) or pattern.match(problem.reason)
        if match:
            return words(match)
    return problem.reason


def describe_problem(problem: Problem) -> str:
    """'Field: reason' for the status bar and tooltips."""
    text = QCoreApplication.translate("ProblemText", "%1: %2")
    return text.replace("%1", field_name(problem.field)).replace("%2", describe_reason(problem))


def describe_overflow(error: TextOverflowError, language_name: str) -> str:
    """Text that does not fit, naming the panel and the card language."""
    panel = PANEL_NAMES.get(error.panel)
    text = QCoreApplication.translate(
        "ProblemText",
        "The card text does not fit the %1 panel in %2. Choose the large-print format "
        "or load shorter approved text.",
    )
    return text.replace("%1", _tr(panel) if panel else error.panel).replace("%2", language_name)
