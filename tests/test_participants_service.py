"""Participants of a workshop: cleaning fields, add/update/remove/restore, counts, duplicates."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from fgd_app.errors import UserError
from fgd_app.services import participants as svc
from fgd_app.store.models import Input, Participant, Vote
from fgd_app.store.replay import canonical_dump, dump_hash
from tests.helpers import add_input, add_participant, make_workshop


@pytest.fixture
def workshop(db):
    return make_workshop(db)


# -- cleaning ----------------------------------------------------------------------------------


@pytest.mark.parametrize("typed, stored", [
    ("L", "L"), ("p", "P"), ("Laki-laki", "L"), ("laki laki", "L"), ("Perempuan", "P"), ("M", "L"), ("F", "P"),
    ("Male", "L"), ("female", "P"), ("Pria", "L"), ("WANITA", "P"), (" L. ", "L"), ("", None), (None, None),
])
def test_gender_is_normalised_to_l_or_p(typed, stored):
    assert svc.normalise_gender(typed) == stored


def test_unknown_gender_is_refused_with_the_value():
    with pytest.raises(UserError) as info:
        svc.normalise_gender("X")
    assert info.value.code == "participant.gender" and "'X'" in info.value.message("en")


@pytest.mark.parametrize("typed, stored", [
    ("196804121994031007", "196804121994031007"),
    ("19680412 199403 1 007", "196804121994031007"),
    ("", ""),
])
def test_nip_keeps_18_digits_without_spaces(typed, stored):
    assert svc.normalise_nip(typed) == stored


@pytest.mark.parametrize("typed", ["1968041219940310", "19680412199403100A", "1968-0412-1994-0310-07", "１９６８"])
def test_nip_that_is_not_18_digits_is_refused(typed):
    with pytest.raises(UserError) as info:
        svc.normalise_nip(typed)
    assert info.value.code == "participant.nip"


@pytest.mark.parametrize("typed, stored", [
    ("0812-5471-3306", "0812-5471-3306"),
    ("  +62 812  5471 3306 ", "+62 812 5471 3306"),
    ("81254713306", "081254713306"),  # Excel dropped the leading 0
    ("(0541) 123456", "(0541) 123456"),
    ("", ""),
])
def test_phone_is_lightly_normalised(typed, stored):
    assert svc.normalise_phone(typed) == stored


@pytest.mark.parametrize("typed", ["telepon saya", "12", "0812 call me"])
def test_implausible_phone_is_refused(typed):
    with pytest.raises(UserError):
        svc.normalise_phone(typed)


@pytest.mark.parametrize("typed, ok", [
    ("contoh@kutaibaratkab.go.id", True), ("a.b@x.co", True), ("tanpa-at.go.id", False), ("a@b", False),
    ("a b@c.id", False), ("", True),
])
def test_email_must_be_plausible(typed, ok):
    if ok:
        assert svc.normalise_email(typed) == typed
    else:
        with pytest.raises(UserError):
            svc.normalise_email(typed)


def test_field_limits_come_from_the_model():
    with pytest.raises(UserError) as info:
        svc.clean_field("name", "x" * 201)
    assert info.value.code == "participant.too_long" and info.value.params == {"length": 201, "limit": 200}
    assert svc.clean_field("name", "  Maria \n Goreti\xa0Uluq ") == "Maria Goreti Uluq"


# -- add, list, update ------------------------------------------------------------------------


def test_add_cleans_fields_and_lists_by_name_ignoring_case_and_accents(db, workshop):
    svc.add_participant(db, workshop.id, name="budi", gender="Laki-laki")
    svc.add_participant(db, workshop.id, name="Ánita", nip="19680412 199403 1 007", institution=" Bappeda ")
    svc.add_participant(db, workshop.id, name="Agus")
    svc.add_participant(db, workshop.id, name="Citra", gender="Wanita")
    rows = svc.list_participants(db, workshop.id)
    assert [r.name for r in rows] == ["Agus", "Ánita", "budi", "Citra"]
    anita = rows[1]
    assert anita.nip == "196804121994031007" and anita.institution == "Bappeda" and anita.gender is None
    assert rows[2].gender == "L" and rows[3].gender == "P"
    assert rows[0].checked_in_at is None and rows[0].signed is False


def test_add_refuses_a_missing_name_and_an_unknown_workshop(db, workshop):
    before = dump_hash(db)
    with pytest.raises(UserError) as info:
        svc.add_participant(db, workshop.id, name="   ", position="Staf")
    assert info.value.code == "participant.name_required"
    with pytest.raises(UserError) as info:
        svc.add_participant(db, "no-such-workshop", name="Agus")
    assert info.value.code == "workshop.not_found"
    assert dump_hash(db) == before


def test_update_changes_only_given_fields_and_returns_the_row(db, workshop):
    pid = svc.add_participant(db, workshop.id, name="Agus", position="Staf")
    row = svc.update_participant(db, pid, gender="pria", position=" Kepala  Seksi ")
    assert (row.name, row.position, row.gender) == ("Agus", "Kepala Seksi", "L")
    revisions = db.scalar("SELECT count(*) FROM revision WHERE entity_id = ?", (pid,))
    svc.update_participant(db, pid, gender="L")  # no change: no revision
    assert db.scalar("SELECT count(*) FROM revision WHERE entity_id = ?", (pid,)) == revisions


def test_update_refuses_bad_values_and_unknown_fields(db, workshop):
    pid = svc.add_participant(db, workshop.id, name="Agus")
    before = dump_hash(db)
    with pytest.raises(UserError):
        svc.update_participant(db, pid, email="bukan surel")
    with pytest.raises(UserError) as info:
        svc.update_participant(db, "missing", name="X")
    assert info.value.code == "participant.not_found"
    with pytest.raises(ValueError):
        svc.update_participant(db, pid, workshop_id="other")
    assert dump_hash(db) == before


# -- remove and restore -------------------------------------------------------------------------


def _with_references(db, workshop):
    pid = svc.add_participant(db, workshop.id, name="Yohanes Lung", phone="0812-5471-3306",
                              institution="Diskominfo", gender="L")
    with db.transaction() as tx:
        tx.update(Participant, pid, checked_in_at=dt.datetime(2021, 6, 17, 0, 30), consent_version="v1")
    spoken = [add_input(db, workshop.id, text=f"Masukan {n}", speaker_id=pid).id for n in range(2)]
    other = add_input(db, workshop.id, text="Anonim").id
    with db.transaction() as tx:
        vote = tx.insert(Vote, workshop_id=workshop.id, input_id=other, voter_id=pid).id
    return pid, spoken, other, vote


def test_remove_keeps_inputs_and_votes_anonymously(db, workshop):
    pid, spoken, _, vote = _with_references(db, workshop)
    removal = svc.remove_participant(db, pid)
    assert removal.participant_id == pid
    assert set(removal.input_ids) == set(spoken) and removal.vote_ids == (vote,)
    assert svc.get_participant(db, pid) is None
    assert db.rows("SELECT speaker_id FROM input WHERE id IN (?, ?)", tuple(spoken)) == [(None,), (None,)]
    assert db.scalar("SELECT voter_id FROM vote WHERE id = ?", (vote,)) is None
    assert db.scalar("SELECT count(*) FROM vote") == 1
    tombstone = db.rows("SELECT snapshot FROM revision WHERE entity_id = ? ORDER BY id DESC LIMIT 1", (pid,))
    assert tombstone == [(None,)]


def test_remove_then_restore_gives_the_same_database_except_the_log(db, workshop):
    pid, spoken, _, vote = _with_references(db, workshop)
    before = canonical_dump(db, include_log=False)
    revisions_before = db.scalar("SELECT count(*) FROM revision")

    removal = svc.remove_participant(db, pid)
    assert canonical_dump(db, include_log=False) != before
    assert svc.restore_participant(db, removal) == pid
    assert canonical_dump(db, include_log=False) == before

    # The log keeps both: 2 inputs + 1 vote + tombstone, then re-insert + 2 inputs + 1 vote.
    assert db.scalar("SELECT count(*) FROM revision") == revisions_before + 8
    history = db.rows("SELECT id, parents, snapshot FROM revision WHERE entity_id = ? ORDER BY id", (pid,))
    tombstone, recreated = history[-2], history[-1]
    assert tombstone[2] is None and recreated[2] is not None
    assert json.loads(recreated[1]) == [tombstone[0]]


def test_restore_twice_is_refused_and_reassigned_speakers_stay(db, workshop):
    pid, spoken, _, _ = _with_references(db, workshop)
    removal = svc.remove_participant(db, pid)
    other = add_participant(db, workshop.id, name="Maria Uluq").id
    with db.transaction() as tx:
        tx.update(Input, spoken[0], speaker_id=other)  # the note-taker corrected the speaker meanwhile
    svc.restore_participant(db, removal)
    assert db.scalar("SELECT speaker_id FROM input WHERE id = ?", (spoken[0],)) == other
    assert db.scalar("SELECT speaker_id FROM input WHERE id = ?", (spoken[1],)) == pid
    with pytest.raises(UserError) as info:
        svc.restore_participant(db, removal)
    assert info.value.code == "participant.exists"


def test_removing_a_missing_participant_is_a_clear_refusal(db, workshop):
    with pytest.raises(UserError) as info:
        svc.remove_participant(db, "missing")
    assert info.value.code == "participant.not_found"


# -- counts and duplicates ----------------------------------------------------------------------


def test_counts_by_gender_and_institution(db, workshop):
    people = [
        ("A", "L", "Diskominfo SP", True), ("B", "P", "Diskominfo SP", True), ("C", "P", "diskominfo  sp", False),
        ("D", None, "Bappeda", True), ("E", "L", "", False), ("F", "L", "Bappeda", False),
    ]
    for name, gender, institution, present in people:
        pid = svc.add_participant(db, workshop.id, name=name, gender=gender or "", institution=institution)
        if present:
            with db.transaction() as tx:
                tx.update(Participant, pid, checked_in_at=dt.datetime(2021, 6, 17, 1, 0))
    c = svc.counts(db, workshop.id)
    assert (c.total, c.present) == (6, 3)
    assert c.by_gender == {"L": 3, "P": 2, "": 1}
    assert c.present_by_gender == {"L": 1, "P": 1, "": 1}
    assert c.by_institution == [
        svc.InstitutionCount("Diskominfo SP", 3, 2),
        svc.InstitutionCount("Bappeda", 2, 1),
        svc.InstitutionCount("", 1, 0),
    ]
    empty = svc.counts(db, "nobody")
    assert (empty.total, empty.present, empty.by_institution) == (0, 0, [])


def test_duplicates_ignore_case_accents_and_punctuation(db, workshop):
    assert svc.duplicate_key("Drs. Yohanés  Lung, M.Si", "Diskominfo") == svc.duplicate_key(
        "drs yohanes lung msi", "DISKOMINFO")
    assert svc.duplicate_key("Yohanes Lung", "Diskominfo") != svc.duplicate_key("Yohanes Lung", "Bappeda")
    pid = svc.add_participant(db, workshop.id, name="Yohanés Lung", institution="Diskominfo")
    assert svc.find_duplicate(db, workshop.id, "YOHANES LUNG", "diskominfo") == pid
    assert svc.find_duplicate(db, workshop.id, "Yohanes Lung", "Diskominfo", exclude_id=pid) is None
    assert svc.existing_keys(db, workshop.id) == {("yohanes lung", "diskominfo"): pid}
