"""Hatch build hook: compile the interface translations, translations/ui/*.ts -> *.qm.

The .qm files are build outputs (never edited, not in git). They are written next to their
sources, so an editable install finds them in the checkout, and the wheel's forced
inclusion of ``translations`` (which ignores .gitignore) ships them under
``cardmaker/_data/translations/ui``.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

TS_FOLDER = Path("translations") / "ui"


def find_lrelease() -> str:
    """The Qt Linguist compiler from PySide6 (a build requirement)."""
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    try:
        import PySide6
    except ImportError as exc:
        raise RuntimeError("building needs PySide6 for pyside6-lrelease") from exc
    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).is_file():
            return str(folder / name)
    raise RuntimeError(f"pyside6-lrelease not found (looked on PATH and in {folder})")


class TranslationsBuildHook(BuildHookInterface):
    """Runs before the wheel (or the editable wheel) is assembled."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile every .ts next to itself."""
        sources = sorted((Path(self.root) / TS_FOLDER).glob("*.ts"))
        if not sources:
            return
        lrelease = find_lrelease()
        for source in sources:
            target = source.with_suffix(".qm")
            subprocess.run([lrelease, "-silent", str(source), "-qm", str(target)], check=True)
