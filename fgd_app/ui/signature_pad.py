"""A pad on which a participant signs the attendance list: mouse, pen or finger.

At the door people sign on the laptop's touchpad, a touch screen or a pen tablet, so
the pad takes all three input kinds itself (mouse, `QTabletEvent` with pressure,
`QTouchEvent`) and ignores the mouse events Qt would synthesise from the other two.
Strokes are smoothed with quadratic curves through the midpoints of the sampled
points and drawn antialiased into a cached image, so a long signature stays fluid.

`to_png()` renders only the ink (no baseline, no hint), cropped to its bounding box
plus a margin, in 8-bit grayscale: a few kilobytes that print cleanly in the
attendance list's signature column.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEvent, QIODevice, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

Point = tuple[float, float, float]  # x, y (widget pixels), pen width

INK = QColor(22, 34, 96)  # dark blue ink on screen; the PNG is black on white
BASELINE = QColor(170, 170, 170)
HINT = QColor(150, 150, 150)
PEN_WIDTH = 2.6
MIN_STEP = 0.8  # pixels between kept samples: fewer points, same line
PNG_MARGIN = 10
PNG_MAX_WIDTH = 1200  # a signature drawn on a very wide screen is scaled down to this


class SignaturePad(QWidget):
    """Records strokes; `changed` fires when ink is added or cleared.

    Keys while focused: Enter/Return (with or without Ctrl) emit `submitted`, Esc emits
    `cancelled`, Delete/Backspace clear the pad.
    """

    changed = Signal()
    submitted = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("signature_pad")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(300, 130)
        self._strokes: list[list[Point]] = []
        self._current: list[Point] | None = None
        self._device: str | None = None  # "mouse", "tablet" or "touch" while a stroke is drawn
        self._touch_id: int | None = None
        self._ink: QImage | None = None  # cached rendering of the strokes at the widget's size
        self._hint: str | None = None  # None: the translated default
        self.retranslate()

    # -- public API ------------------------------------------------------------------------

    def is_empty(self) -> bool:
        return not self._strokes and not self._current

    def stroke_count(self) -> int:
        return len(self._strokes)

    def clear(self) -> None:
        had_ink = not self.is_empty()
        self._strokes.clear()
        self._current = None
        self._device = None
        self._ink = None
        self.update()
        if had_ink:
            self.changed.emit()

    def add_stroke(self, points: Iterable[QPointF | tuple[float, float]], width: float = PEN_WIDTH) -> None:
        """Add a finished stroke programmatically (restoring, demos, screenshots)."""
        stroke = [(p.x(), p.y(), width) if isinstance(p, QPointF) else (float(p[0]), float(p[1]), width)
                  for p in points]
        if stroke:
            self._strokes.append(stroke)
            self._ink = None
            self.update()
            self.changed.emit()

    def set_hint(self, text: str | None) -> None:
        """Replace the "Sign here" hint (None restores it)."""
        self._hint = text
        self.update()

    def hint(self) -> str:
        return self._hint if self._hint is not None else QCoreApplication.translate("SignaturePad", "Sign here")

    def to_png(self) -> bytes:
        """The ink as a grayscale PNG cropped to its bounding box plus a margin (b"" when empty)."""
        strokes = self._strokes + ([self._current] if self._current else [])
        if not strokes:
            return b""
        xs = [p[0] for s in strokes for p in s]
        ys = [p[1] for s in strokes for p in s]
        pad = PNG_MARGIN + max(p[2] for s in strokes for p in s)
        box = QRectF(min(xs) - pad, min(ys) - pad, max(xs) - min(xs) + 2 * pad, max(ys) - min(ys) + 2 * pad)
        scale = min(1.0, PNG_MAX_WIDTH / box.width())
        image = QImage(max(1, math.ceil(box.width() * scale)), max(1, math.ceil(box.height() * scale)),
                       QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        painter.translate(-box.left(), -box.top())
        for stroke in strokes:
            _draw_segments(painter, stroke, QColor(Qt.GlobalColor.black), finished=True)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.convertToFormat(QImage.Format.Format_Grayscale8).save(buffer, "PNG", 0)  # 0: smallest file
        buffer.close()
        return bytes(data.data())

    def retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("SignaturePad", "Signature pad"))
        self.setAccessibleDescription(QCoreApplication.translate(
            "SignaturePad",
            "Sign with the mouse, a pen or a finger. Enter saves the signature, Esc skips it, Delete clears it."))
        self.setToolTip(QCoreApplication.translate(
            "SignaturePad", "Sign here with the mouse, a pen or a finger. Enter: save · Esc: skip · Delete: clear"))
        self.update()

    # -- strokes ---------------------------------------------------------------------------

    def _begin(self, device: str, pos: QPointF, width: float) -> None:
        self._device = device
        self._current = [self._clamped(pos, width)]
        self.changed.emit()

    def _extend(self, pos: QPointF, width: float) -> None:
        if self._current is None:
            return
        point = self._clamped(pos, width)
        last = self._current[-1]
        if math.hypot(point[0] - last[0], point[1] - last[1]) < MIN_STEP:
            return
        self._current.append(point)
        self._paint_into_cache(self._current, first=len(self._current) - 2, finished=False)

    def _end(self) -> None:
        stroke, self._current, self._device, self._touch_id = self._current, None, None, None
        if not stroke:
            return
        self._strokes.append(stroke)
        self._paint_into_cache(stroke, first=len(stroke) - 1, finished=True)
        self.changed.emit()

    def _clamped(self, pos: QPointF, width: float) -> Point:
        return (min(max(pos.x(), 0.0), float(self.width())), min(max(pos.y(), 0.0), float(self.height())), width)

    def _paint_into_cache(self, stroke: Sequence[Point], first: int, finished: bool) -> None:
        if self._ink is None:  # the next paintEvent renders everything anyway
            self.update()
            return
        painter = QPainter(self._ink)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dirty = _draw_segments(painter, stroke, INK, finished=finished, first=max(first, 0))
        painter.end()
        if dirty is not None:
            self.update(dirty.adjusted(-2, -2, 2, 2).toAlignedRect())

    # -- input events ----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._device is None and not _synthesized(event):
            self._begin("mouse", event.position(), PEN_WIDTH)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._device == "mouse" and event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position(), PEN_WIDTH)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._device == "mouse" and event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position(), PEN_WIDTH)
            self._end()
        event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        width = PEN_WIDTH * (0.45 + 1.1 * max(0.0, min(1.0, event.pressure())))
        kind = event.type()
        if kind == QEvent.Type.TabletPress and self._device in (None, "mouse"):
            self._current = None  # a pen always wins over a half-drawn mouse stroke
            self._begin("tablet", event.position(), width)
        elif kind == QEvent.Type.TabletMove and self._device == "tablet":
            self._extend(event.position(), width)
        elif kind == QEvent.Type.TabletRelease and self._device == "tablet":
            self._end()
        event.accept()  # no synthesised mouse events for the pen

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            self._touch(event)
            event.accept()
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        points = event.points()
        if event.type() == QEvent.Type.TouchBegin and points and self._device is None:
            self._touch_id = points[0].id()
            self._begin("touch", points[0].position(), PEN_WIDTH)
            return
        if self._device != "touch":
            return
        finger = next((p for p in points if p.id() == self._touch_id), None)  # the first finger only
        if finger is not None:
            self._extend(finger.position(), PEN_WIDTH)
        if event.type() in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel) or (
                finger is not None and finger.state() == finger.State.Released):
            self._end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
        elif key == Qt.Key.Key_Escape:
            self.cancelled.emit()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.EnabledChange:
            self.update()
        super().changeEvent(event)

    # -- painting --------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._ink = None  # re-rendered at the new size on the next paint
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.fillRect(self.rect(), Qt.GlobalColor.white if self.isEnabled() else QColor(240, 240, 240))
        base_y = round(self.height() * 0.72) + 0.5
        painter.setPen(QPen(BASELINE, 1))
        painter.drawLine(QPointF(24, base_y), QPointF(self.width() - 24, base_y))
        font = painter.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        painter.setFont(font)
        painter.drawText(QPointF(24, base_y - 8), "×")
        if self.is_empty():
            painter.setPen(HINT)
            painter.drawText(QRectF(0, 0, self.width(), base_y - 6),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, self.hint())
        painter.drawImage(QPointF(0, 0), self._cached_ink())
        focused = self.hasFocus()
        painter.setPen(QPen(self.palette().highlight().color() if focused else BASELINE, 2 if focused else 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5) if focused else rect)
        painter.end()

    def _cached_ink(self) -> QImage:
        ratio = self.devicePixelRatioF()
        if self._ink is None:
            image = QImage(max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio)),
                           QImage.Format.Format_ARGB32_Premultiplied)
            image.setDevicePixelRatio(ratio)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            for stroke in self._strokes:
                _draw_segments(painter, stroke, INK, finished=True)
            if self._current:
                _draw_segments(painter, self._current, INK, finished=False)
            painter.end()
            self._ink = image
        return self._ink


def _synthesized(event: QMouseEvent) -> bool:
    """A mouse event Qt made up from touch or pen input (which the pad handles itself)."""
    return event.source() != Qt.MouseEventSource.MouseEventNotSynthesized


def _draw_segments(painter: QPainter, stroke: Sequence[Point], color: QColor, *, finished: bool,
                   first: int = 0) -> QRectF | None:
    """Draw the smoothed pieces of `stroke` centred on points `first`.. ; returns their bounds.

    Piece i runs from the midpoint before point i to the midpoint after it, bending
    through point i; the first piece starts at point 0 and, once the stroke is finished,
    a last piece reaches its final point. A stroke of one point is a dot.
    """
    n = len(stroke)
    bounds: QRectF | None = None

    def mid(a: Point, b: Point) -> QPointF:
        return QPointF((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)

    pieces: list[tuple[QPainterPath, float]] = []
    if n == 1:
        if finished:
            path = QPainterPath()
            x, y, w = stroke[0]
            path.addEllipse(QPointF(x, y), w * 0.7, w * 0.7)
            painter.fillPath(path, color)
            return path.boundingRect()
        return None
    for i in range(first, n):
        path = QPainterPath()
        x, y, w = stroke[i]
        if i == 0:
            path.moveTo(x, y)
            path.lineTo(mid(stroke[0], stroke[1]))
        elif i < n - 1:
            path.moveTo(mid(stroke[i - 1], stroke[i]))
            path.quadTo(QPointF(x, y), mid(stroke[i], stroke[i + 1]))
        elif finished:
            path.moveTo(mid(stroke[i - 1], stroke[i]))
            path.lineTo(x, y)
        else:
            continue
        pieces.append((path, w))
    for path, width in pieces:
        painter.setPen(QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.drawPath(path)
        box = path.boundingRect().adjusted(-width, -width, width, width)
        bounds = box if bounds is None else bounds.united(box)
    return bounds
