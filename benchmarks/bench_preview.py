"""How fast the preview follows an edit, and how fast `cardmaker` opens its window.

    .venv/bin/python benchmarks/bench_preview.py [--edits 100] [--starts 5]

Preview: in one process, the real main window (offscreen); each edit types one character
into the patient's name and the time is taken from the end of the coalescing delay (the
render starting) to the new page images being on screen. Cold start: `cardmaker` run as a
new process until its window has been shown. Settings go to a temporary folder.

The last line is: preview_median_ms=<x> preview_p95_ms=<y> cold_start_s=<z>
Targets: median <= 40 ms, p95 <= 80 ms, cold start <= 1.5 s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[index]


def bench_preview(edits: int) -> tuple[list[float], list[float], float]:
    """Milliseconds from render start to images shown, and from keystroke to shown."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from cardmaker.core.settings import SettingsStore
    from cardmaker.gui.i18n import UiTranslations
    from cardmaker.gui.session import DesktopSession

    app = QApplication([sys.argv[0]])
    started_at = time.perf_counter()
    session = DesktopSession(SettingsStore(), UiTranslations(app), "en")
    window = session.window
    window.show()
    renderer, preview = window.renderer, window.preview
    marks: dict[str, float] = {}
    loop = QEventLoop()
    renderer.started.connect(lambda: marks.__setitem__("started", time.perf_counter()))

    def shown() -> None:
        marks["shown"] = time.perf_counter()
        loop.quit()

    preview.pages_shown.connect(shown)
    QTimer.singleShot(0, renderer.render_now)
    loop.exec()
    first_preview_s = time.perf_counter() - started_at
    name_field = window.form.texts["patient_name"]
    name_field.setFocus()
    render_ms: list[float] = []
    total_ms: list[float] = []
    for index in range(edits + 5):
        marks.clear()
        typed = time.perf_counter()
        if len(name_field.text()) >= 30:
            name_field.clear()
            QTest.keyClicks(name_field, "Mary")
        else:
            QTest.keyClick(name_field, Qt.Key.Key_A)
        while "shown" not in marks or marks.get("started", 0.0) > marks["shown"]:
            loop.exec()
        if index >= 5:  # warm-up edits are not counted
            render_ms.append((marks["shown"] - marks["started"]) * 1000)
            total_ms.append((marks["shown"] - typed) * 1000)
    window.close()
    return render_ms, total_ms, first_preview_s


def cardmaker_command() -> list[str]:
    """The installed `cardmaker` next to this Python, else the module."""
    script = Path(sys.executable).with_name("cardmaker")
    if script.exists():
        return [str(script)]
    found = shutil.which("cardmaker")
    return [found] if found else [sys.executable, "-m", "cardmaker"]


def bench_cold_start(starts: int) -> list[float]:
    """Seconds from starting `cardmaker` to its window shown (it then quits at once)."""
    times = []
    for _ in range(starts):
        begin = time.perf_counter()
        subprocess.run([*cardmaker_command(), "gui", "--exit-when-shown"], check=True)
        times.append(time.perf_counter() - begin)
    return times


def main() -> int:
    """Run both measurements and print the summary line last."""
    parser = argparse.ArgumentParser(description="preview and start-up timings")
    parser.add_argument("--edits", type=int, default=100)
    parser.add_argument("--starts", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="cardmaker-bench-") as folder:
        os.environ["CARDMAKER_SETTINGS"] = str(Path(folder) / "settings.toml")
        cold = bench_cold_start(args.starts)
        render_ms, total_ms, first_preview_s = bench_preview(args.edits)
    median, p95 = statistics.median(render_ms), percentile(render_ms, 0.95)
    print(
        f"edits: {len(render_ms)}; render start -> images shown: median {median:.1f} ms, "
        f"p95 {p95:.1f} ms, max {max(render_ms):.1f} ms"
    )
    print(
        f"keystroke -> images shown (includes the coalescing delay): median "
        f"{statistics.median(total_ms):.1f} ms, p95 {percentile(total_ms, 0.95):.1f} ms"
    )
    print(f"in-process start to first preview: {first_preview_s:.2f} s")
    print(f"cold starts (s): {', '.join(f'{t:.2f}' for t in cold)}")
    cold_start = statistics.median(cold)
    print(f"preview_median_ms={median:.1f} preview_p95_ms={p95:.1f} cold_start_s={cold_start:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
