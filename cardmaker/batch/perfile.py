"""One PDF per patient, rendered by worker processes: the single-card bytes, written atomically.

Each file is a complete document with its own fonts and forms, so rendering costs about
ten milliseconds a card whatever is shared; two processes halve the time on two cores.
Workers get the checked request and render it with ``render_prepared``, the same function
``cardmaker render`` uses. They ignore Ctrl-C: the main process stops handing out work
and lets each running card finish, so cancelling leaves only complete files.
"""

from __future__ import annotations

import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import wait as wait_futures
from pathlib import Path

from cardmaker.batch.naming import NamePattern, UniqueNames
from cardmaker.batch.report import Ticket
from cardmaker.batch.workers import run_task, worker_pool
from cardmaker.core.errors import OutputError
from cardmaker.core.files import atomic_write
from cardmaker.core.library import CardLibrary, load_library
from cardmaker.core.model import CardRequest
from cardmaker.render.card import PreparedCard, prepare, render_prepared
from cardmaker.render.pdfx import make_pdfx

# Below this many cards, starting worker processes costs more than it saves.
MIN_CARDS_FOR_WORKERS = 24
# Tasks in flight per worker: enough to keep each busy, few enough to stop quickly.
QUEUE_PER_WORKER = 4

_library: CardLibrary | None = None


def _start_worker(content_dir: Path | None) -> None:
    global _library
    _library = load_library(content_dir)


def _card_bytes(card: PreparedCard, pdfx: bool) -> bytes:
    data = render_prepared(card)
    return make_pdfx(data) if pdfx else data


def _render_file(
    request: CardRequest, path: Path, overwrite: bool, pdfx: bool, inputs: tuple[Path, ...]
) -> None:
    assert _library is not None, "worker not initialised"
    atomic_write(path, _card_bytes(prepare(request, _library), pdfx), overwrite, inputs)


def _exists_failure(path: Path) -> str:
    return f"{path} appeared meanwhile; not replaced (use --overwrite)"


class PerFileWriter:
    """Hands cards to workers (or renders them here for small batches) in row order."""

    def __init__(
        self,
        folder: Path,
        pattern: NamePattern,
        overwrite: bool,
        content_dir: Path | None,
        library: CardLibrary,
        jobs: int,
        inputs: tuple[Path, ...] = (),
        pdfx: bool = False,
    ) -> None:
        self.folder = folder
        self.pdfx = pdfx
        self.pattern = pattern
        self.overwrite = overwrite
        self._library = library
        self._names = UniqueNames()
        self._jobs = jobs
        self._content_dir = content_dir
        self._pool: ProcessPoolExecutor | None = None
        self._running: deque[tuple[Future[None], Ticket, Path]] = deque()
        self.written: list[Path] = []
        self._inputs = inputs
        # The first file that could not be written for a reason no other file escapes
        # (a full disk, a folder gone): the run stops there.
        self.failure: OutputError | None = None
        self._index = 0

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = worker_pool(self._jobs, _start_worker, (self._content_dir,))
        return self._pool

    def add(self, line: int, card: PreparedCard) -> Ticket:
        """Name the card's file and render it (here or in a worker)."""
        self._index += 1
        stem = self._names.claim(self.pattern.stem(card.request, line, self._index))
        path = self.folder / f"{stem}.pdf"
        ticket = Ticket()
        if not self.overwrite and os.path.lexists(path):
            ticket.done = True
            ticket.failure = f"{path} exists; not replaced (use --overwrite)"
            ticket.failure_code = "output_exists"
            return ticket
        if self._jobs <= 1:
            self._write_here(card, path, ticket)
            return ticket
        future = self._executor().submit(
            run_task,
            _render_file,
            card.request,
            path,
            self.overwrite,
            self.pdfx,
            self._inputs,
        )
        self._running.append((future, ticket, path))
        while len(self._running) >= self._jobs * QUEUE_PER_WORKER:
            wait_futures([self._running[0][0]])
            self.collect()
        return ticket

    def _write_here(self, card: PreparedCard, path: Path, ticket: Ticket) -> None:
        try:
            atomic_write(path, _card_bytes(card, self.pdfx), self.overwrite, self._inputs)
        except (FileExistsError, OutputError) as exc:
            self._failed(ticket, path, exc)
        else:
            ticket.output = str(path)
            self.written.append(path)
        ticket.done = True

    def _failed(self, ticket: Ticket, path: Path, error: BaseException) -> None:
        """A file not written: this row's problem, or the end of the run."""
        if isinstance(error, FileExistsError) or (
            isinstance(error, OutputError) and error.code == "output_exists"
        ):
            ticket.failure = _exists_failure(path)
            ticket.failure_code = "output_exists"
        elif isinstance(error, OutputError) and error.code != "output_failed":
            # Refused for this file alone (a FIFO or a link of that name is in the way).
            ticket.failure = str(error)
            ticket.failure_code = error.code
        else:
            ticket.output_error = str(error)
            if self.failure is None:
                self.failure = (
                    error
                    if isinstance(error, OutputError)
                    else OutputError("output_failed", str(path), str(error))
                )

    def collect(self) -> None:
        """Settle the tickets of finished files, oldest first."""
        while self._running and self._running[0][0].done():
            future, ticket, path = self._running.popleft()
            self._settle(future, ticket, path)

    def _settle(self, future: Future[None], ticket: Ticket, path: Path) -> None:
        ticket.done = True
        if future.cancelled():
            ticket.cancelled = True
            return
        error = future.exception()
        if isinstance(error, FileExistsError | OutputError):
            self._failed(ticket, path, error)
        elif error is not None:
            ticket.failure = f"not written: {error}"
            ticket.failure_code = "render_failed"
        else:
            ticket.output = str(path)
            self.written.append(path)

    def close(self, cancelled: bool = False) -> None:
        """Wait for the files in progress (all of them, or only the running ones if cancelled)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=cancelled)
        while self._running:
            future, ticket, path = self._running.popleft()
            self._settle(future, ticket, path)
