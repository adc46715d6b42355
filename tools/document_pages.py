"""Regenerate the sample page images of the demo's documents in docs/documents/.

    .venv/bin/python tools/document_pages.py

Exports the demo workshop's minutes and masterplan draft through the CLI into a
throwaway data dir, then renders chosen pages with poppler's `pdftoppm` (install
poppler-utils). The pictures are for people to look at; tests check the content.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "documents"
DPI = "60"


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from fgd_app.cli import main as cli

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="fgd-pages-") as tmp:
        os.environ["FGD_APP_HOME"] = tmp
        cli(["demo"])
        from fgd_app.services.workshops import list_workshops
        from fgd_app.store.database import open_database

        with open_database() as db:
            workshop = list_workshops(db)[0].id
        minutes, masterplan = Path(tmp) / "minutes.pdf", Path(tmp) / "masterplan.pdf"
        cli(["export", "minutes", workshop, "-o", str(minutes)])
        cli(["export", "masterplan", workshop, "--pillar", "governance", "-o", str(masterplan)])
        pages = int(next(line.split()[-1] for line in subprocess.run(
            ["pdfinfo", str(minutes)], capture_output=True, text=True, check=True).stdout.splitlines()
            if line.startswith("Pages:")))
        for source, page, name in ((minutes, 1, "minutes-1"), (minutes, 18, "minutes-votes"),
                                   (minutes, pages - 3, "minutes-signatures"), (minutes, pages - 1, "minutes-attendance"),
                                   (masterplan, 1, "masterplan-1"), (masterplan, 3, "masterplan-programmes")):
            target = OUT / name
            subprocess.run(["pdftoppm", "-r", DPI, "-png", "-singlefile", "-f", str(page), "-l", str(page),
                            str(source), str(target)], check=True)
            print(target.with_suffix(".png"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
