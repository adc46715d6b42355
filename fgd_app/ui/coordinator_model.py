"""The coordinator's table: one row per workshop, one column per pillar, and a filter.

The rows are `services.coordinator.WorkshopOverview` tuples; this module only formats
them. The pillar columns follow the catalogue (six by default). A proxy sorts on raw
values (dates as ISO text, counts as numbers: "10" after "9") and filters on the
regency's name, code and province, which is how a coordinator narrows 200 FGDs down.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from fgd_app.core.dates import long_date
from fgd_app.core.timezones import local_clock, zone
from fgd_app.core.vocab import label
from fgd_app.services.catalogue import Named
from fgd_app.services.coordinator import Device, WorkshopOverview
from fgd_app.ui.models import _RowsModel
from fgd_app.ui.views import WordFilter

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole
# Columns around the pillars (one per pillar of the catalogue, between LEADING and TRAILING).
# The numbers come first, the long texts last, so a laptop screen shows the counts without scrolling.
LEADING = ("regency", "date", "stage", "title")
TRAILING = ("programmes", "present", "conflicts", "last_change", "province", "facilitators", "laptops")
NUMBERS = frozenset({"programmes", "present", "conflicts"})


def device_name(device: Device) -> str:
    """A laptop as people know it: its trusted key's label, "this laptop", or its id."""
    if device.local:
        return QCoreApplication.translate("CoordinatorPanel", "this laptop")
    return device.label or device.device_id


class CoordinatorModel(_RowsModel):
    """Read-only rows of the overview; pillar columns between the workshop's and the totals."""

    def __init__(self, parent: QObject | None = None, lang: str = "id"):
        super().__init__(parent, lang)
        self._pillars: list[Named] = []
        self._columns: tuple[str, ...] = LEADING + TRAILING

    def set_pillars(self, pillars: Sequence[Named]) -> None:
        self.beginResetModel()
        self._pillars = list(pillars)
        self._columns = LEADING + tuple(p.key for p in self._pillars) + TRAILING
        self.endResetModel()

    # -- columns ---------------------------------------------------------------------------

    def column(self, name: str) -> int:
        """The column of `name` (one of LEADING or TRAILING, or a pillar key)."""
        return self._columns.index(name)

    def _pillar(self, column: int) -> Named | None:
        offset = column - len(LEADING)
        return self._pillars[offset] if 0 <= offset < len(self._pillars) else None

    @property
    def NUMERIC_COLUMNS(self) -> frozenset[int]:  # noqa: N802 (the base class's name)
        return frozenset(i for i, name in enumerate(self._columns)
                         if name in NUMBERS or self._pillar(i) is not None)

    def headers(self) -> tuple[str, ...]:
        titles = {
            "regency": QCoreApplication.translate("CoordinatorPanel", "Regency/City"),
            "date": QCoreApplication.translate("CoordinatorPanel", "Date"),
            "stage": QCoreApplication.translate("CoordinatorPanel", "Stage"),
            "title": QCoreApplication.translate("CoordinatorPanel", "Title"),
            "programmes": QCoreApplication.translate("CoordinatorPanel", "Programmes"),
            "present": QCoreApplication.translate("CoordinatorPanel", "Present"),
            "conflicts": QCoreApplication.translate("CoordinatorPanel", "Conflicts"),
            "last_change": QCoreApplication.translate("CoordinatorPanel", "Last change"),
            "province": QCoreApplication.translate("CoordinatorPanel", "Province"),
            "facilitators": QCoreApplication.translate("CoordinatorPanel", "Facilitators"),
            "laptops": QCoreApplication.translate("CoordinatorPanel", "Laptops"),
        }
        return tuple(titles.get(name) or _short(self._pillar(i).name(self._lang))
                     for i, name in enumerate(self._columns))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            pillar = self._pillar(section)
            if pillar is None:
                return None
            return QCoreApplication.translate("CoordinatorPanel", "Inputs recorded for {pillar}").format(
                pillar=pillar.name(self._lang))
        return super().headerData(section, orientation, role)

    # -- cells -----------------------------------------------------------------------------

    def cell(self, w: WorkshopOverview, column: int) -> str:
        pillar = self._pillar(column)
        if pillar is not None:
            return str(w.inputs_by_pillar.get(pillar.key, 0))
        name = self._columns[column]
        if name == "date":
            return long_date(w.held_on, self._lang, weekday=False)
        if name == "stage":
            return label(w.stage, self._lang)
        if name == "present":
            return f"{w.attended} / {w.participants}"
        if name == "last_change":
            return _clock(w)
        if name == "facilitators":
            return "; ".join(w.facilitators)
        if name == "laptops":
            return ", ".join(device_name(d) for d in w.devices)
        return str({"regency": w.regency_name, "title": w.title, "programmes": w.programmes,
                    "conflicts": w.conflicts, "province": w.province_name}[name])

    def sort_value(self, w: WorkshopOverview, column: int):
        pillar = self._pillar(column)
        if pillar is not None:
            return w.inputs_by_pillar.get(pillar.key, 0)
        raw = {"date": w.held_on, "programmes": w.programmes, "present": w.attended, "conflicts": w.conflicts,
               "last_change": w.last_change_ms or 0}
        name = self._columns[column]
        return raw[name] if name in raw else self.cell(w, column).casefold()

    def tooltip(self, w: WorkshopOverview, column: int) -> str | None:
        name = self._columns[column]
        if name == "laptops" and w.devices:
            line = QCoreApplication.translate("CoordinatorPanel", "{name} ({device}): {count} changes")
            return "\n".join(line.format(name=device_name(d), device=d.device_id, count=d.revisions)
                             for d in w.devices)
        if name == "facilitators" and w.facilitators:
            return "\n".join(w.facilitators)
        if name in ("title", "regency"):
            return f"{w.title}\n{w.regency_name} — {w.province_name}"
        if name == "conflicts" and w.conflicts:
            return QCoreApplication.translate(
                "CoordinatorPanel", "Open conflicts: review them under Conflicts on the Sync page.")
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        w = self._rows[index.row()]
        if role == SORT_ROLE:
            return self.sort_value(w, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(w, index.column())
        if role == Qt.ItemDataRole.FontRole and w.conflicts and self._columns[index.column()] == "conflicts":
            font = QFont()
            font.setBold(True)  # open conflicts need a person: they should catch the eye
            return font
        return super().data(index, role)

    def workshop_at(self, row: int) -> WorkshopOverview:
        return self._rows[row]

    def rows_of_regency(self, regency_code: str) -> list[WorkshopOverview]:
        return [w for w in self._rows if w.regency_code == regency_code]


class RegencyFilter(WordFilter):
    """Sorts on raw values (counts as numbers, dates as ISO text); filters on regency, code and province."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def haystack(self, source_row: int) -> str:
        w = self.sourceModel().workshop_at(source_row)
        return f"{w.regency_code} {w.regency_name} {w.province_name}"


def _short(name: str) -> str:
    """ "Governance" for "Smart Governance": six columns of numbers need narrow headers."""
    return name.removeprefix("Smart ").strip() or name


def _clock(w: WorkshopOverview) -> str:
    """The last change as the regency's wall clock ("2021-06-17 15:42 WITA"), as the facilitator saw it."""
    instant = w.last_change
    if instant is None:
        return ""
    return f"{instant.astimezone(zone(w.timezone)):%Y-%m-%d} {local_clock(instant, w.timezone)}"
