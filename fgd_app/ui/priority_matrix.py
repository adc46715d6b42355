"""The impact/feasibility 2x2 matrix of a pillar's programmes, and the table that scores them.

`PriorityMatrix` paints the matrix itself (no chart library: the app is offline and the
picture is simple): four softly coloured quadrants, feasibility to the right and impact
upwards on a 1..5 scale split at 3, each scored programme as a numbered dot, and a
numbered legend with the names beside it. Programmes with the same scores are spread
in a small grid so every number stays readable; a score of 3 counts as high
(`services.voting.quadrant`) and its dot is drawn just inside the high half, so what
the picture shows and what the service says always agree. `placed_quadrants()` reads
the quadrant back from the painted positions, for tests and screen readers.

`ScoresModel` is the editable list beside it (Impact and Feasibility through
`SpinDelegate`); edits are emitted as `scores_edited` for the panel to write.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from fgd_app.services.voting import (
    FILL_INS,
    MAJOR_PROJECTS,
    QUICK_WINS,
    RECONSIDER,
    SCORE_MAX,
    SCORE_MIN,
    SCORE_SPLIT,
    MatrixItem,
)

# quadrant: (background, title colour)
COLOURS = {
    QUICK_WINS: (QColor("#dcefdc"), QColor("#1f6b35")),
    MAJOR_PROJECTS: (QColor("#dde8f6"), QColor("#1d4e89")),
    FILL_INS: (QColor("#fbf1d2"), QColor("#7a5a00")),
    RECONSIDER: (QColor("#f5e0de"), QColor("#8e2f27")),
}
DOT = QColor("#2f4358")
UNSCORED_DOT = QColor("#8a96a3")
SPLIT_LINE = QColor("#6f7b87")
GRID_LINE = QColor(255, 255, 255, 170)


def quadrant_title(key: str | None) -> str:
    if key == QUICK_WINS:
        return QCoreApplication.translate("PriorityMatrix", "Quick wins / do first")
    if key == MAJOR_PROJECTS:
        return QCoreApplication.translate("PriorityMatrix", "Major projects / plan")
    if key == FILL_INS:
        return QCoreApplication.translate("PriorityMatrix", "Fill-ins")
    if key == RECONSIDER:
        return QCoreApplication.translate("PriorityMatrix", "Reconsider")
    return QCoreApplication.translate("PriorityMatrix", "Not scored yet")


class Placed(NamedTuple):
    """A programme's dot as painted: centre, radius and the quadrant it lies in."""

    item: MatrixItem
    centre: QPointF
    radius: float
    quadrant: str


class _Geometry(NamedTuple):
    plot: QRectF  # the coloured square, label bands included
    inner: QRectF  # where scores 0.5..5.5 map (the dots' area)
    legend: QRectF
    unit: float  # pixels per score step (the smaller of both axes)

    def x(self, score: float) -> float:
        return self.inner.left() + (score - SCORE_MIN + 0.5) / (SCORE_MAX - SCORE_MIN + 1) * self.inner.width()

    def y(self, score: float) -> float:
        return self.inner.bottom() - (score - SCORE_MIN + 0.5) / (SCORE_MAX - SCORE_MIN + 1) * self.inner.height()

    @property
    def split(self) -> QPointF:
        return QPointF(self.x(SCORE_SPLIT), self.y(SCORE_SPLIT))

    def quadrant_at(self, point: QPointF) -> str:
        """The quadrant a painted point lies in; on a split line counts as high (as `quadrant`)."""
        high_feasibility = point.x() >= self.split.x()
        high_impact = point.y() <= self.split.y()
        if high_impact:
            return QUICK_WINS if high_feasibility else MAJOR_PROJECTS
        return FILL_INS if high_feasibility else RECONSIDER

    def quadrant_rect(self, key: str) -> QRectF:
        s, p = self.split, self.plot
        left = key in (MAJOR_PROJECTS, RECONSIDER)
        top = key in (QUICK_WINS, MAJOR_PROJECTS)
        x0, x1 = (p.left(), s.x()) if left else (s.x(), p.right())
        y0, y1 = (p.top(), s.y()) if top else (s.y(), p.bottom())
        return QRectF(x0, y0, x1 - x0, y1 - y0)


class PriorityMatrix(QWidget):
    """The painted 2x2 matrix with its legend; feed it with `set_items(matrix_items(...))`."""

    MARGIN = 8.0

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._items: list[MatrixItem] = []
        self.setObjectName("priority_matrix")
        self.setMinimumSize(340, 230)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.retranslate()

    def sizeHint(self) -> QSize:
        return QSize(520, 400)

    # -- data ----------------------------------------------------------------------------

    def set_items(self, items: Sequence[MatrixItem]) -> None:
        self._items = list(items)
        self._describe()
        self.update()

    def items(self) -> list[MatrixItem]:
        return list(self._items)

    def retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("PriorityMatrix", "Impact and feasibility matrix"))
        self._describe()
        self.update()

    def placed_quadrants(self) -> dict[str, str]:
        """Programme id -> the quadrant its painted dot lies in (scored programmes only)."""
        geometry = self._geometry()
        return {p.item.id: geometry.quadrant_at(p.centre) for p in self._placements(geometry)}

    def _describe(self) -> None:
        """A text version of the picture for screen readers."""
        parts = [f"{i.number}. {i.name}: {quadrant_title(i.quadrant)}" for i in self._items]
        self.setAccessibleDescription("; ".join(parts))

    # -- geometry ------------------------------------------------------------------------

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        return font

    def _title_font(self) -> QFont:
        font = self._small_font()
        font.setBold(True)
        return font

    def _geometry(self) -> _Geometry:
        m = self.MARGIN
        fm = QFontMetricsF(self.font())
        line = fm.height()
        area = QRectF(self.rect()).adjusted(m, m, -m, -m)
        legend_width = min(340.0, max(140.0, area.width() * 0.36)) if self._items else -m  # none: centred
        legend = QRectF(area.right() - legend_width, area.top(), legend_width, area.height())
        # Left: the rotated axis title and the tick numbers; bottom: tick numbers and axis title.
        left = line + fm.horizontalAdvance("5") + 10
        bottom = 2 * line + 8
        width = max(120.0, legend.left() - m - area.left() - left)
        height = max(120.0, area.height() - bottom)
        side = min(width, height * 1.25)  # close to square: the quadrants read as equals
        plot = QRectF(area.left() + left + (0 if self._items else (width - side) / 2), area.top(), side, height)
        # Bands above and below the dots' area hold the quadrant titles, so no dot hides one.
        title_fm = QFontMetricsF(self._title_font())
        lines = max(_fitted_title(title_fm, key, side / 2 - 12).count("\n") + 1 for key in COLOURS)
        band = lines * title_fm.height() + 8
        inner = plot.adjusted(0, band, 0, -band)
        legend.setLeft(plot.right() + 2 * m)
        steps = SCORE_MAX - SCORE_MIN + 1
        return _Geometry(plot, inner, legend, min(inner.width(), inner.height()) / steps)

    def _placements(self, g: _Geometry) -> list[Placed]:
        """Each scored programme's dot, at its scores unless another dot is already there.

        Dots are placed in legend order; a dot that would touch an earlier one moves to
        the nearest free spot on rings around its place, staying inside its own quadrant
        (wholly on its side of the split lines) and inside the dots' area. A 3 starts just
        inside the high half, as it counts as high.
        """
        r = max(7.0, min(15.0, g.unit * 0.2))
        gap = 2 * r + 2  # centre to centre: dots may touch their white rims, never overlap
        split = g.split
        area = g.inner.adjusted(r, r, -r, -r)
        placed: list[Placed] = []
        for item in self._items:
            if not item.scored:
                continue
            high_x, high_y = item.feasibility >= SCORE_SPLIT, item.impact >= SCORE_SPLIT
            ideal = QPointF(g.x(item.feasibility), g.y(item.impact))
            if item.feasibility == SCORE_SPLIT:
                ideal.setX(ideal.x() + r + 1)
            if item.impact == SCORE_SPLIT:
                ideal.setY(ideal.y() - r - 1)

            def free(point: QPointF) -> bool:
                inside_x = point.x() - split.x() >= r if high_x else split.x() - point.x() >= r + 1
                inside_y = split.y() - point.y() >= r if high_y else point.y() - split.y() >= r + 1
                return (inside_x and inside_y and area.contains(point)
                        and all(math.dist((point.x(), point.y()), (p.centre.x(), p.centre.y())) >= gap
                                for p in placed))

            centre = next((c for c in _spiral(ideal, gap / 2) if free(c)), ideal)
            placed.append(Placed(item, centre, r, g.quadrant_at(centre)))
        return placed

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        g = self._geometry()
        self._paint_quadrants(painter, g)
        self._paint_axes(painter, g)
        placed = self._placements(g)
        for dot in placed:
            self._paint_dot(painter, dot.centre, dot.radius, dot.item.number, DOT)
        if not self._items:
            self._paint_empty(painter, g)
        self._paint_legend(painter, g)
        painter.end()

    def _paint_quadrants(self, painter: QPainter, g: _Geometry) -> None:
        font = self._title_font()
        fm = QFontMetricsF(font)
        painter.setFont(font)
        for key in (QUICK_WINS, MAJOR_PROJECTS, FILL_INS, RECONSIDER):
            rect = g.quadrant_rect(key)
            background, ink = COLOURS[key]
            painter.fillRect(rect, background)
            painter.setPen(ink)
            text_rect = rect.adjusted(6, 4, -6, -4)
            align = Qt.AlignmentFlag
            horizontal = align.AlignLeft if key in (MAJOR_PROJECTS, RECONSIDER) else align.AlignRight
            vertical = align.AlignTop if key in (QUICK_WINS, MAJOR_PROJECTS) else align.AlignBottom
            painter.drawText(text_rect, int(horizontal | vertical), _fitted_title(fm, key, text_rect.width()))
        painter.setPen(QPen(GRID_LINE, 1))
        for score in range(SCORE_MIN, SCORE_MAX + 1):
            if score != SCORE_SPLIT:
                painter.drawLine(QPointF(g.x(score), g.inner.top()), QPointF(g.x(score), g.inner.bottom()))
                painter.drawLine(QPointF(g.plot.left(), g.y(score)), QPointF(g.plot.right(), g.y(score)))
        painter.setPen(QPen(SPLIT_LINE, 1.2, Qt.PenStyle.DashLine))
        split = g.split
        painter.drawLine(QPointF(split.x(), g.plot.top()), QPointF(split.x(), g.plot.bottom()))
        painter.drawLine(QPointF(g.plot.left(), split.y()), QPointF(g.plot.right(), split.y()))
        painter.setPen(QPen(QColor("#a7b1bb"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(g.plot)

    def _paint_axes(self, painter: QPainter, g: _Geometry) -> None:
        painter.setFont(self.font())
        fm = QFontMetricsF(self.font())
        painter.setPen(self.palette().text().color())
        for score in range(SCORE_MIN, SCORE_MAX + 1):
            text = str(score)
            x = g.x(score)
            painter.drawText(QRectF(x - 20, g.plot.bottom() + 2, 40, fm.height()), int(Qt.AlignmentFlag.AlignCenter),
                             text)
            y = g.y(score)
            painter.drawText(QRectF(g.plot.left() - 40 - 4, y - fm.height() / 2, 40, fm.height()),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        below = QRectF(g.plot.left(), g.plot.bottom() + fm.height() + 4, g.plot.width(), fm.height() + 2)
        painter.drawText(below, int(Qt.AlignmentFlag.AlignCenter),
                         QCoreApplication.translate("PriorityMatrix", "Feasibility →"))
        painter.save()
        painter.translate(g.plot.left() - fm.horizontalAdvance("5") - 10 - fm.height(), g.plot.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-g.plot.height() / 2, 0, g.plot.height(), fm.height() + 2),
                         int(Qt.AlignmentFlag.AlignCenter), QCoreApplication.translate("PriorityMatrix", "Impact →"))
        painter.restore()

    def _paint_dot(self, painter: QPainter, centre: QPointF, radius: float, number: int, colour: QColor,
                   hollow: bool = False) -> None:
        painter.setPen(QPen(colour if hollow else QColor("white"), 1.5))
        painter.setBrush(QBrush(QColor("white") if hollow else colour))
        painter.drawEllipse(centre, radius, radius)
        font = self._small_font()
        font.setBold(True)
        text = str(number)
        fm = QFontMetricsF(font)
        while font.pointSizeF() > 5 and fm.horizontalAdvance(text) > radius * 1.7:
            font.setPointSizeF(font.pointSizeF() - 0.5)
            fm = QFontMetricsF(font)
        painter.setFont(font)
        painter.setPen(colour if hollow else QColor("white"))
        painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                         int(Qt.AlignmentFlag.AlignCenter), text)

    def _paint_empty(self, painter: QPainter, g: _Geometry) -> None:
        text = QCoreApplication.translate("PriorityMatrix", "No programmes in this pillar yet")
        painter.setFont(self.font())
        fm = QFontMetricsF(self.font())
        box = QRectF(0, 0, min(g.plot.width() - 20, fm.horizontalAdvance(text) + 24), 2.6 * fm.height())
        box.moveCenter(g.plot.center())
        painter.setPen(QPen(QColor("#a7b1bb"), 1))
        painter.setBrush(QColor(255, 255, 255, 230))
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(self.palette().text().color())
        painter.drawText(box.adjusted(6, 0, -6, 0), int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)

    def _paint_legend(self, painter: QPainter, g: _Geometry) -> None:
        if not self._items:
            return
        font = self._small_font()
        fm = QFontMetricsF(font)
        line = fm.height()
        radius = max(7.0, line * 0.55)
        text_left = g.legend.left() + 2 * radius + 6
        width = g.legend.right() - text_left
        y = g.legend.top()
        scored = [i for i in self._items if i.scored]
        unscored = [i for i in self._items if not i.scored]
        sections = [(None, scored, DOT, False)]
        if unscored:
            sections.append((QCoreApplication.translate("PriorityMatrix", "Not scored yet:"), unscored,
                             UNSCORED_DOT, True))
        for heading, items, colour, hollow in sections:
            if heading:
                y += line * 0.5
                heading_font = QFont(font)
                heading_font.setBold(True)
                painter.setFont(heading_font)
                painter.setPen(self.palette().text().color())
                painter.drawText(QRectF(g.legend.left(), y, g.legend.width(), line), int(Qt.AlignmentFlag.AlignLeft),
                                 heading)
                y += line + 2
            for n, item in enumerate(items):
                text = _two_lines(fm, item.name, width)
                height = max(2 * radius, fm.boundingRect(QRectF(0, 0, width, 1000), int(Qt.TextFlag.TextWordWrap),
                                                         text).height())
                if y + height > g.legend.bottom():
                    painter.setFont(font)
                    painter.setPen(self.palette().text().color())
                    more = QCoreApplication.translate("PriorityMatrix", "… {count} more in the table").format(
                        count=len(items) - n)
                    painter.drawText(QRectF(g.legend.left(), y, g.legend.width(), line),
                                     int(Qt.AlignmentFlag.AlignLeft), more)
                    return
                self._paint_dot(painter, QPointF(g.legend.left() + radius, y + radius), radius, item.number, colour,
                                hollow)
                painter.setFont(font)
                painter.setPen(self.palette().text().color())
                painter.drawText(QRectF(text_left, y + max(0.0, radius - line / 2), width, height),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), text)
                y += height + 5

    # -- tooltips ------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = QPointF(event.pos())
            for dot in self._placements(self._geometry()):
                if math.dist((pos.x(), pos.y()), (dot.centre.x(), dot.centre.y())) <= dot.radius + 1:
                    item = dot.item
                    QToolTip.showText(event.globalPos(), QCoreApplication.translate(
                        "PriorityMatrix", "{number}. {name}\nImpact {impact}, feasibility {feasibility}: {quadrant}",
                    ).format(number=item.number, name=item.name, impact=item.impact, feasibility=item.feasibility,
                             quadrant=quadrant_title(dot.quadrant)), self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)


def _spiral(centre: QPointF, step: float, rings: int = 14):
    """`centre`, then points on growing rings around it (about `step` apart), nearest first."""
    yield centre
    for ring in range(1, rings + 1):
        count = 6 * ring
        for n in range(count):
            angle = 2 * math.pi * n / count - math.pi / 4  # start up-right: away from the origin
            yield QPointF(centre.x() + ring * step * math.cos(angle), centre.y() + ring * step * math.sin(angle))


def _wrap(fm: QFontMetricsF, text: str, width: float) -> list[str]:
    """Greedy word wrap of `text` into lines of at most `width` (a lone long word stays whole)."""
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if fm.horizontalAdvance(candidate) <= width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def _fitted_title(fm: QFontMetricsF, key: str, width: float) -> str:
    """A quadrant's title on one line if it fits, else wrapped (first at its " / ", then
    between words); a single word wider than the quadrant is elided."""
    title = quadrant_title(key)
    if fm.horizontalAdvance(title) <= width:
        return title
    lines = [line for part in title.split("/") for line in _wrap(fm, part, width)]
    return "\n".join(fm.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines)


def _two_lines(fm: QFontMetricsF, text: str, width: float) -> str:
    """`text` cut so it wraps to at most two lines of `width` (the legend stays compact)."""
    lines = _wrap(fm, text, width)
    if len(lines) <= 2:
        return text
    return lines[0] + "\n" + fm.elidedText(" ".join(lines[1:]), Qt.TextElideMode.ElideRight, width)
