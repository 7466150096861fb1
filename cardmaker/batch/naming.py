"""File names for one-file-per-patient output: the core pattern engine, and unique names.

The pattern engine (placeholders, formats, safe names) is ``cardmaker.core.naming``, shared
with the desktop; the batch adds only that no two cards of a run get the same name.
"""

from __future__ import annotations

from cardmaker.core.naming import (
    PLACEHOLDERS,
    NamePattern,
    NamePatternError,
    safe_stem,
)

DEFAULT_PATTERN = "{row:04d}-{first_injection}"

__all__ = [
    "DEFAULT_PATTERN",
    "PLACEHOLDERS",
    "NamePattern",
    "NamePatternError",
    "UniqueNames",
    "safe_stem",
]


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
