"""A batch from start to end: read the list, check every row, write every card and the report.

The list is read and written in one streaming pass: a row is read, checked and handed to
the writer, and only its outcome is kept. Rows are reported in file order as their cards
are written; progress counts finished rows. ``cancel`` is polled between rows: after it
says yes no new card is started, cards in progress are finished, and the report of what
was done is written.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cardmaker.batch.celldates import DateOrder
from cardmaker.batch.columns import ColumnMapping, map_columns
from cardmaker.batch.combined import CombinedWriter
from cardmaker.batch.naming import DEFAULT_PATTERN, NamePattern
from cardmaker.batch.perfile import MIN_CARDS_FOR_WORKERS, PerFileWriter
from cardmaker.batch.report import (
    NOT_DONE,
    PRODUCED,
    REJECTED,
    SKIPPED,
    BatchSummary,
    ReportWriter,
    Ticket,
    report_path_for,
)
from cardmaker.batch.rows import RowProblem, RowReader, RowResult
from cardmaker.batch.source import Table, open_table, reading_languages
from cardmaker.batch.workers import default_jobs
from cardmaker.core.errors import CardmakerError
from cardmaker.core.library import CardLibrary, load_library
from cardmaker.core.model import CardRequest
from cardmaker.render.imposition import SHEET_SIZES, Duplex

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class OutputError(CardmakerError):
    """The output cannot be written where asked (exists, not a folder)."""


@dataclass(frozen=True)
class BatchOptions:
    """Everything a batch run needs besides the rows."""

    input: Path
    defaults: CardRequest
    output_dir: Path | None = None
    combined: Path | None = None
    content_dir: Path | None = None
    encoding: str | None = None
    delimiter: str | None = None
    sheet_name: str | None = None
    column_map: dict[str, str] = field(default_factory=dict)
    date_order: DateOrder = DateOrder.DMY
    name_pattern: str = DEFAULT_PATTERN
    paper: str = "a4"
    duplex: Duplex = Duplex.LONG_EDGE
    start: int = 1
    overwrite: bool = False
    jobs: int | None = None
    pdfx: bool = False


def open_rows(
    options: BatchOptions, library: CardLibrary
) -> tuple[Table, ColumnMapping, RowReader]:
    """Open the list and map its columns; raises ``UnreadableInputError``."""
    languages = reading_languages(
        options.defaults.language, options.defaults.country, library.reporting
    )
    table = open_table(
        options.input, options.encoding, options.delimiter, options.sheet_name, languages
    )
    try:
        mapping = map_columns(table.headers, options.column_map)
    except BaseException:
        table.close()
        raise
    return table, mapping, RowReader(mapping, options.defaults, library, options.date_order)


class _Ledger:
    """Outcomes in row order: writes them to the report and the summary as they settle."""

    def __init__(self, summary: BatchSummary, report: ReportWriter, progress: Progress | None):
        self.summary = summary
        self.report = report
        self.progress = progress
        self.total = 0
        self.finished = 0
        self._pending: deque[tuple[RowResult, Ticket | None]] = deque()

    def add(self, result: RowResult, ticket: Ticket | None = None) -> None:
        self._pending.append((result, ticket))
        self.flush()

    def flush(self, final: bool = False) -> None:
        while self._pending:
            result, ticket = self._pending[0]
            if ticket is not None and not ticket.done and not final:
                return
            self._pending.popleft()
            self._record(result, ticket)
            self.finished += 1
        if self.progress is not None:
            self.progress(self.finished, max(self.total, self.finished))

    def _record(self, result: RowResult, ticket: Ticket | None) -> None:
        summary, line = self.summary, result.line
        if result.skipped:
            summary.skipped += 1
            self.report.row(line, SKIPPED, "", result.skipped, "")
        elif result.problems:
            self._reject(result.problems)
        elif ticket is None or not ticket.done or ticket.cancelled:
            summary.not_done += 1
            self.report.row(line, NOT_DONE, "", "the batch was cancelled", "")
        elif ticket.failure:
            self._reject((RowProblem(line, "", ticket.failure),))
        else:
            summary.produced += 1
            if result.card is not None:
                summary.languages.add(result.card.request.language)
            self.report.row(line, PRODUCED, "", "", ticket.output)

    def _reject(self, problems: tuple[RowProblem, ...]) -> None:
        self.summary.rejected_rows += 1
        for problem in problems:
            self.summary.rejected.append(problem)
            self.report.row(problem.line, REJECTED, problem.column, problem.reason, "")


def _check_output(options: BatchOptions) -> Path:
    """Where the report goes (beside the output); refuses outputs that cannot be written."""
    if (options.output_dir is None) == (options.combined is None):
        raise OutputError("give either an output folder (-o) or a combined file (--combined)")
    if options.combined is not None:
        if options.combined.exists() and not options.overwrite:
            raise OutputError(f"{options.combined} exists (use --overwrite to replace it)")
        if not options.combined.parent.is_dir():
            raise OutputError(f"folder {options.combined.parent} does not exist")
        return options.combined
    assert options.output_dir is not None
    if options.output_dir.exists() and not options.output_dir.is_dir():
        raise OutputError(f"{options.output_dir} is not a folder")
    return options.output_dir / options.input.stem


def run_batch(
    options: BatchOptions,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    library: CardLibrary | None = None,
) -> BatchSummary:
    """Run a batch; raises ``UnreadableInputError`` (nothing written) or ``OutputError``."""
    library = library or load_library(options.content_dir)
    pattern = NamePattern.parse(options.name_pattern)
    if options.paper not in SHEET_SIZES:
        raise OutputError(f"unknown sheet size '{options.paper}'")
    target = _check_output(options)
    table, mapping, reader = open_rows(options, library)
    try:
        if options.output_dir is not None:
            # Only now: a list that cannot be read leaves no empty folder behind.
            options.output_dir.mkdir(parents=True, exist_ok=True)
        summary = BatchSummary(str(options.input), table.info, columns=mapping.describe())
        summary.notes = list(mapping.notes)
        report = ReportWriter(report_path_for(target, options.overwrite), options.overwrite)
        ledger = _Ledger(summary, report, progress)
        ledger.total = table.estimated_rows()
        try:
            _write_cards(options, table, reader, ledger, pattern, library, cancel)
        except BaseException:
            report.discard()
            raise
        report.commit()
        summary.report = str(report.path)
        return summary
    finally:
        table.close()


def _write_cards(
    options: BatchOptions,
    table: Table,
    reader: RowReader,
    ledger: _Ledger,
    pattern: NamePattern,
    library: CardLibrary,
    cancel: Cancel | None,
) -> None:
    summary = ledger.summary
    combined: CombinedWriter | None = None
    per_file: PerFileWriter | None = None
    if options.combined is not None:
        # Sheets render in this process unless --jobs asks for workers: checking rows, not
        # drawing, takes most of the time here, so workers win little (measured: 10,000
        # cards 7.2 s alone, 6.9 s with two workers) for three times the memory.
        combined = CombinedWriter(
            options.combined,
            SHEET_SIZES[options.paper],
            options.duplex,
            options.start,
            options.overwrite,
            jobs=options.jobs or 1,
            pdfx=options.pdfx,
        )
    else:
        assert options.output_dir is not None
        jobs = options.jobs or default_jobs()
        if ledger.total < MIN_CARDS_FOR_WORKERS:
            jobs = 1
        per_file = PerFileWriter(
            options.output_dir,
            pattern,
            options.overwrite,
            options.content_dir,
            library,
            jobs,
            pdfx=options.pdfx,
        )
    try:
        for record in table.records():
            if cancel is not None and cancel():
                summary.cancelled = True
                break
            result = reader.read(record)
            ticket = None
            if result.card is not None:
                writer = combined if combined is not None else per_file
                assert writer is not None
                ticket = writer.add(result.line, result.card)
            ledger.add(result, ticket)
            if per_file is not None:
                per_file.collect()
                ledger.flush()
        if combined is not None:
            if summary.cancelled:
                combined.discard()  # a partial sheet file is no use: nothing is left
            elif combined.close():
                summary.outputs.append(str(options.combined))
            summary.sheets = combined.sheets
        if per_file is not None:
            per_file.close(cancelled=summary.cancelled)
            summary.outputs += [str(p) for p in per_file.written]
    except BaseException:
        if combined is not None:
            combined.discard()
        if per_file is not None:
            per_file.close(cancelled=True)
        raise
    finally:
        ledger.flush(final=True)
