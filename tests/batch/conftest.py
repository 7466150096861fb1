"""Fixtures for the batch tests: the fixture lists, what they must give, and a CLI runner."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cardmaker.cli.main import main as cli_main

FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXPECTED: dict[str, dict[str, Any]] = json.loads((FIXTURES / "expected.json").read_text("utf-8"))

# The card options a list without medicine, language and country columns needs.
CARD = ("--medicine", "kefdensis", "--lang", "en", "--country", "IE")

CliRun = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> CliRun:
    """Run ``cardmaker ARGS`` in this process; returns (exit code, stdout, stderr)."""

    def run(*args: str | Path) -> tuple[int, str, str]:
        code = cli_main([str(a) for a in args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def temp_leftovers(folder: Path) -> list[Path]:
    """Temporary files a writer may have left (there must be none)."""
    return [p for p in folder.rglob("*") if p.name.startswith(".cardmaker-") or p.suffix == ".part"]
