<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
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
    <name>App</name>
    <message>
        <source>fgd-app cannot start</source>
        <translation>fgd-app tidak dapat dimulai</translation>
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
        <source>Inputs per pillar</source>
        <translation>Masukan per pilar</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumen</translation>
    </message>
    <message>
        <source>Comes with a later version of fgd-app</source>
        <translation>Tersedia pada versi fgd-app berikutnya</translation>
    </message>
    <message>
        <source>Minutes and masterplan documents come with a later version.</source>
        <translation>Notulen dan dokumen masterplan tersedia pada versi berikutnya.</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Sinkronisasi</translation>
    </message>
    <message>
        <source>Sync by file comes with a later version.</source>
        <translation>Sinkronisasi melalui berkas tersedia pada versi berikutnya.</translation>
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
    <name>PillarTableModel</name>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Masukan</translation>
    </message>
    <message>
        <source>In agenda</source>
        <translation>Dalam agenda</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
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
