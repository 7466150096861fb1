"""The one state object of a window: the current card request and the data it is made from.

Widgets read the request from here, replace it with ``dataclasses.replace`` when the user edits
a field, and redraw when ``changed`` fires; no widget holds the only copy.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from cardmaker.core.errors import Problem
from cardmaker.core.library import CardLibrary
from cardmaker.core.model import CardRequest
from cardmaker.core.validation import clean_request
from cardmaker.render.card import check_request

# Cleared by "New card"; everything else is a clinic value that stays.
PATIENT_FIELDS: dict[str, Any] = {
    "patient_name": "",
    "first_injection": None,
    "next_injection": None,
}


class CardState(QObject):
    """The current request, the card library and what the user typed that is not a value yet."""

    # Emitted with the new request after any change of request, library or input problems.
    changed = Signal(object)
    # Emitted when other card texts were loaded (the language list may differ).
    library_changed = Signal()

    def __init__(
        self,
        request: CardRequest,
        library: CardLibrary,
        content_dir: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._request = request
        self._library = library
        self._content_dir = content_dir
        self._input_problems: dict[str, str] = {}
        self._problems: tuple[Problem, ...] | None = None

    @property
    def request(self) -> CardRequest:
        """The card as the form describes it now."""
        return self._request

    @property
    def library(self) -> CardLibrary:
        """Catalogue, reporting table and card texts in use."""
        return self._library

    @property
    def content_dir(self) -> Path | None:
        """The folder of approved card texts in use (None: the shipped texts)."""
        return self._content_dir

    @property
    def input_problems(self) -> dict[str, str]:
        """Field -> message for input that is not a value yet (a date that does not exist)."""
        return dict(self._input_problems)

    @property
    def problems(self) -> tuple[Problem, ...]:
        """What the core's validation finds wrong with the current request."""
        if self._problems is None:
            cleaned = clean_request(self._request)
            # The render layer's check: validation plus fit by width (the same rule as
            # ``render`` and the batch).
            self._problems = tuple(check_request(cleaned, self._library))
        return self._problems

    @property
    def is_valid(self) -> bool:
        """True when the card can be saved and printed (text fitting is checked on render)."""
        return not self._input_problems and not self.problems

    def update(self, **changes: Any) -> None:
        """Replace some fields of the request."""
        self.set_request(replace(self._request, **changes))

    def set_request(self, request: CardRequest) -> None:
        """Replace the whole request; listeners hear of it only if something changed."""
        self._commit(request, self._input_problems)

    def clear_patient(self) -> None:
        """Start a new card for another patient: the clinic values stay."""
        self._input_problems = {
            name: message
            for name, message in self._input_problems.items()
            if name not in PATIENT_FIELDS
        }
        self._request = replace(self._request, **PATIENT_FIELDS)
        self._problems = None
        self.changed.emit(self._request)

    def edit_field(self, field: str, value: Any, input_problem: str | None = None) -> None:
        """A user's edit of one field: its new value and what is wrong with the typed text.

        ``input_problem`` is set when the typed text is not a value at all (a date that
        does not exist, a name that matches several medicines); the field's value is then
        the blank or the previous one, and the card cannot be saved until it is resolved.
        """
        problems = {name: text for name, text in self._input_problems.items() if name != field}
        if input_problem is not None:
            problems[field] = input_problem
        self._commit(replace(self._request, **{field: value}), problems)

    def choose(self, field: str, value: Any, **also: Any) -> None:
        """A choice from a list: sets the field (and ``also``), ending any unresolved text."""
        problems = {name: text for name, text in self._input_problems.items() if name != field}
        self._commit(replace(self._request, **{field: value}, **also), problems)

    def _commit(self, request: CardRequest, input_problems: dict[str, str]) -> None:
        """The one place the request and the typed-text problems change."""
        if request == self._request and input_problems == self._input_problems:
            return
        self._request = request
        self._input_problems = input_problems
        self._problems = None
        self.changed.emit(request)

    def set_library(self, library: CardLibrary, content_dir: Path | None) -> None:
        """Use other card texts (a folder of approved texts, or the shipped ones)."""
        self._library = library
        self._content_dir = content_dir
        self._problems = None
        self.library_changed.emit()
        self.changed.emit(self._request)
