"""`fgd-app export minutes|masterplan` after `fgd-app demo`: every language and format, opened
by real readers (python-docx, LibreOffice, poppler)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from fgd_app.cli import main

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
POPPLER = shutil.which("pdftotext") and shutil.which("pdffonts")


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """The demo's minutes and masterplan in id/en x docx/pdf, made through the CLI once."""
    import os

    home = tmp_path_factory.mktemp("home")
    out = tmp_path_factory.mktemp("docs")
    previous = os.environ.get("FGD_APP_HOME")
    os.environ["FGD_APP_HOME"] = str(home)
    try:
        assert main(["demo"]) == 0
        workshop = _demo_id()
        from fgd_app.paths import default_db_path

        files = {("database", "", ""): default_db_path()}  # for the privacy check; not a document
        for kind in ("minutes", "masterplan"):
            for lang in ("id", "en"):
                for fmt in ("docx", "pdf"):
                    path = out / f"{kind}-{lang}.{fmt}"
                    extra = ["--paper", "f4"] if (kind, lang, fmt) == ("minutes", "id", "pdf") else []
                    code = main(["export", kind, workshop, "--format", fmt, "-o", str(path), "--lang", lang,
                                 *extra])
                    assert code == 0 and path.stat().st_size > 10_000
                    files[(kind, lang, fmt)] = path
        return files
    finally:
        if previous is None:
            os.environ.pop("FGD_APP_HOME", None)
        else:
            os.environ["FGD_APP_HOME"] = previous


def _demo_id() -> str:
    from fgd_app.services.workshops import list_workshops
    from fgd_app.store.database import open_database

    with open_database() as db:
        return list_workshops(db)[0].id


EXPECTED = {
    ("minutes", "id"): ["NOTULEN", "Kamis, 17 Juni 2021", "Pembahasan", "Tindak lanjut", "Lampiran 1. Daftar Hadir",
                        "Ir. Yohanes Lahang, M.Si.", "WITA"],
    ("minutes", "en"): ["MINUTES", "Thursday, 17 June 2021", "Discussion", "Follow-up actions",
                        "Attachment 1. Attendance list", "Ir. Yohanes Lahang, M.Si."],
    ("masterplan", "id"): ["DRAF MASTERPLAN SMART CITY", "KABUPATEN KUTAI BARAT", "Analisis SWOT", "Peta jalan",
                           "Matriks tanggung jawab OPD", "Layanan Adminduk Jemput Bola Terjadwal Daring"],
    ("masterplan", "en"): ["DRAFT SMART CITY MASTERPLAN", "SWOT analysis", "Roadmap", "OPD responsibility matrix",
                           "Layanan Adminduk Jemput Bola Terjadwal Daring"],
}


def _words(text: str) -> str:
    return " ".join(text.split())


def test_every_docx_reloads_with_python_docx(exported):
    import docx

    for (kind, lang, fmt), path in exported.items():
        if fmt != "docx":
            continue
        document = docx.Document(str(path))
        body = [p.text for p in document.paragraphs]
        body += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
        text = _words("\n".join(body))
        for expected in EXPECTED[(kind, lang)]:
            assert expected in text, (kind, lang, expected)


@pytest.mark.skipif(not SOFFICE, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_converts_every_docx(exported, tmp_path):
    docx_files = [str(p) for (_, _, fmt), p in exported.items() if fmt == "docx"]
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), *docx_files],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    for name in docx_files:
        converted = tmp_path / (Path(name).stem + ".pdf")
        assert converted.exists() and converted.read_bytes().startswith(b"%PDF"), result.stdout + result.stderr


@pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext, pdffonts) is not installed")
def test_every_pdf_embeds_its_fonts_and_reads_back(exported):
    for (kind, lang, fmt), path in exported.items():
        if fmt != "pdf":
            continue
        fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        rows = fonts.splitlines()[2:]
        assert rows, fonts
        assert all(" yes " in row.split("  ", 1)[1] for row in rows), fonts  # the emb column
        text = _words(subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                                     check=True).stdout)
        for expected in EXPECTED[(kind, lang)]:
            assert expected in text, (kind, lang, expected)
    info = subprocess.run(["pdfinfo", str(exported[("minutes", "id", "pdf")])], capture_output=True, text=True).stdout
    assert "609.449 x 935.433 pts" in info  # F4: 215 x 330 mm


def test_a_failed_export_leaves_no_file_and_a_locked_target_is_explained(tmp_path, monkeypatch, capsys):
    import fgd_app.fileio
    from fgd_app.documents import export

    assert main(["demo"]) == 0
    workshop = _demo_id()
    out = tmp_path / "out"
    out.mkdir()
    target = out / "notulen.pdf"

    def broken(doc, fmt):
        raise RuntimeError("renderer crashed")

    with monkeypatch.context() as patched:
        patched.setattr(export, "render", broken)
        with pytest.raises(RuntimeError):
            main(["export", "minutes", workshop, "-o", str(target)])
    assert list(out.iterdir()) == []

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched:  # the disk fills up while the file is being written
        patched.setattr(fgd_app.fileio.os, "fsync", disk_full)
        assert main(["export", "minutes", workshop, "-o", str(target)]) == 1
    assert "No space left on device" in capsys.readouterr().err
    assert list(out.iterdir()) == []  # no half file, no temporary file left behind

    target.write_bytes(b"the old minutes")

    def locked(src, dst):
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(fgd_app.fileio.os, "replace", locked)
    assert main(["export", "minutes", workshop, "-o", str(target)]) == 1
    assert "open in another program" in capsys.readouterr().err
    assert target.read_bytes() == b"the old minutes"
    assert [p.name for p in out.iterdir()] == ["notulen.pdf"]
    assert main(["export", "minutes", workshop, "-o", str(out / "notulen.odt")]) == 1
    assert "Unknown format" in capsys.readouterr().err


@pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext) is not installed")
def test_rendered_minutes_hold_no_phones_emails_or_names_withheld(exported):
    """The privacy rule checked on what a reader of the files sees, not only on the model."""
    import docx

    from fgd_app.store.database import open_database

    with open_database(exported[("database", "", "")]) as db:
        people = db.rows("SELECT name, phone, email, consent_name FROM participant")
    for (kind, lang, fmt), path in exported.items():
        if kind != "minutes":
            continue
        if fmt == "pdf":
            text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
        else:
            document = docx.Document(str(path))
            text = "\n".join([p.text for p in document.paragraphs] + [
                c.text for t in document.tables for r in t.rows for c in r.cells])
        text = _words(text)
        for name, phone, email, consent_name in people:
            assert not phone or phone not in text, (path.name, name)
            assert not email or email not in text, (path.name, name)
            assert consent_name or name not in text, (path.name, name)
