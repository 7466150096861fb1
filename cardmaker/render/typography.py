"""Where a card line may not break: after abbreviations, and inside the card's name in a title.

The abbreviations are data (``assets/abbreviations.toml``, per card language). The spaces
that must not break become no-break spaces before the text is wrapped; the line breaker
only breaks at ordinary spaces. Web-address breaking is in ``textflow``.
"""

from __future__ import annotations

import re
from functools import cache

from cardmaker.core.resources import asset_path
from cardmaker.core.tomlfile import read_toml

NBSP = "\u00a0"
_SPACES = re.compile(r"[ \u00a0]+")
# The title names the medicine, its substance in brackets, and the card: "Kefdensis ▼
# (denosumab) Patient Reminder Card". The preferred breaks are around the brackets.
_TITLE_PARTS = re.compile(r"^(.*?)\s*(\([^)]*\))\s*(.*)$")


@cache
def abbreviations(language: str) -> tuple[str, ...]:
    """The abbreviations of a card language (and those of every language), longest first."""
    table = read_toml(asset_path("abbreviations.toml"))
    found = [str(a) for a in table.get("all", [])] + [str(a) for a in table.get(language, [])]
    return tuple(sorted(set(found), key=len, reverse=True))


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    words = abbreviations(language)
    if not words:
        return None
    alternatives = "|".join(
        "[ \u00a0]+".join(re.escape(part) for part in _SPACES.split(w)) for w in words
    )
    # Whole words only: not preceded by a letter, followed by a space and more text, or by
    # punctuation ("p. ej., una"): then only the spaces inside the abbreviation are bound.
    return re.compile(rf"(?<!\w)(?:{alternatives})(?: (?=\S)|(?=[^\s\w]))")


def bind_abbreviations(text: str, language: str) -> str:
    """The text with no-break spaces inside and after each abbreviation of the language."""
    pattern = _pattern(language)
    if pattern is None:
        return text
    return pattern.sub(lambda m: _SPACES.sub(NBSP, m.group(0)), text)


def bound_title(title: str) -> str | None:
    """The title with its medicine name and card name each kept on one line, if it has both.

    None when the title does not have the usual shape; then any break is allowed.
    """
    match = _TITLE_PARTS.match(title)
    if match is None:
        return None
    parts = [_SPACES.sub(NBSP, part.strip()) for part in match.groups() if part.strip()]
    return " ".join(parts)
