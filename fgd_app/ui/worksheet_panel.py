"""The masterplan worksheet of the pillar shown on the capture screen (`forms/worksheet_panel.ui`).

Four sections as tabs, because on a 1366x768 laptop the panel gets roughly 900x450
pixels beside the pillar list and under the entry line: each section then has the whole
height, and the tables never scroll inside a scrolling page.
- SWOT: the pillar's strength/weakness/opportunity/threat inputs in a 2x2 grid;
- Readiness: structure, infrastructure, superstructure notes side by side;
- Programmes: the editable programme table over the ranked quick-win shortlist;
- Decisions and actions: decision inputs over the editable follow-up actions.
SWOT, readiness and decisions are read-only here: they are inputs, typed and classified
in the input list. Programmes and actions are edited in place (Enter/F2 or typing;
Delete empties an optional cell); every write is one undoable step.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGroupBox, QHeaderView, QListView, QTableView, QWidget

from fgd_app.core.vocab import InputKind
from fgd_app.services import catalogue
from fgd_app.services.changes import Change
from fgd_app.services.programmes import (
    add_action,
    add_programme,
    delete_programme,
    inputs_by_kind,
    institutions,
    list_actions,
    list_programmes,
    owner_suggestions,
    quick_wins,
    remove_action,
)
from fgd_app.ui.forms import load_form
from fgd_app.ui.views import RefreshWhenShown, fit_columns
from fgd_app.ui.worksheet_models import (
    ActionModel,
    ProgrammeModel,
    QuickWinModel,
    SourceListModel,
    WorksheetDelegate,
)

WATCHED_TABLES = frozenset({"input", "cluster", "vote", "programme", "action_item", "participant"})
LIST_KINDS = {
    # list widget name: the kind of input it shows
    "strengths_list": InputKind.STRENGTH,
    "weaknesses_list": InputKind.WEAKNESS,
    "opportunities_list": InputKind.OPPORTUNITY,
    "threats_list": InputKind.THREAT,
    "structure_list": InputKind.READINESS_STRUCTURE,
    "infrastructure_list": InputKind.READINESS_INFRASTRUCTURE,
    "superstructure_list": InputKind.READINESS_SUPERSTRUCTURE,
    "decisions_list": InputKind.DECISION,
}
QUADRANT_COLOURS = {  # title colours of the SWOT quadrants, dark enough to read on any light theme
    "strengths_box": "#1b6e3a",
    "weaknesses_box": "#a1331f",
    "opportunities_box": "#1d4f91",
    "threats_box": "#8a5a00",
}
COLUMN_LIMIT = 220  # pixels a fitted column may take before the stretching one is squeezed


class WorksheetPanel(QObject):
    def __init__(self, ctx, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui: QWidget = load_form("worksheet_panel.ui")
        self.lists: dict[str, SourceListModel] = {}
        for name in LIST_KINDS:
            view: QListView = getattr(self.ui, name)
            model = SourceListModel(self)
            view.setModel(model)
            view.setSpacing(1)
            self.lists[name] = model
        for box in self.ui.findChildren(QGroupBox):
            colour = QUADRANT_COLOURS.get(box.objectName())
            box.setStyleSheet("QGroupBox { font-weight: bold; }"
                              + (f" QGroupBox::title {{ color: {colour}; }}" if colour else ""))

        self.programmes = ProgrammeModel(ctx, self)
        self.programmes.institutions = self._institutions
        self.quick_wins = QuickWinModel(self)
        self.actions = ActionModel(ctx, self)
        self.actions.owners = self._owners
        # Narrow caps and wrapped cells: on a laptop the name keeps most of the width.
        self._setup_table(self.ui.programmes_table, self.programmes, ProgrammeModel.NAME, editable=True, limits={
            ProgrammeModel.ELEMENT: 130, ProgrammeModel.HORIZON: 180, ProgrammeModel.LEAD_OPD: 130,
            ProgrammeModel.INDICATOR: 150, ProgrammeModel.FUNDING: 120})
        self._setup_table(self.ui.quick_wins_table, self.quick_wins, QuickWinModel.PROGRAMME, editable=False)
        self._setup_table(self.ui.actions_table, self.actions, ActionModel.TEXT, editable=True,
                          limits={ActionModel.OWNER: 170})
        self.ui.programmes_splitter.setSizes([300, 150])
        self.ui.actions_splitter.setSizes([150, 300])
        for splitter in (self.ui.programmes_splitter, self.ui.actions_splitter):
            splitter.setStretchFactor(0, 2)
            splitter.setStretchFactor(1, 1)

        self.ui.add_programme_button.clicked.connect(self.add_programme)
        self.ui.remove_programme_button.clicked.connect(self.remove_programme)
        self.ui.add_action_button.clicked.connect(self.add_action)
        self.ui.remove_action_button.clicked.connect(self.remove_action)
        for table in (self.ui.programmes_table, self.ui.actions_table):
            table.selectionModel().currentChanged.connect(self._update_buttons)
            table.model().modelReset.connect(self._update_buttons)

        self._signals = ((ctx.workshop_changed, self._selection_changed), (ctx.pillar_changed, self._selection_changed),
                         (ctx.change_committed, self._committed), (ctx.reload_needed, self.refresh))
        for signal, slot in self._signals:
            signal.connect(slot)
        self.ui.destroyed.connect(self._detach)  # the context may outlive the widgets
        self._shown = RefreshWhenShown(self.ui, self.refresh)  # hidden: re-read when shown
        self.retranslate()
        self.refresh()

    def _setup_table(self, table: QTableView, model, stretch: int, editable: bool,
                     limits: dict[int, int] | None = None) -> None:
        table.setModel(model)
        table.setWordWrap(True)
        table.setItemDelegate(WorksheetDelegate(table))  # also for read-only tables: its rows have air
        if editable:
            model.dialog_parent = table
            # Shortcuts, not an event filter: they fire only while the table itself has the
            # focus (never inside a cell editor, where Delete edits the text).
            clear = QShortcut(QKeySequence(Qt.Key.Key_Delete), table)
            clear.setContext(Qt.ShortcutContext.WidgetShortcut)
            clear.activated.connect(lambda: model.clear(table.currentIndex()))
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        def refit(*_: object) -> None:
            others = [c for c in range(model.columnCount()) if c != stretch]
            for column in range(model.columnCount()):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == stretch
                                            else QHeaderView.ResizeMode.Interactive)
            fit_columns(table, others, limits=limits, default_limit=COLUMN_LIMIT)

        model.modelReset.connect(refit)
        model.dataChanged.connect(refit)
        model.headerDataChanged.connect(refit)
        refit()

    # -- the page's calls ------------------------------------------------------------------

    def refresh(self, lists: bool = True) -> None:
        """Read what the worksheet shows for the current workshop and pillar again.

        `lists=False` skips the SWOT, readiness and decision lists (the costliest read in a
        very large workshop) when a change cannot have touched them.
        """
        workshop_id, pillar_key = self.ctx.workshop_id, self.ctx.pillar_key
        ready = workshop_id is not None and pillar_key is not None
        self.ui.setEnabled(ready)
        if not ready:
            for model in self.lists.values():
                model.set_rows([])
            self.programmes.set_rows([])
            self.quick_wins.set_rows([])
            self.actions.set_rows([])
            self._update_titles()
            return
        db = self.ctx.db
        held_on = db.scalar("SELECT held_on FROM workshop WHERE id = ?", (workshop_id,))
        self.actions.held_on = dt.date.fromisoformat(held_on) if held_on else None
        self.programmes.workshop_year = self.actions.held_on.year if self.actions.held_on else dt.date.today().year
        self.programmes.elements = catalogue.elements(db, pillar_key)
        if lists:
            found = inputs_by_kind(db, workshop_id, pillar_key, LIST_KINDS.values())
            for name, kind in LIST_KINDS.items():
                self.lists[name].set_rows(found[kind])
        self._keep_current(self.ui.programmes_table, self.programmes, list_programmes(db, workshop_id, pillar_key))
        self.quick_wins.set_rows(quick_wins(db, workshop_id, pillar_key))
        self._keep_current(self.ui.actions_table, self.actions, list_actions(db, workshop_id, pillar_key))
        self._update_titles()
        self._update_buttons()

    def retranslate(self) -> None:
        """Texts set in code, domain labels and headers in the current language."""
        self._update_titles()
        self.programmes.repaint()
        self.actions.repaint()
        self.quick_wins.set_rows(self.quick_wins.rows())  # "not scored" and the headers

    # -- programmes ---------------------------------------------------------------------------

    def add_programme(self) -> None:
        if not self._ready():
            return
        name = QCoreApplication.translate("WorksheetPanel", "New programme")
        self.ctx.do(QCoreApplication.translate("WorksheetPanel", "Add programme"), add_programme,
                    self.ctx.workshop_id, self.ctx.pillar_key, name,
                    on_done=lambda change: self._edit_created(change, "programme", self.ui.programmes_table,
                                                              self.programmes, ProgrammeModel.NAME))

    def remove_programme(self) -> None:
        row = self.ui.programmes_table.currentIndex().row()
        if row < 0:
            return
        self.ctx.do(QCoreApplication.translate("WorksheetPanel", "Remove programme"), delete_programme,
                    self.programmes.row_at(row).id)

    # -- follow-up actions ----------------------------------------------------------------------

    def add_action(self) -> None:
        if not self._ready():
            return
        text = QCoreApplication.translate("WorksheetPanel", "New follow-up action")
        self.ctx.do(QCoreApplication.translate("WorksheetPanel", "Add follow-up action"), add_action,
                    self.ctx.workshop_id, self.ctx.pillar_key, text,
                    on_done=lambda change: self._edit_created(change, "action_item", self.ui.actions_table,
                                                              self.actions, ActionModel.TEXT))

    def remove_action(self) -> None:
        row = self.ui.actions_table.currentIndex().row()
        if row < 0:
            return
        self.ctx.do(QCoreApplication.translate("WorksheetPanel", "Remove follow-up action"), remove_action,
                    self.actions.row_at(row).id)

    # -- plumbing -------------------------------------------------------------------------------

    def _ready(self) -> bool:
        return self.ctx.workshop_id is not None and self.ctx.pillar_key is not None

    def _selection_changed(self, _key: str) -> None:
        self._shown.request()

    def _detach(self, *_: object) -> None:
        for signal, slot in self._signals:
            signal.disconnect(slot)

    def _committed(self, change: Change) -> None:
        tables = change.tables()
        if not tables & WATCHED_TABLES:
            return
        if not self.ui.isVisible():
            self._shown.stale = True  # hidden: read once, when its tab comes to the front
            return
        self.refresh(lists="participant" in tables or self._touches_lists(change))

    def _touches_lists(self, change: Change) -> bool:
        """Whether an input of a listed kind in this pillar was added, changed or removed.

        Most inputs typed during a workshop are problems and ideas: they leave the lists
        as they are, so typing them never re-reads the lists.
        """
        kinds = set(LIST_KINDS.values())
        return any(
            record is not None and record["kind"] in kinds and record["pillar_key"] == self.ctx.pillar_key
            for step in change if step.table == "input"
            for record in (step.before, step.after)
        )

    def _edit_created(self, change: Change, table_name: str, table: QTableView, model, column: int) -> None:
        """Put the cursor in the new row's text, ready to be typed over."""
        created = change.created(table_name)
        row = model.row_of(created[0]) if created else -1
        if row < 0:
            return
        index = model.index(row, column)
        table.setFocus()
        table.setCurrentIndex(index)
        table.scrollTo(index)
        table.edit(index)

    def _keep_current(self, table: QTableView, model, rows) -> None:
        """Replace the rows; the current cell stays on the same record (or the nearest row)."""
        current = table.currentIndex()
        key = model.row_at(current.row()).id if current.isValid() and current.row() < model.rowCount() else None
        model.set_rows(rows)
        if table.currentIndex().isValid() or not model.rowCount() or not current.isValid():
            return
        row = model.row_of(key) if key else -1
        row = row if row >= 0 else min(current.row(), model.rowCount() - 1)
        table.setCurrentIndex(model.index(row, current.column()))

    def _update_buttons(self, *_: object) -> None:
        self.ui.remove_programme_button.setEnabled(self.ui.programmes_table.currentIndex().isValid())
        self.ui.remove_action_button.setEnabled(self.ui.actions_table.currentIndex().isValid())

    def _update_titles(self) -> None:
        counts = {name: model.rowCount() for name, model in self.lists.items()}
        titles = {
            "strengths_box": QCoreApplication.translate("WorksheetPanel", "Strengths ({count})"),
            "weaknesses_box": QCoreApplication.translate("WorksheetPanel", "Weaknesses ({count})"),
            "opportunities_box": QCoreApplication.translate("WorksheetPanel", "Opportunities ({count})"),
            "threats_box": QCoreApplication.translate("WorksheetPanel", "Threats ({count})"),
            "structure_box": QCoreApplication.translate("WorksheetPanel", "Structure ({count})"),
            "infrastructure_box": QCoreApplication.translate("WorksheetPanel", "Infrastructure ({count})"),
            "superstructure_box": QCoreApplication.translate("WorksheetPanel", "Superstructure ({count})"),
            "decisions_box": QCoreApplication.translate("WorksheetPanel", "Decisions ({count})"),
        }
        for box_name, text in titles.items():
            box: QGroupBox = getattr(self.ui, box_name)
            box.setTitle(text.format(count=counts[box_name.replace("_box", "_list")]))
        self.ui.quick_wins_box.setTitle(QCoreApplication.translate(
            "WorksheetPanel", "Quick-win shortlist ({count}): most votes first, then impact × feasibility").format(
            count=self.quick_wins.rowCount()))
        self.ui.actions_box.setTitle(QCoreApplication.translate("WorksheetPanel", "Follow-up actions ({count})").format(
            count=self.actions.rowCount()))

    def _institutions(self) -> list[str]:
        return institutions(self.ctx.db, self.ctx.workshop_id) if self.ctx.workshop_id else []

    def _owners(self) -> list[str]:
        return owner_suggestions(self.ctx.db, self.ctx.workshop_id) if self.ctx.workshop_id else []
