"""One run of the desktop program: settings, interface language, the card state, the window.

Changing the interface language builds the window again around the same CardState, so every
text is retranslated and the card being made is kept.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QApplication

from cardmaker.core.errors import CardmakerError
from cardmaker.core.library import CardLibrary, load_library
from cardmaker.core.settings import Settings, SettingsStore
from cardmaker.gui.form_rows import readable_palette
from cardmaker.gui.i18n import UiTranslations
from cardmaker.gui.main_window import MainWindow
from cardmaker.gui.state import CardState
from cardmaker.render.fonts import printable_codepoints


def first_start_settings(settings: Settings, library: CardLibrary, system: QLocale) -> Settings:
    """Before anything was saved: card language and country from the system, no medicine.

    A country outside the reporting table is left empty rather than guessed, and the
    medicine is asked for: preselecting one would put a biosimilar on a card unnoticed.
    """
    parts = system.name().split("_")
    language = parts[0].lower()
    territory = parts[1].upper() if len(parts) > 1 else ""
    country = territory if territory in library.reporting else ""
    if language not in library.content.packs:
        usual = library.suggested_languages(country) if country else ()
        language = usual[0] if usual else settings.language
    return replace(settings, medicine="", language=language, country=country)


class DesktopSession(QObject):
    """Holds what outlives a window: the settings store, translations and the card."""

    def __init__(
        self,
        store: SettingsStore,
        translations: UiTranslations,
        ui_language: str | None = None,
    ) -> None:
        super().__init__()
        # Grey hints (placeholders such as the automatic next date) readable at 4.5:1.
        QApplication.setPalette(readable_palette(QApplication.palette()))
        self._store = store
        self._translations = translations
        settings = store.load()
        self._translations.install(ui_language if ui_language is not None else settings.ui_language)
        self._startup_messages = [
            self.tr("Settings file %1: %2")
            .replace("%1", str(store.path))
            .replace("%2", f"{p.field}: {p.reason}")
            for p in store.problems
        ]
        self._startup_messages += self._missing_translations()
        library, content_dir = self._startup_library(settings)
        if not store.path.exists():
            settings = first_start_settings(settings, library, QLocale.system())
        self.state = CardState(settings.card_defaults(), library, content_dir)
        self.window = self._make_window(settings)

    def _startup_library(self, settings: Settings) -> tuple[CardLibrary, Path | None]:
        """The approved texts from settings, or the shipped ones if that folder fails."""
        if settings.content_dir:
            folder = Path(settings.content_dir)
            try:
                return load_library(folder, printable_codepoints()), folder
            except CardmakerError as exc:
                self._startup_messages.append(
                    self.tr("Approved card text not loaded: %1").replace("%1", str(exc))
                )
        return load_library(), None

    def _missing_translations(self) -> list[str]:
        return [
            self.tr("Interface translation not built: %1").replace("%1", path)
            for path in self._translations.missing
        ]

    def _make_window(self, settings: Settings) -> MainWindow:
        window = MainWindow(self.state, self._store, settings, self._translations.language)
        window.language_requested.connect(self.change_language)
        if self._startup_messages:
            window.statusBar().showMessage("; ".join(self._startup_messages))
            self._startup_messages = []
        return window

    def change_language(self, code: str) -> None:
        """Switch the interface language and rebuild the window around the same card."""
        old = self.window
        settings = replace(old.settings, ui_language=code)
        try:
            self._store.save(settings)
        except OSError as exc:
            self._startup_messages.append(str(exc))
        self._translations.install(code)
        self._startup_messages += self._missing_translations()
        self.window = self._make_window(settings)
        self.window.setGeometry(old.geometry())
        if old.isMaximized():
            self.window.showMaximized()
        else:
            self.window.show()
        old.hand_over()
        old.close()
        old.deleteLater()
