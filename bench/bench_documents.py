"""Documents of a large workshop (issue 5): our renderers against bare library scripts.

A workshop with 80 participants (all signed), 600 inputs, 120 votes, 40 actions and 10
photos (2000 px JPEGs). For the minutes and the full masterplan draft, each as DOCX and
PDF, the app's path (build the report model from the database, render) is timed
against a bare python-docx / ReportLab script that writes the same content (the same
blocks, with the library's default styles and no layout work) in the same run.
Goal: at most 1.5x the bare script and under 1 s each.
"""

from __future__ import annotations

import io
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import fresh_home  # noqa: E402

RUNS = 5
PILLARS = ("governance", "branding", "economy", "living", "society", "environment")
KINDS = ("problem", "potential", "idea", "strength", "weakness", "opportunity", "threat", "readiness_structure",
         "decision", "question")
WORDS = ("jaringan", "internet", "aplikasi", "layanan", "data", "kampung", "sekolah", "sampah", "pasar", "wisata",
         "sungai", "kecamatan", "pelatihan", "anggaran", "operator", "server", "puskesmas", "jalan", "UMKM", "banjir")


def _png(seed: int) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (240, 90), "white")
    draw = ImageDraw.Draw(image)
    rng = random.Random(seed)
    points = [(10 + i * 11, 45 + rng.randint(-30, 30)) for i in range(21)]
    draw.line(points, fill="black", width=3)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _photo(seed: int) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (2000, 1500), (245, 244, 238))
    draw = ImageDraw.Draw(image)
    rng = random.Random(seed)
    for _ in range(40):
        x, y = rng.randint(0, 1800), rng.randint(0, 1300)
        draw.rectangle((x, y, x + 180, y + 180), fill=rng.choice(["#ffe066", "#ff8fab", "#8ce99a", "#74c0fc"]))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def make_workshop(db) -> str:
    import datetime as dt

    from fgd_app.store.models import ActionItem, AgendaItem, Attachment, Cluster, Input, Participant, Programme, Vote
    from fgd_app.store.models import Workshop

    rng = random.Random(5)
    said = lambda n: " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."  # noqa: E731
    opened = dt.datetime(2021, 6, 17, 0, 40)
    with db.transaction() as tx:
        w = tx.insert(Workshop, regency_code="64.07", title="FGD Bimtek 2 Masterplan Smart Regency Kutai Barat",
                      held_on="2021-06-17", start_time="08:30", end_time="16:00", venue="Aula Bappelitbangda",
                      chair_name="Ir. Yohanes Lahang, M.Si.", chair_position="Kepala Bappelitbangda",
                      chair_nip="196804121994031007", note_taker_name="Natalia Eka Putri, S.Kom.",
                      note_taker_position="Pranata Komputer", pillars=list(PILLARS), status="closed",
                      opened_at=opened, closed_at=opened + dt.timedelta(hours=7),
                      letterhead_lines=["PEMERINTAH KABUPATEN KUTAI BARAT", "DINAS KOMUNIKASI DAN INFORMATIKA"])
        for i, pillar in enumerate(PILLARS):
            tx.insert(AgendaItem, workshop_id=w.id, position=i, title=f"Diskusi pilar {pillar}", pillar_key=pillar,
                      planned_minutes=45)
        people = []
        for i in range(80):
            signature = tx.put_blob(_png(i), "image/png")
            people.append(tx.insert(Participant, workshop_id=w.id, name=f"Peserta {i:02d} {rng.choice(WORDS)}",
                                    position="Analis", nip=f"19800101200{i:04d}1001"[:18], institution=f"OPD {i % 17}",
                                    gender="LP"[i % 2], phone=f"0812{i:08d}", checked_in_at=opened,
                                    signature_sha256=signature).id)
        themes = {p: [tx.insert(Cluster, workshop_id=w.id, pillar_key=p, title=said(4), position=j).id
                      for j in range(3)] for p in PILLARS}
        inputs = []
        for i in range(600):
            pillar = PILLARS[i % 6]
            inputs.append(tx.insert(Input, workshop_id=w.id, pillar_key=pillar, kind=KINDS[i % len(KINDS)],
                                    text=said(18), speaker_id=people[i % 80], position=i,
                                    cluster_id=themes[pillar][i % 3] if i % 4 == 0 else None).id)
        for i in range(120):
            tx.insert(Vote, workshop_id=w.id, input_id=inputs[(i * 7) % 600], points=1 + i % 3, source="digital",
                      voter_id=people[i % 80])
        for i in range(36):
            tx.insert(Programme, workshop_id=w.id, pillar_key=PILLARS[i % 6], name=said(6), lead_opd=f"OPD {i % 9}",
                      supporting_opds=[f"OPD {(i + 3) % 9}"], indicator=said(5), target_year=2022 + i % 8,
                      funding_source="APBD", horizon=("quick_win", "medium", "long")[i % 3], impact=1 + i % 5,
                      feasibility=1 + (i * 2) % 5, input_ids=inputs[i * 6:i * 6 + 3])
        for i in range(40):
            tx.insert(ActionItem, workshop_id=w.id, pillar_key=PILLARS[i % 6], text=said(10), owner=f"OPD {i % 9}",
                      due_date="2021-09-30")
        for i in range(10):
            digest = tx.put_blob(_photo(i), "image/jpeg")
            tx.insert(Attachment, workshop_id=w.id, sha256=digest, caption=f"Foto diskusi {i + 1}",
                      pillar_key=PILLARS[i % 6], position=i)
    return w.id


# -- bare scripts: the same blocks written with each library's defaults ------------------------------


def bare_docx(doc) -> bytes:
    import docx
    from docx.shared import Mm

    from fgd_app.documents import model as m

    out = docx.Document()
    for block in doc.blocks:
        if isinstance(block, m.Letterhead):
            for line in block.lines:
                out.add_paragraph(line)
        elif isinstance(block, m.Title):
            out.add_heading(block.text, 0)
            out.add_paragraph(block.subtitle)
        elif isinstance(block, m.Heading):
            out.add_heading(block.text, block.level)
        elif isinstance(block, m.Paragraph):
            out.add_paragraph("".join(r.text for r in block.runs))
        elif isinstance(block, m.Fields):
            table = out.add_table(rows=0, cols=3)
            for label, value in block.rows:
                cells = table.add_row().cells
                cells[0].text, cells[1].text, cells[2].text = label, ":", value
        elif isinstance(block, m.BulletList):
            for item in block.items:
                out.add_paragraph("".join(r.text for r in item), style="List Bullet")
        elif isinstance(block, m.Table):
            table = out.add_table(rows=1, cols=len(block.header))
            for cell, title in zip(table.rows[0].cells, block.header):
                cell.text = title
            for row in block.rows:
                cells = table.add_row().cells
                for cell, value in zip(cells, row):
                    if isinstance(value, m.ImageCell):
                        cell.paragraphs[0].add_run().add_picture(io.BytesIO(value.data), height=Mm(value.height_mm))
                    else:
                        cell.text = value
        elif isinstance(block, m.BarChart):
            from fgd_app.documents.charts import bar_chart_png

            out.add_picture(io.BytesIO(bar_chart_png(block, 150.0)), width=Mm(150))
        elif isinstance(block, m.Image):
            out.add_picture(io.BytesIO(block.data), width=Mm(block.width_mm))
            out.add_paragraph(block.caption)
        elif isinstance(block, m.Signatures):
            table = out.add_table(rows=1, cols=2)
            for cell, box in zip(table.rows[0].cells, (block.left, block.right)):
                cell.text = "\n".join((box.above, box.role, "", box.name, box.position, box.nip))
        elif isinstance(block, m.PageBreak):
            out.add_page_break()
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


def bare_pdf(doc) -> bytes:
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Image, PageBreak, Paragraph, SimpleDocTemplate, Table
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing

    from fgd_app.documents import model as m
    from fgd_app.documents.fonts import font_path

    if "BareSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("BareSans", str(font_path())))
    styles = getSampleStyleSheet()
    body = styles["BodyText"].clone("bare", fontName="BareSans")
    p = lambda t: Paragraph(escape(t).replace("\n", "<br/>"), body)  # noqa: E731
    story = []
    for block in doc.blocks:
        if isinstance(block, m.Letterhead):
            story += [p(line) for line in block.lines]
        elif isinstance(block, m.Title):
            story += [p(block.text), p(block.subtitle)]
        elif isinstance(block, m.Heading):
            story.append(p(block.text))
        elif isinstance(block, m.Paragraph):
            story.append(p("".join(r.text for r in block.runs)))
        elif isinstance(block, m.Fields):
            story.append(Table([[p(a), ":", p(b)] for a, b in block.rows]))
        elif isinstance(block, m.BulletList):
            story += [p("• " + "".join(r.text for r in item)) for item in block.items]
        elif isinstance(block, m.Table):
            rows = [[p(h) for h in block.header]]
            for row in block.rows:
                rows.append([Image(io.BytesIO(c.data), height=c.height_mm * mm, width=c.height_mm * mm * 2.6)
                             if isinstance(c, m.ImageCell) else p(c) for c in row])
            story.append(Table(rows, repeatRows=1, splitInRow=1))
        elif isinstance(block, m.BarChart):
            drawing = Drawing(150 * mm, 80 * mm)
            chart = HorizontalBarChart()
            chart.data = [list(block.values)]
            chart.categoryAxis.categoryNames = [label[:30] for label in block.labels]
            drawing.add(chart)
            story.append(drawing)
        elif isinstance(block, m.Image):
            story += [Image(io.BytesIO(block.data), width=block.width_mm * mm, height=block.width_mm * mm * 0.75),
                      p(block.caption)]
        elif isinstance(block, m.Signatures):
            story.append(Table([[p("\n".join((b.above, b.role, "", b.name, b.position, b.nip)))
                                 for b in (block.left, block.right)]]))
        elif isinstance(block, m.PageBreak):
            story.append(PageBreak())
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def _best(fn) -> tuple[float, bytes]:
    best, out = float("inf"), b""
    for _ in range(RUNS):
        started = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - started)
    return best, out


def run() -> list[dict]:
    from fgd_app.documents.export import render
    from fgd_app.documents.masterplan import build_masterplan
    from fgd_app.documents.minutes import build_minutes
    from fgd_app.store.database import open_database

    home = fresh_home()
    db = open_database(home / "bench.sqlite3")
    workshop_id = make_workshop(db)
    results = []
    for kind, build in (("minutes", lambda: build_minutes(db, workshop_id, "id")),
                        ("masterplan", lambda: build_masterplan(db, workshop_id, "id"))):
        doc = build()
        for fmt, bare in (("docx", bare_docx), ("pdf", bare_pdf)):
            app_s, app_bytes = _best(lambda: render(build(), fmt))
            bare_s, _ = _best(lambda: bare(doc))
            row = {"document": kind, "format": fmt, "app_ms": app_s * 1000, "bare_ms": bare_s * 1000,
                   "ratio": app_s / bare_s, "size_kb": len(app_bytes) / 1024}
            results.append(row)
            print(f"{kind} {fmt}: app {row['app_ms']:.0f} ms (model built from the database included), "
                  f"bare {row['bare_ms']:.0f} ms, {row['ratio']:.2f}x, {row['size_kb']:.0f} KB")
    db.close()
    return results


if __name__ == "__main__":
    run()
