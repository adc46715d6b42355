"""What can be checked for Windows on Linux: odd paths end to end, CRLF/BOM/ANSI roster files,
the retried atomic rename, file names Windows accepts, output in the ANSI code page.
The rest is the tester's checklist in docs/windows.md."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest

from fgd_app.errors import UserError
from fgd_app.services import roster_import as ri
from fgd_app.services.participants import list_participants
from tests.helpers import make_workshop

ODD_FOLDER = ("Data Bu Sri", "Lokakarya Kutai Barat – Ñusantara ü")


def cli(*args: str | Path, home: Path, env_extra: dict | None = None, encoding: str = "utf-8") -> SimpleNamespace:
    env = {**os.environ, "FGD_APP_HOME": str(home), **(env_extra or {})}
    result = subprocess.run([sys.executable, "-m", "fgd_app", *map(str, args)], capture_output=True, env=env,
                            timeout=180)
    return SimpleNamespace(returncode=result.returncode, stdout=result.stdout.decode(encoding),
                           stderr=result.stderr.decode(encoding, "replace"))


# -- paths with spaces and non-ASCII letters, end to end through the CLI -----------------------------------


def test_spaces_and_non_ascii_in_every_path_through_the_cli(tmp_path):
    home = tmp_path.joinpath(*ODD_FOLDER)
    db = home / "Basis Data – FGD ü.sqlite3"
    out = tmp_path / "Dokumen Hasil – Ñusantara ü"
    made = cli("--db", db, "demo", home=home)
    assert made.returncode == 0, made.stderr
    workshop = made.stdout.strip()

    pdf, docx_file = out / "Notulen FGD – Kutai Barat ü.pdf", out / "Notulen FGD – Kutai Barat ü.docx"
    for target in (pdf, docx_file):
        written = cli("--db", db, "export", "minutes", workshop, "-o", target, "--lang", "en", home=home)
        assert written.returncode == 0, written.stderr
        assert written.stdout.strip() == str(target)
    assert pdf.read_bytes().startswith(b"%PDF-")
    import docx

    text = "\n".join(p.text for p in docx.Document(str(docx_file)).paragraphs)
    assert "Kutai Barat" in text

    bundle = out / "paket Kutai Barat – ü.fgdb"
    exported = cli("--db", db, "bundle", "export", "-o", bundle, home=home)
    assert exported.returncode == 0, exported.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted([pdf.name, docx_file.name, bundle.name])  # no temporaries

    other_home = tmp_path / "Laptop Koordinator – Ñ ü" / "data fgd"
    other_db = other_home / "Koordinator ü.sqlite3"
    imported = cli("--db", other_db, "bundle", "import", "--trust", bundle, home=other_home)
    assert imported.returncode == 0, imported.stderr
    listed = cli("--db", other_db, "workshops", "--json", home=other_home)
    assert [w["id"] for w in json.loads(listed.stdout)] == [workshop]
    for home_dir, path in ((home, db), (other_home, other_db)):
        checked = cli("--db", path, "check", "--full", home=home_dir)
        assert checked.returncode == 0, checked.stderr
        assert checked.stdout.startswith(f"ok: {path} ")
    assert (home / "keys" / "device.key").is_file() and (other_home / "keys" / "device.key").is_file()


def test_output_in_the_windows_ansi_code_page_never_crashes(tmp_path):
    """A redirected stdout on Windows is cp1252: the QR code's blocks and some letters do not exist there."""
    home = tmp_path / "home"
    ansi = {"PYTHONIOENCODING": "cp1252"}
    shown = cli("keys", "show", home=home, env_extra=ansi, encoding="cp1252")
    assert shown.returncode == 0, shown.stderr
    assert "fingerprint:" in shown.stdout and "?" in shown.stdout  # the QR blocks, replaced
    workshop = cli("demo", home=home, env_extra=ansi).stdout.strip()
    target = tmp_path / "Notulen Ștefan ü.pdf"  # Ș is not in cp1252, ü is
    written = cli("export", "minutes", workshop, "-o", target, home=home, env_extra=ansi, encoding="cp1252")
    assert written.returncode == 0, written.stderr
    assert target.is_file() and written.stdout.strip().endswith("Notulen ?tefan ü.pdf")


# -- roster files as Windows makes them ----------------------------------------------------------------------

ROSTER = [
    "Nama;Jabatan;NIP;Instansi;L/P;No HP",
    "Yohanés Lung;Kepala Bidang;;Diskominfo;L;0812 3456 7890",
    'Désy Ñoman;Staf;;"Bappeda\nBidang Ekonomi";P;',
    "Agus Salim;Camat;198001012005011001;Kecamatan Barong Tongkok;L;",
]


@pytest.mark.parametrize("variant", ["crlf", "crlf-bom", "cp1252-crlf", "utf16-crlf", "crlf-no-final-newline"])
def test_roster_csv_as_windows_writes_it_imports_the_same_people_as_lf(tmp_path, db, variant):
    """Excel on Windows saves CRLF, often with a BOM, or in the ANSI code page; the result must not differ."""
    lf = "\n".join(ROSTER) + "\n"
    crlf = lf.replace("\n", "\r\n")
    data = {
        "crlf": crlf.encode("utf-8"),
        "crlf-bom": b"\xef\xbb\xbf" + crlf.encode("utf-8"),
        "cp1252-crlf": crlf.encode("cp1252"),
        "utf16-crlf": b"\xff\xfe" + crlf.encode("utf-16-le"),
        "crlf-no-final-newline": crlf.rstrip("\r\n").encode("utf-8"),
    }[variant]

    def people(name: str, raw: bytes):
        path = tmp_path / name
        path.write_bytes(raw)
        table = ri.read_table(path)
        workshop = make_workshop(db, title=name)
        report = ri.import_rows(db, workshop.id, table, ri.suggest_mapping(table.headers))
        assert report.imported == 3 and not report.errors
        return table, [(p.name, p.position, p.nip, p.institution, p.gender, p.phone)
                       for p in list_participants(db, workshop.id)]

    lf_table, expected = people("peserta-lf.csv", lf.encode("utf-8"))
    table, found = people(f"peserta-{variant}.csv", data)
    assert table.headers == lf_table.headers == ROSTER[0].split(";")
    assert found == expected
    assert ("Désy Ñoman" in {p[0] for p in found}) and all("\r" not in str(v) for p in found for v in p)


# -- the atomic rename, retried while Windows holds the target ----------------------------------------------


@pytest.fixture
def flaky_replace(monkeypatch):
    """os.replace failing with PermissionError the first `failures` times; pauses recorded, not slept."""
    import fgd_app.fileio as fileio

    state = SimpleNamespace(failures=0, calls=0, pauses=[])
    real_replace = os.replace

    def replace(src, dst):
        state.calls += 1
        if state.calls <= state.failures:
            raise PermissionError(13, "The process cannot access the file because it is being used")
        real_replace(src, dst)

    monkeypatch.setattr(fileio.os, "replace", replace)
    monkeypatch.setattr(fileio, "time", SimpleNamespace(sleep=state.pauses.append))
    return state


def test_a_briefly_held_target_is_written_after_a_retry(tmp_path, flaky_replace):
    from fgd_app.fileio import atomic_write_bytes

    target = tmp_path / "Notulen ü.pdf"
    target.write_bytes(b"old")
    flaky_replace.failures = 3  # an antivirus scanner holding the file for a moment
    assert atomic_write_bytes(target, b"new") == target
    assert target.read_bytes() == b"new"
    assert flaky_replace.calls == 4 and len(flaky_replace.pauses) == 3
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_target_held_for_long_is_reported_locked_after_about_a_second(tmp_path, flaky_replace):
    from fgd_app.fileio import REPLACE_RETRY_DELAYS, atomic_write_bytes

    target = tmp_path / "Notulen ü.pdf"
    target.write_bytes(b"old")
    flaky_replace.failures = 1_000  # open in Word
    with pytest.raises(UserError) as err:
        atomic_write_bytes(target, b"new")
    assert err.value.code == "export.locked"
    assert flaky_replace.calls == len(REPLACE_RETRY_DELAYS) + 1
    assert 0.5 <= sum(flaky_replace.pauses) <= 1.5
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == [target.name]


def test_other_write_errors_are_not_retried(tmp_path, monkeypatch, flaky_replace):
    import fgd_app.fileio as fileio
    from fgd_app.fileio import atomic_write_bytes

    def disk_full(src, dst):
        flaky_replace.calls += 1
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fileio.os, "replace", disk_full)
    with pytest.raises(UserError) as err:
        atomic_write_bytes(tmp_path / "x.pdf", b"new")
    assert err.value.code == "export.write_failed"
    assert flaky_replace.calls == 1 and flaky_replace.pauses == []


# -- file names the app makes up are valid on Windows -------------------------------------------------------

FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)}
RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
HOSTILE = ['Kota "Baru": Selatan/Utara?', "Kab. Toli-Toli.", "CON", "nul ", "Ñusantara – Ü <x>|*", "  ",
           "a\\b", "12:30", "Tab\there\nline", "LPT1.txt", "Tojo Una-Una "]


def windows_problem(name: str) -> str | None:
    """Why Windows would refuse `name` as a file name, or None."""
    if not name or len(name) > 255:
        return "empty or too long"
    if set(name) & FORBIDDEN:
        return f"forbidden characters {sorted(set(name) & FORBIDDEN)}"
    if name[-1] in ". ":
        return "ends with a dot or a space"
    if name.split(".")[0].rstrip(" ").upper() in RESERVED:
        return "a reserved device name"
    return None


def test_the_windows_name_rules_themselves():
    for bad in ("12:30.pdf", "CON.pdf", "nul", "com1.fgdb", "x.", "x ", "a/b", 'say "hi"', "tab\t", ""):
        assert windows_problem(bad), bad
    for good in ("Notulen-FGD-Kutai-Barat-2021-06-17.pdf", ".x.pdf.tmp", "CONSOLE.pdf", "Ñusantara ü.docx"):
        assert windows_problem(good) is None, good


def regency_names(db) -> list[tuple[str, str, str]]:
    return db.rows("SELECT code, name, kind FROM regency ORDER BY code")


def test_suggested_document_bundle_and_list_names_are_valid_on_windows(db, qapp):
    from fgd_app.services import roster_export
    from fgd_app.ui.coordinator_panel import CoordinatorPanel
    from fgd_app.ui.documents_page import MASTERPLAN, MINUTES, DocumentsPage, Options
    from fgd_app.ui.sync_export import BUNDLE_SUFFIX, RECEIPT_SUFFIX, ExportSection

    names = []
    device = "01a20424-e200-71da-ae80-5392293e4895"
    places = [(name, kind) for _, name, kind in regency_names(db)] + [(h, "kabupaten") for h in HOSTILE]
    assert len(places) > 500
    for place, kind in places:
        for kind_of_doc, lang, pillar in ((MINUTES, "id", None), (MASTERPLAN, "en", "economy")):
            page = SimpleNamespace(db=db, _facts=SimpleNamespace(place_for_signature=place,
                                                                 held_on=dt.date(2021, 6, 17)))
            options = Options(kind=kind_of_doc, lang=lang, pillar=pillar)
            names += [DocumentsPage.default_file_name(page, fmt, options) for fmt in ("pdf", "docx")]
        fake_db = SimpleNamespace(scalar=lambda *a, p=place, k=kind: k if "kind" in a[0] else p, device_id=device,
                                  rows=lambda *a, p=place: [(p, "2021-06-17")])
        section = SimpleNamespace(db=fake_db, ui=SimpleNamespace(scope_combo=SimpleNamespace(currentData=lambda: "w1")))
        names += [ExportSection.default_file_name(section, suffix) for suffix in (BUNDLE_SUFFIX, RECEIPT_SUFFIX)]
        overview = SimpleNamespace(regency_code="64.07", regency_name=place)
        names += [CoordinatorPanel.default_file_name(SimpleNamespace(db=fake_db), overview, lang, "pdf")
                  for lang in ("id", "en")]
        names.append(roster_export.default_file_name(fake_db, "w1"))
    problems = {name: windows_problem(name) for name in names if windows_problem(name)}
    assert problems == {}
    assert "Notulen-FGD-Kabupaten-Kutai-Barat-2021-06-17.pdf" in names  # the real composition was exercised


def test_backup_snapshot_names_are_valid_on_windows(tmp_path):
    from fgd_app.store import backups
    from fgd_app.store.database import open_database

    db_path = tmp_path.joinpath(*ODD_FOLDER) / "Basis Data ü.sqlite3"
    open_database(db_path).close()
    made = [backups.snapshot(db_path, reason) for reason in backups.KEEP]
    assert all(path.is_file() for path in made)
    assert {path.name: windows_problem(path.name) for path in made if windows_problem(path.name)} == {}


def test_a_bundle_holds_only_portable_member_names(tmp_path, db):
    """Bundles cross between Windows and Linux laptops: no backslashes, no absolute or '..' members."""
    from fgd_app.services.demo import ensure_demo
    from fgd_app.sync.exporter import export_bundle

    ensure_demo(db)
    result = export_bundle(db, tmp_path / "paket ü.fgdb")
    with zipfile.ZipFile(result.path) as archive:
        members = archive.namelist()
    assert members
    for member in members:
        assert not member.startswith("/") and "\\" not in member and ".." not in member.split("/")
        assert all(windows_problem(part) is None for part in member.split("/")), member
