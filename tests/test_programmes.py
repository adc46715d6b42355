"""The masterplan worksheet's service: programmes from inputs and themes, quick wins, actions."""

from __future__ import annotations

import datetime as dt

import pytest

from fgd_app.core.limits import SHORT_MAX
from fgd_app.errors import UserError
from fgd_app.services import changes
from fgd_app.services.programmes import (
    action_changes,
    add_action,
    add_programme,
    delete_programme,
    inputs_by_kind,
    list_actions,
    list_programmes,
    programme_changes,
    promote_to_programme,
    quick_wins,
    remove_action,
    update_action,
    update_programme,
)
from fgd_app.store.models import Cluster, Input, Vote
from fgd_app.store.replay import dump_hash
from tests.helpers import add_input, add_participant, make_workshop


def _theme(db, workshop_id, title, input_ids, element_key=None, pillar_key="governance"):
    with db.transaction() as tx:
        cluster = tx.insert(Cluster, workshop_id=workshop_id, pillar_key=pillar_key, element_key=element_key,
                            title=title)
        for input_id in input_ids:
            tx.update(Input, input_id, cluster_id=cluster.id)
    return cluster


def _vote(db, workshop_id, points, *, input_id=None, cluster_id=None, source="paper"):
    with db.transaction() as tx:
        tx.insert(Vote, workshop_id=workshop_id, input_id=input_id, cluster_id=cluster_id, points=points,
                  source=source)


def _messages(err: UserError) -> tuple[str, str]:
    return err.message("id"), err.message("en")


# -- promoting ------------------------------------------------------------------------------------


def test_promoting_selected_inputs_keeps_pillar_shared_element_sources_and_list_order(db):
    w = make_workshop(db, pillars=["governance", "economy"])
    first = add_input(db, w.id, "Jaringan internet belum menjangkau 9 kecamatan", position=0)
    second = add_input(db, w.id, "Blank spot di Long Iram dan Tering", position=1)
    add_input(db, w.id, "Tidak dipilih", position=2)

    change = promote_to_programme(db, w.id, "governance", input_ids=[second.id, first.id])

    assert change.tables() == {"programme"}
    (p,) = list_programmes(db, w.id, "governance")
    assert p.pillar_key == "governance"
    assert p.element_key == "governance.service"  # both inputs are in it
    assert p.name == "Jaringan internet belum menjangkau 9 kecamatan"  # the first in the list, not in the selection
    assert p.input_ids == [first.id, second.id]
    assert p.description.splitlines() == [first.text, second.text]
    assert p.horizon == "medium"
    assert list_programmes(db, w.id, "economy") == []


def test_inputs_of_different_elements_leave_the_element_open(db):
    w = make_workshop(db)
    a = add_input(db, w.id, "Pelayanan KTP lambat", element_key="governance.service")
    b = add_input(db, w.id, "Belum ada Perbup SPBE", element_key="governance.policy", position=1)
    promote_to_programme(db, w.id, "governance", input_ids=[a.id, b.id], name="Reformasi layanan",
                         horizon="quick_win")
    (p,) = list_programmes(db, w.id, "governance")
    assert p.element_key is None
    assert p.name == "Reformasi layanan"
    assert p.horizon == "quick_win"


def test_promoting_a_theme_takes_its_title_and_member_inputs(db):
    w = make_workshop(db)
    a = add_input(db, w.id, "Perizinan masih manual", position=3)
    b = add_input(db, w.id, "Warga bolak-balik ke kantor dinas", position=1)
    outside = add_input(db, w.id, "Bukan anggota tema", position=2)
    theme = _theme(db, w.id, "Layanan perizinan terpadu", [a.id, b.id], element_key="governance.service")

    promote_to_programme(db, w.id, "governance", cluster_id=theme.id)

    (p,) = list_programmes(db, w.id, "governance")
    assert p.name == "Layanan perizinan terpadu"
    assert p.input_ids == [b.id, a.id]
    assert outside.id not in p.input_ids
    assert p.element_key == "governance.service"


def test_a_long_first_input_becomes_a_name_cut_at_a_word_boundary(db):
    w = make_workshop(db)
    long_text = ("Pengembangan jaringan serat optik " * 40).strip()  # about 1,350 characters
    item = add_input(db, w.id, long_text)
    promote_to_programme(db, w.id, "governance", input_ids=[item.id])
    (p,) = list_programmes(db, w.id, "governance")
    assert len(p.name) <= SHORT_MAX
    assert p.name.endswith("…")
    assert long_text.startswith(p.name[:-1])
    assert long_text[len(p.name) - 1] == " "  # cut between two words
    assert p.description == long_text  # the whole text is not lost


def test_promoting_twice_makes_two_candidates_after_the_last(db):
    w = make_workshop(db)
    item = add_input(db, w.id, "Jaringan internet belum menjangkau 9 kecamatan")
    add_programme(db, w.id, "governance", "Program lain")
    promote_to_programme(db, w.id, "governance", input_ids=[item.id], name="BTS desa")
    promote_to_programme(db, w.id, "governance", input_ids=[item.id], name="Wi-Fi publik")
    assert [(p.name, p.position) for p in list_programmes(db, w.id, "governance")] == [
        ("Program lain", 0), ("BTS desa", 1), ("Wi-Fi publik", 2)]


def test_more_than_a_hundred_sources_keeps_the_first_hundred_by_position(db):
    w = make_workshop(db)
    ids = [add_input(db, w.id, f"Masukan {n}", position=n).id for n in range(105)]
    promote_to_programme(db, w.id, "governance", input_ids=list(reversed(ids)))
    (p,) = list_programmes(db, w.id, "governance")
    assert p.input_ids == ids[:100]


def test_promoting_refuses_nothing_and_other_pillars(db):
    w = make_workshop(db, pillars=["governance", "economy"])
    other = add_input(db, w.id, "UMKM belum go digital", pillar_key="economy", element_key=None)
    with pytest.raises(UserError) as nothing:
        promote_to_programme(db, w.id, "governance")
    assert nothing.value.code == "programme.no_sources"
    with pytest.raises(UserError) as foreign:
        promote_to_programme(db, w.id, "governance", input_ids=[other.id])
    assert foreign.value.code == "programme.other_pillar"
    assert all(_messages(foreign.value))
    assert list_programmes(db, w.id) == []


# -- editing -------------------------------------------------------------------------------------


def test_update_cleans_every_field(db):
    w = make_workshop(db)
    add_programme(db, w.id, "governance", "Aplikasi layanan perizinan terpadu")
    (p,) = list_programmes(db, w.id, "governance")
    update_programme(db, p.id, name="  Aplikasi   layanan\nperizinan ", lead_opd=" Diskominfo ", horizon="quick_win",
                     target_year="2026", indicator="Jumlah izin terbit daring", funding_source="APBD",
                     element_key="governance.service", impact=4, feasibility="5", supporting_opds=["DPMPTSP", ""])
    (p,) = list_programmes(db, w.id, "governance")
    assert (p.name, p.lead_opd, p.horizon, p.target_year) == ("Aplikasi layanan perizinan", "Diskominfo",
                                                               "quick_win", 2026)
    assert (p.indicator, p.funding_source, p.element_key) == ("Jumlah izin terbit daring", "APBD",
                                                              "governance.service")
    assert (p.impact, p.feasibility, p.supporting_opds) == (4, 5, ["DPMPTSP"])
    update_programme(db, p.id, target_year="", element_key="")
    (p,) = list_programmes(db, w.id, "governance")
    assert (p.target_year, p.element_key) == (None, None)


@pytest.mark.parametrize(("fields", "code"), [
    ({"name": "   "}, "programme.name_required"),
    ({"name": "x" * (SHORT_MAX + 1)}, "programme.too_long"),
    ({"lead_opd": "Dinas " * 60}, "programme.too_long"),
    ({"horizon": "someday"}, "programme.bad_horizon"),
    ({"target_year": 1945}, "programme.bad_year"),
    ({"target_year": "dua ribu"}, "programme.bad_year"),
    ({"target_year": 2201}, "programme.bad_year"),
    ({"impact": 7}, "programme.bad_score"),
    ({"element_key": "economy.business"}, "programme.bad_element"),
    ({"position": 3}, "programme.unknown_field"),
])
def test_update_refusals_speak_both_languages_and_change_nothing(db, fields, code):
    w = make_workshop(db)
    add_programme(db, w.id, "governance", "Aplikasi layanan perizinan terpadu")
    (p,) = list_programmes(db, w.id, "governance")
    before = dump_hash(db)
    with pytest.raises(UserError) as refused:
        update_programme(db, p.id, **fields)
    assert refused.value.code == code
    indonesian, english = _messages(refused.value)
    assert indonesian and english and indonesian != english
    assert dump_hash(db) == before


def test_bilingual_year_message_names_the_range():
    with pytest.raises(UserError) as refused:
        programme_changes({"target_year": 1999})
    assert "2000" in refused.value.message("id") and "2100" in refused.value.message("en")
    assert "Tahun target" in refused.value.message("id")


def test_delete_and_undo_programme(db):
    w = make_workshop(db)
    add_programme(db, w.id, "governance", "Aplikasi layanan perizinan terpadu")
    (p,) = list_programmes(db, w.id, "governance")
    change = delete_programme(db, p.id)
    assert list_programmes(db, w.id) == []
    changes.revert(db, change)
    assert [r.name for r in list_programmes(db, w.id)] == ["Aplikasi layanan perizinan terpadu"]
    with pytest.raises(UserError) as gone:
        update_programme(db, "no-such-id", name="x")
    assert gone.value.code == "programme.not_found"


def test_undo_of_an_edit_restores_the_previous_values(db):
    w = make_workshop(db)
    add_programme(db, w.id, "governance", "Aplikasi layanan perizinan terpadu")
    (p,) = list_programmes(db, w.id, "governance")
    change = update_programme(db, p.id, lead_opd="Diskominfo", horizon="long")
    changes.revert(db, change)
    (p,) = list_programmes(db, w.id, "governance")
    assert (p.lead_opd, p.horizon) == ("", "medium")
    changes.reapply(db, change)
    (p,) = list_programmes(db, w.id, "governance")
    assert (p.lead_opd, p.horizon) == ("Diskominfo", "long")


# -- quick wins -----------------------------------------------------------------------------------


def test_quick_wins_rank_by_votes_counting_each_vote_once_then_rating(db):
    w = make_workshop(db)
    a = add_input(db, w.id, "Perizinan masih manual")
    b = add_input(db, w.id, "Warga bolak-balik ke kantor dinas", position=1)
    c = add_input(db, w.id, "Website OPD tidak diperbarui", position=2)
    d = add_input(db, w.id, "Data tidak terintegrasi", position=3)
    theme = _theme(db, w.id, "Layanan perizinan", [a.id, b.id])
    _vote(db, w.id, 5, cluster_id=theme.id)  # counted once although two inputs share the theme
    _vote(db, w.id, 2, input_id=a.id)
    _vote(db, w.id, 6, input_id=c.id)
    _vote(db, w.id, 50, input_id=d.id)  # on a medium-term programme: not in the shortlist

    promote_to_programme(db, w.id, "governance", input_ids=[a.id, b.id], name="Perizinan daring",
                         horizon="quick_win")
    promote_to_programme(db, w.id, "governance", input_ids=[c.id], name="Portal OPD", horizon="quick_win")
    promote_to_programme(db, w.id, "governance", input_ids=[c.id], name="Portal OPD terpadu", horizon="quick_win")
    promote_to_programme(db, w.id, "governance", input_ids=[d.id], name="Satu data", horizon="medium")
    add_programme(db, w.id, "governance", "Tanpa suara")
    ids = {p.name: p.id for p in list_programmes(db, w.id, "governance")}
    update_programme(db, ids["Portal OPD terpadu"], impact=4, feasibility=4)
    update_programme(db, ids["Portal OPD"], impact=2, feasibility=5)
    update_programme(db, ids["Tanpa suara"], horizon="quick_win")

    ranked = quick_wins(db, w.id, "governance")
    assert [(q.rank, q.name, q.votes, q.score) for q in ranked] == [
        (1, "Perizinan daring", 7, None),
        (2, "Portal OPD terpadu", 6, 16),
        (3, "Portal OPD", 6, 10),
        (4, "Tanpa suara", 0, None),
    ]
    assert quick_wins(db, w.id, "economy") == []


def test_unrated_quick_wins_follow_rated_ones_with_equal_votes(db):
    w = make_workshop(db)
    for name in ("Pertama", "Kedua", "Ketiga"):
        add_programme(db, w.id, "governance", name)
    ids = {p.name: p.id for p in list_programmes(db, w.id, "governance")}
    for name in ids:
        update_programme(db, ids[name], horizon="quick_win")
    update_programme(db, ids["Ketiga"], impact=1, feasibility=1)
    assert [q.name for q in quick_wins(db, w.id)] == ["Ketiga", "Pertama", "Kedua"]


# -- follow-up actions ------------------------------------------------------------------------------


def test_actions_are_added_listed_updated_and_undone(db):
    w = make_workshop(db)
    change = add_action(db, w.id, "governance", "Menyusun draf Perbup Smart City", owner="Bagian Hukum",
                        due_date="2021-08-31")
    (a,) = list_actions(db, w.id, "governance")
    assert (a.text, a.owner, a.due_date, a.status) == ("Menyusun draf Perbup Smart City", "Bagian Hukum",
                                                       dt.date(2021, 8, 31), "open")
    update_action(db, a.id, status="done", due_date=dt.date(2021, 9, 30))
    (a,) = list_actions(db, w.id)
    assert (a.status, a.due_date) == ("done", dt.date(2021, 9, 30))
    edit = update_action(db, a.id, due_date=None)
    assert list_actions(db, w.id)[0].due_date is None
    changes.revert(db, edit)
    assert list_actions(db, w.id)[0].due_date == dt.date(2021, 9, 30)
    removal = remove_action(db, a.id)
    assert list_actions(db, w.id) == []
    changes.revert(db, removal)
    assert [r.text for r in list_actions(db, w.id)] == ["Menyusun draf Perbup Smart City"]
    changes.revert(db, change)
    assert list_actions(db, w.id) == []


@pytest.mark.parametrize(("due", "code"), [
    ("1921-06-17", "setup.date_out_of_range"),
    (dt.date(2999, 1, 1), "setup.date_out_of_range"),
    ("31/02/2022", "setup.bad_date"),
    ("2021-06-16", "action.due_before_workshop"),  # the day before the workshop (2021-06-17)
])
def test_absurd_due_dates_are_refused(db, due, code):
    w = make_workshop(db)
    with pytest.raises(UserError) as refused:
        add_action(db, w.id, "governance", "Menyusun draf Perbup Smart City", due_date=due)
    assert refused.value.code == code
    assert all(_messages(refused.value))
    assert list_actions(db, w.id) == []


def test_action_refusals():
    with pytest.raises(UserError) as empty:
        action_changes({"text": "  "})
    assert empty.value.code == "action.text_required"
    with pytest.raises(UserError) as status:
        action_changes({"status": "maybe"})
    assert status.value.code == "action.bad_status"
    assert action_changes({"due_date": "2021-06-17"}, held_on="2021-06-17") == {"due_date": "2021-06-17"}


# -- what the grids read ----------------------------------------------------------------------------


def test_inputs_by_kind_groups_the_pillars_inputs_with_speakers(db):
    w = make_workshop(db, pillars=["governance", "economy"])
    speaker = add_participant(db, w.id, "Yohanes Lung", institution="Diskominfo")
    add_input(db, w.id, "SDM TIK terbatas", kind="weakness", position=2)
    add_input(db, w.id, "Komitmen bupati kuat", kind="strength", speaker_id=speaker.id, position=1)
    add_input(db, w.id, "Jaringan internet belum menjangkau 9 kecamatan", kind="weakness", position=0)
    add_input(db, w.id, "Pasar digital", kind="strength", pillar_key="economy", element_key=None)
    add_input(db, w.id, "Sekadar catatan", kind="note")
    shy = add_participant(db, w.id, "Anonim", consent_name=False)
    add_input(db, w.id, "Ancaman siber", kind="threat", speaker_id=shy.id)

    found = inputs_by_kind(db, w.id, "governance", ["strength", "weakness", "threat"])
    assert [(t, s) for _, t, s in found["strength"]] == [("Komitmen bupati kuat", "Yohanes Lung")]
    assert [t for _, t, _ in found["weakness"]] == ["Jaringan internet belum menjangkau 9 kecamatan",
                                                     "SDM TIK terbatas"]
    assert [(t, s) for _, t, s in found["threat"]] == [("Ancaman siber", "")]  # no consent to be named
    assert inputs_by_kind(db, w.id, "governance", ["decision"]) == {"decision": []}
