r"""Reading CSV as RFC 4180 says, the whole file at once, every line accounted for.

Quoted delimiters and line breaks are kept, doubled quotes stand for one, and there are no
backslash escapes (``C:\temp`` keeps its backslash and its t).

A quote that never closes, or that runs over line breaks into what looks like further
records, refuses the whole list naming the line where it opens: after a stray quote the
places where records begin are a guess, and a guess could leave patients out or put two
in one card. Rejecting only the rows concerned would still print cards for a list whose
shape is unknown; a refusal costs one corrected cell.

The file is parsed in a single-byte form (Latin-1, which maps every byte to one character)
so that its structure is found before its encoding is decided: delimiters, quotes and
line breaks are ASCII in every encoding read this way. Each cell is then decoded with the
chosen encoding; a cell whose bytes do not decode is marked, not dropped.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Collection, Iterator
from pathlib import Path
from typing import Any

from cardmaker.batch.encoding import (
    EncodingGuess,
    EncodingUncertainError,
    checked_encoding,
    choose_legacy,
    unicode_encoding,
    utf8_damage,
)
from cardmaker.batch.headers import field_of_heading, printed_heading
from cardmaker.batch.readproblems import ListReadError, row_message
from cardmaker.batch.source import DELIMITER_NAMES, Record, TableInfo, is_blank

_SNIFF_RECORDS = 50
_SNIFF_CHARS = 1 << 16
# Fields longer than this are not names; the csv module's own limit is 128 KiB.
FIELD_LIMIT = 1 << 17
MAX_FILE_BYTES = 64 << 20
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
_MULTIBYTE = ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be")


def _reader(lines: Iterator[str] | io.StringIO, delimiter: str) -> Any:
    return csv.reader(
        lines, delimiter=delimiter, quotechar='"', doublequote=True, escapechar=None, strict=False
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


def physical_lines(text: str) -> list[str]:
    r"""The lines of ``text`` with their endings; only \r\n, \r and \n end a line."""
    return _LINE.findall(text)


class _Parsed:
    """Records of the file in its structural form, with the header found."""

    def __init__(self, lines: list[str], delimiter: str) -> None:
        self.lines = lines
        self.delimiter = delimiter
        self.header: tuple[str, ...] = ()
        self.header_line = 0
        self.rows: list[tuple[int, int, tuple[str, ...] | None, str]] = []
        self._parse()

    def _parse(self) -> None:
        csv.field_size_limit(FIELD_LIMIT)
        source = iter(self.lines)
        reader = _reader(source, self.delimiter)
        previous = 0
        while True:
            try:
                fields = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                # A damaged record (an over-long field): reported as a row, read on after it.
                self.rows.append(
                    (
                        previous + 1,
                        max(reader.line_num, previous + 1),
                        None,
                        "record_unreadable:" + str(exc),
                    )
                )
                previous = max(reader.line_num, previous + 1)
                continue
            first, last = previous + 1, reader.line_num
            previous = last
            malformed = self._check_quotes(first, last)
            if malformed and self.header:
                self.rows.append((first, last, None, "malformed_quotes"))
                continue
            if not self.header:
                if fields and not is_blank(tuple(fields)):
                    self.header = tuple(fields)
                    self.header_line = last
                continue
            self.rows.append((first, last, tuple(fields), ""))

    def _check_quotes(self, first: int, last: int) -> str:
        """Refuse a quote that swallows records; '' or why a record's quoting is malformed."""
        raw = "".join(self.lines[first - 1 : last])
        opens = re.search(r"(?:^|[" + re.escape(self.delimiter) + r'])[ \t]*"', raw)
        if opens is None:
            return ""
        if raw.count('"') % 2:
            raise ListReadError("quote_never_closes", first)
        width = len(self.header)
        if last > first and width >= 2:
            for number in range(first + 1, last + 1):
                line = self.lines[number - 1].rstrip("\r\n")
                if len(line.split(self.delimiter)) >= width:
                    raise ListReadError("quote_spans_records", first, number)
        try:
            # Text after a closing quote ("Ann" One) is not RFC 4180: where the value
            # ends would be a guess, so the record is rejected rather than read one way.
            for _ in _strict_reader(raw, self.delimiter):
                pass
        except csv.Error as exc:
            return str(exc)
        return ""


def _strict_reader(raw: str, delimiter: str) -> Any:
    return csv.reader(io.StringIO(raw, newline=""), delimiter=delimiter, strict=True)


class CsvTable:
    """A CSV patient list, read and checked whole when opened."""

    def __init__(
        self,
        path: Path,
        encoding: str | None,
        delimiter: str | None,
        languages: Collection[str] = (),
    ) -> None:
        self.path = path
        raw = _read(path)
        guess, text, decode = _structure(raw, encoding)
        self._delimiter = delimiter or detect_delimiter(text[:_SNIFF_CHARS])
        parsed = _Parsed(physical_lines(text), self._delimiter)
        if guess is None:
            guess = _legacy_guess(parsed, languages)
            if not guess.confident:
                raise EncodingUncertainError(guess)
            decode = _cell_decoder(guess.name)
        if not parsed.header:
            raise ListReadError("no_header")
        self.info = TableInfo(
            kind="csv",
            encoding=guess.name,
            delimiter=DELIMITER_NAMES[self._delimiter],
            encoding_confident=guess.confident,
            encoding_detail=guess.detail,
            alternatives=guess.alternatives,
            lines=len(parsed.lines),
        )
        self.headers: tuple[str, ...] = tuple(decode(c)[0].strip() for c in parsed.header)
        self.header_line = parsed.header_line
        self._records = [_record(row, decode) for row in parsed.rows]

    def records(self) -> Iterator[Record]:
        """Data records after the header, blank ones included."""
        return iter(self._records)

    def estimated_rows(self) -> int:
        """Records after the header (exact: the file has been read)."""
        return len(self._records)

    def close(self) -> None:
        """Nothing to release: the file was read whole."""


Decoder = Callable[[str], tuple[str, bool]]


def _read(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            # Read in pieces: one read of the whole limit would reserve it all at once.
            chunks, size = [], 0
            while chunk := handle.read(1 << 20):
                size += len(chunk)
                if size > MAX_FILE_BYTES:
                    raise ListReadError("too_large", path.name, MAX_FILE_BYTES >> 20)
                chunks.append(chunk)
    except OSError as exc:
        raise ListReadError("cannot_open", path, exc.strerror or exc) from None
    return b"".join(chunks)


def _identity(cell: str) -> tuple[str, bool]:
    return cell, False


def _cell_decoder(name: str) -> Decoder:
    """Cells of the structural (Latin-1) form decoded as ``name``; True if bytes failed."""

    def decode(cell: str) -> tuple[str, bool]:
        if cell.isascii():
            return cell, False
        text = cell.encode("latin-1").decode(name, errors="replace")
        return text, "\ufffd" in text

    return decode


def _structure(raw: bytes, given: str | None) -> tuple[EncodingGuess | None, str, Decoder]:
    """The text to parse and how its cells decode; no guess yet for a legacy code page."""
    name = checked_encoding(given) if given else unicode_encoding(raw[:4096])
    if name is not None and name.lower().replace("_", "-") == "utf-8-sig":
        text = raw.removeprefix(b"\xef\xbb\xbf").decode("latin-1")
        return (
            EncodingGuess(name, detail="given" if given else "byte-order mark"),
            text,
            (_cell_decoder("utf-8")),
        )
    if name is not None and name.lower().replace("_", "-") in _MULTIBYTE:
        try:
            text = raw.decode(name)
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            raise ListReadError("not_in_encoding", name, line) from None
        return EncodingGuess(name, detail="given" if given else "byte-order mark"), text, _identity
    if b"\0" in raw:
        raise ListReadError("nul_bytes")
    text = raw.decode("latin-1")
    if name is not None:
        return EncodingGuess(name, detail="given"), text, _cell_decoder(name)
    if raw.isascii():
        return EncodingGuess("utf-8", detail="ASCII only"), text, _identity
    valid, bad = utf8_damage(raw)
    if not bad:
        return EncodingGuess("utf-8"), text, _cell_decoder("utf-8")
    if valid >= bad:
        detail = f"{bad} byte(s) are not UTF-8; the cells holding them are reported"
        return EncodingGuess("utf-8", detail=detail), text, _cell_decoder("utf-8")
    return None, text, _identity


def _legacy_guess(parsed: _Parsed, languages: Collection[str]) -> EncodingGuess:
    printed = [printed_heading(h) for h in parsed.header]
    lang_column = [i for i, h in enumerate(parsed.header) if field_of_heading(h) == "lang"]
    hints = set(languages)
    cells: dict[bytes, bool] = {}
    for _first, _last, fields, _error in parsed.rows:
        for index, cell in enumerate(fields or ()):
            if index in lang_column and cell.strip().isalpha():
                hints.add(cell.strip().lower())
            if not cell.isascii():
                key = cell.encode("latin-1")
                shown = index >= len(printed) or printed[index]
                cells[key] = cells.get(key, False) or shown
    for cell in parsed.header:
        if not cell.isascii():
            cells.setdefault(cell.encode("latin-1"), False)
    return choose_legacy(cells, hints)


def _record(row: tuple[int, int, tuple[str, ...] | None, str], decode: Decoder) -> Record:
    first, last, fields, error = row
    if fields is None:
        code, _, detail = error.partition(":")
        reason, params = row_message(code, *([detail] if detail else []))
        return Record(first, (), reason, last, code, params)
    cells, bad = [], []
    for index, cell in enumerate(fields):
        text, failed = decode(cell)
        cells.append(text)
        if failed:
            bad.append((index, "undecodable_bytes", (text,)))
    return Record(first, tuple(cells), last_line=last, cell_problems=tuple(bad))


def detect_encoding(path: Path, languages: Collection[str] = ()) -> EncodingGuess:
    """How a CSV list reads, without refusing an uncertain one: the desktop dialog's call.

    When ``confident`` is false, ``readings`` lists every plausible encoding and
    ``examples`` how each reads some printed cells; open the list again with the one the
    user picks (``open_table(path, encoding=...)``). Raises ``ListReadError`` for a file
    that cannot be read at all.
    """
    raw = _read(path)
    guess, text, _ = _structure(raw, None)
    if guess is not None:
        return guess
    parsed = _Parsed(physical_lines(text), detect_delimiter(text[:_SNIFF_CHARS]))
    return _legacy_guess(parsed, languages)
