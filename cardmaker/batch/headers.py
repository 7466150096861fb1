"""Column headings a patient list may use, in every card language: data in ``assets/``.

``assets/headings.toml`` lists, per field and language, the headings that name it.
Headings are compared after ``header_key``: text in brackets dropped, accents and case
removed, and everything but letters and digits dropped ("Nom du patient (*)" ->
"nomdupatient", "Téléphone" -> "telephone"). Add a heading by adding it to the file.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import cache

from cardmaker.core.errors import DataFileError, Problem
from cardmaker.core.fields import FIELD_ORDER
from cardmaker.core.resources import asset_path

# Canonical columns: the card's fields, the per-row choices, and two helpers for lists
# that split the name.
FIELDS: tuple[str, ...] = (
    *FIELD_ORDER,
    "medicine",
    "lang",
    "country",
    "format",
    "given_name",
    "family_name",
)
# Further parts of a split name, joined given, middle, family, second family name: found
# by heading and given with --map (the desktop dialog does not offer them yet).
NAME_PARTS: tuple[str, ...] = ("middle_name", "second_family_name")
IGNORE = "ignore"
# Headings known to name columns that are neither printed nor used (notes, identifiers).
NOT_PRINTED = "not_printed"
# Columns whose values never reach the card's printed text.
NOT_PRINTED_FIELDS = frozenset({"lang", "country", "format", "medicine", IGNORE, NOT_PRINTED})
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def header_key(text: str) -> str:
    """A heading without bracketed text, accents, case, spaces or punctuation."""
    stripped = _BRACKETS.sub("", text) if _BRACKETS.sub("", text).strip() else text
    decomposed = unicodedata.normalize("NFKD", stripped.casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


def load_headings(text: str, source: str = "headings.toml") -> dict[str, str]:
    """Heading key -> field from the data file's text; a key in two fields is an error."""
    data = tomllib.loads(text)
    known: dict[str, str] = {}
    problems: list[Problem] = []
    for field, languages in data.items():
        if field not in (*FIELDS, *NAME_PARTS, NOT_PRINTED):
            problems.append(Problem(field, "is not a field"))
            continue
        for language, headings in languages.items():
            for heading in headings:
                key = header_key(heading)
                if known.get(key, field) != field:
                    problems.append(
                        Problem(f"{field}.{language}", f"'{heading}' is already a {known[key]}")
                    )
                known[key] = field
    if problems:
        raise DataFileError(source, problems)
    return known


@cache
def known_headings() -> dict[str, str]:
    """The shipped headings (read once)."""
    path = asset_path("headings.toml")
    return load_headings(path.read_text("utf-8"), str(path))


def field_of_heading(heading: str) -> str | None:
    """The field a heading names, ``not_printed`` for a known unused column, else None."""
    return known_headings().get(header_key(heading))


def printed_heading(heading: str) -> bool:
    """False for a column known not to be printed (lang, notes, ...); unknown ones count."""
    return field_of_heading(heading) not in NOT_PRINTED_FIELDS
