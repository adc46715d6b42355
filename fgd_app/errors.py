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
    # participants and roster import
    "participant.not_found": (
        "Peserta ini tidak ada lagi (mungkin sudah dihapus).",
        "This participant no longer exists (perhaps already removed).",
    ),
    "participant.exists": (
        "Peserta ini sudah ada di daftar; tidak dipulihkan dua kali.",
        "This participant is already in the list; it is not restored twice.",
    ),
    "participant.name_required": (
        "Nama peserta wajib diisi.",
        "The participant's name is required.",
    ),
    "participant.too_long": (
        "Teks terlalu panjang ({length} karakter; paling banyak {limit}).",
        "Text too long ({length} characters; at most {limit}).",
    ),
    "participant.gender": (
        "Jenis kelamin '{value}' tidak dikenal; tulis L atau P.",
        "Unknown gender '{value}'; write L (male) or P (female).",
    ),
    "participant.nip": (
        "'{value}' tidak sah: NIP terdiri atas 18 angka.",
        "'{value}' is not valid: a NIP has 18 digits.",
    ),
    "participant.email": (
        "Alamat surel '{value}' tidak sah.",
        "'{value}' is not a valid e-mail address.",
    ),
    "participant.phone": (
        "Nomor telepon '{value}' tidak sah.",
        "'{value}' is not a valid phone number.",
    ),
    "roster.number_rounded": (
        "Excel menyimpan {value} sebagai angka dan membulatkannya; format kolom sebagai Teks lalu ketik ulang.",
        "Excel stored {value} as a number and rounded it; format the column as Text and type it again.",
    ),
    "roster.date_cell": (
        "Sel berisi tanggal/waktu ({value}), bukan teks.",
        "The cell holds a date/time ({value}), not text.",
    ),
    "roster.duplicate_in_file": (
        "Nama dan instansi sama dengan baris {row}; dilewati.",
        "Same name and agency as row {row}; skipped.",
    ),
    "roster.duplicate_existing": (
        "Sudah ada di daftar peserta; dilewati.",
        "Already in the participant list; skipped.",
    ),
    "roster.row": (
        "Baris {row}: {detail}",
        "Row {row}: {detail}",
    ),
    "roster.too_large": (
        "Berkas {path} terlalu besar ({size} MB; batas {limit} MB).",
        "{path} is too large ({size} MB; the limit is {limit} MB).",
    ),
    "roster.too_many_rows": (
        "Berkas {path} memuat lebih dari {limit} baris; bagi menjadi beberapa berkas.",
        "{path} has more than {limit} rows; split it into several files.",
    ),
    "roster.too_many_columns": (
        "Berkas {path} memuat lebih dari {limit} kolom.",
        "{path} has more than {limit} columns.",
    ),
    "roster.not_text": (
        "Berkas {path} bukan CSV atau Excel (isinya bukan teks).",
        "{path} is neither a CSV nor an Excel file (its content is not text).",
    ),
    "roster.bad_csv": (
        "Berkas CSV {path} rusak di baris {line}: {detail}. Tidak ada yang diimpor.",
        "The CSV file {path} is malformed at line {line}: {detail}. Nothing was imported.",
    ),
    "roster.bad_xlsx": (
        "Berkas Excel {path} tidak dapat dibaca ({detail}). Simpan ulang sebagai .xlsx atau CSV.",
        "Cannot read the Excel file {path} ({detail}). Save it again as .xlsx or CSV.",
    ),
    "roster.old_xls": (
        "Berkas {path} memakai format Excel lama (.xls). Simpan sebagai .xlsx atau CSV lalu coba lagi.",
        "{path} is in the old Excel format (.xls). Save it as .xlsx or CSV and try again.",
    ),
    "roster.no_sheet": (
        "Lembar '{sheet}' tidak ada di {path}.",
        "There is no sheet '{sheet}' in {path}.",
    ),
    "roster.empty": (
        "Berkas {path} tidak memuat baris data.",
        "{path} contains no data rows.",
    ),
    "roster.no_name_column": (
        "Pilih kolom yang berisi nama peserta.",
        "Choose the column that holds the participants' names.",
    ),
    # workshop setup
    "setup.title_required": (
        "Judul wajib diisi.",
        "A title is required.",
    ),
    "setup.too_long": (
        "Teks terlalu panjang (paling banyak {limit} karakter).",
        "The text is too long (at most {limit} characters).",
    ),
    "setup.too_many_lines": (
        "Terlalu banyak baris (paling banyak {limit}).",
        "Too many lines (at most {limit}).",
    ),
    "setup.bad_date": (
        "Tanggal '{value}' tidak sah.",
        "'{value}' is not a valid date.",
    ),
    "setup.date_out_of_range": (
        "Tanggal {date} di luar rentang yang diterima ({earliest}–{latest}).",
        "The date {date} is outside the accepted range ({earliest}–{latest}).",
    ),
    "setup.bad_time": (
        "Jam '{value}' tidak sah; tulis sebagai JJ:MM.",
        "'{value}' is not a valid time; write it as HH:MM.",
    ),
    "setup.end_before_start": (
        "Jam selesai ({end}) harus sesudah jam mulai ({start}).",
        "The end time ({end}) must be after the start time ({start}).",
    ),
    "setup.unknown_regency": (
        "Kabupaten/kota dengan kode '{regency}' tidak dikenal.",
        "No regency or city has the code '{regency}'.",
    ),
    "setup.unknown_pillar": (
        "Pilar '{key}' tidak ada dalam katalog.",
        "The pillar '{key}' is not in the catalogue.",
    ),
    "setup.bad_choice": (
        "Pilihan '{value}' tidak sah.",
        "'{value}' is not a valid choice.",
    ),
    "setup.unknown_field": (
        "Isian '{field}' tidak dapat diubah di persiapan lokakarya.",
        "The field '{field}' cannot be changed in the workshop setup.",
    ),
    "setup.logo_not_image": (
        "Logo harus berupa gambar PNG atau JPEG.",
        "The logo must be a PNG or JPEG image.",
    ),
    "setup.logo_unreadable": (
        "Gambar {path} tidak dapat dibaca; pilih berkas PNG atau JPEG.",
        "Cannot read the image {path}; choose a PNG or JPEG file.",
    ),
    "setup.logo_too_large": (
        "Logo terlalu besar ({size}; batas {limit}).",
        "The logo is too large ({size}; the limit is {limit}).",
    ),
    "setup.bad_minutes": (
        "Durasi harus berupa bilangan menit dari 0 sampai {limit}.",
        "The duration must be a whole number of minutes from 0 to {limit}.",
    ),
    "setup.agenda_item_not_found": (
        "Butir acara '{ref}' tidak ditemukan.",
        "Agenda item '{ref}' not found.",
    ),
    # check-in
    "checkin.not_found": (
        "Peserta ini tidak ada lagi di daftar (mungkin sudah dihapus).",
        "This participant is no longer on the list (perhaps removed).",
    ),
    "checkin.walk_in_exists": (
        "{name} dengan instansi yang sama sudah ada di daftar peserta; cari namanya lalu tekan Enter.",
        "{name} with the same agency is already on the list; search for the name and press Enter.",
    ),
    "checkin.signature_invalid": (
        "Tanda tangan tidak tersimpan: gambarnya bukan PNG yang utuh.",
        "The signature was not saved: the image is not a complete PNG.",
    ),
    "checkin.signature_too_large": (
        "Gambar tanda tangan terlalu besar ({size} KB; batas {limit} KB).",
        "The signature image is too large ({size} KB; the limit is {limit} KB).",
    ),
    "checkin.signature_empty": (
        "Kotak tanda tangan masih kosong. Minta peserta menandatangani, atau tekan Esc untuk melewati.",
        "The signature pad is empty. Ask the participant to sign, or press Esc to skip.",
    ),
    "checkin.sign_needs_checkin": (
        "Tandai {name} hadir terlebih dahulu; tanda tangan hanya untuk peserta yang hadir.",
        "Check {name} in first; only participants who are present can sign.",
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
