"""Comparing names the way people do.

One folding rule serves every place that matches people's text: the check-in search,
duplicate detection on import and walk-in registration, and the participant filter, so
"Drs. Yohanés  Lung, M.Si" is the same person wherever it is typed.
"""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """Case, accents, dots and apostrophes ignored; other punctuation separates words.

    "Ma'ruf" -> "maruf", "M.Si" -> "msi", "Toli-Toli" -> "toli toli".
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.replace(".", "").replace("'", "").replace("\u2019", "").replace("`", "")
    return " ".join(_NON_WORD.sub(" ", plain).split())


def shorten(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters at a word boundary, marked with "…".

    Line breaks are kept (a programme's description lists its source inputs one per
    line). A cut falls on the last space or line break in the second half of the text
    kept; a single very long word is cut where it must be.
    """
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    boundary = max(cut.rfind(" "), cut.rfind("\n"))
    if boundary > limit // 2:
        cut = cut[:boundary]
    return cut.rstrip(" ,.;:\n") + "…"
