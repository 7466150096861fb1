"""The About box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cardmaker import __version__
from cardmaker.gui.icons import card_icon


def about_box(parent: QWidget | None) -> QMessageBox:
    """A box with the version, the purpose and the promise about patient data."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("AboutBox", "About cardmaker"))
    box.setIconPixmap(card_icon().pixmap(64, 64))
    box.setText(QCoreApplication.translate("AboutBox", "cardmaker %1").replace("%1", __version__))
    box.setInformativeText(
        QCoreApplication.translate(
            "AboutBox",
            "Makes the osteonecrosis-of-the-jaw patient reminder card for denosumab "
            "medicines as a print-ready PDF.\n\n"
            "Patient details stay in this window and in the files you save. They are not "
            "stored in settings, and the program makes no network connections.",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box
