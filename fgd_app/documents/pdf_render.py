"""The PDF writer: turns a report `Document` into PDF bytes with ReportLab platypus.

It only renders: every word on the page comes from the model (the page label template
included), so the minutes read the same in DOCX and PDF. Liberation Sans is embedded
(subset) so the file looks identical on an office PC without Arial and every Indonesian
or typographic character ("–", "“ ”", "é") has a glyph.
"""

from __future__ import annotations

import io

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from fgd_app.core.images import image_mime
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
    Paragraph,
    Signatures,
    SignatureBox,
    Table,
    Title,
)
from fgd_app.documents.pdf_parts import (
    ALIGN,
    CHART_BAR,
    FONT,
    FONT_BOLD,
    FONT_ITALIC,
    SMALL,
    TABLE_ALIGN,
    DoubleRule,
    HeadingParagraph,
    JpegReader,
    Picture,
    elide,
    paged_canvas,
    register_fonts,
    runs_markup,
    table_style,
    xml_text,
)

def render(doc: Document) -> bytes:
    """The whole PDF in memory (the caller writes it atomically)."""
    register_fonts()
    return _Renderer(doc).build()


# -- markup helpers ---------------------------------------------------------------------


def _pop_last_paragraph(story: list[Flowable]) -> list[Flowable]:
    """Take the paragraph ending the story (with the spacing after it), to keep with the signatures.

    Signatures never stand alone on a page: official letters keep some body text on the
    signature page. Only a paragraph goes along: a table before them may be pages long.
    """
    i = len(story)
    while i and isinstance(story[i - 1], Spacer):
        i -= 1
    if not i or not isinstance(story[i - 1], RLParagraph):
        return []
    carried = story[i - 1:]
    del story[i - 1:]
    return carried


# -- the renderer ---------------------------------------------------------------------


class _Renderer:
    """One render: styles made once for the page setup, then one method per block type."""

    def __init__(self, doc: Document):
        self.doc = doc
        s = doc.setup
        self.size = s.font_size_pt
        self.leading = self.size * s.line_spacing * 1.2
        self.page_w, self.page_h = s.size_mm[0] * mm, s.size_mm[1] * mm
        self.width = s.text_width_mm * mm
        self.frame_h = self.page_h - (s.margin_top_mm + s.margin_bottom_mm) * mm
        self._styles: dict[tuple, ParagraphStyle] = {}
        self._headings = 0
        self._outline_level = -1
        self._readers: dict[bytes, ImageReader] = {}

    def reader(self, data: bytes) -> ImageReader:
        """One reader per distinct image (decoded once, embedded once)."""
        found = self._readers.get(data)
        if found is None:
            reader_class = JpegReader if image_mime(data) == "image/jpeg" else ImageReader
            found = self._readers[data] = reader_class(io.BytesIO(data))
        return found

    # styles are shared by every paragraph that looks the same (fast, and one place to tune)
    def style(self, size: float | None = None, align: str = "justify", *, font: str = FONT,
              leading: float | None = None,
              before: float = 0.0, after: float = 0.0, keep: bool = False, indent: float = 0.0) -> ParagraphStyle:
        size = size or self.size
        lead = leading if leading is not None else size * self.doc.setup.line_spacing * 1.2
        key = (size, align, font, lead, before, after, keep, indent)
        found = self._styles.get(key)
        if found is None:
            found = ParagraphStyle(
                f"s{len(self._styles)}", fontName=font, fontSize=size, leading=lead, alignment=ALIGN[align],
                spaceBefore=before, spaceAfter=after, keepWithNext=int(keep), textColor=colors.black,
                bulletFontName=FONT, bulletFontSize=size, leftIndent=indent, bulletIndent=0,
                allowWidows=0, allowOrphans=0,
            )
            self._styles[key] = found
        return found

    def build(self) -> bytes:
        doc, s = self.doc, self.doc.setup
        buf = io.BytesIO()
        template = BaseDocTemplate(
            buf, pagesize=(self.page_w, self.page_h), leftMargin=s.margin_left_mm * mm,
            rightMargin=s.margin_right_mm * mm, topMargin=s.margin_top_mm * mm, bottomMargin=s.margin_bottom_mm * mm,
            title=doc.title, author=doc.author, creator="fgd-app", lang=doc.lang or None, displayDocTitle=True,
            initialFontName=FONT, initialFontSize=self.size,
        )
        frame = Frame(template.leftMargin, template.bottomMargin, self.width, self.frame_h, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        template.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        story: list[Flowable] = []
        for block in doc.blocks:
            if isinstance(block, Signatures):
                story.append(KeepTogether(_pop_last_paragraph(story) + self.signatures(block)))
            else:
                story.extend(self.block(block))
        if not story:
            story.append(Spacer(1, 1))
        canvas_class = paged_canvas(doc, s.margin_left_mm * mm, s.margin_right_mm * mm, s.margin_top_mm * mm,
                                     s.margin_bottom_mm * mm)
        template.build(story, canvasmaker=canvas_class)
        return buf.getvalue()

    def block(self, block) -> list[Flowable]:
        handler = {
            Letterhead: self.letterhead, Title: self.title, Heading: self.heading, Paragraph: self.paragraph,
            Fields: self.fields, Table: self.table, BarChart: self.bar_chart, Image: self.image,
            Signatures: self.signatures, BulletList: self.bullets, PageBreak: lambda _b: [RLPageBreak()],
        }.get(type(block))
        if handler is None:
            raise TypeError(f"unknown block {type(block).__name__}")
        return handler(block)

    # -- blocks ---------------------------------------------------------------------

    def letterhead(self, b: Letterhead) -> list[Flowable]:
        """Logo left, agency lines centred on the page (a blank column right balances the logo).

        Each kop line stays on one line where it can: a long agency name is set smaller
        (down to 70 %, never under 8.5 pt) before it is allowed to wrap.
        """
        side = 0.0
        logo = None
        if b.logo:
            reader = self.reader(b.logo)
            w, h = reader.getSize()
            logo_w = min(22 * mm * w / h, 26 * mm)
            logo = Picture(reader, logo_w, logo_w * h / w)
            side = logo_w + 3 * mm
        room = self.width - 2 * side
        lines = []
        for i, line in enumerate(b.lines):
            if i == 0:
                size, font = self.size + 2, FONT_BOLD
            elif i == len(b.lines) - 1 and len(b.lines) >= 3:
                size, font = self.size - 2, FONT  # address and contact line
            else:
                size, font = self.size, FONT_BOLD
            natural = pdfmetrics.stringWidth(line, font, size)
            if natural > room:
                size = min(size, max(size * room / natural, size * 0.7, 8.5))  # under 8.5 pt is unreadable
                size = int(size * 4) / 4  # quarter points: few distinct styles, and the line fits
            lines.append(RLParagraph(xml_text(line), self.style(size, "center", font=font, leading=size * 1.2)))
        if logo is not None:
            table = RLTable([[logo, lines, ""]], colWidths=[side, room, side])
        else:
            table = RLTable([[lines]], colWidths=[self.width])
        table.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2)))
        return [table, Spacer(1, 1.5 * mm), DoubleRule(self.width), Spacer(1, 5 * mm)]

    def title(self, b: Title) -> list[Flowable]:
        size = self.size + 2
        out = [RLParagraph(xml_text(b.text), self.style(size, "center", font=FONT_BOLD, after=2 if b.subtitle else 10,
                                                     keep=True))]
        if b.subtitle:
            out.append(RLParagraph(xml_text(b.subtitle), self.style(None, "center", after=10, keep=True)))
        return out

    def heading(self, b: Heading) -> list[Flowable]:
        level = min(max(b.level, 1), 3)
        size = self.size + {1: 1, 2: 0, 3: -1}[level]
        # Outline levels may not skip (1 -> 3): clamp to one below the previous entry.
        outline = min(level - 1, self._outline_level + 1)
        self._outline_level = outline
        self._headings += 1
        style = self.style(size, "left", font=FONT_BOLD, before={1: 12, 2: 9, 3: 6}[level], after=4, keep=True)
        return [HeadingParagraph(xml_text(b.text), style, key=f"h{self._headings}", title=b.text, level=outline)]

    def paragraph(self, b: Paragraph) -> list[Flowable]:
        return [RLParagraph(runs_markup(b.runs), self.style(b.size_pt, b.align, after=6))]

    def fields(self, b: Fields) -> list[Flowable]:
        """Label : value, aligned on the colon; the label column is as wide as the longest label (capped)."""
        if not b.rows:
            return []
        longest = max(pdfmetrics.stringWidth(label, FONT, self.size) for label, _ in b.rows)
        label_w = min(longest + 4, self.width * 0.4)
        colon_w = 4 * mm
        style = self.style(None, "left")
        data = [[RLParagraph(xml_text(label), style), RLParagraph(":", style), RLParagraph(xml_text(value), style)]
                for label, value in b.rows]
        table = RLTable(data, colWidths=[label_w, colon_w, self.width - label_w - colon_w], hAlign="LEFT")
        table.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1)))
        return [table, Spacer(1, 6)]

    def bullets(self, b: BulletList) -> list[Flowable]:
        """Each item is a paragraph with its own bullet or number (hanging indent).

        Paragraph bullets look like a ListFlowable's but are laid out once; a ListFlowable
        wraps all its items up front and again when it splits, which doubles the cost of
        600-item input lists.
        """
        if not b.items:
            return []
        if b.numbered:
            digits = len(str(len(b.items)))
            indent = pdfmetrics.stringWidth("9" * digits + ".", FONT, self.size) + 2.5 * mm
            style = self.style(None, "justify", after=2, indent=max(indent, 7 * mm))
            marks = [f"{i}." for i in range(1, len(b.items) + 1)]
        else:
            style = self.style(None, "justify", after=2, indent=6 * mm)
            marks = ["\u2022"] * len(b.items)
        out: list[Flowable] = [RLParagraph(runs_markup(runs), style, bulletText=mark) for runs, mark in zip(b.items, marks)]
        out.append(Spacer(1, 4))
        return out

    def _column_widths(self, relative: tuple[float, ...], count: int) -> list[float]:
        rel = list(relative[:count]) + [1.0] * max(0, count - len(relative))
        rel = [max(float(r), 0.01) for r in rel]
        total = sum(rel)
        return [self.width * r / total for r in rel]

    def table(self, b: Table) -> list[Flowable]:
        cols = max([len(b.header)] + [len(r) for r in b.rows]) if (b.header or b.rows) else 0
        if cols == 0:
            return []
        widths = self._column_widths(b.widths, cols)
        size = b.size_pt or self.size
        lead = size * 1.2
        pad = 3.0
        head_style = self.style(size, "center", font=FONT_BOLD, leading=lead)
        aligns = [(b.align[i] if i < len(b.align) else "left") for i in range(cols)]
        cell_styles = [self.style(size, a if a != "justify" else "left", leading=lead) for a in aligns]
        data = []
        if b.header:
            data.append([RLParagraph(xml_text(h), head_style) for h in b.header] + [""] * (cols - len(b.header)))
        for row in b.rows:
            cells = []
            for i in range(cols):
                cell = row[i] if i < len(row) else ""
                if isinstance(cell, ImageCell):
                    cells.append(self._cell_image(cell, widths[i] - 2 * pad))
                else:
                    cells.append(RLParagraph(xml_text(str(cell)), cell_styles[i]))
            data.append(cells)
        # splitInRow: a cell taller than a page (a long SWOT list) continues on the next page
        table = RLTable(data, colWidths=widths, repeatRows=1 if b.header else 0, hAlign="CENTER", splitInRow=1)
        commands = table_style(("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5))
        for i, a in enumerate(aligns):  # image cells follow their column's alignment
            commands.append(("ALIGN", (i, 0), (i, -1), TABLE_ALIGN[a]))
        if b.header:
            commands.append(("ALIGN", (0, 0), (-1, 0), "CENTER"))
        table.setStyle(commands)
        out: list[Flowable] = []
        if b.caption:
            out.append(RLParagraph(xml_text(b.caption), self.style(None, "center", font=FONT_BOLD, after=4, keep=True)))
        out += [table, Spacer(1, 8)]
        return out

    def _cell_image(self, cell: ImageCell, max_w: float) -> Flowable:
        reader = self.reader(cell.data)
        w, h = reader.getSize()
        height = cell.height_mm * mm
        width = height * w / h
        if width > max_w:
            width, height = max_w, max_w * h / w
        return Picture(reader, width, height)

    def bar_chart(self, b: BarChart) -> list[Flowable]:
        """Vector horizontal bars on one scale, one small drawing per bar.

        A drawing cannot split across pages, so a chart of 40 ideas as one drawing would
        leave half a page blank or not fit at all; bar rows flow like lines of text and
        every bar is shown (the builder decides how many to pass). The title stays with
        the first bars.
        """
        pairs = list(zip(b.labels, b.values))
        head: list[Flowable] = []
        if b.title:
            head.append(RLParagraph(xml_text(b.title), self.style(None, "center", font=FONT_BOLD, after=4, keep=True)))
        if not pairs:
            return head
        top = max(max(v for _, v in pairs), 1)
        size = SMALL
        line_h = size * 1.2
        label_w = self.width * 0.4
        bar_x = label_w + 4
        bar_w = self.width - bar_x - pdfmetrics.stringWidth(str(top), FONT, size) - 6
        wrapped = [self._chart_label(label, label_w - 2, size) for label, _ in pairs]
        row_h = max(len(lines) for lines in wrapped) * line_h + 6
        bar_h = min(row_h - 6, 12)
        axis = dict(strokeColor=colors.black, strokeWidth=0.5)
        if b.value_label:
            d = Drawing(self.width, line_h + 2, initialFontName=FONT, initialFontSize=size)
            d.add(String(bar_x + 3, 4, b.value_label, fontName=FONT_ITALIC, fontSize=size))
            d.add(Line(bar_x, 0, bar_x, line_h + 2, **axis))
            head.append(d)
        rows: list[Flowable] = []
        for (_, value), lines in zip(pairs, wrapped):
            d = Drawing(self.width, row_h, initialFontName=FONT, initialFontSize=size)
            mid = row_h / 2
            text_top = mid + len(lines) * line_h / 2 - size * 0.85
            for j, text in enumerate(lines):
                d.add(String(label_w, text_top - j * line_h, text, fontName=FONT, fontSize=size, textAnchor="end"))
            d.add(Line(bar_x, 0, bar_x, row_h, **axis))
            length = bar_w * max(value, 0) / top
            if length > 0:
                d.add(Rect(bar_x, mid - bar_h / 2, length, bar_h, fillColor=CHART_BAR, strokeColor=None))
            d.add(String(bar_x + length + 3, mid - size * 0.35, str(value), fontName=FONT, fontSize=size))
            rows.append(d)
        return [KeepTogether(head + rows[:3]), *rows[3:], Spacer(1, 8)]

    @staticmethod
    def _chart_label(label: str, width: float, size: float) -> list[str]:
        """At most two lines; the second is elided when the label is longer."""
        lines = simpleSplit(label, FONT, size, width) or [""]
        if len(lines) > 2:
            rest = " ".join(lines[1:])
            lines = [lines[0], elide(rest, FONT, size, width)]
        return [elide(line, FONT, size, width) for line in lines]

    def image(self, b: Image) -> list[Flowable]:
        """Aspect kept; never wider than the text, never taller than the frame (room left for the caption)."""
        reader = self.reader(b.data)
        w, h = reader.getSize()
        width = min(b.width_mm * mm, self.width)
        height = width * h / w
        room = self.frame_h - (3 * self.leading if b.caption else 0) - 8
        if height > room:
            height, width = room, room * w / h
        parts: list[Flowable] = [Picture(reader, width, height)]
        if b.caption:
            parts.append(Spacer(1, 3))
            parts.append(RLParagraph(xml_text(b.caption), self.style(self.size - 1, "center", font=FONT_ITALIC)))
        return [KeepTogether(parts), Spacer(1, 10)]

    def signatures(self, b: Signatures) -> list[Flowable]:
        """Two boxes side by side; rows align across the boxes so both roles and names sit level."""
        center = self.style(None, "center", leading=self.size * 1.25)
        bold = self.style(None, "center", font=FONT_BOLD, leading=self.size * 1.25)

        def rows(box: SignatureBox) -> list:
            return [xml_text(box.above), xml_text(box.role), "", f"<u>{xml_text(box.name)}</u>", xml_text(box.position),
                    xml_text(f"NIP. {box.nip}") if box.nip else ""]

        left, right = rows(b.left), rows(b.right)
        keep = [i for i in range(6) if i == 2 or left[i] or right[i]]
        data, heights = [], []
        for i in keep:
            style = bold if i == 3 else center
            if i == 2:
                data.append(["", ""])
                heights.append(b.space_mm * mm)
            else:
                data.append([RLParagraph(left[i], style) if left[i] else "",
                             RLParagraph(right[i], style) if right[i] else ""])
                heights.append(None)
        table = RLTable(data, colWidths=[self.width / 2] * 2, rowHeights=heights)
        table.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0)))
        return [Spacer(1, 10), table]  # build() keeps them together, with the paragraph before
