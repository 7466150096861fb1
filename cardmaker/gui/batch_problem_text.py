"""A batch row's problem in the interface language, from its code and parameters.

Validation and date problems are worded by ``problem_text`` as the form words them; the
problems only a list can have (a record that cannot be read, a cell error, a file that
exists) are worded here. A code without a wording is shown as the core wrote it.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from cardmaker.core.datereader import MESSAGES as DATE_MESSAGES
from cardmaker.core.datereader import DateProblem
from cardmaker.core.errors import Problem
from cardmaker.core.validation import fill_placeholders
from cardmaker.gui.problem_text import describe_date_problem, describe_reason

_CONTEXT = "BatchProblems"
_ROW_WORDING: dict[str, object] = {
    "too_many_fields": QT_TRANSLATE_NOOP(
        "BatchProblems",
        "Has %1 fields but the heading has %2 (a delimiter inside a value without quotes?).",
    ),
    "record_unreadable": QT_TRANSLATE_NOOP("BatchProblems", "This line cannot be read: %1."),
    "malformed_quotes": QT_TRANSLATE_NOOP(
        "BatchProblems",
        "Text follows a closing quote; put the whole value in quotes or remove the quotes.",
    ),
    "undecodable_bytes": QT_TRANSLATE_NOOP(
        "BatchProblems", "Holds bytes that are not text in the file's encoding (%1)."
    ),
    "formula_without_value": QT_TRANSLATE_NOOP(
        "BatchProblems", "A formula without a saved value: open and save the file in Excel."
    ),
    "cell_error": QT_TRANSLATE_NOOP("BatchProblems", "The cell shows the error %1."),
    "merged_cells": QT_TRANSLATE_NOOP(
        "BatchProblems", "Cells merged over several rows (%1): unmerge them and fill each row."
    ),
    "value_outside_columns": QT_TRANSLATE_NOOP(
        "BatchProblems", "A value in column %1, which has no heading."
    ),
    "unknown_format": QT_TRANSLATE_NOOP("BatchProblems", "Unknown format '%1'; use %2."),
    "does_not_fit": QT_TRANSLATE_NOOP(
        "BatchProblems", "The card text does not fit the %1 panel in language '%2'."
    ),
    "no_value": QT_TRANSLATE_NOOP(
        "BatchProblems", "Blank, and no card value for blank cells is chosen above."
    ),
    "output_exists": QT_TRANSLATE_NOOP(
        "BatchProblems", "The file exists; it was not replaced (tick Replace existing files)."
    ),
}


class RowProblemLike(Protocol):
    """What the dialog shows of a rejected row's problem."""

    @property
    def reason(self) -> str:
        """The English wording."""

    @property
    def code(self) -> str:
        """What is wrong, as data."""

    @property
    def params(self) -> tuple[str, ...]:
        """The wording's parameters."""


def describe_row_problem(problem: RowProblemLike) -> str:
    """The reason in the interface language."""
    code, params = problem.code, tuple(problem.params)
    if code in _ROW_WORDING:
        text = QCoreApplication.translate(_CONTEXT, str(_ROW_WORDING[code]))
        try:
            return fill_placeholders(text, params)
        except IndexError:  # fewer parameters than the wording names
            return problem.reason
    if code in DATE_MESSAGES:
        return describe_date_problem(DateProblem(code, params), "2026-03-01")
    # Validation problems and the renderer's (too wide); unknown codes keep the core's words.
    return describe_reason(Problem("", problem.reason, code, params))
