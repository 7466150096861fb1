"""A pick list the user may type into: what was typed is resolved, never silently dropped.

On Enter, Tab or any other loss of focus the typed text is matched against each item's
search terms (its name, a company, its own-language name, its code). One match selects it;
several or none leave the field *unresolved*: the list stays open and the form shows a
problem under the field until the user chooses, so the card never keeps the previous
choice while the screen shows another word.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from cardmaker.gui.choice_fields import MONITORING_MARK, ChoiceBox

# Shown in a problem: at most this many of the matching items, then "…".
LISTED_MATCHES = 4


def fold(text: str) -> str:
    """Text for matching: no accents, no case, single spaces, no monitoring mark."""
    decomposed = unicodedata.normalize("NFKD", text.replace(MONITORING_MARK, " "))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def matching_items(typed: str, terms: Sequence[frozenset[str]]) -> list[int]:
    """Indexes of the items the typed text names: exact terms first, else unique prefixes.

    A prefix counts at the start of a term or of any word in it ("stada" finds
    "STADA Arzneimittel AG", "arzn" too).
    """
    wanted = fold(typed)
    if not wanted:
        return []
    exact = [index for index, item_terms in enumerate(terms) if wanted in item_terms]
    if exact:
        return exact
    return [
        index
        for index, item_terms in enumerate(terms)
        if any(
            term.startswith(wanted) or any(word.startswith(wanted) for word in term.split())
            for term in item_terms
        )
    ]


class SearchPicker(ChoiceBox):
    """An editable ChoiceBox whose typed text is resolved on Enter, Tab or focus loss.

    ``chosen(key)`` reports a resolved choice (also when it is the item already selected,
    which ends an unresolved state); ``unresolved(message)`` reports typed text that names
    several items or none, worded for the field.
    """

    unresolved = Signal(str)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(accessible_name, parent)
        self._terms: list[frozenset[str]] = []
        self._is_unresolved = False
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.activated.connect(self._completed)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setAccessibleName(accessible_name)
        line.editingFinished.connect(self.resolve)
        line.installEventFilter(self)

    @property
    def is_unresolved(self) -> bool:
        """True while the typed text names several items or none."""
        return self._is_unresolved

    def set_search_items(
        self,
        items: Iterable[tuple[str, str, Iterable[str]]],
        tooltips: Mapping[str, str],
    ) -> None:
        """Items as (shown text, key, further search terms), in the order given."""
        listed = list(items)
        self._terms = [
            frozenset(fold(term) for term in (text, key, *extra) if term.strip())
            for text, key, extra in listed
        ]
        self.set_items(((text, key) for text, key, _ in listed), tooltips)
        if not self._is_unresolved:
            self.show_current()

    def set_key(self, key: str) -> None:
        """Select the item with ``key`` and show its text, unless the user's text is pending."""
        if self._is_unresolved:
            return
        super().set_key(key)
        self.show_current()

    def show_current(self) -> None:
        """Put the selected item's text in the line, from its start."""
        line = self.lineEdit()
        if line is None or line.hasFocus():
            return
        text = self.itemText(self.currentIndex()) if self.currentIndex() >= 0 else ""
        if line.text() != text:
            line.setText(text)
        line.setCursorPosition(0)

    def clear_unresolved(self) -> None:
        """Forget pending text (a new card or the state's own choice wins)."""
        self._is_unresolved = False

    def resolve_pending(self) -> None:
        """Resolve text typed but not yet finished (Ctrl+S or Ctrl+P pressed before Tab)."""
        line = self.lineEdit()
        if line is None or self._is_unresolved:
            return
        current = self.currentIndex()
        if current < 0 or line.text() != self.itemText(current):
            self.resolve()

    def resolve(self) -> None:
        """Decide what the typed text names; select it or report why not."""
        line = self.lineEdit()
        if line is None:
            return
        typed = line.text()
        current = self.currentIndex()
        if current >= 0 and typed == self.itemText(current) and not self._is_unresolved:
            return
        found = matching_items(typed, self._terms)
        if len(found) == 1:
            self._select(found[0])
            return
        self._is_unresolved = True
        self.unresolved.emit(self._describe(typed, found))
        if found and line.hasFocus():
            # Let the key that finished editing be handled first, then show the choices.
            QTimer.singleShot(0, self._open_choices)

    def _describe(self, typed: str, found: list[int]) -> str:
        if not typed.strip():
            return QCoreApplication.translate("SearchPicker", "Choose one from the list.")
        if not found:
            return QCoreApplication.translate(
                "SearchPicker", "Nothing in the list matches “%1”. Choose one from the list."
            ).replace("%1", typed.strip())
        names = [self.itemText(index) for index in found[:LISTED_MATCHES]]
        if len(found) > LISTED_MATCHES:
            names.append("…")
        return (
            QCoreApplication.translate("SearchPicker", "“%1” matches %2. Choose one from the list.")
            .replace("%1", typed.strip())
            .replace("%2", "; ".join(names))
        )

    def _open_choices(self) -> None:
        completer = self.completer()
        line = self.lineEdit()
        if completer is None or line is None or not self._is_unresolved:
            return
        completer.setCompletionPrefix(line.text())
        if completer.completionCount() > 0:
            completer.complete()
        else:
            self.showPopup()

    def _select(self, index: int) -> None:
        self._is_unresolved = False
        self.blockSignals(True)
        self.setCurrentIndex(index)
        self.blockSignals(False)
        line = self.lineEdit()
        if line is not None:
            line.setText(self.itemText(index))
            line.setCursorPosition(0)
        self.chosen.emit(str(self.itemData(index)))

    def _activated(self, index: int) -> None:
        if index >= 0:
            self._select(index)

    def _completed(self, text: object) -> None:
        index = self.findText(str(text))
        if index >= 0:
            self._select(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Enter on text that names several items keeps the list open instead of leaving."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.resolve()
            # Swallowed while unresolved, so a dialog's default button is not pressed.
            return self._is_unresolved
        return super().eventFilter(watched, event)
