"""The DOCX writer: turns a report-model Document into a Word file, in memory.

python-docx supplies the package (styles, numbering, sections, headers, image parts);
the body is written as WordprocessingML text and parsed once, because building a large
minutes (hundreds of list items, a signed attendance table) cell by cell through
python-docx's object layer is quadratic and slow. Looks live in shared styles (Normal,
Heading 1-3, Title, Caption, table text), never in per-cell formatting, so a clerk who
edits the file in Word gets a consistent document and the navigation pane works.

Fonts are named "Arial" (the Tata Naskah Dinas convention); every rFonts slot is filled,
East Asian included, and theme fonts are removed, so Word and LibreOffice agree.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from functools import lru_cache
from xml.sax.saxutils import escape

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm
from PIL import ImageFont

from fgd_app.documents import charts
from fgd_app.documents.fonts import DOCX_FAMILY, font_path
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
    Table,
    Title,
)

TWIPS_PER_MM = 1440 / 25.4
EMU_PER_MM = 36000
JC = {"left": "left", "center": "center", "right": "right", "justify": "both"}
LANGS = {"id": "id-ID", "en": "en-GB"}
NS = nsdecls("w", "r", "wp", "a", "pic")
PIC_URI = "http://schemas.openxmlformats.org/drawingml/2006/picture"
BORDER = '<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
NO_BORDERS = "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
# Control characters other than tab and newline are not allowed in XML (they arrive by copy-paste;
# a vertical tab or form feed is how Word's manual line and page breaks paste, so those become line breaks).
_BAD_XML = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff]")
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c]")
_PLACEHOLDER = re.compile(r"\{(pages|page)\}")

LOGO_COL_MM = 27.0
LOGO_HEIGHT_MM = 22.0
CHART_FONT_PT = 9.0
HEADER_FOOTER_PT = 9.0
UNDERLINE_TITLE = False
UNDERLINE = '<w:u w:val="single"/>'


def render(doc: Document) -> bytes:
    """The whole .docx file as bytes; the caller writes it atomically."""
    return _Writer(doc).render()


def _tw(mm: float) -> int:
    return round(mm * TWIPS_PER_MM)


def _hp(pt: float) -> int:
    """Half-points, the unit of w:sz."""
    return round(pt * 2)


def _text(value: str) -> str:
    return _BAD_XML.sub("", _LINE_BREAKS.sub("\n", value))


def _rpr(bold=False, italic=False, underline=False, size_pt: float | None = None) -> str:
    parts = []
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if italic:
        parts.append("<w:i/><w:iCs/>")
    if size_pt:
        parts.append(f'<w:sz w:val="{_hp(size_pt)}"/><w:szCs w:val="{_hp(size_pt)}"/>')
    if underline:
        parts.append('<w:u w:val="single"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def _r(text: str, **fmt) -> str:
    """One run; line breaks and tabs in the text become w:br and w:tab."""
    body = []
    for i, line in enumerate(_text(text).split("\n")):
        if i:
            body.append("<w:br/>")
        for j, piece in enumerate(line.split("\t")):
            if j:
                body.append("<w:tab/>")
            if piece:
                body.append(f'<w:t xml:space="preserve">{escape(piece)}</w:t>')
    return f"<w:r>{_rpr(**fmt)}{''.join(body)}</w:r>" if body else ""


def _runs(runs: tuple[Run, ...], size_pt: float | None = None) -> str:
    return "".join(_r(run.text, bold=run.bold, italic=run.italic, size_pt=size_pt) for run in runs)


def _p(content: str = "", *, style: str = "", jc: str = "", keep_next=False, spacing: str = "", extra: str = "",
       page_break_before=False, num_id: int | None = None, mark_pt: float | None = None) -> str:
    """A paragraph; pPr children in the order the schema demands."""
    ppr = []
    if style:
        ppr.append(f'<w:pStyle w:val="{style}"/>')
    if keep_next:
        ppr.append("<w:keepNext/>")
    if page_break_before:
        ppr.append("<w:pageBreakBefore/>")
    if num_id is not None:
        ppr.append(f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>')
    ppr.append(extra)  # pBdr
    if spacing:
        ppr.append(f"<w:spacing {spacing}/>")
    if jc:
        ppr.append(f'<w:jc w:val="{jc}"/>')
    if mark_pt:
        ppr.append(f'<w:rPr><w:sz w:val="{_hp(mark_pt)}"/><w:szCs w:val="{_hp(mark_pt)}"/></w:rPr>')
    ppr_xml = "".join(ppr)
    return f"<w:p>{f'<w:pPr>{ppr_xml}</w:pPr>' if ppr_xml else ''}{content}</w:p>"


def _spacer(height_pt: float = 6.0) -> str:
    """A thin empty paragraph: room after a table, and it stops Word merging two adjacent tables."""
    return _p(spacing=f'w:before="0" w:after="0" w:line="{round(height_pt * 20)}" w:lineRule="exact"',
              mark_pt=height_pt)


def _field(instr: str, shown: str) -> str:
    """A complex field (PAGE, NUMPAGES) with a cached result; Word and LibreOffice update it."""
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r><w:t>{shown}</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


@lru_cache(maxsize=4)
def _measure_font(style: str) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path(style)), 100)  # 100 px: lengths in hundredths of an em


def _text_width_mm(text: str, size_pt: float, style: str = "regular") -> float:
    """Printed width with Arial's metrics (Liberation Sans has the same advance widths)."""
    return _measure_font(style).getlength(text) / 100 * size_pt * 25.4 / 72


def _column_widths(total_mm: float, relative: list[float], header: tuple[str, ...], size_pt: float,
                   pad_mm: float) -> list[float]:
    """Relative widths scaled to the text width, but never so narrow that a header word breaks ("N/o").

    Builders choose proportions without knowing the font; the room a column lacks is taken
    from the others in proportion to their width.
    """
    widths = [total_mm * w / sum(relative) for w in relative]
    need = [max((_text_width_mm(word, size_pt, "bold") for word in text.split()), default=0) + 2 * pad_mm + 0.8
            for text in header] + [0.0] * (len(widths) - len(header))
    short = sum(max(0.0, n - w) for n, w in zip(need, widths))
    spare = sum(w for n, w in zip(need, widths) if w > n)
    if short <= 0 or spare <= short:
        return widths
    return [n if w <= n else w - short * w / spare for n, w in zip(need, widths)]


class _Writer:
    def __init__(self, doc: Document):
        self.doc = doc
        self.setup = doc.setup
        self.size = doc.setup.font_size_pt
        self.text_mm = doc.setup.text_width_mm
        self.text_height_mm = doc.setup.size_mm[1] - doc.setup.margin_top_mm - doc.setup.margin_bottom_mm
        self.d = docx.Document()
        self.part = self.d.part
        self.xml: list[str] = []
        self.shape_id = 1000  # docPr ids must be unique; the body has none of its own
        self.table_styles: dict[float, str] = {}

    # -- the package --------------------------------------------------------------------

    def render(self) -> bytes:
        self._styles()
        self._page_setup()
        self._properties()
        handlers = {Letterhead: self._letterhead, Title: self._title, Heading: self._heading,
                    Paragraph: self._paragraph, Fields: self._fields, BulletList: self._list, Table: self._table,
                    BarChart: self._chart, Image: self._image, Signatures: self._signatures,
                    PageBreak: self._page_break}
        for block in self.doc.blocks:
            handlers[type(block)](block)
        if not self.xml or self.xml[-1].startswith("<w:tbl>"):
            self.xml.append(_p())  # a body must not end in a table
        self._drop_styles_with_effects()
        body = self.d.element.body
        fragment = parse_xml(f"<w:body {NS}>{''.join(self.xml)}</w:body>")
        sect_pr = body.sectPr
        for child in body.iterchildren(qn("w:p"), qn("w:tbl")):  # the template's empty paragraph
            body.remove(child)
        for child in list(fragment):
            sect_pr.addprevious(child)
        out = io.BytesIO()
        self.d.save(out)
        return out.getvalue()

    def _drop_styles_with_effects(self) -> None:
        """The template's Word 2010 copy of its styles (blue headings, 430 kB) would outlive our restyling."""
        for rid, rel in list(self.part.rels.items()):
            if rel.reltype.endswith("/stylesWithEffects"):
                self.part.drop_rel(rid)

    def _style_xml(self, style_id: str, ppr: str, rpr: str) -> None:
        """Replace a style's paragraph and run properties (drops theme fonts, colours, borders)."""
        style = self.d.styles.element.get_by_id(style_id)
        for tag in ("w:pPr", "w:rPr"):
            for old in style.findall(qn(tag)):
                style.remove(old)
        style.append(parse_xml(f"<w:pPr {NS}>{ppr}</w:pPr>"))
        style.append(parse_xml(f"<w:rPr {NS}>{rpr}</w:rPr>"))

    def _new_style(self, name: str, ppr: str, rpr: str) -> str:
        style = self.d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = self.d.styles["Normal"]
        self._style_xml(style.style_id, ppr, rpr)
        return style.style_id

    def _styles(self) -> None:
        font = DOCX_FAMILY
        fonts = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}"/>'
        lang = LANGS.get(self.doc.lang, "id-ID")
        size = _hp(self.size)
        line = round(240 * self.setup.line_spacing)
        defaults = self.d.styles.element.find(qn("w:docDefaults"))
        defaults.getparent().replace(defaults, parse_xml(
            f'<w:docDefaults {NS}><w:rPrDefault><w:rPr>{fonts}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
            f'<w:lang w:val="{lang}" w:eastAsia="{lang}" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
            f'<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            f"</w:pPrDefault></w:docDefaults>"))
        black = '<w:color w:val="000000"/>'
        self._style_xml("Normal", f'<w:widowControl/><w:spacing w:before="0" w:after="120" w:line="{line}" '
                        f'w:lineRule="auto"/>', f'{fonts}{black}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>')
        # Headings: Arial, black, bold; real Word heading styles so the navigation pane and a TOC work.
        for level, (pt, before, after, italic) in enumerate(
                ((self.size + 2, 240, 120, False), (self.size, 180, 60, False), (self.size, 120, 60, True)), 1):
            self._style_xml(f"Heading{level}",
                            f'<w:keepNext/><w:keepLines/><w:spacing w:before="{before}" w:after="{after}"/>'
                            f'<w:jc w:val="left"/><w:outlineLvl w:val="{level - 1}"/>',
                            f"{fonts}<w:b/><w:bCs/>{'<w:i/><w:iCs/>' if italic else ''}{black}"
                            f'<w:sz w:val="{_hp(pt)}"/><w:szCs w:val="{_hp(pt)}"/>')
        self._style_xml("Title", '<w:keepNext/><w:spacing w:before="0" w:after="60"/><w:jc w:val="center"/>',
                        f'{fonts}<w:b/><w:bCs/>{black}<w:sz w:val="{_hp(self.size + 2)}"/>'
                        f'<w:szCs w:val="{_hp(self.size + 2)}"/>{UNDERLINE if UNDERLINE_TITLE else ""}')
        self._style_xml("Subtitle", '<w:keepNext/><w:spacing w:before="0" w:after="240"/><w:jc w:val="center"/>',
                        f'{fonts}{black}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>')
        cap = _hp(self.size - 2)
        self._style_xml("Caption", '<w:spacing w:before="60" w:after="120" w:line="240" w:lineRule="auto"/>'
                        '<w:jc w:val="center"/>', f'<w:i/><w:iCs/>{black}<w:sz w:val="{cap}"/><w:szCs w:val="{cap}"/>')
        # One right tab at the text edge: "footer text<TAB>Halaman 1 dari 3".
        tabs = f'<w:tabs><w:tab w:val="right" w:pos="{_tw(self.text_mm)}"/></w:tabs>'
        hf = _hp(HEADER_FOOTER_PT)
        for style_id in ("Header", "Footer"):
            self._style_xml(style_id, f'{tabs}<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>',
                            f'{black}<w:sz w:val="{hf}"/><w:szCs w:val="{hf}"/>')
        # Paragraphs inside borderless tables (fields, signatures, kop): no space after.
        self.compact = self._new_style("Compact", '<w:spacing w:after="0"/>', "")
        self.lists = {False: "ListBullet", True: "ListNumber"}
        self.list_abstract = self._abstract_num("ListNumber")
        self._plain_bullet()

    def _table_style(self, size_pt: float) -> str:
        """One paragraph style per table font size: single spacing, no space after."""
        if size_pt not in self.table_styles:
            hp = _hp(size_pt)
            self.table_styles[size_pt] = self._new_style(
                f"Table Text {size_pt:g}", '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>',
                f'<w:sz w:val="{hp}"/><w:szCs w:val="{hp}"/>')
        return self.table_styles[size_pt]

    def _abstract_num(self, style_id: str) -> int:
        style = self.d.styles.element.get_by_id(style_id)
        num_id = int(style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}").get(qn("w:val")))
        return self.part.numbering_part.element.num_having_numId(num_id).abstractNumId.val

    def _plain_bullet(self) -> None:
        """The template's bullet is a Symbol-font private-use glyph; Arial's "•" copies and extracts as text."""
        numbering = self.part.numbering_part.element
        abstract_id = self._abstract_num("ListBullet")
        abstract = numbering.find(f"{qn('w:abstractNum')}[@{qn('w:abstractNumId')}='{abstract_id}']")
        lvl = abstract.find(qn("w:lvl"))
        lvl.find(qn("w:lvlText")).set(qn("w:val"), "\u2022")
        rpr = lvl.find(qn("w:rPr"))
        if rpr is not None:
            lvl.remove(rpr)
        font = DOCX_FAMILY
        lvl.append(parse_xml(f'<w:rPr {NS}><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}" '
                             f'w:hint="default"/></w:rPr>'))

    def _page_setup(self) -> None:
        s = self.setup
        section = self.d.sections[0]
        width, height = s.size_mm
        section.page_width, section.page_height = Mm(width), Mm(height)
        section.top_margin, section.bottom_margin = Mm(s.margin_top_mm), Mm(s.margin_bottom_mm)
        section.left_margin, section.right_margin = Mm(s.margin_left_mm), Mm(s.margin_right_mm)
        section.header_distance = Mm(min(12.5, s.margin_top_mm * 0.5))
        section.footer_distance = Mm(min(12.5, s.margin_bottom_mm * 0.5))
        section.gutter = 0
        section.different_first_page_header_footer = True  # the kop page has no running header
        section.first_page_header.is_linked_to_previous = False  # an explicit empty one, not an inherited one
        if self.doc.header_text:
            self._story(section.header, _r(self.doc.header_text), jc="right",
                        extra='<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr>')
        footer = _r(self.doc.footer_text) + "<w:r><w:tab/></w:r>" + self._page_label()
        for story in (section.footer, section.first_page_footer):
            self._story(story, footer, style="Footer")
        # Word 2013+ layout: a table's edge, not its text, sits on the margin.
        compat = self.d.settings.element.find(f"{qn('w:compat')}/{qn('w:compatSetting')}[@{qn('w:name')}"
                                              f"='compatibilityMode']")
        if compat is not None:
            compat.set(qn("w:val"), "15")

    def _page_label(self) -> str:
        xml = []
        for i, piece in enumerate(_PLACEHOLDER.split(self.doc.page_label)):
            if i % 2:
                xml.append(_field("PAGE" if piece == "page" else "NUMPAGES", "1"))
            elif piece:
                xml.append(_r(piece))
        return "".join(xml)

    def _story(self, story, runs: str, *, style: str = "Header", jc: str = "", extra: str = "") -> None:
        story.is_linked_to_previous = False
        p = story.paragraphs[0]._p
        p.getparent().replace(p, parse_xml(f"<w:p {NS}>" + _p(runs, style=style, jc=jc, extra=extra)[5:]))

    def _properties(self) -> None:
        props = self.d.core_properties
        now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0, tzinfo=None)
        props.title = _text(self.doc.title)
        props.author = props.last_modified_by = _text(self.doc.author)
        props.language = LANGS.get(self.doc.lang, self.doc.lang)
        props.created = props.modified = now
        props.revision = 1
        props.subject = props.keywords = props.comments = props.category = ""

    # -- pictures -----------------------------------------------------------------------

    def _picture(self, data: bytes, *, width_mm: float | None = None, height_mm: float | None = None,
                 max_width_mm: float | None = None, max_height_mm: float | None = None, descr: str = "") -> str:
        """An inline picture run; identical bytes share one image part (repeated signatures, logos)."""
        rid, image = self.part.get_or_add_image(io.BytesIO(data))
        ratio = image.px_height / image.px_width if image.px_width else 1.0
        if width_mm is None:
            width_mm = (height_mm or LOGO_HEIGHT_MM) / ratio
        height = width_mm * ratio
        scale = 1.0
        if max_width_mm and width_mm > max_width_mm:
            scale = max_width_mm / width_mm
        if max_height_mm and height * scale > max_height_mm:
            scale = max_height_mm / height
        cx, cy = round(width_mm * scale * EMU_PER_MM), round(height * scale * EMU_PER_MM)
        self.shape_id += 1
        sid = self.shape_id
        alt = escape(_text(descr), {'"': "&quot;", "\n": " "})
        return (f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" '
                f'cy="{cy}"/><wp:docPr id="{sid}" name="Picture {sid}" descr="{alt}"/><wp:cNvGraphicFramePr>'
                f'<a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic>'
                f'<a:graphicData uri="{PIC_URI}"><pic:pic><pic:nvPicPr><pic:cNvPr id="0" '
                f'name="{image.filename}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="{rid}"/>'
                f'<a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/>'
                f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
                f"</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>")

    # -- tables -------------------------------------------------------------------------

    def _tbl(self, widths_mm: list[float], rows: list[str], *, borders: bool, margins_mm=(0.0, 1.0, 0.0, 1.0),
             style: str = "TableNormal", spacer: bool = True) -> None:
        """A fixed-layout table exactly as wide as the given columns, followed by a spacer paragraph."""
        widths = [_tw(w) for w in widths_mm]
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        top, right, bottom, left = (_tw(m) for m in margins_mm)
        edges = "".join(BORDER.format(side=s) for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        self.xml.append(
            f'<w:tbl><w:tblPr><w:tblStyle w:val="{style}"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
            f'<w:tblInd w:w="0" w:type="dxa"/><w:tblBorders>{edges if borders else NO_BORDERS}</w:tblBorders>'
            f'<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="{top}" w:type="dxa"/>'
            f'<w:left w:w="{left}" w:type="dxa"/><w:bottom w:w="{bottom}" w:type="dxa"/>'
            f'<w:right w:w="{right}" w:type="dxa"/></w:tblCellMar>'
            f'<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
            f'w:noHBand="1" w:noVBand="1"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>")
        if spacer:
            self.xml.append(_spacer())

    @staticmethod
    def _tc(width_mm: float, paragraphs: str, valign: str = "") -> str:
        va = f'<w:vAlign w:val="{valign}"/>' if valign else ""
        return f'<w:tc><w:tcPr><w:tcW w:w="{_tw(width_mm)}" w:type="dxa"/>{va}</w:tcPr>{paragraphs or _p()}</w:tc>'

    @staticmethod
    def _tr(cells: str, *, header=False, cant_split=True, height_mm: float | None = None) -> str:
        props = ("<w:cantSplit/>" if cant_split else "") + (
            f'<w:trHeight w:val="{_tw(height_mm)}" w:hRule="exact"/>' if height_mm else "") + (
            "<w:tblHeader/>" if header else "")
        return f"<w:tr>{f'<w:trPr>{props}</w:trPr>' if props else ''}{cells}</w:tr>"

    # -- blocks -------------------------------------------------------------------------

    def _letterhead(self, block: Letterhead) -> None:
        lines = []
        for i, line in enumerate(block.lines):
            if i == 0:
                fmt = {"bold": True, "size_pt": self.size + 2}
            elif i == len(block.lines) - 1 and len(block.lines) >= 3:  # the address line
                fmt = {"size_pt": self.size - 2}
            else:
                fmt = {"bold": True, "size_pt": self.size}
            lines.append(_p(_r(line, **fmt), style=self.compact, jc="center",
                            spacing='w:line="240" w:lineRule="auto"', keep_next=True))
        text = "".join(lines)
        if block.logo:
            logo = _p(self._picture(block.logo, height_mm=LOGO_HEIGHT_MM, max_width_mm=LOGO_COL_MM - 2,
                                    descr="Logo"), style=self.compact, jc="left", keep_next=True)
            widths = [LOGO_COL_MM, self.text_mm - LOGO_COL_MM]
            row = self._tr(self._tc(widths[0], logo, "center") + self._tc(widths[1], text, "center"))
            # No spacer: the rule paragraph follows the table directly.
            self._tbl(widths, [row], borders=False, margins_mm=(0, 0, 0, 0), spacer=False)
        else:
            self.xml.append(text)
        # The kop rule: a thick line over a thin one, as a bottom border of an almost empty paragraph.
        rule = '<w:pBdr><w:bottom w:val="thickThinSmallGap" w:sz="24" w:space="1" w:color="000000"/></w:pBdr>'
        self.xml.append(_p(extra=rule, spacing='w:before="0" w:after="240" w:line="80" w:lineRule="exact"',
                           mark_pt=2))

    def _title(self, block: Title) -> None:
        self.xml.append(_p(_r(block.text), style="Title"))
        if block.subtitle:
            self.xml.append(_p(_r(block.subtitle), style="Subtitle"))

    def _heading(self, block: Heading) -> None:
        self.xml.append(_p(_r(block.text), style=f"Heading{min(3, max(1, block.level))}"))

    def _paragraph(self, block: Paragraph) -> None:
        self.xml.append(_p(_runs(block.runs, block.size_pt), jc=JC.get(block.align, "both")))

    def _fields(self, block: Fields) -> None:
        label_mm = max((_text_width_mm(label, self.size) for label, _ in block.rows), default=0) + 3
        label_mm = min(max(label_mm, 30.0), self.text_mm * 0.4)
        widths = [label_mm, 4.0, self.text_mm - label_mm - 4.0]
        rows = []
        for i, (label, value) in enumerate(block.rows):
            last = i == len(block.rows) - 1
            spacing = f'w:after="{60 if not last else 0}"'

            def cell(width, content, jc=""):
                return self._tc(width, _p(content, style=self.compact, spacing=spacing, jc=jc))

            rows.append(self._tr(cell(widths[0], _r(label), "left") + cell(widths[1], _r(":"), "center")
                                 + cell(widths[2], _r(value), "left"), cant_split=True))
        self._tbl(widths, rows, borders=False, margins_mm=(0, 1.0, 0, 0))

    def _list(self, block: BulletList) -> None:
        style = self.lists[block.numbered]
        num_id = None
        if block.numbered:  # every numbered list starts again at 1
            num = self.part.numbering_part.element.add_num(self.list_abstract)
            num.add_lvlOverride(ilvl=0).add_startOverride(1)
            num_id = num.numId
        self.xml.extend(_p(_runs(item), style=style, jc="both", num_id=num_id) for item in block.items)

    def _table(self, block: Table) -> None:
        ncols = len(block.header) or max((len(row) for row in block.rows), default=0)
        if not ncols:
            return
        rel = list(block.widths[:ncols]) if len(block.widths) >= ncols and sum(block.widths[:ncols]) > 0 else []
        rel = rel or [1.0] * ncols
        aligns = [JC.get(a, "left") for a in block.align[:ncols]] + ["left"] * (ncols - len(block.align))
        size = block.size_pt or self.size
        style = self._table_style(size)
        pad = 1.5  # left/right cell margin, mm
        widths = _column_widths(self.text_mm, rel, block.header, size, pad)
        if block.caption:
            self.xml.append(_p(_r(block.caption), style="Caption", keep_next=True))
        rows = []
        if block.header:
            cells = "".join(self._tc(widths[c], _p(_r(text, bold=True), style=style, jc="center"), "center")
                            for c, text in enumerate(block.header))
            rows.append(self._tr(cells, header=True))
        for row in block.rows:
            cells = []
            for c in range(ncols):
                value = row[c] if c < len(row) else ""
                if isinstance(value, ImageCell):
                    content = self._picture(value.data, height_mm=value.height_mm,
                                            max_width_mm=widths[c] - 2 * pad - 0.5, descr=block.header[c]
                                            if c < len(block.header) else "")
                else:
                    content = _r(str(value))
                cells.append(self._tc(widths[c], _p(content, style=style, jc=aligns[c]), "center"))
            rows.append(self._tr("".join(cells)))
        self._tbl(widths, rows, borders=True, margins_mm=(0.6, pad, 0.6, pad), style="TableGrid")

    def _chart(self, block: BarChart) -> None:
        png = charts.bar_chart_png(block, self.text_mm, font_pt=CHART_FONT_PT)
        if block.title:
            self.xml.append(_p(_r(block.title), style="Caption", keep_next=True))
        self.xml.append(_p(self._picture(png, width_mm=self.text_mm, max_height_mm=self.text_height_mm - 20,
                                         descr=block.title), jc="center", spacing='w:after="120"'))

    def _image(self, block: Image) -> None:
        picture = self._picture(block.data, width_mm=block.width_mm, max_width_mm=self.text_mm,
                                max_height_mm=self.text_height_mm - 25, descr=block.caption)
        self.xml.append(_p(picture, jc="center", keep_next=bool(block.caption),
                           spacing='w:before="120" w:after="0" w:line="240" w:lineRule="auto"'))
        if block.caption:
            self.xml.append(_p(_r(block.caption), style="Caption", spacing='w:before="60" w:after="240"'))

    def _signatures(self, block: Signatures) -> None:
        """Row per line, so role, name and NIP line up across the two boxes even when one wraps."""
        half = self.text_mm / 2
        boxes = (block.left, block.right)
        lines = []
        if any(b.above for b in boxes):
            lines.append([_r(b.above) for b in boxes])
        lines.append([_r(b.role) for b in boxes])
        lines.append(None)  # the room for the wet signature
        lines.append([_r(b.name, bold=True, underline=True) for b in boxes])
        if any(b.position for b in boxes):
            lines.append([_r(b.position) for b in boxes])
        if any(b.nip for b in boxes):
            lines.append([_r(f"NIP. {b.nip}") if b.nip else "" for b in boxes])
        rows = []
        for line in lines:
            if line is None:
                empty = self._tc(half, _p(style=self.compact, keep_next=True))
                rows.append(self._tr(empty + empty, height_mm=block.space_mm))
                continue
            rows.append(self._tr("".join(self._tc(half, _p(run, style=self.compact, jc="center", keep_next=True))
                                         for run in line)))
        self.xml.append(_spacer(12))
        self._tbl([half, half], rows, borders=False, margins_mm=(0, 1.0, 0, 1.0))

    def _page_break(self, _block: PageBreak) -> None:
        """A hair-thin paragraph that starts the next page: nothing visible is left at the top of it."""
        self.xml.append(_p(page_break_before=True, mark_pt=1,
                           spacing='w:before="0" w:after="0" w:line="20" w:lineRule="exact"'))
