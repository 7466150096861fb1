"""Fit by width: whether a filled-in value fits its line is decided by its printed width.

One rule for the desktop form, ``cardmaker render`` and the batch: a value is set in the
card's bold face at the format's preferred size; if it is too wide it first wraps to a
second line where the format gives names that room, then shrinks down to the format's
floor (ID-1: 6 pt; large print: 11 pt), and only then is it refused, with a problem under
its own field. Character counts are only a sanity cap (``core.model.FIELD_MAX_LENGTH``).
"""

from __future__ import annotations

from dataclasses import dataclass

from cardmaker.core.cardtext import PatientText, patient_text
from cardmaker.core.errors import Problem
from cardmaker.core.model import CardRequest
from cardmaker.render.displaylist import VALUE_RISE_PT
from cardmaker.render.fieldgrid import Cell, field_cells
from cardmaker.render.flow import trial_sizes
from cardmaker.render.fonts import BOLD, register_fonts, string_width
from cardmaker.render.style import FORMAT_STYLES, LEADING, FormatStyle

TOO_WIDE = "too_wide"
TOO_WIDE_TEXT = "too wide for the card: shorten it, for example with initials"
# Values start a little in from the start of their write-on line.
VALUE_INSET_PT = 1.4


@dataclass(frozen=True)
class FittedValue:
    """A value as it is printed: its size and its lines, top first."""

    size: float
    lines: tuple[str, ...]


def _wrap(value: str, width: float, size: float, max_lines: int) -> tuple[str, ...] | None:
    """Break at spaces into at most ``max_lines`` lines no wider than ``width``."""
    lines: list[str] = []
    for word in value.split(" "):
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and string_width(candidate, BOLD, size) <= width:
            lines[-1] = candidate
        elif string_width(word, BOLD, size) <= width:
            lines.append(word)
        else:
            return None
    return tuple(lines) if len(lines) <= max_lines else None


def fit_value(value: str, cell: Cell, style: FormatStyle) -> FittedValue | None:
    """The largest size (preferred down to the floor) at which the value fits its cell.

    At each size one line is tried, then, where the cell has room, two. None: too wide.
    """
    register_fonts()
    width = cell.width - VALUE_INSET_PT
    for size in trial_sizes(style.value_pref_pt, style.value_min_pt):
        if string_width(value, BOLD, size) <= width:
            return FittedValue(size, (value,))
        room = int((cell.height - VALUE_RISE_PT) // (LEADING * size))
        lines = min(cell.max_lines, room)
        if lines >= 2:
            wrapped = _wrap(value, width, size, lines)
            if wrapped is not None:
                return FittedValue(size, wrapped)
    return None


def too_wide(field: str) -> Problem:
    """The problem shown under a field whose value cannot fit the card."""
    return Problem(field, TOO_WIDE_TEXT, TOO_WIDE, ())


def patient_value_problems(patient: PatientText, style: FormatStyle) -> list[Problem]:
    """A ``too_wide`` problem for each printed value that does not fit its line."""
    cells = field_cells(style)
    return [
        too_wide(field)
        for field, value in patient.values
        if value and fit_value(value, cells[field], style) is None
    ]


def value_problems(request: CardRequest) -> list[Problem]:
    """The fit-by-width problems of a request's values in its format (empty: all fit).

    Needs only the values, the format and, for dates, the language and country; call it
    on a request whose language is known (dates are printed in the card language).
    """
    return patient_value_problems(patient_text(request), FORMAT_STYLES[request.card_format])
