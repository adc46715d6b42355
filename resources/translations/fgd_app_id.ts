<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ActionModel</name>
    <message>
        <source>Follow-up action</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Edit follow-up action: {column}</source>
        <translation>Ubah tindak lanjut: {column}</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Agenda overrun warning</source>
        <translation>Peringatan agenda melewati waktu selesai</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Enter or F2 edits a cell; Ctrl+Up and Ctrl+Down move the selected item; drag rows to reorder.</source>
        <translation>Enter atau F2 mengubah sel; Ctrl+Up dan Ctrl+Down memindahkan mata acara terpilih; seret baris untuk mengubah urutan.</translation>
    </message>
    <message>
        <source>Add an item below the selected one (Insert)</source>
        <translation>Tambah mata acara di bawah yang terpilih (Insert)</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>Tambah aca&amp;ra</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>Hapus mata acara terpilih</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Move the selected item up (Ctrl+Up)</source>
        <translation>Naikkan mata acara terpilih (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Naikkan</translation>
    </message>
    <message>
        <source>Move the selected item down (Ctrl+Down)</source>
        <translation>Turunkan mata acara terpilih (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>T&amp;urunkan</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} jam {minutes} menit</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} jam</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} menit</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Mata acara baru</translation>
    </message>
    <message>
        <source>No agenda items yet. Add the sessions with their planned minutes.</source>
        <translation>Belum ada mata acara. Tambahkan sesi beserta rencana durasinya (menit).</translation>
    </message>
    <message>
        <source>{count} items, {duration} in total. Set the start time to see planned times.</source>
        <translation>{count} mata acara, total {duration}. Isi waktu mulai untuk melihat jadwalnya.</translation>
    </message>
    <message>
        <source>{count} items, {duration} in total: {start}–{end}.</source>
        <translation>{count} mata acara, total {duration}: {start}–{end}.</translation>
    </message>
    <message>
        <source>⚠ The agenda runs until {planned}, {late} past the end time ({end}).</source>
        <translation>⚠ Agenda berlangsung sampai {planned}, {late} melewati waktu selesai ({end}).</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Mata acara</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Menit</translation>
    </message>
    <message>
        <source>Planned start: the workshop&apos;s start plus the minutes of the items before</source>
        <translation>Rencana mulai: waktu mulai lokakarya ditambah durasi mata acara sebelumnya</translation>
    </message>
    <message>
        <source>Ends at {end}, after the workshop&apos;s end time</source>
        <translation>Selesai pukul {end}, melewati waktu selesai lokakarya</translation>
    </message>
    <message>
        <source>— (no pillar)</source>
        <translation>— (tanpa pilar)</translation>
    </message>
</context>
<context>
    <name>AgendaTimer</name>
    <message>
        <source>Workshop session and agenda timer</source>
        <translation>Sesi lokakarya dan pengatur waktu agenda</translation>
    </message>
    <message>
        <source>Workshop status</source>
        <translation>Status lokakarya</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Mata acara</translation>
    </message>
    <message>
        <source>The item to start; the running item is marked with a triangle, finished items with a check mark.</source>
        <translation>Mata acara yang akan dimulai; mata acara yang sedang berjalan ditandai segitiga, yang sudah selesai ditandai centang.</translation>
    </message>
    <message>
        <source>Time left on the agenda item</source>
        <translation>Sisa waktu mata acara</translation>
    </message>
    <message>
        <source>Start the item chosen in the list now (the running item ends)</source>
        <translation>Mulai sekarang mata acara yang dipilih di daftar (mata acara yang sedang berjalan diakhiri)</translation>
    </message>
    <message>
        <source>Start item</source>
        <translation>Mulai acara</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Acara berikutnya</translation>
    </message>
    <message>
        <source>End the running item now (for a break)</source>
        <translation>Akhiri sekarang mata acara yang sedang berjalan (untuk jeda)</translation>
    </message>
    <message>
        <source>End item</source>
        <translation>Akhiri acara</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 menit</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} menit</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 detik</translation>
    </message>
    <message>
        <source>{count} seconds</source>
        <translation>{count} detik</translation>
    </message>
    <message>
        <source>Close the workshop now? The closing time is recorded for the minutes and the running agenda item ends. You can reopen it later.</source>
        <translation>Tutup lokakarya sekarang? Waktu penutupan dicatat untuk notulen dan mata acara yang sedang berjalan diakhiri. Anda dapat membukanya kembali nanti.</translation>
    </message>
    <message>
        <source>Close workshop</source>
        <translation>Tutup lokakarya</translation>
    </message>
    <message>
        <source>Start agenda item</source>
        <translation>Mulai mata acara</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>Mata acara berikutnya</translation>
    </message>
    <message>
        <source>End agenda item</source>
        <translation>Akhiri mata acara</translation>
    </message>
    <message>
        <source>{number}. {title} ({minutes} min)</source>
        <translation>{number}. {title} ({minutes} menit)</translation>
    </message>
    <message>
        <source>Running since {time}</source>
        <translation>Berlangsung sejak {time}</translation>
    </message>
    <message>
        <source>Closed at {time}</source>
        <translation>Ditutup pukul {time}</translation>
    </message>
    <message>
        <source>Reopen workshop</source>
        <translation>Buka kembali lokakarya</translation>
    </message>
    <message>
        <source>Start workshop</source>
        <translation>Mulai lokakarya</translation>
    </message>
    <message>
        <source>Start the next item: {title}</source>
        <translation>Mulai mata acara berikutnya: {title}</translation>
    </message>
    <message>
        <source>End the last item</source>
        <translation>Akhiri mata acara terakhir</translation>
    </message>
    <message>
        <source>{duration} over time</source>
        <translation>Lewat waktu {duration}</translation>
    </message>
    <message>
        <source>{duration} left</source>
        <translation>Sisa {duration}</translation>
    </message>
    <message>
        <source>Not started; planned {duration}</source>
        <translation>Belum dimulai; direncanakan {duration}</translation>
    </message>
    <message>
        <source>No agenda item running</source>
        <translation>Tidak ada mata acara yang sedang berjalan</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>fgd-app</source>
        <translation>fgd-app</translation>
    </message>
    <message>
        <source>fgd-app cannot start</source>
        <translation>fgd-app tidak dapat dimulai</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Automatic</source>
        <translation>Otomatis</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Sebelum impor</translation>
    </message>
    <message>
        <source>Before an app update</source>
        <translation>Sebelum pembaruan aplikasi</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Sebelum pemulihan</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Dibuat manual</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Choose the snapshot to go back to. The database becomes exactly what it was then; its current content is kept as a snapshot, so nothing is lost.</source>
        <translation>Pilih cadangan yang akan dipulihkan. Basis data menjadi persis seperti saat itu; isinya sekarang disimpan sebagai cadangan, jadi tidak ada yang hilang.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <source>Other &amp;file…</source>
        <translation>&amp;Berkas lain…</translation>
    </message>
    <message>
        <source>There is no snapshot yet. Use “Other file…” to pick a copy of the database.</source>
        <translation>Belum ada cadangan. Pakai “Berkas lain…” untuk memilih salinan basis data.</translation>
    </message>
    <message>
        <source>{path}
Holds {workshops} workshops and {revisions} recorded changes; the check found no damage.</source>
        <translation>{path}
Berisi {workshops} lokakarya dan {revisions} perubahan tercatat; pemeriksaan tidak menemukan kerusakan.</translation>
    </message>
    <message>
        <source>{path}
Cannot be used: {problem}</source>
        <translation>{path}
Tidak dapat dipakai: {problem}</translation>
    </message>
    <message>
        <source>Choose a database copy</source>
        <translation>Pilih salinan basis data</translation>
    </message>
    <message>
        <source>fgd-app databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Basis data fgd-app (*.sqlite3 *.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Everything entered after this snapshot will be replaced by the snapshot. The current content is kept as a snapshot “Before a restore”. Restore now?</source>
        <translation>Semua yang dimasukkan setelah cadangan ini akan diganti dengan isi cadangan. Isi sekarang disimpan sebagai cadangan “Sebelum pemulihan”. Pulihkan sekarang?</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Basis data rusak</translation>
    </message>
    <message>
        <source>• Restore a backup: go back to a snapshot (the app makes one every few minutes).
• Rescue what can be read: copy every readable change into a new database and use it.
• Open read-only: look at the data and export documents; nothing can be saved.
The damaged file is never deleted: it is kept in the backups folder.</source>
        <translation>• Pulihkan cadangan: kembali ke cadangan (aplikasi membuatnya setiap beberapa menit).
• Selamatkan yang terbaca: salin setiap perubahan yang masih terbaca ke basis data baru dan pakai itu.
• Buka hanya-baca: lihat data dan ekspor dokumen; tidak ada yang dapat disimpan.
Berkas yang rusak tidak pernah dihapus: disimpan di folder cadangan.</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Pulihkan cadangan…</translation>
    </message>
    <message>
        <source>Re&amp;scue what can be read</source>
        <translation>&amp;Selamatkan yang terbaca</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Buka &amp;hanya-baca</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Rescued {workshops} workshops, {revisions} recorded changes and {blobs} files into
{path}</source>
        <translation>Diselamatkan {workshops} lokakarya, {revisions} perubahan tercatat dan {blobs} berkas ke
{path}</translation>
    </message>
    <message>
        <source>Could not be read: {lost} stored records; left out: {dropped} entries whose workshop or item was lost. Compare with the paper notes.</source>
        <translation>Tidak terbaca: {lost} catatan; tidak disertakan: {dropped} entri yang lokakarya atau butirnya hilang. Bandingkan dengan catatan kertas.</translation>
    </message>
    <message>
        <source>a whole table</source>
        <translation>satu tabel utuh</translation>
    </message>
    <message>
        <source>Everything recorded could be read.</source>
        <translation>Semua yang tercatat dapat dibaca.</translation>
    </message>
    <message>
        <source>Rescue what can be read</source>
        <translation>Selamatkan yang terbaca</translation>
    </message>
    <message>
        <source>Use the rescued copy now?</source>
        <translation>Pakai salinan yang diselamatkan sekarang?</translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <source>Capture</source>
        <translation>Pencatatan</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Presenter view (F5)</source>
        <translation>Tampilan proyektor (F5)</translation>
    </message>
    <message>
        <source>Show the current pillar on the projector in a second window</source>
        <translation>Tampilkan pilar yang sedang dibahas di proyektor dalam jendela kedua</translation>
    </message>
    <message>
        <source>Names on projector</source>
        <translation>Nama di proyektor</translation>
    </message>
    <message>
        <source>Show speakers&apos; names on the projector (only of participants who agreed)</source>
        <translation>Tampilkan nama pembicara di proyektor (hanya peserta yang menyetujui)</translation>
    </message>
    <message>
        <source>&amp;Pillar</source>
        <translation>Pi&amp;lar</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>Switch pillar: Ctrl+PgUp / Ctrl+PgDown</source>
        <translation>Ganti pilar: Ctrl+PgUp / Ctrl+PgDown</translation>
    </message>
    <message>
        <source>&amp;Element filter</source>
        <translation>&amp;Filter elemen</translation>
    </message>
    <message>
        <source>Element filter</source>
        <translation>Filter elemen</translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation>&amp;Yang disampaikan:</translation>
    </message>
    <message>
        <source>Type an input and press Enter</source>
        <translation>Ketik masukan lalu tekan Enter</translation>
    </message>
    <message>
        <source>New input</source>
        <translation>Masukan baru</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Save the input (Enter)</source>
        <translation>Simpan masukan (Enter)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>Kind of input</source>
        <translation>Jenis masukan</translation>
    </message>
    <message>
        <source>Spea&amp;ker:</source>
        <translation>Pembica&amp;ra:</translation>
    </message>
    <message>
        <source>optional: start typing a participant&apos;s name</source>
        <translation>opsional: mulai ketik nama peserta</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Pembicara</translation>
    </message>
    <message>
        <source>Element of the new input</source>
        <translation>Elemen masukan baru</translation>
    </message>
    <message>
        <source>Ctrl+1 Problem · Ctrl+2 Potential · Ctrl+3 Idea · Ctrl+4 Strength · Ctrl+5 Weakness · Ctrl+6 Opportunity · Ctrl+7 Threat · Ctrl+8 Readiness (again: next kind) · Ctrl+9 Decision · Ctrl+0 Question (again: Note)</source>
        <translation>Ctrl+1 Permasalahan · Ctrl+2 Potensi · Ctrl+3 Gagasan · Ctrl+4 Kekuatan · Ctrl+5 Kelemahan · Ctrl+6 Peluang · Ctrl+7 Ancaman · Ctrl+8 Kesiapan (tekan lagi: jenis berikutnya) · Ctrl+9 Keputusan · Ctrl+0 Pertanyaan (tekan lagi: Catatan)</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Saring menurut jenis</translation>
    </message>
    <message>
        <source>Filter by theme</source>
        <translation>Saring menurut tema</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Car&amp;i:</translation>
    </message>
    <message>
        <source>words in inputs</source>
        <translation>kata dalam masukan</translation>
    </message>
    <message>
        <source>Search inputs</source>
        <translation>Cari masukan</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>Tampila&amp;n:</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <source>Group board by</source>
        <translation>Kelompokkan papan menurut</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Masukan</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Papan</translation>
    </message>
    <message>
        <source>&amp;Themes (drop inputs here)</source>
        <translation>Te&amp;ma (letakkan masukan di sini)</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>New theme from selection</source>
        <translation>Tema baru dari pilihan</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Dissolve</source>
        <translation>Bubarkan</translation>
    </message>
    <message>
        <source>Remove the theme; its inputs stay</source>
        <translation>Hapus tema; masukannya tetap ada</translation>
    </message>
    <message>
        <source>&amp;Inputs</source>
        <translation>Mas&amp;ukan</translation>
    </message>
    <message>
        <source>&amp;Voting</source>
        <translation>Pemun&amp;gutan suara</translation>
    </message>
    <message>
        <source>&amp;Worksheet</source>
        <translation>Lembar &amp;kerja</translation>
    </message>
    <message>
        <source>P&amp;hotos</source>
        <translation>F&amp;oto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Masukan</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elemen</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Suara</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>Ganti nama tema</translation>
    </message>
    <message>
        <source>All elements ({count})</source>
        <translation>Semua elemen ({count})</translation>
    </message>
    <message>
        <source>No element ({count})</source>
        <translation>Tanpa elemen ({count})</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Semua tema</translation>
    </message>
    <message>
        <source>Edit input</source>
        <translation>Ubah masukan</translation>
    </message>
    <message>
        <source>Dissolve theme</source>
        <translation>Bubarkan tema</translation>
    </message>
    <message>
        <source>{count} shown</source>
        <translation>{count} ditampilkan</translation>
    </message>
    <message>
        <source>Promote theme to programme</source>
        <translation>Jadikan tema sebagai program</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Daftar</translation>
    </message>
    <message>
        <source>by element</source>
        <translation>per elemen</translation>
    </message>
    <message>
        <source>by kind</source>
        <translation>per jenis</translation>
    </message>
    <message>
        <source>by theme</source>
        <translation>per tema</translation>
    </message>
    <message>
        <source>(no element)</source>
        <translation>(tanpa elemen)</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Tema baru</translation>
    </message>
    <message>
        <source>Title of the theme:</source>
        <translation>Judul tema:</translation>
    </message>
    <message>
        <source>Take out of theme</source>
        <translation>Keluarkan dari tema</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Ubah teks</translation>
    </message>
    <message>
        <source>Merge duplicates into the first</source>
        <translation>Gabungkan duplikat ke yang pertama</translation>
    </message>
    <message>
        <source>Move to pillar</source>
        <translation>Pindahkan ke pilar</translation>
    </message>
    <message>
        <source>Move to element</source>
        <translation>Pindahkan ke elemen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Add to theme</source>
        <translation>Masukkan ke tema</translation>
    </message>
    <message>
        <source>Merge {count} inputs</source>
        <translation>Gabungkan {count} masukan</translation>
    </message>
    <message>
        <source>Move inputs</source>
        <translation>Pindahkan masukan</translation>
    </message>
    <message>
        <source>Promote to programme</source>
        <translation>Jadikan program</translation>
    </message>
    <message>
        <source>Delete {count} inputs</source>
        <translation>Hapus {count} masukan</translation>
    </message>
    <message>
        <source>Kind: {kind}</source>
        <translation>Jenis: {kind}</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not on the participant list: pick a name from the list, or clear the speaker field.</source>
        <translation>&quot;{name}&quot; tidak ada di daftar peserta: pilih nama dari daftar, atau kosongkan kolom pembicara.</translation>
    </message>
    <message>
        <source>Add input</source>
        <translation>Tambah masukan</translation>
    </message>
    <message>
        <source>One input holds at most {limit} characters; the text was cut there and the rest was not taken. Split long texts into several inputs.</source>
        <translation>Satu masukan memuat paling banyak {limit} karakter; teks dipotong pada batas itu dan sisanya tidak diambil. Pecah teks yang panjang menjadi beberapa masukan.</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <source>Check-in</source>
        <translation>Daftar hadir</translation>
    </message>
    <message>
        <source>Attendance check-in</source>
        <translation>Pencatatan kehadiran</translation>
    </message>
    <message>
        <source>Participants present</source>
        <translation>Peserta hadir</translation>
    </message>
    <message>
        <source>Find a participant by name, agency or NIP (Ctrl+F):</source>
        <translation>Cari peserta menurut nama, instansi, atau NIP (Ctrl+F):</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Cari peserta</translation>
    </message>
    <message>
        <source>Type part of a name, agency or NIP. Up and Down choose a result, Enter checks the person in, Esc clears the search.</source>
        <translation>Ketik sebagian nama, instansi, atau NIP. Up dan Down memilih hasil, Enter mencatat kehadiran, Esc mengosongkan pencarian.</translation>
    </message>
    <message>
        <source>Type a name, agency or NIP…</source>
        <translation>Ketik nama, instansi, atau NIP…</translation>
    </message>
    <message>
        <source>Matching participants</source>
        <translation>Peserta yang cocok</translation>
    </message>
    <message>
        <source>Enter or a double click checks the selected person in.</source>
        <translation>Enter atau klik ganda mencatat kehadiran peserta terpilih.</translation>
    </message>
    <message>
        <source>Walk-in: not on the list (Ctrl+R)</source>
        <translation>Peserta langsung: tidak ada di daftar (Ctrl+R)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Walk-in name</source>
        <translation>Nama peserta langsung</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>Instansi:</translation>
    </message>
    <message>
        <source>Walk-in agency</source>
        <translation>Instansi peserta langsung</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Jabatan:</translation>
    </message>
    <message>
        <source>Walk-in position</source>
        <translation>Jabatan peserta langsung</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Jenis kelamin:</translation>
    </message>
    <message>
        <source>Walk-in gender</source>
        <translation>Jenis kelamin peserta langsung</translation>
    </message>
    <message>
        <source>Register and check in</source>
        <translation>Daftarkan dan catat hadir</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Kehadiran terakhir</translation>
    </message>
    <message>
        <source>Selected participant</source>
        <translation>Peserta terpilih</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Catat hadir</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>Batalkan kehadiran</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>Enter or Ctrl+Enter</source>
        <translation>Enter atau Ctrl+Enter</translation>
    </message>
    <message>
        <source>Save signature</source>
        <translation>Simpan tanda tangan</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Bersihkan</translation>
    </message>
    <message>
        <source>Esc: back to the search without a signature</source>
        <translation>Esc: kembali ke pencarian tanpa tanda tangan</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Name may appear in the minutes</source>
        <translation>Nama boleh dicantumkan dalam notulen</translation>
    </message>
    <message>
        <source>May appear in photos</source>
        <translation>Boleh tampil dalam foto</translation>
    </message>
    <message>
        <source>Keep phone number after the workshop</source>
        <translation>Simpan nomor telepon setelah lokakarya</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Teks persetujuan</translation>
    </message>
    <message>
        <source>Nobody matches. Register a walk-in with Ctrl+R.</source>
        <translation>Tidak ada yang cocok. Daftarkan peserta langsung dengan Ctrl+R.</translation>
    </message>
    <message>
        <source>Present: {present} of {total}</source>
        <translation>Hadir: {present} dari {total}</translation>
    </message>
    <message>
        <source>Check the participant in first</source>
        <translation>Catat kehadiran peserta terlebih dahulu</translation>
    </message>
    <message>
        <source>Type a name in the search field; Enter checks the highlighted person in.</source>
        <translation>Ketik nama di kolom pencarian; Enter mencatat kehadiran peserta yang disorot.</translation>
    </message>
    <message>
        <source>Present since {time}</source>
        <translation>Hadir sejak {time}</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>sudah tanda tangan</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>belum tanda tangan</translation>
    </message>
    <message>
        <source>Not checked in yet: press Enter to check in.</source>
        <translation>Belum hadir: tekan Enter untuk mencatat kehadiran.</translation>
    </message>
    <message>
        <source>Consent recorded (text version {version}).</source>
        <translation>Persetujuan tercatat (teks versi {version}).</translation>
    </message>
    <message>
        <source>Consent not recorded yet.</source>
        <translation>Persetujuan belum dicatat.</translation>
    </message>
    <message>
        <source>Type a name and press Enter to check the person in.</source>
        <translation>Ketik nama lalu tekan Enter untuk mencatat kehadiran.</translation>
    </message>
    <message>
        <source>✓ {name} — {time}</source>
        <translation>✓ {name} — {time}</translation>
    </message>
    <message>
        <source>✓ {name} — already checked in at {time}</source>
        <translation>✓ {name} — sudah hadir sejak {time}</translation>
    </message>
    <message>
        <source>✓ {name} — {time} · signature saved</source>
        <translation>✓ {name} — {time} · tanda tangan tersimpan</translation>
    </message>
    <message>
        <source>✓ {name} — {time} (walk-in)</source>
        <translation>✓ {name} — {time} (peserta langsung)</translation>
    </message>
    <message>
        <source>Check-in of {name} undone</source>
        <translation>Kehadiran {name} dibatalkan</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(tidak disebutkan)</translation>
    </message>
    <message>
        <source>Text version {version}.</source>
        <translation>Teks versi {version}.</translation>
    </message>
</context>
<context>
    <name>CheckinTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Datang</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>Arrived {time}</source>
        <translation>Datang {time}</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Belum hadir</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Belum tanda tangan</translation>
    </message>
</context>
<context>
    <name>CoordinatorPanel</name>
    <message>
        <source>this laptop</source>
        <translation>laptop ini</translation>
    </message>
    <message>
        <source>Regency/City</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Perubahan terakhir</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Fasilitator</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Inputs recorded for {pillar}</source>
        <translation>Masukan yang dicatat untuk {pillar}</translation>
    </message>
    <message>
        <source>{name} ({device}): {count} changes</source>
        <translation>{name} ({device}): {count} perubahan</translation>
    </message>
    <message>
        <source>Open conflicts: review them under Conflicts on the Sync page.</source>
        <translation>Ada konflik terbuka: tinjau di bagian Konflik pada halaman Sinkronisasi.</translation>
    </message>
    <message>
        <source>{shown} of {total} workshops</source>
        <translation>{shown} dari {total} lokakarya</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Dokumen Word (*.docx)</translation>
    </message>
    <message>
        <source>Consolidated masterplan of {regency}</source>
        <translation>Masterplan konsolidasi {regency}</translation>
    </message>
    <message>
        <source>Document not saved</source>
        <translation>Dokumen tidak tersimpan</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Menulis {name}…</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Tersimpan: {path}</translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation>Semua lokakarya</translation>
    </message>
    <message>
        <source>&amp;Regency or province:</source>
        <translation>&amp;Kabupaten/kota atau provinsi:</translation>
    </message>
    <message>
        <source>Type part of a name, e.g. Kutai</source>
        <translation>Ketik sebagian nama, misalnya Kutai</translation>
    </message>
    <message>
        <source>Consolidated masterplan…</source>
        <translation>Masterplan konsolidasi…</translation>
    </message>
    <message>
        <source>A draft masterplan of the selected workshop&apos;s regency, from all its FGDs</source>
        <translation>Draf masterplan kabupaten/kota dari lokakarya yang dipilih, disusun dari semua FGD-nya</translation>
    </message>
    <message>
        <source>Workshops of all regencies</source>
        <translation>Lokakarya semua kabupaten/kota</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>Kesalahan tak terduga</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Everything shown as saved is safe. Details were written to the log file:
{path}</source>
        <translation>Terjadi kesalahan: {error}

Semua yang ditampilkan sebagai tersimpan tetap aman. Rinciannya ditulis ke berkas log:
{path}</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Minutes and masterplan</source>
        <translation>Notulen dan masterplan</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Doc&amp;ument:</source>
        <translation>Dok&amp;umen:</translation>
    </message>
    <message>
        <source>Pi&amp;llar:</source>
        <translation>Pi&amp;lar:</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>The masterplan draft covers all pillars or only the one chosen here.</source>
        <translation>Draf masterplan mencakup semua pilar atau hanya pilar yang dipilih di sini.</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>B&amp;ahasa:</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Bahasa dokumen</translation>
    </message>
    <message>
        <source>The language the document is written in, independent of the interface language.</source>
        <translation>Bahasa penulisan dokumen, terlepas dari bahasa tampilan aplikasi.</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>&amp;Ukuran kertas:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Ukuran kertas</translation>
    </message>
    <message>
        <source>List phone &amp;numbers in the attendance list</source>
        <translation>Cantumkan &amp;nomor HP di daftar hadir</translation>
    </message>
    <message>
        <source>Only participants who agreed to share their number are listed.</source>
        <translation>Hanya nomor peserta yang bersedia nomornya dibagikan yang dicantumkan.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Export &amp;Word (.docx)…</source>
        <translation>Ekspor &amp;Word (.docx)…</translation>
    </message>
    <message>
        <source>Asks for a file name, then writes the document shown in the preview as a Word file.</source>
        <translation>Meminta nama berkas, lalu menulis dokumen pada pratinjau sebagai berkas Word.</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Ekspor PDF…</translation>
    </message>
    <message>
        <source>Asks for a file name, then writes the document shown in the preview as a PDF file.</source>
        <translation>Meminta nama berkas, lalu menulis dokumen pada pratinjau sebagai berkas PDF.</translation>
    </message>
    <message>
        <source>Export in progress</source>
        <translation>Ekspor sedang berjalan</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Hasil ekspor</translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation>&amp;Buka dokumen</translation>
    </message>
    <message>
        <source>Opens the file just written in the program that usually opens it.</source>
        <translation>Membuka berkas yang baru ditulis dengan program yang biasa membukanya.</translation>
    </message>
    <message>
        <source>Open folde&amp;r</source>
        <translation>Buka fo&amp;lder</translation>
    </message>
    <message>
        <source>Shows the folder of the file just written.</source>
        <translation>Menampilkan folder berkas yang baru ditulis.</translation>
    </message>
    <message>
        <source>Preview (content only; page breaks, header and page numbers appear in the exported file)</source>
        <translation>Pratinjau (isi saja; pemisah halaman, kepala halaman dan nomor halaman ada di berkas hasil ekspor)</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Pratinjau dokumen</translation>
    </message>
    <message>
        <source>The text of the document as it will be exported, in the document language.</source>
        <translation>Teks dokumen sebagaimana akan diekspor, dalam bahasa dokumen.</translation>
    </message>
    <message>
        <source>All pillars</source>
        <translation>Semua pilar</translation>
    </message>
    <message>
        <source>Export as Word document</source>
        <translation>Ekspor sebagai dokumen Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Dokumen Word (*.docx)</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Ekspor sebagai PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Tersimpan: {path}</translation>
    </message>
    <message>
        <source>Document not saved</source>
        <translation>Dokumen tidak tersimpan</translation>
    </message>
    <message>
        <source>The document could not be made ({detail}). The log file has the details.</source>
        <translation>Dokumen tidak dapat dibuat ({detail}). Rinciannya ada di berkas log.</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Tidak dapat membuka</translation>
    </message>
    <message>
        <source>No program could open {path}.</source>
        <translation>Tidak ada program yang dapat membuka {path}.</translation>
    </message>
    <message>
        <source>Minutes (notulen)</source>
        <translation>Notulen</translation>
    </message>
    <message>
        <source>Draft masterplan</source>
        <translation>Draf masterplan</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Menulis {name}…</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Saved {time}</source>
        <translation>Tersimpan {time}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import participants</source>
        <translation>Impor peserta</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <source>Chosen file</source>
        <translation>Berkas terpilih</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file</source>
        <translation>Berkas CSV atau Excel (.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Pilih &amp;berkas…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Lembar:</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Kolom untuk setiap data</translation>
    </message>
    <message>
        <source>&amp;Name (required):</source>
        <translation>&amp;Nama (wajib):</translation>
    </message>
    <message>
        <source>Column for the name</source>
        <translation>Kolom untuk nama</translation>
    </message>
    <message>
        <source>Posi&amp;tion:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <source>Column for the position</source>
        <translation>Kolom untuk jabatan</translation>
    </message>
    <message>
        <source>NI&amp;P:</source>
        <translation>NI&amp;P:</translation>
    </message>
    <message>
        <source>Column for the NIP</source>
        <translation>Kolom untuk NIP</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>In&amp;stansi:</translation>
    </message>
    <message>
        <source>Column for the agency</source>
        <translation>Kolom untuk instansi</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>Jenis &amp;kelamin:</translation>
    </message>
    <message>
        <source>Column for the gender</source>
        <translation>Kolom untuk jenis kelamin</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <source>Column for the phone number</source>
        <translation>Kolom untuk nomor telepon</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Column for the e-mail address</source>
        <translation>Kolom untuk alamat e-mail</translation>
    </message>
    <message>
        <source>Show only rows with p&amp;roblems</source>
        <translation>Tampilkan hanya baris ber&amp;masalah</translation>
    </message>
    <message>
        <source>Preview of the rows to import</source>
        <translation>Pratinjau baris yang akan diimpor</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Choose a participant list</source>
        <translation>Pilih daftar peserta</translation>
    </message>
    <message>
        <source>Participant lists (*.csv *.xlsx *.xlsm *.txt);;All files (*)</source>
        <translation>Daftar peserta (*.csv *.xlsx *.xlsm *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Berkas ini tidak dapat diimpor</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(tidak diimpor)</translation>
    </message>
    <message>
        <source>Ready to import: {ready} · duplicates to skip: {duplicates} · rows with errors (not imported): {errors}</source>
        <translation>Siap diimpor: {ready} · duplikat dilewati: {duplicates} · baris bermasalah (tidak diimpor): {errors}</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel file with one participant per row.</source>
        <translation>Pilih berkas CSV atau Excel berisi satu peserta per baris.</translation>
    </message>
    <message>
        <source>&amp;Import {count} rows</source>
        <translation>&amp;Impor {count} baris</translation>
    </message>
    <message>
        <source>Imported {imported} participants.</source>
        <translation>{imported} peserta telah diimpor.</translation>
    </message>
    <message>
        <source>Imported: {imported} · skipped duplicates: {skipped} · rows with errors: {errors}</source>
        <translation>Diimpor: {imported} · duplikat dilewati: {skipped} · baris bermasalah: {errors}</translation>
    </message>
    <message>
        <source>… and {more} more rows with errors (shown highlighted above).</source>
        <translation>… dan {more} baris bermasalah lainnya (ditandai pada tabel di atas).</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>M/F</source>
        <translation>L/P</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Skip: duplicate</source>
        <translation>Lewati: duplikat</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Kosong</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workshops</source>
        <translation>Lokakarya</translation>
    </message>
    <message>
        <source>No workshops yet. Create the demo workshop to see how the app works.</source>
        <translation>Belum ada lokakarya. Buat lokakarya demo untuk melihat cara kerja aplikasi.</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Lokakarya baru…</translation>
    </message>
    <message>
        <source>Create demo workshop</source>
        <translation>Buat lokakarya demo</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Buka lokakarya</translation>
    </message>
    <message>
        <source>← Back to workshops</source>
        <translation>← Kembali ke daftar lokakarya</translation>
    </message>
    <message>
        <source>Workshop sections</source>
        <translation>Bagian lokakarya</translation>
    </message>
    <message>
        <source>&amp;Setup</source>
        <translation>&amp;Persiapan</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>P&amp;eserta</translation>
    </message>
    <message>
        <source>C&amp;heck-in</source>
        <translation>Daftar &amp;hadir</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>Pen&amp;catatan</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumen</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Sinkronisasi</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Na&amp;vigasi</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <source>&amp;Workshop list</source>
        <translation>&amp;Daftar lokakarya</translation>
    </message>
    <message>
        <source>&amp;Demo workshop</source>
        <translation>Lokakarya &amp;demo</translation>
    </message>
    <message>
        <source>Create the Kutai Barat demo workshop, or select it if it exists</source>
        <translation>Buat lokakarya demo Kutai Barat, atau pilih jika sudah ada</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Save a snapshot of the whole database in the backups folder</source>
        <translation>Simpan cadangan seluruh basis data di folder cadangan</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Pulihkan cadangan…</translation>
    </message>
    <message>
        <source>Put the database back as it was in an earlier snapshot (the current content is kept)</source>
        <translation>Kembalikan basis data seperti pada cadangan sebelumnya (isi sekarang tetap disimpan)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;About fgd-app</source>
        <translation>&amp;Tentang fgd-app</translation>
    </message>
    <message>
        <source>Demo workshop</source>
        <translation>Lokakarya demo</translation>
    </message>
    <message>
        <source>Demo workshop created.</source>
        <translation>Lokakarya demo telah dibuat.</translation>
    </message>
    <message>
        <source>The demo workshop already exists; it is selected.</source>
        <translation>Lokakarya demo sudah ada dan telah dipilih.</translation>
    </message>
    <message>
        <source>Opened: {title}</source>
        <translation>Dibuka: {title}</translation>
    </message>
    <message>
        <source>{regency}, {province} province</source>
        <translation>{regency}, Provinsi {province}</translation>
    </message>
    <message>
        <source>Stage: {stage} · Status: {status}</source>
        <translation>Tahap: {stage} · Status: {status}</translation>
    </message>
    <message>
        <source>Participants: {participants} · Inputs: {inputs}</source>
        <translation>Peserta: {participants} · Masukan: {inputs}</translation>
    </message>
    <message>
        <source>Interface language: English</source>
        <translation>Bahasa antarmuka: Inggris</translation>
    </message>
    <message>
        <source>Interface language: Indonesian</source>
        <translation>Bahasa antarmuka: Bahasa Indonesia</translation>
    </message>
    <message>
        <source>Read-only: the database is damaged, nothing can be saved</source>
        <translation>Hanya-baca: basis data rusak, tidak ada yang dapat disimpan</translation>
    </message>
    <message>
        <source>fgd-app (read-only)</source>
        <translation>fgd-app (hanya-baca)</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Cadangan tersimpan: {path}</translation>
    </message>
    <message>
        <source>Offline tool for facilitators of Smart City focus group discussions.</source>
        <translation>Aplikasi luring untuk fasilitator diskusi kelompok terpumpun (FGD) Smart City.</translation>
    </message>
    <message>
        <source>Data location:</source>
        <translation>Lokasi data:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Berkas log:</translation>
    </message>
    <message>
        <source>About fgd-app</source>
        <translation>Tentang fgd-app</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>Lokakarya baru</translation>
    </message>
    <message>
        <source>Choose the regency or city, a title and the date. Everything else can be filled in afterwards on the Setup tab.</source>
        <translation>Pilih kabupaten atau kota, judul, dan tanggal. Data lainnya dapat dilengkapi kemudian di tab Persiapan.</translation>
    </message>
    <message>
        <source>R&amp;egency/city</source>
        <translation>&amp;Kabupaten/kota</translation>
    </message>
    <message>
        <source>Regency or city</source>
        <translation>Kabupaten atau kota</translation>
    </message>
    <message>
        <source>Type part of the name to search the 514 regencies and cities</source>
        <translation>Ketik sebagian nama untuk mencari di antara 514 kabupaten dan kota</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>e.g. FGD Bimtek 1 Smart City masterplan</source>
        <translation>mis. FGD Bimtek 1 Masterplan Smart City</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>Tan&amp;ggal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>&amp;Copy the participant list (names, positions, NIP, agencies; not phones, signatures or consent)</source>
        <translation>&amp;Salin daftar peserta (nama, jabatan, NIP, instansi; tanpa telepon, tanda tangan, atau persetujuan)</translation>
    </message>
    <message>
        <source>Duplicate as template</source>
        <translation>Gandakan sebagai templat</translation>
    </message>
    <message>
        <source>A new planned workshop with this one&apos;s setup, letterhead and agenda. Nothing that was said, voted or decided is copied. Give it its own title and date.</source>
        <translation>Lokakarya baru yang direncanakan, dengan persiapan, kop surat, dan agenda dari lokakarya ini. Isi pembahasan, hasil pemungutan suara, dan keputusan tidak ikut disalin. Beri judul dan tanggal tersendiri.</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>M/F</source>
        <translation>L/P</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Belum hadir</translation>
    </message>
    <message>
        <source>Checked in at {time}</source>
        <translation>Hadir pukul {time}</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>sudah tanda tangan</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Filter participants</source>
        <translation>Filter peserta</translation>
    </message>
    <message>
        <source>Name, position or agency</source>
        <translation>Nama, jabatan, atau instansi</translation>
    </message>
    <message>
        <source>Participant list</source>
        <translation>Daftar peserta</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Posi&amp;tion:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>NI&amp;P:</source>
        <translation>NI&amp;P:</translation>
    </message>
    <message>
        <source>NIP (civil servant number)</source>
        <translation>NIP (nomor induk pegawai)</translation>
    </message>
    <message>
        <source>18 digits; leave empty for participants who are not civil servants</source>
        <translation>18 digit; kosongkan untuk peserta yang bukan ASN</translation>
    </message>
    <message>
        <source>Agen&amp;cy:</source>
        <translation>&amp;Instansi:</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>Jenis &amp;kelamin:</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Te&amp;lepon:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Present:</source>
        <translation>Hadir:</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Participant counts</source>
        <translation>Jumlah peserta</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Ta&amp;mbah</translation>
    </message>
    <message>
        <source>Add a participant: type the name in the form on the right</source>
        <translation>Tambah peserta: ketik namanya pada formulir di sebelah kanan</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Ubah</translation>
    </message>
    <message>
        <source>Edit the selected participant (F2 edits the cell in the table)</source>
        <translation>Ubah peserta terpilih (F2 mengubah sel di tabel)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Remove the selected participant (Delete); their inputs and votes stay, anonymous</source>
        <translation>Hapus peserta terpilih (Delete); masukan dan suaranya tetap tersimpan tanpa nama</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>U&amp;rungkan</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>Ulan&amp;gi</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>Imp&amp;or…</translation>
    </message>
    <message>
        <source>Import participants from a CSV or Excel file</source>
        <translation>Impor peserta dari berkas CSV atau Excel</translation>
    </message>
    <message>
        <source>E&amp;xport attendance…</source>
        <translation>Ekspor &amp;daftar hadir…</translation>
    </message>
    <message>
        <source>Save the attendance list as a CSV file for Excel</source>
        <translation>Simpan daftar hadir sebagai berkas CSV untuk Excel</translation>
    </message>
    <message>
        <source>— not recorded</source>
        <translation>— tidak dicatat</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Tambah {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Ubah {name}</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Hapus {name}</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Peserta baru</translation>
    </message>
    <message>
        <source>Type the name first: the participant is saved as soon as it has one.</source>
        <translation>Ketik nama terlebih dahulu: peserta langsung tersimpan begitu namanya diisi.</translation>
    </message>
    <message>
        <source>Changes are saved when you leave a field.</source>
        <translation>Perubahan disimpan saat Anda meninggalkan kolom.</translation>
    </message>
    <message>
        <source>Select a participant, or press Add to register a new one.</source>
        <translation>Pilih peserta, atau tekan Tambah untuk mendaftarkan peserta baru.</translation>
    </message>
    <message>
        <source>not checked in</source>
        <translation>belum hadir</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>sudah tanda tangan</translation>
    </message>
    <message>
        <source>Saved. Note: someone with the same name and agency is already in the list.</source>
        <translation>Tersimpan. Catatan: sudah ada peserta dengan nama dan instansi yang sama dalam daftar.</translation>
    </message>
    <message>
        <source>Removed {name}. Ctrl+Z brings them back.</source>
        <translation>{name} dihapus. Tekan Ctrl+Z untuk mengembalikannya.</translation>
    </message>
    <message>
        <source>Export attendance list</source>
        <translation>Ekspor daftar hadir</translation>
    </message>
    <message>
        <source>CSV files for Excel (*.csv)</source>
        <translation>Berkas CSV untuk Excel (*.csv)</translation>
    </message>
    <message>
        <source>Attendance list saved: {path}</source>
        <translation>Daftar hadir disimpan: {path}</translation>
    </message>
    <message>
        <source>{total} participants · {present} present</source>
        <translation>{total} peserta · {present} hadir</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>terdaftar</translation>
    </message>
    <message>
        <source>present</source>
        <translation>hadir</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Gender not recorded</source>
        <translation>Jenis kelamin tidak dicatat</translation>
    </message>
    <message>
        <source>Largest agencies</source>
        <translation>Instansi terbanyak</translation>
    </message>
    <message>
        <source>Largest agencies (of {count})</source>
        <translation>Instansi terbanyak (dari {count})</translation>
    </message>
    <message>
        <source>(no agency)</source>
        <translation>(tanpa instansi)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Tampilkan:</translation>
    </message>
    <message>
        <source>Only the photos linked to the pillar being discussed</source>
        <translation>Hanya foto yang terkait dengan pilar yang sedang dibahas</translation>
    </message>
    <message>
        <source>&amp;This pillar</source>
        <translation>Pilar &amp;ini</translation>
    </message>
    <message>
        <source>Every photo of the workshop</source>
        <translation>Semua foto lokakarya</translation>
    </message>
    <message>
        <source>A&amp;ll pillars</source>
        <translation>&amp;Semua pilar</translation>
    </message>
    <message>
        <source>Choose photo files to attach; you can also drop files on the list</source>
        <translation>Pilih berkas foto untuk dilampirkan; Anda juga dapat menyeret berkas ke daftar</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>&amp;Tambah foto…</translation>
    </message>
    <message>
        <source>Remove the selected photo (Delete); Ctrl+Z brings it back</source>
        <translation>Hapus foto terpilih (Delete); Ctrl+Z mengembalikannya</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Preparing photos</source>
        <translation>Menyiapkan foto</translation>
    </message>
    <message>
        <source>&amp;Pillar of the selected photo:</source>
        <translation>&amp;Pilar foto terpilih:</translation>
    </message>
    <message>
        <source>Pillar of the selected photo</source>
        <translation>Pilar foto terpilih</translation>
    </message>
    <message>
        <source>F2 or double-click edits a caption.</source>
        <translation>F2 atau klik ganda mengubah keterangan.</translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation>Tanpa pilar</translation>
    </message>
    <message>
        <source>F2 edits the caption of the selected photo; Delete removes it.</source>
        <translation>F2 mengubah keterangan foto terpilih; Delete menghapusnya.</translation>
    </message>
    <message>
        <source>No photos here yet.
Drop photos of flipcharts and sticky walls here, or click &quot;Add photos…&quot;.</source>
        <translation>Belum ada foto di sini.
Seret foto flipchart dan dinding catatan tempel ke sini, atau klik &quot;Tambah foto…&quot;.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Tambah foto</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.JPG *.JPEG *.PNG *.WEBP *.HEIC *.heic);;All files (*)</source>
        <translation>Gambar (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.JPG *.JPEG *.PNG *.WEBP *.HEIC *.heic);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Add photos ({count})</source>
        <translation>Tambah foto ({count})</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>Beberapa berkas tidak ditambahkan</translation>
    </message>
    <message>
        <source>These files were not added:</source>
        <translation>Berkas berikut tidak ditambahkan:</translation>
    </message>
    <message>
        <source>Preparing photos… {done} of {total}</source>
        <translation>Menyiapkan foto… {done} dari {total}</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Hapus foto</translation>
    </message>
    <message>
        <source>Edit photo caption</source>
        <translation>Ubah keterangan foto</translation>
    </message>
    <message>
        <source>Link photo to pillar</source>
        <translation>Kaitkan foto ke pilar</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>fgd-app — Presenter view</source>
        <translation>fgd-app — Tampilan proyektor</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Tampilan proyektor</translation>
    </message>
    <message>
        <source>Inputs on the projector</source>
        <translation>Masukan di proyektor</translation>
    </message>
    <message>
        <source>Esc: close · F11: full screen · Ctrl+plus / Ctrl+minus: text size</source>
        <translation>Esc: tutup · F11: layar penuh · Ctrl+plus / Ctrl+minus: ukuran teks</translation>
    </message>
    <message>
        <source>Theme: {title}</source>
        <translation>Tema: {title}</translation>
    </message>
    <message>
        <source>{count} inputs</source>
        <translation>{count} masukan</translation>
    </message>
</context>
<context>
    <name>PriorityMatrix</name>
    <message>
        <source>Quick wins / do first</source>
        <translation>Quick win / kerjakan dulu</translation>
    </message>
    <message>
        <source>Major projects / plan</source>
        <translation>Proyek besar / rencanakan</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Pelengkap</translation>
    </message>
    <message>
        <source>Reconsider</source>
        <translation>Pertimbangkan ulang</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Belum diberi skor</translation>
    </message>
    <message>
        <source>Impact and feasibility matrix</source>
        <translation>Matriks prioritas dampak dan kelayakan</translation>
    </message>
    <message>
        <source>Feasibility →</source>
        <translation>Kelayakan →</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>Dampak →</translation>
    </message>
    <message>
        <source>No programmes in this pillar yet</source>
        <translation>Belum ada program pada pilar ini</translation>
    </message>
    <message>
        <source>Not scored yet:</source>
        <translation>Belum diberi skor:</translation>
    </message>
    <message>
        <source>… {count} more in the table</source>
        <translation>… {count} lainnya di tabel</translation>
    </message>
    <message>
        <source>{number}. {name}
Impact {impact}, feasibility {feasibility}: {quadrant}</source>
        <translation>{number}. {name}
Dampak {impact}, kelayakan {feasibility}: {quadrant}</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elemen</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Jangka waktu</translation>
    </message>
    <message>
        <source>Lead OPD</source>
        <translation>OPD pengampu</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>Tahun target</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Sumber pendanaan</translation>
    </message>
    <message>
        <source>Edit programme: {column}</source>
        <translation>Ubah program: {column}</translation>
    </message>
    <message>
        <source>— (no element)</source>
        <translation>— (tanpa elemen)</translation>
    </message>
</context>
<context>
    <name>QuickWinModel</name>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Suara</translation>
    </message>
    <message>
        <source>Impact × feasibility</source>
        <translation>Dampak × kelayakan</translation>
    </message>
    <message>
        <source>not scored (Voting tab)</source>
        <translation>belum diberi skor (tab Pemungutan suara)</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Theme / input</source>
        <translation>Tema / masukan</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Dot</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Tangan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Theme: {title} (1 input)</source>
        <translation>Tema: {title} (1 masukan)</translation>
    </message>
    <message>
        <source>Theme: {title} ({count} inputs)</source>
        <translation>Tema: {title} ({count} masukan)</translation>
    </message>
    <message>
        <source>{own} counted for the theme + {inputs} counted earlier for its inputs</source>
        <translation>{own} dihitung untuk tema + {inputs} dihitung sebelumnya untuk masukan di dalamnya</translation>
    </message>
</context>
<context>
    <name>RegencyPicker</name>
    <message>
        <source>Type part of the name, e.g. kutai bar</source>
        <translation>Ketik sebagian nama, mis. kutai bar</translation>
    </message>
    <message>
        <source>No regency or city chosen yet</source>
        <translation>Belum ada kabupaten/kota yang dipilih</translation>
    </message>
    <message>
        <source>{province} province · {zone} (UTC+{offset})</source>
        <translation>Provinsi {province} · {zone} (UTC+{offset})</translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Dampak</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Kelayakan</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Kuadran</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Every change is saved as soon as you leave the field.</source>
        <translation>Setiap perubahan disimpan begitu Anda meninggalkan kolom.</translation>
    </message>
    <message>
        <source>Make a new planned workshop with this setup and agenda, for the next round</source>
        <translation>Buat lokakarya baru yang direncanakan dengan persiapan dan agenda ini, untuk putaran berikutnya</translation>
    </message>
    <message>
        <source>Duplicate as temp&amp;late…</source>
        <translation>Gandakan sebagai temp&amp;lat…</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Lokakarya</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>R&amp;egency/city</source>
        <translation>&amp;Kabupaten/kota</translation>
    </message>
    <message>
        <source>Regency or city</source>
        <translation>Kabupaten atau kota</translation>
    </message>
    <message>
        <source>Type part of the name to search the 514 regencies and cities</source>
        <translation>Ketik sebagian nama untuk mencari di antara 514 kabupaten dan kota</translation>
    </message>
    <message>
        <source>Programme stage</source>
        <translation>Tahap program</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>Tan&amp;ggal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Ti&amp;me</source>
        <translation>Ja&amp;m</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Waktu mulai</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Waktu selesai</translation>
    </message>
    <message>
        <source>Ve&amp;nue</source>
        <translation>Tem&amp;pat</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Chair, note-taker and facilitators</source>
        <translation>Pimpinan rapat, notulis, dan fasilitator</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Pimpinan rapat</translation>
    </message>
    <message>
        <source>Chair: name</source>
        <translation>Pimpinan rapat: nama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Chair: position</source>
        <translation>Pimpinan rapat: jabatan</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Chair: NIP</source>
        <translation>Pimpinan rapat: NIP</translation>
    </message>
    <message>
        <source>N&amp;ote-taker</source>
        <translation>N&amp;otulis</translation>
    </message>
    <message>
        <source>Note-taker: name</source>
        <translation>Notulis: nama</translation>
    </message>
    <message>
        <source>Note-taker: position</source>
        <translation>Notulis: jabatan</translation>
    </message>
    <message>
        <source>Note-taker: NIP</source>
        <translation>Notulis: NIP</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Fasilitator</translation>
    </message>
    <message>
        <source>Facilitators, one per line</source>
        <translation>Fasilitator, satu per baris</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Satu nama per baris</translation>
    </message>
    <message>
        <source>Pillars covered</source>
        <translation>Pilar yang dibahas</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Bahasa dokumen</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Kop surat</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Pratinjau logo</translation>
    </message>
    <message>
        <source>A PNG or JPEG image; it is shrunk to at most 600 pixels and stored as PNG</source>
        <translation>Gambar PNG atau JPEG; diperkecil menjadi paling besar 600 piksel dan disimpan sebagai PNG</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Pilih logo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Hapus logo</translation>
    </message>
    <message>
        <source>Letterhead lines, at most six</source>
        <translation>Baris kop surat, paling banyak enam</translation>
    </message>
    <message>
        <source>Agency name lines of the kop, up to 6</source>
        <translation>Baris nama instansi pada kop, maksimal 6</translation>
    </message>
    <message>
        <source>Times are local to the regency: {zone}</source>
        <translation>Waktu setempat kabupaten/kota: {zone}</translation>
    </message>
    <message>
        <source>Choose the letterhead logo</source>
        <translation>Pilih logo kop surat</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Tanpa logo</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here</source>
        <translation>Tanda tangan di sini</translation>
    </message>
    <message>
        <source>Signature pad</source>
        <translation>Bidang tanda tangan</translation>
    </message>
    <message>
        <source>Sign with the mouse, a pen or a finger. Enter saves the signature, Esc skips it, Delete clears it.</source>
        <translation>Tanda tangani dengan mouse, pena, atau jari. Enter menyimpan tanda tangan, Esc melewatinya, Delete menghapusnya.</translation>
    </message>
    <message>
        <source>Sign here with the mouse, a pen or a finger. Enter: save · Esc: skip · Delete: clear</source>
        <translation>Tanda tangan di sini dengan mouse, pena, atau jari. Enter: simpan · Esc: lewati · Delete: hapus</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>Se&amp;nd and receive</source>
        <translation>Kirim dan te&amp;rima</translation>
    </message>
    <message>
        <source>Sync by file</source>
        <translation>Sinkronisasi melalui berkas</translation>
    </message>
    <message>
        <source>Carry a bundle to the coordinator on a USB stick, by WhatsApp or by e-mail. Importing the same file twice is harmless.</source>
        <translation>Bawa paket ke koordinator dengan flashdisk, WhatsApp atau surel. Mengimpor berkas yang sama dua kali tidak merugikan.</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Ekspor paket</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>&amp;Lokakarya:</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Yang diekspor</translation>
    </message>
    <message>
        <source>This workshop, another workshop, or every change a coordinator has not acknowledged yet.</source>
        <translation>Lokakarya ini, lokakarya lain, atau semua perubahan yang belum diterima koordinator.</translation>
    </message>
    <message>
        <source>Profi&amp;le:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Encrypt to:</source>
        <translation>E&amp;nkripsi untuk:</translation>
    </message>
    <message>
        <source>Encrypt to</source>
        <translation>Enkripsi untuk</translation>
    </message>
    <message>
        <source>Only the owner of the chosen trusted key can open an encrypted bundle.</source>
        <translation>Hanya pemilik kunci tepercaya yang dipilih yang dapat membuka paket terenkripsi.</translation>
    </message>
    <message>
        <source>Export &amp;bundle…</source>
        <translation>Ekspor pa&amp;ket…</translation>
    </message>
    <message>
        <source>Asks for a file name, writes the bundle, then reads it back to check it.</source>
        <translation>Meminta nama berkas, menulis paket, lalu membacanya kembali untuk memeriksanya.</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Hasil ekspor</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <source>Delivery status</source>
        <translation>Status pengiriman</translation>
    </message>
    <message>
        <source>Import receip&amp;t…</source>
        <translation>Impor tanda te&amp;rima…</translation>
    </message>
    <message>
        <source>Reads a coordinator&apos;s receipt and marks the changes it lists as delivered.</source>
        <translation>Membaca tanda terima dari koordinator dan menandai perubahan yang tercantum sebagai sudah diterima.</translation>
    </message>
    <message>
        <source>E&amp;xport receipt…</source>
        <translation>B&amp;uat tanda terima…</translation>
    </message>
    <message>
        <source>For coordinators: writes a signed receipt for every change this laptop holds.</source>
        <translation>Untuk koordinator: menulis tanda terima bertanda tangan untuk semua perubahan yang ada di laptop ini.</translation>
    </message>
    <message>
        <source>Coordinators send a receipt back so that facilitators know what arrived.</source>
        <translation>Koordinator mengirim balik tanda terima agar fasilitator tahu apa yang sudah sampai.</translation>
    </message>
    <message>
        <source>Import bundles and receipts</source>
        <translation>Impor paket dan tanda terima</translation>
    </message>
    <message>
        <source>I&amp;mport files…</source>
        <translation>I&amp;mpor berkas…</translation>
    </message>
    <message>
        <source>Choose one or more bundle (.fgdb) or receipt (.fgdr) files; each is imported completely or not at all.</source>
        <translation>Pilih satu atau beberapa berkas paket (.fgdb) atau tanda terima (.fgdr); setiap berkas diimpor seluruhnya atau tidak sama sekali.</translation>
    </message>
    <message>
        <source>or drop .fgdb and .fgdr files anywhere on this page</source>
        <translation>atau letakkan berkas .fgdb dan .fgdr di mana saja di halaman ini</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Kemajuan impor</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Laporan impor</translation>
    </message>
    <message>
        <source>One line per file: what happened, how many changes were new, already here or in conflict.</source>
        <translation>Satu baris per berkas: apa yang terjadi, berapa perubahan yang baru, sudah ada atau berkonflik.</translation>
    </message>
    <message>
        <source>The selected file</source>
        <translation>Berkas yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Accept this key and import…</source>
        <translation>Perca&amp;yai kunci ini dan impor…</translation>
    </message>
    <message>
        <source>Trusts the key that signed the selected file (after you compared its fingerprint with the sender) and imports the file.</source>
        <translation>Memercayai kunci yang menandatangani berkas yang dipilih (setelah Anda mencocokkan sidik kuncinya dengan pengirim) lalu mengimpor berkas itu.</translation>
    </message>
    <message>
        <source>These fields were changed on two laptops before they met. Both values are kept; the table shows the newer one until you decide. Your decision travels with the next bundle.</source>
        <translation>Isian ini diubah di dua laptop sebelum keduanya bertemu. Kedua nilai disimpan; tabel menampilkan yang lebih baru sampai Anda memutuskan. Keputusan Anda ikut terbawa di paket berikutnya.</translation>
    </message>
    <message>
        <source>No open conflicts: every laptop&apos;s changes merged cleanly.</source>
        <translation>Tidak ada konflik terbuka: perubahan dari semua laptop tergabung dengan baik.</translation>
    </message>
    <message>
        <source>Rows with conflicts</source>
        <translation>Baris yang berkonflik</translation>
    </message>
    <message>
        <source>Keep ro&amp;w</source>
        <translation>Pertaha&amp;nkan baris</translation>
    </message>
    <message>
        <source>Keeps the row (with the values chosen above) and closes its conflict.</source>
        <translation>Mempertahankan baris (dengan nilai yang dipilih di atas) dan menutup konfliknya.</translation>
    </message>
    <message>
        <source>De&amp;lete row</source>
        <translation>Hapus bar&amp;is</translation>
    </message>
    <message>
        <source>Deletes the row on every laptop once this decision has travelled there.</source>
        <translation>Menghapus baris di setiap laptop setelah keputusan ini sampai ke sana.</translation>
    </message>
    <message>
        <source>Sav&amp;e decision</source>
        <translation>Simpan &amp;keputusan</translation>
    </message>
    <message>
        <source>Saves the chosen value of every field and closes the conflict on every laptop the decision reaches.</source>
        <translation>Menyimpan nilai yang dipilih untuk setiap isian dan menutup konflik di setiap laptop yang menerima keputusan ini.</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>K&amp;unci</translation>
    </message>
    <message>
        <source>This laptop&apos;s key</source>
        <translation>Kunci laptop ini</translation>
    </message>
    <message>
        <source>Fingerprint: read it aloud or show the QR code when a coordinator enrols this laptop.</source>
        <translation>Sidik kunci: bacakan atau tunjukkan kode QR saat koordinator mendaftarkan laptop ini.</translation>
    </message>
    <message>
        <source>Fingerprint of this laptop&apos;s key</source>
        <translation>Sidik kunci laptop ini</translation>
    </message>
    <message>
        <source>QR code of this laptop&apos;s key</source>
        <translation>Kode QR kunci laptop ini</translation>
    </message>
    <message>
        <source>P&amp;ublic key:</source>
        <translation>Kunci publi&amp;k:</translation>
    </message>
    <message>
        <source>Copy &amp;text</source>
        <translation>Sa&amp;lin teks</translation>
    </message>
    <message>
        <source>Copies the public key so it can be sent to the coordinator.</source>
        <translation>Menyalin kunci publik agar dapat dikirim ke koordinator.</translation>
    </message>
    <message>
        <source>Trusted keys</source>
        <translation>Kunci tepercaya</translation>
    </message>
    <message>
        <source>Bundles and receipts signed by these keys are imported without asking. Add a key only after comparing its fingerprint with its owner.</source>
        <translation>Paket dan tanda terima yang ditandatangani kunci-kunci ini diimpor tanpa bertanya. Tambahkan kunci hanya setelah mencocokkan sidik kuncinya dengan pemiliknya.</translation>
    </message>
    <message>
        <source>Re&amp;move from the list</source>
        <translation>Hapus dari da&amp;ftar</translation>
    </message>
    <message>
        <source>Stops trusting the selected key; files it signs are held again until accepted.</source>
        <translation>Berhenti memercayai kunci yang dipilih; berkas yang ditandatanganinya ditahan lagi sampai diterima.</translation>
    </message>
    <message>
        <source>Public key or &amp;QR text:</source>
        <translation>Kunci publik atau teks &amp;QR:</translation>
    </message>
    <message>
        <source>paste the key the other laptop shows under Keys</source>
        <translation>tempel kunci yang ditampilkan laptop lain di bagian Kunci</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>e.g. Maria, Diskominfo laptop</source>
        <translation>mis. Maria, laptop Diskominfo</translation>
    </message>
    <message>
        <source>&amp;Add key</source>
        <translation>Ta&amp;mbah kunci</translation>
    </message>
    <message>
        <source>Coord&amp;inator</source>
        <translation>Koord&amp;inator</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>Another value:</source>
        <translation>Nilai lain:</translation>
    </message>
    <message>
        <source>Another value for {field}</source>
        <translation>Nilai lain untuk {field}</translation>
    </message>
    <message>
        <source>{kind}: {label}</source>
        <translation>{kind}: {label}</translation>
    </message>
    <message>
        <source>Deleted on one laptop, changed on another</source>
        <translation>Dihapus di satu laptop, diubah di laptop lain</translation>
    </message>
    <message>
        <source>Deleted on one laptop, but still used by other rows: it was brought back</source>
        <translation>Dihapus di satu laptop, tetapi masih dipakai baris lain: baris ini dikembalikan</translation>
    </message>
    <message>
        <source>{device} · {time}</source>
        <translation>{device} · {time}</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(dihapus)</translation>
    </message>
    <message>
        <source>(kept, changed)</source>
        <translation>(dipertahankan, diubah)</translation>
    </message>
    <message>
        <source>(kept)</source>
        <translation>(dipertahankan)</translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation>Hapus baris</translation>
    </message>
    <message>
        <source>Delete “{row}” on every laptop this decision reaches?</source>
        <translation>Hapus “{row}” di setiap laptop yang menerima keputusan ini?</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Sudah ada</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>Tidak ada yang baru</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Tanda terima</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>{file} could not be imported ({detail}); nothing was changed. The log file has the details.</source>
        <translation>{file} tidak dapat diimpor ({detail}); tidak ada yang diubah. Rinciannya ada di berkas log.</translation>
    </message>
    <message>
        <source>Already imported, nothing new.</source>
        <translation>Sudah diimpor, tidak ada yang baru.</translation>
    </message>
    <message>
        <source>Receipt from {signer}: {count} changes marked as delivered.</source>
        <translation>Tanda terima dari {signer}: {count} perubahan tercatat sudah diterima.</translation>
    </message>
    <message>
        <source>{new} new changes, {duplicates} already here, {conflicts} conflicts.</source>
        <translation>{new} perubahan baru, {duplicates} sudah ada, {conflicts} konflik.</translation>
    </message>
    <message>
        <source>{count} changes received earlier without personal data were completed.</source>
        <translation>{count} perubahan yang sebelumnya diterima tanpa data pribadi kini dilengkapi.</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Kunci publik</translation>
    </message>
    <message>
        <source>Device id: {id}</source>
        <translation>Id perangkat: {id}</translation>
    </message>
    <message>
        <source>Public key copied.</source>
        <translation>Kunci publik disalin.</translation>
    </message>
    <message>
        <source>Remove trusted key</source>
        <translation>Hapus kunci tepercaya</translation>
    </message>
    <message>
        <source>Stop trusting the key {fingerprint}? Files it signs will be held until accepted again.</source>
        <translation>Berhenti memercayai kunci {fingerprint}? Berkas yang ditandatanganinya akan ditahan sampai diterima lagi.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Sidik kunci</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>This workshop: {title}</source>
        <translation>Lokakarya ini: {title}</translation>
    </message>
    <message>
        <source>Everything not yet acknowledged ({count} changes)</source>
        <translation>Semua yang belum diterima koordinator ({count} perubahan)</translation>
    </message>
    <message>
        <source>Nobody (not encrypted)</source>
        <translation>Tidak ada (tanpa enkripsi)</translation>
    </message>
    <message>
        <source>Without phone numbers, e-mail addresses and signatures: enough for the minutes.</source>
        <translation>Tanpa nomor telepon, alamat surel dan tanda tangan: cukup untuk notulen.</translation>
    </message>
    <message>
        <source>Everything, with phone numbers, e-mail addresses and signatures: for the coordinator only.</source>
        <translation>Lengkap, dengan nomor telepon, alamat surel dan tanda tangan: hanya untuk koordinator.</translation>
    </message>
    <message>
        <source>last receipt {when}</source>
        <translation>tanda terima terakhir {when}</translation>
    </message>
    <message>
        <source>no receipt yet</source>
        <translation>belum ada tanda terima</translation>
    </message>
    <message>
        <source>{delivered} of {total} changes of this workshop acknowledged by a coordinator ({last}).</source>
        <translation>{delivered} dari {total} perubahan lokakarya ini sudah diterima koordinator ({last}).</translation>
    </message>
    <message>
        <source>C&amp;onflicts ({count})</source>
        <translation>K&amp;onflik ({count})</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>tanda-terima</translation>
    </message>
    <message>
        <source>all</source>
        <translation>semua</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Ekspor paket</translation>
    </message>
    <message>
        <source>fgd-app bundles (*.fgdb)</source>
        <translation>Paket fgd-app (*.fgdb)</translation>
    </message>
    <message>
        <source>Written and checked: {path} ({count} changes, {attachments} attachments, {size}). It is safe to remove the USB stick.</source>
        <translation>Sudah ditulis dan diperiksa: {path} ({count} perubahan, {attachments} lampiran, {size}). Flashdisk aman dicabut.</translation>
    </message>
    <message>
        <source>Encrypted: only the key {fingerprint} can open it.</source>
        <translation>Terenkripsi: hanya kunci {fingerprint} yang dapat membukanya.</translation>
    </message>
    <message>
        <source>Export receipt</source>
        <translation>Buat tanda terima</translation>
    </message>
    <message>
        <source>fgd-app receipts (*.fgdr)</source>
        <translation>Tanda terima fgd-app (*.fgdr)</translation>
    </message>
    <message>
        <source>Receipt written: {path} ({count} changes).</source>
        <translation>Tanda terima ditulis: {path} ({count} perubahan).</translation>
    </message>
    <message>
        <source>Bundles and receipts (*.fgdb *.fgdr)</source>
        <translation>Paket dan tanda terima (*.fgdb *.fgdr)</translation>
    </message>
    <message>
        <source>Receipts (*.fgdr)</source>
        <translation>Tanda terima (*.fgdr)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>Import receipt</source>
        <translation>Impor tanda terima</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Impor paket</translation>
    </message>
    <message>
        <source>Importing {number} of {total}: {name}…</source>
        <translation>Mengimpor {number} dari {total}: {name}…</translation>
    </message>
    <message>
        <source>{count} files: {parts}</source>
        <translation>{count} berkas: {parts}</translation>
    </message>
    <message>
        <source>Accept key</source>
        <translation>Terima kunci</translation>
    </message>
    <message>
        <source>Only accept the key {fingerprint} (laptop {device}) after comparing this fingerprint with its owner.
Name for this key (for example the facilitator&apos;s name):</source>
        <translation>Terima kunci {fingerprint} (laptop {device}) hanya setelah sidik kunci ini dicocokkan dengan pemiliknya.
Nama untuk kunci ini (misalnya nama fasilitator):</translation>
    </message>
    <message>
        <source>Full (for the coordinator)</source>
        <translation>Lengkap (untuk koordinator)</translation>
    </message>
    <message>
        <source>Minutes level (no phones, e-mails or signatures)</source>
        <translation>Tingkat notulen (tanpa telepon, surel, tanda tangan)</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>laptop ini</translation>
    </message>
    <message>
        <source>laptop {id}</source>
        <translation>laptop {id}</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Lokakarya</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Butir agenda</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Masukan</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Suara</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elemen</translation>
    </message>
    <message>
        <source>Position (jabatan)</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Kesimpulan</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Surel</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Pembicara</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>Voting and prioritisation</source>
        <translation>Pemungutan suara dan penentuan prioritas</translation>
    </message>
    <message>
        <source>Voter:</source>
        <translation>Pemilih:</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>Pemilih</translation>
    </message>
    <message>
        <source>Whose dots the +1 and −1 buttons place. Participants who checked in come first. Ctrl+Up / Ctrl+Down in the ranking chooses the previous or next voter.</source>
        <translation>Pemilik dot yang ditempatkan dengan tombol +1 dan −1. Peserta yang sudah hadir ditampilkan lebih dulu. Ctrl+Up / Ctrl+Down di tabel peringkat memilih pemilih sebelumnya atau berikutnya.</translation>
    </message>
    <message>
        <source>+1 dot</source>
        <translation>+1 dot</translation>
    </message>
    <message>
        <source>Add one dot from the chosen voter to the selected row (key: + in the ranking)</source>
        <translation>Tambahkan satu dot dari pemilih terpilih ke baris terpilih (tombol: + di tabel peringkat)</translation>
    </message>
    <message>
        <source>−1 dot</source>
        <translation>−1 dot</translation>
    </message>
    <message>
        <source>Take back one of the chosen voter&apos;s dots from the selected row (key: − in the ranking)</source>
        <translation>Tarik kembali satu dot milik pemilih terpilih dari baris terpilih (tombol: − di tabel peringkat)</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Themes and inputs of the pillar, most votes first. + adds a dot for the chosen voter, − takes one back. Type a number in the Paper or Hands column and press Enter to record a count.</source>
        <translation>Tema dan masukan pilar ini, suara terbanyak di atas. + menambah satu dot untuk pemilih terpilih, − menariknya kembali. Ketik angka di kolom Kertas atau Tangan lalu tekan Enter untuk mencatat jumlahnya.</translation>
    </message>
    <message>
        <source>Dots per participant:</source>
        <translation>Jatah dot per peserta:</translation>
    </message>
    <message>
        <source>Dots per participant</source>
        <translation>Jatah dot per peserta</translation>
    </message>
    <message>
        <source>How many dots each participant may place in each pillar. Lowering it keeps dots already placed.</source>
        <translation>Jumlah dot yang boleh ditempatkan setiap peserta di setiap pilar. Jika dikurangi, dot yang sudah ditempatkan tetap berlaku.</translation>
    </message>
    <message>
        <source>Impact and feasibility</source>
        <translation>Dampak dan kelayakan</translation>
    </message>
    <message>
        <source>Score each programme from 1 (low) to 5 (high); Delete clears a score:</source>
        <translation>Beri skor setiap program dari 1 (rendah) sampai 5 (tinggi); Delete menghapus skor:</translation>
    </message>
    <message>
        <source>Programme scores</source>
        <translation>Skor program</translation>
    </message>
    <message>
        <source>Type a score from 1 to 5 in the Impact or Feasibility column and press Enter; Delete clears it.</source>
        <translation>Ketik skor 1 sampai 5 di kolom Dampak atau Kelayakan lalu tekan Enter; Delete menghapusnya.</translation>
    </message>
    <message>
        <source>{name} ({left} of {budget} left)</source>
        <translation>{name} (sisa {left} dari {budget})</translation>
    </message>
    <message>
        <source>not checked in</source>
        <translation>belum hadir</translation>
    </message>
    <message>
        <source>Ranking: {pillar}</source>
        <translation>Peringkat: {pillar}</translation>
    </message>
    <message>
        <source>{dots} dots placed by {voters} of {people} participants</source>
        <translation>{dots} dot ditempatkan oleh {voters} dari {people} peserta</translation>
    </message>
    <message>
        <source>Dot from {name}</source>
        <translation>Dot dari {name}</translation>
    </message>
    <message>
        <source>Take back a dot from {name}</source>
        <translation>Tarik kembali dot dari {name}</translation>
    </message>
    <message>
        <source>Paper tally {count}</source>
        <translation>Rekap kertas {count}</translation>
    </message>
    <message>
        <source>Show of hands {count}</source>
        <translation>Angkat tangan {count}</translation>
    </message>
    <message>
        <source>Dots per participant: {dots}</source>
        <translation>Jatah dot per peserta: {dots}</translation>
    </message>
</context>
<context>
    <name>WorksheetPanel</name>
    <message>
        <source>Masterplan worksheet</source>
        <translation>Lembar kerja masterplan</translation>
    </message>
    <message>
        <source>Worksheet sections</source>
        <translation>Bagian lembar kerja</translation>
    </message>
    <message>
        <source>Record strengths, weaknesses, opportunities and threats in the input list (choose the kind); they gather here.</source>
        <translation>Catat kekuatan, kelemahan, peluang, dan ancaman di daftar masukan (pilih jenisnya); semuanya terkumpul di sini.</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Kekuatan</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Kelemahan</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Peluang</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Ancaman</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>Structure: organisations and people. Infrastructure: networks, data centres, devices. Superstructure: regulations, policies and plans. Record them in the input list with the matching readiness kind.</source>
        <translation>Struktur: organisasi dan SDM. Infrastruktur: jaringan, pusat data, perangkat. Suprastruktur: regulasi, kebijakan, dan rencana. Catat di daftar masukan dengan jenis kesiapan yang sesuai.</translation>
    </message>
    <message>
        <source>Readiness: structure</source>
        <translation>Kesiapan struktur</translation>
    </message>
    <message>
        <source>Readiness: infrastructure</source>
        <translation>Kesiapan infrastruktur</translation>
    </message>
    <message>
        <source>Readiness: superstructure</source>
        <translation>Kesiapan suprastruktur</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Kesiapan</translation>
    </message>
    <message>
        <source>Promote inputs or a theme from the input list, or add a programme here. Enter or F2 edits a cell; Delete empties an optional cell.</source>
        <translation>Jadikan masukan atau tema dari daftar masukan sebagai program, atau tambahkan program di sini. Enter atau F2 mengubah sel; Delete mengosongkan sel opsional.</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Enter or F2 edits the selected cell; Delete empties an optional cell.</source>
        <translation>Enter atau F2 mengubah sel terpilih; Delete mengosongkan sel opsional.</translation>
    </message>
    <message>
        <source>Add an empty programme to this pillar</source>
        <translation>Tambahkan program kosong ke pilar ini</translation>
    </message>
    <message>
        <source>&amp;Add programme</source>
        <translation>&amp;Tambah program</translation>
    </message>
    <message>
        <source>Remove the selected programme (Ctrl+Z brings it back)</source>
        <translation>Hapus program terpilih (Ctrl+Z mengembalikannya)</translation>
    </message>
    <message>
        <source>&amp;Remove programme</source>
        <translation>&amp;Hapus program</translation>
    </message>
    <message>
        <source>Quick-win shortlist</source>
        <translation>Daftar pendek quick win</translation>
    </message>
    <message>
        <source>Quick-win programmes ranked by votes, then by impact times feasibility.</source>
        <translation>Program quick win diurutkan menurut suara, lalu menurut dampak dikali kelayakan.</translation>
    </message>
    <message>
        <source>Decisions are inputs of the kind Decision in the input list; follow-up actions are written here.</source>
        <translation>Keputusan adalah masukan berjenis Keputusan di daftar masukan; tindak lanjut ditulis di sini.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Enter or F2 edits the selected cell; Delete empties the owner or the due date.</source>
        <translation>Enter atau F2 mengubah sel terpilih; Delete mengosongkan penanggung jawab atau tenggat.</translation>
    </message>
    <message>
        <source>Add a follow-up action to this pillar</source>
        <translation>Tambahkan tindak lanjut ke pilar ini</translation>
    </message>
    <message>
        <source>Add acti&amp;on</source>
        <translation>Tambah tindak &amp;lanjut</translation>
    </message>
    <message>
        <source>Remove the selected action (Ctrl+Z brings it back)</source>
        <translation>Hapus tindak lanjut terpilih (Ctrl+Z mengembalikannya)</translation>
    </message>
    <message>
        <source>Re&amp;move action</source>
        <translation>Hapus tindak lanj&amp;ut</translation>
    </message>
    <message>
        <source>Decisions and actions</source>
        <translation>Keputusan dan tindak lanjut</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Program baru</translation>
    </message>
    <message>
        <source>Add programme</source>
        <translation>Tambah program</translation>
    </message>
    <message>
        <source>Remove programme</source>
        <translation>Hapus program</translation>
    </message>
    <message>
        <source>New follow-up action</source>
        <translation>Tindak lanjut baru</translation>
    </message>
    <message>
        <source>Add follow-up action</source>
        <translation>Tambah tindak lanjut</translation>
    </message>
    <message>
        <source>Remove follow-up action</source>
        <translation>Hapus tindak lanjut</translation>
    </message>
    <message>
        <source>Strengths ({count})</source>
        <translation>Kekuatan ({count})</translation>
    </message>
    <message>
        <source>Weaknesses ({count})</source>
        <translation>Kelemahan ({count})</translation>
    </message>
    <message>
        <source>Opportunities ({count})</source>
        <translation>Peluang ({count})</translation>
    </message>
    <message>
        <source>Threats ({count})</source>
        <translation>Ancaman ({count})</translation>
    </message>
    <message>
        <source>Structure ({count})</source>
        <translation>Struktur ({count})</translation>
    </message>
    <message>
        <source>Infrastructure ({count})</source>
        <translation>Infrastruktur ({count})</translation>
    </message>
    <message>
        <source>Superstructure ({count})</source>
        <translation>Suprastruktur ({count})</translation>
    </message>
    <message>
        <source>Decisions ({count})</source>
        <translation>Keputusan ({count})</translation>
    </message>
    <message>
        <source>Quick-win shortlist ({count}): most votes first, then impact × feasibility</source>
        <translation>Daftar pendek quick win ({count}): suara terbanyak di atas, lalu dampak × kelayakan</translation>
    </message>
    <message>
        <source>Follow-up actions ({count})</source>
        <translation>Tindak lanjut ({count})</translation>
    </message>
</context>
<context>
    <name>WorkshopTableModel</name>
    <message>
        <source>Regency/City</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Masukan</translation>
    </message>
</context>
</TS>
