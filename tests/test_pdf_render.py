"""The PDF writer, checked with real readers (poppler's pdffonts, pdftotext, pdfinfo, pdftoppm).

The sample documents are built here (the DOCX helper owns tests/document_samples.py) and
cover every block type with realistic Indonesian minutes content.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image as PILImage
from PIL import ImageDraw

from fgd_app.documents import pdf_render
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

POPPLER = all(shutil.which(tool) for tool in ("pdffonts", "pdftotext", "pdfinfo", "pdftoppm"))
needs_poppler = pytest.mark.skipif(not POPPLER,
                                   reason="poppler-utils (pdffonts/pdftotext/pdfinfo/pdftoppm) not installed")

NAMES = ["Yohanes Lung", "Maria Goreti Hanyeq", "Andreas Ding", "Siti Nurhaliza", "Petrus Ngau", "Élisabeth Jiu",
         "Bambang Sutrisno", "Agustinus Lawing", "Rahmawati", "Fransiskus Asa"]
AGENCIES = ["Diskominfo Kutai Barat", "Bappeda Litbang", "Dinas Kesehatan", "Kecamatan Barong Tongkok",
            "Kampung Linggang Bigung", "Dinas Pendidikan dan Kebudayaan Kabupaten Kutai Barat"]
LONG = ("Peserta dari Kecamatan Long Apari menyampaikan bahwa sinyal telepon seluler di kampung-kampung hulu "
        "Sungai Mahakam masih lemah – bahkan hilang sama sekali – sehingga layanan “Sendawar Smart” "
        "belum dapat "
        "dinikmati warga; diusulkan pembangunan menara BTS bersama operator & penyediaan Wi-Fi publik di balai "
        "kampung (± 25 titik) dengan prioritas sekolah <SD/SMP> dan puskesmas pembantu.")


# -- sample images ----------------------------------------------------------------------


def png(width: int, height: int, draw) -> bytes:
    img = PILImage.new("RGB", (width, height), "white")
    draw(ImageDraw.Draw(img), width, height)
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def signature_png(seed: int) -> bytes:
    def scribble(d, w, h):
        points = [(10 + i * (w - 20) / 8, h / 2 + ((i * 7 + seed * 13) % 5 - 2) * h / 7) for i in range(9)]
        d.line(points, fill=(20, 30, 110), width=3)
    return png(240, 80, scribble)


def logo_png() -> bytes:
    def shield(d, w, h):
        d.polygon([(0, 0), (w - 1, 0), (w - 1, h * 0.6), (w / 2, h - 1), (0, h * 0.6)], fill=(200, 160, 40),
                  outline="black")
        d.ellipse((w * 0.3, h * 0.2, w * 0.7, h * 0.55), fill=(30, 110, 60))
    return png(200, 240, shield)


def photo_jpeg(seed: int, size=(1024, 768)) -> bytes:
    img = PILImage.new("RGB", size, (120 + seed * 10 % 100, 150, 180))
    d = ImageDraw.Draw(img)
    w, h = size
    d.rectangle((w * 0.1, h * 0.5, w * 0.9, h * 0.95), fill=(90, 70, 50))
    for i in range(6):
        d.ellipse((w * (0.12 + i * 0.13), h * 0.3, w * (0.22 + i * 0.13), h * 0.5), fill=(230, 190, 150))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    return out.getvalue()


# -- sample documents -------------------------------------------------------------------


def attendance_table(count: int) -> Table:
    signatures = [signature_png(i) for i in range(4)]
    rows = []
    for i in range(count):
        rows.append((str(i + 1), f"{NAMES[i % len(NAMES)]} {i + 1}", "Staf / Analis Kebijakan" if i % 3 else "-",
                     AGENCIES[i % len(AGENCIES)], f"0812-5{i:03d}-{(i * 37) % 10000:04d}",
                     ImageCell(signatures[i % 4], height_mm=9)))
    return Table(header=("No", "Nama", "NIP/Jabatan", "Instansi/OPD", "No HP", "Tanda tangan"), rows=tuple(rows),
                 widths=(0.5, 2.2, 1.8, 2.2, 1.9, 1.6), align=("center", "left", "left", "left", "left", "center"),
                 caption="DAFTAR HADIR")


def minutes(paper: str = "a4", *, participants: int = 40, inputs: int = 12, actions: int = 6, photos: int = 2,
            bars: int = 8) -> Document:
    doc = Document(title="Notulen FGD Smart City Kabupaten Kutai Barat", lang="id", setup=PageSetup(paper=paper),
                   header_text="Notulen FGD Masterplan Smart City – Kabupaten Kutai Barat",
                   footer_text="Dinas Komunikasi, Informatika, Statistik dan Persandian")
    doc.add(
        Letterhead(("PEMERINTAH KABUPATEN KUTAI BARAT",
                    "DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN",
                    "Jl. Sendawar Raya No. 1, Barong Tongkok, Sendawar 75776 – Telp. (0545) 41012"), logo=logo_png()),
        Title("NOTULEN", "Focus Group Discussion Penyusunan Masterplan Smart City"),
        Fields((("Hari, tanggal", "Kamis, 17 Juni 2021"), ("Waktu", "09.00 – 15.30 WITA"),
                ("Tempat", "Ruang Rapat Aji Tulur Jejangkat, Kantor Bupati Kutai Barat, Sendawar"),
                ("Pimpinan Rapat", "Drs. Ir. Yohanes Lung, M.Si."), ("Notulis", "Maria Goreti Hanyeq, S.Kom."),
                ("Peserta", f"{participants} orang (daftar hadir terlampir)"),
                ("Acara", "Penggalian masalah dan gagasan enam dimensi Smart City: Smart Governance, Smart "
                          "Branding, Smart Economy, Smart Living, Smart Society dan Smart Environment"))),
        Heading("I. PEMBUKAAN", 1),
        Paragraph((Run("Rapat dibuka pukul 09.00 WITA oleh "), Run("Drs. Ir. Yohanes Lung, M.Si.", bold=True),
                   Run(" selaku Kepala Dinas, yang menekankan bahwa "), Run("masterplan", italic=True),
                   Run(" harus lahir dari kebutuhan nyata warga. " + LONG))),
        Heading("II. POKOK-POKOK PEMBAHASAN", 1),
        Heading("A. Smart Governance", 2),
        BulletList(tuple((Run(f"{NAMES[i % len(NAMES)]} ({AGENCIES[i % len(AGENCIES)]}): ", bold=True),
                          Run(LONG if i % 4 == 0 else "Perlu integrasi data kependudukan antar-OPD agar layanan "
                                                       "surat keterangan di kampung bisa selesai dalam satu hari."))
                         for i in range(inputs))),
        Heading("Prioritas menurut pemungutan suara", 3),
        BarChart("Jumlah suara per gagasan",
                 tuple(f"Gagasan {i + 1}: " + ("Menara BTS bersama dan Wi-Fi publik di balai kampung hulu Mahakam "
                                               "untuk sekolah, puskesmas pembantu dan kantor kampung" if i % 3 == 0
                                               else "Integrasi data OPD") for i in range(bars)),
                 tuple(max(0, 27 - i * 3) for i in range(bars)), value_label="suara"),
        Heading("III. KESIMPULAN DAN TINDAK LANJUT", 1),
        Paragraph.of("Tindak lanjut yang disepakati:", bold=True, align="left"),
        BulletList(tuple((Run(f"Menyusun kajian kebutuhan menara BTS di {i + 3} kampung – penanggung jawab: "
                              f"{AGENCIES[i % len(AGENCIES)]}; tenggat: {(i % 28) + 1} Juli 2021."),)
                         for i in range(actions)), numbered=True),
        Paragraph.of("Rapat ditutup pukul 15.30 WITA. Catatan: tanda < dan > serta & tidak merusak dokumen."),
        Signatures(SignatureBox("Notulis,", "Maria Goreti Hanyeq, S.Kom.", "Pranata Komputer Ahli Pertama",
                                "19900512 201502 2 003"),
                   SignatureBox("Pimpinan Rapat,", "Drs. Ir. Yohanes Lung, M.Si.",
                                "Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian",
                                "19700101 199503 1 001", above="Sendawar, 17 Juni 2021")),
        PageBreak(),
        Heading("Lampiran 1. Daftar Hadir", 1),
        attendance_table(participants),
        PageBreak(),
        Heading("Lampiran 2. Dokumentasi", 1),
    )
    for i in range(photos):
        doc.add(Image(photo_jpeg(i), width_mm=120, caption=f"Foto {i + 1}. Diskusi kelompok dimensi Smart Living – "
                                                           f"peserta dari Kecamatan Barong Tongkok"))
    return doc


# -- poppler helpers ---------------------------------------------------------------------


def write(tmp_path: Path, doc: Document, name: str = "doc.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(pdf_render.render(doc))
    return path


def run(*args) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True, timeout=60).stdout


def text(path: Path, first: int | None = None, last: int | None = None) -> str:
    pages = (["-f", str(first)] if first else []) + (["-l", str(last)] if last else [])
    return run("pdftotext", "-layout", *pages, str(path), "-")


def flat(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def info(path: Path) -> dict[str, str]:
    out = {}
    for line in run("pdfinfo", str(path)).splitlines():
        key, _, value = line.partition(":")
        out[key.strip()] = value.strip()
    return out


def pages(path: Path) -> int:
    return int(info(path)["Pages"])


# -- tests ------------------------------------------------------------------------------


def test_render_returns_pdf_bytes():
    data = pdf_render.render(minutes())
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")


@needs_poppler
def test_every_font_is_an_embedded_liberation_sans_face(tmp_path):
    path = write(tmp_path, minutes())
    rows = run("pdffonts", str(path)).splitlines()[2:]
    assert rows, "no fonts listed"
    faces = set()
    for row in rows:
        name = row.split()[0]
        cols = row[len(name):].split()
        # name type encoding emb sub uni object ID; type may be two words ("CID TrueType")
        emb = cols[-5]
        assert emb == "yes", row
        faces.add(name.split("+")[-1])
    assert faces <= {"LiberationSans", "LiberationSans-Bold", "LiberationSans-Italic", "LiberationSans-BoldItalic"}
    assert {"LiberationSans", "LiberationSans-Bold"} <= faces


@needs_poppler
def test_text_headings_names_dates_and_page_labels(tmp_path):
    path = write(tmp_path, minutes())
    total = pages(path)
    assert total >= 3
    body = flat(text(path))
    for needle in ("PEMERINTAH KABUPATEN KUTAI BARAT", "NOTULEN", "I. PEMBUKAAN", "A. Smart Governance",
                   "III. KESIMPULAN DAN TINDAK LANJUT", "Kamis, 17 Juni 2021", "09.00 – 15.30 WITA",
                   "Sendawar, 17 Juni 2021", "Maria Goreti Hanyeq, S.Kom.", "NIP. 19700101 199503 1 001",
                   "Élisabeth Jiu", "“Sendawar Smart”", "± 25 titik", "<SD/SMP>", "tanda < dan > serta &",
                   "Jumlah suara per gagasan", "Foto 1. Diskusi kelompok"):
        assert needle in body, needle
    first = flat(text(path, 1, 1))
    assert f"Halaman 1 dari {total}" in first
    assert f"Halaman {total} dari {total}" in flat(text(path, total, total))


@needs_poppler
def test_running_header_from_page_two_only(tmp_path):
    path = write(tmp_path, minutes())
    header = "Notulen FGD Masterplan Smart City – Kabupaten Kutai Barat"
    assert header not in flat(text(path, 1, 1))
    assert header in flat(text(path, 2, 2))
    assert "Dinas Komunikasi, Informatika, Statistik dan Persandian" in flat(text(path, 2, 2))


@needs_poppler
@pytest.mark.parametrize(("paper", "size"), [("a4", "595.276 x 841.89"), ("f4", "609.449 x 935.433")])
def test_page_size(tmp_path, paper, size):
    path = write(tmp_path, minutes(paper, participants=5))
    assert info(path)["Page size"].startswith(size + " pts")


@needs_poppler
def test_metadata(tmp_path):
    path = write(tmp_path, minutes(participants=3))
    meta = info(path)
    assert meta["Title"] == "Notulen FGD Smart City Kabupaten Kutai Barat"
    assert meta["Author"] == "fgd-app"
    assert b"/Lang (id)" in path.read_bytes()


@needs_poppler
def test_attendance_table_repeats_its_header_on_the_next_page(tmp_path):
    doc = Document(title="Daftar hadir", lang="id", header_text="Lampiran notulen")
    doc.add(Title("DAFTAR HADIR"), attendance_table(40))
    path = write(tmp_path, doc)
    assert pages(path) >= 2
    second = text(path, 2, 2)
    assert "Nama" in second and "Tanda tangan" in second and "Instansi/OPD" in second
    assert "40" in second  # the last rows
    if shutil.which("pdfimages"):
        # a signature drawn in every row, but each distinct image embedded once (4 in the sample)
        listed = [line.split() for line in run("pdfimages", "-list", str(path)).splitlines()[2:]]
        assert len(listed) == 40
        assert len({row[10] for row in listed}) == 4


def outline(pdf: bytes) -> dict[str, int]:
    """Outline title -> page number, read from the PDF's own objects (ReportLab writes them uncompressed).

    Titles are PDF literal strings: escapes are undone; non-ASCII characters (PDFDocEncoding
    octal escapes) come back as latin-1 stand-ins, so compare ASCII titles only.
    """
    kids = re.search(rb"/Kids \[ ([^\]]*) \] /Type /Pages", pdf).group(1)
    page_no = {ref: i + 1 for i, ref in enumerate(re.findall(rb"(\d+) 0 R", kids))}
    found = {}
    entry_re = rb"/Dest \[ (\d+) 0 R /XYZ [^\]]*\](?:(?!endobj).)*?/Title \(((?:\\.|[^\\)])*)\)"
    for entry in re.finditer(entry_re, pdf, re.S):
        title = re.sub(rb"\\([0-7]{1,3}|.)",
                       lambda m: bytes([int(m.group(1), 8)]) if m.group(1)[:1].isdigit() else m.group(1),
                       entry.group(2), flags=re.S)
        found[title.decode("latin-1")] = page_no[entry.group(1)]
    return found


@needs_poppler
def test_bookmarks_point_at_the_heading_pages(tmp_path):
    path = write(tmp_path, minutes())
    marks = outline(path.read_bytes())
    assert len(marks) == 7, marks  # every heading
    pages_text = text(path).split("\f")
    for title, page in marks.items():
        assert title in pages_text[page - 1], (title, page)
    assert max(marks.values()) > 1
    assert b"/PageMode /UseOutlines" in path.read_bytes()


@needs_poppler
def test_long_chart_continues_and_everything_is_text(tmp_path):
    doc = Document(title="Grafik", lang="id")
    labels = tuple(f"Gagasan nomor {i + 1} tentang layanan publik digital di kampung" for i in range(40))
    doc.add(BarChart("Suara", labels, tuple(range(40, 0, -1)), value_label="suara"))
    path = write(tmp_path, doc)
    body = flat(text(path))
    assert "Gagasan nomor 40" in body and "Gagasan nomor 1 " in body


@needs_poppler
def test_oversized_image_and_edge_cases(tmp_path):
    tall = photo_jpeg(1, size=(400, 2000))
    doc = Document(title="x", lang="en", page_label="Page {page} of {pages}")
    doc.add(Letterhead(("ONE LINE ONLY",)), Image(tall, width_mm=500, caption="Tall"), Paragraph(()),
            Fields(()), BulletList(()), Table(("A",), (), (1,)), BarChart("Empty", (), ()),
            Heading("Deep heading first", 3))
    path = write(tmp_path, doc)
    assert "Page 1 of" in text(path, 1, 1)
    assert "Tall" in text(path)


def test_empty_document_renders():
    assert pdf_render.render(Document(title="", lang="id")).startswith(b"%PDF-")


@needs_poppler
def test_pages_rasterise(tmp_path):
    """pdftoppm opens every page (a broken stream or font would fail here)."""
    path = write(tmp_path, minutes("f4"))
    run("pdftoppm", "-r", "30", "-png", str(path), str(tmp_path / "page"))
    assert len(list(tmp_path.glob("page-*.png"))) == pages(path)


@needs_poppler
def test_large_minutes_render(tmp_path):
    doc = minutes(participants=80, inputs=600, actions=40, photos=10, bars=30)
    path = write(tmp_path, doc)
    total = pages(path)
    assert total > 20
    assert f"Halaman {total} dari {total}" in flat(text(path, total, total))


@needs_poppler
def test_a_heading_longer_than_a_page_splits_and_keeps_one_bookmark(tmp_path):
    doc = Document(title="x", lang="id")
    doc.add(Paragraph.of("Pembuka."), Heading("Judul yang sangat panjang " * 400, 1), Paragraph.of("Isi."),
            Heading("Penutup (akhir) – é", 2), Heading("Tamat", 3))
    path = write(tmp_path, doc)
    assert pages(path) >= 2
    marks = outline(path.read_bytes())
    assert len(marks) == 3 and marks["Tamat"] == pages(path)
    assert "Penutup (akhir) \x85 \xe9" in marks  # PDFDocEncoding en dash, latin-1 é


# -- the shared samples (tests/document_samples.py, also rendered by the DOCX tests) ------------


@needs_poppler
@pytest.mark.parametrize(("paper", "lang", "label"),
                         [("a4", "id", "Halaman {} dari {}"), ("f4", "en", "Page {} of {}")])
def test_shared_sample_renders_with_embedded_fonts_and_page_labels(tmp_path, paper, lang, label):
    samples = pytest.importorskip("tests.document_samples")
    doc = samples.sample_document(paper, lang)
    path = write(tmp_path, doc)
    total = pages(path)
    for row in run("pdffonts", str(path)).splitlines()[2:]:
        assert row.split()[0].split("+")[-1].startswith("LiberationSans") and row.split()[-5] == "yes", row
    assert label.format(1, total) in flat(text(path, 1, 1))
    assert label.format(total, total) in flat(text(path, total, total))
    body = flat(text(path))
    assert samples.CHAIR[0] in body and samples.NOTE_TAKER[0] in body
    assert "Kamis, 17 Juni 2021" in body or "Thursday" in body
    headings = [b.text for b in doc.blocks if isinstance(b, Heading)]
    marks = outline(path.read_bytes())
    assert len(marks) == len(headings)
    assert {h for h in headings if h.isascii() and "(" not in h} <= set(marks)


@needs_poppler
def test_shared_large_sample_renders(tmp_path):
    samples = pytest.importorskip("tests.document_samples")
    path = write(tmp_path, samples.large_document())
    total = pages(path)
    assert total > 20
    assert f"Halaman {total} dari {total}" in flat(text(path, total, total))


@needs_poppler
def test_no_footer_and_a_malformed_page_label(tmp_path):
    doc = Document(title="x", lang="id", page_label="Hal. {halaman}")
    doc.add(Paragraph.of("Isi."))
    assert "Hal. {halaman}" in text(write(tmp_path, doc, "a.pdf"))
    doc.page_label = ""
    assert "Hal." not in text(write(tmp_path, doc, "b.pdf"))


@needs_poppler
def test_signatures_never_stand_alone_on_a_page(tmp_path):
    path = write(tmp_path, minutes())
    page = next(p for p in text(path).split("\f") if "Pimpinan Rapat," in p)
    assert "Rapat ditutup pukul 15.30 WITA" in flat(page)
