"""The Load approved card text command: choose a folder, load it, show problems by key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cardmaker.core.errors import CardmakerError, DataFileError
from cardmaker.core.library import CardLibrary, load_library
from cardmaker.render.fonts import printable_codepoints


class CardTextFlow(QObject):
    """Loads a user's folder of nationally approved card texts (or the shipped ones)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent

    def choose_folder(self, start: Path | None) -> Path | None:
        """Ask for the folder; None when the user cancelled."""
        folder = QFileDialog.getExistingDirectory(
            self._parent,
            self.tr("Choose the folder of approved card texts"),
            str(start or Path.home()),
        )
        return Path(folder) if folder else None

    def load(self, folder: Path | None) -> CardLibrary | None:
        """The library with the folder's texts; None (after saying why) when they fail."""
        try:
            return load_library(folder, printable_codepoints())
        except DataFileError as exc:
            self._show_data_error(exc)
        except CardmakerError as exc:
            QMessageBox.warning(self._parent, self.tr("Card text not loaded"), str(exc))
        return None

    def _show_data_error(self, error: DataFileError) -> None:
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Card text not loaded"))
        box.setText(
            self.tr("%1 has problems; nothing was changed. Problems by key:").replace(
                "%1", error.path
            )
        )
        box.setInformativeText("\n".join(f"{p.field}: {p.reason}" for p in error.problems))
        box.exec()
