"""Which text encoding a list is in, decided on the whole file, with honest certainty.

Order of evidence:

1. a byte-order mark; UTF-16 without one (a zero in nearly every second byte);
2. UTF-8: the whole file decodes, or its valid multi-byte sequences outnumber the bytes
   that do not decode (a UTF-8 list with a stray Windows-1252 dash stays UTF-8; the cells
   holding such bytes are reported by the reader, and rejected where they are printed);
3. a legacy code page: every candidate that decodes the file reads each distinct
   non-ASCII cell; a word that no language writes that way (ø beside á, ½ inside a word, a
   capital after a small accented letter) counts against the reading (``alphabets``).
   Readings that give the same text in every printed cell are one reading. When more than
   one remains, the one whose words the list's card languages (the prior) write wins, else
   the one whose words a single card language writes; when that still leaves a choice, the
   reading is *uncertain*: ``EncodingUncertainError`` names the readings with examples.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field

from cardmaker.batch.alphabets import CARD_ALPHABETS, judge_word
from cardmaker.batch.readproblems import ListReadError

_UTF16_PROBE_BYTES = 4096
EXAMPLES_SHOWN = 4
SHOWN_READINGS = 3

# Every legacy code page a European records system exports in; most widespread first.
LEGACY_CANDIDATES: tuple[str, ...] = (
    "windows-1252",
    "iso-8859-15",
    "iso-8859-1",
    "windows-1250",
    "iso-8859-2",
    "iso-8859-16",
    "windows-1257",
    "iso-8859-13",
    "iso-8859-4",
    "windows-1251",
    "iso-8859-5",
    "windows-1253",
    "iso-8859-7",
    "iso-8859-3",
    "cp850",
    "cp852",
    # Excel for Mac's "CSV (Macintosh)", and Turkish Windows (names of Turkish origin).
    "mac-roman",
    "windows-1254",
)

# What the card language suggests a list was exported in (the prior's code pages).
_WESTERN = ("windows-1252", "iso-8859-15", "iso-8859-1")
_CENTRAL = ("windows-1250", "iso-8859-2")
_BALTIC = ("windows-1257", "iso-8859-13", "iso-8859-4")
CODE_PAGES_OF_LANGUAGE: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("da", "de", "en", "es", "fi", "fr", "ga", "is", "it", "nl", "no"), _WESTERN),
    **dict.fromkeys(("pt", "sv"), _WESTERN),
    **dict.fromkeys(("cs", "hr", "hu", "pl", "sk", "sl"), _CENTRAL),
    "ro": (*_CENTRAL, "iso-8859-16"),
    "lt": _BALTIC,
    "lv": _BALTIC,
    "et": (*_BALTIC, "iso-8859-15"),
    "bg": ("windows-1251", "iso-8859-5"),
    "el": ("windows-1253", "iso-8859-7"),
    "mt": ("iso-8859-3",),
}

# What a person may choose instead of the detected encoding (the dialog's list).
OFFERED_ENCODINGS: tuple[str, ...] = ("utf-8", "utf-8-sig", "utf-16", *LEGACY_CANDIDATES)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WORDS = re.compile(r"\S+")


@dataclass(frozen=True)
class EncodingGuess:
    """The encoding to read with, as a name ``--encoding`` accepts, and how sure we are.

    When not ``confident``, ``alternatives`` are the other plausible readings and
    ``examples`` show cells that differ: each row is one cell as read by ``name``, then by
    each alternative in order. The desktop dialog shows these side by side.
    """

    name: str
    confident: bool = True
    detail: str = ""
    alternatives: tuple[str, ...] = ()
    examples: tuple[tuple[str, ...], ...] = field(default=())

    @property
    def readings(self) -> tuple[str, ...]:
        """Every candidate encoding, the chosen one first."""
        return (self.name, *self.alternatives)

    def as_json(self) -> dict[str, object]:
        """For ``--json``: the encoding, its certainty and the alternatives with examples."""
        return {
            "encoding": self.name,
            "encoding_confident": self.confident,
            "alternatives": list(self.alternatives),
            "examples": [list(row) for row in self.examples],
        }


class EncodingUncertainError(ListReadError):
    """Two readings of the list are plausible and print different names: ask, do not guess."""

    def __init__(self, guess: EncodingGuess) -> None:
        self.guess = guess
        # The likeliest readings of a few cells, in the order of the names: enough to see
        # which one is right. One line: front ends escape line breaks in messages.
        names = guess.readings[:SHOWN_READINGS]
        shown = "; ".join(
            " / ".join(f"'{_clipped(text)}'" for text in row[: len(names)])
            for row in guess.examples
        )
        super().__init__("encoding_uncertain", ", ".join(names), shown, guess.name)


_SHOWN_CHARS = 40


def _clipped(text: str) -> str:
    """A cell short enough for a one-line message (a damaged cell may be kilobytes)."""
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…"


def checked_encoding(name: str) -> str:
    """A user-given encoding name, checked; raises ``ListReadError`` if unknown."""
    try:
        codecs.lookup(name)
    except LookupError:
        raise ListReadError("unknown_encoding", name) from None
    return name


def unicode_encoding(head: bytes) -> str | None:
    """UTF-8/16/32 recognised from a byte-order mark, or UTF-16 from its zero bytes."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    probe = head[:_UTF16_PROBE_BYTES]
    if len(probe) < 4:
        return None
    even_zeros = probe[0::2].count(0) / max(1, len(probe[0::2]))
    odd_zeros = probe[1::2].count(0) / max(1, len(probe[1::2]))
    # ASCII-heavy UTF-16 has a zero in nearly every second byte.
    if odd_zeros > 0.3 and even_zeros < 0.05:
        return "utf-16-le"
    if even_zeros > 0.3 and odd_zeros < 0.05:
        return "utf-16-be"
    return None


def utf8_damage(data: bytes) -> tuple[int, int]:
    """(valid multi-byte characters, bytes that are not UTF-8) in ``data``."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return len(data) - len(data.decode("utf-8").encode("ascii", "ignore")), 0
    text = data.decode("utf-8", errors="replace")
    literal = data.count("\ufffd".encode())
    bad = text.count("\ufffd") - literal
    valid = len(text) - len(text.encode("ascii", "ignore")) - bad - literal
    return valid, bad


def _decodes(cells: Iterable[bytes], name: str) -> dict[bytes, str] | None:
    try:
        return {cell: cell.decode(name) for cell in cells}
    except UnicodeDecodeError:
        return None


def _odd_words(text: str) -> int:
    return sum(not judge_word(word).plausible for word in _WORDS.findall(text))


def _misfits(texts: Iterable[str], languages: frozenset[str] | set[str]) -> int:
    """Cells with a word that none of ``languages`` writes."""
    count = 0
    for text in texts:
        for word in _WORDS.findall(text):
            if word.isascii():
                continue
            if not judge_word(word).languages & languages:
                count += 1
                break
    return count


def _best_single_language_misfits(texts: list[str]) -> int:
    return min(_misfits(texts, {language}) for language in CARD_ALPHABETS)


def _ordered(languages: Collection[str]) -> list[str]:
    preferred = [cp for lang in languages for cp in CODE_PAGES_OF_LANGUAGE.get(lang, ())]
    return list(dict.fromkeys([*preferred, *LEGACY_CANDIDATES]))


def choose_legacy(cells: Mapping[bytes, bool], languages: Collection[str] = ()) -> EncodingGuess:
    """The code page of a list from its distinct non-ASCII cells (``True``: printed).

    Raises ``ListReadError`` if no candidate decodes them; never guesses between two
    plausible readings that print differently, nor takes a reading that still prints
    misread letters (the guess is then not ``confident``).
    """
    readings, odd, guess = _choose(cells, languages)
    if not guess.confident:
        return guess
    printed = sorted(cell for cell, shown in cells.items() if shown)
    misread = [cell for cell in printed if _misread(readings[guess.name][cell])]
    if not misread:
        return guess
    # The fewest odd words is not enough: a name with letters that no language writes
    # that way (Mac Roman read as cp852: "SchŐfer JÜrg") is a wrong name, not a guess.
    others = sorted((name for name in readings if name != guess.name), key=odd.__getitem__)
    heads = [guess.name, *others[: SHOWN_READINGS - 1]]
    examples = tuple(
        tuple(_clipped(readings[name][cell]) for name in heads) for cell in misread[:EXAMPLES_SHOWN]
    )
    return EncodingGuess(
        guess.name,
        confident=False,
        detail=f"{len(misread)} printed value(s) have letters no language writes that way",
        alternatives=tuple(heads[1:]),
        examples=examples,
    )


def _misread(text: str) -> bool:
    """A word whose letters (not only its marks) no language writes that way."""
    return any(
        not judge_word(word).plausible and any(c.isalpha() and not c.isascii() for c in word)
        for word in _WORDS.findall(text)
    )


def _choose(
    cells: Mapping[bytes, bool], languages: Collection[str]
) -> tuple[dict[str, dict[bytes, str]], dict[str, int], EncodingGuess]:
    prior = {lang for lang in languages if lang in CARD_ALPHABETS}
    readings: dict[str, dict[bytes, str]] = {}
    for name in _ordered(prior):
        decoded = _decodes(cells, name)
        if decoded is not None:
            readings[name] = decoded
    if not readings:
        raise ListReadError("encoding_unknown")
    odd = {name: sum(_odd_words(t) for t in r.values()) for name, r in readings.items()}
    fewest = min(odd.values())
    printed = sorted(cell for cell, shown in cells.items() if shown)
    groups: dict[tuple[str, ...], list[str]] = {}
    for name, reading in readings.items():
        if odd[name] == fewest:
            groups.setdefault(_key(reading, printed), []).append(name)
    heads = [_spelling(members, prior) for members in groups.values()]
    detail = f"{fewest} word(s) read oddly in every encoding tried" if fewest else ""
    if len(heads) == 1:
        return readings, odd, EncodingGuess(heads[0], detail=detail)
    texts = {name: [readings[name][c] for c in printed] for name in heads}
    if prior:
        # The card languages write every printed word of exactly one reading: that one.
        scores = {name: _misfits(texts[name], prior) for name in heads}
        fitting = [name for name in heads if scores[name] == 0]
        if len(fitting) == 1:
            return readings, odd, EncodingGuess(fitting[0], detail=detail)
    # One language writes every printed word of one reading, and every other reading has
    # words of at least two cells that no single language writes: a list of one language.
    # (A margin of one cell let a foreign name tip the scale in mixed lists.)
    scores = {name: _best_single_language_misfits(texts[name]) for name in heads}
    fitting = [name for name in heads if scores[name] == 0]
    if len(fitting) == 1 and sorted(scores.values())[1] >= SINGLE_LANGUAGE_MARGIN:
        return readings, odd, EncodingGuess(fitting[0], detail=detail)
    # Most likely first: the fewest cells outside one language, then the prior's code pages.
    heads.sort(key=lambda name: scores[name])
    return readings, odd, _uncertain(heads, readings, printed)


SINGLE_LANGUAGE_MARGIN = 2


# Romanian s and t with a comma below were written with a cedilla in the older code pages:
# the same letter either way, so readings that differ only there are one reading.
_SAME_LETTER = str.maketrans("ŞşŢţ", "ȘșȚț")


def _spelling(members: list[str], prior: Collection[str]) -> str:
    """The reading to print among ones that differ only in Romanian s and t.

    A Romanian list gets ș and ț with the comma below, as Romanian is written: Windows-1250
    has only the cedilla letters, and ISO-8859-16 has the comma ones on the same bytes.
    """
    if "ro" in prior and "iso-8859-16" in members:
        return "iso-8859-16"
    return members[0]


def _key(reading: dict[bytes, str], printed: list[bytes]) -> tuple[str, ...]:
    return tuple(reading[c].translate(_SAME_LETTER) for c in printed)


def _uncertain(
    heads: list[str], readings: dict[str, dict[bytes, str]], printed: list[bytes]
) -> EncodingGuess:
    differing = [
        c for c in printed if len({readings[name][c].translate(_SAME_LETTER) for name in heads}) > 1
    ]
    examples = tuple(
        tuple(_clipped(readings[name][cell]) for name in heads)
        for cell in differing[:EXAMPLES_SHOWN]
    )
    return EncodingGuess(
        heads[0],
        confident=False,
        detail=f"{len(differing)} printed value(s) read differently",
        alternatives=tuple(heads[1:]),
        examples=examples,
    )
