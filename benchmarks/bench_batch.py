"""Batch speed and memory: whole ``cardmaker batch`` processes on generated patient lists.

N patients with names in Latin (with diacritics), Greek and Cyrillic script are written to a
CSV; then ``cardmaker batch --combined`` runs on 1,000 and 10,000 of them, and per-file
output on 1,000. Times are wall-clock for the whole process (start-up included); peak
memory is the process's maximum resident set (``wait4``), and, for per-file output with its
worker processes, the largest sum over the process tree sampled every 20 ms.

Detection alone is timed too: reading (encoding decided, structure checked) a 10,000-row
list in Windows-1250, in this process, best of three.

Prints, as its last line:
batch_1000_s=<x> cards_per_s=<y> peak_rss_1000_mb=<a> peak_rss_10000_mb=<b> perfile_1000_s=<c>
detect_10000_legacy_s=<d>
Targets (2 cores): x <= 2 s; a, b <= 150 MB and within 10 % of each other; c <= 10 s;
d <= 0.3 s.
"""

from __future__ import annotations

import csv
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

RUNS_1000 = 3
GIVEN = [
    "Žofie", "Jiří", "Łukasz", "Ödön", "Seán", "François", "Björk", "José", "Zoë", "Ľudovít",
    "Γιώργος", "Ελένη", "Νίκος", "Дмитрий", "Ольга", "Борис", "Иван", "Мария",
]  # fmt: skip
FAMILY = [
    "Dvořáková", "Novák", "Żółć", "Szőke", "Ó Briain", "Müller", "Guðmundsdóttir", "Muñoz",
    "Παπαδόπουλος", "Νικολάου", "Γεωργίου", "Иванов", "Петрова", "Смирнов", "Попова",
]  # fmt: skip


LEGACY_GIVEN = ["Žofie", "Jiří", "Łukasz", "Ödön", "Győző", "Tünde", "Šárka", "Ľudovít", "Anna"]
LEGACY_FAMILY = ["Dvořáková", "Novák", "Żółć", "Szőke", "Kovács", "Černá", "Štúr", "Nagy"]


def write_list(path: Path, count: int, encoding: str = "utf-8") -> None:
    """A patient list like a clinic's export: names, prescriber, phone, clinic, date."""
    rng = random.Random(count)
    given, family = (GIVEN, FAMILY) if encoding == "utf-8" else (LEGACY_GIVEN, LEGACY_FAMILY)
    with path.open("w", newline="", encoding=encoding) as handle:
        writer = csv.writer(handle)
        writer.writerow(["Patient name", "Prescriber", "Phone", "Clinic", "First injection"])
        for _ in range(count):
            writer.writerow(
                [
                    f"{rng.choice(given)} {rng.choice(family)}",
                    "Dr Seán Murphy",
                    "+353 1 234 5678",
                    "St. Vincent's Osteoporosis Clinic",
                    f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026",
                ]
            )


def _tree_rss_kb(root: int) -> int:
    """Resident memory of a process and all its descendants, in kB."""
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{pid}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return total


def run(args: list[str]) -> tuple[float, float, float]:
    """(seconds, peak RSS of the process in MB, peak RSS of its process tree in MB)."""
    # The generated list has no medicine, language or country column: the clinic's defaults.
    defaults = ["--medicine", "kefdensis", "--lang", "en", "--country", "IE"]
    command = [sys.executable, "-m", "cardmaker", "batch", *args, *defaults]
    command += ["--quiet", "--overwrite"]
    start = time.perf_counter()
    process = subprocess.Popen(command)
    tree_peak = [0]

    def sample() -> None:
        while process.returncode is None:
            tree_peak[0] = max(tree_peak[0], _tree_rss_kb(process.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"cardmaker batch failed with exit code {process.returncode}")
    return elapsed, usage.ru_maxrss / 1024, tree_peak[0] / 1024


def detect_seconds(path: Path) -> float:
    """Best of three: open (read, decode, check) a list in this process."""
    from cardmaker.batch.source import open_table

    times = []
    for _ in range(3):
        start = time.perf_counter()
        table = open_table(path, languages=("en",))
        times.append(time.perf_counter() - start)
        if table.info.encoding != "windows-1250":
            raise SystemExit(f"detected {table.info.encoding}, expected windows-1250")
        table.close()
    return min(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        legacy = work / "patients-10000-cp1250.csv"
        write_list(legacy, 10_000, "cp1250")
        detect_10000 = detect_seconds(legacy)
        small, large = work / "patients-1000.csv", work / "patients-10000.csv"
        write_list(small, 1000)
        write_list(large, 10_000)
        target = str(work / "c1000.pdf")
        combined = [run([str(small), "--combined", target]) for _ in range(RUNS_1000)]
        seconds_1000 = statistics.median(r[0] for r in combined)
        rss_1000 = max(r[1] for r in combined)
        seconds_10000, rss_10000, _ = run([str(large), "--combined", str(work / "c10000.pdf")])
        per_file = run([str(small), "-o", str(work / "cards")])
        size_1000 = (work / "c1000.pdf").stat().st_size / 1e6
        size_10000 = (work / "c10000.pdf").stat().st_size / 1e6
    print(
        f"combined 1000: {seconds_1000:.2f} s, {rss_1000:.1f} MB, {size_1000:.2f} MB file; "
        f"combined 10000: {seconds_10000:.2f} s ({10_000 / seconds_10000:.0f} cards/s), "
        f"{rss_10000:.1f} MB, {size_10000:.2f} MB file; "
        f"per-file 1000: {per_file[0]:.2f} s, main {per_file[1]:.1f} MB, "
        f"process tree {per_file[2]:.1f} MB"
    )
    print(
        f"batch_1000_s={seconds_1000:.3f} cards_per_s={1000 / seconds_1000:.0f} "
        f"peak_rss_1000_mb={rss_1000:.1f} peak_rss_10000_mb={rss_10000:.1f} "
        f"perfile_1000_s={per_file[0]:.3f} detect_10000_legacy_s={detect_10000:.3f}"
    )


if __name__ == "__main__":
    main()
