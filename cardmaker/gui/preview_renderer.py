"""Keeps the preview up to date without ever stalling the form.

Edits restart a short single-shot timer, so a burst of keystrokes becomes one render; the
render runs on a worker thread; one job at a time, and a result for an older request than
the current one is dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from cardmaker.core.library import CardLibrary
from cardmaker.core.model import CardRequest
from cardmaker.gui.preview_job import PreviewJob, PreviewResult, PreviewSignals, ViewSpec

COALESCE_MS = 120


class PreviewRenderer(QObject):
    """Schedules preview jobs for the current request and view; emits the current results."""

    # The coalescing delay is over and a job was started.
    started = Signal()
    # A PreviewResult for the current request (never an outdated one).
    finished = Signal(object)

    def __init__(
        self,
        view_provider: Callable[[], ViewSpec],
        delay_ms: int = COALESCE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._view_provider = view_provider
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = PreviewSignals(self)
        self._signals.finished.connect(self._job_finished)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)
        self._generation = 0
        self._card: tuple[CardRequest, CardLibrary] | None = None
        # The bytes of the current generation once rendered, so a zoom needs no new PDF.
        self._cached: tuple[int, bytes, bool] | None = None
        self._busy = False
        self._again = False
        self._closed = False

    @property
    def generation(self) -> int:
        """Counts card changes; results carry the generation they were made for."""
        return self._generation

    @property
    def idle(self) -> bool:
        """True when no render is waiting or running."""
        return not self._busy and not self._timer.isActive()

    def schedule_card(self, request: CardRequest, library: CardLibrary) -> None:
        """The card changed: render it after the coalescing delay."""
        if self._card is not None and self._card[0] == request and self._card[1] is library:
            return
        self._generation += 1
        self._card = (request, library)
        self._timer.start()

    def schedule_view(self) -> None:
        """Zoom or viewport changed: draw the same bytes again after the delay."""
        if self._card is not None:
            self._timer.start()

    def render_now(self) -> None:
        """Skip the rest of the coalescing delay."""
        if self._timer.isActive():
            self._timer.stop()
            self._start()

    def shutdown(self) -> None:
        """Stop scheduling and wait for a running job (before the window goes away)."""
        self._closed = True
        self._timer.stop()
        self._pool.waitForDone()

    def _start(self) -> None:
        if self._closed or self._card is None:
            return
        if self._busy:
            self._again = True
            return
        request, library = self._card
        cached = None
        if self._cached is not None and self._cached[0] == self._generation:
            cached = self._cached[1:]
        job = PreviewJob(
            self._generation, request, library, self._view_provider(), self._signals, cached
        )
        self._busy = True
        self.started.emit()
        self._pool.start(job)

    def _job_finished(self, result: PreviewResult) -> None:
        self._busy = False
        if self._closed:
            return
        if result.generation == self._generation:
            if result.error is None:
                self._cached = (result.generation, result.pdf, result.complete)
            self.finished.emit(result)
        if self._again:
            self._again = False
            self._start()
