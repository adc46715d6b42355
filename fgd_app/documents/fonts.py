"""The fonts documents use, shipped in resources/fonts (SIL OFL 1.1, see LICENSE-OFL.txt).

Liberation Sans has Arial's metrics, so a page laid out for Arial 12 (the Tata Naskah
Dinas convention) keeps its line breaks. PDFs embed it; DOCX files name "Arial", which
Word has and LibreOffice maps to Liberation Sans.
"""

from __future__ import annotations

from pathlib import Path

from fgd_app.resources import resources_dir

FAMILY = "Liberation Sans"
DOCX_FAMILY = "Arial"
STYLES = {
    "regular": "LiberationSans-Regular.ttf",
    "bold": "LiberationSans-Bold.ttf",
    "italic": "LiberationSans-Italic.ttf",
    "bolditalic": "LiberationSans-BoldItalic.ttf",
}


def font_path(style: str = "regular") -> Path:
    return resources_dir() / "fonts" / STYLES[style]
