"""Screenshots of the Participants tab and of the import dialog, from the demo workshop.

    .venv/bin/python tools/screenshots_participants.py            # Indonesian, into docs/screenshots/
    .venv/bin/python tools/screenshots_participants.py --lang en --out /tmp/shots

Runs offscreen against a throwaway database and settings (see tools/screenshots.py).
The import dialog is shown with a small Bappeda-style list that has a title row, a
duplicate of someone already registered and two rows with errors, so the picture
shows what a facilitator sees before importing.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1100, 700)
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


def take(out_dir: Path, lang: str) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QFileDialog

    from fgd_app.services.demo import ensure_demo
    from fgd_app.store.database import open_database
    from fgd_app.ui import i18n
    from fgd_app.ui.feedback import Feedback
    from fgd_app.ui.participants_page import ParticipantsPage

    out_dir.mkdir(parents=True, exist_ok=True)
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
            page = ParticipantsPage(db, Feedback())
            page.ui.resize(*SIZE)
            page.ui.show()
            page.set_workshop(workshop_id)
            page.select(page.model.row_at(3).id)
            page.ui.participant_table.setFocus()
            written = [out_dir / "participants.png", out_dir / "participants_import.png"]
            _grab(app, page.ui, written[0])

            sample = Path(tmp) / "daftar-undangan.csv"
            sample.write_text(SAMPLE_LIST, "utf-8")
            QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (str(sample), ""))
            page.open_import()
            dialog = page.import_dialog.ui
            dialog.resize(*SIZE)
            _grab(app, dialog, written[1])
            dialog.reject()
            page.ui.close()
        finally:
            db.close()
    return written


def _grab(app, widget, path: Path) -> None:
    for _ in range(3):  # let layouts, fitted columns and repaints settle
        app.processEvents()
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("id", "en"), default="id")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    take(args.out, args.lang)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
