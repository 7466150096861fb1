"""Which letters beyond a-z each European language writes, for judging decoded names.

A legacy 8-bit file decodes to *some* text under every legacy code page; only one of them
gives names that a real language writes. "Dvořáková" read as Windows-1252 becomes
"Dvoøáková": ø and á together belong to no language, so that reading is implausible.
"""

from __future__ import annotations

import unicodedata

# Lower-case letters outside a-z, per language (Latin script), as written in names.
LATIN_EXTRA: dict[str, str] = {
    "cs": "áčďéěíňóřšťúůýž",
    "da": "æøåéü",
    "de": "äöüßé",
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
    "sq": "çë",
    "sv": "åäöéü",
    "tr": "çğıöşüâîû",
    "cy": "âêîôûŵŷ",
}
# Letters many names carry in any Latin language (loan names, transliterations).
LATIN_COMMON = "éü"
# Vowels of the other two scripts: a Greek file read as Windows-1251 (or the reverse) still
# gives letters of one script, but words with hardly any vowels, which no name has.
VOWELS = {
    "GREEK": "αεηιουωάέήίόύώϊϋΐΰ",
    "CYRILLIC": "аеёиоуыэюяіїєѣ",
}
MIN_VOWEL_SHARE = 0.2
FINAL_SIGMA = "ς"


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    for script in ("LATIN", "GREEK", "CYRILLIC"):
        if name.startswith(script):
            return script
    return "OTHER"


def word_is_plausible(word: str) -> bool:
    """True when every letter of ``word`` could come from one language's alphabet."""
    letters = [c for c in word.casefold() if c.isalpha()]
    if not letters:
        return True
    scripts = {_script(c) for c in letters}
    if scripts in ({"GREEK"}, {"CYRILLIC"}):
        (script,) = scripts
        if FINAL_SIGMA in letters[:-1]:
            return False
        vowels = sum(c in VOWELS[script] for c in letters)
        return len(letters) < 4 or vowels >= MIN_VOWEL_SHARE * len(letters)
    if scripts != {"LATIN"}:
        return False
    extra = {c for c in letters if not ("a" <= c <= "z")}
    if not extra:
        return True
    return any(extra <= set(LATIN_EXTRA[lang] + LATIN_COMMON) for lang in LATIN_EXTRA)


def implausible_words(text: str) -> int:
    """How many words of ``text`` no single language would write (symbols count against)."""
    count = 0
    for word in text.split():
        if any(_is_stray(c) for c in word) or not word_is_plausible(word):
            count += 1
    return count


def _is_stray(char: str) -> bool:
    """Characters a decoding error typically produces inside names and addresses."""
    if char.isascii():
        return False
    category = unicodedata.category(char)
    # Letters, digits and combining marks are expected; punctuation such as the curly
    # apostrophe or a dash is too. Symbols (£ ® ¤ ³ ¯ ...) and control codes are not.
    return category[0] in "SC" or (category[0] == "P" and char in "¡¿«»·¦§¶")
