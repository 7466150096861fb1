"""All cards in one PDF, imposed on sheets, streamed part by part into one atomic file.

Cards fill the open sheet of their format (one open sheet per format, so a list that
mixes large-print cards in does not waste half-empty sheets). Completed sheets are
numbered in the order they are written; every ``SHEETS_PER_PART`` of them are rendered as
one reportlab document and appended to the output, so memory does not grow with the list.
With ``jobs`` > 1 worker processes render the parts while this process reads and checks
the next rows; parts are appended in sheet order.
"""

from __future__ import annotations

from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from cardmaker.batch.pdfjoin import PdfJoiner
from cardmaker.batch.report import Ticket
from cardmaker.batch.workers import run_task, worker_pool
from cardmaker.core.errors import CardmakerError
from cardmaker.core.files import AtomicFile
from cardmaker.core.model import CardFormat
from cardmaker.render.card import PreparedCard
from cardmaker.render.imposition import (
    Duplex,
    Placed,
    Sheet,
    SheetPlan,
    SheetSize,
    leaf_pages,
    plan_sheet,
    render_sheets,
)
from cardmaker.render.pdfx import make_pdfx

# Sheets per reportlab document. Each part repeats the fonts and shared forms (~40 kB) and
# reportlab holds its pages in memory until it is saved. Measured on 1,000 ID-1 cards:
# 25 sheets 0.80 MB file / 44.5 MB peak, 50 sheets 0.61 MB / 45 MB, 250 sheets 0.46 MB / 51 MB.
SHEETS_PER_PART = 50
TITLE = "Osteonecrosis of the jaw patient reminder cards"


def _render_part(sheets: list[Sheet], duplex: Duplex, language: str, pdfx: bool) -> bytes:
    data = render_sheets(sheets, duplex, language, TITLE)
    # Each part is PDF/X; the joined file keeps the first part's output intent and metadata.
    return make_pdfx(data) if pdfx else data


class StartPositionError(CardmakerError):
    """``--start`` beyond the last position of the sheet."""


@dataclass
class _OpenSheet:
    plan: SheetPlan
    next_position: int
    cards: list[Placed] = field(default_factory=list)
    tickets: list[tuple[Ticket, int]] = field(default_factory=list)

    @property
    def full(self) -> bool:
        return self.next_position >= self.plan.capacity


class CombinedWriter:
    """Collects cards onto sheets and writes the sheets into one PDF as they fill."""

    def __init__(
        self,
        path: Path,
        paper: SheetSize,
        duplex: Duplex,
        start: int = 1,
        overwrite: bool = False,
        sheets_per_part: int = SHEETS_PER_PART,
        jobs: int = 1,
        inputs: tuple[Path, ...] = (),
        pdfx: bool = False,
    ) -> None:
        self.path = path
        self.pdfx = pdfx
        self.paper = paper
        self.duplex = duplex
        self._start = start - 1
        self._file = AtomicFile(path, overwrite, inputs)
        self._joiner = PdfJoiner(self._file.write)
        self._open: dict[CardFormat, _OpenSheet] = {}
        self._plans: dict[CardFormat, SheetPlan] = {}
        self._done: list[tuple[_OpenSheet, int]] = []
        self._per_part = sheets_per_part
        self._language = ""
        self._jobs = jobs
        self._pool: ProcessPoolExecutor | None = None
        self._rendering: deque[tuple[Future[bytes], list[tuple[_OpenSheet, int]]]] = deque()
        self.sheets = 0

    def plan_for(self, card: PreparedCard) -> SheetPlan:
        """The grid for this card's format on the chosen paper."""
        card_format = card.request.card_format
        if card_format not in self._plans:
            style = card.layout.style
            self._plans[card_format] = plan_sheet(self.paper, style.page_w_mm, style.panel_h_mm)
        return self._plans[card_format]

    def add(self, line: int, card: PreparedCard) -> Ticket:
        """Place one card; its ticket is settled when its sheet is written."""
        ticket = Ticket()
        self._language = self._language or card.request.language
        # A four-page large-print card is two leaves: two positions, maybe two sheets.
        pages = leaf_pages(len(card.layout.pages), self.duplex)
        ticket.waiting = len(pages)
        for page in pages:
            sheet = self._sheet_for(card)
            position = sheet.next_position
            sheet.cards.append(Placed(position, card.layout, card.patient, line, page))
            sheet.tickets.append((ticket, position))
            sheet.next_position += 1
            if sheet.full:
                self._complete(card.request.card_format)
        return ticket

    def _sheet_for(self, card: PreparedCard) -> _OpenSheet:
        card_format = card.request.card_format
        sheet = self._open.get(card_format)
        if sheet is None:
            plan = self.plan_for(card)
            # --start applies to the first sheet of the run, a partly used one.
            if self._start >= plan.capacity:
                raise StartPositionError(
                    f"--start {self._start + 1}: a {self.paper.label} sheet holds "
                    f"{plan.capacity} cards of the {card_format.value} format"
                )
            start, self._start = self._start, 0
            sheet = self._open[card_format] = _OpenSheet(plan, start)
        return sheet

    def _complete(self, card_format: CardFormat) -> None:
        sheet = self._open.pop(card_format)
        self.sheets += 1
        self._done.append((sheet, self.sheets))
        if len(self._done) >= self._per_part:
            self._write_part()

    def _write_part(self) -> None:
        """Render the completed sheets as one part: here, or in a worker while rows go on."""
        if not self._done:
            return
        done, self._done = self._done, []
        sheets = [Sheet(number, s.plan, tuple(s.cards)) for s, number in done]
        if self._jobs <= 1:
            self._append(_render_part(sheets, self.duplex, self._language, self.pdfx), done)
            return
        if self._pool is None:
            self._pool = worker_pool(self._jobs)
        part = self._pool.submit(
            run_task, _render_part, sheets, self.duplex, self._language, self.pdfx
        )
        self._rendering.append((part, done))
        # Parts are appended in order; a few in flight keep the workers busy, no more
        # (each holds its sheets' cards in memory until written).
        self._collect(keep=self._jobs)

    def _collect(self, keep: int) -> None:
        while len(self._rendering) > keep or (self._rendering and self._rendering[0][0].done()):
            part, done = self._rendering.popleft()
            self._append(part.result(), done)

    def _append(self, data: bytes, done: list[tuple[_OpenSheet, int]]) -> None:
        self._joiner.append(data)
        for sheet, number in done:
            for ticket, position in sheet.tickets:
                place = f"sheet {number}, position {position + 1}"
                ticket.output = f"{ticket.output}; {place}" if ticket.output else place
                ticket.waiting -= 1
                if not ticket.waiting:
                    ticket.done = True
                    ticket.output = f"{self.path.name}, {ticket.output}"

    def close(self) -> bool:
        """Write the last sheets and give the file its name; False if there was no card."""
        for card_format in list(self._open):
            self._complete(card_format)
        self._write_part()
        self._collect(keep=0)
        self._stop_workers()
        if not self._joiner.page_count:
            self._file.discard()
            return False
        self._joiner.finish()
        self._file.commit()
        return True

    def _stop_workers(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self._rendering.clear()

    def discard(self) -> None:
        """Give up: nothing appears under the file's name."""
        self._stop_workers()
        self._file.discard()
