"""Card text packs: every content point of the card, by key, for one language.

The shipped packs live in ``translations/card/<lang>.toml``. A user may point the
program at a folder of nationally approved packs; those replace the shipped pack of
the same language and are printed exactly, so they are checked as strictly as a
patient's name: no control characters or direction overrides, placeholders only by
their documented names (no format such as ``{product:>300000000}``), a language Babel
can write dates in, every character printable by the card font, and every web address
https on the EMA's or a national reporting authority's domain.
"""

from __future__ import annotations

import string
import unicodedata
from collections.abc import Container, Iterator
from dataclasses import dataclass
from pathlib import Path

from babel import Locale, UnknownLocaleError

from cardmaker.core.errors import (
    DataFileError,
    Problem,
    UnknownLanguageError,
    UnsafeLinkError,
    describe_character,
)
from cardmaker.core.links import check_printed_link, printed_addresses
from cardmaker.core.resources import card_text_dir
from cardmaker.core.tomlfile import read_toml, require_str

_PRODUCT = frozenset({"product"})
_PRODUCT_SUBSTANCE = frozenset({"product", "substance"})
_NONE: frozenset[str] = frozenset()

# Every text key of a pack and the placeholders it may use, in card order (onj-card.md §2).
TEXT_KEYS: dict[str, frozenset[str]] = {
    "title": _PRODUCT_SUBSTANCE,
    "monitoring": _NONE,
    "purpose": _PRODUCT_SUBSTANCE,
    "why": _PRODUCT_SUBSTANCE,
    "risk": _PRODUCT_SUBSTANCE,
    "risk_long_term": _PRODUCT_SUBSTANCE,
    "prevent": _PRODUCT_SUBSTANCE,
    "before_heading": _NONE,
    "before_tell": _PRODUCT_SUBSTANCE,
    "before_checkup": _PRODUCT_SUBSTANCE,
    "before_checkup_items": _PRODUCT_SUBSTANCE,
    "during_heading": _NONE,
    "during_hygiene": _PRODUCT_SUBSTANCE,
    "during_dental": _PRODUCT_SUBSTANCE,
    "during_contact": _PRODUCT_SUBSTANCE,
    "leaflet": _PRODUCT_SUBSTANCE,
    "reporting": frozenset({"authority", "reporting_url"}),
    "carry": _PRODUCT_SUBSTANCE,
    "fields_heading": _NONE,
    "field_patient_name": _NONE,
    "field_prescriber": _NONE,
    "field_prescriber_phone": _NONE,
    "field_clinic": _NONE,
    "field_first_injection": _NONE,
    "field_next_injection": _NONE,
    "qr_caption": _NONE,
    "version_line": frozenset({"version", "date"}),
}
# Keys a pack may leave out (the long-term risk figure is only in newer leaflets).
OPTIONAL_KEYS: frozenset[str] = frozenset({"risk_long_term"})
LIST_KEYS: frozenset[str] = frozenset({"before_checkup_items"})
# Keys whose text must name a placeholder (so a translation cannot silently drop it).
REQUIRED_PLACEHOLDERS: dict[str, frozenset[str]] = {
    "title": _PRODUCT_SUBSTANCE,
    "during_dental": _PRODUCT,
    "reporting": frozenset({"authority", "reporting_url"}),
    "version_line": frozenset({"version", "date"}),
}
STATUSES = ("draft", "reviewed", "approved")
# Card language codes that CLDR (Babel) knows under another name.
BABEL_LOCALE = {"no": "nb"}
# Drawn as a shape by the renderer, not as a glyph of the font.
DRAWN_CHARACTERS = frozenset({0x25BC})
# Tables for reviewers and checks, not printed: read by cardmaker.core.provenance.
REVIEW_TABLES = frozenset({"sources", "documents", "points"})

TextValue = str | tuple[str, ...]


@dataclass(frozen=True)
class ContentPack:
    """The card text of one language."""

    language: str
    name: str
    status: str
    version: str
    date: str
    source: str
    texts: dict[str, TextValue]
    origin: Path

    @property
    def is_draft(self) -> bool:
        """Draft text is shown with a warning on screen until a reviewer changes its status."""
        return self.status == "draft"

    def text(self, key: str) -> str:
        """A single-string text ('' for an optional key the pack leaves out)."""
        value = self.texts.get(key, "")
        if isinstance(value, tuple):
            raise TypeError(f"{key} is a list")
        return value

    def items(self, key: str) -> tuple[str, ...]:
        """A list text."""
        value = self.texts.get(key, ())
        if isinstance(value, str):
            raise TypeError(f"{key} is not a list")
        return value


def placeholders(text: str) -> set[str]:
    """Names used in ``{...}`` placeholders; raises ValueError on unbalanced braces."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _check_text(key: str, text: str, problems: list[Problem]) -> None:
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError as exc:
        problems.append(Problem(key, f"broken placeholder: {exc}", "broken_placeholder"))
        return
    used = {name for _, name, _, _ in parts if name is not None}
    unknown = used - TEXT_KEYS[key]
    if unknown:
        listed = ", ".join(sorted(unknown))
        problems.append(Problem(key, f"unknown placeholder(s) {listed}", "unknown_placeholder"))
    for _, name, spec, conversion in parts:
        if name is not None and (spec or conversion):
            shown = "{" + name + (f"!{conversion}" if conversion else "") + f":{spec}" + "}"
            problems.append(
                Problem(
                    key,
                    f"placeholder {shown[:40]} has a format; write {{{name}}} alone",
                    "placeholder_format",
                )
            )
    if text.count("**") % 2:
        problems.append(Problem(key, "unbalanced ** bold marker"))
    controls = sorted({c for c in text if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp")})
    if controls:
        listed = ", ".join(describe_character(c) for c in controls)
        problems.append(
            Problem(
                key, f"contains control or direction characters: {listed}", "control_characters"
            )
        )


def pack_strings(pack: ContentPack) -> Iterator[tuple[str, str]]:
    """Every text of a pack with its key (each item of a list on its own)."""
    for key, value in pack.texts.items():
        for text in value if isinstance(value, tuple) else (value,):
            yield key, text


def check_printable(pack: ContentPack, printable: Container[int]) -> list[Problem]:
    """Characters of the pack that the card font cannot print, by key."""
    problems = []
    for key, text in pack_strings(pack):
        missing = sorted(
            {c for c in text if ord(c) not in printable and ord(c) not in DRAWN_CHARACTERS}
        )
        if missing:
            listed = ", ".join(describe_character(c) for c in missing)
            problems.append(Problem(key, f"the card font cannot print {listed}", "unprintable"))
    return problems


def check_addresses(pack: ContentPack, domains: frozenset[str]) -> list[Problem]:
    """Web addresses in the pack that are not https on an allowed domain, by key."""
    problems = []
    for key, text in pack_strings(pack):
        for address in printed_addresses(text):
            try:
                check_printed_link(address, domains)
            except UnsafeLinkError as exc:
                problems.append(Problem(key, str(exc), "unsafe_link"))
    return problems


def _check_language(language: str, problems: list[Problem]) -> None:
    try:
        Locale.parse(BABEL_LOCALE.get(language, language))
    except (ValueError, UnknownLocaleError):
        problems.append(
            Problem(
                "pack.language",
                f"'{language}' is not a language the program can write dates in "
                "(use a code such as de, fr, pt)",
                "unknown_language",
            )
        )


def load_pack(path: Path) -> ContentPack:
    """Read one pack and check it; every problem is reported by key."""
    data = read_toml(path)
    problems: list[Problem] = []
    meta = data.get("pack")
    texts_raw = data.get("text")
    if not isinstance(meta, dict):
        raise DataFileError(str(path), [Problem("pack", "missing [pack] table")])
    if not isinstance(texts_raw, dict):
        raise DataFileError(str(path), [Problem("text", "missing [text] table")])
    for key in sorted(set(data) - {"pack", "text"} - REVIEW_TABLES):
        problems.append(Problem(key, "unknown table"))
    language = require_str(meta, "language", "pack", problems)
    status = require_str(meta, "status", "pack", problems)
    if status and status not in STATUSES:
        problems.append(Problem("pack.status", f"must be one of {', '.join(STATUSES)}"))
    texts: dict[str, TextValue] = {}
    for key in texts_raw:
        if key not in TEXT_KEYS:
            problems.append(Problem(key, "unknown key"))
    for key in TEXT_KEYS:
        value = texts_raw.get(key)
        if value is None:
            if key not in OPTIONAL_KEYS:
                problems.append(Problem(key, "missing"))
            continue
        if key in LIST_KEYS:
            if (
                not isinstance(value, list)
                or not value
                or not all(isinstance(v, str) and v.strip() for v in value)
            ):
                problems.append(Problem(key, "must be a non-empty list of texts"))
                continue
            for item in value:
                _check_text(key, item, problems)
            texts[key] = tuple(value)
            continue
        if not isinstance(value, str) or not value.strip():
            problems.append(Problem(key, "must be a non-empty text"))
            continue
        _check_text(key, value, problems)
        missing = REQUIRED_PLACEHOLDERS.get(key, _NONE) - _safe_placeholders(value)
        if missing:
            problems.append(Problem(key, f"must use placeholder(s) {', '.join(sorted(missing))}"))
        texts[key] = value
    pack = ContentPack(
        language=language,
        name=require_str(meta, "name", "pack", problems),
        status=status,
        version=require_str(meta, "version", "pack", problems),
        date=require_str(meta, "date", "pack", problems),
        source=str(meta.get("source", "")),
        texts=texts,
        origin=path,
    )
    if language and path.stem != language:
        problems.append(Problem("pack.language", f"'{language}' does not match file name"))
    if language:
        _check_language(language, problems)
    if problems:
        raise DataFileError(str(path), problems)
    return pack


def _safe_placeholders(text: str) -> set[str]:
    try:
        return placeholders(text)
    except ValueError:
        return set()


@dataclass(frozen=True)
class ContentLibrary:
    """All card text packs available: shipped ones, replaced by a user's approved ones."""

    packs: dict[str, ContentPack]

    def get(self, language: str) -> ContentPack:
        """The pack for a language code."""
        try:
            return self.packs[language]
        except KeyError:
            raise UnknownLanguageError(language, sorted(self.packs)) from None

    def languages(self) -> list[str]:
        """Language codes, sorted."""
        return sorted(self.packs)


def load_content(
    user_dir: Path | None = None,
    printable: Container[int] | None = None,
    domains: frozenset[str] | None = None,
) -> ContentLibrary:
    """Shipped packs, then the packs in ``user_dir`` (which win for their language).

    A user's packs are also checked against the card font's characters (``printable``)
    and the allowed web domains (``domains``) when they are given.
    """
    packs = {p.language: p for p in _load_folder(card_text_dir())}
    if user_dir is not None:
        if not user_dir.is_dir():
            raise DataFileError(str(user_dir), [Problem("folder", "is not a folder")])
        user_packs = _load_folder(user_dir)
        if not user_packs:
            raise DataFileError(str(user_dir), [Problem("folder", "holds no <lang>.toml packs")])
        for pack in user_packs:
            problems = check_printable(pack, printable) if printable is not None else []
            problems += check_addresses(pack, domains) if domains is not None else []
            if problems:
                raise DataFileError(str(pack.origin), problems)
        packs.update({p.language: p for p in user_packs})
    return ContentLibrary(packs)


def _load_folder(folder: Path) -> list[ContentPack]:
    return [load_pack(path) for path in sorted(folder.glob("*.toml"))]
