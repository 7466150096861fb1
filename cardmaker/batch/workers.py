"""Worker processes for rendering: how to start them safely, and how many.

Forking copies the warm process (fonts, layouts, imports) for free, but a process with Qt,
or one running the batch from a thread, may hold locks that another thread owns and the
child would wait on forever: there a clean fork server (spawn elsewhere) starts them.
Workers ignore Ctrl-C; the main process decides when to stop and lets them finish. If the
main process is killed outright, each worker finishes its file and leaves.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


def default_jobs() -> int:
    """Worker processes: one per core."""
    return max(1, os.cpu_count() or 1)


def _context() -> multiprocessing.context.BaseContext:
    if not sys.platform.startswith("linux"):
        return multiprocessing.get_context("spawn")
    on_main_thread = threading.current_thread() is threading.main_thread()
    if on_main_thread and "PySide6" not in sys.modules:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver")


# Held while a task runs. A worker whose parent has died (killed, so nobody will read its
# results) leaves when it is idle, or right after its task, never halfway through a file.
_busy = threading.Lock()
_parent = 0
ORPHAN_POLL_S = 0.25


def _orphaned() -> bool:
    return os.getppid() != _parent


def _watch_parent() -> None:
    while True:
        time.sleep(ORPHAN_POLL_S)
        # Forked workers hold the task pipe open themselves: they would wait forever.
        if _orphaned() and _busy.acquire(blocking=False):
            os._exit(0)


def _quiet_worker(setup: Callable[..., None] | None, args: tuple[Any, ...]) -> None:
    global _parent
    _parent = os.getppid()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threading.Thread(target=_watch_parent, name="parent-watch", daemon=True).start()
    if setup is not None:
        setup(*args)


def run_task(function: Callable[..., T], *args: Any) -> T:
    """Run one task in a worker; submit work as ``pool.submit(run_task, function, ...)``."""
    with _busy:
        result = function(*args)
    if _orphaned():
        os._exit(0)
    return result


def worker_pool(
    jobs: int, setup: Callable[..., None] | None = None, args: tuple[Any, ...] = ()
) -> ProcessPoolExecutor:
    """A pool of ``jobs`` workers that leave stopping to the main process."""
    return ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=_context(),
        initializer=_quiet_worker,
        initargs=(setup, args),
    )
