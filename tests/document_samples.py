"""Report-model documents for the renderer tests: every block, realistic Indonesian content.

Both writers (DOCX and PDF) are tested against the same documents, so a difference
between the two files is a renderer's doing, never the sample's. The pictures are drawn
with Pillow here (a logo, hand signatures, photos) so the tests need no binary fixtures.
"""

from __future__ import annotations

import io
import math
import random

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from fgd_app.documents.fonts import font_path
from fgd_app.documents.model import (
    BarChart,
    BulletList,
    Document,
    Fields,
    Heading,
    Image,
    ImageCell,
    Letterhead,
    PageBreak,
    PageSetup,
    Paragraph,
    Run,
    SignatureBox,
    Signatures,
    Table,
    Title,
)

# -- pictures ----------------------------------------------------------------------------


def _png(image: PILImage.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def logo_png(size: int = 240) -> bytes:
    """A regency emblem stand-in: a shield with a star, in the colours such emblems use."""
    image = PILImage.new("RGBA", (size, round(size * 1.15)), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    w, h = image.size
    shield = [(w * 0.08, h * 0.05), (w * 0.92, h * 0.05), (w * 0.92, h * 0.55), (w * 0.5, h * 0.95),
              (w * 0.08, h * 0.55)]
    draw.polygon(shield, fill=(0, 102, 51), outline=(0, 0, 0), width=max(2, size // 60))
    cx, cy, r = w / 2, h * 0.38, w * 0.22
    star = [(cx + (r if i % 2 == 0 else r * 0.45) * math.sin(i * math.pi / 5),
             cy - (r if i % 2 == 0 else r * 0.45) * math.cos(i * math.pi / 5)) for i in range(10)]
    draw.polygon(star, fill=(255, 204, 0))
    draw.rectangle((w * 0.25, h * 0.66, w * 0.75, h * 0.7), fill=(255, 204, 0))
    return _png(image)


def signature_png(seed: int, size: tuple[int, int] = (210, 90)) -> bytes:
    """A hand signature: a few random loops in dark ink on white, different for every seed."""
    rnd = random.Random(seed)
    image = PILImage.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    w, h = size
    points = []
    x = w * 0.08
    for _ in range(rnd.randint(14, 22)):
        x += rnd.uniform(w * 0.02, w * 0.06)
        points.append((min(x, w * 0.95), h * 0.5 + rnd.uniform(-h * 0.35, h * 0.35)))
    draw.line(points, fill=(20, 30, 90), width=3, joint="curve")
    draw.line((w * 0.1, h * 0.8, w * rnd.uniform(0.5, 0.9), h * 0.75), fill=(20, 30, 90), width=2)
    return _png(image)


def photo_jpeg(seed: int, size: tuple[int, int] = (800, 600), label: str = "") -> bytes:
    """A workshop-photo stand-in: sky, floor, a table and people-shaped blobs; JPEG like a camera."""
    rnd = random.Random(seed)
    w, h = size
    image = PILImage.new("RGB", size, (rnd.randint(170, 210), rnd.randint(190, 220), 235))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, h * 0.6, w, h), fill=(150, 120, 90))
    draw.rectangle((w * 0.15, h * 0.55, w * 0.85, h * 0.65), fill=(90, 60, 40))
    for i in range(rnd.randint(4, 8)):
        cx = w * (0.12 + i * 0.11) + rnd.uniform(-10, 10)
        colour = (rnd.randint(0, 255), rnd.randint(0, 255), rnd.randint(0, 255))
        draw.ellipse((cx - w * 0.03, h * 0.3, cx + w * 0.03, h * 0.38), fill=(200, 160, 120))
        draw.rectangle((cx - w * 0.045, h * 0.38, cx + w * 0.045, h * 0.58), fill=colour)
    if label:
        font = ImageFont.truetype(str(font_path("bold")), max(12, h // 14))
        draw.text((w * 0.04, h * 0.04), label, font=font, fill=(0, 0, 0))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=80)
    return out.getvalue()


def photo_png(seed: int, size: tuple[int, int] = (600, 400)) -> bytes:
    """The same kind of photo as PNG (screenshots and scans arrive as PNG)."""
    return _png(PILImage.open(io.BytesIO(photo_jpeg(seed, size))).convert("RGB"))


# -- texts -------------------------------------------------------------------------------

FIRST = ("Yohanés", "Agnes", "Markus", "Fransiska", "Petrus", "Benediktus", "Theresia", "Stefanus",
         "Yuliana", "Antonius", "Maria", "Heribertus", "Kristina", "Paulus", "Ignatius", "Lusia", "Dominikus",
         "Veronika", "Siti", "Muhammad")
LAST = ("Lung", "Ipah", "Ding", "Ajeng", "Asuy", "Ngau", "Bulan", "Juk", "Hanyeq", "Lahang", "Goreti",
        "Ledjie", "Dalung", "Aran", "Nyuk", "Rahmawati", "Hidayat", "Sulistyo", "Kueng", "Irang")
TITLES = ("S.Kom.", "S.E.", "S.T., M.T.", "S.Sos.", "", "A.Md.", "S.Pd.", "Ir.", "S.H., M.H.", "")
AGENCIES = ("Diskominfo SP", "Bappeda Litbang", "Dinas Kesehatan", "Dinas Pendidikan dan Kebudayaan",
            "Dinas Pariwisata", "BPKAD", "Dinas Kependudukan dan Pencatatan Sipil", "Kecamatan Barong Tongkok",
            "Kampung Linggang Bigung", "Universitas 17 Agustus 1945 Samarinda", "PT Telkom Indonesia",
            "Badan Pusat Statistik")
POSITIONS = ("Kepala Bidang", "Kepala Seksi", "Analis Kebijakan", "Pranata Komputer Ahli Muda", "Staf",
             "Camat", "Petinggi Kampung", "Dosen", "Account Manager", "Statistisi Ahli Madya")
PILLARS = ("Smart Governance", "Smart Branding", "Smart Economy", "Smart Living", "Smart Society",
           "Smart Environment")
INPUTS = (
    "Integrasi data kependudukan dengan layanan kesehatan agar pasien tidak perlu membawa fotokopi KK.",
    "Perluasan jaringan internet ke kampung-kampung di hulu Mahakam yang masih blank spot, terutama untuk "
    "sekolah dan puskesmas pembantu.",
    "Aplikasi pengaduan masyarakat yang terhubung langsung ke OPD dengan batas waktu tindak lanjut.",
    "Promosi wisata budaya Dayak (Hudoq, Erau Adat) melalui kanal digital resmi kabupaten.",
    "Pelatihan literasi digital bagi aparatur kampung dan kader PKK.",
    "Satu peta (one map) tata ruang yang dapat diakses publik, termasuk izin usaha dan kawasan hutan.",
    "Pasar daring untuk produk UMKM: madu hutan, anyaman rotan, kopi Kutai Barat.",
    "Sistem peringatan dini banjir dan kebakaran hutan dengan sensor di sepanjang Sungai Mahakam.",
    "Dasbor kinerja OPD yang diperbarui setiap bulan dan “dibuka” untuk DPRD.",
    "Café literasi di perpustakaan daerah dengan Wi-Fi gratis – dikelola bersama komunitas pemuda.",
)
THEMES = ("Satu data kependudukan", "Internet sampai ke kampung", "Pengaduan masyarakat terpadu",
          "Promosi wisata budaya Dayak", "Literasi digital aparatur kampung",
          "Satu peta tata ruang yang terbuka untuk publik, termasuk izin usaha dan kawasan hutan",
          "Pasar daring UMKM", "Peringatan dini banjir", "Dasbor kinerja OPD", "Café literasi")
SPEAKERS = ("Agnes Ipah (Bappeda Litbang)", "Markus Ding (Dinas Kesehatan)", "Theresia Bulan (Diskominfo SP)",
            "Stefanus Juk (Petinggi Kampung Linggang Bigung)", "Yuliana Hanyeq (Dinas Pariwisata)")
ACTIONS = (
    ("Menyusun draf Bab III Analisis Strategis berdasarkan hasil FGD", "Diskominfo SP", "30 Juni 2021"),
    ("Mengumpulkan data blank spot per kampung", "Diskominfo SP bersama Kecamatan", "15 Juli 2021"),
    ("Mengusulkan anggaran pasar daring UMKM dalam RKPD 2022", "Dinas Koperasi dan UKM", "31 Juli 2021"),
    ("Menyelaraskan quick win dengan RPJMD 2021–2026", "Bappeda Litbang", "31 Agustus 2021"),
    ("Menyiapkan nota kesepahaman dengan PT Telkom Indonesia", "Bagian Hukum Setda", "30 September 2021"),
)

LABELS = {
    "id": {
        "title": "NOTULEN",
        "subtitle": "Focus Group Discussion Penyusunan Masterplan Smart City Kabupaten Kutai Barat",
        "fields": (("Hari, tanggal", "Kamis, 17 Juni 2021"), ("Waktu", "09.00 – 15.30 WITA"),
                   ("Tempat", "Ruang Rapat Lantai II Kantor Bupati Kutai Barat, Jl. Sendawar Raya, Barong Tongkok"),
                   ("Pimpinan rapat", "Ir. Yohanés Lung, M.Si., Kepala Dinas Komunikasi, Informatika, Statistik "
                    "dan Persandian"),
                   ("Notulis", "Maria Goreti, S.Kom."),
                   ("Peserta", "38 orang hadir dari 40 undangan (laki-laki 23, perempuan 15)"),
                   ("Acara", "Pembahasan visi, misi dan program prioritas Smart City Kabupaten Kutai Barat "
                    "untuk enam dimensi (Governance, Branding, Economy, Living, Society, Environment)")),
        "opening": "1. Pembukaan", "discussion": "2. Pembahasan", "votes": "3. Hasil pemungutan suara",
        "decisions": "4. Kesimpulan dan keputusan", "actions": "5. Tindak lanjut", "closing": "6. Penutup",
        "attendance": "Lampiran I: Daftar Hadir", "photos": "Lampiran II: Dokumentasi",
        "chart": "Sepuluh tema/masukan dengan suara terbanyak", "votes_label": "Jumlah suara",
        "table_caption": "Tabel 1. Rencana tindak lanjut",
        "cols_actions": ("No", "Tindak lanjut", "Penanggung jawab", "Tenggat"),
        "cols_attendance": ("No", "Nama", "Jabatan / NIP", "Instansi", "No HP", "Tanda tangan"),
        "photo": "Gambar {n}. Peserta FGD berdiskusi dalam kelompok pilar {pillar}",
        "date_place": "Sendawar, 17 Juni 2021", "note_taker": "Notulis", "chair": "Pimpinan Rapat",
        "closing_text": "Rapat ditutup pukul 15.30 WITA dengan doa bersama. Demikian notulen ini dibuat untuk "
                        "dipergunakan sebagaimana mestinya.",
        "page_label": "Halaman {page} dari {pages}",
        "header": "Notulen FGD Masterplan Smart City Kabupaten Kutai Barat",
        "footer": "Diskominfo SP Kabupaten Kutai Barat",
    },
    "en": {
        "title": "MINUTES",
        "subtitle": "Focus Group Discussion on the Smart City Masterplan of Kutai Barat Regency",
        "fields": (("Day, date", "Thursday, 17 June 2021"), ("Time", "09.00 – 15.30 WITA"),
                   ("Place", "Meeting Room, 2nd floor, Kutai Barat Regent's Office, Jl. Sendawar Raya"),
                   ("Chair", "Ir. Yohanés Lung, M.Si., Head of the Communication and Informatics Office"),
                   ("Note-taker", "Maria Goreti, S.Kom."),
                   ("Participants", "38 present of 40 invited (23 men, 15 women)"),
                   ("Agenda", "Vision, mission and priority programmes of the Kutai Barat Smart City for the "
                    "six dimensions")),
        "opening": "1. Opening", "discussion": "2. Discussion", "votes": "3. Votes",
        "decisions": "4. Conclusions and decisions", "actions": "5. Follow-up actions", "closing": "6. Closing",
        "attendance": "Attachment I: Attendance List", "photos": "Attachment II: Photographs",
        "chart": "The ten themes/inputs with the most votes", "votes_label": "Votes",
        "table_caption": "Table 1. Follow-up actions",
        "cols_actions": ("No", "Action", "Owner", "Due"),
        "cols_attendance": ("No", "Name", "Position / NIP", "Agency", "Phone", "Signature"),
        "photo": "Figure {n}. Participants discussing the {pillar} pillar in groups",
        "date_place": "Sendawar, 17 June 2021", "note_taker": "Note-taker", "chair": "Chair",
        "closing_text": "The meeting was closed at 15.30 WITA with a joint prayer.",
        "page_label": "Page {page} of {pages}",
        "header": "Minutes of the Kutai Barat Smart City Masterplan FGD",
        "footer": "Diskominfo SP, Kutai Barat Regency",
    },
}

LETTERHEAD_LINES = ("PEMERINTAH KABUPATEN KUTAI BARAT",
                    "DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN",
                    "Jl. Sendawar Raya No. 1, Barong Tongkok, Sendawar, Kalimantan Timur 75776 – "
                    "Telepon (0545) 41234")
CHAIR = ("Ir. Yohanés Lung, M.Si.", "Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian",
         "196804121994031007")
NOTE_TAKER = ("Maria Goreti, S.Kom.", "Pranata Komputer Ahli Muda", "198703152010012004")


def person(i: int) -> str:
    """A participant's name with the academic title where Indonesians write it ("Ir." goes in front)."""
    name = f"{FIRST[i % len(FIRST)]} {LAST[(i * 7 + 3) % len(LAST)]}"
    title = TITLES[i % len(TITLES)]
    if title == "Ir.":
        return f"Ir. {name}"
    return f"{name}, {title}" if title else name


def attendance_rows(count: int, signatures: bool = True) -> tuple[tuple, ...]:
    rows = []
    for i in range(count):
        nip = f"19{70 + i % 25:02d}{1 + i % 12:02d}{1 + i % 28:02d}20{i % 10:02d}{1 + i % 12:02d}{1 + i % 2}{1 + i:03d}"
        position = POSITIONS[i % len(POSITIONS)]
        cell = f"{position}\nNIP. {nip}" if i % 3 else position
        sign = ImageCell(signature_png(i), 9.0) if signatures and i % 7 != 5 else ""  # a few did not sign
        rows.append((str(i + 1), person(i), cell, AGENCIES[i % len(AGENCIES)],
                     f"08{11 + i % 40}-{5000 + i * 37 % 4000}-{1000 + i * 91 % 9000}", sign))
    return tuple(rows)


def inputs_list(count: int, offset: int = 0) -> BulletList:
    items = []
    for i in range(offset, offset + count):
        speaker = SPEAKERS[i % len(SPEAKERS)]
        items.append((Run(f"{speaker}: ", bold=True), Run(INPUTS[i % len(INPUTS)])))
    return BulletList(tuple(items))


def actions_table(lang: str, count: int = len(ACTIONS)) -> Table:
    rows = tuple((str(i + 1),) + ACTIONS[i % len(ACTIONS)] for i in range(count))
    return Table(LABELS[lang]["cols_actions"], rows, widths=(1, 9, 5, 3.5), align=("center", "left", "left", "left"),
                 caption=LABELS[lang]["table_caption"])


def signatures(lang: str) -> Signatures:
    t = LABELS[lang]
    return Signatures(SignatureBox(t["note_taker"], NOTE_TAKER[0], NOTE_TAKER[1], NOTE_TAKER[2]),
                      SignatureBox(t["chair"], CHAIR[0], CHAIR[1], CHAIR[2], above=t["date_place"]))


def _document(paper: str, lang: str, *, rows: int, inputs: int, actions: int, photos: int) -> Document:
    t = LABELS[lang]
    doc = Document(title=f"{t['title']} – {t['subtitle']}", lang=lang, setup=PageSetup(paper=paper),
                   header_text=t["header"], footer_text=t["footer"], page_label=t["page_label"])
    doc.add(
        Letterhead(LETTERHEAD_LINES, logo_png()),
        Title(t["title"], t["subtitle"]),
        Fields(t["fields"]),
        Heading(t["opening"]),
        Paragraph((Run("Rapat dibuka pukul 09.00 WITA oleh "), Run(CHAIR[0], bold=True),
                   Run(" yang menyampaikan bahwa “Smart City bukan sekadar teknologi, melainkan cara kita "
                       "melayani warga hingga ke kampung paling hulu.” Beliau menegaskan bahwa masterplan "
                       "harus selaras dengan "),
                   Run("Rencana Pembangunan Jangka Menengah Daerah", italic=True),
                   Run(" 2021–2026 dan dapat dilaksanakan dalam keterbatasan anggaran; café-café literasi dan "
                       "komunitas pemuda disebut sebagai mitra yang sudah ada."))),
        Heading(t["discussion"]),
    )
    per_pillar = max(1, inputs // len(PILLARS))
    done = 0
    for n, pillar in enumerate(PILLARS, start=1):
        count = per_pillar if n < len(PILLARS) else inputs - done
        if count <= 0:
            break
        doc.add(Heading(f"2.{n} {pillar}", level=2))
        if n == 1:
            doc.add(Heading("Masukan peserta" if lang == "id" else "Participants' inputs", level=3))
        doc.add(inputs_list(count, done))
        done += count
    doc.add(
        Heading(t["votes"]),
        BarChart(t["chart"], THEMES,
                 (31, 27, 22, 19, 15, 12, 9, 6, 3, 1), t["votes_label"]),
        Heading(t["decisions"]),
        BulletList(((Run("Visi Smart City Kutai Barat: "), Run("“Sendawar Cerdas, Kampung Terhubung”.", bold=True)),
                    (Run("Prioritas tahun pertama adalah pemerataan jaringan internet dan satu data."),),
                    (Run("Tim Pelaksana Smart City ditetapkan dengan Keputusan Bupati paling lambat Juli 2021."),)),
                   numbered=True),
        Paragraph.of("Keputusan tambahan:", bold=True, align="left"),
        BulletList(((Run("Rapat lanjutan diadakan setelah draf Bab III selesai."),),
                    (Run("Notulen dibagikan kepada seluruh OPD dalam tiga hari kerja."),)), numbered=True),
        Heading(t["actions"]),
        actions_table(lang, actions),
        Heading(t["closing"]),
        Paragraph.of(t["closing_text"]),
        Paragraph.of("Catatan: masukan lengkap tercantum dalam lampiran.", italic=True, align="left", size_pt=10),
        signatures(lang),
        PageBreak(),
        Heading(t["attendance"]),
        Fields(t["fields"][:3]),
        Table(t["cols_attendance"], attendance_rows(rows), widths=(0.8, 3.6, 4.3, 3.3, 3.3, 3),
              align=("center", "left", "left", "left", "left", "center"), size_pt=9),
        PageBreak(),
        Heading(t["photos"]),
    )
    for i in range(photos):
        pillar = PILLARS[i % len(PILLARS)]
        data = photo_png(i) if i % 4 == 3 else photo_jpeg(i, label=f"{i + 1}")
        doc.add(Image(data, 120.0 if i % 2 == 0 else 80.0, t["photo"].format(n=i + 1, pillar=pillar)))
    return doc


def sample_document(paper: str = "a4", lang: str = "id") -> Document:
    """Minutes with every block type: kop, fields, 3 heading levels, lists, 40 signed rows, chart, photos."""
    return _document(paper, lang, rows=40, inputs=18, actions=5, photos=2)


def large_document(paper: str = "a4", lang: str = "id") -> Document:
    """The size the renderers must stay fast at: 80 signed rows, 600 inputs, 40 actions, 10 photos."""
    return _document(paper, lang, rows=80, inputs=600, actions=40, photos=10)
