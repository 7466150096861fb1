"""A patient list as a table: header cells, then data records with their line numbers.

CSV and XLSX files are read by their own modules; this one says what both give back and
picks the reader by the file's content (a spreadsheet renamed to .csv is still read as one).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Protocol

from cardmaker.batch.readproblems import ListReadError

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
    # Other plausible encodings (only when not confident; a refused list has them too).
    alternatives: tuple[str, ...] = ()
    # Lines (CSV) or rows (XLSX) in the file, header and blank ones included.
    lines: int = 0


@dataclass(frozen=True, slots=True)
class Record:
    """One data row: the lines (CSV) or row (XLSX) it spans, and its cells.

    Every line of a file after the header belongs to exactly one record, blank ones too,
    from ``line`` to ``last_line``: the report can account for each.
    """

    line: int
    cells: tuple[Cell, ...]
    error: str = ""  # set when the record itself could not be read
    last_line: int = 0  # 0: the same as ``line``
    error_code: str = ""
    error_params: tuple[str, ...] = ()
    # Cells that hold no usable value: (column index, problem code, parameters), e.g. bytes
    # that do not decode, or a formula without a saved value (codes in ``readproblems``).
    cell_problems: tuple[tuple[int, str, tuple[str, ...]], ...] = ()

    @property
    def end(self) -> int:
        """The last line of the record."""
        return self.last_line or self.line


class Table(Protocol):
    """A readable patient list."""

    info: TableInfo
    headers: tuple[str, ...]
    header_line: int  # the header's last line: lines up to it are not data

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
        raise ListReadError("bad_delimiter", repr(text))
    return value


def is_blank(cells: tuple[Cell, ...]) -> bool:
    """True for an empty line or a row of only delimiters (or empty cells)."""
    return all(cell is None or (isinstance(cell, str) and not cell.strip()) for cell in cells)


def open_table(
    path: Path,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    languages: Collection[str] = (),
) -> Table:
    """Open a CSV or XLSX patient list, read and checked whole before anything is written.

    ``languages`` are the card languages the list is for (``--lang``, the country's): the
    prior when the encoding of a CSV is decided. Raises ``UnreadableInputError`` (with a
    code, see ``readproblems``) if the list cannot be read.
    """
    path = Path(path)
    try:
        with path.open("rb") as handle:
            magic = handle.read(8)
    except OSError as exc:
        raise ListReadError("cannot_open", path, exc.strerror or exc) from None
    if magic.startswith(_OLE_MAGIC):
        raise ListReadError("old_excel")
    if magic.startswith(_ZIP_MAGIC):
        from cardmaker.batch.xlsxsource import XlsxTable

        return XlsxTable(path, sheet)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise ListReadError("not_xlsx", path.name)
    from cardmaker.batch.csvsource import CsvTable

    return CsvTable(path, encoding, delimiter, languages)


def reading_languages(language: str, country: str, reporting: Mapping[str, Any]) -> list[str]:
    """The card languages a batch's options suggest: the language, then the country's."""
    system = reporting.get(country.upper())
    spoken = list(getattr(system, "languages", ()) or ())
    return list(dict.fromkeys([language.lower(), *spoken]))
