"""Writing a workshop's documents to files: build the report model, render, write atomically.

The file is rendered in memory and then written through `fileio.atomic_write_bytes`
(a temporary file in the target folder, then a rename), so a failure never leaves half
a document under the final name, and a target that another program holds open gets a
clear message instead of a damaged file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from fgd_app.errors import UserError
from fgd_app.fileio import atomic_write_bytes

if TYPE_CHECKING:
    from fgd_app.documents.model import Document
    from fgd_app.store.database import Database

FORMATS = ("docx", "pdf")
LANGUAGES = ("id", "en")
PAPERS = ("a4", "f4")


def format_of(path: Path | str, fmt: str | None = None) -> str:
    """The format asked for, else the one the file name ends with."""
    chosen = (fmt or Path(path).suffix.lstrip(".")).lower()
    if chosen not in FORMATS:
        raise UserError("export.bad_format", format=fmt or Path(path).suffix or "?")
    return chosen


def check_options(lang: str, paper: str) -> None:
    if lang not in LANGUAGES:
        raise UserError("export.bad_language", lang=lang)
    if paper not in PAPERS:
        raise UserError("export.bad_paper", paper=paper)


def render(doc: Document, fmt: str) -> bytes:
    if fmt == "docx":
        from fgd_app.documents.docx_render import render as render_docx

        return render_docx(doc)
    from fgd_app.documents.pdf_render import render as render_pdf

    return render_pdf(doc)


def _export(path: Path | str, fmt: str | None, lang: str, paper: str, build: Callable[[], Document]) -> Path:
    """Check the options, build the report model, render it in memory and write it atomically."""
    fmt = format_of(path, fmt)
    check_options(lang, paper)
    return atomic_write_bytes(path, render(build(), fmt))


def export_minutes(db: Database, workshop_id: str, path: Path | str, fmt: str | None = None, lang: str = "id",
                   paper: str = "a4", include_phones: bool = False) -> Path:
    from fgd_app.documents.minutes import build_minutes

    return _export(path, fmt, lang, paper,
                   lambda: build_minutes(db, workshop_id, lang, paper, include_phones=include_phones))


def export_masterplan(db: Database, workshop_id: str, path: Path | str, fmt: str | None = None, lang: str = "id",
                      paper: str = "a4", pillar: str | None = None) -> Path:
    from fgd_app.documents.masterplan import build_masterplan

    return _export(path, fmt, lang, paper, lambda: build_masterplan(db, workshop_id, lang, paper, pillar=pillar))


def export_consolidated_masterplan(db: Database, regency_code: str, path: Path | str, fmt: str | None = None,
                                   lang: str = "id", paper: str = "a4", pillar: str | None = None) -> Path:
    """The draft masterplan of one regency across all its FGDs (see `masterplan.build_consolidated_masterplan`)."""
    from fgd_app.documents.masterplan import build_consolidated_masterplan

    return _export(path, fmt, lang, paper,
                   lambda: build_consolidated_masterplan(db, regency_code, lang, paper, pillar=pillar))
