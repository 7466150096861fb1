"""Which letters beyond a-z each language writes, for judging a decoded name.

A legacy 8-bit file decodes to *some* text under every legacy code page; only one of them
gives names that a real language writes. "Dvořáková" read as Windows-1252 becomes
"Dvoøáková": ø and á together belong to no language, so that reading is implausible. A
word is judged once (``judge_word`` is cached); the encoding detector adds up the verdicts
over the distinct words of a file.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

# Lower-case letters outside a-z of the 26 card languages, as written in names.
CARD_ALPHABETS: dict[str, str] = {
    "bg": "абвгдежзийклмнопрстуфхцчшщъьюяѝ",
    "cs": "áčďéěíňóřšťúůýž",
    "da": "æøåé",
    "de": "äöüß",
    "el": "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ",
    "en": "",
    "es": "áéíñóúü",
    "et": "äöõüšž",
    "fi": "äöåšž",
    "fr": "àâæçéèêëîïôœùûüÿ",
    "ga": "áéíóú",
    "hr": "čćđšž",
    "hu": "áéíóöőúüű",
    "is": "áðéíóúýþæö",
    "it": "àèéìíîòóùú",
    "lt": "ąčęėįšųūž",
    "lv": "āčēģīķļņšūž",
    "mt": "ċġħżàèìòù",
    "nl": "áéëíïóöúüèàç",
    "no": "æøåéèêóòô",
    "pl": "ąćęłńóśźż",
    "pt": "áâãàçéêíóôõú",
    "ro": "ăâîșşțţ",
    "sk": "áäčďéíĺľňóôŕšťúýž",
    "sl": "čšžćđ",
    "sv": "åäöéü",
}
# Names that patients bring from elsewhere: a word may be written in these too, but a
# whole file is judged against the card languages only (``languages_writing``).
OTHER_ALPHABETS: dict[str, str] = {
    "tr": "çğıöşüâîû",
    "sq": "çë",
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "sr": "абвгдђежзијклљмнњопрстћуфхцчџш",
    "cy": "âêîôûŵŷ",
}
_ALL_ALPHABETS = {**CARD_ALPHABETS, **OTHER_ALPHABETS}
_SETS = {lang: frozenset(letters) for lang, letters in _ALL_ALPHABETS.items()}
_CARD_LANGUAGES = frozenset(CARD_ALPHABETS)

# Marks that stand inside or around names in real lists (apostrophes, dashes, quotes).
_INNER_MARKS = frozenset("’‘ʼ'-‐–—·")
_EDGE_MARKS = frozenset("()[].,:;!?")
# Typographic quotes and guillemets: what a wrong code page makes of many letters
# (Windows-1250 » is Windows-1252 Ż's byte); names in lists do not carry them.
_QUOTES = frozenset("„“”«»‚‘’")
# Vowels of Greek and Cyrillic: a Greek list read as Windows-1251 (or the reverse) gives
# letters of the other script, but words with hardly a vowel, which no name is.
_VOWELS = frozenset("αεηιουωάέήίόύώϊϋΐΰаеиоуъюяѝыэёіїє")
_MIN_VOWEL_SHARE = 0.2


@dataclass(frozen=True)
class Verdict:
    """How a decoded word reads: plausible at all, and which card languages write it."""

    plausible: bool
    languages: frozenset[str]


def _is_stray(char: str) -> bool:
    """A character that a wrong code page puts inside names: symbols and control codes."""
    category = unicodedata.category(char)
    return category[0] in "SC" or category in ("Co", "Cn") or char in "¡¿¦§¶ªº"


# Accented letters that stand alone as a word: Irish Ó, French and Italian à, è, é...
_ONE_LETTER_WORDS = frozenset("óàèéòùì")
_JOINS = re.compile("[-‐–—'’ʼ·]")
# Polish ń, ś and ź never come before a vowel (that sound is written ni, si, zi there):
# "Muńoz" is Muñoz in the wrong code page.
_NO_VOWEL_AFTER = re.compile(r"[ńśź][aąeęioóuy]")


def _orthography_is_odd(letters: str) -> bool:
    folded = letters.casefold()
    if len(folded) == 1:
        return not folded.isascii() and folded not in _ONE_LETTER_WORDS
    return _NO_VOWEL_AFTER.search(folded) is not None


def _case_is_odd(letters: str) -> bool:
    """A capital after a small letter, either not ASCII ("хБЮМ"), or a small accented first.

    "íabib" is Ħabib in the wrong code page.
    Names do change case inside (McDonald, DeVito, O'Neill), but with plain letters; a
    case flip at an accented letter is what a code page with swapped cases produces.
    """
    if len(letters) > 1 and letters[0].islower() and not letters[0].isascii():
        return True
    return any(
        a.islower() and b.isupper() and not (a.isascii() and b.isascii())
        for a, b in pairwise(letters)
    )


def _sharp_s_is_odd(letters: str) -> bool:
    """ß follows a small letter (Straße), or stands in a word of capitals (STRAßE)."""
    return any(
        char == "ß" and (index == 0 or not (letters[index - 1].islower() or letters.isupper()))
        for index, char in enumerate(letters)
    )


@lru_cache(maxsize=65536)
def judge_word(word: str) -> Verdict:
    """Whether ``word`` (no spaces) could be part of a name, and who writes it."""
    core = word.strip("".join(_EDGE_MARKS) + "'\"")
    if core[:1] in _INNER_MARKS or core[:1] in _QUOTES or core[-1:] in _QUOTES - {"’"}:
        return Verdict(False, frozenset())
    for char in core:
        if char.isalpha() or char.isascii():
            continue
        if char in _INNER_MARKS or unicodedata.combining(char):
            continue
        return Verdict(False, frozenset())
    if any(_is_stray(c) for c in word if not c.isascii() and c not in _EDGE_MARKS):
        return Verdict(False, frozenset())
    # Each part of a joined name on its own: Ylä-Mononen, Jean-François, O'Neill.
    parts = [
        "".join(c for c in part if c.isalpha())
        for part in _JOINS.split(unicodedata.normalize("NFC", core))
    ]
    letters = "".join(parts)
    if any(_case_is_odd(part) or "ς" in part[:-1] or _sharp_s_is_odd(part) for part in parts):
        return Verdict(False, frozenset())
    if any(_orthography_is_odd(part) for part in parts if part):
        return Verdict(False, frozenset())
    extra = frozenset(c for c in letters.casefold() if not ("a" <= c <= "z"))
    writers = frozenset(lang for lang, alphabet in _SETS.items() if extra <= alphabet)
    if not writers:
        return Verdict(False, frozenset())
    own_script = extra and any(lang in writers for lang in ("bg", "el", "ru", "uk", "sr"))
    if own_script:
        folded = letters.casefold()
        vowels = sum(c in _VOWELS for c in folded)
        # Greek and Cyrillic names are written in their own script alone, with vowels.
        if any("a" <= c <= "z" for c in folded) or (
            len(folded) >= 4 and vowels < _MIN_VOWEL_SHARE * len(folded)
        ):
            return Verdict(False, frozenset())
    return Verdict(True, writers & _CARD_LANGUAGES)


def languages_writing(word: str) -> frozenset[str]:
    """The card languages whose alphabet writes every letter of ``word``."""
    return judge_word(word).languages
