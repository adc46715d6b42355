"""The DOCX writer, checked with real readers: python-docx reload, LibreOffice to PDF, poppler.

Set FGD_DOC_RENDERS=/some/dir to keep the converted PDFs and their page PNGs for looking at.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import time
import uuid
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm
from PIL import Image as PILImage

from fgd_app.documents import charts
from fgd_app.documents.docx_render import render
from fgd_app.documents.model import (
    BarChart,
    BulletList,
    Document,
    Heading,
    ImageCell,
    Letterhead,
    PageBreak,
    PageSetup,
    Paragraph,
    SignatureBox,
    Signatures,
    Table,
)
from tests.document_samples import CHAIR, NOTE_TAKER, large_document, sample_document

ONE_TWIP = 635  # EMU; Word stores page geometry in twentieths of a point


def reload(data: bytes):
    return docx.Document(io.BytesIO(data))


def all_text(d) -> str:
    """Body paragraphs and table cells (nested tables included), in document order."""
    return "\n".join(t.text or "" for t in d.element.body.iter(qn("w:t")))


def signed_rows(doc: Document) -> int:
    return sum(1 for b in doc.blocks if isinstance(b, Table) for row in b.rows for c in row if isinstance(c, ImageCell))


# -- python-docx reload ------------------------------------------------------------------


@pytest.mark.parametrize("paper, size_mm", [("a4", (210, 297)), ("f4", (215, 330))])
def test_page_size_and_margins(paper, size_mm):
    d = reload(render(sample_document(paper)))
    section = d.sections[0]
    assert abs(section.page_width - Mm(size_mm[0])) <= ONE_TWIP
    assert abs(section.page_height - Mm(size_mm[1])) <= ONE_TWIP
    assert section.page_width < section.page_height  # portrait
    for actual, mm in ((section.top_margin, 20), (section.bottom_margin, 25), (section.left_margin, 30),
                       (section.right_margin, 20)):
        assert abs(actual - Mm(mm)) <= ONE_TWIP


def test_texts_headings_and_styles():
    doc = sample_document()
    d = reload(render(doc))
    styled = [(p.style.name, p.text) for p in d.paragraphs if p.text]
    assert ("Title", "NOTULEN") in styled
    assert ("Subtitle", "Focus Group Discussion Penyusunan Masterplan Smart City Kabupaten Kutai Barat") in styled
    assert ("Heading 1", "1. Pembukaan") in styled
    assert ("Heading 2", "2.1 Smart Governance") in styled
    assert ("Heading 3", "Masukan peserta") in styled
    assert ("Heading 1", "Lampiran II: Dokumentasi") in styled
    opening = next(p for p in d.paragraphs if p.text.startswith("Rapat dibuka"))
    assert "“Smart City bukan sekadar teknologi" in opening.text and "café-café" in opening.text
    assert [r.text for r in opening.runs if r.bold] == [CHAIR[0]]
    assert [r.text for r in opening.runs if r.italic] == ["Rencana Pembangunan Jangka Menengah Daerah"]
    assert opening.alignment == 3  # justify
    bullets = [p for p in d.paragraphs if p.style.name == "List Bullet"]
    assert len(bullets) == 18 and bullets[0].runs[0].bold and bullets[0].text.startswith("Agnes Ipah")
    assert len([p for p in d.paragraphs if p.style.name == "List Number"]) == 5
    captions = [p.text for p in d.paragraphs if p.style.name == "Caption"]
    assert captions[:2] == ["Sepuluh tema/masukan dengan suara terbanyak", "Tabel 1. Rencana tindak lanjut"]
    assert captions[2].startswith("Gambar 1.") and all(r.italic is not False for p in d.paragraphs
                                                        if p.style.name == "Caption" for r in p.runs)


def test_fields_and_signature_tables():
    d = reload(render(sample_document()))
    kop, fields = d.tables[0], d.tables[1]
    assert "PEMERINTAH KABUPATEN KUTAI BARAT" in kop.cell(0, 1).text
    assert [c.text for c in fields.rows[0].cells] == ["Hari, tanggal", ":", "Kamis, 17 Juni 2021"]
    assert [c.text for c in fields.rows[1].cells] == ["Waktu", ":", "09.00 – 15.30 WITA"]
    sign = next(t for t in d.tables if t.cell(0, 1).text == "Sendawar, 17 Juni 2021")
    texts = [[c.text for c in row.cells] for row in sign.rows]
    assert texts[1] == ["Notulis", "Pimpinan Rapat"]
    assert texts[2] == ["", ""]  # the room for the wet signature, exactly space_mm high
    assert abs(sign.rows[2].height - Mm(22)) <= ONE_TWIP
    assert texts[3] == [NOTE_TAKER[0], CHAIR[0]]
    assert texts[-1] == [f"NIP. {NOTE_TAKER[2]}", f"NIP. {CHAIR[2]}"]
    name = sign.cell(3, 1).paragraphs[0].runs[0]
    assert name.bold and name.underline
    for table in (kop, fields, sign):  # borderless
        borders = table._tbl.tblPr.find(qn("w:tblBorders"))
        assert {b.get(qn("w:val")) for b in borders} == {"nil"}


def test_data_tables_header_widths_and_images():
    doc = sample_document()
    d = reload(render(doc))
    attendance = next(t for t in d.tables if t.cell(0, 0).text == "No" and len(t.columns) == 6)
    block = next(b for b in doc.blocks if isinstance(b, Table) and len(b.header) == 6)
    assert [c.text for c in attendance.rows[0].cells] == list(block.header)
    assert len(attendance.rows) == 41
    assert attendance.cell(1, 1).text == "Yohanés Ajeng, S.Kom."
    assert attendance.cell(2, 2).text.startswith("Kepala Seksi\nNIP. 19")
    tr = attendance.rows[0]._tr
    assert tr.trPr.find(qn("w:tblHeader")) is not None  # repeated on every page
    assert attendance.rows[1]._tr.trPr.find(qn("w:tblHeader")) is None
    assert all(r.bold for c in attendance.rows[0].cells for r in c.paragraphs[0].runs)
    grid = [int(g.get(qn("w:w"))) for g in attendance._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert abs(sum(grid) - 160 * 1440 / 25.4) <= len(grid)  # the text width of A4 with 30/20 mm margins
    assert grid[0] >= 0.8 / 17.3 * sum(grid)  # "No" got at least its share (and room for the word)
    borders = attendance._tbl.tblPr.find(qn("w:tblBorders"))
    assert {b.get(qn("w:val")) for b in borders} == {"single"}
    assert attendance.cell(1, 0).paragraphs[0].alignment == 1  # centred column
    # Every picture is there: logo, chart, signatures, photos.
    assert len(d.inline_shapes) == 1 + 1 + signed_rows(doc) + 2
    signature = attendance.cell(1, 5)._tc.find(f".//{qn('w:drawing')}")
    extent = signature.find(".//{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}extent")
    assert abs(int(extent.get("cy")) - Mm(9)) < 1000
    chart = d.inline_shapes[1]
    assert abs(chart.width - Mm(160)) < 1000


def test_numbered_lists_restart_and_bullets_are_plain_text():
    d = reload(render(sample_document()))
    numbered = [p for p in d.paragraphs if p.style.name == "List Number"]
    ids = [p._p.pPr.numPr.numId.val for p in numbered]
    assert ids[:3] == [ids[0]] * 3 and ids[3:] == [ids[3]] * 2 and ids[0] != ids[3]
    numbering = d.part.numbering_part.element
    for num_id in (ids[0], ids[3]):
        start = numbering.num_having_numId(num_id).find(f"{qn('w:lvlOverride')}/{qn('w:startOverride')}")
        assert start.get(qn("w:val")) == "1"
    assert "\u2022" in d.part.numbering_part.blob.decode("utf-8")


def test_header_footer_page_fields_and_properties():
    doc = sample_document("f4", "en")
    d = reload(render(doc))
    section = d.sections[0]
    assert section.different_first_page_header_footer
    assert section.header.paragraphs[0].text == doc.header_text
    assert all(not p.text for p in section.first_page_header.paragraphs)
    for footer in (section.footer, section.first_page_footer):
        xml = footer._element.xml
        assert doc.footer_text in footer.paragraphs[0].text and "Page " in footer.paragraphs[0].text
        assert re.search(r"<w:instrText[^>]*> PAGE </w:instrText>", xml)
        assert re.search(r"<w:instrText[^>]*> NUMPAGES </w:instrText>", xml)
    props = d.core_properties
    assert props.title == doc.title and props.author == "fgd-app" and props.language == "en-GB"


def test_fonts_are_arial_everywhere_and_black():
    d = reload(render(sample_document()))
    styles = d.styles.element
    for style_id in ("Normal", "Heading1", "Heading2", "Heading3", "Title"):
        rpr = styles.get_by_id(style_id).find(qn("w:rPr"))
        fonts = rpr.find(qn("w:rFonts"))
        assert {fonts.get(qn(f"w:{k}")) for k in ("ascii", "hAnsi", "eastAsia", "cs")} == {"Arial"}
        assert not any(k.endswith("Theme") or k.endswith("theme") for k in fonts.keys())
        assert rpr.find(qn("w:color")).get(qn("w:val")) == "000000"
    normal = d.styles["Normal"]
    assert normal.font.size.pt == 12 and normal.paragraph_format.line_spacing == pytest.approx(1.15)
    assert d.styles["Heading 1"].font.bold
    defaults = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    assert defaults.find(qn("w:lang")).get(qn("w:val")) == "id-ID"


def test_awkward_content_renders():
    """Control characters from pasted text, ragged rows, an oversized signature, a bare letterhead."""
    doc = Document("Uji", "id", setup=PageSetup(line_spacing=1.5))
    wide = PILImage.new("RGB", (2000, 100), "white")
    buf = io.BytesIO()
    wide.save(buf, format="PNG")
    doc.add(
        Letterhead(("PEMERINTAH KABUPATEN KUTAI BARAT",)),
        Paragraph.of("Teks\x0bdengan\x00karakter kontrol\r\ndan baris baru\tserta tab", align="left"),
        Heading("Level lima", level=5),
        Table(("A", "B"), (("1",), ("2", ImageCell(buf.getvalue(), 20.0)), ("3", "4", "extra")), widths=(1,)),
        Table((), (), widths=()),
        BulletList(()),
        Signatures(SignatureBox("Notulis", "A"), SignatureBox("Ketua", "B")),
        PageBreak(),
    )
    d = reload(render(doc))
    pasted = next(p for p in d.paragraphs if p.text.startswith("Teks"))
    assert pasted.text == "Teks\ndengankarakter kontrol\ndan baris baru\tserta tab"  # \x0b is Word's line break
    assert len(pasted.runs[0]._r.findall(qn("w:br"))) == 2 and pasted.runs[0]._r.find(qn("w:tab")) is not None
    table = d.tables[0]
    assert [c.text for c in table.rows[1].cells] == ["1", ""] and [c.text for c in table.rows[3].cells] == ["3", "4"]
    picture = d.inline_shapes[0]
    assert picture.width < Mm(80)  # capped to its column, not 20 mm high x 400 mm wide
    assert d.element.body[-2].tag == qn("w:p")  # never ends in a table
    assert render(Document("Kosong", "en"))  # an empty document is still a document
    odd = reload(render(Document("x", "id", page_label="Hal. {halaman} / {pages}", footer_text="")))
    footer = odd.sections[0].footer
    assert footer.paragraphs[0].text.startswith("\tHal. {halaman} / ")  # unknown placeholders stay text
    assert footer._element.xml.count("<w:instrText") == 1


def test_chart_png_size_and_degenerate_charts():
    data = charts.bar_chart_png(BarChart("t", ("Satu", "Dua"), (5, 0), "Suara"), 160, dpi=200)
    image = PILImage.open(io.BytesIO(data))
    assert image.format == "PNG" and image.width == round(160 / 25.4 * 200)
    assert image.info["dpi"][0] == pytest.approx(200, abs=1)
    for chart in (BarChart("", (), ()), BarChart("x", ("a",), (0,)), BarChart("x", ("a " * 80,), (3,))):
        assert PILImage.open(io.BytesIO(charts.bar_chart_png(chart, 100))).height > 0


def test_large_minutes_render_fast_enough_to_print():
    doc = large_document()
    start = time.perf_counter()
    data = render(doc)
    elapsed = time.perf_counter() - start
    print(f"\nlarge minutes (80 signed rows, 600 inputs, 40 actions, 10 photos): {elapsed * 1000:.0f} ms, "
          f"{len(data) / 1024:.0f} KiB")
    d = reload(data)
    assert len([p for p in d.paragraphs if p.style.name == "List Bullet"]) == 600
    assert len(d.inline_shapes) == 1 + 1 + signed_rows(doc) + 10


# -- LibreOffice and poppler -------------------------------------------------------------

TOOLS = ("soffice", "pdftotext", "pdfinfo", "pdffonts", "pdftoppm")
needs_tools = pytest.mark.skipif(any(shutil.which(t) is None for t in TOOLS),
                                 reason=f"needs LibreOffice and poppler-utils ({', '.join(TOOLS)})")


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    """The samples as LibreOffice opens and prints them: one soffice run converts them all."""
    keep = os.environ.get("FGD_DOC_RENDERS")
    out = Path(keep) if keep else tmp_path_factory.mktemp("docx_pdf")
    out.mkdir(parents=True, exist_ok=True)
    names = {"a4_id": ("a4", "id"), "f4_en": ("f4", "en")}
    for name, (paper, lang) in names.items():
        (out / f"{name}.docx").write_bytes(render(sample_document(paper, lang)))
    profile = tmp_path_factory.mktemp("lo-profile") / f"lo-{uuid.uuid4().hex}"
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out), *(str(out / f"{n}.docx") for n in names)],
                   check=True, timeout=240, capture_output=True)
    return {name: out / f"{name}.pdf" for name in names}


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True, timeout=60).stdout


def pdf_pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True, timeout=60).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


@needs_tools
def test_libreoffice_prints_the_indonesian_minutes(converted):
    pdf = converted["a4_id"]
    text = pdf_text(pdf)
    pages = pdf_pages(pdf)
    flat = re.sub(r"\s+", " ", text)
    for expected in ("PEMERINTAH KABUPATEN KUTAI BARAT", "NOTULEN", "Hari, tanggal", "Kamis, 17 Juni 2021",
                     "09.00 – 15.30 WITA", "1. Pembukaan", "2.1 Smart Governance", "Masukan peserta",
                     "4. Kesimpulan dan keputusan", "Lampiran I: Daftar Hadir", "Sendawar, 17 Juni 2021",
                     "Pimpinan Rapat", CHAIR[0], NOTE_TAKER[0], f"NIP. {CHAIR[2]}", "Yohanés Ajeng",
                     "Tabel 1. Rencana tindak lanjut", "Gambar 2.", "“Smart City bukan sekadar teknologi"):
        assert expected in flat, expected
    assert pages > 3
    for page in range(1, pages + 1):  # the real page fields, filled in by LibreOffice
        assert f"Halaman {page} dari {pages}" in text
    assert text.count("Notulen FGD Masterplan Smart City") == pages - 1  # no running header over the kop
    assert "\uf0b7" not in text and "•" in text
    fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True, timeout=60).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all("Liberation" in row[0] for row in rows)  # Arial became its metric twin, nothing else
    assert all(row[-5] == "yes" for row in rows)  # the "emb" column


@needs_tools
def test_libreoffice_prints_f4_english_and_pages_render(converted):
    pdf = converted["f4_en"]
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True, timeout=60).stdout
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups())
    assert width == pytest.approx(215 / 25.4 * 72, abs=2) and height == pytest.approx(330 / 25.4 * 72, abs=2)
    text = pdf_text(pdf)
    pages = pdf_pages(pdf)
    assert "MINUTES" in text and "Thursday, 17 June 2021" in text and f"Page 1 of {pages}" in text
    prefix = pdf.parent / "f4_en-page"
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(prefix)], check=True, timeout=120)
    pngs = sorted(pdf.parent.glob("f4_en-page*.png"))
    assert len(pngs) == pages
    first = PILImage.open(pngs[0]).convert("L")
    assert first.getextrema()[0] < 50  # ink on the page (text, kop rule)
