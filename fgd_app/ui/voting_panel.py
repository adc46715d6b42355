"""The Voting sub-tab of the capture screen: dot votes, tallies, ranking and the 2x2 matrix.

Left, the pillar's ranking (themes with their inputs' votes, and unthemed inputs): the
facilitator chooses a voter, selects a row and presses + (or "+1 dot") for each dot that
person gives, − to take one back; the picker shows how many dots each person has left.
Counts from paper ballots or a show of hands are typed straight into the Paper and Hands
cells. Right, the programmes of the pillar on the impact/feasibility matrix, scored in
the table under it. Every change goes through `ctx.do`, so each is undoable (Ctrl+Z).

The ranking re-sorts as votes arrive; the selection follows the item, not the row, so
pressing + three times gives the same item three dots.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from fgd_app.core.vocab import label
from fgd_app.errors import UserError
from fgd_app.services import catalogue, voting
from fgd_app.services.changes import Change
from fgd_app.services.voting import THEME, RankedItem, Voter
from fgd_app.ui.capture_context import CaptureContext
from fgd_app.ui.forms import emphasize, load_form
from fgd_app.ui.models import AnyIndex, HeaderedTableModel
from fgd_app.ui.priority_matrix import PriorityMatrix
from fgd_app.ui.scores_model import ScoresModel, SpinDelegate
from fgd_app.ui.views import RefreshWhenShown, fit_columns, keep_columns_fitted

WATCHED_TABLES = frozenset({"vote", "programme", "input", "cluster", "participant", "workshop"})
TITLE_MAX = 160  # characters of an input shown in its cell (the tooltip has all of it)


class RankingModel(HeaderedTableModel):
    """The ranking rows of `services.voting.ranking`; Paper and Hands are editable counts."""

    RANK, ITEM, DOTS, PAPER, HANDS, TOTAL = range(6)
    NUMERIC_COLUMNS = frozenset({RANK, DOTS, PAPER, HANDS, TOTAL})

    tally_edited = Signal(object, str, int)  # RankedItem, source ("paper" | "hands"), count

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[RankedItem] = []
        self.lang = "id"

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("RankingModel", "Rank"),
            QCoreApplication.translate("RankingModel", "Theme / input"),
            QCoreApplication.translate("RankingModel", "Dots"),
            QCoreApplication.translate("RankingModel", "Paper"),
            QCoreApplication.translate("RankingModel", "Hands"),
            QCoreApplication.translate("RankingModel", "Total"),
        )

    def set_rows(self, rows: Sequence[RankedItem]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.TOTAL))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.TOTAL)

    def item_at(self, row: int) -> RankedItem | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: tuple[str, str]) -> int:
        return next((n for n, item in enumerate(self._rows) if item.key == key), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def title(self, item: RankedItem) -> str:
        if item.kind == THEME and item.members == 1:
            return QCoreApplication.translate("RankingModel", "Theme: {title} (1 input)").format(title=item.title)
        if item.kind == THEME:
            return QCoreApplication.translate("RankingModel", "Theme: {title} ({count} inputs)").format(
                title=item.title, count=item.members)
        text = " ".join(item.title.split())
        return text if len(text) <= TITLE_MAX else text[: TITLE_MAX - 1] + "…"

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.RANK:
                return "" if item.rank is None else str(item.rank)
            if column == self.ITEM:
                return self.title(item)
            value = (item.digital, item.paper, item.hands, item.total)[column - self.DOTS]
            return str(value) if value or column == self.TOTAL else ""
        if role == Qt.ItemDataRole.EditRole and column in (self.PAPER, self.HANDS):
            return item.own_paper if column == self.PAPER else item.own_hands
        if role == Qt.ItemDataRole.FontRole and item.kind == THEME and column in (self.ITEM, self.TOTAL):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC_COLUMNS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _tooltip(self, item: RankedItem, column: int) -> str | None:
        if column == self.ITEM:
            kind = label(item.input_kind, self.lang) if item.input_kind else ""
            return f"{kind}: {item.title}" if kind else self.title(item)
        if item.kind == THEME and column in (self.PAPER, self.HANDS):
            own = item.own_paper if column == self.PAPER else item.own_hands
            shown = item.paper if column == self.PAPER else item.hands
            if own != shown:
                return QCoreApplication.translate(
                    "RankingModel", "{own} counted for the theme + {inputs} counted earlier for its inputs").format(
                    own=own, inputs=shown - own)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in (self.PAPER, self.HANDS):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ask for the write (the panel runs it); the cell changes when the database has it."""
        if role != Qt.ItemDataRole.EditRole or index.column() not in (self.PAPER, self.HANDS):
            return False
        item = self._rows[index.row()]
        count = int(value or 0)
        source = "paper" if index.column() == self.PAPER else "hands"
        if count != (item.own_paper if source == "paper" else item.own_hands):
            self.tally_edited.emit(item, source, count)
        return True


class VotingPanel(QObject):
    """Controller of forms/voting_panel.ui (the Voting sub-tab of the capture screen)."""

    def __init__(self, ctx: CaptureContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui: QWidget = load_form("voting_panel.ui")
        self.ranking = RankingModel(self)
        self.scores = ScoresModel(self)
        self.matrix = PriorityMatrix(self.ui.matrix_holder)
        self.ui.matrix_holder.layout().addWidget(self.matrix)
        self._voters: list[Voter] = []
        self._in_flight: dict[str, int] = {}  # voter id -> dots submitted, not yet committed
        self._stale = False  # a refresh waits for a cell editor to close
        self._shown = RefreshWhenShown(self.ui, self.refresh)  # hidden: re-read when shown
        self._setup_views()
        self._connect()
        self.retranslate()
        self.refresh()

    # -- setup ------------------------------------------------------------------------------

    def _setup_views(self) -> None:
        ui = self.ui
        emphasize(ui.heading_label, 1.2)
        table: QTableView = ui.ranking_table
        table.setModel(self.ranking)
        delegates = [SpinDelegate(0, voting.MAX_COUNT, parent=table) for _ in range(2)]
        table.setItemDelegateForColumn(RankingModel.PAPER, delegates[0])
        table.setItemDelegateForColumn(RankingModel.HANDS, delegates[1])
        keep_columns_fitted(table, stretch=RankingModel.ITEM)
        scores: QTableView = ui.scores_table
        scores.setModel(self.scores)
        not_scored = "—"  # the spin box at 0: not scored yet
        for column in (ScoresModel.IMPACT, ScoresModel.FEASIBILITY):
            delegates.append(SpinDelegate(0, voting.SCORE_MAX, not_scored, parent=scores))
            scores.setItemDelegateForColumn(column, delegates[-1])
        for delegate in delegates:
            # A refresh while a count is being typed would close the editor: it waits.
            delegate.closeEditor.connect(lambda *_: QTimer.singleShot(0, self._editor_closed))
        # Names take what is left; the quadrant (also shown by the matrix) is capped so the
        # score columns stay in view on a narrow screen.
        keep_columns_fitted(scores, stretch=ScoresModel.NAME)
        for signal in (self.scores.modelReset, self.scores.dataChanged, self.scores.headerDataChanged):
            signal.connect(lambda *_: fit_columns(scores, [ScoresModel.QUADRANT], limits={ScoresModel.QUADRANT: 150}))
        ui.voting_splitter.setStretchFactor(0, 3)  # the ranking is what the room reads first
        ui.voting_splitter.setStretchFactor(1, 2)
        ui.voting_splitter.setSizes([600, 400])

        # Shortcuts rather than an event filter: they fire only while the table itself has
        # the focus (not inside a cell editor). Both the main and the keypad keys count.
        keypad = Qt.KeyboardModifier.KeypadModifier
        for keys, slot in (
            ((Qt.Key.Key_Plus, Qt.Key.Key_Equal, keypad | Qt.Key.Key_Plus), self.add_dot),
            ((Qt.Key.Key_Minus, keypad | Qt.Key.Key_Minus), self.remove_dot),
            ((Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_Down,), lambda: self.step_voter(1)),
            ((Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_Up,), lambda: self.step_voter(-1)),
        ):
            for key in keys:
                self._shortcut(table, QKeySequence(key), slot)
        self._shortcut(scores, QKeySequence(QKeySequence.StandardKey.Delete), self.clear_score)

    def _shortcut(self, widget: QWidget, keys: QKeySequence, slot) -> None:
        shortcut = QShortcut(keys, widget)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(slot)

    def _connect(self) -> None:
        ui, ctx = self.ui, self.ctx
        ctx.workshop_changed.connect(self._context_changed)  # bound methods: dropped with the panel
        ctx.pillar_changed.connect(self._context_changed)
        ctx.change_committed.connect(self._committed)
        ctx.reload_needed.connect(self._reload)
        ui.add_dot_button.clicked.connect(self.add_dot)
        ui.remove_dot_button.clicked.connect(self.remove_dot)
        ui.voter_combo.currentIndexChanged.connect(lambda _i: self._update_buttons())
        ui.ranking_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        ui.budget_spin.valueChanged.connect(self._budget_changed)
        self.ranking.tally_edited.connect(self._tally_edited)
        self.scores.scores_edited.connect(self._scores_edited)

    def _context_changed(self, _key: str) -> None:
        self._shown.request()

    def _reload(self) -> None:
        self._in_flight.clear()  # a write failed: what is on its way is unknown, the file is the truth
        self._shown.request()

    def _committed(self, change: Change) -> None:
        if change.tables() & WATCHED_TABLES:
            self._shown.request()

    # -- reading ----------------------------------------------------------------------------

    def _editing(self) -> bool:
        editing = QAbstractItemView.State.EditingState
        return self.ui.ranking_table.state() == editing or self.ui.scores_table.state() == editing

    def _editor_closed(self) -> None:
        if self._stale and not self._editing():
            self.refresh()

    def refresh(self) -> None:
        """Re-read the ranking, the voters, the budget and the programmes of the current pillar."""
        ctx, ui = self.ctx, self.ui
        self._stale = self._editing()  # typing a count: refresh when the editor closes
        if self._stale:
            return
        ready = ctx.workshop_id is not None and ctx.pillar_key is not None
        if ready and ctx.db.scalar("SELECT 1 FROM workshop WHERE id = ?", (ctx.workshop_id,)) is None:
            ready = False
        ui.setEnabled(ready)
        if not ready:
            self._show_ranking([])
            self._show_voters([])
            self.scores.set_rows([])
            self.matrix.set_items([])
            self._show_texts()
            return
        workshop_id, pillar = ctx.workshop_id, ctx.pillar_key
        self._show_ranking(voting.ranking(ctx.db, workshop_id, pillar))
        self._show_voters(voting.voters(ctx.db, workshop_id, pillar))
        budget = voting.dot_budget(ctx.db, workshop_id)
        with QSignalBlocker(ui.budget_spin):
            ui.budget_spin.setValue(budget)
        items = voting.matrix_items(ctx.db, workshop_id, pillar)
        self._show_scores(items)
        self.matrix.set_items(items)
        self._show_texts()

    def _show_ranking(self, rows: list[RankedItem]) -> None:
        """Replace the rows, keeping the selected item (not row) and column selected."""
        table: QTableView = self.ui.ranking_table
        current = table.currentIndex()
        item = self.ranking.item_at(current.row()) if current.isValid() else None
        column = current.column() if current.isValid() else RankingModel.ITEM
        self.ranking.set_rows(rows)
        row = self.ranking.row_of(item.key) if item else -1
        if row >= 0:
            self._select(table, self.ranking.index(row, column))
        self._update_buttons()

    def _show_scores(self, items) -> None:
        table: QTableView = self.ui.scores_table
        current = table.currentIndex()
        chosen = self.scores.row_at(current.row()).id if current.isValid() else None
        self.scores.set_rows(items)
        row = next((n for n, item in enumerate(items) if item.id == chosen), -1)
        if row >= 0:
            self._select(table, self.scores.index(row, current.column()))

    @staticmethod
    def _select(table: QTableView, index: QModelIndex) -> None:
        table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _show_voters(self, found: list[Voter]) -> None:
        combo = self.ui.voter_combo
        chosen = self.current_voter()
        self._voters = found
        with QSignalBlocker(combo):
            combo.clear()
            for n, voter in enumerate(found):
                if n and voter.checked_in != found[n - 1].checked_in:
                    combo.insertSeparator(combo.count())
                combo.addItem(self._voter_text(voter), voter.id)
            at = combo.findData(chosen.id) if chosen else -1
            combo.setCurrentIndex(at if at >= 0 else (0 if found else -1))
        self._update_buttons()

    def _voter_text(self, voter: Voter) -> str:
        text = QCoreApplication.translate("VotingPanel", "{name} ({left} of {budget} left)").format(
            name=voter.name, left=voter.left, budget=voter.budget)
        if not voter.checked_in:
            text += " · " + QCoreApplication.translate("VotingPanel", "not checked in")
        return text

    def _show_texts(self) -> None:
        ctx, ui = self.ctx, self.ui
        pillar = ""
        if ctx.pillar_key:
            pillar = catalogue.pillar_name(ctx.db, ctx.pillar_key, ctx.lang)
        ui.heading_label.setText(QCoreApplication.translate("VotingPanel", "Ranking: {pillar}").format(pillar=pillar))
        dots = sum(v.used for v in self._voters)
        voters = sum(1 for v in self._voters if v.used)
        ui.summary_label.setText(QCoreApplication.translate(
            "VotingPanel", "{dots} dots placed by {voters} of {people} participants").format(
            dots=dots, voters=voters, people=len(self._voters)))

    def retranslate(self) -> None:
        lang = self.ctx.lang
        self.ranking.retranslate(lang)
        self.scores.retranslate()
        self.matrix.retranslate()
        combo = self.ui.voter_combo
        for n in range(combo.count()):
            voter = next((v for v in self._voters if v.id == combo.itemData(n)), None)
            if voter is not None:
                combo.setItemText(n, self._voter_text(voter))
        if self.ctx.workshop_id is not None:
            self._show_texts()

    # -- what is chosen ---------------------------------------------------------------------

    def current_voter(self) -> Voter | None:
        voter_id = self.ui.voter_combo.currentData()
        return next((v for v in self._voters if v.id == voter_id), None)

    def current_item(self) -> RankedItem | None:
        index = self.ui.ranking_table.currentIndex()
        return self.ranking.item_at(index.row()) if index.isValid() else None

    def select_voter(self, voter_id: str) -> None:
        combo = self.ui.voter_combo
        combo.setCurrentIndex(combo.findData(voter_id))

    def step_voter(self, step: int) -> None:
        """The previous/next voter (keys Ctrl+Up / Ctrl+Down in the ranking), skipping separators."""
        combo = self.ui.voter_combo
        at = combo.currentIndex() + step
        while 0 <= at < combo.count() and combo.itemData(at) is None:
            at += step
        if 0 <= at < combo.count():
            combo.setCurrentIndex(at)

    def _update_buttons(self) -> None:
        can = self.current_voter() is not None and self.current_item() is not None
        self.ui.add_dot_button.setEnabled(can)
        self.ui.remove_dot_button.setEnabled(can)

    # -- writing ----------------------------------------------------------------------------

    def add_dot(self) -> None:
        """One dot from the chosen voter on the selected row.

        An exhausted budget is refused here already (counting dots still on their way to
        the disk), so the common "one press too many" costs no trip to the writer and
        leaves the undo history alone; the service checks again in any case.
        """
        voter, item = self.current_voter(), self.current_item()
        if voter is None or item is None:
            return
        if voter.left - self._in_flight.get(voter.id, 0) <= 0:
            self.ctx.feedback.refused(self.ctx.widget or self.ui,
                                      UserError("voting.budget_used", name=voter.name, budget=voter.budget))
            return
        self._in_flight[voter.id] = self._in_flight.get(voter.id, 0) + 1
        self.ctx.do(QCoreApplication.translate("VotingPanel", "Dot from {name}").format(name=voter.name),
                    voting.add_dot, self.ctx.workshop_id, voter.id, **item.target(),
                    on_done=lambda _change, voter_id=voter.id: self._landed(voter_id))

    def _landed(self, voter_id: str) -> None:
        count = self._in_flight.get(voter_id, 0) - 1
        if count > 0:
            self._in_flight[voter_id] = count
        else:
            self._in_flight.pop(voter_id, None)

    def remove_dot(self) -> None:
        voter, item = self.current_voter(), self.current_item()
        if voter is None or item is None:
            return
        self.ctx.do(QCoreApplication.translate("VotingPanel", "Take back a dot from {name}").format(name=voter.name),
                    voting.remove_dot, self.ctx.workshop_id, voter.id, **item.target())

    def _tally_edited(self, item: RankedItem, source: str, count: int) -> None:
        text = (QCoreApplication.translate("VotingPanel", "Paper tally {count}") if source == "paper"
                else QCoreApplication.translate("VotingPanel", "Show of hands {count}"))
        self.ctx.do(text.format(count=count), voting.set_tally, self.ctx.workshop_id, source, count, **item.target())

    def _budget_changed(self, dots: int) -> None:
        if self.ctx.workshop_id is not None:
            self.ctx.do(QCoreApplication.translate("VotingPanel", "Dots per participant: {dots}").format(dots=dots),
                        voting.set_dot_budget, self.ctx.workshop_id, dots)

    def _scores_edited(self, programme_id: str, impact: int | None, feasibility: int | None) -> None:
        self.ctx.do(QCoreApplication.translate("VotingPanel", "Impact and feasibility"),
                    voting.set_scores, programme_id, impact, feasibility)

    def clear_score(self) -> None:
        """Delete on an Impact or Feasibility cell: back to "not scored yet"."""
        index = self.ui.scores_table.currentIndex()
        if index.isValid() and index.column() in (ScoresModel.IMPACT, ScoresModel.FEASIBILITY):
            self.scores.setData(index, 0)
