"""The report model: a document as a list of plain blocks, shared by every renderer.

Content logic (what the minutes say, in which order, in which language) lives in the
builders; the DOCX and PDF writers only turn these blocks into their format. So a
block says *what* it is (a heading, a field list, a table, a signature block), never
how it looks in one format; page setup is the only layout they share.

Texts are final strings in the document's language. Images are bytes (PNG or JPEG).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Union

Align = Literal["left", "center", "right", "justify"]

# Paper sizes in millimetres (width, height). F4 (folio) is still used by some regions.
PAPER_MM = {"a4": (210.0, 297.0), "f4": (215.0, 330.0)}


@dataclass(frozen=True)
class PageSetup:
    """Tata Naskah Dinas (Permendagri 1/2023) conventions as the secondary sources give them."""

    paper: str = "a4"  # a4 | f4
    margin_top_mm: float = 20.0
    margin_bottom_mm: float = 25.0
    margin_left_mm: float = 30.0
    margin_right_mm: float = 20.0
    font_size_pt: float = 12.0
    line_spacing: float = 1.15

    @property
    def size_mm(self) -> tuple[float, float]:
        return PAPER_MM[self.paper]

    @property
    def text_width_mm(self) -> float:
        return self.size_mm[0] - self.margin_left_mm - self.margin_right_mm


@dataclass(frozen=True)
class Run:
    """A piece of text with its emphasis."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Letterhead:
    """The kop: agency lines centred beside the logo, ruled off below. First line is the largest."""

    lines: tuple[str, ...]
    logo: bytes | None = None


@dataclass(frozen=True)
class Title:
    text: str
    subtitle: str = ""


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1 = section (numbered by the builder), 2 = subsection, 3 = minor


@dataclass(frozen=True)
class Paragraph:
    runs: tuple[Run, ...]
    align: Align = "justify"
    size_pt: float | None = None  # None: the page's font size

    @staticmethod
    def of(text: str, *, bold: bool = False, italic: bool = False, align: Align = "justify",
           size_pt: float | None = None) -> Paragraph:
        return Paragraph((Run(text, bold, italic),), align, size_pt)


@dataclass(frozen=True)
class Fields:
    """Label : value pairs aligned on the colon ("Hari, tanggal : Kamis, 17 Juni 2021")."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class BulletList:
    items: tuple[tuple[Run, ...], ...]  # each item is a sequence of runs
    numbered: bool = False


@dataclass(frozen=True)
class ImageCell:
    """An image inside a table cell (a signature in the attendance list)."""

    data: bytes
    height_mm: float = 10.0


Cell = Union[str, ImageCell]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[float, ...]  # relative column widths; renderers scale them to the text width
    align: tuple[Align, ...] = ()  # per column; default left
    size_pt: float | None = 10.0  # tables are set a little smaller than body text
    caption: str = ""


@dataclass(frozen=True)
class BarChart:
    """Horizontal bars (votes per theme/input): labels and whole-number values, largest first."""

    title: str
    labels: tuple[str, ...]
    values: tuple[int, ...]
    value_label: str = ""


@dataclass(frozen=True)
class Image:
    data: bytes
    width_mm: float
    caption: str = ""


@dataclass(frozen=True)
class SignatureBox:
    role: str  # "Notulis", "Pimpinan Rapat"
    name: str
    position: str = ""
    nip: str = ""  # shown as "NIP. 1970…" when present
    above: str = ""  # a line above the role, e.g. "Sendawar, 17 Juni 2021" (right box)


@dataclass(frozen=True)
class Signatures:
    """Two signature boxes side by side: note-taker left, chair right."""

    left: SignatureBox
    right: SignatureBox
    space_mm: float = 22.0  # room for the wet signature


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Union[Letterhead, Title, Heading, Paragraph, Fields, BulletList, Table, BarChart, Image, Signatures, PageBreak]


@dataclass
class Document:
    """One document: metadata, page setup, and its blocks in reading order."""

    title: str  # document properties / PDF title
    lang: str  # "id" | "en"
    setup: PageSetup = field(default_factory=PageSetup)
    blocks: list[Block] = field(default_factory=list)
    header_text: str = ""  # running header on every page after the first
    footer_text: str = ""  # left of the page number in the footer
    page_label: str = "Halaman {page} dari {pages}"  # "Page {page} of {pages}" in English
    author: str = "fgd-app"

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)


def plain_text(doc: Document) -> str:
    """Every text of the document, one block per line: what a privacy check scans."""
    out: list[str] = [doc.title, doc.header_text, doc.footer_text]
    for block in doc.blocks:
        if isinstance(block, Letterhead):
            out += block.lines
        elif isinstance(block, Title):
            out += [block.text, block.subtitle]
        elif isinstance(block, Heading):
            out.append(block.text)
        elif isinstance(block, Paragraph):
            out.append("".join(r.text for r in block.runs))
        elif isinstance(block, Fields):
            out += [f"{label}: {value}" for label, value in block.rows]
        elif isinstance(block, BulletList):
            out += ["".join(r.text for r in item) for item in block.items]
        elif isinstance(block, Table):
            out.append(block.caption)
            out.append(" | ".join(block.header))
            out += [" | ".join(c for c in row if isinstance(c, str)) for row in block.rows]
        elif isinstance(block, BarChart):
            out += [block.title, *block.labels]
        elif isinstance(block, Image):
            out.append(block.caption)
        elif isinstance(block, Signatures):
            for box in (block.left, block.right):
                out += [box.above, box.role, box.name, box.position, box.nip]
    return "\n".join(t for t in out if t)
