"""Problems found by the core, worded for the interface language.

The core gives each validation problem a code and its parameters besides the English
wording; the wordings below say it again through Qt's translations, with dates in the
interface's format. A problem without a known code is shown as the core wrote it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from cardmaker.core.datereader import DateProblem
from cardmaker.core.errors import Problem, TextOverflowError
from cardmaker.core.validation import fill_placeholders
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


# The interface's wording of each validation problem code (see core.validation.MESSAGES),
# and which parameters are ISO dates to show in the interface's date format.
_WORDING: dict[str, tuple[str, tuple[int, ...]]] = {
    "required": (str(QT_TRANSLATE_NOOP("ProblemText", "Required.")), ()),
    "not_on_blank": (
        str(QT_TRANSLATE_NOOP("ProblemText", "Written by hand on a blank card; leave it empty.")),
        (),
    ),
    "no_letters": (str(QT_TRANSLATE_NOOP("ProblemText", "Has no letters.")), ()),
    "too_wide": (
        str(
            QT_TRANSLATE_NOOP(
                "ProblemText", "Too wide for the card: shorten it, for example with initials."
            )
        ),
        (),
    ),
    "control_characters": (
        str(QT_TRANSLATE_NOOP("ProblemText", "Contains control characters: %1.")),
        (),
    ),
    "unprintable": (str(QT_TRANSLATE_NOOP("ProblemText", "The card font cannot print %1.")), ()),
    "too_long": (
        str(
            QT_TRANSLATE_NOOP("ProblemText", "Too long: %1 characters; the card holds at most %2.")
        ),
        (),
    ),
    "phone_characters": (
        str(QT_TRANSLATE_NOOP("ProblemText", "Not a phone number (not allowed: %1).")),
        (),
    ),
    "phone_plus": (
        str(
            QT_TRANSLATE_NOOP(
                "ProblemText", "Not a phone number: '+' is allowed only at the start."
            )
        ),
        (),
    ),
    "phone_digits": (
        str(
            QT_TRANSLATE_NOOP(
                "ProblemText", "Not a phone number: it has %1 digits, expected %2 to %3."
            )
        ),
        (),
    ),
    "implausible_date": (
        str(QT_TRANSLATE_NOOP("ProblemText", "%1 is not a plausible date.")),
        (1,),
    ),
    "not_after_first": (
        str(QT_TRANSLATE_NOOP("ProblemText", "%1 is not after the first injection (%2).")),
        (1, 2),
    ),
    "too_late": (
        str(
            QT_TRANSLATE_NOOP(
                "ProblemText",
                "%1 is more than %2 months after the first injection (%3); "
                "injections are every 6 months.",
            )
        ),
        (1, 3),
    ),
}


# Lists whose only problem can be a value not among their items (empty on a first start).
_CHOICE_FIELDS = frozenset({"medicine", "language", "country"})


def describe_reason(problem: Problem) -> str:
    """The problem's reason in the interface language (as the core wrote it if unknown)."""
    if not problem.code and problem.field in _CHOICE_FIELDS:
        return _tr(str(QT_TRANSLATE_NOOP("ProblemText", "Choose one from the list.")))
    wording = _WORDING.get(problem.code)
    if wording is None:
        return problem.reason
    template, dates = wording
    texts = tuple(
        local_date(text) if index in dates else text
        for index, text in enumerate(problem.params, start=1)
    )
    return fill_placeholders(_tr(template), texts)


def describe_date_problem(problem: DateProblem, example: str) -> str:
    """What is wrong with a typed date, in the interface language.

    ``example`` is a date in the form the field expects, offered when the text is no date.
    """
    params = problem.params
    if problem.code == "day_out_of_range":
        day, month, year = int(params[1]), int(params[2]), params[3]
        return (
            _tr(str(QT_TRANSLATE_NOOP("ProblemText", "%1 %2 %3 does not exist.")))
            .replace("%1", str(day))
            .replace("%2", QLocale().monthName(month, QLocale.FormatType.LongFormat))
            .replace("%3", year)
        )
    if problem.code == "month_out_of_range":
        text = _tr(str(QT_TRANSLATE_NOOP("ProblemText", "There is no month %1.")))
        return text.replace("%1", params[1])
    if problem.code == "two_digit_year":
        text = _tr(str(QT_TRANSLATE_NOOP("ProblemText", "Two-digit year: write %1.")))
        return text.replace("%1", params[2])
    if problem.code == "iso_week":
        text = _tr(
            str(
                QT_TRANSLATE_NOOP("ProblemText", "A week number, not a day: type the day, like %1.")
            )
        )
        return text.replace("%1", example)
    if problem.code == "eight_digit_run":
        text = _tr(str(QT_TRANSLATE_NOOP("ProblemText", "No separators: type the date like %1.")))
        return text.replace("%1", example)
    if problem.code == "year_out_of_range":
        text = _tr(str(QT_TRANSLATE_NOOP("ProblemText", "The year %1 is not possible.")))
        return text.replace("%1", params[1])
    text = _tr(
        str(
            QT_TRANSLATE_NOOP(
                "ProblemText", "Not a date. Type it like %1 or pick it from the calendar."
            )
        )
    )
    return text.replace("%1", example)


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
