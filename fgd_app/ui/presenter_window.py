"""The presenter view: the current pillar's inputs in large type, for the projector.

It follows the main window (pillar, element and theme filter, the highlighted input)
and updates live as inputs are typed, because it reads the same `CaptureStore`.
Speaker names stay hidden unless the facilitator shows them, and even then only the
names of participants who agreed to be named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QWidget

from fgd_app.ui.capture_models import InputListModel
from fgd_app.ui.forms import load_form

if TYPE_CHECKING:
    from fgd_app.ui.capture_page import CapturePage

DEFAULT_POINT_SIZE = 26
HIGHLIGHT = QColor("#fff3b0")


class PresenterModel(InputListModel):
    """The input list as the room sees it: text (and a consenting speaker's name), no pending marks."""

    def __init__(self, page: CapturePage):
        super().__init__(page.store, page, lang=page.model.lang)
        self.show_names = False
        self.highlight_id: str | None = None

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.visible[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            speaker = self.store.speakers.get(row.speaker_id) if row.speaker_id else None
            if self.show_names and speaker is not None and speaker.consent_name:
                return f"{index.row() + 1}. {row.text} — {speaker.name}"
            return f"{index.row() + 1}. {row.text}"
        if role == Qt.ItemDataRole.BackgroundRole and row.id == self.highlight_id:
            return QBrush(HIGHLIGHT)
        if role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return super().data(index, role)


class PresenterWindow(QObject):
    closed = Signal()

    def __init__(self, page: CapturePage):
        super().__init__(page)
        self.page = page
        # Owned by the capture page's widget (so it goes with it), yet a window of its own.
        self.ui: QWidget = load_form("presenter_window.ui", page.ui)
        self.ui.setWindowFlag(Qt.WindowType.Window, True)
        self.model = PresenterModel(page)
        self.model.element_names = page.model.element_names
        view = self.ui.input_list
        view.setModel(self.model)
        view.setModelColumn(InputListModel.TEXT)
        view.setSpacing(6)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.point_size = DEFAULT_POINT_SIZE
        self._apply_font()
        self.ui.installEventFilter(self)
        for key, slot in (("Esc", self.ui.close), ("F11", self.toggle_full_screen),
                          ("Ctrl++", lambda: self.zoom(2)), ("Ctrl+=", lambda: self.zoom(2)),
                          ("Ctrl+-", lambda: self.zoom(-2))):
            QShortcut(QKeySequence(key), self.ui).activated.connect(slot)
        page.ctx.pillar_changed.connect(lambda _key: self.follow())
        page.model.modelReset.connect(self.follow)  # the main list's element/theme filter changed
        self.model.modelReset.connect(self.refresh_title)
        self.model.rowsInserted.connect(self._inserted)
        self.follow()

    # -- following the main window -------------------------------------------------------------------

    def follow(self) -> None:
        main = self.page.model.filter
        self.model.element_names = self.page.model.element_names
        self.model.set_filter(pillar_key=main.pillar_key, element_key=main.element_key, theme_id=main.theme_id)

    def set_show_names(self, on: bool) -> None:
        self.model.show_names = on
        self.model._repaint_columns(0, self.model.columnCount() - 1)

    def highlight(self, input_id: str | None) -> None:
        previous, self.model.highlight_id = self.model.highlight_id, input_id
        for key in (previous, input_id):
            row = self.model.row_of(key) if key else -1
            if row >= 0:
                self.model.dataChanged.emit(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
        row = self.model.row_of(input_id) if input_id else -1
        if row >= 0:
            self.ui.input_list.scrollTo(self.model.index(row, InputListModel.TEXT))

    def refresh_title(self) -> None:
        page, f = self.page, self.model.filter
        title = page.pillar_name(f.pillar_key) if f.pillar_key else ""
        parts = []
        if f.element_key:
            parts.append(dict(page.element_names(f.pillar_key or "")).get(f.element_key, ""))
        if f.theme_id:
            parts.append(QCoreApplication.translate("PresenterWindow", "Theme: {title}").format(
                title=page.store.theme_title(f.theme_id)))
        self.ui.pillar_title.setText(title)
        self.ui.filter_title.setText(" · ".join(p for p in parts if p))
        self.ui.filter_title.setVisible(bool(parts))
        self.ui.count_title.setText(QCoreApplication.translate("PresenterWindow", "{count} inputs").format(
            count=self.model.rowCount()))

    def _inserted(self, *_: object) -> None:
        self.refresh_title()
        self.ui.input_list.scrollToBottom()  # the newest voice is what the room looks for

    # -- the window ------------------------------------------------------------------------------------

    def show(self) -> None:
        """On a second screen (the projector) in full screen when there is one."""
        screens = QGuiApplication.screens()
        main_screen = self.page.ui.screen()
        others = [s for s in screens if s is not main_screen]
        if others:
            self.ui.setGeometry(others[0].geometry())
            self.ui.showFullScreen()
        else:
            self.ui.show()
        self.refresh_title()

    def hide(self) -> None:
        self.ui.hide()

    def close(self) -> None:
        self.ui.close()

    def toggle_full_screen(self) -> None:
        self.ui.showNormal() if self.ui.isFullScreen() else self.ui.showFullScreen()

    def zoom(self, step: int) -> None:
        self.point_size = max(12, min(72, self.point_size + step))
        self._apply_font()

    def _apply_font(self) -> None:
        font = self.ui.input_list.font()
        font.setPointSize(self.point_size)
        self.ui.input_list.setFont(font)
        title = self.ui.pillar_title.font()
        title.setPointSize(self.point_size + 8)
        title.setBold(True)
        self.ui.pillar_title.setFont(title)
        count = self.ui.count_title.font()
        count.setPointSize(max(12, self.point_size - 6))
        self.ui.count_title.setFont(count)
        self.ui.filter_title.setFont(count)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui and event.type() == QEvent.Type.Close:
            self.closed.emit()
        return super().eventFilter(watched, event)

