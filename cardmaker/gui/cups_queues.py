"""Printing through CUPS (Linux, macOS): the card's own PDF goes to the queue as it is.

The PDF is handed to the ``lp`` command on its standard input, so no file with patient
details is written by the program; CUPS places it on the paper at true size
(``print-scaling=none``; ``fit-to-page=false`` for older filters). Queues and whether a
printer prints both sides come from ``lpstat`` and ``lpoptions``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

# The commands answer in English with this environment, so their output can be read.
_C_LOCALE = {"LC_ALL": "C", "LANG": "C"}
COMMAND_TIMEOUT_S = 30
_JOB_ID = re.compile(r"request id is (\S+)")
# Options whose presence with a two-sided choice means the printer can print both sides.
_DUPLEX_OPTION = re.compile(r"^(Duplex|sides|JCLDuplex|EFDuplex|KMDuplex)/", re.IGNORECASE)
_ONE_SIDED = {"none", "one-sided", "off", "false", "simplex"}

# Options that make CUPS print the pages at 100 %: never fitted, never shrunk.
TRUE_SIZE_OPTIONS: dict[str, str] = {"print-scaling": "none", "fit-to-page": "false"}


class CupsError(OSError):
    """A CUPS command failed; the message is the command's own explanation."""


@dataclass(frozen=True)
class Queue:
    """One CUPS destination."""

    name: str
    description: str
    is_default: bool
    has_duplex: bool


@dataclass(frozen=True)
class PrintJob:
    """What to send: the PDF and the options, exactly as ``lp`` receives them."""

    pdf: bytes
    queue: str
    title: str
    copies: int
    options: Mapping[str, str]

    def arguments(self) -> list[str]:
        """The ``lp`` arguments (no file: the PDF itself comes on standard input)."""
        args = ["-d", self.queue, "-n", str(self.copies), "-t", self.title]
        for key, value in self.options.items():
            args += ["-o", f"{key}={value}"]
        return args


class CupsPrinting:
    """The CUPS commands of this machine."""

    def __init__(self, bin_dir: Path | None = None) -> None:
        self._bin_dir = bin_dir

    def _command(self, name: str) -> str:
        if self._bin_dir is not None:
            return str(self._bin_dir / name)
        return shutil.which(name) or name

    @classmethod
    def find(cls, bin_dir: Path | None = None) -> CupsPrinting | None:
        """CUPS when its commands exist and the scheduler answers; None otherwise."""
        cups = cls(bin_dir)
        for name in ("lp", "lpstat", "lpoptions"):
            path = cups._command(name)
            if not (Path(path).is_file() if bin_dir else shutil.which(path)):
                return None
        try:
            running = "is running" in cups._run("lpstat", ["-r"])
        except CupsError:
            return None
        return cups if running else None

    def _run(self, name: str, args: Sequence[str], data: bytes | None = None) -> str:
        try:
            done = subprocess.run(
                [self._command(name), *args],
                input=data,
                capture_output=True,
                timeout=COMMAND_TIMEOUT_S,
                env={**os.environ, **_C_LOCALE},
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise CupsError(f"{name}: {exc}") from exc
        output = done.stdout.decode("utf-8", "replace")
        if done.returncode != 0:
            message = done.stderr.decode("utf-8", "replace").strip() or output.strip()
            raise CupsError(message or f"{name} exited with {done.returncode}")
        return output

    def queues(self) -> list[Queue]:
        """Every destination, the default first."""
        names = self._run("lpstat", ["-e"]).split()
        try:
            default_line = self._run("lpstat", ["-d"])
        except CupsError:
            default_line = ""
        default = default_line.rsplit(":", 1)[-1].strip() if ":" in default_line else ""
        found = [
            Queue(name, self._description(name), name == default, self._has_duplex(name))
            for name in names
        ]
        return sorted(found, key=lambda q: (not q.is_default, q.name.casefold()))

    def _description(self, name: str) -> str:
        try:
            listed = self._run("lpoptions", ["-p", name])
        except CupsError:
            return name
        found = re.search(r"printer-info=('([^']*)'|\S+)", listed)
        if not found:
            return name
        return found.group(2) if found.group(2) is not None else found.group(1)

    def _has_duplex(self, name: str) -> bool:
        try:
            lines = self._run("lpoptions", ["-p", name, "-l"]).splitlines()
        except CupsError:
            return False
        for line in lines:
            if _DUPLEX_OPTION.match(line):
                choices = {c.lstrip("*").casefold() for c in line.split(":", 1)[-1].split()}
                if choices - _ONE_SIDED:
                    return True
        return False

    def stopped_reason(self, name: str) -> str | None:
        """Why the queue is stopped (``cupsdisable``), '' if CUPS gives none; None if it runs.

        A stopped queue still accepts jobs, so ``lp`` succeeds and nothing prints.
        """
        try:
            lines = self._run("lpstat", ["-p", name]).splitlines()
        except CupsError:
            return None  # unknown: ``lp`` itself reports a queue that is really gone
        if not lines or not lines[0].startswith(f"printer {name} disabled"):
            return None
        reasons = [line.strip() for line in lines[1:] if line[:1].isspace()]
        return "; ".join(r for r in reasons if r and r != "reason unknown")

    def submit(self, job: PrintJob) -> str:
        """Send the job; returns the CUPS job id ('PDF-12')."""
        answer = self._run("lp", job.arguments(), job.pdf)
        found = _JOB_ID.search(answer)
        return found.group(1) if found else answer.strip()
