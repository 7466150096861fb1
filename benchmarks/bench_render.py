"""Render speed: one card in a warm process, and the whole `cardmaker render` process.

Prints, as its last line:
render_ms_per_card=<median, warm process> render_process_s=<median whole process>
Targets: <= 15 ms per card warm, <= 0.6 s whole process.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from cardmaker.core.library import load_library
from cardmaker.core.model import CardRequest
from cardmaker.render.card import render_card

WARM_RUNS = 200
PROCESS_RUNS = 7


def warm_ms_per_card() -> float:
    library = load_library()
    base = CardRequest(
        medicine="kefdensis",
        language="en",
        country="IE",
        patient_name="Mary O'Brien",
        prescriber="Dr Seán Murphy",
        prescriber_phone="+353 1 234 5678",
        clinic="St. Vincent's Osteoporosis Clinic",
        first_injection=date(2026, 1, 1),
    )
    render_card(base, library)  # fonts, layout and QR are computed once per process
    times = []
    for index in range(WARM_RUNS):
        # A different patient each time, as at the counter: only the fields change.
        request = replace(
            base,
            patient_name=f"Patient Number {index}",
            first_injection=base.first_injection + timedelta(days=index),  # type: ignore[operator]
        )
        start = time.perf_counter()
        render_card(request, library)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def process_seconds() -> float:
    times = []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "card.pdf"
        command = [
            sys.executable, "-m", "cardmaker", "render", "-o", str(out),
            "--medicine", "kefdensis", "--lang", "en", "--country", "IE",
            "--patient-name", "Mary O'Brien", "--first-injection", "2026-01-01",
        ]  # fmt: skip
        for _ in range(PROCESS_RUNS):
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    warm = warm_ms_per_card()
    process = process_seconds()
    print(f"render_ms_per_card={warm:.2f} render_process_s={process:.3f}")


if __name__ == "__main__":
    main()
