"""Where each content point of the card comes from, and which words of a pack carry it.

Two optional tables of a card text pack serve reviewers and tests, never the printed card:

- ``[sources]`` (in ``en.toml``): for each text key, the document and section it renders,
  so the card can be read side by side with its sources line by line.
- ``[points]`` (in every shipped pack): for each content point, the key that carries it and
  the exact words of that key's text that express it in the pack's language. A check can
  then tell, by key and by these words rather than by English, whether a pack still says
  everything its sources require: that the symptom list is open ("such as") and gives its
  reason ("these could be signs of ONJ"), and that the contact advice also covers the time
  after treatment stops.

A nationally approved pack from a user's folder need not carry either table.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cardmaker.core.content import ContentPack
from cardmaker.core.errors import Problem
from cardmaker.core.resources import card_text_dir
from cardmaker.core.tomlfile import read_toml

# The shipped English pack names the sources; translations render the same points.
REFERENCE_PACK = "en.toml"
SOURCES_TABLE = "sources"
DOCUMENTS_TABLE = "documents"
POINTS_TABLE = "points"

# Content points every shipped pack must mark, and the key each one belongs to. These are
# the points the EU card, leaflet and QRD template require and a translation is most
# likely to lose (issue 11).
REQUIRED_POINTS: dict[str, str] = {
    "onj_term": "risk",
    "frequency": "risk",
    "risk_after_stopping": "risk",
    "dental_ongoing": "during_dental",
    "dental_surgery": "during_dental",
    "contact_immediately": "during_contact",
    "contact_open_list": "during_contact",
    "contact_signs": "during_contact",
    "contact_reason": "during_contact",
    "contact_after_stopping": "during_contact",
    "leaflet_term": "leaflet",
}
# The symptom list must be open: the words that open it come before the first sign, and
# the reason (signs of ONJ) comes after the last one.
OPEN_LIST = "contact_open_list"
SIGNS = "contact_signs"
REASON = "contact_reason"


@dataclass(frozen=True)
class Point:
    """One content point as marked in a pack: its key and the words that carry it."""

    name: str
    key: str
    words: tuple[str, ...]


def reference_sources() -> dict[str, str]:
    """For each text key, the document and section it renders (from the shipped English)."""
    return _strings(card_text_dir() / REFERENCE_PACK, SOURCES_TABLE)


def reference_documents() -> dict[str, str]:
    """The documents the sources name: label -> title, address and date checked."""
    return _strings(card_text_dir() / REFERENCE_PACK, DOCUMENTS_TABLE)


def read_points(pack: ContentPack) -> tuple[dict[str, Point], list[Problem]]:
    """The ``[points]`` table of a pack, and problems with its form (by point name)."""
    points: dict[str, Point] = {}
    problems: list[Problem] = []
    for name, entry in _table(pack.origin, POINTS_TABLE).items():
        field = f"{POINTS_TABLE}.{name}"
        if not isinstance(entry, dict) or not isinstance(entry.get("key"), str):
            problems.append(Problem(field, "needs a key and words"))
            continue
        raw = entry.get("words")
        words = (raw,) if isinstance(raw, str) else raw
        if (
            not isinstance(words, list | tuple)
            or not words
            or not all(isinstance(w, str) and w.strip() for w in words)
        ):
            problems.append(Problem(field, "words must be a text or a list of texts"))
            continue
        points[name] = Point(name, entry["key"], tuple(words))
    return points, problems


def check_points(pack: ContentPack) -> list[Problem]:
    """Every required content point is marked, in its key, and its words are in the text."""
    points, problems = read_points(pack)
    for name, key in REQUIRED_POINTS.items():
        point = points.get(name)
        field = f"{POINTS_TABLE}.{name}"
        if point is None:
            problems.append(
                Problem(field, f"missing: the pack does not mark this point of '{key}'")
            )
            continue
        if point.key != key:
            problems.append(Problem(field, f"belongs to '{key}', not '{point.key}'"))
            continue
        text = _text(pack, key)
        for words in point.words:
            if words not in text:
                problems.append(Problem(field, f"'{words}' is not in the text of '{key}'"))
    if not problems:
        problems += _sign_count_problems(points)
        problems += _open_list_problems(pack, points)
    return problems


def _sign_count_problems(points: dict[str, Point]) -> list[Problem]:
    """As many distinct signs as the reference card names: none dropped with its marker."""
    marked = points[SIGNS].words
    reference = _reference_sign_count()
    if len(set(marked)) == len(marked) and len(marked) >= reference:
        return []
    return [
        Problem(
            f"{POINTS_TABLE}.{SIGNS}",
            f"marks {len(set(marked))} different signs; the reference card names {reference}",
        )
    ]


def _reference_sign_count() -> int:
    entry = _table(card_text_dir() / REFERENCE_PACK, POINTS_TABLE).get(SIGNS, {})
    words = entry.get("words", ()) if isinstance(entry, dict) else ()
    return len(words) if isinstance(words, list) else 1


def _open_list_problems(pack: ContentPack, points: dict[str, Point]) -> list[Problem]:
    """The list of signs is introduced as examples and followed by its reason."""
    text = _text(pack, REQUIRED_POINTS[SIGNS])
    opener = text.find(points[OPEN_LIST].words[0])
    # Signs are looked for after the opening words, so that a short word (Irish "at",
    # swelling) is not mistaken for a piece of an earlier word.
    signs = [text.find(words, opener) for words in points[SIGNS].words]
    reason = text.rfind(points[REASON].words[0])
    problems = []
    if min(signs) < 0:
        problems.append(Problem(f"{POINTS_TABLE}.{OPEN_LIST}", "must come before the signs"))
    if reason < max(signs):
        problems.append(Problem(f"{POINTS_TABLE}.{REASON}", "must follow the signs"))
    return problems


def _text(pack: ContentPack, key: str) -> str:
    value = pack.texts.get(key, "")
    return value if isinstance(value, str) else " ".join(value)


def _strings(path: Path, name: str) -> dict[str, str]:
    return {key: value for key, value in _table(path, name).items() if isinstance(value, str)}


def _table(path: Path, name: str) -> dict[str, object]:
    table = read_toml(path).get(name, {})
    return table if isinstance(table, dict) else {}
