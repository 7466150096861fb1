"""What a batch did, row by row (the report CSV) and in total (the summary, also as JSON).

The report is written as UTF-8 with a byte-order mark so that Excel shows accented text
correctly, and atomically like every output. It names lines, columns and output files; the
patient's name appears in it only through a file name the user's pattern asked for.
"""

from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cardmaker.batch.rows import RowProblem
from cardmaker.batch.source import TableInfo
from cardmaker.core.errors import OutputError, escape_controls
from cardmaker.core.files import AtomicFile

# The report's columns, documented in the README: every input line is one row (a rejected
# line one row per problem), with what became of it.
REPORT_COLUMNS = ("line", "status", "column", "code", "reason", "output", "defaults")
PRODUCED, REJECTED, SKIPPED, NOT_DONE = "produced", "rejected", "skipped", "not done"
# Why a line made no card although nothing was wrong with it (the report's code column).
NOT_DONE_REASONS: dict[str, str] = {
    "interrupted": "the run was interrupted before its card was made",
    "never_read": "the run stopped before this line was read",
    "not_kept": "its card was in the combined PDF, which was not kept",
    "output_failed": "the run stopped: an output could not be written",
}


@dataclass
class BatchSummary:
    """Totals of one run; ``rejected`` holds one entry per problem."""

    input: str
    info: TableInfo
    produced: int = 0
    skipped: int = 0
    rejected: list[RowProblem] = field(default_factory=list)
    rejected_rows: int = 0
    not_done: int = 0
    # Not-done lines by reason (keys of NOT_DONE_REASONS).
    not_done_by: dict[str, int] = field(default_factory=dict)
    # Values that came from a default (an option, not the line), by field.
    defaults_used: dict[str, int] = field(default_factory=dict)
    # The first output that could not be written (the run stopped there), and the report's.
    output_error: str = ""
    report_error: str = ""
    outputs: list[str] = field(default_factory=list)
    report: str | None = None
    columns: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    cancelled: bool = False
    sheets: int = 0
    # Card languages of the cards produced (to say which of their texts are drafts).
    languages: set[str] = field(default_factory=set)

    def count_not_done(self, code: str) -> None:
        """One more line that made no card through no fault of its own."""
        self.not_done += 1
        self.not_done_by[code] = self.not_done_by.get(code, 0) + 1

    def as_json(self) -> dict[str, Any]:
        """The summary as one JSON object (``--json``)."""
        return {
            "input": self.input,
            "produced": self.produced,
            "skipped": self.skipped,
            "rejected": [
                {
                    "line": p.line,
                    "column": p.column,
                    "code": getattr(p, "code", ""),
                    "reason": p.reason,
                }
                for p in self.rejected
            ],
            "rejected_rows": self.rejected_rows,
            "not_done": self.not_done,
            "not_done_by": dict(self.not_done_by),
            "defaults_used": dict(self.defaults_used),
            "output_error": self.output_error,
            "report_error": self.report_error,
            "cancelled": self.cancelled,
            "encoding": self.info.encoding,
            "encoding_confident": self.info.encoding_confident,
            "delimiter": self.info.delimiter,
            "sheet": self.info.sheet,
            "columns": self.columns,
            "notes": self.notes,
            "outputs": self.outputs,
            "report": self.report,
            "sheets": self.sheets,
            "languages": sorted(self.languages),
        }


def report_path_for(target: Path, overwrite: bool) -> Path:
    """``<name>-report.csv`` beside ``target``; numbered rather than replacing one."""
    base = target.parent / f"{target.stem}-report.csv"
    path, number = base, 1
    while not overwrite and os.path.lexists(path):
        number += 1
        path = numbered_report_path(base, number)
    return path


def numbered_report_path(path: Path, number: int) -> Path:
    """``<name>-report-<number>.csv`` for the report ``<name>-report.csv``."""
    return path.with_name(f"{path.stem}-{number}{path.suffix}") if number > 1 else path


def _inert(text: str) -> str:
    """Text a spreadsheet shows as text, and a terminal as text.

    A leading = + - @ would start a formula; control characters and escape sequences from
    the list are written escaped.
    """
    text = escape_controls(text)
    return f"'{text}" if text[:1] in ("=", "+", "-", "@") else text


@dataclass
class Ticket:
    """A produced row's fate, settled when its file or sheet is written."""

    done: bool = False
    output: str = ""
    failure: str = ""
    failure_code: str = ""
    # The file could not be written (a full disk): the run stops, the line is not done.
    output_error: str = ""
    cancelled: bool = False
    waiting: int = 1  # pieces still to be written (leaves of a card on sheets)


class ReportWriter:
    """Streams report rows into an atomic file; ``commit`` makes it appear.

    A failure to write the report does not stop the run: it is kept and raised by
    ``commit``, so the cards are still accounted for on the terminal.
    """

    def __init__(self, path: Path, overwrite: bool, inputs: tuple[Path, ...] = ()) -> None:
        self.path = path
        self.overwrite = overwrite
        self._file = AtomicFile(path, overwrite, inputs)
        self._buffer = io.StringIO()
        self._csv = csv.writer(self._buffer, lineterminator="\r\n")
        self._error: OutputError | None = None
        self._write("\ufeff".encode())
        self.row(*REPORT_COLUMNS)

    def row(self, *values: object) -> None:
        """One line of the report."""
        self._csv.writerow([_inert(str(v)) for v in values])
        if self._buffer.tell() > 1 << 16:
            self._flush()

    def _write(self, data: bytes) -> None:
        if self._error is not None:
            return
        try:
            self._file.write(data)
        except OutputError as exc:
            self._error = exc

    def _flush(self) -> None:
        self._write(self._buffer.getvalue().encode("utf-8"))
        self._buffer.seek(0)
        self._buffer.truncate()

    def commit(self) -> None:
        """Write the rest and give the report its name; raises ``OutputError``.

        Without ``overwrite`` a report that another run named alike meanwhile is kept: this
        one takes the next free number.
        """
        self._flush()
        if self._error is not None:
            self._file.discard()
            raise self._error
        base, number = self.path, 1
        while True:
            try:
                self._file.commit_as(self.path)
                return
            except FileExistsError:
                number += 1
                self.path = numbered_report_path(_unnumbered(base), number)

    def discard(self) -> None:
        """Drop the report."""
        self._file.discard()


def _unnumbered(path: Path) -> Path:
    stem = re.sub(r"-report-\d+$", "-report", path.stem)
    return path.with_name(stem + path.suffix)
