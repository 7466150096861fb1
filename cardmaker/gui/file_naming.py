"""The file name Save suggests: the core name-pattern engine, the patient's name only if allowed."""

from __future__ import annotations

from datetime import date

from cardmaker.core.model import CardRequest
from cardmaker.core.naming import ALIASES, PLACEHOLDERS, NamePattern, NamePatternError
from cardmaker.core.settings import DEFAULT_FILE_NAME_PATTERN

FALLBACK_STEM = "onj-card"


def pattern_problem(pattern: str) -> NamePatternError | None:
    """What is wrong with a pattern (the same check as ``--name-pattern``), or None."""
    try:
        NamePattern.parse(pattern)
    except NamePatternError as exc:
        return exc
    return None


def unknown_placeholders(pattern: str) -> list[str] | None:
    """Placeholders the pattern may not use; None when the braces are broken."""
    import string

    try:
        names = {n for _, n, _, _ in string.Formatter().parse(pattern) if n is not None}
    except ValueError:
        return None
    return sorted(n for n in names if n not in PLACEHOLDERS and n not in ALIASES)


def suggested_file_name(
    pattern: str, request: CardRequest, patient_name_allowed: bool, today: date
) -> str:
    """A safe ``.pdf`` file name; the patient's name is left empty unless the user allowed it."""
    if pattern_problem(pattern) is not None:
        pattern = DEFAULT_FILE_NAME_PATTERN
    checked = NamePattern.parse(pattern)
    if patient_name_allowed and not checked.uses_patient_name:
        checked = NamePattern.parse(f"{pattern}-{{patient_name}}")
    stem = checked.stem(
        request, today=today, patient_allowed=patient_name_allowed, fallback=FALLBACK_STEM
    )
    return f"{stem}.pdf"
