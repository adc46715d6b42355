"""Reading participant lists from CSV and XLSX, previewing them and importing all-or-nothing."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from fgd_app.errors import UserError
from fgd_app.services import roster_import as ri
from fgd_app.services.participants import list_participants
from fgd_app.store.replay import dump_hash
from fgd_app.store.tx import Tx
from tests.helpers import add_participant, make_workshop

HEADER = "Nama;Jabatan;NIP;Instansi;L/P;No HP"


@pytest.fixture
def workshop(db):
    return make_workshop(db)


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def load(tmp_path, text: str, encoding: str = "utf-8", name: str = "peserta.csv") -> ri.Table:
    return ri.read_table(write(tmp_path, name, text.encode(encoding)))


def run_import(db, workshop, table):
    return ri.import_rows(db, workshop.id, table, ri.suggest_mapping(table.headers))


# -- encodings and separators -------------------------------------------------------------------


def test_windows_1252_file_keeps_accented_names(tmp_path, db, workshop):
    table = load(tmp_path, f"{HEADER}\r\nYohanés Lung;Kepala Bidang;;Diskominfo;L;\r\n", encoding="cp1252")
    assert table.rows[0][0] == "Yohanés Lung"
    report = run_import(db, workshop, table)
    assert report.imported == 1
    assert [p.name for p in list_participants(db, workshop.id)] == ["Yohanés Lung"]


def test_utf8_with_bom_has_a_clean_first_header(tmp_path):
    table = ri.read_table(write(tmp_path, "bom.csv", b"\xef\xbb\xbf" + f"{HEADER}\nSiti Rahayu;;;;P;\n".encode()))
    assert table.headers[0] == "Nama"
    assert ri.suggest_mapping(table.headers)["name"] == 0


def test_utf8_without_bom_is_not_mistaken_for_windows_1252(tmp_path):
    table = load(tmp_path, f"{HEADER}\nYohanés Lung;;;;L;\n")
    assert table.rows[0][0] == "Yohanés Lung"


def test_utf16_unicode_text_from_excel_is_read(tmp_path):
    text = "Nama\tInstansi\r\nYohanés Lung\tDiskominfo\r\n"
    table = ri.read_table(write(tmp_path, "unicode.txt", b"\xff\xfe" + text.encode("utf-16-le")))
    assert table.headers == ["Nama", "Instansi"] and table.rows == [["Yohanés Lung", "Diskominfo"]]


@pytest.mark.parametrize("separator", [";", ",", "\t"])
def test_separator_is_detected(tmp_path, separator):
    text = "\n".join(separator.join(r) for r in (
        ["Nama", "Jabatan", "Instansi"],
        ['"Paulus Beraq, S.Sos., M.Si."' if separator != "," else '"Paulus Beraq, S.Sos., M.Si."',
         "Kepala Dinas", "Diskominfo SP"],
        ["Maria Uluq", "Pranata Komputer", "Diskominfo SP"],
    ))
    table = load(tmp_path, text)
    assert table.headers == ["Nama", "Jabatan", "Instansi"]
    assert table.rows[0] == ["Paulus Beraq, S.Sos., M.Si.", "Kepala Dinas", "Diskominfo SP"]


def test_semicolon_wins_even_when_names_contain_commas(tmp_path):
    text = "Nama;Jabatan\nDrs. Paulus, M.Si.;Kepala Dinas\nIr. Yohanes, M.T.;Kepala Bidang\n"
    table = load(tmp_path, text)
    assert table.rows == [["Drs. Paulus, M.Si.", "Kepala Dinas"], ["Ir. Yohanes, M.T.", "Kepala Bidang"]]
    assert ri.detect_delimiter(text) == ";"


def test_one_column_list_of_names(tmp_path):
    table = load(tmp_path, "Nama\nAgus\nBudi\n")
    assert table.headers == ["Nama"] and table.rows == [["Agus"], ["Budi"]]


def test_crlf_empty_rows_and_row_numbers_as_in_the_spreadsheet(tmp_path):
    text = f"{HEADER}\r\nAgus;;;;L;\r\n;;;;;\r\n\r\nBudi;;;;L;\r\n  ;  ;;;;\r\nCitra;;;;P;\r\n"
    table = load(tmp_path, text)
    assert [r[0] for r in table.rows] == ["Agus", "Budi", "Citra"]
    assert table.row_numbers == [2, 5, 7]


def test_title_rows_above_the_header_are_skipped(tmp_path):
    text = "DAFTAR PESERTA FGD SMART CITY;;\nKabupaten Kutai Barat;;\n;;\nNo;Nama Lengkap;Instansi\n1;Agus;Bappeda\n"
    table = load(tmp_path, text)
    assert table.headers == ["No", "Nama Lengkap", "Instansi"]
    assert table.row_numbers == [5]
    assert ri.suggest_mapping(table.headers)["name"] == 1


# -- mapping ----------------------------------------------------------------------------------


@pytest.mark.parametrize("headers, expected", [
    (["No", "Nama", "Jabatan", "NIP", "Instansi", "L/P", "No. HP", "Email"],
     dict(name=1, position=2, nip=3, institution=4, gender=5, phone=6, email=7)),
    (["Name", "Position", "Institution", "Gender", "Phone", "E-mail"],
     dict(name=0, position=1, nip=None, institution=2, gender=3, phone=4, email=5)),
    (["NAMA LENGKAP DAN GELAR", "Unit Kerja", "Jenis Kelamin", "Telepon/WA", "Surel", "NIP"],
     dict(name=0, position=None, nip=5, institution=1, gender=2, phone=3, email=4)),
    (["Nama Peserta", "OPD", "JK", "WhatsApp"],
     dict(name=0, position=None, nip=None, institution=1, gender=2, phone=3, email=None)),
    (["Kolom A", "Kolom B"], dict.fromkeys(("name", "position", "nip", "institution", "gender", "phone", "email"))),
])
def test_mapping_is_suggested_from_indonesian_and_english_headers(headers, expected):
    assert ri.suggest_mapping(headers) == expected


def test_preview_needs_a_name_column(tmp_path):
    table = load(tmp_path, "Kolom A;Kolom B\nx;y\n")
    with pytest.raises(UserError) as info:
        ri.preview(table, ri.suggest_mapping(table.headers))
    assert info.value.code == "roster.no_name_column"


# -- per-row validation -----------------------------------------------------------------------


def test_bad_rows_are_reported_with_spreadsheet_row_numbers_and_good_rows_imported(tmp_path, db, workshop):
    text = "\n".join([
        HEADER,
        "Agus Salim;Staf;19680412 199403 1 007;Bappeda;Laki-laki;0812 5471 3306",
        ";Staf;;Bappeda;L;",  # row 3: no name
        "Budi;Staf;12345;Bappeda;X;",  # row 4: NIP and gender wrong
        "Citra;Staf;;Bappeda;Wanita;telepon kantor",  # row 5: phone wrong
        "Dewi;" + "x" * 201 + ";;;;",  # row 6: position too long
    ])
    table = load(tmp_path, text)
    results = ri.preview(table, ri.suggest_mapping(table.headers))
    assert [(r.row, r.status) for r in results] == [(2, "ok"), (3, "error"), (4, "error"), (5, "error"), (6, "error")]
    assert results[0].record == dict(name="Agus Salim", position="Staf", nip="196804121994031007",
                                     institution="Bappeda", gender="L", phone="0812 5471 3306")
    assert results[2].message("en") == (
        "Row 4: NIP: '12345' is not valid: a NIP has 18 digits. L/P: Unknown gender 'X'; write L (male) or P "
        "(female).")
    assert results[1].message("id") == "Baris 3: Nama: Nama peserta wajib diisi."
    assert "Jabatan: Text too long (201 characters; at most 200)" in results[4].message("en")

    before = db.scalar("SELECT count(*) FROM revision")
    report = run_import(db, workshop, table)
    assert report.imported == 1 and [r.row for r in report.errors] == [3, 4, 5, 6] and report.skipped == []
    assert db.scalar("SELECT count(*) FROM revision") == before + 1
    lines = list(ri.iter_problem_lines(report, "en"))
    assert len(lines) == 4 and lines[0].startswith("Row 3: ")


def test_template_rows_with_only_a_number_are_blank_not_errors(tmp_path, db, workshop):
    text = "No;Nama;Instansi\n1;Agus;Bappeda\n2;;\n3;;\n4;;\n"
    table = load(tmp_path, text)
    report = run_import(db, workshop, table)
    assert (report.imported, report.errors, report.blank) == (1, [], 3)


# -- duplicates -------------------------------------------------------------------------------


def test_duplicates_in_the_file_and_in_the_workshop_are_skipped(tmp_path, db, workshop):
    add_participant(db, workshop.id, name="Siti Rahayu", institution="Dinas Kesehatan")
    text = "\n".join([
        "Nama;Instansi",
        "Agus Salim;Bappeda",
        "AGUS  SALIM;bappeda",  # row 3: same as row 2
        "Agus Salim;Dinas Pendidikan",  # another Agus: different agency
        "Siti Rahayu;Dinas Kesehatan",  # row 5: already registered
    ])
    table = load(tmp_path, text)
    report = run_import(db, workshop, table)
    assert report.imported == 2 and report.errors == []
    assert [(r.row, r.problems[0][1].code) for r in report.skipped] == [
        (3, "roster.duplicate_in_file"), (5, "roster.duplicate_existing")]
    assert report.skipped[0].message("en") == "Row 3: Same name and agency as row 2; skipped."
    names = sorted((p.name, p.institution) for p in list_participants(db, workshop.id))
    assert names == [("Agus Salim", "Bappeda"), ("Agus Salim", "Dinas Pendidikan"), ("Siti Rahayu", "Dinas Kesehatan")]
    again = run_import(db, workshop, table)  # importing the same list twice is harmless
    assert again.imported == 0 and len(again.skipped) == 4


# -- 10,000 rows ------------------------------------------------------------------------------


def test_ten_thousand_rows_preview_and_import_in_one_transaction(tmp_path, db, workshop):
    lines = [HEADER + ";Email"]
    for n in range(10_000):
        lines.append(f"Peserta {n:05d};Staf Bidang {n % 7};{198001012005011000 + n};Dinas {n % 40};{'LP'[n % 2]};"
                     f"0812{n:07d};peserta{n}@contoh.go.id")
    path = write(tmp_path, "besar.csv", "\r\n".join(lines).encode("utf-8"))
    start = time.perf_counter()
    table = ri.read_table(path)
    mapping = ri.suggest_mapping(table.headers)
    assert sum(r.status == "ok" for r in ri.preview(table, mapping)) == 10_000
    report = ri.import_rows(db, workshop.id, table, mapping)
    elapsed = time.perf_counter() - start
    print(f"\n10,000 rows: read + preview + import in {elapsed:.2f} s")
    assert report.imported == 10_000 and report.errors == [] and report.skipped == []
    assert db.scalar("SELECT count(*) FROM participant WHERE workshop_id = ?", (workshop.id,)) == 10_000
    assert elapsed < 30  # a few seconds on a laptop; generous for slow CI machines


# -- XLSX -------------------------------------------------------------------------------------


def make_xlsx(path, rows, sheet_title="Peserta", extra_sheets=()):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = sheet_title
    for row in rows:
        sheet.append(row)
    for title, rows_ in extra_sheets:
        other = book.create_sheet(title)
        for row in rows_:
            other.append(row)
    book.save(path)
    return path


def test_xlsx_wrong_cell_types(tmp_path, db, workshop):
    path = make_xlsx(tmp_path / "peserta.xlsx", [
        ["No", "Nama", "NIP", "Instansi", "L/P", "No HP", "Tanggal lahir"],
        [1, "Agus Salim", "196804121994031007", "Bappeda", "L", 81254713306, dt.date(1968, 4, 12)],
        [2.0, "Budi Santoso", 196804121994031007, "Bappeda", "L", None, None],  # NIP typed as a number
        [3, "Citra Dewi", dt.datetime(2021, 6, 17), "Bappeda", "P", "0852-1", None],  # date in the NIP column
        [4, "Dedi", None, "Bappeda", True, None, None],  # a boolean as gender
        [5, 12345, None, 2021, "L", 8.5e10, None],  # numbers where text is expected
    ])
    table = ri.read_table(path)
    assert table.sheet == "Peserta" and table.sheets == ("Peserta",)
    assert table.rows[0][0] == "1" and table.rows[1][0] == "2"  # whole numbers without ".0"
    assert table.rows[0][5] == "81254713306"
    results = ri.preview(table, ri.suggest_mapping(table.headers))
    assert [r.status for r in results] == ["ok", "error", "error", "error", "ok"]
    assert results[0].record["phone"] == "081254713306"  # the 0 Excel dropped is put back
    assert results[1].problems[0][1].code == "roster.number_rounded"
    assert results[2].problems[0][0] == "NIP" and results[2].problems[0][1].code == "roster.date_cell"
    assert "2021-06-17" in results[2].message("en")
    assert results[3].problems[0][1].code == "participant.gender"
    assert results[4].record == dict(name="12345", nip="", institution="2021", gender="L", phone="085000000000")
    report = ri.import_rows(db, workshop.id, table, ri.suggest_mapping(table.headers))
    assert report.imported == 2 and [r.row for r in report.errors] == [3, 4, 5]


def test_xlsx_chosen_sheet_and_missing_sheet(tmp_path):
    path = make_xlsx(tmp_path / "dua.xlsx", [["Catatan"], ["bukan daftar"]],
                     sheet_title="Catatan", extra_sheets=[("Daftar", [["Nama", "OPD"], ["Agus", "Bappeda"]])])
    assert ri.sheet_names(path) == ["Catatan", "Daftar"]
    table = ri.read_table(path, sheet="Daftar")
    assert table.headers == ["Nama", "OPD"] and table.rows == [["Agus", "Bappeda"]] and table.row_numbers == [2]
    with pytest.raises(UserError) as info:
        ri.read_table(path, sheet="Tidak ada")
    assert info.value.code == "roster.no_sheet"


def test_xlsx_with_empty_rows_and_trailing_empty_columns(tmp_path):
    path = make_xlsx(tmp_path / "kosong.xlsx", [
        ["Nama", "Instansi", None, None], [None, None, None, None], ["Agus", "Bappeda", None, " "], [], ["Budi"],
    ])
    table = ri.read_table(path)
    assert table.headers == ["Nama", "Instansi"]
    assert table.rows == [["Agus", "Bappeda"], ["Budi", ""]] and table.row_numbers == [3, 5]


# -- malformed files: a clear error and nothing written ---------------------------------------


@pytest.mark.parametrize("name, data, code", [
    ("sampah.csv", bytes(range(256)) * 40, "roster.not_text"),
    ("foto.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(500), "roster.not_text"),
    ("kutip.csv", b'Nama;Instansi\nAgus;Bappeda\n"Budi;Bappeda\nCitra;Bappeda\n', "roster.bad_csv"),
    ("kutip2.csv", b'Nama;Instansi\n"Agus"x;Bappeda\n', "roster.bad_csv"),
    ("lama.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "roster.old_xls"),
    ("rusak.xlsx", b"PK\x03\x04" + bytes(300), "roster.bad_xlsx"),
    ("kosong.csv", b"\r\n;;\r\n", "roster.empty"),
])
def test_malformed_files_are_refused_and_the_database_is_unchanged(tmp_path, db, workshop, name, data, code):
    add_participant(db, workshop.id, name="Sudah Ada")
    before = dump_hash(db)
    with pytest.raises(UserError) as info:
        table = ri.read_table(write(tmp_path, name, data))
        ri.import_rows(db, workshop.id, table, ri.suggest_mapping(table.headers))
    assert info.value.code == code
    assert name in info.value.message("id") and name in info.value.message("en")
    assert dump_hash(db) == before


def test_unbalanced_quote_names_the_line(tmp_path):
    with pytest.raises(UserError) as info:
        ri.read_table(write(tmp_path, "kutip.csv", b'Nama;Instansi\r\nAgus;Bappeda\r\n"Budi;Bappeda\r\nCitra;X\r\n'))
    assert info.value.code == "roster.bad_csv" and info.value.params["line"] >= 3


def test_size_limits(tmp_path, monkeypatch):
    monkeypatch.setattr(ri, "MAX_FILE_BYTES", 100)
    with pytest.raises(UserError) as info:
        ri.read_table(write(tmp_path, "besar.csv", b"Nama\n" + b"Agus\n" * 50))
    assert info.value.code == "roster.too_large"
    monkeypatch.setattr(ri, "MAX_FILE_BYTES", 20 * 2**20)
    monkeypatch.setattr(ri, "MAX_ROWS", 10)
    with pytest.raises(UserError) as info:
        ri.read_table(write(tmp_path, "banyak.csv", b"Nama\n" + b"Agus\n" * 11))
    assert info.value.code == "roster.too_many_rows"
    assert len(ri.read_table(write(tmp_path, "pas.csv", b"Nama\n" + b"Agus\n" * 10)).rows) == 10
    with pytest.raises(UserError) as info:
        ri.read_table(write(tmp_path, "lebar.csv", (";".join(["x"] * 201) + "\n").encode()))
    assert info.value.code == "roster.too_many_columns"


def test_a_failure_mid_import_writes_nothing(tmp_path, db, workshop, monkeypatch):
    table = load(tmp_path, "Nama\n" + "\n".join(f"Peserta {n}" for n in range(10)))
    before = dump_hash(db)
    real_insert = Tx.insert
    calls = []

    def failing_insert(self, model, **fields):
        calls.append(1)
        if len(calls) == 6:
            raise RuntimeError("disk pulled out")
        return real_insert(self, model, **fields)

    monkeypatch.setattr(Tx, "insert", failing_insert)
    with pytest.raises(RuntimeError):
        run_import(db, workshop, table)
    assert len(calls) == 6
    assert dump_hash(db) == before


def test_import_into_a_missing_workshop_is_refused(tmp_path, db):
    table = load(tmp_path, "Nama\nAgus\n")
    with pytest.raises(UserError) as info:
        ri.import_rows(db, "missing", table, {"name": 0})
    assert info.value.code == "workshop.not_found"


# -- round trip with our own export -----------------------------------------------------------


def test_an_exported_attendance_list_imports_back(tmp_path, db):
    from fgd_app.services.demo import ensure_demo
    from fgd_app.services.roster_export import export_attendance

    demo, _ = ensure_demo(db)
    path = export_attendance(db, demo, tmp_path / "hadir.csv")
    target = make_workshop(db, title="FGD berikutnya")
    table = ri.read_table(path)
    report = ri.import_rows(db, target.id, table, ri.suggest_mapping(table.headers))
    assert report.imported == 40 and report.errors == []
    fields = lambda p: (p.name, p.position, p.nip, p.institution, p.gender)  # noqa: E731
    assert [fields(p) for p in list_participants(db, target.id)] == [fields(p) for p in list_participants(db, demo)]
