"""Reading an .xlsx patient list with openpyxl in read-only mode (rows streamed, not loaded).

Cells keep their types: a date cell arrives as a date, a phone number typed as a number as
a number (the row reader turns it back into its digits).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cardmaker.batch.source import Cell, Record, TableInfo, is_blank
from cardmaker.core.errors import UnreadableInputError


class XlsxTable:
    """The first sheet (or the named one) of a workbook."""

    def __init__(self, path: Path, sheet: str | None) -> None:
        import openpyxl
        from openpyxl.utils.exceptions import InvalidFileException

        # A file object, not a name: openpyxl judges names by extension, we by content.
        self._handle = path.open("rb")
        try:
            self._book = openpyxl.load_workbook(self._handle, read_only=True, data_only=True)
        except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as exc:
            self._handle.close()
            raise UnreadableInputError(f"{path.name} cannot be read as .xlsx: {exc}") from None
        names = tuple(self._book.sheetnames)
        if sheet is not None and sheet not in names:
            self.close()
            raise UnreadableInputError(
                f"no sheet named '{sheet}'; the workbook has: {', '.join(names)}"
            )
        chosen = sheet if sheet is not None else names[0]
        self._sheet: Any = self._book[chosen]
        self.info = TableInfo(kind="xlsx", sheet=chosen, sheets=names)
        self.headers: tuple[str, ...] = ()
        self.header_line = 0
        self._rows = self._open()

    def _iterate(self) -> Iterator[Record]:
        try:
            for number, row in enumerate(self._sheet.iter_rows(values_only=True), start=1):
                yield Record(number, tuple(_cell(value) for value in row))
        except (ValueError, KeyError, zipfile.BadZipFile) as exc:
            raise UnreadableInputError(f"the workbook cannot be read further: {exc}") from None

    def _open(self) -> Iterator[Record]:
        rows = self._iterate()
        for record in rows:
            if not is_blank(record.cells):
                self.headers = tuple(_header_text(c) for c in record.cells)
                self.header_line = record.line
                return rows
        raise UnreadableInputError(f"the sheet '{self.info.sheet}' is empty")

    def records(self) -> Iterator[Record]:
        """Data rows after the header."""
        return self._rows

    def estimated_rows(self) -> int:
        """Rows after the header according to the sheet's stored dimensions."""
        try:
            last = int(self._sheet.max_row or 0)
        except (TypeError, ValueError):
            return 0
        return max(0, last - self.header_line)

    def close(self) -> None:
        """Close the workbook file."""
        self._book.close()
        self._handle.close()


def _header_text(cell: Cell) -> str:
    return "" if cell is None else str(cell).strip()


def _cell(value: object) -> Cell:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    import datetime as dt

    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value
    # Error values (#N/A), rich text and the like: keep what Excel would show.
    return str(value)
