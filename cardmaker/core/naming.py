"""File names from a pattern of card facts, one engine for the command line and the desktop.

A pattern such as ``{row:04d}-{first_injection}`` or ``onj-card-{medicine}-{language}-{date}``
names a card's PDF. Both front ends accept the same placeholders and the same formats,
and a pattern is checked whole before any card is made: unknown placeholders, attribute
lookups, conversions and format specifications other than the few listed are refused
(a width of 300,000,000 would otherwise run for minutes). Every name is made safe for
Windows, macOS and Linux file systems. The patient's name reaches a file name (and so
folder listings, backups and recent-file lists) only when the pattern asks for it and,
on the desktop, when the clinic allowed it.
"""

from __future__ import annotations

import re
import string
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar

from cardmaker.core.errors import CardmakerError
from cardmaker.core.model import CardRequest

# Placeholders and what their format may be: a number's width, a date's strftime
# parts, a text's maximum length.
_NUMBER, _DATE, _TEXT = "number", "date", "text"
PLACEHOLDERS: dict[str, str] = {
    "row": _NUMBER,
    "index": _NUMBER,
    "patient_name": _TEXT,
    "first_injection": _DATE,
    "next_injection": _DATE,
    "date": _DATE,
    "medicine": _TEXT,
    "language": _TEXT,
    "country": _TEXT,
    "format": _TEXT,
    "clinic": _TEXT,
    "prescriber": _TEXT,
}
# Other spellings accepted for the same placeholders.
ALIASES: dict[str, str] = {"lang": "language", "patient": "patient_name"}
_SPECS: dict[str, re.Pattern[str]] = {
    _NUMBER: re.compile(r"0?[1-9]?d?"),  # {row:04d}: at most 9 digits wide
    _DATE: re.compile(r"(%[Ymdy]|[-_. ])*"),  # {first_injection:%d.%m.%Y}
    _TEXT: re.compile(r"(\.[1-9][0-9]?)?"),  # {patient_name:.20}: at most 99 characters
}
MAX_NAME_BYTES = 200  # most file systems allow 255 bytes; leave room for "-2.pdf" and temp names
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = re.compile(r"(?i)(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?")
_DOUBLED = re.compile(r"([-_])\1+")


class NamePatternError(CardmakerError):
    """A file-name pattern that cannot name files; ``code`` and ``params`` say why."""

    MESSAGES: ClassVar[dict[str, str]] = {
        "pattern_braces": "the braces { } in %1 do not match",
        "pattern_unknown": "unknown placeholder %2 in %1; use %3",
        "pattern_format": "%2 in %1: only %3 is allowed after ':'",
        "pattern_conversion": "%2 in %1: conversions such as !r are not allowed",
    }

    def __init__(self, code: str, pattern: str, *params: str) -> None:
        self.code = code
        self.pattern = pattern
        self.params = (pattern, *params)
        super().__init__(code, pattern, *params)

    def __str__(self) -> str:
        text = self.MESSAGES[self.code]
        return re.sub(r"%(\d)", lambda m: self.params[int(m[1]) - 1], text)


_ALLOWED_FORMAT = {
    _NUMBER: "a width such as 04d",
    _DATE: "a date such as %d.%m.%Y",
    _TEXT: "a length such as .20",
}


def _listed() -> str:
    return ", ".join("{" + name + "}" for name in PLACEHOLDERS)


class _Blank:
    """An empty field: formats as nothing whatever the format."""

    def __format__(self, spec: str) -> str:
        return ""


@dataclass(frozen=True)
class NamePattern:
    """A checked pattern."""

    text: str

    @classmethod
    def parse(cls, text: str) -> NamePattern:
        """Check every placeholder and its format; raises ``NamePatternError``."""
        try:
            parts = list(string.Formatter().parse(text))
        except ValueError:
            raise NamePatternError("pattern_braces", text) from None
        for _, name, spec, conversion in parts:
            if name is None:
                continue
            shown = "{" + name + "}"
            kind = PLACEHOLDERS.get(ALIASES.get(name, name))
            if kind is None:
                raise NamePatternError("pattern_unknown", text, shown, _listed())
            if conversion:
                raise NamePatternError("pattern_conversion", text, shown)
            if spec and not _SPECS[kind].fullmatch(spec):
                raise NamePatternError("pattern_format", text, shown, _ALLOWED_FORMAT[kind])
        return cls(text)

    def placeholders(self) -> set[str]:
        """The placeholders used, by their main spelling."""
        names = {name for _, name, _, _ in string.Formatter().parse(self.text) if name}
        return {ALIASES.get(name, name) for name in names}

    @property
    def uses_patient_name(self) -> bool:
        """True when file names will carry the patient's name."""
        return "patient_name" in self.placeholders()

    def stem(
        self,
        request: CardRequest,
        row: int = 1,
        index: int = 1,
        today: date | None = None,
        patient_allowed: bool = True,
        fallback: str = "",
    ) -> str:
        """The safe file name without extension for one card (``fallback`` if empty)."""
        values: dict[str, Any] = {
            "row": row,
            "index": index,
            "patient_name": request.patient_name.strip() if patient_allowed else "",
            "first_injection": request.first_injection or _Blank(),
            "next_injection": request.effective_next_injection or _Blank(),
            "date": today or date.today(),
            "medicine": request.medicine,
            "language": request.language,
            "country": request.country,
            "format": request.card_format.value,
            "clinic": request.clinic,
            "prescriber": request.prescriber,
        }
        values.update({alias: values[name] for alias, name in ALIASES.items()})
        return safe_stem(self.text.format(**values), fallback=fallback or f"{row:04d}")


def safe_stem(text: str, fallback: str) -> str:
    """``text`` as a file name on every common file system (without extension)."""
    text = unicodedata.normalize("NFC", text)
    text = _FORBIDDEN.sub("_", text)
    text = re.sub(r"\s+", " ", text)
    # Separators doubled or left dangling by empty fields ("card--2026", "0007-").
    text = _DOUBLED.sub(r"\1", text).strip(" .-_")
    if _RESERVED.fullmatch(text):
        text = f"_{text}"
    encoded = text.encode("utf-8")
    if len(encoded) > MAX_NAME_BYTES:
        text = encoded[:MAX_NAME_BYTES].decode("utf-8", errors="ignore").rstrip(" .-_")
    return text or fallback
