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
    "export.locked": (
        "{path} sedang dibuka program lain (Word atau penampil PDF?). Tutup berkas itu lalu ekspor lagi; "
        "berkas lama tidak diubah.",
        "{path} is open in another program (Word or a PDF viewer?). Close it and export again; the old file "
        "was not changed.",
    ),
    "export.bad_format": (
        "Format '{format}' tidak dikenal; pilih docx atau pdf.",
        "Unknown format '{format}'; choose docx or pdf.",
    ),
    "export.bad_language": (
        "Bahasa '{lang}' tidak dikenal; pilih id atau en.",
        "Unknown language '{lang}'; choose id or en.",
    ),
    "export.bad_paper": (
        "Ukuran kertas '{paper}' tidak dikenal; pilih a4 atau f4.",
        "Unknown paper size '{paper}'; choose a4 or f4.",
    ),
    "export.workshop_or_regency": (
        "Sebutkan satu lokakarya atau --regency KODE untuk draf gabungan, bukan keduanya.",
        "Give one workshop, or --regency CODE for the consolidated draft, not both.",
    ),
    "export.workshop_missing": (
        "Sebutkan lokakarya yang diekspor (id atau awalannya).",
        "Say which workshop to export (its id or a prefix of it).",
    ),
    "masterplan.no_workshops": (
        "Belum ada FGD untuk {regency} di basis data ini; impor dulu bundel dari fasilitator.",
        "There are no FGDs of {regency} in this database yet; import the facilitators' bundles first.",
    ),
    "regency.not_found": (
        "Kabupaten/kota '{regency}' tidak dikenal; tulis kodenya (misalnya 64.07) atau namanya.",
        "No regency or city is called '{regency}'; give its code (such as 64.07) or its name.",
    ),
    "regency.ambiguous": (
        "'{regency}' cocok dengan lebih dari satu kabupaten/kota ({names}); tulis nama lengkap atau kodenya.",
        "'{regency}' matches more than one regency or city ({names}); give the full name or the code.",
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
    # -- capture (issue 4): each part keeps its codes under its own heading --------------------
    "db.write_failed": (
        "Tidak tersimpan: basis data tidak dapat ditulis ({detail}). Tampilan dimuat ulang dari data yang tersimpan.",
        "Not saved: the database could not be written ({detail}). The screen was reloaded from what is saved.",
    ),
    "capture.not_found": (
        "Masukan itu sudah tidak ada (mungkin dihapus di tempat lain).",
        "That input no longer exists (it may have been removed elsewhere).",
    ),
    "capture.empty": (
        "Masukan kosong tidak disimpan.",
        "An empty input is not saved.",
    ),
    "capture.too_long": (
        "Masukan terlalu panjang ({length} karakter; paling banyak {limit}).",
        "The input is too long ({length} characters; at most {limit}).",
    ),
    "capture.theme_other_pillar": (
        "Tema hanya dapat memuat masukan dari pilar yang sama.",
        "A theme can only hold inputs of its own pillar.",
    ),
    "capture.theme_title_required": (
        "Tema perlu judul.",
        "A theme needs a title.",
    ),
    # -- capture: photos --
    "photo.not_image": (
        "{name} bukan foto: pilih gambar JPEG, PNG, WebP, GIF, BMP atau TIFF.",
        "{name} is not a photo: choose a JPEG, PNG, WebP, GIF, BMP or TIFF image.",
    ),
    "photo.heic": (
        "{name} adalah foto HEIC (iPhone) yang belum dapat dibaca. Kirim ulang sebagai JPEG, atau atur "
        "Kamera > Format > Paling Kompatibel.",
        "{name} is an HEIC photo (iPhone), which cannot be read yet. Send it again as JPEG, or set "
        "Camera > Formats > Most Compatible.",
    ),
    "photo.unreadable": (
        "Foto {name} rusak atau tidak lengkap dan tidak dapat dibaca.",
        "The photo {name} is damaged or incomplete and cannot be read.",
    ),
    "photo.cannot_open": (
        "Berkas {name} tidak dapat dibuka: {detail}",
        "Cannot open {name}: {detail}",
    ),
    "photo.too_large": (
        "Berkas {name} terlalu besar ({size} MB; batas {limit} MB).",
        "{name} is too large ({size} MB; the limit is {limit} MB).",
    ),
    "photo.too_many_pixels": (
        "Gambar {name} terlalu besar ({pixels} megapiksel; batas {limit} megapiksel).",
        "The image {name} is too large ({pixels} megapixels; the limit is {limit} megapixels).",
    ),
    "photo.duplicate": (
        "{name}: foto yang sama sudah dilampirkan pada lokakarya ini.",
        "{name}: the same photo is already attached to this workshop.",
    ),
    "photo.not_found": (
        "Foto itu sudah tidak ada (mungkin dihapus di tempat lain).",
        "That photo no longer exists (it may have been removed elsewhere).",
    ),
    "photo.unknown_pillar": (
        "Pilar '{key}' bukan bagian dari lokakarya ini.",
        "The pillar '{key}' is not part of this workshop.",
    ),
    # -- capture: voting --
    "voting.one_target": (
        "Pilih satu masukan atau satu tema untuk dipilih.",
        "Choose one input or one theme to vote on.",
    ),
    "voting.target_not_found": (
        "Masukan atau tema itu sudah tidak ada di lokakarya ini (mungkin dihapus di tempat lain).",
        "That input or theme is no longer in this workshop (it may have been removed elsewhere).",
    ),
    "voting.voter_not_found": (
        "Peserta itu tidak ada di daftar peserta lokakarya ini.",
        "That participant is not on this workshop's participant list.",
    ),
    "voting.budget_used": (
        "{name} sudah memakai semua {budget} titik untuk pilar ini. Ambil kembali satu titik dulu untuk memindahkannya.",
        "{name} has already used all {budget} dots for this pillar. Take a dot back first to move it.",
    ),
    "voting.no_dot": (
        "{name} tidak memberi titik pada butir ini; tidak ada yang diambil kembali.",
        "{name} has no dot on this item; nothing was taken back.",
    ),
    "voting.bad_source": (
        "Hanya rekap kertas dan angkat tangan yang dicatat sebagai jumlah.",
        "Only paper tallies and shows of hands are entered as counts.",
    ),
    "voting.bad_count": (
        "Jumlah suara harus bilangan bulat dari 0 sampai {limit}.",
        "A count must be a whole number from 0 to {limit}.",
    ),
    "voting.bad_budget": (
        "Jumlah titik per peserta harus bilangan bulat dari 1 sampai {limit}.",
        "Dots per participant must be a whole number from 1 to {limit}.",
    ),
    "voting.bad_score": (
        "Dampak dan kelayakan dinilai dengan angka 1 sampai 5 (atau dikosongkan); '{value}' tidak sah.",
        "Impact and feasibility are scored from 1 to 5 (or left empty); '{value}' is not valid.",
    ),
    "voting.programme_not_found": (
        "Program itu sudah tidak ada (mungkin dihapus di tempat lain).",
        "That programme no longer exists (it may have been removed elsewhere).",
    ),
    # -- capture: programmes and actions --
    "programme.not_found": (
        "Program itu sudah tidak ada (mungkin dihapus di tempat lain).",
        "That programme no longer exists (it may have been removed elsewhere).",
    ),
    "programme.no_sources": (
        "Pilih satu atau beberapa masukan, atau sebuah tema, untuk dijadikan program.",
        "Select one or more inputs, or a theme, to turn into a programme.",
    ),
    "programme.theme_not_found": (
        "Tema itu sudah tidak ada (mungkin dibubarkan di tempat lain).",
        "That theme no longer exists (it may have been dissolved elsewhere).",
    ),
    "programme.other_pillar": (
        "Masukan atau tema itu milik pilar lain; program dibuat dari masukan pilar ini saja.",
        "That input or theme belongs to another pillar; a programme grows from this pillar's inputs only.",
    ),
    "programme.name_required": (
        "Nama program wajib diisi.",
        "The programme needs a name.",
    ),
    "programme.too_long": (
        "Teks terlalu panjang ({length} karakter; paling banyak {limit}).",
        "The text is too long ({length} characters; at most {limit}).",
    ),
    "programme.too_many": (
        "Terlalu banyak OPD pendukung (paling banyak {limit}).",
        "Too many supporting agencies (at most {limit}).",
    ),
    "programme.bad_horizon": (
        "Jangka waktu '{value}' tidak dikenal; pilih quick win, 5 tahun, atau 10 tahun.",
        "Unknown horizon '{value}'; choose quick win, 5 years or 10 years.",
    ),
    "programme.bad_year": (
        "Tahun target '{value}' tidak sah; tulis tahun antara {earliest} dan {latest}, atau kosongkan.",
        "'{value}' is not a valid target year; write a year from {earliest} to {latest}, or leave it empty.",
    ),
    "programme.bad_score": (
        "Nilai '{value}' tidak sah; dampak dan kelayakan dinilai 1 (rendah) sampai 5 (tinggi).",
        "'{value}' is not a valid rating; impact and feasibility go from 1 (low) to 5 (high).",
    ),
    "programme.bad_element": (
        "Elemen '{value}' bukan bagian dari pilar program ini.",
        "The element '{value}' is not part of this programme's pillar.",
    ),
    "programme.unknown_field": (
        "Isian '{field}' tidak dapat diubah pada program.",
        "The field '{field}' cannot be changed on a programme.",
    ),
    "action.not_found": (
        "Tindak lanjut itu sudah tidak ada (mungkin dihapus di tempat lain).",
        "That follow-up action no longer exists (it may have been removed elsewhere).",
    ),
    "action.text_required": (
        "Tuliskan tindak lanjutnya.",
        "Write what the follow-up action is.",
    ),
    "action.bad_status": (
        "Status '{value}' tidak dikenal; pilih terbuka, selesai, atau dibatalkan.",
        "Unknown status '{value}'; choose open, done or cancelled.",
    ),
    "action.due_before_workshop": (
        "Tenggat {date} lebih awal dari tanggal lokakarya ({held_on}); tindak lanjut jatuh tempo sesudahnya.",
        "The due date {date} is before the workshop ({held_on}); a follow-up is due after it.",
    ),
    "action.unknown_field": (
        "Isian '{field}' tidak dapat diubah pada tindak lanjut.",
        "The field '{field}' cannot be changed on a follow-up action.",
    ),
    # -- capture: session (start, close, agenda timer) --
    "session.closed": (
        "Lokakarya sudah ditutup. Buka kembali lokakarya sebelum memulai butir acara.",
        "The workshop is closed. Reopen the workshop before starting an agenda item.",
    ),
    "session.close_before_open": (
        "Lokakarya tidak dapat ditutup pukul {now}: lokakarya dibuka pukul {opened}. Periksa jam komputer.",
        "The workshop cannot close at {now}: it was opened at {opened}. Check the computer's clock.",
    ),
    "session.end_before_start": (
        "'{title}' tidak dapat diakhiri pukul {now}: butir ini dimulai pukul {started}. Periksa jam komputer.",
        "'{title}' cannot end at {now}: it started at {started}. Check the computer's clock.",
    ),
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


def register(table: dict[str, tuple[str, str]]) -> None:
    """Add a package's own message table (sync keeps its texts beside its code)."""
    clash = set(table) & set(MESSAGES)
    if clash and any(MESSAGES[c] != table[c] for c in clash):
        raise RuntimeError(f"message codes defined twice: {sorted(clash)}")
    MESSAGES.update(table)


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
