"""A patient list as a table: header cells, then data records with their line numbers.

CSV and XLSX files are read by their own modules; this one says what both give back and
picks the reader by the file's content (a spreadsheet renamed to .csv is still read as one).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Protocol

from cardmaker.core.errors import UnreadableInputError

# What a cell may hold: text from CSV; text, numbers, booleans and dates from XLSX.
Cell = str | int | float | bool | date | datetime | time | None

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True)
class TableInfo:
    """How the file was read, for the summary and the dialog."""

    kind: str  # "csv" or "xlsx"
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    encoding_confident: bool = True
    encoding_detail: str = ""
    sheets: tuple[str, ...] = ()


@dataclass(frozen=True)
class Record:
    """One data row: the line (CSV) or row number (XLSX) where it starts, and its cells."""

    line: int
    cells: tuple[Cell, ...]
    error: str = ""  # set when the record itself could not be read


class Table(Protocol):
    """A readable patient list."""

    info: TableInfo
    headers: tuple[str, ...]
    header_line: int

    def records(self) -> Iterator[Record]:
        """Data records after the header, blank ones included (the caller counts them)."""
        ...

    def estimated_rows(self) -> int:
        """About how many data records follow the header (for progress)."""
        ...

    def close(self) -> None:
        """Release the file."""
        ...


DELIMITER_NAMES: dict[str, str] = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}


def parse_delimiter(text: str) -> str:
    r"""A delimiter given by name or as the character ('tab', '\t', ';', 'semicolon')."""
    aliases = {name: char for char, name in DELIMITER_NAMES.items()}
    aliases.update({"\\t": "\t", "tab": "\t"})
    value = aliases.get(text.strip().lower(), text)
    if value not in DELIMITER_NAMES:
        raise UnreadableInputError(
            f"unsupported delimiter {text!r}; use comma, semicolon, tab or pipe"
        )
    return value


def is_blank(cells: tuple[Cell, ...]) -> bool:
    """True for an empty line or a row of only delimiters (or empty cells)."""
    return all(cell is None or (isinstance(cell, str) and not cell.strip()) for cell in cells)


def open_table(
    path: Path,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
) -> Table:
    """Open a CSV or XLSX patient list; raises ``UnreadableInputError`` if it cannot be read."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            magic = handle.read(8)
    except OSError as exc:
        raise UnreadableInputError(f"cannot open {path}: {exc.strerror or exc}") from None
    if magic.startswith(_OLE_MAGIC):
        raise UnreadableInputError(
            "this is an Excel 97-2003 (.xls) file; save it as .xlsx or CSV and try again"
        )
    if magic.startswith(_ZIP_MAGIC):
        from cardmaker.batch.xlsxsource import XlsxTable

        return XlsxTable(path, sheet)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise UnreadableInputError(f"{path.name} is not a valid .xlsx file")
    from cardmaker.batch.csvsource import CsvTable

    return CsvTable(path, encoding, delimiter)
