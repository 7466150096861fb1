"""What the batch dialog shows before exporting: how the list reads, and what every row gives.

Qt-free, so the dialog only displays and the same checks are testable without a window.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice

from cardmaker.batch.columns import ColumnMapping, map_columns
from cardmaker.batch.rows import RowProblem
from cardmaker.batch.runner import (
    BatchOptions,
    Cancel,
    Progress,
    default_sources,
    open_rows,
    read_row,
)
from cardmaker.batch.source import Record, TableInfo, is_blank, open_table, reading_languages
from cardmaker.core.errors import UnreadableInputError
from cardmaker.core.library import CardLibrary
from cardmaker.core.reporting import load_reporting

PREVIEW_ROWS = 10


@dataclass(frozen=True)
class TablePreview:
    """The file as read: how, its columns and mapping, and its first data rows."""

    info: TableInfo
    mapping: ColumnMapping
    rows: tuple[Record, ...]
    estimated_rows: int
    mapping_problem: str = ""


@dataclass
class CheckResult:
    """Every row checked as the export would check it, nothing written."""

    ready: int = 0
    skipped: int = 0
    rejected_rows: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    cancelled: bool = False


def preview_table(options: BatchOptions, limit: int = PREVIEW_ROWS) -> TablePreview:
    """Read the header and the first rows; raises ``UnreadableInputError``.

    The list is opened as the export opens it (``open_rows``): the card language and the
    country's languages settle an uncertain encoding, so the preview never refuses a list
    the export would read.
    """
    defaults = options.defaults
    languages = reading_languages(defaults.language, defaults.country, load_reporting())
    table = open_table(
        options.input, options.encoding, options.delimiter, options.sheet_name, languages
    )
    try:
        problem = ""
        try:
            mapping = map_columns(table.headers, options.column_map)
        except UnreadableInputError as exc:
            problem = str(exc)
            mapping = map_columns(table.headers, options.column_map, require_name=False)
        rows = tuple(islice((r for r in table.records() if not is_blank(r.cells)), limit))
        return TablePreview(table.info, mapping, rows, table.estimated_rows(), problem)
    finally:
        table.close()


def check_rows(
    options: BatchOptions,
    library: CardLibrary,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> CheckResult:
    """Check every row (validation and fitting, as for export); raises on an unreadable file."""
    # The export's own opening and row checks: what Check says is what Export does.
    table, mapping, reader = open_rows(options, library)
    sources = default_sources(options)
    try:
        result, total = CheckResult(), table.estimated_rows()
        for count, record in enumerate(table.records(), start=1):
            if cancel is not None and cancel():
                result.cancelled = True
                break
            row, _ = read_row(reader, record, mapping, sources)
            if row.skipped:
                result.skipped += 1
            elif row.problems:
                result.rejected_rows += 1
                result.problems += row.problems
            else:
                result.ready += 1
            if progress is not None and count % 50 == 0:
                progress(count, max(total, count))
        if progress is not None:
            progress(total, total)
        return result
    finally:
        table.close()
