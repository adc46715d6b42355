"""Regenerate the README screenshots from the real main window on the demo workshop.

    .venv/bin/python tools/screenshots.py            # Indonesian, into docs/screenshots/
    .venv/bin/python tools/screenshots.py --lang en --out /tmp/shots

Runs offscreen against a throwaway database and throwaway settings, so the pictures
never show a developer's own workshops, window size or language. The flows are the
real ones: the window opens the demo, each tab is brought to the front; at the door a
name is typed, Enter checks the person in and a signature is drawn on the pad (the
clock is pinned to the morning of the demo day so the arrival time is plausible); the
import dialog reads a small Bappeda-style list with a title row, a duplicate and two
bad rows; the Sync tab imports two real bundles, one from a trusted laptop that edited
the same input (a conflict) and one signed by a key not trusted yet (held). Fonts come
from fontconfig: on a bare Linux box install fonts-dejavu-core.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WINDOW_SIZE = (1200, 860)
DIALOG_SIZE = (1100, 700)
SEARCH = "yus"  # Yustina Lenjau, one of the three demo participants not yet checked in
ARRIVAL_LOCAL = dt.time(9, 4)
PRESENTER_SIZE = (1280, 720)
CAPTURE_TYPED = (
    "Jaringan internet belum menjangkau 9 kecamatan di hulu Mahakam",
    "Warga harus ke Sendawar untuk legalisir dokumen kependudukan",
)

SAMPLE_LIST = """DAFTAR UNDANGAN FGD SMART CITY;;;;;
No;Nama;Jabatan;NIP;Instansi;L/P;No HP
1;Drs. Markus Ajang, M.Si.;Sekretaris Dinas;197003151995031002;Dinas Pariwisata;L;0812-5530-1187
2;Rosalina Dewi, S.T.;Kepala Seksi Tata Ruang;198806212012012004;Dinas PUPR;Perempuan;0852-4611-9023
3;Ir. Yohanes Lahang, M.Si.;Kepala Bappelitbangda;196804121994031007;Bappelitbangda;L;
4;Hendrikus Lawing;Kepala Kampung;19790101;Kampung Linggang Bigung;L;
5;Natalia Eka Putri, S.Kom.;Pranata Komputer;199201142019032015;Diskominfo SP;P;telp kantor
6;Benediktus Ngau, S.E.;Analis Keuangan;198411022010011015;BPKAD;L;0813-5021-7765
7;Yustina Ledang, A.Md.;Pengelola Data;199507302020122008;Dinas Kesehatan;P;
"""
EDITED_HERE = ("Perekaman KTP-el dan akta bagi warga Long Iram dan Bentian Besar masih di Sendawar; "
               "perjalanan 5–7 jam lewat jalan tanah atau sungai.")
EDITED_THERE = ("Perekaman KTP-el dan akta masih harus di Sendawar: warga Long Iram dan Bentian Besar "
                "menempuh 5–7 jam, ongkos pulang-pergi sekitar Rp 600.000.")


def _bezier(*control: tuple[float, float], steps: int = 24) -> list[tuple[float, float]]:
    """Points along a Bézier curve through the given control points (de Casteljau)."""
    points = []
    for i in range(steps + 1):
        t, layer = i / steps, list(control)
        while len(layer) > 1:
            layer = [((1 - t) * a[0] + t * b[0], (1 - t) * a[1] + t * b[1]) for a, b in zip(layer, layer[1:])]
        points.append(layer[0])
    return points


def signature_strokes(width: float, height: float) -> list[list[tuple[float, float]]]:
    """Strokes that read as a handwritten "Yustina L." with a flourish, scaled to the pad."""
    sx, sy = width / 420, height / 200

    def scaled(points):
        return [(x * sx, y * sy) for x, y in points]

    left_arm = _bezier((58, 52), (66, 96), (96, 104))
    # right arm of the Y, its long descender and the loop back up into the next letters
    stem = _bezier((122, 40), (104, 92), (96, 104)) + _bezier((96, 104), (80, 150), (70, 176), (58, 160))[1:]
    stem += _bezier((58, 160), (60, 130), (100, 118), (112, 112))[1:]
    # running hand: a prolate trochoid makes the loops of joined small letters
    hand = []
    for i in range(0, 130):
        t = i / 8
        loop = 11 * (1 - i / 300)
        hand.append((112 + 8.6 * t - loop * math.sin(t * 1.7), 112 - loop * math.cos(t * 1.7) + 4 * math.sin(t / 3)))
    capital_l = _bezier((290, 60), (276, 110), (268, 150), (300, 132))
    dot = [(316, 134)]
    flourish = _bezier((80, 160), (200, 150), (330, 140), (372, 118), steps=40)
    return [scaled(s) for s in (left_arm, stem, hand, capital_l, dot, flourish)]


def take(out_dir: Path, lang: str) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QDate, QSettings
    from PySide6.QtWidgets import QApplication, QFileDialog

    from fgd_app.core.timezones import local_to_utc
    from fgd_app.services import checkin
    from fgd_app.services.demo import ensure_demo
    from fgd_app.services.workshop_setup import zone_of
    from fgd_app.store.database import open_database
    from fgd_app.ui import i18n
    from fgd_app.ui.main_window import MainWindow
    from fgd_app.ui.new_workshop_dialog import NewWorkshopDialog

    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def grab(widget, name: str) -> None:
        for _ in range(3):  # let layouts, fitted columns and repaints settle
            app.processEvents()
        path = out_dir / name
        if not widget.grab().save(str(path)):
            raise SystemExit(f"could not write {path}")
        written.append(path)
        print(path)

    with tempfile.TemporaryDirectory(prefix="fgd-shots-") as tmp:
        os.environ["FGD_APP_HOME"] = tmp
        app = QApplication.instance() or QApplication([sys.argv[0]])
        app.setOrganizationName("fgd-app-screenshots")
        app.setApplicationName("fgd-app-screenshots")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        i18n.apply_language(lang)

        db = open_database(Path(tmp) / "demo.sqlite3")
        try:
            workshop_id, _ = ensure_demo(db)
            day = dt.date.fromisoformat(db.scalar("SELECT held_on FROM workshop WHERE id = ?", (workshop_id,)))
            checkin.utc_now = lambda: local_to_utc(day, ARRIVAL_LOCAL, zone_of(db, workshop_id))

            window = MainWindow(db)
            window.ui.resize(*WINDOW_SIZE)
            window.show()
            window.refresh()
            window.ui.workshop_table.setFocus()
            grab(window.ui, "main_window.png")

            window.open_workshop()
            window.show_tab(window.ui.setup_tab)
            setup = window.pages[0]
            setup.agenda.select_row(3)
            grab(window.ui, "workshop_setup.png")

            window.show_tab(window.ui.capture_tab)
            capture = window._page_by_tab[window.ui.capture_tab]
            capture.ctx.set_pillar("governance")
            capture.ui.kind_combo.setCurrentIndex(capture.ui.kind_combo.findData("problem"))
            for text in CAPTURE_TYPED:  # typed, Enter, as in the room
                capture.ui.entry_line.setText(text)
                capture.entry.submit()
            capture.ctx.writer.wait_written()
            capture.ui.entry_line.setText("Operator kampung perlu pelatihan rutin tiap triwulan")
            capture.ui.input_view.selectRow(capture.model.rowCount() - 2)
            grab(window.ui, "capture.png")

            capture.ui.show_names_check.setChecked(True)
            capture.show_presenter(True)
            capture.presenter.ui.resize(*PRESENTER_SIZE)
            grab(capture.presenter.ui, "presenter.png")
            capture.presenter.close()

            capture.ui.capture_tabs.setCurrentWidget(capture.ui.voting_tab)
            grab(window.ui, "voting_matrix.png")
            capture.ui.capture_tabs.setCurrentWidget(capture.ui.worksheet_tab)
            grab(window.ui, "worksheet.png")
            capture.ui.capture_tabs.setCurrentWidget(capture.ui.inputs_tab)

            window.show_tab(window.ui.documents_tab)
            documents = window._page_by_tab[window.ui.documents_tab]
            documents.refresh_preview()  # at once, not after the typing pause
            grab(window.ui, "documents.png")

            window.show_tab(window.ui.participants_tab)
            participants = window.pages[1]
            participants.select(participants.model.row_at(3).id)
            participants.ui.participant_table.setFocus()
            grab(window.ui, "participants.png")

            sample = Path(tmp) / "daftar-undangan.csv"
            sample.write_text(SAMPLE_LIST, "utf-8")
            QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (str(sample), ""))
            participants.open_import()
            participants.import_dialog.ui.resize(*DIALOG_SIZE)
            grab(participants.import_dialog.ui, "participants_import.png")
            participants.import_dialog.ui.reject()

            window.show_tab(window.ui.checkin_tab)
            page = window.pages[2]
            page.ui.search_edit.setText(SEARCH)
            page.check_in_current()  # what Enter does
            app.processEvents()
            for stroke in signature_strokes(page.pad.width(), page.pad.height()):
                page.pad.add_stroke(stroke)
            page.pad.setFocus()
            grab(window.ui, "checkin.png")

            sync_shots(window, db, Path(tmp), grab)
            backup_shots(db, grab)

            dialog = NewWorkshopDialog(db, window.feedback)
            dialog.ui.show()
            dialog.ui.regency_combo.setFocus()
            dialog.ui.regency_combo.lineEdit().setText("kutai bar")
            dialog.regency._typed()
            dialog.ui.title_edit.setText("FGD Bimtek 2 Penyusunan Masterplan Smart Regency Kabupaten Kutai Barat")
            dialog.ui.date_edit.setDate(QDate(2021, 8, 12))
            grab(dialog.ui, "new_workshop.png")
            dialog.ui.close()
            window.close()
        finally:
            db.close()
    return written


def sync_shots(window, db, tmp: Path, grab) -> None:
    """The Sync tab after importing a trusted laptop's bundle (one conflict) and a held one."""
    from PySide6.QtWidgets import QApplication

    from fgd_app.core.ids import new_id
    from fgd_app.store.database import open_database
    from fgd_app.store.models import Input, Workshop
    from fgd_app.sync.exporter import export_bundle
    from fgd_app.sync.importer import import_file
    from fgd_app.sync.keys import device_key, trust

    page = window._page_by_tab[window.ui.sync_tab]
    workshop_id = window.current_workshop().id
    start = tmp / "awal.fgdb"
    export_bundle(db, start, workshop_id, key=page.key)
    input_id = db.scalar("SELECT id FROM input WHERE workshop_id = ? ORDER BY id LIMIT 1", (workshop_id,))
    maria = open_database(tmp / "maria.sqlite3", device_id=new_id())  # other laptops, other device ids
    laptop_c = open_database(tmp / "paser.sqlite3", device_id=new_id())
    try:
        maria_key, paser_key = device_key(tmp / "maria"), device_key(tmp / "paser")
        import_file(maria, start, maria_key, trust_signer=True, signer_label="Laptop Diskominfo")
        with maria.transaction() as tx:
            tx.update(Input, input_id, text=EDITED_THERE)
        with db.transaction() as tx:
            tx.update(Input, input_id, text=EDITED_HERE)
        trust(db, maria_key.public, "Maria Goreti (Diskominfo)", maria.device_id)
        with laptop_c.transaction() as tx:
            tx.insert(Workshop, regency_code="64.01", title="FGD Bimtek 1 Masterplan Smart Regency Kabupaten Paser",
                      held_on="2021-07-08", pillars=["governance", "society"])
        bundles = [tmp / "fgd-kabupaten-kutai-barat-2021-06-18-maria.fgdb", tmp / "fgd-kabupaten-paser-2021-07-08.fgdb"]
        export_bundle(maria, bundles[0], workshop_id, key=maria_key)
        export_bundle(laptop_c, bundles[1], key=paser_key)
    finally:
        maria.close()
        laptop_c.close()
    window.show_tab(window.ui.sync_tab)
    page.import_paths(bundles)
    while page.runner.busy:
        QApplication.processEvents()
    page.ui.report_view.selectRow(1)  # the held one: its fingerprint and the Accept button
    page.ui.report_view.setFocus()
    grab(window.ui, "sync.png")
    page.ui.sync_tabs.setCurrentWidget(page.ui.conflicts_tab)
    grab(window.ui, "sync_conflicts.png")
    page.ui.sync_tabs.setCurrentWidget(page.ui.keys_tab)
    grab(window.ui, "sync_keys.png")
    page.ui.sync_tabs.setCurrentWidget(page.ui.coordinator_tab)
    QApplication.processEvents()
    grab(window.ui, "coordinator.png")
    page.ui.sync_tabs.setCurrentWidget(page.ui.transfer_tab)


def backup_shots(db, grab) -> None:
    """Berkas → Pulihkan cadangan… with three snapshots, and the box shown when the database is damaged."""
    from fgd_app.errors import UserError
    from fgd_app.store import backups
    from fgd_app.ui import i18n
    from fgd_app.ui.backup_dialogs import RestoreDialog, recovery_box

    for reason in ("pre-import", "auto", "auto"):
        backups.snapshot(db.path, reason)
    dialog = RestoreDialog(db.path)
    dialog.resize(720, 380)
    dialog.show()
    grab(dialog, "restore.png")
    dialog.close()
    message = UserError("db.damaged", path=db.path, detail="database disk image is malformed")
    box, _ = recovery_box(message.message(i18n.current_language()))
    box.show()
    grab(box, "recovery.png")
    box.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("id", "en"), default="id")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    take(args.out, args.lang)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
