"""The run's ledger: every line's outcome, in line order, into the report and the summary.

Outcomes settle out of order (worker processes, sheets written when full); the ledger
keeps them until every earlier line is settled, so the report lists lines as the file
does. With ``hold`` (a combined PDF) nothing is recorded until the end: a card counts as
produced only once the file that holds it has its name.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from cardmaker.batch.report import (
    NOT_DONE,
    NOT_DONE_REASONS,
    PRODUCED,
    REJECTED,
    SKIPPED,
    BatchSummary,
    ReportWriter,
    Ticket,
)
from cardmaker.batch.rows import RowProblem, RowResult

Progress = Callable[[int, int], None]
# The values of a line that came from a default: (request attribute, where from).
Defaults = tuple[tuple[str, str], ...]


class Ledger:
    """Outcomes in line order, written to the report and the summary as they settle."""

    def __init__(
        self,
        summary: BatchSummary,
        report: ReportWriter,
        progress: Progress | None,
        hold: bool = False,
    ):
        self.summary = summary
        self.report = report
        self.progress = progress
        self.hold = hold
        self.total = 0
        self.finished = 0
        # Set when the cards' file was not kept (a combined PDF discarded).
        self.not_kept = False
        # (outcome, its ticket, a not-done code, the defaults it used), in line order.
        self._pending: deque[tuple[RowResult, Ticket | None, str, Defaults]] = deque()

    def add(
        self,
        result: RowResult,
        ticket: Ticket | None = None,
        defaults: Defaults = (),
    ) -> None:
        """A line's outcome; ``ticket`` settles later when its card is written."""
        self._pending.append((result, ticket, "", defaults))
        self.flush()

    def add_not_done(self, line: int, code: str) -> None:
        """A line that made no card through no fault of its own (a key of NOT_DONE_REASONS)."""
        self._pending.append((RowResult(line), None, code, ()))
        self.flush()

    def flush(self, final: bool = False) -> None:
        """Record the settled outcomes at the front (all of them when ``final``)."""
        while self._pending:
            result, ticket, code, defaults = self._pending[0]
            if not final and (self.hold or (ticket is not None and not ticket.done)):
                break
            self._pending.popleft()
            if code:
                self._not_done(result.line, code)
            else:
                self._record(result, ticket, defaults)
            self.finished += 1
        if self.progress is not None:
            self.progress(self.finished + len(self._pending), max(self.total, self.finished))

    def _not_done(self, line: int, code: str) -> None:
        self.summary.count_not_done(code)
        self.report.row(line, NOT_DONE, "", code, NOT_DONE_REASONS[code], "", "")

    def _record(self, result: RowResult, ticket: Ticket | None, used: Defaults) -> None:
        summary, line = self.summary, result.line
        if result.skipped:
            summary.skipped += 1
            self.report.row(line, SKIPPED, "", "blank", result.skipped, "", "")
        elif result.problems:
            self._reject(result.problems)
        elif self.not_kept and ticket is not None:
            self._not_done(line, "not_kept")
        elif ticket is None or not ticket.done or ticket.cancelled:
            self._not_done(line, "interrupted")
        elif ticket.output_error:
            self._not_done(line, "output_failed")
        elif ticket.failure:
            self._reject((RowProblem(line, "", ticket.failure),), ticket.failure_code)
        else:
            summary.produced += 1
            for name, _ in used:
                summary.defaults_used[name] = summary.defaults_used.get(name, 0) + 1
            if result.card is not None:
                summary.languages.add(result.card.request.language)
            marked = "; ".join(
                f"{name} from {source}" for name, source in used if self._value(result, name)
            )
            self.report.row(line, PRODUCED, "", "", "", ticket.output, marked)

    @staticmethod
    def _value(result: RowResult, name: str) -> bool:
        return result.card is not None and bool(getattr(result.card.request, name))

    def _reject(self, problems: tuple[RowProblem, ...], code: str = "") -> None:
        self.summary.rejected_rows += 1
        for problem in problems:
            self.summary.rejected.append(problem)
            self.report.row(
                problem.line,
                REJECTED,
                problem.column,
                getattr(problem, "code", "") or code,
                problem.reason,
                "",
                "",
            )
