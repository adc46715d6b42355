"""Regenerate the Indonesian interface translation and compile it.

    .venv/bin/python tools/translations.py

1. `pyside6-lupdate` reads every form (forms/*.ui) and every module of fgd_app/ui/
   and merges their English source strings into resources/translations/fgd_app_id.ts:
   existing translations are kept, new strings appear as unfinished, strings that
   left the sources are dropped (-no-obsolete). Source locations are not stored
   (-locations none), so the .ts changes only when texts change.
2. `pyside6-lrelease` compiles the .ts into fgd_app_id.qm, which the app loads.

Exit status 1 means some strings still need a translation: translate them (in
`pyside6-linguist resources/translations/fgd_app_id.ts`, or by editing the XML and
removing type="unfinished") and run the script again. Both files are committed;
tests/test_ui_translations.py fails when either is stale.

Only strings written as `QCoreApplication.translate("Context", "literal")` in Python
(or translatable properties in .ui files) are found; lupdate does not follow aliases.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "resources" / "translations" / "fgd_app_id.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
LUPDATE_OPTIONS = ("-no-obsolete", "-locations", "none", "-source-language", "en", "-target-language", "id")


def tool(name: str) -> Path | None:
    """A Qt tool from this interpreter's environment (the venv), else from PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return beside
    found = shutil.which(name)
    return Path(found) if found else None


def sources() -> list[str]:
    """The files lupdate reads, relative to the repository root (stable output)."""
    files = sorted((ROOT / "forms").glob("*.ui")) + sorted((ROOT / "fgd_app" / "ui").glob("*.py"))
    return [str(f.relative_to(ROOT)) for f in files]


def _require(name: str) -> Path:
    path = tool(name)
    if path is None:
        raise SystemExit(f"{name} not found; install PySide6 into the venv")
    return path


def update(ts: Path = TS_FILE) -> None:
    """Merge the current source strings into `ts` (created if missing)."""
    subprocess.run([str(_require("pyside6-lupdate")), "-silent", *sources(), "-ts", str(ts), *LUPDATE_OPTIONS],
                   cwd=ROOT, check=True)


def release(ts: Path = TS_FILE, qm: Path = QM_FILE) -> None:
    subprocess.run([str(_require("pyside6-lrelease")), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def unfinished(ts: Path = TS_FILE) -> list[str]:
    """Source strings of `ts` that have no finished translation."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") or not (translation.text or "").strip():
            missing.append(message.findtext("source") or "")
    return missing


def main() -> int:
    update()
    release()
    missing = unfinished()
    for source in missing:
        print(f"untranslated: {source!r}", file=sys.stderr)
    print(f"{TS_FILE.relative_to(ROOT)}: {len(missing)} untranslated; compiled {QM_FILE.relative_to(ROOT)}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
