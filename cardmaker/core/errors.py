"""One root exception with typed subclasses; each carries what a person needs to act."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


class CardmakerError(Exception):
    """Root of every error the program raises on purpose."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: which field (or key) and why.

    ``reason`` is the English wording; ``code`` and ``params`` say the same as data, so a
    front end can word it in its own language (``params`` fill ``%1``, ``%2``... in order).
    """

    field: str
    reason: str
    code: str = ""
    params: tuple[str, ...] = ()

    def __str__(self) -> str:
        return f"{self.field}: {self.reason}"


class InvalidRequestError(CardmakerError):
    """A card request failed validation; holds every problem at once."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(str(p) for p in self.problems))


class TextOverflowError(CardmakerError):
    """Card text does not fit its panel even at the smallest allowed size."""

    def __init__(self, panel: str, language: str, detail: str = "", field: str = "") -> None:
        self.panel = panel
        self.language = language
        self.detail = detail
        # The patient field that does not fit its line, when that is the cause.
        self.field = field
        message = f"text does not fit the {panel} panel in language '{language}'"
        super().__init__(f"{message}: {detail}" if detail else message)


class UnknownMedicineError(CardmakerError):
    """No medicine with that identifier in the catalogue."""

    def __init__(self, medicine: str, known: Sequence[str]) -> None:
        self.medicine = medicine
        super().__init__(f"unknown medicine '{medicine}'; known: {', '.join(known)}")


class UnknownLanguageError(CardmakerError):
    """No card text for that language."""

    def __init__(self, language: str, known: Sequence[str]) -> None:
        self.language = language
        super().__init__(f"no card text for language '{language}'; available: {', '.join(known)}")


class UnsafeLinkError(CardmakerError):
    """A QR or printed link is outside the regulator allow-list or carries extra data."""

    def __init__(self, url: str, reason: str) -> None:
        self.url = url
        super().__init__(f"refused link {url!r}: {reason}")


class DataFileError(CardmakerError):
    """A data file (catalogue, reporting table, card text) is malformed; problems by key."""

    def __init__(self, path: str, problems: Sequence[Problem]) -> None:
        self.path = path
        self.problems = tuple(problems)
        listed = "; ".join(str(p) for p in self.problems)
        super().__init__(f"{path}: {listed}")


class UnreadableInputError(CardmakerError):
    """An input file cannot be read at all."""


def describe_character(char: str) -> str:
    """Name a character findably: 'U+4E2D 中 (CJK UNIFIED IDEOGRAPH-4E2D)'."""
    import unicodedata

    name = unicodedata.name(char, "unnamed character")
    shown = char if char.isprintable() else ""
    return f"U+{ord(char):04X} {shown} ({name})".replace("  ", " ")
