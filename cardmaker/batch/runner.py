"""A batch from start to end: read the list, check every row, write every card and the report.

The list is read and written in one streaming pass: a row is read, checked and handed to
the writer, and only its outcome is kept. Rows are reported in file order as their cards
are written; progress counts finished rows. ``cancel`` is polled between rows: after it
says yes no new card is started, cards in progress are finished, and the report of what
was done is written.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from cardmaker.batch.celldates import DateOrder
from cardmaker.batch.columns import ColumnMapping, map_columns
from cardmaker.batch.combined import CombinedWriter
from cardmaker.batch.ledger import Ledger
from cardmaker.batch.naming import DEFAULT_PATTERN, NamePattern
from cardmaker.batch.perfile import MIN_CARDS_FOR_WORKERS, PerFileWriter
from cardmaker.batch.report import (
    BatchSummary,
    ReportWriter,
    report_path_for,
)
from cardmaker.batch.rows import RowProblem, RowReader, RowResult
from cardmaker.batch.source import Record, Table, is_blank, open_table, reading_languages
from cardmaker.batch.workers import default_jobs
from cardmaker.core.errors import CardmakerError, OutputError
from cardmaker.core.files import FolderLock, check_output, same_file
from cardmaker.core.library import CardLibrary, load_library
from cardmaker.core.model import CardRequest
from cardmaker.core.options import OPTION_OF_FIELD, REQUIRED_CHOICES, MissingChoiceError
from cardmaker.render.fonts import printable_codepoints
from cardmaker.render.imposition import SHEET_SIZES, Duplex

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class BatchOptions:
    """Everything a batch run needs besides the rows."""

    input: Path
    defaults: CardRequest
    # Where each value of ``defaults`` that may fill a blank cell came from ('--clinic',
    # 'the dialog'), by request attribute; a value not listed fills nothing. None: every
    # value of ``defaults`` fills blank cells, as 'default'.
    default_sources: dict[str, str] | None = None
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
    """Open the list and map its columns; raises ``UnreadableInputError``.

    Raises ``MissingChoiceError`` when the list has no column for a choice every card needs
    (medicine, language, country) and the options give none.
    """
    languages = reading_languages(
        options.defaults.language, options.defaults.country, library.reporting
    )
    table = open_table(
        options.input, options.encoding, options.delimiter, options.sheet_name, languages
    )
    try:
        mapping = map_columns(table.headers, options.column_map)
        sources = default_sources(options)
        for name in REQUIRED_CHOICES:
            if name not in sources and column_of(mapping, name) is None:
                raise MissingChoiceError(name)
    except BaseException:
        table.close()
        raise
    return table, mapping, RowReader(mapping, options.defaults, library, options.date_order)


# The list's column names of request attributes that differ.
_COLUMN_NAMES = {"language": ("lang", "language"), "card_format": ("format", "card_format")}


def column_of(mapping: ColumnMapping, name: str) -> int | None:
    """The column of the list that holds a request attribute, if any."""
    for column in _COLUMN_NAMES.get(name, (name,)):
        index = mapping.index_of(column)
        if index is not None:
            return index
    return None


def missing_choice(
    record: Record, mapping: ColumnMapping, sources: dict[str, str]
) -> RowResult | None:
    """A line whose medicine, language or country cell is blank with nothing to fill it."""
    if record.error or is_blank(record.cells):
        return None  # the reader says why, or skips it
    problems = []
    for name in REQUIRED_CHOICES:
        index = column_of(mapping, name)
        if name in sources or index is None:
            continue
        if is_blank(record.cells[index : index + 1]):
            option = OPTION_OF_FIELD[name]
            reason = f"is blank, and {option} (a value for blank cells) was not given"
            problems.append(
                RowProblem(record.line, mapping.label(index), reason, "no_value", (option,))
            )
    return RowResult(record.line, problems=tuple(problems)) if problems else None


def read_row(
    reader: RowReader, record: Record, mapping: ColumnMapping, sources: dict[str, str]
) -> tuple[RowResult, tuple[tuple[str, str], ...]]:
    """One line's outcome and the values it took from a default.

    A phone given for blank cells belongs to the prescriber given with it: a line naming its
    own prescriber never gets that phone (it stays blank on the card, to be written by hand).
    """
    missing = missing_choice(record, mapping, sources)
    if missing is not None:
        return missing, ()
    own = dict(sources)
    index = column_of(mapping, "prescriber")
    if index is not None and not is_blank(record.cells[index : index + 1]):
        own.pop("prescriber_phone", None)
    base = reader.defaults
    if "prescriber_phone" in sources and "prescriber_phone" not in own:
        reader.defaults = replace(base, prescriber_phone="")
    try:
        return reader.read(record), defaults_used(record, mapping, own)
    finally:
        reader.defaults = base


def default_sources(options: BatchOptions) -> dict[str, str]:
    """Where each value that may fill a blank cell comes from, by request attribute."""
    if options.default_sources is not None:
        return options.default_sources
    d = options.defaults
    values = {name: getattr(d, name) for name in OPTION_OF_FIELD}
    return {name: "default" for name, value in values.items() if value}


def defaults_used(
    record: Record, mapping: ColumnMapping, sources: dict[str, str]
) -> tuple[tuple[str, str], ...]:
    """The values of one line that come from a default: (request attribute, source)."""
    used = []
    for name, source in sources.items():
        if name == "qr_target":
            continue  # not a column: the same for every card of the run
        index = column_of(mapping, name)
        cell = record.cells[index] if index is not None and index < len(record.cells) else None
        if is_blank((cell,)):
            used.append((name, source))
    return tuple(used)


def _check_output(options: BatchOptions) -> tuple[Path, Path]:
    """The folder written into and the report's path; refuses outputs that would destroy."""
    if (options.output_dir is None) == (options.combined is None):
        raise CardmakerError("give either an output folder (-o) or a combined file (--combined)")
    inputs = (options.input,)
    if options.combined is not None:
        check_output(options.combined, inputs)
        if not options.overwrite and os.path.lexists(options.combined):
            raise OutputError("output_exists", str(options.combined))
        target, folder = options.combined, options.combined.parent
    else:
        assert options.output_dir is not None
        folder = options.output_dir
        if os.path.lexists(folder) and not folder.is_dir():
            code = "output_is_input" if same_file(folder, options.input) else "output_not_folder"
            raise OutputError(code, str(folder))
        target = folder / options.input.stem
    report = report_path_for(target, options.overwrite)
    if folder.is_dir():
        check_output(report, inputs, "report_is_input")
    return folder, report


def run_batch(
    options: BatchOptions,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    library: CardLibrary | None = None,
) -> BatchSummary:
    """Run a batch; raises ``UnreadableInputError`` or ``OutputError`` (nothing written).

    An output that fails once cards were written (a full disk) stops the run; the summary
    says so in ``output_error`` and the report, if it could be written, accounts for every
    line. ``report_error`` says why the report could not be written.
    """
    library = library or load_library(options.content_dir, printable_codepoints())
    pattern = NamePattern.parse(options.name_pattern)
    if options.paper not in SHEET_SIZES:
        raise CardmakerError(f"unknown sheet size '{options.paper}'")
    folder, report_path = _check_output(options)
    table, mapping, reader = open_rows(options, library)
    lock = FolderLock(folder)
    try:
        if options.output_dir is not None:
            # Only now: a list that cannot be read leaves no empty folder behind.
            options.output_dir.mkdir(parents=True, exist_ok=True)
        lock.acquire()
        summary = BatchSummary(str(options.input), table.info, columns=mapping.describe())
        summary.notes = list(mapping.notes)
        report = ReportWriter(
            report_path,
            options.overwrite,
            (options.input,),
        )
        ledger = Ledger(summary, report, progress, hold=options.combined is not None)
        ledger.total = table.estimated_rows()
        try:
            _write_cards(options, table, reader, ledger, pattern, library, cancel, mapping)
        except BaseException:
            report.discard()
            raise
        try:
            report.commit()
            summary.report = str(report.path)
        except OutputError as exc:
            summary.report_error = str(exc)
        return summary
    finally:
        lock.release()
        table.close()


def _write_cards(
    options: BatchOptions,
    table: Table,
    reader: RowReader,
    ledger: Ledger,
    pattern: NamePattern,
    library: CardLibrary,
    cancel: Cancel | None,
    mapping: ColumnMapping,
) -> None:
    summary = ledger.summary
    sources = default_sources(options)
    combined: CombinedWriter | None = None
    per_file: PerFileWriter | None = None
    records = table.records()
    stopped = ""  # why the rest of the list is not read: 'never_read' or 'output_failed'
    if options.combined is not None:
        # Sheets render in this process unless --jobs asks for workers: checking rows, not
        # drawing, takes most of the time here, so workers win little (measured: 10,000
        # cards 7.2 s alone, 6.9 s with two workers) for three times the memory.
        try:
            combined = CombinedWriter(
                options.combined,
                SHEET_SIZES[options.paper],
                options.duplex,
                options.start,
                options.overwrite,
                jobs=options.jobs or 1,
                inputs=(options.input,),
                pdfx=options.pdfx,
            )
        except OutputError as exc:
            summary.output_error = str(exc)
            stopped = "output_failed"
            records = _after_stop(records, ledger, stopped)
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
            inputs=(options.input,),
            pdfx=options.pdfx,
        )
    try:
        for record in records if not stopped else ():
            if cancel is not None and cancel():
                summary.cancelled = True
                stopped = "never_read"
                ledger.add_not_done(record.line, stopped)
                break
            result, defaults = read_row(reader, record, mapping, sources)
            ticket = None
            if result.card is not None:
                writer = combined if combined is not None else per_file
                assert writer is not None
                ticket = writer.add(result.line, result.card)
            ledger.add(result, ticket, defaults)
            if per_file is not None:
                per_file.collect()
                ledger.flush()
                if per_file.failure is not None:
                    summary.output_error = str(per_file.failure)
                    stopped = "output_failed"
                    break
        if combined is not None:
            if summary.cancelled:
                combined.discard()  # a partial sheet file is no use: nothing is left
                ledger.not_kept = True
            elif combined.close():
                summary.outputs.append(str(options.combined))
            summary.sheets = combined.sheets
        if per_file is not None:
            per_file.close(cancelled=summary.cancelled or bool(stopped))
            summary.outputs += [str(p) for p in per_file.written]
            if per_file.failure is not None and not summary.output_error:
                summary.output_error = str(per_file.failure)
    except OutputError as exc:
        # The combined PDF could not be written (a full disk): none of its cards exist.
        assert combined is not None, "per-file output errors are settled by the writer"
        combined.discard()
        ledger.not_kept = True
        summary.output_error = str(exc)
        summary.sheets = 0
        stopped = "output_failed"
    except BaseException:
        if combined is not None:
            combined.discard()
        if per_file is not None:
            per_file.close(cancelled=True)
        raise
    finally:
        ledger.flush(final=True)
    _after_stop(records, ledger, stopped)


def _after_stop(records: Iterator[Record], ledger: Ledger, stopped: str) -> Iterator[Record]:
    """Every line is accounted for: those after a stop are listed as not done, not read."""
    if stopped:
        for record in records:
            ledger.add_not_done(record.line, stopped)
        ledger.flush(final=True)
    return iter(())
