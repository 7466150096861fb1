"""The main window's commands: texts, shortcuts and menus (what they do is the window's job)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenuBar, QToolBar

from cardmaker.gui.i18n import UI_LANGUAGES


def shortcut(*keys: str) -> list[QKeySequence]:
    """Key sequences from portable text, so translated key names never break them."""
    return [QKeySequence.fromString(key, QKeySequence.SequenceFormat.PortableText) for key in keys]


class WindowActions(QObject):
    """Every command of the main window as a QAction with a shortcut."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.new_card = self._action(
            self.tr("&New card"),
            ["Ctrl+N"],
            self.tr("Clear the patient's details for the next card"),
        )
        self.save = self._action(
            self.tr("&Save PDF…"), ["Ctrl+S"], self.tr("Save the card as a print-ready PDF")
        )
        self.print = self._action(
            self.tr("&Print…"), ["Ctrl+P"], self.tr("Print the card at its true size")
        )
        self.print_calibration = self._action(
            self.tr("Print &calibration page…"),
            ["Ctrl+Shift+P"],
            self.tr("Print a millimetre grid and the card outline to check the printer offset"),
        )
        self.batch = self._action(
            self.tr("&Batch export…"), ["Ctrl+B"], self.tr("Make cards for a list of patients")
        )
        self.blank_cards = self._action(
            self.tr("Blan&k cards…"),
            ["Ctrl+Shift+B"],
            self.tr("Cards to fill in by hand, without patient details, on sheets"),
        )
        self.load_texts = self._action(
            self.tr("&Load approved card text…"),
            ["Ctrl+L"],
            self.tr("Use a folder of nationally approved card texts"),
        )
        self.shipped_texts = self._action(
            self.tr("&Use the shipped card text"),
            ["Ctrl+Shift+L"],
            self.tr("Go back to the card texts that come with the program"),
        )
        self.settings = self._action(
            self.tr("S&ettings…"), ["Ctrl+,"], self.tr("Clinic defaults, files and printer offsets")
        )
        self.quit = self._action(self.tr("&Quit"), ["Ctrl+Q"], self.tr("Close the program"))
        self.zoom_in = self._action(
            self.tr("Zoom &in"), ["Ctrl++", "Ctrl+="], self.tr("Show the preview larger")
        )
        self.zoom_out = self._action(
            self.tr("Zoom &out"), ["Ctrl+-"], self.tr("Show the preview smaller")
        )
        self.zoom_fit = self._action(
            self.tr("&Fit to window"), ["Ctrl+0"], self.tr("Fit the pages to the window")
        )
        self.zoom_actual = self._action(
            self.tr("&True size"), ["Ctrl+1"], self.tr("Show the card at its true size")
        )
        self.about = self._action(
            self.tr("&About cardmaker"), ["F1"], self.tr("Version and what the program does")
        )
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.languages: dict[str, QAction] = {}
        system = QAction(self.tr("&System language"), self)
        self.languages[""] = system
        for code, name in UI_LANGUAGES.items():
            self.languages[code] = QAction(name, self)
        for action in self.languages.values():
            action.setCheckable(True)
            self.language_group.addAction(action)
        self.save.setIcon(QIcon.fromTheme(QIcon.ThemeIcon.DocumentSave))
        self.print.setIcon(QIcon.fromTheme(QIcon.ThemeIcon.DocumentPrint))
        self.new_card.setIcon(QIcon.fromTheme(QIcon.ThemeIcon.DocumentNew))

    def _action(self, text: str, keys: list[str], tip: str) -> QAction:
        action = QAction(text, self._window)
        action.setShortcuts(shortcut(*keys))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        self._window.addAction(action)
        return action

    def fill_menus(self, bar: QMenuBar, chosen_language: str) -> None:
        """File, View, Language and Help menus."""
        file_menu = bar.addMenu(self.tr("&File"))
        for action in (self.new_card, self.save, self.print, self.print_calibration):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (self.batch, self.blank_cards, self.load_texts, self.shipped_texts):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        view_menu = bar.addMenu(self.tr("&View"))
        for action in (self.zoom_in, self.zoom_out, self.zoom_fit, self.zoom_actual):
            view_menu.addAction(action)
        language_menu = bar.addMenu(self.tr("&Language"))
        language_menu.addAction(self.languages[""])
        language_menu.addSeparator()
        for code in UI_LANGUAGES:
            language_menu.addAction(self.languages[code])
        if chosen_language in self.languages:
            self.languages[chosen_language].setChecked(True)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about)

    def fill_toolbar(self, toolbar: QToolBar) -> None:
        """The commands used on every card."""
        for action in (self.new_card, self.save, self.print):
            toolbar.addAction(action)
