"""`fgd-app selftest`: does this installation work, end to end, without a window?

Written for two readers: the smoke run of a built program (tools/smoke_dist.py), where a
file PyInstaller failed to collect shows up only at run time, and field support, where a
coordinator on the phone asks a facilitator to run one command and read back the lines.
Each check prints one line, "ok <name>: <detail>" or "FAILED <name>: <error>"; the exit
status is 0 only if every check passed.

The checks load what the app loads (fonts, catalogues, forms, migrations, python-docx's
template, libsodium, ...), open the current database the way every command does, and
export the demo workshop's minutes (PDF and Word) and masterplan (Word) into a temporary
folder. The demo comes from the current database when it is there; otherwise it is built
in a scratch database in that folder, so a self-test never adds a workshop to a
facilitator's real data (it would travel with their next sync bundle).

No Qt here: `fgd_app.ui.selftest` adds the window checks for `selftest --gui`.
"""

from __future__ import annotations

import io
import json
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from fgd_app import __version__

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")  # the first 16 bytes of every Qt .qm file
MIN_REGENCIES = 500  # Indonesia has 514 regencies and cities
MIN_FORMS = 10


@dataclass
class Report:
    """The lines printed so far, and whether any check failed."""

    print_line: Callable[[str], None] = print
    failures: int = 0
    lines: list[str] = field(default_factory=list)

    def check(self, name: str, run: Callable[[], str]) -> bool:
        """Run one check; it returns a short detail, or raises to fail."""
        try:
            detail = run()
        except Exception as exc:  # noqa: BLE001 - every failure is a finding, reported and counted
            self.fail(name, describe(exc))
            return False
        self.ok(name, detail)
        return True

    def ok(self, name: str, detail: str = "") -> None:
        self._emit(f"ok {name}" + (f": {detail}" if detail else ""))

    def fail(self, name: str, detail: str) -> None:
        self.failures += 1
        self._emit(f"FAILED {name}: {detail}")

    def _emit(self, line: str) -> None:
        self.lines.append(line)
        self.print_line(line)

    @property
    def passed(self) -> bool:
        return self.failures == 0


def describe(exc: BaseException) -> str:
    """One line: the error and where it was raised (enough for a support call)."""
    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    place = f" (at {Path(where.filename).name}:{where.lineno})" if where else ""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return f"{type(exc).__name__}: {text}"[:400] + place


# -- shipped files ---------------------------------------------------------------------------


def check_resources() -> str:
    from fgd_app.resources import resource, resources_dir

    for parts in (("catalogue", "pillars.json"), ("consent", "consent.json"), ("demo", "kutai_barat_bimtek1.json")):
        json.loads(resource(*parts).read_text("utf-8"))
    from fgd_app.services.checkin import consent_texts
    from fgd_app.store.reference import default_catalogue

    pillars = default_catalogue()
    consent_texts("id")  # also checks the file's version against the app's
    import csv

    regencies = list(csv.DictReader(resource("reference", "regencies.csv").read_text("utf-8").splitlines()))
    if len(regencies) < MIN_REGENCIES:
        raise RuntimeError(f"regencies.csv has {len(regencies)} rows, expected at least {MIN_REGENCIES}")
    return f"{resources_dir()} ({len(pillars)} pillars, {len(regencies)} regencies)"


def check_fonts() -> str:
    """Parse each font as the PDF renderer will (ReportLab reads the tables it embeds)."""
    from reportlab.pdfbase.ttfonts import TTFont

    from fgd_app.documents.fonts import FAMILY, STYLES, font_path

    for style in STYLES:
        TTFont(f"selftest-{style}", str(font_path(style)))
    return f"{FAMILY}: {', '.join(STYLES)}"


def check_translations() -> str:
    from fgd_app.resources import resource

    path = resource("translations", "fgd_app_id.qm")
    data = path.read_bytes()
    if not data.startswith(QM_MAGIC):
        raise RuntimeError(f"{path} is not a Qt translation file")
    return f"{path.name} ({len(data) // 1024} KB)"


def check_forms() -> str:
    """Every Qt Designer form is well-formed XML with a <ui> root (QUiLoader reads them later)."""
    from xml.etree import ElementTree

    from fgd_app.resources import forms_dir

    forms = sorted(forms_dir().glob("*.ui"))
    for form in forms:
        if ElementTree.parse(form).getroot().tag != "ui":
            raise RuntimeError(f"{form.name} is not a Qt Designer form")
    if not (forms_dir() / "main_window.ui").is_file() or len(forms) < MIN_FORMS:
        raise RuntimeError(f"{forms_dir()} holds {len(forms)} forms, or lacks main_window.ui")
    return f"{len(forms)} forms in {forms_dir()}"


def check_migrations() -> str:
    from fgd_app.store.schema import migrations

    found = migrations()
    if not found:
        raise RuntimeError("no migrations found")
    for _version, file in found:
        if not file.read_text("utf-8").strip():
            raise RuntimeError(f"{file.name} is empty")
    return f"{len(found)} migrations, latest {found[-1][1].name}"


# -- libraries a frozen build may lack -------------------------------------------------------


def check_libraries() -> str:
    """Round trips through the libraries with native code or data files of their own."""
    import docx  # the default template (docx/templates/default.docx) is a data file
    import nacl.signing  # libsodium
    import openpyxl
    import segno
    from PIL import Image

    docx.Document()
    key = nacl.signing.SigningKey.generate()
    key.verify_key.verify(key.sign(b"fgd-app selftest"))
    book = openpyxl.Workbook()
    book.active["A1"] = "Peserta"
    buffer = io.BytesIO()
    book.save(buffer)
    if openpyxl.load_workbook(io.BytesIO(buffer.getvalue())).active["A1"].value != "Peserta":
        raise RuntimeError("openpyxl round trip lost a cell")
    png = io.BytesIO()
    segno.make("fgd-app", error="m").save(png, kind="png")
    jpeg = io.BytesIO()
    Image.open(io.BytesIO(png.getvalue())).convert("RGB").save(jpeg, "JPEG")
    if Image.open(io.BytesIO(jpeg.getvalue())).format != "JPEG":
        raise RuntimeError("Pillow did not write a JPEG")
    return "python-docx, pynacl, openpyxl, segno, Pillow"


# -- database and documents ------------------------------------------------------------------


def check_database(db_path: Path | None) -> str:
    from fgd_app.store.database import open_database
    from fgd_app.store.schema import check_integrity

    with open_database(db_path) as db:
        check_integrity(db.conn, db.path)
        version = db.scalar("PRAGMA user_version")
        workshops = db.scalar("SELECT count(*) FROM workshop")
        return f"{db.path} (schema {version}, {workshops} workshops)"


def demo_database(db_path: Path | None, workdir: Path) -> tuple[Path, str, bool]:
    """(database, demo workshop id, scratch?): the current database if it holds the demo,
    else a new database in `workdir` with the demo built in it."""
    from fgd_app.services.demo import META_KEY, ensure_demo
    from fgd_app.store.database import open_database

    with open_database(db_path) as db:
        current = db.path
        demo_id = db.scalar("SELECT value FROM meta WHERE key = ?", (META_KEY,))
        if demo_id and db.scalar("SELECT 1 FROM workshop WHERE id = ?", (demo_id,)):
            return current, demo_id, False
    scratch = workdir / "selftest.sqlite3"
    with open_database(scratch) as db:
        demo_id, _created = ensure_demo(db)
    return scratch, demo_id, True


def check_documents(db_path: Path, workshop_id: str, workdir: Path) -> str:
    """Export minutes (PDF, Word) and masterplan (Word), then read the Word files back."""
    import docx

    from fgd_app.documents.export import export_masterplan, export_minutes
    from fgd_app.services.workshops import list_workshops
    from fgd_app.store.database import open_database

    minutes_pdf, minutes_docx, plan_docx = (workdir / n for n in ("minutes.pdf", "minutes.docx", "masterplan.docx"))
    with open_database(db_path) as db:
        regency = next(w.regency_name for w in list_workshops(db) if w.id == workshop_id)
        export_minutes(db, workshop_id, minutes_pdf)
        export_minutes(db, workshop_id, minutes_docx)
        export_masterplan(db, workshop_id, plan_docx)
    pdf = minutes_pdf.read_bytes()
    if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-1024:]:
        raise RuntimeError("the minutes PDF is not a complete PDF file")
    if b"LiberationSans" not in pdf:
        raise RuntimeError("the minutes PDF does not embed Liberation Sans")
    words = []
    for path in (minutes_docx, plan_docx):
        document = docx.Document(str(path))
        cells = (cell.text for table in document.tables for row in table.rows for cell in row.cells)
        text = "\n".join([*(p.text for p in document.paragraphs), *cells])
        if regency.split(" ", 1)[-1] not in text:  # "Kutai Barat", with or without "Kabupaten"
            raise RuntimeError(f"{path.name} does not name {regency}")
        words.append(len(text.split()))
    sizes = ", ".join(f"{p.name} {p.stat().st_size // 1024} KB" for p in (minutes_pdf, minutes_docx, plan_docx))
    return f"{sizes}; Word files reopened ({words[0]} and {words[1]} words)"


def run_headless(db_path: Path | None, workdir: Path, report: Report) -> tuple[Path, str] | None:
    """Run every check without Qt; returns (database, workshop id) of the demo for the GUI part."""
    import platform
    import sys

    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    report.ok("version", f"fgd-app {__version__}, Python {platform.python_version()}, "
                         f"{platform.system()} {platform.machine()}, {frozen}")
    report.check("resources", check_resources)
    report.check("fonts", check_fonts)
    report.check("translations", check_translations)
    report.check("forms", check_forms)
    report.check("migrations", check_migrations)
    report.check("libraries", check_libraries)
    if not report.check("database", lambda: check_database(db_path)):
        return None
    demo: list[tuple[Path, str]] = []

    def find_demo() -> str:
        path, workshop_id, scratch = demo_database(db_path, workdir)
        demo.append((path, workshop_id))
        return f"{workshop_id} ({'built in a scratch database' if scratch else 'in the current database'})"

    if not report.check("demo", find_demo):
        return None
    report.check("documents", lambda: check_documents(*demo[0], workdir))
    return demo[0]
