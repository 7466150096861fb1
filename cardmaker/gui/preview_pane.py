"""The preview: every page of the card's PDF as QtPdf draws it, with zoom and fit."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QPalette, QPixmap, QWheelEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cardmaker.core.model import DEFAULT_CARD_FORMAT, CardFormat
from cardmaker.gui.form_rows import style_as_note
from cardmaker.gui.note_area import NoteArea
from cardmaker.gui.preview_job import PAGE_FRAME_PX, PAGE_MARGIN_PX, PreviewResult, ViewSpec
from cardmaker.render.style import FORMAT_STYLES

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0, 6.0)
_DESK = QColor(128, 132, 138)


class PreviewPane(QWidget):
    """Pages stacked in a scroll area; the zoom is kept here, the images come from outside."""

    # Zoom or available size changed: the pages need drawing again.
    view_changed = Signal()
    # New page images are on screen.
    pages_shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fit = True
        self._zoom = 1.0
        self._shown_zoom = 1.0
        self._format = DEFAULT_CARD_FORMAT
        self.zoom_out_button = self._tool_button("\u2212", self.tr("Zoom out"))
        self.zoom_label = QLabel(self)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("000 %") + 8)
        self.zoom_in_button = self._tool_button("+", self.tr("Zoom in"))
        self.fit_button = self._tool_button(self.tr("Fit"), self.tr("Fit the pages to the window"))
        self.actual_button = self._tool_button(
            self.tr("100 %"), self.tr("Show the card at its true size")
        )
        self.fit_button.setCheckable(True)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        style_as_note(self.notice)
        # Wraps into whatever width is left (a wrapped label would ask for a wide minimum).
        self.notice.setMinimumWidth(self.fontMetrics().averageCharWidth() * 16)
        self.notice.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 4)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button):
            bar.addWidget(widget)
        bar.addWidget(self.fit_button)
        bar.addWidget(self.actual_button)
        bar.addSpacing(12)
        bar.addWidget(NoteArea(self.notice, self), 1)
        self._pages = QWidget()
        self._pages.setAutoFillBackground(True)
        palette = self._pages.palette()
        palette.setColor(QPalette.ColorRole.Window, _DESK)
        self._pages.setPalette(palette)
        self._page_layout = QVBoxLayout(self._pages)
        margin = PAGE_MARGIN_PX
        self._page_layout.setContentsMargins(margin, margin, margin, margin)
        self._page_layout.setSpacing(PAGE_MARGIN_PX)
        self._page_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._labels: list[QLabel] = []
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self._pages)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scroll_area.setAccessibleName(self.tr("Card preview"))
        self.scroll_area.viewport().installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.fit_button.clicked.connect(self.zoom_fit)
        self.actual_button.clicked.connect(self.zoom_actual)
        self._show_zoom()

    def _tool_button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    def view_spec(self) -> ViewSpec:
        """What the next render should produce for this pane."""
        # The space without scroll bars, less a vertical one: the fit does not depend on
        # whether a scroll bar happens to be showing, so it cannot flip back and forth.
        space = self.scroll_area.maximumViewportSize()
        scrollbar = self.scroll_area.verticalScrollBar().sizeHint().width()
        return ViewSpec(
            fit=self._fit,
            zoom=self._zoom,
            viewport_width=space.width() - scrollbar,
            viewport_height=space.height(),
            device_pixel_ratio=self.devicePixelRatioF(),
            logical_dpi=float(self.logicalDpiX()),
        )

    def set_card_format(self, card_format: CardFormat) -> None:
        """Page captions depend on the format (outside/inside, front/back)."""
        self._format = card_format

    def set_notice(self, text: str) -> None:
        """A line above the pages (why the preview is incomplete, or that it is rendering)."""
        self.notice.setText(text)

    def show_result(self, result: PreviewResult) -> None:
        """Put the page images of a finished render on screen."""
        self._shown_zoom = result.zoom
        captions = self._captions(len(result.images))
        while len(self._labels) < len(result.images):
            label = QLabel(self._pages)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setFrameShape(QFrame.Shape.Box)
            label.setLineWidth(PAGE_FRAME_PX)
            self._page_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self._labels.append(label)
        for index, label in enumerate(self._labels):
            if index >= len(result.images):
                label.hide()
                continue
            pixmap = QPixmap.fromImage(result.images[index])
            pixmap.setDevicePixelRatio(result.view.device_pixel_ratio)
            label.setPixmap(pixmap)
            label.setAccessibleName(captions[index])
            label.setToolTip(captions[index])
            label.show()
        self._show_zoom()
        self.pages_shown.emit()

    def clear_pages(self) -> None:
        """Nothing can be shown (the card cannot be made at all)."""
        for label in self._labels:
            label.hide()

    def page_pixmaps(self) -> list[QPixmap]:
        """The pixmaps on screen (for tests and screenshots)."""
        return [label.pixmap() for label in self._labels if label.isVisible()]

    def _captions(self, count: int) -> list[str]:
        if count == 2 and len(FORMAT_STYLES[self._format].panel_widths_mm) > 1:
            names = [self.tr("outside (back and cover)"), self.tr("inside")]
        elif count == 2:
            names = [self.tr("front"), self.tr("back")]
        else:
            names = [""] * count
        captions = []
        for index, name in enumerate(names):
            text = self.tr("Page %1 of %2").replace("%1", str(index + 1)).replace("%2", str(count))
            captions.append(f"{text}: {name}" if name else text)
        return captions

    def zoom_in(self) -> None:
        """Next larger zoom step."""
        current = self._shown_zoom if self._fit else self._zoom
        self._set_zoom(next((z for z in ZOOM_STEPS if z > current * 1.01), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        """Next smaller zoom step."""
        current = self._shown_zoom if self._fit else self._zoom
        smaller = [z for z in ZOOM_STEPS if z < current * 0.99]
        self._set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def zoom_fit(self) -> None:
        """Fit every page into the window."""
        self._fit = True
        self._show_zoom()
        self.view_changed.emit()

    def zoom_actual(self) -> None:
        """True size (as far as the screen reports its resolution)."""
        self._set_zoom(1.0)

    def _set_zoom(self, zoom: float) -> None:
        self._fit = False
        self._zoom = zoom
        self._show_zoom()
        self.view_changed.emit()

    def _show_zoom(self) -> None:
        zoom = self._shown_zoom if self._fit else self._zoom
        self.zoom_label.setText(self.tr("%1 %").replace("%1", str(round(zoom * 100))))
        self.fit_button.setChecked(self._fit)
        self.zoom_in_button.setEnabled(zoom < ZOOM_STEPS[-1])
        self.zoom_out_button.setEnabled(zoom > ZOOM_STEPS[0])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Refit when the viewport changes size; Ctrl + wheel zooms."""
        if event.type() == QEvent.Type.Resize and self._fit:
            self.view_changed.emit()
        elif (
            isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            return True
        return super().eventFilter(watched, event)
