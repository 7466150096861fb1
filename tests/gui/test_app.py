"""`cardmaker` with no arguments: the entry point opens the window and returns an exit code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cardmaker.gui.app import main


def test_cardmaker_opens_the_window_and_exits_cleanly(tmp_path: Path) -> None:
    # A separate process: the application's own exec()/quit() must not end this test run's.
    settings = tmp_path / "custom" / "settings.toml"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "cardmaker", "gui", "--settings", str(settings)]
    done = subprocess.run(
        [*command, "--exit-when-shown"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Fatal" not in done.stderr and "Traceback" not in done.stderr
    # Starting writes nothing: settings are saved only when the user changes them.
    assert not settings.exists()


def test_version_and_usage_errors_return_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert "cardmaker" in capsys.readouterr().out
    assert main(["--no-such-option"]) == 2
