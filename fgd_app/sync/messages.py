"""Messages of sync by file, in Indonesian and English (registered into `errors.MESSAGES`).

Every rejection of a bundle is one line that names the file and what is wrong with it,
and says that nothing was changed where that helps the reader decide what to do next.
"""

from fgd_app.errors import register

SYNC_MESSAGES: dict[str, tuple[str, str]] = {
    "bundle.not_bundle": (
        "{file} bukan berkas paket fgd-app (.fgdb); tidak ada yang diimpor.",
        "{file} is not an fgd-app bundle (.fgdb); nothing was imported.",
    ),
    "bundle.too_large": (
        "{file} terlalu besar ({size} MB; batas {limit} MB); tidak ada yang diimpor.",
        "{file} is too large ({size} MB; the limit is {limit} MB); nothing was imported.",
    ),
    "bundle.damaged": (
        "{file} rusak atau terpotong ({detail}); minta pengirim mengirim ulang. Tidak ada yang diimpor.",
        "{file} is damaged or cut short ({detail}); ask the sender to send it again. Nothing was imported.",
    ),
    "bundle.too_many_members": (
        "{file} berisi {count} berkas (batas {limit}); tidak ada yang diimpor.",
        "{file} holds {count} files (the limit is {limit}); nothing was imported.",
    ),
    "bundle.unsafe_name": (
        "{file} berisi nama berkas berbahaya '{name}'; paket ditolak, tidak ada yang diimpor.",
        "{file} contains an unsafe file name '{name}'; the bundle is refused, nothing was imported.",
    ),
    "bundle.unknown_member": (
        "{file} berisi berkas tak dikenal '{name}'; paket ditolak, tidak ada yang diimpor.",
        "{file} contains an unknown file '{name}'; the bundle is refused, nothing was imported.",
    ),
    "bundle.duplicate_member": (
        "{file} berisi berkas '{name}' lebih dari sekali; paket ditolak, tidak ada yang diimpor.",
        "{file} contains '{name}' more than once; the bundle is refused, nothing was imported.",
    ),
    "bundle.symlink": (
        "{file} berisi tautan simbolik '{name}'; paket ditolak, tidak ada yang diimpor.",
        "{file} contains a symbolic link '{name}'; the bundle is refused, nothing was imported.",
    ),
    "bundle.compression": (
        "{file}: '{name}' memakai kompresi yang tidak didukung ({method}); tidak ada yang diimpor.",
        "{file}: '{name}' uses an unsupported compression ({method}); nothing was imported.",
    ),
    "bundle.bomb": (
        "{file}: '{name}' mengembang melebihi batas aman (bom zip?); paket ditolak, tidak ada yang diimpor.",
        "{file}: '{name}' expands beyond the safe limits (a zip bomb?); the bundle is refused, nothing was imported.",
    ),
    "bundle.no_signature": (
        "{file} tidak bertanda tangan; paket ditolak, tidak ada yang diimpor.",
        "{file} is not signed; the bundle is refused, nothing was imported.",
    ),
    "bundle.bad_signature": (
        "Tanda tangan {file} tidak cocok: isinya diubah setelah ditandatangani. Tidak ada yang diimpor.",
        "The signature of {file} does not match: it was changed after signing. Nothing was imported.",
    ),
    "bundle.bad_manifest": (
        "Daftar isi {file} tidak sah ({detail}); tidak ada yang diimpor.",
        "The manifest of {file} is invalid ({detail}); nothing was imported.",
    ),
    "bundle.newer_format": (
        "{file} dibuat oleh versi fgd-app yang lebih baru (format {found} > {supported}). Perbarui aplikasi.",
        "{file} was made by a newer fgd-app (format {found} > {supported}). Please update the app.",
    ),
    "bundle.newer_schema": (
        "{file} dibuat oleh versi fgd-app yang lebih baru (skema {found} > {supported}). Perbarui aplikasi.",
        "{file} was made by a newer fgd-app (schema {found} > {supported}). Please update the app.",
    ),
    "bundle.not_for_me": (
        "{file} terenkripsi untuk kunci lain ({recipient}); hanya pemilik kunci itu yang dapat membukanya.",
        "{file} is encrypted for another key ({recipient}); only that key's owner can open it.",
    ),
    "bundle.cannot_decrypt": (
        "Paket terenkripsi tidak dapat dibuka dengan kunci {fingerprint}; tidak ada yang diimpor.",
        "The encrypted bundle cannot be opened with key {fingerprint}; nothing was imported.",
    ),
    "bundle.missing_member": (
        "{file} tidak lengkap: '{name}' tercantum di daftar isi tetapi tidak ada. Tidak ada yang diimpor.",
        "{file} is incomplete: '{name}' is listed in the manifest but missing. Nothing was imported.",
    ),
    "bundle.extra_member": (
        "{file} berisi '{name}' yang tidak tercantum di daftar isi; tidak ada yang diimpor.",
        "{file} contains '{name}', which the manifest does not list; nothing was imported.",
    ),
    "bundle.hash_mismatch": (
        "Isi '{name}' di {file} tidak cocok dengan daftar isi (rusak atau diubah); tidak ada yang diimpor.",
        "'{name}' in {file} does not match the manifest (damaged or altered); nothing was imported.",
    ),
    "bundle.blob_hash": (
        "Lampiran '{name}' di {file} tidak cocok dengan namanya; tidak ada yang diimpor.",
        "The attachment '{name}' in {file} does not match its name; nothing was imported.",
    ),
    "bundle.blob_not_image": (
        "Lampiran '{name}' di {file} bukan gambar PNG atau JPEG; tidak ada yang diimpor.",
        "The attachment '{name}' in {file} is not a PNG or JPEG image; nothing was imported.",
    ),
    "bundle.not_utf8": (
        "{file}: '{name}' baris {line} bukan teks UTF-8 yang sah; tidak ada yang diimpor.",
        "{file}: '{name}' line {line} is not valid UTF-8 text; nothing was imported.",
    ),
    "bundle.bad_line": (
        "{file}: '{name}' baris {line} tidak sah ({detail}); tidak ada yang diimpor.",
        "{file}: '{name}' line {line} is invalid ({detail}); nothing was imported.",
    ),
    "bundle.bad_revision": (
        "{file}: perubahan {id} tidak sah ({detail}); tidak ada yang diimpor.",
        "{file}: change {id} is invalid ({detail}); nothing was imported.",
    ),
    "bundle.line_too_long": (
        "{file}: baris perubahan {line} lebih dari {limit} MB; tidak ada yang diimpor.",
        "{file}: change line {line} is longer than {limit} MB; nothing was imported.",
    ),
    "bundle.orphan": (
        "{file} melanjutkan perubahan yang belum ada di sini ({parent}); impor paket yang lebih awal "
        "dari laptop itu terlebih dahulu. Tidak ada yang diimpor.",
        "{file} continues a change this laptop does not have ({parent}); import the earlier bundle from "
        "that laptop first. Nothing was imported.",
    ),
    "bundle.cycle": (
        "{file}: riwayat perubahan berputar (di {id}); paket ditolak, tidak ada yang diimpor.",
        "{file}: the change history loops (at {id}); the bundle is refused, nothing was imported.",
    ),
    "bundle.missing_blob": (
        "{file} merujuk lampiran {sha}… yang tidak disertakan; tidak ada yang diimpor.",
        "{file} refers to attachment {sha}… but does not carry it; nothing was imported.",
    ),
    "bundle.dangling": (
        "{file} merujuk data yang tidak dikenal di sini ({detail}); perbarui aplikasi atau impor paket "
        "yang lebih awal. Tidak ada yang diimpor.",
        "{file} refers to data unknown here ({detail}); update the app or import the earlier bundle. "
        "Nothing was imported.",
    ),
    "bundle.quarantined": (
        "{file} berisi {count} perubahan dengan id yang sudah ada tetapi isi berbeda (mis. {id}); disimpan di "
        "karantina, tidak ada yang diimpor.",
        "{file} holds {count} changes whose id exists here with other content (e.g. {id}); they are "
        "quarantined and nothing was imported.",
    ),
    "bundle.bad_profile": (
        "Profil paket '{profile}' tidak dikenal; pilih full atau minutes.",
        "Unknown bundle profile '{profile}'; choose full or minutes.",
    ),
    "bundle.nothing_to_export": (
        "Tidak ada perubahan untuk diekspor: semuanya sudah diterima koordinator.",
        "Nothing to export: a coordinator has acknowledged every change.",
    ),
    "bundle.write_check_failed": (
        "Paket {path} tidak terbaca kembali dengan benar; jangan gunakan berkas itu, coba lagi atau pakai media lain.",
        "The bundle {path} did not read back correctly; do not use that file, try again or another drive.",
    ),
    "bundle.held": (
        "{file} ditandatangani kunci yang belum dipercaya ({fingerprint}); tidak ada yang diimpor. Cocokkan sidik "
        "kunci dengan pengirim, lalu terima kunci itu.",
        "{file} is signed by a key not trusted here ({fingerprint}); nothing was imported. Compare the fingerprint "
        "with the sender, then accept the key.",
    ),
    "keys.bad_key": (
        "'{key}' bukan kunci publik fgd-app yang sah.",
        "'{key}' is not a valid fgd-app public key.",
    ),
    "keys.unreadable": (
        "Kunci perangkat {path} tidak dapat dibaca; pulihkan dari cadangan.",
        "The device key {path} cannot be read; restore it from a backup.",
    ),
    "keys.not_found": (
        "Kunci '{ref}' tidak ada di daftar kunci tepercaya.",
        "Key '{ref}' is not in the list of trusted keys.",
    ),
    "conflict.not_found": (
        "Tidak ada konflik terbuka untuk {id}.",
        "There is no open conflict for {id}.",
    ),
    "conflict.incomplete": (
        "Pilih nilai untuk setiap isian yang berkonflik: {fields}.",
        "Choose a value for every conflicting field: {fields}.",
    ),
    "conflict.still_used": (
        "Baris ini tidak dapat dihapus: masih dipakai oleh {table} {id}. Hapus atau pindahkan itu dahulu.",
        "This row cannot be deleted: {table} {id} still uses it. Remove or move that first.",
    ),
}

register(SYNC_MESSAGES)
