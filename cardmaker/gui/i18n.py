"""Interface languages: the program's own Qt Linguist translations and Qt's, or pseudo text.

The ``.qm`` files are built from ``translations/ui/*.ts`` by the package build; Qt's own
translations (dialog buttons, the print dialog) come from the PySide6 installation.
"""

from __future__ import annotations

import math
import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cardmaker.core.resources import ui_translations_dir

# Shipped interface languages by code, each named in its own language (never translated).
UI_LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
    "nl": "Nederlands",
    "pl": "Polski",
}
SOURCE_LANGUAGE = "en"
QM_PREFIX = "cardmaker_"
PSEUDO_ENV = "CARDMAKER_PSEUDO"
PSEUDO_CODE = "pseudo"
# Pseudo text is this much longer than the source, the usual allowance for translations.
PSEUDO_GROWTH = 0.4


def system_ui_language() -> str:
    """The first shipped language among the system's preferred ones, else English."""
    for name in QLocale.system().uiLanguages():
        code = re.split("[-_]", name)[0].lower()
        if code in UI_LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def pseudo_requested() -> bool:
    """True when the pseudo-localised interface was asked for in the environment."""
    return os.environ.get(PSEUDO_ENV, "") not in ("", "0")


_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# Left alone: Qt placeholders (%1, %L2, %n), mnemonics and literal ampersands, markup.
_KEEP = re.compile(r"%L?\d+|%n|&&|&(?=\S)|<[^>]*>|&\w+;")


def pseudo_localise(text: str) -> str:
    """Accented, bracketed and 40 % longer, so clipping and missed ``tr`` calls show."""
    if not text:
        return text
    pieces: list[str] = []
    position = 0
    for match in _KEEP.finditer(text):
        pieces.append(text[position : match.start()].translate(_ACCENTED))
        pieces.append(match.group())
        position = match.end()
    pieces.append(text[position:].translate(_ACCENTED))
    padding = max(0, math.ceil(len(text) * PSEUDO_GROWTH) - 2)
    return "[" + "".join(pieces) + "~" * padding + "]"


class PseudoTranslator(QTranslator):
    """Answers every lookup with pseudo text (key names for shortcuts stay readable)."""

    _SKIPPED_CONTEXTS = frozenset({"QShortcut", "QKeySequence"})

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        """Pseudo text for every source string."""
        del disambiguation, n
        if context in self._SKIPPED_CONTEXTS:
            # An empty string would count as a translation; the source is left as it is.
            return source_text
        return pseudo_localise(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        """Never empty: it translates everything."""
        return False


class UiTranslations:
    """Installs the translators of one interface language into the application."""

    def __init__(self, app: QCoreApplication, qm_dir: Path | None = None) -> None:
        self._app = app
        self._qm_dir = qm_dir if qm_dir is not None else ui_translations_dir()
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE
        # Built translation files that were looked for and not found (an unbuilt checkout).
        self.missing: list[str] = []

    @staticmethod
    def qt_translations_dir() -> Path:
        """Where PySide6 keeps Qt's own translations."""
        return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))

    def install(self, choice: str) -> str:
        """Use ``choice`` ('' = the system's language, 'pseudo'); returns the code in use."""
        self._remove()
        self.missing = []
        if choice == PSEUDO_CODE:
            self._add(PseudoTranslator(self._app))
            self.language = PSEUDO_CODE
            QLocale.setDefault(QLocale(QLocale.Language.English))
            return self.language
        code = choice if choice in UI_LANGUAGES else system_ui_language()
        own = f"{QM_PREFIX}{code}"
        loaded = self._load(self._qm_dir, own)
        if not loaded and code != SOURCE_LANGUAGE:
            self.missing.append(str(self._qm_dir / f"{own}.qm"))
        if code != SOURCE_LANGUAGE:
            self._load(self.qt_translations_dir(), f"qtbase_{code}")
        system = QLocale.system()
        same_language = system.name().split("_")[0] == code
        QLocale.setDefault(system if same_language else QLocale(code))
        self.language = code
        return code

    def uninstall(self) -> None:
        """Remove this object's translators (back to the source language)."""
        self._remove()
        self.language = SOURCE_LANGUAGE

    def _load(self, folder: Path, name: str) -> bool:
        translator = QTranslator(self._app)
        if translator.load(name, str(folder)):
            self._add(translator)
            return True
        return False

    def _add(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)

    def _remove(self) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._installed.clear()
