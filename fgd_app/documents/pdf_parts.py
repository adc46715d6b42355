"""The pieces the PDF writer draws with: fonts, text markup, flowables, the paged canvas.

Kept apart from `pdf_render` (which walks the report model block by block) so each
file holds one kind of thing: here, how a piece looks on the page; there, which pieces
a document is made of.
"""

from __future__ import annotations

import threading
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as RLParagraph

from fgd_app.documents import fonts
from fgd_app.documents.model import Document, Run

FONT = "LiberationSans"
FONT_BOLD = "LiberationSans-Bold"
FONT_ITALIC = "LiberationSans-Italic"
FONT_BOLDITALIC = "LiberationSans-BoldItalic"

ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}
TABLE_ALIGN = {"left": "LEFT", "center": "CENTER", "right": "RIGHT", "justify": "LEFT"}
CHART_BAR = colors.HexColor("#4A72B0")  # the only colour in the minutes, as government documents go
SMALL = 9.0  # running header, footer and chart text

_fonts_lock = threading.Lock()
_fonts_ready = False


def register_fonts() -> None:
    """Register the four Liberation Sans faces as one family, once per process.

    As a family, <b> and <i> in paragraph markup pick the right face; TTF fonts are always
    embedded as subsets by ReportLab, so pdffonts shows every face embedded.
    Also turns off ASCII85 stream encoding (process-wide; this app has no other ReportLab
    user): binary streams are a fifth smaller, and without ReportLab's optional C
    accelerator the pure-Python encoder costs about a tenth of a large render.
    """
    global _fonts_ready
    with _fonts_lock:
        if _fonts_ready:
            return
        rl_config.useA85 = 0
        faces = {FONT: "regular", FONT_BOLD: "bold", FONT_ITALIC: "italic", FONT_BOLDITALIC: "bolditalic"}
        for name, style in faces.items():
            pdfmetrics.registerFont(TTFont(name, str(fonts.font_path(style))))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLDITALIC)
        _fonts_ready = True


def xml_text(text: str) -> str:
    """Paragraph markup is XML: escape it, and keep the model's line breaks."""
    return escape(text).replace("\n", "<br/>")


def runs_markup(runs: tuple[Run, ...]) -> str:
    parts = []
    for run in runs:
        piece = xml_text(run.text)
        if run.italic:
            piece = f"<i>{piece}</i>"
        if run.bold:
            piece = f"<b>{piece}</b>"
        parts.append(piece)
    return "".join(parts)


def elide(text: str, font: str, size: float, width: float) -> str:
    """Cut a single line to the width with an ellipsis (running header/footer, chart labels)."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class Picture(Flowable):
    """An image drawn from a reader shared by every use of the same bytes.

    platypus' Image opens its own reader per flowable, so each use decodes the picture
    again; sharing one reader per distinct image decodes it once (ReportLab then embeds
    each distinct image once either way, keyed by its pixels).
    """

    def __init__(self, reader: ImageReader, width: float, height: float, h_align: str = "CENTER"):
        super().__init__()
        self.reader, self.width, self.height, self.hAlign = reader, width, height, h_align

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        self.canv.drawImage(self.reader, 0, 0, self.width, self.height, mask="auto")


class JpegReader(ImageReader):
    """A JPEG embedded as it is (DCTDecode), named by its hash instead of its decoded pixels.

    ReportLab names every image by an MD5 of its *decoded* RGB data, which for a 2000 px
    flipchart photo means decoding 9 MB and hashing it, a tenth of a second each. A JPEG
    is embedded byte for byte anyway (`jpeg_fh`), so the naming needs no pixels: only
    `Canvas.drawImage` asks for them, and only to build that name.
    """

    def getRGBData(self):  # noqa: N802 (ReportLab's name)
        import hashlib

        if self._digest is None:
            self.fp.seek(0)
            self._digest = b"jpeg:" + hashlib.sha256(self.fp.read()).digest()
        return self._digest

    def __init__(self, fileName, ident=None):
        super().__init__(fileName, ident)
        self._digest = None
        self._dataA = None  # a JPEG has no alpha channel (the base class sets this while decoding)


def table_style(*commands) -> list:
    """Every table names the font: ReportLab's default cell font (Helvetica) would be referenced, unembedded."""
    return [("FONTNAME", (0, 0), (-1, -1), FONT), *commands]


# -- page furniture -------------------------------------------------------------------


class DoubleRule(Flowable):
    """The kop's closing rule: a thick line over a thin one, across the text width."""

    def __init__(self, width: float):
        super().__init__()
        self.width = width
        self.height = 4.5

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.setStrokeColor(colors.black)
        c.setLineWidth(1.8)
        c.line(0, 3.6, self.width, 3.6)
        c.setLineWidth(0.6)
        c.line(0, 0.8, self.width, 0.8)


class HeadingParagraph(RLParagraph):
    """A heading that also leaves a PDF bookmark and an outline entry where it is drawn.

    ReportLab rebuilds split paragraphs through `self.__class__(None, style, **kw)`, so the
    bookmark arguments are optional; of a split heading only the first part keeps them.
    """

    def __init__(self, text, style, key: str = "", title: str = "", level: int = 0, **kwargs):
        super().__init__(text, style, **kwargs)
        self._key, self._title, self._level = key, title, level

    def split(self, avail_width, avail_height):
        parts = super().split(avail_width, avail_height)
        if parts and isinstance(parts[0], HeadingParagraph):
            parts[0]._key, parts[0]._title, parts[0]._level = self._key, self._title, self._level
        return parts

    def draw(self):
        if self._key:
            self.canv.bookmarkHorizontal(self._key, 0, self.height)
            self.canv.addOutlineEntry(self._title, self._key, level=self._level, closed=False)
        super().draw()


def page_label(template: str, page: int, pages: int) -> str:
    """The model's template ("Halaman {page} dari {pages}"); a malformed one is shown as written."""
    try:
        return template.format(page=page, pages=pages)
    except (KeyError, IndexError, ValueError):
        return template


def paged_canvas(doc: Document, setup_left: float, setup_right: float, margin_top: float, margin_bottom: float):
    """A canvas class that holds pages back until the end, so each footer can say "of N".

    One pass instead of two builds. Bookmarks made while a page is held would point at
    the wrong page (ReportLab numbers page objects when they are emitted), so they are
    recorded with the page and replayed when it is emitted.
    """
    header = doc.header_text
    footer = doc.footer_text
    label = doc.page_label

    class PagedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._held: list[dict] = []
            self._marks: list[tuple[str, dict]] = []
            self.showOutline()  # open with the headings panel: minutes run to many pages

        def bookmarkPage(self, key, **kwargs):  # noqa: N802 (ReportLab's name)
            self._marks.append((key, kwargs))

        def showPage(self):  # noqa: N802
            self._held.append(dict(self.__dict__))
            self._marks = []
            self._startPage()

        def save(self):
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                for key, kwargs in state["_marks"]:
                    Canvas.bookmarkPage(self, key, **kwargs)
                self._furnish(self._pageNumber, total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _furnish(self, page: int, total: int) -> None:
            width, height = self._pagesize
            left, right = setup_left, width - setup_right
            self.saveState()
            self.setFillColor(colors.black)
            self.setStrokeColor(colors.black)
            self.setLineWidth(0.4)
            if header and page > 1:
                y = height - margin_top + 6 * mm
                self.setFont(FONT, SMALL)
                self.drawCentredString((left + right) / 2, y, elide(header, FONT, SMALL, right - left))
                self.line(left, y - 2 * mm, right, y - 2 * mm)
            text = page_label(label, page, total)
            if text or footer:
                y = margin_bottom - 12 * mm
                self.line(left, y + 4 * mm, right, y + 4 * mm)
                self.setFont(FONT, SMALL)
                self.drawRightString(right, y, text)
                if footer:
                    room = right - left - pdfmetrics.stringWidth(text, FONT, SMALL) - 6 * mm
                    self.drawString(left, y, elide(footer, FONT, SMALL, room))
            self.restoreState()

    return PagedCanvas
