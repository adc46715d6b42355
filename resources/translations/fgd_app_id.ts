<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>fgd-app cannot start</source>
        <translation>fgd-app tidak dapat dimulai</translation>
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
        <source>Inputs per pillar</source>
        <translation>Masukan per pilar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
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
        <source>About fgd-app</source>
        <translation>Tentang fgd-app</translation>
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
