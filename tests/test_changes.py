"""Undo and redo as recorded changes: exact, logged, harmless to repeat."""

from __future__ import annotations

from fgd_app.services import changes
from fgd_app.store.models import Input, Vote
from fgd_app.store.replay import dump_hash
from tests.helpers import add_input, make_workshop


def _edit_and_vote(rec, input_id: str, workshop_id: str) -> None:
    rec.update(Input, input_id, text="Sinyal lemah di Long Iram")
    rec.insert(Vote, workshop_id=workshop_id, input_id=input_id, points=2, source="paper")


edit_and_vote = changes.recorded(_edit_and_vote)


def test_revert_restores_the_rows_and_reapply_makes_them_again(db):
    workshop = make_workshop(db)
    item = add_input(db, workshop.id)
    before = dump_hash(db, include_log=False)
    change = edit_and_vote(db, item.id, workshop.id)
    assert change.tables() == {"input", "vote"}
    after = dump_hash(db, include_log=False)

    changes.revert(db, change)
    assert dump_hash(db, include_log=False) == before
    assert db.scalar("SELECT count(*) FROM vote") == 0
    assert db.scalar("SELECT text FROM input") == "Sinyal lemah di hulu"

    changes.reapply(db, change)
    assert dump_hash(db, include_log=False) == after
    assert changes.reapply(db, change) == ()  # already so: nothing written twice
    # history is appended, never rewritten: 1 insert + edit + vote + undo (2) + redo (2)
    assert db.scalar("SELECT count(*) FROM revision WHERE entity IN ('input', 'vote')") == 7


def test_a_refused_step_rolls_back_the_whole_action(db):
    import pytest
    from pydantic import ValidationError

    workshop = make_workshop(db)
    item = add_input(db, workshop.id)
    before = dump_hash(db, include_log=False)

    def bad(rec):
        rec.update(Input, item.id, text="ok")
        rec.insert(Vote, workshop_id=workshop.id, input_id=item.id, points=-5)

    with pytest.raises(ValidationError):
        changes.recorded(bad)(db)
    assert dump_hash(db, include_log=False) == before
