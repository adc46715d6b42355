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
