"""File names for one-file-per-patient output, from a pattern like ``{row:04d}-{first_injection}``.

The default names a file by its row and date only: a patient's name reaches a file name
(and so folder listings, backups and recent-file lists) only when the pattern asks for it.
Every name is made safe for Windows, macOS and Linux file systems.
"""

from __future__ import annotations

import re
import string
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any

from cardmaker.core.errors import CardmakerError
from cardmaker.core.model import CardRequest

DEFAULT_PATTERN = "{row:04d}-{first_injection}"
PLACEHOLDERS = (
    "row",
    "index",
    "patient_name",
    "first_injection",
    "next_injection",
    "medicine",
    "lang",
    "country",
    "format",
    "clinic",
    "prescriber",
)
MAX_NAME_BYTES = 200  # most file systems allow 255 bytes; leave room for "-2.pdf" and temp names
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = re.compile(r"(?i)(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?")


class NamePatternError(CardmakerError):
    """A ``--name-pattern`` that cannot name files."""


class _Blank:
    """An empty field: formats as nothing whatever the format spec."""

    def __format__(self, spec: str) -> str:
        return ""


@dataclass(frozen=True)
class NamePattern:
    """A checked pattern."""

    text: str

    @classmethod
    def parse(cls, text: str) -> NamePattern:
        """Check the placeholders and their formats on a sample card."""
        try:
            fields = [f for _, f, _, _ in string.Formatter().parse(text) if f is not None]
        except ValueError as exc:
            raise NamePatternError(f"--name-pattern {text!r}: {exc}") from None
        unknown = [f for f in fields if f not in PLACEHOLDERS]
        if unknown:
            raise NamePatternError(
                f"--name-pattern: unknown placeholder {{{unknown[0]}}}; "
                f"use {', '.join('{' + p + '}' for p in PLACEHOLDERS)}"
            )
        pattern = cls(text)
        sample = CardRequest("m", "en", "IE", "Name", first_injection=date(2026, 1, 1))
        try:
            pattern.stem(sample, row=1, index=1)
        except (ValueError, TypeError) as exc:
            raise NamePatternError(f"--name-pattern {text!r}: {exc}") from None
        return pattern

    @property
    def uses_patient_name(self) -> bool:
        """True when file names will carry the patient's name."""
        return "{patient_name" in self.text

    def stem(self, request: CardRequest, row: int, index: int) -> str:
        """The safe file name without extension for one card."""
        values: dict[str, Any] = {
            "row": row,
            "index": index,
            "patient_name": request.patient_name,
            "first_injection": request.first_injection or _Blank(),
            "next_injection": request.effective_next_injection or _Blank(),
            "medicine": request.medicine,
            "lang": request.language,
            "country": request.country,
            "format": request.card_format.value,
            "clinic": request.clinic,
            "prescriber": request.prescriber,
        }
        return safe_stem(self.text.format(**values), fallback=f"{row:04d}")


def safe_stem(text: str, fallback: str) -> str:
    """``text`` as a file name on every common file system (without extension)."""
    text = unicodedata.normalize("NFC", text)
    text = _FORBIDDEN.sub("_", text)
    text = re.sub(r"\s+", " ", text)
    # Separators left dangling by empty fields ("0007-" when there is no date).
    text = text.strip(" .-_")
    if _RESERVED.fullmatch(text):
        text = f"_{text}"
    encoded = text.encode("utf-8")
    if len(encoded) > MAX_NAME_BYTES:
        text = encoded[:MAX_NAME_BYTES].decode("utf-8", errors="ignore").rstrip(" .-_")
    return text or fallback


class UniqueNames:
    """Hands out each name once per run: a second card named alike gets '-2', '-3', ..."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def claim(self, stem: str) -> str:
        """A stem not yet used in this run (compared without case, as Windows and macOS do)."""
        candidate, number = stem, 1
        while candidate.casefold() in self._taken:
            number += 1
            candidate = f"{stem}-{number}"
        self._taken.add(candidate.casefold())
        return candidate
