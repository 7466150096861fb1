r"""Reading CSV as RFC 4180 says: quoted delimiters and line breaks, no backslash escapes.

Doubled quotes stand for one quote; ``C:\temp`` keeps its backslash and its t.

The delimiter is the one of comma, semicolon, tab and pipe that splits the header and the
first records into the same number of fields, more than one.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from cardmaker.batch.encoding import EncodingGuess, checked_encoding, detect_encoding
from cardmaker.batch.source import DELIMITER_NAMES, Record, TableInfo, is_blank
from cardmaker.core.errors import UnreadableInputError

_SNIFF_RECORDS = 50
# Fields longer than this are not names; the csv module's own limit is 128 KiB.
FIELD_LIMIT = 1 << 17


def _reader(handle: io.TextIOBase, delimiter: str) -> Iterator[list[str]]:
    return csv.reader(
        handle, delimiter=delimiter, quotechar='"', doublequote=True, escapechar=None, strict=False
    )


def _field_counts(text: str, delimiter: str) -> list[int]:
    counts = []
    try:
        for fields in _reader(io.StringIO(text, newline=""), delimiter):
            if not is_blank(tuple(fields)):
                counts.append(len(fields))
            if len(counts) >= _SNIFF_RECORDS:
                break
    except csv.Error:
        pass
    return counts


def detect_delimiter(head: str) -> str:
    """The delimiter giving the header more than one field and most records the same count.

    With one column only, the most frequent candidate (a row of ';;' is then blank).
    """
    best = max(DELIMITER_NAMES, key=lambda d: (head.count(d), d == ","))
    best_score = (-1.0, 0)
    for delimiter in DELIMITER_NAMES:
        counts = _field_counts(head, delimiter)
        if not counts or counts[0] < 2:
            continue
        agree = sum(count == counts[0] for count in counts) / len(counts)
        score = (agree, counts[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


class CsvTable:
    """A CSV patient list, read in one pass, record by record."""

    def __init__(self, path: Path, encoding: str | None, delimiter: str | None) -> None:
        self.path = path
        guess = (
            EncodingGuess(checked_encoding(encoding), detail="given")
            if encoding
            else detect_encoding(path)
        )
        self._encoding = guess.name
        head = self._head()
        self._delimiter = delimiter or detect_delimiter(head)
        self.info = TableInfo(
            kind="csv",
            encoding=guess.name,
            delimiter=DELIMITER_NAMES[self._delimiter],
            encoding_confident=guess.confident,
            encoding_detail=guess.detail,
        )
        self.headers: tuple[str, ...] = ()
        self.header_line = 0
        self._handle: io.TextIOWrapper | None = None
        self._rows = self._open()

    def _text_handle(self) -> io.TextIOWrapper:
        try:
            return self.path.open("r", encoding=self._encoding, errors="strict", newline="")
        except OSError as exc:
            raise UnreadableInputError(f"cannot open {self.path}: {exc.strerror or exc}") from None

    def _head(self) -> str:
        with self._text_handle() as handle:
            try:
                return handle.read(1 << 16)
            except UnicodeDecodeError as exc:
                raise UnreadableInputError(
                    f"the file is not valid {self._encoding}: {exc.reason}"
                ) from None

    def _open(self) -> Iterator[Record]:
        csv.field_size_limit(FIELD_LIMIT)
        self._handle = self._text_handle()
        rows = self._iterate(self._handle)
        for record in rows:
            if record.cells and not is_blank(record.cells):
                self.headers = tuple(str(c).strip() for c in record.cells)
                self.header_line = record.line
                return rows
        raise UnreadableInputError("the file has no header row (it is empty or blank)")

    def _iterate(self, handle: io.TextIOWrapper) -> Iterator[Record]:
        reader = csv.reader(
            handle,
            delimiter=self._delimiter,
            quotechar='"',
            doublequote=True,
            escapechar=None,
            strict=False,
        )
        previous = 0
        while True:
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                # A damaged record (an over-long field): report it as a row, go on after it.
                yield Record(previous + 1, (), error=f"this record cannot be read: {exc}")
                if reader.line_num == previous:
                    return
                previous = reader.line_num
                continue
            except UnicodeDecodeError as exc:
                raise UnreadableInputError(
                    f"the file is not valid {self._encoding} after line {previous}: {exc.reason}"
                ) from None
            yield Record(previous + 1, tuple(fields))
            previous = reader.line_num

    def records(self) -> Iterator[Record]:
        """Data records after the header."""
        return self._rows

    def estimated_rows(self) -> int:
        """Records after the header, counted by parsing the file once more (fast)."""
        count = 0
        with self._text_handle() as handle:
            try:
                for _ in _reader(handle, self._delimiter):
                    count += 1
            except (csv.Error, UnicodeDecodeError):
                pass
        return max(0, count - 1)

    def close(self) -> None:
        """Close the file."""
        if self._handle is not None:
            self._handle.close()
