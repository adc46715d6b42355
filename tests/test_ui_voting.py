"""The Voting sub-tab with real widgets (offscreen): dots from the buttons and keys, tallies
typed into the ranking, the dot budget, and scores placing programmes on the matrix."""

import os; os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # noqa: E401, E702
import datetime as dt  # noqa: E402

import pytest  # noqa: E402

pytestmark = pytest.mark.usefixtures("qt_settings")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication  # noqa: E402

from fgd_app.services.voting import FILL_INS, MAJOR_PROJECTS, QUICK_WINS  # noqa: E402
from fgd_app.store.models import Cluster, Input, Programme  # noqa: E402
from fgd_app.ui.scores_model import ScoresModel  # noqa: E402
from fgd_app.ui.voting_panel import RankingModel, VotingPanel  # noqa: E402
from tests.helpers import add_input, add_participant, make_workshop, wait_written  # noqa: E402

ARRIVED = dt.datetime(2024, 6, 17, 1, 30)


@pytest.fixture
def room(capture_ctx):
    db = capture_ctx.db
    w = make_workshop(db, pillars=["governance", "economy"])
    return dict(
        w=w.id,
        maria=add_participant(db, w.id, "Maria Goreti Uluq", checked_in_at=ARRIVED).id,
        paulus=add_participant(db, w.id, "Paulus Beraq Bilung").id,
        permits=add_input(db, w.id, "Perizinan masih manual dan lama").id,
        signal=add_input(db, w.id, "Sinyal lemah di hulu Mahakam").id,
        market=add_input(db, w.id, "Pasar daring untuk UMKM", pillar_key="economy", element_key=None).id,
    )


@pytest.fixture
def panel(capture_ctx, qtbot, room, refusals):
    panel = VotingPanel(capture_ctx)
    capture_ctx.widget = panel.ui
    qtbot.addWidget(panel.ui)
    panel.ui.resize(1000, 650)
    panel.ui.show()
    qtbot.waitExposed(panel.ui)
    panel.ui.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel.ui)
    capture_ctx.open_workshop(room["w"])
    capture_ctx.set_pillar("governance")
    return panel


def click_cell(qtbot, table, row: int, column: int) -> None:
    index = table.model().index(row, column)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    assert table.currentIndex() == index


def commit(qtbot, ctx, table) -> None:
    """Enter in a cell editor: the view commits on its next event-loop turn, then the writer writes."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    wait_written(qtbot, ctx)


def ranking_rows(panel) -> list[tuple[str, ...]]:
    model = panel.ranking
    return [tuple(model.index(r, c).data() for c in range(model.columnCount())) for r in range(model.rowCount())]


def dots(db, voter_id: str) -> list[tuple]:
    return db.rows("SELECT input_id, cluster_id, points FROM vote WHERE voter_id = ? ORDER BY points", (voter_id,))


def test_dots_stop_at_the_budget_and_undo_takes_the_last_one_back(panel, capture_ctx, qtbot, room, refusals):
    ui, db = panel.ui, capture_ctx.db
    combo = ui.voter_combo
    # Checked-in people come first and every entry tells how many dots are left.
    assert combo.itemText(0) == "Maria Goreti Uluq (3 of 3 left)"
    assert combo.itemData(0) == room["maria"]
    combo.setCurrentIndex(combo.findData(room["maria"]))
    row = panel.ranking.row_of(("input", room["signal"]))
    click_cell(qtbot, ui.ranking_table, row, RankingModel.ITEM)

    for _ in range(3):
        qtbot.mouseClick(ui.add_dot_button, Qt.MouseButton.LeftButton)
        wait_written(qtbot, capture_ctx)
    assert refusals == []
    assert combo.currentText() == "Maria Goreti Uluq (0 of 3 left)"
    qtbot.mouseClick(ui.add_dot_button, Qt.MouseButton.LeftButton)
    wait_written(qtbot, capture_ctx)
    assert len(refusals) == 1
    assert "Maria Goreti Uluq" in refusals[0] and "3 dots" in refusals[0]
    assert dots(db, room["maria"]) == [(room["signal"], None, 3)]
    # The ranking shows it: the voted input first, ranked 1, the other unranked below.
    assert ranking_rows(panel) == [
        ("1", "Sinyal lemah di hulu Mahakam", "3", "", "", "3"),
        ("", "Perizinan masih manual dan lama", "", "", "", "0"),
    ]
    assert panel.current_item().id == room["signal"]  # the selection followed the item

    capture_ctx.undo_stack.undo()
    wait_written(qtbot, capture_ctx)
    assert dots(db, room["maria"]) == [(room["signal"], None, 2)]
    assert combo.currentText() == "Maria Goreti Uluq (1 of 3 left)"
    assert ranking_rows(panel)[0][2] == "2"


def test_plus_and_minus_keys_vote_for_the_chosen_voter_on_a_theme(panel, capture_ctx, qtbot, room):
    db = capture_ctx.db
    with db.transaction() as tx:
        theme = tx.insert(Cluster, workshop_id=room["w"], pillar_key="governance", title="Layanan publik").id
        tx.update(Input, room["permits"], cluster_id=theme)
    panel.refresh()
    assert [r[1] for r in ranking_rows(panel)] == ["Theme: Layanan publik (1 input)", "Sinyal lemah di hulu Mahakam"]
    table = panel.ui.ranking_table
    panel.select_voter(room["paulus"])
    click_cell(qtbot, table, 0, RankingModel.PAPER)  # an editable cell: + and − still vote
    for key in (Qt.Key.Key_Plus, Qt.Key.Key_Plus, Qt.Key.Key_Minus):
        qtbot.keyClick(table, key)
        wait_written(qtbot, capture_ctx)
    assert dots(db, room["paulus"]) == [(None, theme, 1)]
    assert panel.ui.voter_combo.currentText().startswith("Paulus Beraq Bilung (2 of 3 left)")
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Down: next voter
    assert panel.current_voter().id == room["paulus"]  # Paulus is the last one: nothing after him
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert panel.current_voter().id == room["maria"]


def test_paper_and_hands_counts_are_typed_into_the_ranking(panel, capture_ctx, qtbot, room):
    table, db = panel.ui.ranking_table, capture_ctx.db
    row = panel.ranking.row_of(("input", room["permits"]))
    click_cell(qtbot, table, row, RankingModel.PAPER)
    qtbot.keyClicks(table, "7")  # typing opens the count editor
    editor = QApplication.focusWidget()
    assert editor.objectName() == "count_editor"
    commit(qtbot, capture_ctx, table)
    assert db.rows("SELECT input_id, source, points, voter_id FROM vote") == [(room["permits"], "paper", 7, None)]
    assert ranking_rows(panel)[0] == ("1", "Perizinan masih manual dan lama", "", "7", "", "7")

    row = panel.ranking.row_of(("input", room["signal"]))
    click_cell(qtbot, table, row, RankingModel.HANDS)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "12")
    commit(qtbot, capture_ctx, table)
    assert [r[:2] + r[3:] for r in ranking_rows(panel)] == [
        ("1", "Sinyal lemah di hulu Mahakam", "", "12", "12"),
        ("2", "Perizinan masih manual dan lama", "7", "", "7"),
    ]
    # A new count replaces the old one (it is not added to it); 0 removes it.
    click_cell(qtbot, table, panel.ranking.row_of(("input", room["permits"])), RankingModel.PAPER)
    qtbot.keyClicks(table, "0")
    commit(qtbot, capture_ctx, table)
    assert db.rows("SELECT input_id, source, points FROM vote") == [(room["signal"], "hands", 12)]
    capture_ctx.undo_stack.undo()
    wait_written(qtbot, capture_ctx)
    assert ranking_rows(panel)[1][3] == "7"


def test_the_budget_spin_box_sets_the_dots_per_participant(panel, capture_ctx, qtbot, room):
    spin = panel.ui.budget_spin
    assert spin.value() == 3
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "5")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    wait_written(qtbot, capture_ctx)
    assert capture_ctx.db.scalar("SELECT dots_per_participant FROM workshop") == 5
    assert panel.ui.voter_combo.itemText(0) == "Maria Goreti Uluq (5 of 5 left)"


def test_scores_typed_in_the_table_place_the_programme_in_its_quadrant(panel, capture_ctx, qtbot, room):
    db = capture_ctx.db
    with db.transaction() as tx:
        wifi = tx.insert(Programme, workshop_id=room["w"], pillar_key="governance",
                         name="Wi-Fi publik di 16 kecamatan", position=0).id
        permits = tx.insert(Programme, workshop_id=room["w"], pillar_key="governance",
                            name="Aplikasi layanan perizinan terpadu", impact=2, feasibility=4, position=1).id
        tx.insert(Programme, workshop_id=room["w"], pillar_key="economy", name="Pasar daring UMKM")
    panel.refresh()
    assert [panel.scores.row_at(r).name for r in range(panel.scores.rowCount())] == [
        "Wi-Fi publik di 16 kecamatan", "Aplikasi layanan perizinan terpadu"]
    assert panel.matrix.placed_quadrants() == {permits: FILL_INS}  # Wi-Fi is not scored yet
    table = panel.ui.scores_table

    def type_score(column: int, text: str) -> None:
        click_cell(qtbot, table, 0, column)
        qtbot.keyClicks(table, text)
        commit(qtbot, capture_ctx, table)

    type_score(ScoresModel.IMPACT, "5")
    assert db.rows("SELECT impact, feasibility FROM programme WHERE id = ?", (wifi,)) == [(5, None)]
    assert wifi not in panel.matrix.placed_quadrants()  # one score is not enough for the matrix
    type_score(ScoresModel.FEASIBILITY, "2")
    assert db.rows("SELECT impact, feasibility FROM programme WHERE id = ?", (wifi,)) == [(5, 2)]
    assert panel.matrix.placed_quadrants() == {wifi: MAJOR_PROJECTS, permits: FILL_INS}
    assert panel.scores.index(0, ScoresModel.QUADRANT).data() == "Major projects"
    type_score(ScoresModel.FEASIBILITY, "3")  # a 3 counts as high: drawn inside the right half
    assert panel.matrix.placed_quadrants()[wifi] == QUICK_WINS

    qtbot.keyClick(table, Qt.Key.Key_Delete)  # clears the feasibility score again
    wait_written(qtbot, capture_ctx)
    assert db.rows("SELECT impact, feasibility FROM programme WHERE id = ?", (wifi,)) == [(5, None)]
    assert panel.scores.index(0, ScoresModel.QUADRANT).data() == "Not scored yet"
    capture_ctx.undo_stack.undo()
    wait_written(qtbot, capture_ctx)
    assert panel.matrix.placed_quadrants()[wifi] == QUICK_WINS


def test_the_panel_follows_the_pillar(panel, capture_ctx, qtbot, room):
    capture_ctx.set_pillar("economy")
    assert [r[1] for r in ranking_rows(panel)] == ["Pasar daring untuk UMKM"]
    assert panel.ui.heading_label.text() == "Ranking: Smart Economy"
    panel.select_voter(room["maria"])
    click_cell(qtbot, panel.ui.ranking_table, 0, RankingModel.ITEM)
    qtbot.mouseClick(panel.ui.add_dot_button, Qt.MouseButton.LeftButton)
    wait_written(qtbot, capture_ctx)
    assert ranking_rows(panel)[0][:3] == ("1", "Pasar daring untuk UMKM", "1")
    capture_ctx.set_pillar("governance")
    assert panel.ui.voter_combo.currentText() == "Maria Goreti Uluq (3 of 3 left)"  # budgets are per pillar


def test_programmes_with_the_same_scores_get_separate_readable_dots(qtbot):
    import math

    from fgd_app.services.voting import RECONSIDER, MatrixItem
    from fgd_app.ui.priority_matrix import PriorityMatrix

    scores = [(4, 4)] * 4 + [(3, 3)] * 3 + [(1, 2)]
    items = [MatrixItem(n + 1, f"p{n}", f"Program {n + 1}", i, f, "medium") for n, (i, f) in enumerate(scores)]
    matrix = PriorityMatrix()
    qtbot.addWidget(matrix)
    matrix.resize(500, 400)
    matrix.set_items(items)
    placed = matrix._placements(matrix._geometry())
    for a in placed:
        for b in placed:
            if a is not b:
                assert math.dist((a.centre.x(), a.centre.y()), (b.centre.x(), b.centre.y())) >= 2 * a.radius
    expected = {f"p{n}": QUICK_WINS for n in range(7)} | {"p7": RECONSIDER}
    assert matrix.placed_quadrants() == expected
    assert "1. Program 1: Quick wins / do first" in matrix.accessibleDescription()


def test_a_vote_arriving_while_a_count_is_typed_keeps_the_editor_open(panel, capture_ctx, qtbot, room):
    from fgd_app.services import voting

    table = panel.ui.ranking_table
    click_cell(qtbot, table, panel.ranking.row_of(("input", room["permits"])), RankingModel.PAPER)
    qtbot.keyClicks(table, "4")
    capture_ctx.do("dot", voting.add_dot, room["w"], room["maria"], input_id=room["signal"])  # another hand
    wait_written(qtbot, capture_ctx)
    editor = QApplication.focusWidget()
    assert editor.objectName() == "count_editor"
    qtbot.keyClicks(editor, "2")
    commit(qtbot, capture_ctx, table)
    qtbot.waitUntil(lambda: ranking_rows(panel)[0][3] == "42")
    assert ranking_rows(panel) == [
        ("1", "Perizinan masih manual dan lama", "", "42", "", "42"),
        ("2", "Sinyal lemah di hulu Mahakam", "1", "", "", "1"),
    ]


def test_switching_the_language_relabels_input_kinds(panel, room):
    from fgd_app.ui import i18n

    row = panel.ranking.row_of(("input", room["permits"]))
    tooltip = lambda: panel.ranking.index(row, RankingModel.ITEM).data(Qt.ItemDataRole.ToolTipRole)  # noqa: E731
    assert tooltip() == "Problem: Perizinan masih manual dan lama"
    i18n.apply_language("id")
    panel.retranslate()
    assert tooltip() == "Permasalahan: Perizinan masih manual dan lama"
