"""What a batch did, row by row (the report CSV) and in total (the summary, also as JSON).

The report is written as UTF-8 with a byte-order mark so that Excel shows accented text
correctly, and atomically like every output. It names lines, columns and output files; the
patient's name appears in it only through a file name the user's pattern asked for.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cardmaker.batch.rows import RowProblem
from cardmaker.batch.source import TableInfo
from cardmaker.core.files import AtomicFile

REPORT_COLUMNS = ("line", "status", "column", "reason", "output")
PRODUCED, REJECTED, SKIPPED, NOT_DONE = "produced", "rejected", "skipped", "not done"


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
    outputs: list[str] = field(default_factory=list)
    report: str | None = None
    columns: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    cancelled: bool = False
    sheets: int = 0
    # Card languages of the cards produced (to say which of their texts are drafts).
    languages: set[str] = field(default_factory=set)

    def as_json(self) -> dict[str, Any]:
        """The summary as one JSON object (``--json``)."""
        return {
            "input": self.input,
            "produced": self.produced,
            "skipped": self.skipped,
            "rejected": [
                {"line": p.line, "column": p.column, "reason": p.reason} for p in self.rejected
            ],
            "rejected_rows": self.rejected_rows,
            "not_done": self.not_done,
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
    folder, stem = target.parent, target.stem
    path = folder / f"{stem}-report.csv"
    number = 1
    while not overwrite and path.exists():
        number += 1
        path = folder / f"{stem}-report-{number}.csv"
    return path


def _inert(text: str) -> str:
    """Text a spreadsheet shows as text: a leading = + - @ would start a formula."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@dataclass
class Ticket:
    """A produced row's fate, settled when its file or sheet is written."""

    done: bool = False
    output: str = ""
    failure: str = ""
    cancelled: bool = False
    waiting: int = 1  # pieces still to be written (leaves of a card on sheets)


class ReportWriter:
    """Streams report rows into an atomic file; ``commit`` makes it appear."""

    def __init__(self, path: Path, overwrite: bool) -> None:
        self.path = path
        self._file = AtomicFile(path, overwrite)
        self._buffer = io.StringIO()
        self._csv = csv.writer(self._buffer, lineterminator="\r\n")
        self._file.write("\ufeff".encode())
        self.row(*REPORT_COLUMNS)

    def row(self, *values: object) -> None:
        """One line of the report."""
        self._csv.writerow([_inert(str(v)) for v in values])
        if self._buffer.tell() > 1 << 16:
            self._flush()

    def _flush(self) -> None:
        self._file.write(self._buffer.getvalue().encode("utf-8"))
        self._buffer.seek(0)
        self._buffer.truncate()

    def commit(self) -> None:
        """Write the rest and give the report its name."""
        self._flush()
        self._file.commit()

    def discard(self) -> None:
        """Drop the report."""
        self._file.discard()
