"""Errors a person may see, each with a message in Indonesian and in English.

Code raises `UserError(code, **params)`; the CLI and the GUI print `err.message(lang)`.
Keeping the texts in one table keeps both languages complete and the wording consistent.
"""

from __future__ import annotations

import os

MESSAGES: dict[str, tuple[str, str]] = {
    # code: (Indonesian, English)
    "db.not_sqlite": (
        "Berkas {path} bukan basis data fgd-app (bukan berkas SQLite).",
        "{path} is not an fgd-app database (not an SQLite file).",
    ),
    "db.foreign": (
        "Berkas {path} adalah basis data SQLite milik aplikasi lain; fgd-app tidak akan mengubahnya.",
        "{path} is an SQLite database of another application; fgd-app will not touch it.",
    ),
    "db.too_new": (
        "Basis data {path} dibuat oleh versi fgd-app yang lebih baru (skema {found} > {supported}). Perbarui aplikasi.",
        "The database {path} was written by a newer fgd-app (schema {found} > {supported}). Please update the app.",
    ),
    "db.damaged": (
        "Basis data {path} rusak ({detail}). Pulihkan dari cadangan atau hubungi koordinator.",
        "The database {path} is damaged ({detail}). Restore a backup or contact your coordinator.",
    ),
    "db.locked": (
        "Basis data {path} sedang dipakai program lain. Tutup program itu lalu coba lagi.",
        "The database {path} is in use by another program. Close it and try again.",
    ),
    "db.migration_failed": (
        "Pembaruan basis data ke skema {version} gagal ({detail}); tidak ada yang diubah. Cadangan: {backup}",
        "Upgrading the database to schema {version} failed ({detail}); nothing was changed. Backup: {backup}",
    ),
    "workshop.not_found": (
        "Lokakarya '{ref}' tidak ditemukan.",
        "Workshop '{ref}' not found.",
    ),
    "workshop.ambiguous": (
        "'{ref}' cocok dengan lebih dari satu lokakarya; tulis id yang lebih panjang.",
        "'{ref}' matches more than one workshop; give more of the id.",
    ),
    "import.unreadable": (
        "Berkas {path} tidak dapat dibaca: {detail}",
        "Cannot read {path}: {detail}",
    ),
    "import.not_utf8": (
        "Berkas {path} bukan teks UTF-8 yang sah (byte {offset}).",
        "{path} is not valid UTF-8 text (byte {offset}).",
    ),
    "import.bad_json": (
        "Berkas {path} bukan JSON yang sah: {detail}",
        "{path} is not valid JSON: {detail}",
    ),
    "import.not_workshop": (
        "Berkas {path} bukan ekspor lokakarya fgd-app.",
        "{path} is not an fgd-app workshop export.",
    ),
    "import.version": (
        "Berkas {path} memakai format versi {found}; versi ini hanya membaca versi {supported}. Perbarui aplikasi.",
        "{path} uses format version {found}; this version reads version {supported} only. Please update the app.",
    ),
    "import.invalid": (
        "Isi berkas {path} tidak sah: {detail}",
        "{path} has invalid content: {detail}",
    ),
    "import.duplicate_id": (
        "Berkas {path} memuat id {id} lebih dari sekali.",
        "{path} contains the id {id} more than once.",
    ),
    "import.exists": (
        "Lokakarya {id} sudah ada di basis data ini; tidak ada yang diimpor.",
        "Workshop {id} is already in this database; nothing was imported.",
    ),
    "import.dangling": (
        "Berkas {path}: {entity} {id} merujuk ke {target} yang tidak ada.",
        "{path}: {entity} {id} refers to a missing {target}.",
    ),
    "import.too_large": (
        "Berkas {path} terlalu besar ({size} MB; batas {limit} MB).",
        "{path} is too large ({size} MB; the limit is {limit} MB).",
    ),
    "input.invalid": (
        "Nilai tidak sah pada {field}: {detail}",
        "Invalid value for {field}: {detail}",
    ),
    "export.write_failed": (
        "Tidak dapat menulis {path}: {detail}",
        "Cannot write {path}: {detail}",
    ),
}


def cli_language() -> str:
    """The language of command-line messages: FGD_APP_LANG, else the locale, else English."""
    explicit = os.environ.get("FGD_APP_LANG", "")
    if explicit in ("id", "en"):
        return explicit
    locale = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or ""
    return "id" if locale.startswith("id") else "en"


class UserError(Exception):
    """A rejection a person must understand; nothing was changed when it is raised."""

    def __init__(self, code: str, **params: object):
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        indonesian, english = MESSAGES[self.code]
        return (indonesian if lang == "id" else english).format(**self.params)


def from_validation_error(exc: Exception) -> UserError:
    """Turn a pydantic ValidationError from a model into a one-line `input.invalid` error."""
    errors = exc.errors() if hasattr(exc, "errors") else []
    if not errors:
        return UserError("input.invalid", field="?", detail=str(exc).splitlines()[0])
    first = errors[0]
    field = ".".join(str(part) for part in first.get("loc", ())) or "?"
    return UserError("input.invalid", field=field, detail=first.get("msg", ""))
