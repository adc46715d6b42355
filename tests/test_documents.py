"""The report model of the minutes and the masterplan draft: content, language, privacy."""

from __future__ import annotations

import pytest

from fgd_app.documents.masterplan import build_masterplan
from fgd_app.documents.minutes import build_minutes
from fgd_app.documents.model import BarChart, Heading, ImageCell, Signatures, Table, plain_text
from fgd_app.errors import UserError
from fgd_app.services.demo import ensure_demo


@pytest.fixture
def demo(db):
    workshop_id, _ = ensure_demo(db)
    return workshop_id


def _people(db, workshop_id):
    return db.rows("SELECT name, phone, email, consent_name, consent_phone, checked_in_at IS NOT NULL "
                   "FROM participant WHERE workshop_id = ?", (workshop_id,))


def test_minutes_follow_the_indonesian_layout(db, demo):
    doc = build_minutes(db, demo, "id")
    text = plain_text(doc)
    for expected in ("NOTULEN", "Hari, tanggal: Kamis, 17 Juni 2021", "WITA", "I. Peserta", "II. Susunan acara",
                     "III. Pembahasan", "IV. Hasil pemungutan suara dan prioritas", "V. Kesimpulan dan keputusan",
                     "VI. Tindak lanjut", "VII. Penutup", "Rapat ditutup pukul 15.55 WITA.",
                     "Lampiran 1. Daftar Hadir", "Lampiran 2. Dokumentasi", "PEMERINTAH KABUPATEN KUTAI BARAT"):
        assert expected in text, expected
    signatures = next(b for b in doc.blocks if isinstance(b, Signatures))
    assert signatures.left.role == "Notulis," and signatures.right.role == "Pimpinan Rapat,"
    assert signatures.right.above == "Kutai Barat, 17 Juni 2021"
    assert any(isinstance(b, BarChart) and b.values == tuple(sorted(b.values, reverse=True)) for b in doc.blocks)
    attendance = [b for b in doc.blocks if isinstance(b, Table) and "Tanda tangan" in b.header][0]
    signed = db.scalar("SELECT count(*) FROM participant WHERE workshop_id = ? AND consent_name "
                       "AND checked_in_at IS NOT NULL AND signature_sha256 IS NOT NULL", (demo,))
    assert sum(isinstance(c, ImageCell) for row in attendance.rows for c in row) == signed


def test_minutes_in_english_are_all_english(db, demo):
    text = plain_text(build_minutes(db, demo, "en"))
    for expected in ("MINUTES", "Day, date: Thursday, 17 June 2021", "III. Discussion", "VI. Follow-up actions",
                     "Attachment 1. Attendance list", "The meeting was closed at 15:55 WITA."):
        assert expected in text, expected
    for indonesian in ("Hari, tanggal", "Pembahasan", "Lampiran", "Kamis"):
        assert indonesian not in text


def test_phones_and_emails_stay_out_unless_chosen_and_refusers_are_only_counted(db, demo):
    people = _people(db, demo)
    text = plain_text(build_minutes(db, demo, "id"))
    for name, phone, email, consent_name, _consent_phone, _present in people:
        if phone:
            assert phone not in text
        if email:
            assert email not in text
        if not consent_name:
            assert name not in text  # not as a speaker, not in the attendance list
    refusers_present = sum(1 for p in people if not p[3] and p[5])
    assert f"{refusers_present} peserta tidak bersedia namanya dicantumkan" in text

    with_phones = plain_text(build_minutes(db, demo, "id", include_phones=True))
    for name, phone, email, consent_name, consent_phone, present in people:
        if phone and consent_name and present:
            assert (phone in with_phones) == bool(consent_phone), name
        if email:
            assert email not in with_phones


def test_masterplan_for_one_pillar_or_all(db, demo):
    one = build_masterplan(db, demo, "id", pillar="economy")
    headings = [b.text for b in one.blocks if isinstance(b, Heading) and b.level == 1]
    assert headings == ["I. Pilar Smart Economy"]
    text = plain_text(one)
    for expected in ("Analisis", "Analisis SWOT", "Program menurut jangka waktu", "Quick win", "Peta jalan",
                     "Matriks tanggung jawab OPD", "Jejak masukan ke program", "OPD pengampu", "Tahun target"):
        assert expected in text, expected
    economy = db.rows("SELECT name FROM programme WHERE workshop_id = ? AND pillar_key = 'economy'", (demo,))
    assert economy and all(name in text for (name,) in economy)
    others = db.rows("SELECT name FROM programme WHERE workshop_id = ? AND pillar_key != 'economy'", (demo,))
    assert not any(name in text for (name,) in others)

    everything = build_masterplan(db, demo, "en")
    assert len([b for b in everything.blocks if isinstance(b, Heading) and b.level == 1]) == 6
    assert "Programmes by horizon" in plain_text(everything)
    with pytest.raises(UserError):
        build_masterplan(db, demo, "id", pillar="tourism")


def test_minutes_of_an_empty_workshop_say_so(db):
    from tests.helpers import make_workshop

    workshop = make_workshop(db)
    text = plain_text(build_minutes(db, workshop.id, "id"))
    assert "Tidak ada pemungutan suara." in text and "Tidak ada tindak lanjut yang dicatat." in text
    assert "Rapat belum ditutup saat notulen ini dibuat." in text
