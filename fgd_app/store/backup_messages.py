"""Messages of backups, restore, rescue and the one-window lock, in Indonesian and English."""

from __future__ import annotations

from fgd_app.errors import register

register({
    "backup.failed": (
        "Cadangan basis data {path} tidak dapat dibuat ({detail}); tidak ada yang diubah.",
        "A backup of the database {path} could not be made ({detail}); nothing was changed.",
    ),
    "backup.unusable": (
        "Cadangan {path} tidak dapat dipakai ({detail}); basis data tidak diubah.",
        "The backup {path} cannot be used ({detail}); the database was not changed.",
    ),
    "backup.restore_failed": (
        "Pemulihan ke {path} gagal ({detail}); basis data tetap seperti sebelumnya.",
        "Restoring into {path} failed ({detail}); the database is as it was.",
    ),
    "backup.none": (
        "Belum ada cadangan untuk basis data {path}.",
        "There is no backup of the database {path} yet.",
    ),
    "salvage.target_exists": (
        "Berkas {path} sudah ada; pilih nama lain untuk salinan yang diselamatkan.",
        "{path} already exists; choose another name for the rescued copy.",
    ),
    "salvage.unreadable": (
        "Tidak ada yang dapat dibaca dari {path} ({detail}). Pulihkan cadangan.",
        "Nothing can be read from {path} ({detail}). Restore a backup.",
    ),
    "db.in_use": (
        "Basis data {path} sedang dibuka oleh jendela fgd-app lain. Tutup jendela itu terlebih dahulu.",
        "The database {path} is open in another fgd-app window. Close that window first.",
    ),
    "db.read_only": (
        "Basis data ini dibuka hanya-baca karena rusak; perubahan tidak dapat disimpan. "
        "Pulihkan cadangan (menu Berkas).",
        "This database was opened read-only because it is damaged; changes cannot be saved. "
        "Restore a backup (File menu).",
    ),
})
