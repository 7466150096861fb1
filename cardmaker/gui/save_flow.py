"""The Save PDF command: a file name without patient data, confirmation, an atomic write."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cardmaker.core.errors import CardmakerError
from cardmaker.core.files import atomic_write
from cardmaker.core.model import CardRequest
from cardmaker.core.settings import Settings
from cardmaker.gui.file_naming import suggested_file_name
from cardmaker.render.pdfx import make_pdfx


class SaveFlow(QObject):
    """Asks where to save, confirms replacing a file, writes the bytes atomically."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        # The folder of the last save, for this session only (never written to settings).
        self._last_folder: Path | None = None

    def start_folder(self, settings: Settings) -> Path:
        """Where the file dialog opens."""
        if self._last_folder is not None:
            return self._last_folder
        if settings.output_folder:
            return Path(settings.output_folder)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents else Path.home()

    def save(self, pdf: bytes, request: CardRequest, settings: Settings) -> Path | None:
        """Write the card; None when the user cancelled or the write failed (after saying so)."""
        name = suggested_file_name(
            settings.file_name_pattern, request, settings.patient_name_in_file_name, date.today()
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Save card as PDF"),
            str(self.start_folder(settings) / name),
            self.tr("PDF files (*.pdf)"),
            "",
            QFileDialog.Option.DontConfirmOverwrite,
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        if path.exists() and not self._confirm_replace(path):
            return None
        try:
            atomic_write(path, make_pdfx(pdf) if settings.pdfx else pdf)
        except OSError as exc:  # an OutputError too: the folder, the disk, a special file
            QMessageBox.critical(
                self._parent,
                self.tr("Card not saved"),
                self.tr("The card could not be saved to %1: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc)),
            )
            return None
        except CardmakerError as exc:  # the card breaks a PDF/X rule: nothing written
            QMessageBox.critical(self._parent, self.tr("Card not saved"), str(exc))
            return None
        self._last_folder = path.parent
        return path

    def _confirm_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self._parent,
            self.tr("Replace file?"),
            self.tr("%1 already exists. Do you want to replace it?").replace("%1", path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
