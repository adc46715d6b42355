"""The photo list: thumbnails made on demand and cached, captions edited in place, files dropped.

The model and the view of the Photos tab, apart from the panel that drives them.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractListModel,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QModelIndex,
    QObject,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QImageReader, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListView, QWidget

from fgd_app.services.fields import collapse
from fgd_app.services.photos import PhotoRow
from fgd_app.ui.models import AnyIndex

THUMB = QSize(208, 156)  # 4:3, the shape of most phone photos; sticky-note colours stay visible
THUMB_CACHE = 300  # thumbnails kept in memory (~130 KB each, twice: plain and selected)


def make_thumbnail(data: bytes | None, box: QSize, ratio: float = 1.0) -> tuple[QPixmap, QRect]:
    """The photo fitted into `box`, centred on a transparent canvas of exactly that size.

    Same-sized decorations keep every caption on one line of the grid. A photo that
    cannot be decoded shows as a grey box rather than breaking the list. Also returns
    where the photo sits on the canvas (to frame it when selected).
    """
    canvas = QPixmap(box * ratio)
    canvas.setDevicePixelRatio(ratio)
    canvas.fill(Qt.GlobalColor.transparent)
    buffer = QBuffer()
    buffer.setData(QByteArray(data or b""))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(box * ratio, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    painter = QPainter(canvas)
    if image.isNull():
        area = QRect(0, 0, box.width(), box.height())
        painter.fillRect(area, QColor("#d9d9d9"))
    else:
        image.setDevicePixelRatio(ratio)
        width, height = round(image.width() / ratio), round(image.height() / ratio)
        area = QRect((box.width() - width) // 2, (box.height() - height) // 2, width, height)
        painter.drawImage(area.topLeft(), image)
        painter.setPen(QPen(QColor(0, 0, 0, 60)))
        painter.drawRect(area.adjusted(0, 0, -1, -1))
    painter.end()
    return canvas, area


def thumbnail_icon(data: bytes | None, box: QSize, ratio: float, frame: QColor) -> QIcon:
    """The thumbnail, and for the selected state the same photo in a frame of `frame`.

    Without an explicit selected pixmap Qt tints the whole photo with the highlight
    colour, which makes flipchart photos hard to read exactly when they are chosen.
    """
    plain, area = make_thumbnail(data, box, ratio)
    selected = QPixmap(plain)
    painter = QPainter(selected)
    painter.setPen(QPen(frame, 4))
    painter.drawRect(area.adjusted(2, 2, -2, -2))
    painter.end()
    icon = QIcon(plain)
    icon.addPixmap(selected, QIcon.Mode.Selected)
    return icon


class PhotoListModel(QAbstractListModel):
    """One item per photo: thumbnail (decoration), caption (display, edit)."""

    caption_edited = Signal(str, str)  # attachment id, the caption as typed

    def __init__(self, load_bytes: Callable[[str], bytes | None], parent: QObject | None = None):
        super().__init__(parent)
        self._load_bytes = load_bytes
        self._rows: list[PhotoRow] = []
        self._thumbs: OrderedDict[str, QIcon] = OrderedDict()
        self._pillar_names: dict[str, str] = {}
        self.ratio = 1.0

    def set_rows(self, rows: list[PhotoRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_pillar_names(self, names: dict[str, str]) -> None:
        self._pillar_names = names
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), [Qt.ItemDataRole.ToolTipRole])

    def photo_at(self, row: int) -> PhotoRow:
        return self._rows[row]

    def row_of(self, attachment_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == attachment_id), -1)

    def thumbnail(self, sha256: str) -> QIcon:
        """Decoded on first show, then kept (by hash: a photo's bytes never change)."""
        icon = self._thumbs.get(sha256)
        if icon is None:
            frame = QApplication.palette().color(QPalette.ColorRole.Highlight)
            icon = thumbnail_icon(self._load_bytes(sha256), THUMB, self.ratio, frame)
            self._thumbs[sha256] = icon
            if len(self._thumbs) > THUMB_CACHE:
                self._thumbs.popitem(last=False)
        else:
            self._thumbs.move_to_end(sha256)
        return icon


    # -- QAbstractListModel ----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        photo = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return photo.caption or photo.filename
        if role == Qt.ItemDataRole.EditRole:
            return photo.caption
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnail(photo.sha256)
        if role == Qt.ItemDataRole.ForegroundRole and not photo.caption:
            return QApplication.palette().brush(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.ToolTipRole:
            pillar = self._pillar_names.get(photo.pillar_key or "", "") or QCoreApplication.translate(
                "PhotosPanel", "No pillar")
            lines = [photo.caption, photo.filename, pillar]
            return "\n".join(line for line in lines if line)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        photo = self._rows[index.row()]
        caption = collapse(value)
        if caption == photo.caption:
            return False
        self._rows[index.row()] = photo._replace(caption=caption)  # shown now, written behind
        self.dataChanged.emit(index, index)
        self.caption_edited.emit(photo.id, caption)
        return True


class PhotoListView(QListView):
    """The icon grid; takes dropped files and says what to do while it is empty."""

    files_dropped = Signal(list)  # local file paths

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.placeholder = ""
        self._drag_over = False
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    @staticmethod
    def _files(event) -> list[str]:
        mime = event.mimeData()
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []

    def dragEnterEvent(self, event) -> None:
        if self._files(event):
            self._drag_over = True
            self.viewport().update()
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if self._files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:
        self._drag_over = False
        self.viewport().update()
        event.accept()

    def dropEvent(self, event) -> None:
        self._drag_over = False
        self.viewport().update()
        files = self._files(event)
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(files)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        empty = self.model() is None or self.model().rowCount() == 0
        if not (empty or self._drag_over):
            return
        painter = QPainter(self.viewport())
        area = self.viewport().rect().adjusted(12, 12, -12, -12)
        if self._drag_over:
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(area, 8, 8)
        if empty and self.placeholder:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.placeholder)
        painter.end()
