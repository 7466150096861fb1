"""The card's fields, defined once: key, names, sanity maximum and how a value is read.

The desktop form, the command line, the batch (its headings, rows and report) and
validation all take their fields from ``FIELDS``. ``max_length`` is a sanity maximum
against pasted paragraphs, not the rule that the text fits its line (that one is the
renderer's); ``label_key`` is the key of the field's printed label in the card texts.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from cardmaker.core.datereader import DateOrder, read_date


class FieldKind(StrEnum):
    """How a field's value is written and read."""

    TEXT = "text"
    PHONE = "phone"
    DATE = "date"


@dataclass(frozen=True)
class FieldSpec:
    """One patient field of the card."""

    key: str
    label: str  # English name for messages (the interface translates its own)
    kind: FieldKind
    max_length: int | None = None

    @property
    def label_key(self) -> str:
        """The key of the printed label in a card text (``translations/card/*.toml``)."""
        return f"field_{self.key}"

    def parse(self, text: str, order: DateOrder = DateOrder.AUTO) -> str | date | None:
        """The value written as ``text``: tidy text, or a date (``None`` if blank).

        Raises ``DateReadError`` for a date field whose text is not a date.
        """
        if self.kind is FieldKind.DATE:
            return read_date(text, order)
        return tidy_text(text)


def tidy_text(value: str) -> str:
    """NFC form, without outer or repeated spaces."""
    return re.sub(" {2,}", " ", unicodedata.normalize("NFC", value)).strip()


# In the order they appear on the card.
FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("patient_name", "patient name", FieldKind.TEXT, 120),
    FieldSpec("prescriber", "prescriber", FieldKind.TEXT, 120),
    FieldSpec("prescriber_phone", "prescriber phone", FieldKind.PHONE, 40),
    FieldSpec("clinic", "clinic or pharmacy", FieldKind.TEXT, 120),
    FieldSpec("first_injection", "first injection", FieldKind.DATE),
    FieldSpec("next_injection", "next injection", FieldKind.DATE),
)
FIELD_BY_KEY: dict[str, FieldSpec] = {spec.key: spec for spec in FIELDS}

# Views of the table for the places that need only one column of it.
FIELD_ORDER: tuple[str, ...] = tuple(spec.key for spec in FIELDS)
TEXT_FIELDS: tuple[str, ...] = tuple(s.key for s in FIELDS if s.kind is not FieldKind.DATE)
DATE_FIELDS: tuple[str, ...] = tuple(s.key for s in FIELDS if s.kind is FieldKind.DATE)
FIELD_MAX_LENGTH: dict[str, int] = {s.key: s.max_length for s in FIELDS if s.max_length is not None}

# The request's other choices, named for messages.
CHOICE_LABELS: dict[str, str] = {
    "medicine": "medicine",
    "language": "card language",
    "country": "country",
    "card_format": "format",
}
FIELD_LABELS: dict[str, str] = {**{s.key: s.label for s in FIELDS}, **CHOICE_LABELS}
