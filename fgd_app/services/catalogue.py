"""The pillar and element catalogue with its names in both languages.

Every screen and document that names a pillar or an element reads it here, so the
order (the catalogue's) and the choice of language are decided in one place.
"""

from __future__ import annotations

from collections import namedtuple
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fgd_app.store.database import Database


class Named(namedtuple("Named", "key name_id name_en")):
    """A pillar or an element: its key and its Indonesian and English names."""

    __slots__ = ()

    def name(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name_id


def pillars(db: Database) -> list[Named]:
    """The six pillars in catalogue order."""
    return [Named(*r) for r in db.rows("SELECT key, name_id, name_en FROM pillar ORDER BY position, key")]


def elements(db: Database, pillar_key: str | None = None) -> list[Named]:
    """The elements of one pillar (or of all, pillar by pillar) in catalogue order."""
    if pillar_key is None:
        rows = db.rows("SELECT e.key, e.name_id, e.name_en FROM element e JOIN pillar p ON p.key = e.pillar_key "
                       "ORDER BY p.position, e.position, e.key")
    else:
        rows = db.rows("SELECT key, name_id, name_en FROM element WHERE pillar_key = ? ORDER BY position, key",
                       (pillar_key,))
    return [Named(*r) for r in rows]


def pillar_name(db: Database, key: str, lang: str) -> str:
    """The pillar's name in `lang`; its key when the catalogue does not know it."""
    found = db.rows("SELECT key, name_id, name_en FROM pillar WHERE key = ?", (key,))
    return Named(*found[0]).name(lang) if found else key
