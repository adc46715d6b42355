"""Screenshots of the workshop Setup tab and the New workshop dialog, from the demo workshop.

    .venv/bin/python tools/screenshots_setup.py            # Indonesian, into docs/screenshots/
    .venv/bin/python tools/screenshots_setup.py --lang en --out /tmp/shots

Runs offscreen against a throwaway database and settings (see tools/screenshots.py).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGE_SIZE = (1100, 750)


def take(out_dir: Path, lang: str) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from fgd_app.services.demo import ensure_demo
    from fgd_app.store.database import open_database
    from fgd_app.ui import i18n
    from fgd_app.ui.feedback import Feedback
    from fgd_app.ui.new_workshop_dialog import NewWorkshopDialog
    from fgd_app.ui.setup_page import SetupPage

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
        written = [out_dir / "workshop_setup.png", out_dir / "new_workshop.png"]
        try:
            workshop_id, _ = ensure_demo(db)
            feedback = Feedback()
            page = SetupPage(db, feedback)
            page.set_workshop(workshop_id)
            page.ui.resize(*PAGE_SIZE)
            page.ui.show()
            page.agenda.select_row(3)
            _grab(app, page.ui, written[0])
            page.ui.close()

            dialog = NewWorkshopDialog(db, feedback)
            dialog.ui.show()
            dialog.ui.regency_combo.setFocus()
            dialog.ui.regency_combo.lineEdit().setText("kutai bar")
            dialog.regency._typed()
            dialog.ui.title_edit.setText("FGD Bimtek 2 Penyusunan Masterplan Smart Regency Kabupaten Kutai Barat")
            from PySide6.QtCore import QDate

            dialog.ui.date_edit.setDate(QDate(2021, 8, 12))
            _grab(app, dialog.ui, written[1])
            dialog.ui.close()
        finally:
            db.close()
    return written


def _grab(app, widget, path: Path) -> None:
    for _ in range(3):
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
