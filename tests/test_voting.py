"""Dot votes, tallies, the ranking of a pillar and impact/feasibility scores (services only)."""

from __future__ import annotations

import pytest

from fgd_app.errors import UserError
from fgd_app.services import changes
from fgd_app.services.voting import (
    FILL_INS,
    MAJOR_PROJECTS,
    QUICK_WINS,
    RECONSIDER,
    THEME,
    add_dot,
    dots_used,
    matrix_items,
    quadrant,
    ranking,
    remove_dot,
    set_dot_budget,
    set_scores,
    set_tally,
    voters,
)
from fgd_app.store.models import Cluster, Input, Programme
from tests.helpers import add_input, add_participant, make_workshop


@pytest.fixture
def room(db):
    """A workshop on two pillars with two voters, two inputs per pillar and one theme."""
    w = make_workshop(db, pillars=["governance", "economy"])
    people = {n: add_participant(db, w.id, name=n).id for n in ("Maria Uluq", "Paulus Bilung")}
    with db.transaction() as tx:
        theme = tx.insert(Cluster, workshop_id=w.id, pillar_key="governance", title="Konektivitas").id
    gov = [add_input(db, w.id, text).id for text in ("Sinyal lemah di hulu", "Perizinan masih manual")]
    eco = [add_input(db, w.id, text, pillar_key="economy", element_key=None).id
           for text in ("Pasar daring UMKM", "Pelatihan pemasaran")]
    return dict(w=w.id, people=people, theme=theme, gov=gov, eco=eco)


def votes(db) -> list[tuple]:
    return db.rows("SELECT input_id, cluster_id, source, voter_id, points FROM vote ORDER BY source, points")


def refusal(call, *args, **kwargs) -> UserError:
    with pytest.raises(UserError) as caught:
        call(*args, **kwargs)
    return caught.value


def test_the_dot_budget_holds_per_pillar_and_per_voter(db, room):
    w, maria, paulus = room["w"], room["people"]["Maria Uluq"], room["people"]["Paulus Bilung"]
    for _ in range(2):
        add_dot(db, w, maria, input_id=room["gov"][0])
    add_dot(db, w, maria, cluster_id=room["theme"])
    err = refusal(add_dot, db, w, maria, input_id=room["gov"][1])
    assert err.code == "voting.budget_used"
    assert "Maria Uluq" in err.message("en") and "3 dots" in err.message("en")
    assert "Maria Uluq" in err.message("id") and "3 titik" in err.message("id")
    # The same person still has a full budget in another pillar, and another person here.
    add_dot(db, w, maria, input_id=room["eco"][0])
    add_dot(db, w, paulus, input_id=room["gov"][1])
    assert dots_used(db, w, "governance") == {maria: 3, paulus: 1}
    assert dots_used(db, w, "economy") == {maria: 1}
    left = {v.name: v.left for v in voters(db, w, "governance")}
    assert left == {"Maria Uluq": 0, "Paulus Bilung": 2}


def test_a_voters_dots_on_one_target_are_one_row_and_themes_are_targets_too(db, room):
    w, maria = room["w"], room["people"]["Maria Uluq"]
    add_dot(db, w, maria, input_id=room["gov"][0])
    add_dot(db, w, maria, input_id=room["gov"][0])
    add_dot(db, w, maria, cluster_id=room["theme"])
    assert votes(db) == [(None, room["theme"], "digital", maria, 1), (room["gov"][0], None, "digital", maria, 2)]

    remove_dot(db, w, maria, input_id=room["gov"][0])
    remove_dot(db, w, maria, cluster_id=room["theme"])  # the last dot: the row goes
    assert votes(db) == [(room["gov"][0], None, "digital", maria, 1)]
    assert refusal(remove_dot, db, w, maria, cluster_id=room["theme"]).code == "voting.no_dot"


def test_targets_and_voters_must_belong_to_the_workshop(db, room):
    w, maria = room["w"], room["people"]["Maria Uluq"]
    other = make_workshop(db, title="FGD lain")
    stranger_input = add_input(db, other.id, "Masukan lain").id
    stranger = add_participant(db, other.id, name="Orang lain").id
    assert refusal(add_dot, db, w, maria).code == "voting.one_target"
    assert refusal(add_dot, db, w, maria, input_id=room["gov"][0], cluster_id=room["theme"]).code == "voting.one_target"
    assert refusal(add_dot, db, w, maria, input_id=stranger_input).code == "voting.target_not_found"
    assert refusal(add_dot, db, w, maria, cluster_id="no-such-theme").code == "voting.target_not_found"
    assert refusal(add_dot, db, w, stranger, input_id=room["gov"][0]).code == "voting.voter_not_found"
    assert refusal(set_tally, db, w, "paper", 4, input_id=stranger_input).code == "voting.target_not_found"
    assert votes(db) == []


def test_a_tally_replaces_the_count_and_zero_removes_it(db, room):
    w, target = room["w"], room["gov"][1]
    set_tally(db, w, "paper", 7, input_id=target)
    set_tally(db, w, "hands", 12, input_id=target)
    set_tally(db, w, "paper", 9, input_id=target)
    assert votes(db) == [(target, None, "hands", None, 12), (target, None, "paper", None, 9)]
    set_tally(db, w, "paper", 0, input_id=target)
    assert votes(db) == [(target, None, "hands", None, 12)]
    assert set_tally(db, w, "paper", 0, input_id=target) == ()  # nothing there: nothing to undo

    assert refusal(set_tally, db, w, "digital", 3, input_id=target).code == "voting.bad_source"
    for bad in (-1, 10_001, 2.5, True, "tiga"):
        assert refusal(set_tally, db, w, "hands", bad, input_id=target).code == "voting.bad_count"
    assert votes(db) == [(target, None, "hands", None, 12)]


def test_ranking_sums_themes_with_their_inputs_without_counting_twice(db, room):
    w, maria, paulus = room["w"], room["people"]["Maria Uluq"], room["people"]["Paulus Bilung"]
    themed, loose = room["gov"]
    with db.transaction() as tx:
        tx.update(Input, themed, cluster_id=room["theme"])
        third = tx.insert(Input, workshop_id=w, pillar_key="governance", text="Belum ada yang memilih").id
        fourth = tx.insert(Input, workshop_id=w, pillar_key="governance", text="Data terpadu").id
    add_dot(db, w, maria, input_id=themed)  # counts for the theme
    add_dot(db, w, paulus, cluster_id=room["theme"])
    set_tally(db, w, "paper", 3, cluster_id=room["theme"])
    set_tally(db, w, "hands", 4, input_id=loose)
    set_tally(db, w, "paper", 4, input_id=fourth)
    add_dot(db, w, maria, input_id=room["eco"][0])  # another pillar: not in this ranking

    rows = ranking(db, w, "governance")
    shown = [(r.kind, r.title, r.digital, r.paper, r.hands, r.total, r.rank) for r in rows]
    assert shown == [
        (THEME, "Konektivitas", 2, 3, 0, 5, 1),
        ("input", "Perizinan masih manual", 0, 0, 4, 4, 2),
        ("input", "Data terpadu", 0, 4, 0, 4, 2),
        ("input", "Belum ada yang memilih", 0, 0, 0, 0, None),
    ]
    assert rows[0].members == 1 and rows[0].own_paper == 3
    assert third not in {r.id for r in rows if r.rank}
    assert themed not in {r.id for r in rows}  # inside the theme: not ranked on its own

    set_tally(db, w, "hands", 1, input_id=third)
    set_tally(db, w, "hands", 2, cluster_id=room["theme"])
    assert [(r.title, r.rank) for r in ranking(db, w, "governance")] == [
        ("Konektivitas", 1), ("Perizinan masih manual", 2), ("Data terpadu", 2), ("Belum ada yang memilih", 4)]


def test_scores_are_one_to_five_or_empty_and_place_the_quadrant(db, room):
    w = room["w"]
    with db.transaction() as tx:
        ids = [tx.insert(Programme, workshop_id=w, pillar_key="governance", name=name, position=n).id
               for n, name in enumerate(("Aplikasi layanan perizinan terpadu", "Wi-Fi publik di 16 kecamatan",
                                         "Satu data kabupaten", "Pusat komando"))]
    set_scores(db, ids[0], 5, 4)
    set_scores(db, ids[1], 4, 2)
    set_scores(db, ids[2], "2", "3")
    for bad in (0, 6, True, 2.5, "lima"):
        assert refusal(set_scores, db, ids[3], bad, 3).code == "voting.bad_score"
        assert refusal(set_scores, db, ids[3], 3, bad).code == "voting.bad_score"
    assert refusal(set_scores, db, "gone", 3, 3).code == "voting.programme_not_found"
    items = matrix_items(db, w, "governance")
    assert [(i.number, i.impact, i.feasibility, i.quadrant) for i in items] == [
        (1, 5, 4, QUICK_WINS), (2, 4, 2, MAJOR_PROJECTS), (3, 2, 3, FILL_INS), (4, None, None, None)]
    assert quadrant(1, 2) == RECONSIDER and quadrant(3, 3) == QUICK_WINS and quadrant(5, None) is None
    set_scores(db, ids[0], None, 4)  # back to "not scored yet"
    assert matrix_items(db, w, "governance")[0].scored is False


def test_lowering_the_budget_keeps_placed_dots_but_stops_new_ones(db, room):
    w, maria = room["w"], room["people"]["Maria Uluq"]
    for _ in range(3):
        add_dot(db, w, maria, input_id=room["gov"][0])
    set_dot_budget(db, w, 2)
    assert dots_used(db, w, "governance") == {maria: 3}
    assert refusal(add_dot, db, w, maria, input_id=room["gov"][1]).message("en").count("2 dots") == 1
    for bad in (0, 101, "x"):
        assert refusal(set_dot_budget, db, w, bad).code == "voting.bad_budget"
    set_dot_budget(db, w, 5)
    add_dot(db, w, maria, input_id=room["gov"][1])
    assert dots_used(db, w, "governance") == {maria: 4}


def test_every_action_is_undone_exactly(db, room):
    w, maria, target = room["w"], room["people"]["Maria Uluq"], room["gov"][0]
    add_dot(db, w, maria, input_id=target)
    second = add_dot(db, w, maria, input_id=target)
    changes.revert(db, second)
    assert votes(db) == [(target, None, "digital", maria, 1)]

    set_tally(db, w, "paper", 5, input_id=target)
    replaced = set_tally(db, w, "paper", 8, input_id=target)
    removed = set_tally(db, w, "paper", 0, input_id=target)
    changes.revert(db, removed)
    assert votes(db)[-1] == (target, None, "paper", None, 8)
    changes.revert(db, replaced)
    assert votes(db)[-1] == (target, None, "paper", None, 5)

    with db.transaction() as tx:
        programme = tx.insert(Programme, workshop_id=w, pillar_key="governance", name="Satu data").id
    scored = set_scores(db, programme, 4, 5)
    budget = set_dot_budget(db, w, 6)
    changes.revert(db, scored)
    changes.revert(db, budget)
    assert db.rows("SELECT impact, feasibility FROM programme") == [(None, None)]
    assert db.scalar("SELECT dots_per_participant FROM workshop WHERE id = ?", (w,)) == 3
