"""Regenerate the documentation screenshots of the main window from the demo workshop.

    .venv/bin/python tools/screenshots.py            # Indonesian, into docs/screenshots/
    .venv/bin/python tools/screenshots.py --lang en --out /tmp/shots

Runs offscreen (no display needed) against a throwaway database and throwaway
settings, so the pictures never show a developer's own workshops, window size or
language. Fonts come from fontconfig: on a bare Linux box install fonts-dejavu-core
(or any sans family) or the text renders as boxes.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1100, 700)


def take(out_dir: Path, lang: str) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from fgd_app.services.demo import ensure_demo
    from fgd_app.store.database import open_database
    from fgd_app.ui import i18n
    from fgd_app.ui.main_window import MainWindow

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
            ensure_demo(db)
            window = MainWindow(db)
            window.ui.resize(*SIZE)
            window.show()
            window.refresh()
            window.ui.workshop_table.setFocus()
            app.processEvents()

            written = [out_dir / "main_window.png", out_dir / "workshop_pillars.png"]
            _grab(app, window, written[0])
            window.open_workshop()
            _grab(app, window, written[1])
            window.ui.close()
        finally:
            db.close()
    return written


def _grab(app, window, path: Path) -> None:
    for _ in range(3):  # let layouts, resize-to-contents columns and repaints settle
        app.processEvents()
    if not window.ui.grab().save(str(path)):
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
