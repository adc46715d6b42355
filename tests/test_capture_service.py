"""Inputs and themes: adding, editing, moving, merging, removing, all undoable and exact."""

from __future__ import annotations

import pytest

from fgd_app.errors import UserError
from fgd_app.services import capture, changes
from fgd_app.store.models import Attachment, Programme, Vote
from fgd_app.store.replay import dump_hash
from tests.helpers import add_input, add_participant, make_workshop


def _vote(db, workshop_id, input_id, points=1, voter_id=None, source="digital"):
    with db.transaction() as tx:
        return tx.insert(Vote, workshop_id=workshop_id, input_id=input_id, points=points, voter_id=voter_id,
                         source=source)


def test_new_input_is_checked_before_it_is_written(db):
    workshop = make_workshop(db)
    with pytest.raises(UserError) as err:
        capture.new_input(workshop.id, "governance", "   \n ")
    assert err.value.code == "capture.empty"
    with pytest.raises(UserError) as err:
        capture.new_input(workshop.id, "governance", "x" * 10_001)
    assert "10000" in err.value.message("en") and "10001" in err.value.message("en")
    record = capture.new_input(workshop.id, "governance", "  Sinyal   lemah ", kind="problem",
                               element_key="economy.industry")
    assert record["text"] == "Sinyal lemah"
    assert record["element_key"] is None  # an element of another pillar is not kept
    change = capture.add_input(db, record)
    assert change.created("input") == [record["id"]]
    assert db.scalar("SELECT text FROM input WHERE id = ?", (record["id"],)) == "Sinyal lemah"


def test_moving_to_another_pillar_leaves_the_theme(db):
    workshop = make_workshop(db)
    a, b = add_input(db, workshop.id, "A"), add_input(db, workshop.id, "B")
    change = capture.create_theme(db, workshop.id, "governance", "Jaringan", [a.id, b.id])
    (theme_id,) = change.created("cluster")
    assert db.scalar("SELECT element_key FROM cluster") == "governance.service"  # shared by its inputs
    capture.move_inputs(db, [a.id], "economy", "economy.industry")
    assert db.rows("SELECT pillar_key, element_key, cluster_id FROM input WHERE id = ?", (a.id,)) == [
        ("economy", "economy.industry", None)]
    capture.move_inputs(db, [b.id], "governance", "governance.policy")
    assert db.scalar("SELECT cluster_id FROM input WHERE id = ?", (b.id,)) == theme_id
    with pytest.raises(UserError):
        capture.assign_to_theme(db, [a.id], theme_id)  # a is in another pillar now


def test_merge_moves_votes_photos_and_programme_links_and_undo_restores(db):
    workshop = make_workshop(db)
    voter = add_participant(db, workshop.id)
    keep, dup = add_input(db, workshop.id, "Sinyal lemah"), add_input(db, workshop.id, "Sinyal buruk")
    _vote(db, workshop.id, keep.id, 2, voter.id)
    _vote(db, workshop.id, dup.id, 1, voter.id)  # the same voter on both: one ballot of 3
    _vote(db, workshop.id, dup.id, 7, source="paper")
    with db.transaction() as tx:
        digest = tx.put_blob(b"\x89PNG\r\n\x1a\nfake", "image/png")
        tx.insert(Attachment, workshop_id=workshop.id, sha256=digest, input_id=dup.id)
        tx.insert(Programme, workshop_id=workshop.id, pillar_key="governance", name="Wi-Fi", input_ids=[dup.id])
    before = dump_hash(db, include_log=False)

    change = capture.merge_inputs(db, keep.id, [dup.id])

    assert db.scalar("SELECT count(*) FROM input") == 1
    assert sorted(db.rows("SELECT source, points, voter_id IS NOT NULL FROM vote WHERE input_id = ?", (keep.id,))) == [
        ("digital", 3, 1), ("paper", 7, 0)]
    assert db.scalar("SELECT input_id FROM attachment") == keep.id
    assert db.scalar("SELECT input_ids FROM programme") == f'["{keep.id}"]'
    changes.revert(db, change)
    assert dump_hash(db, include_log=False) == before


def test_removing_inputs_takes_their_votes_and_undo_brings_them_back(db):
    workshop = make_workshop(db)
    item = add_input(db, workshop.id)
    _vote(db, workshop.id, item.id, 4, source="hands")
    before = dump_hash(db, include_log=False)
    change = capture.remove_inputs(db, [item.id])
    assert db.scalar("SELECT count(*) FROM vote") == 0 and db.scalar("SELECT count(*) FROM input") == 0
    changes.revert(db, change)
    assert dump_hash(db, include_log=False) == before
    with pytest.raises(UserError) as err:
        capture.remove_inputs(db, ["no-such-input"])
    assert err.value.code == "capture.not_found"


def test_dissolving_a_theme_keeps_its_inputs(db):
    workshop = make_workshop(db)
    a = add_input(db, workshop.id, "A")
    (theme_id,) = capture.create_theme(db, workshop.id, "governance", "  Tema  ", [a.id]).created("cluster")
    assert db.scalar("SELECT title FROM cluster") == "Tema"
    with db.transaction() as tx:
        tx.insert(Vote, workshop_id=workshop.id, cluster_id=theme_id, points=5, source="paper")
    capture.rename_theme(db, theme_id, "Jaringan internet")
    with pytest.raises(UserError):
        capture.rename_theme(db, theme_id, "  ")
    change = capture.dissolve_theme(db, theme_id)
    assert db.scalar("SELECT count(*) FROM cluster") == 0
    assert db.rows("SELECT text, cluster_id FROM input") == [("A", None)]
    assert db.scalar("SELECT count(*) FROM vote") == 0
    changes.revert(db, change)
    assert db.rows("SELECT title FROM cluster") == [("Jaringan internet",)]
    assert db.scalar("SELECT cluster_id FROM input") == theme_id


def test_shorten_cuts_at_a_word():
    assert capture.shorten("Jaringan internet belum menjangkau", 20) == "Jaringan internet…"
    assert capture.shorten("pendek", 20) == "pendek"


def test_load_capture_reads_the_whole_workshop(db):
    workshop = make_workshop(db)
    a = add_input(db, workshop.id, "A")
    add_input(db, workshop.id, "B", pillar_key="economy", element_key=None, position=5)
    _vote(db, workshop.id, a.id, 3, source="paper")
    data = capture.load_capture(db, workshop.id)
    assert [i.text for i in data.inputs] == ["A", "B"]
    assert data.input_votes == {a.id: 3} and data.next_position == 6
