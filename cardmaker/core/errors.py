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


# The English wording of each output problem by code; %1 is always the path as the user gave it.
OUTPUT_MESSAGES: dict[str, str] = {
    "output_is_input": "%1 is the input file; choose another name for the output",
    "report_is_input": "%1 would be the report, but it is the input file; choose another output",
    "output_is_folder": "%1 is a folder, not a file",
    "output_not_folder": "%1 is not a folder",
    "output_is_special": "%1 is a %2, not a regular file; nothing was written to it",
    "output_is_symlink": "%1 is a symbolic link; write to the file it points to, or remove it",
    "output_exists": "%1 exists (use --overwrite to replace it)",
    "output_no_folder": "the folder of %1 does not exist",
    "output_failed": "cannot write %1: %2",
    "output_busy": "another cardmaker run is writing into %1; wait until it has finished",
}


class OutputError(CardmakerError, OSError):
    """An output cannot be written where asked; names the path as the user gave it.

    ``code`` selects the wording (``OUTPUT_MESSAGES``); ``errno`` is set for system errors
    (``errno.ENOSPC`` for a full disk). Pickles by its arguments, so it crosses processes.
    An ``OSError`` too, so that code catching file errors catches it.
    """

    def __init__(self, code: str, path: str, detail: str = "", errno: int = 0) -> None:
        self.code = code
        self.path = str(path)
        self.detail = detail
        super().__init__(code, self.path, detail, errno)
        self.errno = errno
        # What OSError handlers show after the path: the system's words, or ours.
        self.strerror = detail if code == "output_failed" and detail else str(self)

    def __reduce__(self) -> tuple[type[OutputError], tuple[str, str, str, int]]:
        return (type(self), (self.code, self.path, self.detail, self.errno or 0))

    @property
    def params(self) -> tuple[str, ...]:
        """The message's parameters: the path, then the detail."""
        return (self.path, self.detail) if self.detail else (self.path,)

    def __str__(self) -> str:
        text = OUTPUT_MESSAGES[self.code].replace("%1", self.path)
        return text.replace("%2", self.detail)


def escape_controls(text: str) -> str:
    r"""``text`` made safe for a terminal or a spreadsheet cell.

    Control characters, escape sequences and direction overrides from a user's file are
    shown as ``\x1b``, ``\u202e``: seen, never acted on (a window title, a cleared screen).
    """
    import unicodedata

    out = []
    for char in text:
        if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp"):
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)
