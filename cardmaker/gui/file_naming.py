"""The file name Save suggests: a pattern of card facts, the patient's name only if allowed."""

from __future__ import annotations

import re
import string
from datetime import date

from cardmaker.core.model import CardRequest
from cardmaker.core.settings import DEFAULT_FILE_NAME_PATTERN, FILE_NAME_PLACEHOLDERS

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_REPEATED_SEPARATORS = re.compile(r"([-_ ])[-_ ]+")
FALLBACK_STEM = "onj-card"


def pattern_placeholders(pattern: str) -> set[str]:
    """Names used in ``{...}``; raises ValueError for unbalanced braces or positional ones."""
    names = {name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None}
    if "" in names or any(name.isdigit() for name in names):
        raise ValueError("empty or numbered placeholder")
    return names


def unknown_placeholders(pattern: str) -> list[str] | None:
    """Placeholders the pattern may not use; None when the braces are broken."""
    try:
        names = pattern_placeholders(pattern)
    except ValueError:
        return None
    return sorted(names - set(FILE_NAME_PLACEHOLDERS))


def suggested_file_name(
    pattern: str, request: CardRequest, patient_name_allowed: bool, today: date
) -> str:
    """A safe ``.pdf`` file name; ``{patient}`` is left empty unless the user allowed it."""
    if patient_name_allowed and "{patient}" not in pattern:
        pattern = f"{pattern}-{{patient}}"
    values = {
        "medicine": request.medicine,
        "language": request.language,
        "country": request.country,
        "format": request.card_format.value,
        "date": today.isoformat(),
        "patient": request.patient_name.strip() if patient_name_allowed else "",
    }
    if unknown_placeholders(pattern) != []:
        pattern = DEFAULT_FILE_NAME_PATTERN
    stem = _UNSAFE.sub("-", pattern.format(**values))
    stem = _REPEATED_SEPARATORS.sub(r"\1", stem).strip(" -_.")
    return f"{stem or FALLBACK_STEM}.pdf"
