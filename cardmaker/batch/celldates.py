"""The date in a list's cell: text through the core's date reader, spreadsheet dates as they are.

A number in a date column is refused: a date-formatted number arrives from the workbook
reader as a date already, so a bare number is a day count or a typing slip, not a date.
"""

from __future__ import annotations

from datetime import date, datetime, time

from cardmaker.batch.source import Cell
from cardmaker.core.datereader import DateOrder, DateProblem, DateReadError, read_date

# The batch's names for the core's; the order is chosen with --date-order or the dialog.
CellDateError = DateReadError
__all__ = ["CellDateError", "DateOrder", "cell_date"]


def cell_date(cell: Cell, order: DateOrder) -> date | None:
    """The date in a cell, ``None`` for an empty cell; raises ``DateReadError``."""
    if cell is None:
        return None
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    if isinstance(cell, time):
        raise DateReadError(DateProblem("not_a_date", (cell.isoformat(),)))
    if isinstance(cell, bool | int | float):
        shown = str(int(cell)) if isinstance(cell, float) and cell.is_integer() else str(cell)
        raise DateReadError(DateProblem("number_not_date", (shown,)))
    return read_date(str(cell), order)
