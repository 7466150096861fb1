"""Reading an .xlsx patient list: one worksheet, streamed, checked whole before any card.

Only the cells the file holds are visited: a lone cell at XFD1048576 costs one cell, not a
million rows. Cells keep their types: a date cell (or a number in a date format) arrives
as a date, a phone number typed as a number as a number (the row reader prints its digits).

Decisions where a workbook allows more than a list does:

- Several worksheets: the first visible one is read, or the one named with --worksheet;
  the others are listed in the summary.
- Merged cells within one row (a title across columns) are read as their first cell.
  Cells merged over several rows of the list would give every row but the first an empty
  cell, silently: those rows are rejected, naming the range, so that it is unmerged.
- A formula without a saved value (a file written by a program that does not calculate)
  rejects its row when the card uses that column; an error value (#N/A) likewise.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from xml.etree.ElementTree import Element

from cardmaker.batch.readproblems import ListReadError, row_message
from cardmaker.batch.source import Cell, Record, TableInfo, is_blank
from cardmaker.batch.xlsxparts import (
    DamagedWorkbookError,
    SheetRef,
    Workbook,
    item_text,
    refusal,
    tag,
    unescape,
)
from cardmaker.core.datereader import DateReadError, from_serial

MAX_COLUMNS = 512
MAX_ROWS = 200_000
_REFERENCE = re.compile(r"([A-Z]{1,3})(\d{1,7})")
CellProblem = tuple[str, tuple[str, ...]]


def column_number(letters: str) -> int:
    """0 for A, 25 for Z, 26 for AA..."""
    number = 0
    for char in letters:
        number = number * 26 + ord(char) - 64
    return number - 1


def column_letters(index: int) -> str:
    """'A' for 0, 'AA' for 26."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class XlsxTable:
    """One worksheet of a workbook, read whole when opened."""

    def __init__(self, path: Path, sheet: str | None) -> None:
        self.path = path
        self.headers: tuple[str, ...] = ()
        self.header_line = 0
        self._records: list[Record] = []
        try:
            with path.open("rb") as handle:
                book = Workbook(handle, path.name)
                try:
                    chosen = _choose_sheet(book.sheets, sheet)
                    last = self._read(book, chosen)
                finally:
                    book.close()
        except ListReadError:
            raise
        except Exception as exc:
            raise refusal(path.name, exc) from None
        self.info = TableInfo(
            kind="xlsx", sheet=chosen.name, sheets=tuple(s.name for s in book.sheets), lines=last
        )

    def _read(self, book: Workbook, sheet: SheetRef) -> int:
        merges: list[tuple[int, int, str]] = []
        width = 0
        last = 0
        for element in book.elements(sheet.part, tag("row"), tag("mergeCell")):
            if element.tag == tag("mergeCell"):
                merges += _multi_row_merge(element.get("ref", ""))
                continue
            number = int(element.get("r") or last + 1)
            last = max(last, number)
            cells, problems = _row_cells(element, book)
            if not self.headers:
                if cells and not is_blank(tuple(cells.values())):
                    self._set_header(cells, number)
                    width = len(self.headers)
                continue
            self._records.append(_record(number, cells, problems, width))
            if len(self._records) > MAX_ROWS:
                raise DamagedWorkbookError(f"it has more than {MAX_ROWS} rows")
        if not self.headers:
            raise ListReadError("empty_sheet", sheet.name)
        self._reject_merged(merges)
        return last

    def _set_header(self, cells: dict[int, Cell], number: int) -> None:
        filled = [i for i, c in cells.items() if not is_blank((c,))]
        if max(filled) >= MAX_COLUMNS:
            raise DamagedWorkbookError(
                f"its heading row reaches column {column_letters(max(filled))}; "
                f"a list has at most {MAX_COLUMNS} columns"
            )
        self.headers = tuple(_heading(cells.get(i)) for i in range(max(filled) + 1))
        self.header_line = number

    def _reject_merged(self, merges: list[tuple[int, int, str]]) -> None:
        if not merges:
            return
        for index, record in enumerate(self._records):
            for top, bottom, reference in merges:
                if top <= record.line <= bottom and bottom > self.header_line:
                    reason, params = row_message("merged_cells", reference)
                    self._records[index] = Record(
                        record.line, (), reason, error_code="merged_cells", error_params=params
                    )
                    break

    def records(self) -> Iterator[Record]:
        """Data rows after the header."""
        return iter(self._records)

    def estimated_rows(self) -> int:
        """Rows after the header (exact: the sheet has been read)."""
        return len(self._records)

    def close(self) -> None:
        """Nothing to release: the workbook was read whole."""


def _choose_sheet(sheets: list[SheetRef], wanted: str | None) -> SheetRef:
    if wanted is None:
        return next((s for s in sheets if not s.hidden), sheets[0])
    exact = [s for s in sheets if s.name == wanted]
    loose = [s for s in sheets if s.name.casefold() == wanted.casefold()]
    if exact or loose:
        return (exact or loose)[0]
    raise ListReadError("no_such_sheet", wanted, ", ".join(s.name for s in sheets))


def _heading(cell: Cell) -> str:
    return "" if cell is None else str(cell).strip()


def _multi_row_merge(reference: str) -> list[tuple[int, int, str]]:
    parts = _REFERENCE.findall(reference.upper())
    if len(parts) != 2:
        return []
    top, bottom = int(parts[0][1]), int(parts[1][1])
    return [(top, bottom, reference)] if bottom > top else []


def _row_cells(row: Element, book: Workbook) -> tuple[dict[int, Cell], dict[int, CellProblem]]:
    cells: dict[int, Cell] = {}
    problems: dict[int, CellProblem] = {}
    cursor = 0
    for element in row:
        if element.tag != tag("c"):
            continue
        reference = _REFERENCE.fullmatch(element.get("r", "").upper())
        column = column_number(reference[1]) if reference else cursor
        cursor = column + 1
        value, problem = _cell_value(element, book)
        if value is not None:
            cells[column] = value
        if problem is not None:
            problems[column] = problem
    return cells, problems


def _cell_value(cell: Element, book: Workbook) -> tuple[Cell, CellProblem | None]:
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        inline = cell.find(tag("is"))
        return (item_text(inline) if inline is not None else None), None
    value = cell.find(tag("v"))
    if value is None or value.text is None:
        if cell.find(tag("f")) is not None:
            return None, ("formula_without_value", ())
        return None, None
    text = value.text.strip()
    if kind == "s":
        index = int(text)
        if not 0 <= index < len(book.shared):
            raise DamagedWorkbookError(
                f"cell {cell.get('r', '?')} refers to a text that is not there"
            )
        return book.shared[index], None
    if kind == "str":
        return unescape(value.text), None
    if kind == "b":
        return text in ("1", "true"), None
    if kind == "e":
        return None, ("cell_error", (text,))
    if kind == "d":
        try:
            return datetime.fromisoformat(text.rstrip("Z")), None
        except ValueError:
            return text, None
    number: int | float = int(text) if re.fullmatch(r"-?\d{1,15}", text) else float(text)
    if isinstance(number, float) and not math.isfinite(number):
        return None, ("cell_error", (text,))
    if int(cell.get("s", "0") or 0) in book.date_styles:
        try:
            return from_serial(number, book.epoch_1904), None
        except DateReadError:
            return number, None
    return number, None


def _record(
    number: int, cells: dict[int, Cell], problems: dict[int, CellProblem], width: int
) -> Record:
    outside = sorted(i for i in (*cells, *problems) if i >= width)
    if outside:
        reason, params = row_message("value_outside_columns", column_letters(outside[0]))
        return Record(number, (), reason, error_code="value_outside_columns", error_params=params)
    used = max((*cells, *problems), default=-1) + 1
    values = tuple(cells.get(i) for i in range(used))
    return Record(
        number,
        values,
        cell_problems=tuple((i, code, params) for i, (code, params) in sorted(problems.items())),
    )
