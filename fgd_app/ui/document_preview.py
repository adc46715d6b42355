"""A report-model `Document` as HTML for the Documents page's preview (a QTextBrowser).

The preview shows what the document *says*: the same blocks, in the same order and the
same language as the exported file, so a facilitator can check names, dates and
decisions before writing a .docx or .pdf. It does not imitate the page layout (no page
breaks, running headers or page numbers): Qt's rich text cannot, and the renderers
own that. Table borders, bold headings and signature boxes side by side are kept,
because they are how people recognise the parts of minutes.

Images travel as data: URIs. Photos are scaled down (and cached) first: a 12-megapixel
JPEG decoded and painted at full size on every option change would make the preview
lag behind the check boxes.
"""

from __future__ import annotations

import base64
import html
import math
from collections import OrderedDict

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage

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
    Run,
    Signatures,
    SignatureBox,
    Table,
    Title,
)

BODY_PT = 12.0  # the documents' body size; preview sizes are scaled from it
BORDER = "#000000"
HEADER_FILL = "#eeeeee"
BAR_FILL = "#2f5597"  # the chart colour of the DOCX writer (documents/charts.py)
MUTED = "#666666"
LOGO_MM = 22.0
PHOTO_MAX_PX = 480
_CACHE_SIZE = 64
_scaled: OrderedDict[tuple, str] = OrderedDict()  # (len, hash, width px) -> data: URI


def to_html(doc: Document, *, text_width_px: int = 620, base_pt: float = 10.0) -> str:
    """The whole document as one HTML string.

    `text_width_px` is the width the preview shows the document's text width at (images
    are sized in proportion, as on paper); `base_pt` is the body text size on screen.
    """
    writer = _Writer(doc, text_width_px, base_pt)
    for block in doc.blocks:
        writer.block(block)
    return writer.html()


def text_html(text: str) -> str:
    """Escaped, with the model's line breaks ("\n") kept."""
    return html.escape(text).replace("\n", "<br>")


def image_uri(data: bytes, width_px: int) -> str:
    """A data: URI of the image, at most `width_px` wide (never enlarged); "" if unreadable."""
    width_px = max(1, int(width_px))
    key = (len(data), hash(data), width_px)
    found = _scaled.get(key)
    if found is not None:
        _scaled.move_to_end(key)
        return found
    image = QImage.fromData(data)
    if image.isNull():
        return ""
    if image.width() > width_px:
        image = image.scaledToWidth(width_px, Qt.TransformationMode.SmoothTransformation)
    fmt, mime = ("PNG", "image/png") if image.hasAlphaChannel() or image.width() < 200 else ("JPEG", "image/jpeg")
    buffer_data = QByteArray()
    buffer = QBuffer(buffer_data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt, 85)
    buffer.close()
    uri = f"data:{mime};base64,{base64.b64encode(bytes(buffer_data.data())).decode('ascii')}"
    _scaled[key] = uri
    while len(_scaled) > _CACHE_SIZE:
        _scaled.popitem(last=False)
    return uri


class _Writer:
    def __init__(self, doc: Document, text_width_px: int, base_pt: float):
        self.doc = doc
        self.width_px = max(200, text_width_px)
        self.px_per_mm = self.width_px / doc.setup.text_width_mm
        self.scale = base_pt / BODY_PT
        self.base_pt = base_pt
        self.parts: list[str] = []

    def html(self) -> str:
        body = "\n".join(self.parts)
        return (f'<html><body style="font-size:{self.base_pt:.1f}pt; color:#000000;">{body}</body></html>')

    def pt(self, size: float | None) -> str:
        return f"{(size or BODY_PT) * self.scale:.1f}pt"

    def block(self, block) -> None:
        handler = getattr(self, "_" + type(block).__name__.lower(), None)
        if handler is not None:
            handler(block)

    # -- blocks --------------------------------------------------------------------------

    def _letterhead(self, block: Letterhead) -> None:
        lines = []
        for i, line in enumerate(block.lines):
            size = 14.0 if i == 0 else (12.0 if i == 1 else 10.0)
            weight = "bold" if i < 2 else "normal"
            lines.append(f'<span style="font-size:{self.pt(size)}; font-weight:{weight};">{text_html(line)}</span>')
        text = "<br>".join(lines)
        uri = image_uri(block.logo, int(LOGO_MM * self.px_per_mm)) if block.logo else ""
        if uri:
            size = int(LOGO_MM * self.px_per_mm)
            self.parts.append(
                '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
                f'<td width="{size + 8}" valign="middle"><img src="{uri}" width="{size}"></td>'
                f'<td align="center" valign="middle">{text}</td></tr></table>')
        else:
            self.parts.append(f'<p align="center" style="margin:0;">{text}</p>')
        self.parts.append('<hr style="border: 2px solid #000000;">')

    def _title(self, block: Title) -> None:
        self.parts.append(f'<p align="center" style="margin-top:12px; margin-bottom:2px; font-size:{self.pt(14)};'
                          f' font-weight:bold;">{text_html(block.text)}</p>')
        if block.subtitle:
            self.parts.append(f'<p align="center" style="margin-top:0; margin-bottom:12px; font-weight:bold;">'
                              f'{text_html(block.subtitle)}</p>')

    def _heading(self, block: Heading) -> None:
        size, style = {1: (13.0, ""), 2: (12.0, ""), 3: (12.0, " font-style:italic;")}.get(block.level, (12.0, ""))
        top = 14 if block.level == 1 else 8
        self.parts.append(f'<p style="margin-top:{top}px; margin-bottom:4px; font-size:{self.pt(size)};'
                          f' font-weight:bold;{style}">{text_html(block.text)}</p>')

    def _paragraph(self, block: Paragraph) -> None:
        self.parts.append(f'<p align="{block.align}" style="margin-top:0; margin-bottom:6px;'
                          f' font-size:{self.pt(block.size_pt)};">{_runs(block.runs)}</p>')

    def _fields(self, block: Fields) -> None:
        rows = "".join(f'<tr><td valign="top" style="padding-right:6px;">{text_html(label)}</td>'
                       f'<td valign="top" style="padding-right:6px;">:</td>'
                       f'<td valign="top">{text_html(value)}</td></tr>' for label, value in block.rows)
        self.parts.append(f'<table cellspacing="0" cellpadding="1" style="margin-bottom:8px;">{rows}</table>')

    def _bulletlist(self, block: BulletList) -> None:
        tag = "ol" if block.numbered else "ul"
        items = "".join(f"<li>{_runs(runs)}</li>" for runs in block.items)
        self.parts.append(f'<{tag} style="margin-top:0; margin-bottom:6px;">{items}</{tag}>')

    def _table(self, block: Table) -> None:
        total = sum(block.widths) or 1.0
        # Rounded down: widths adding up to 100.1% make Qt scroll sideways by a pixel.
        widths = [f"{math.floor(1000.0 * w / total) / 10:.1f}%" for w in block.widths]
        aligns = list(block.align) + ["left"] * (len(block.header) - len(block.align))
        size = self.pt(block.size_pt)
        if block.caption:
            self.parts.append(f'<p style="margin-bottom:2px; font-style:italic; font-size:{size};">'
                              f'{text_html(block.caption)}</p>')
        cell_style = f'style="border: 1px solid {BORDER}; font-size:{size};"'
        head = "".join(f'<th width="{w}" align="{a}" bgcolor="{HEADER_FILL}" {cell_style}>{text_html(h)}</th>'
                       for h, w, a in zip(block.header, widths, aligns))
        body = []
        for row in block.rows:
            cells = "".join(f'<td align="{a}" valign="top" {cell_style}>{self._cell(c)}</td>'
                            for c, a in zip(row, aligns))
            body.append(f"<tr>{cells}</tr>")
        self.parts.append(
            f'<table width="100%" border="1" cellspacing="0" cellpadding="3" '
            f'style="border-collapse:collapse; border: 1px solid {BORDER}; margin-bottom:8px;">'
            f'<thead><tr>{head}</tr></thead>{"".join(body)}</table>')

    def _cell(self, cell) -> str:
        if isinstance(cell, ImageCell):
            height = max(8, int(cell.height_mm * self.px_per_mm))
            uri = image_uri(cell.data, height * 4)
            return f'<img src="{uri}" height="{height}">' if uri else ""
        return text_html(cell)

    def _barchart(self, block: BarChart) -> None:
        if block.title:
            self.parts.append(f'<p style="margin-top:6px; margin-bottom:4px; font-weight:bold;">'
                              f'{text_html(block.title)}</p>')
        top = max(block.values, default=0) or 1
        label_px = int(self.width_px * 0.4)
        value_px = int(self.width_px * 0.08)
        bar_px = self.width_px - label_px - value_px - 16
        rows = []
        for label, value in zip(block.labels, block.values):
            length = max(1, int(bar_px * value / top)) if value else 0
            bar = (f'<table cellspacing="0" cellpadding="0"><tr><td width="{length}" height="12" '
                   f'bgcolor="{BAR_FILL}"></td></tr></table>') if length else ""
            rows.append(f'<tr><td width="{label_px}" valign="middle">{text_html(label)}</td>'
                        f'<td width="{bar_px}" valign="middle">{bar}</td>'
                        f'<td width="{value_px}" align="right" valign="middle">{value}</td></tr>')
        unit = (f'<p style="margin-top:0; color:{MUTED}; font-size:{self.pt(10)};">{text_html(block.value_label)}</p>'
                if block.value_label else "")
        self.parts.append(f'<table cellspacing="0" cellpadding="2" style="font-size:{self.pt(10)};">'
                          f'{"".join(rows)}</table>{unit}')

    def _image(self, block: Image) -> None:
        # Photos are documentation, not what a reader checks here: a smaller picture keeps the text near.
        width = min(PHOTO_MAX_PX, int(min(block.width_mm, self.doc.setup.text_width_mm) * self.px_per_mm))
        uri = image_uri(block.data, width)
        if uri:
            self.parts.append(f'<p align="center" style="margin-top:8px; margin-bottom:2px;">'
                              f'<img src="{uri}" width="{width}"></p>')
        if block.caption:
            self.parts.append(f'<p align="center" style="margin-top:0; margin-bottom:8px; font-style:italic;'
                              f' font-size:{self.pt(10)};">{text_html(block.caption)}</p>')

    def _signatures(self, block: Signatures) -> None:
        space = int(block.space_mm * self.px_per_mm * 0.6)  # room for the wet signature, a little compressed
        self.parts.append(
            '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top:16px;"><tr>'
            f'<td width="50%" align="center" valign="top">{_box(block.left, space)}</td>'
            f'<td width="50%" align="center" valign="top">{_box(block.right, space)}</td>'
            '</tr></table>')

    def _pagebreak(self, _block: PageBreak) -> None:
        self.parts.append('<hr style="margin-top:12px; margin-bottom:12px;">')


def _runs(runs: tuple[Run, ...]) -> str:
    out = []
    for run in runs:
        piece = text_html(run.text)
        if run.bold:
            piece = f"<b>{piece}</b>"
        if run.italic:
            piece = f"<i>{piece}</i>"
        out.append(piece)
    return "".join(out)


def _box(box: SignatureBox, space_px: int) -> str:
    # An empty line above the role on the left keeps both roles on one level (as on paper).
    lines = [text_html(box.above) if box.above else "&nbsp;", text_html(box.role)]
    top = "<br>".join(lines)
    name = f"<b><u>{text_html(box.name)}</u></b>" if box.name else "(" + "&nbsp;" * 30 + ")"
    below = [name]
    if box.position:
        below.append(text_html(box.position))
    if box.nip:
        below.append(f"NIP. {html.escape(box.nip)}")
    return (f'<p align="center" style="margin:0;">{top}</p>'
            f'<p align="center" style="margin-top:{space_px}px; margin-bottom:0;">{"<br>".join(below)}</p>')
