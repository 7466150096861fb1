"""`cardmaker` with no arguments: the entry point opens the window and returns an exit code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cardmaker.gui.app import main
from cardmaker.gui.system_libraries import install_advice, missing_packages


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


def test_missing_x11_libraries_are_named_with_the_install_command() -> None:
    absent = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    missing = missing_packages({"DISPLAY": ":0"}, "linux", loads=lambda name: name not in absent)
    assert missing == ["libxcb-icccm4", "libxcb-keysyms1"]
    advice = install_advice(missing)
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in advice
    # Other platforms and Qt's other back ends need none of them.
    assert missing_packages({"QT_QPA_PLATFORM": "offscreen"}, "linux", lambda n: False) == []
    assert missing_packages({"XDG_SESSION_TYPE": "wayland"}, "linux", lambda n: False) == []
    assert missing_packages({}, "win32", lambda n: False) == []
    assert missing_packages({"QT_QPA_PLATFORM": "xcb"}, "linux", lambda n: True) == []


def test_the_program_says_what_to_install_instead_of_aborting(tmp_path: Path) -> None:
    """On a machine without Qt's X11 libraries (as a minimal Debian), a message, not exit 134."""
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99"}
    env.pop("XDG_SESSION_TYPE", None)
    missing = missing_packages(env)
    if not missing:
        pytest.skip("this machine has every library Qt's X11 plug-in loads")
    done = subprocess.run(
        [sys.executable, "-m", "cardmaker", "--settings", str(tmp_path / "s.toml")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert f"sudo apt-get install {' '.join(missing)}" in done.stderr
    assert "core dumped" not in done.stderr and "Aborted" not in done.stderr
