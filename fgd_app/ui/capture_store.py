"""The open workshop's inputs and themes, held in memory for the capture views.

Why in memory: the note-taker must see an input the moment Enter is pressed, while the
write is still on its way to the disk (see `ui.writer`), and with 20,000 inputs a
pillar switch or a search must take milliseconds. So the store is loaded once per
workshop and then follows `Change`s: the ones about to be written (shown as pending)
and the ones committed (pending cleared). Applying a Change is idempotent, so seeing
the same one twice (expected, then committed) is harmless.

Views (`capture_models`) filter the store's rows; the store never filters.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from fgd_app.core.dates import instant
from fgd_app.core.text import fold
from fgd_app.services.capture import ClusterTuple, InputTuple, Speaker, list_speakers, load_capture
from fgd_app.services.changes import Change
from fgd_app.store.database import Database


class InputRow:
    """One input as the views need it (mutable: edits update it in place)."""

    __slots__ = ("id", "pillar_key", "element_key", "kind", "text", "speaker_id", "cluster_id",
                 "position", "created_at", "folded")

    def __init__(self, values: InputTuple | dict):
        if isinstance(values, dict):
            values = InputTuple(*(values[f] for f in InputTuple._fields))
        (self.id, self.pillar_key, self.element_key, self.kind, self.text, self.speaker_id,
         self.cluster_id, self.position, created_at) = values
        self.created_at = instant(created_at)
        self.folded = fold(self.text)

    def update(self, record: dict) -> None:
        for field in ("pillar_key", "element_key", "kind", "speaker_id", "cluster_id", "position"):
            setattr(self, field, record[field])
        if record["text"] != self.text:
            self.text = record["text"]
            self.folded = fold(self.text)


class CaptureStore(QObject):
    reset = Signal()  # everything may have changed (a workshop was loaded)
    inserted = Signal(list)  # [InputRow] new rows
    updated = Signal(list)  # [InputRow] rows whose fields changed
    removed = Signal(list)  # [InputRow] rows taken away
    pending_changed = Signal(list)  # [InputRow] rows whose saved/pending state changed
    themes_changed = Signal()
    votes_changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.workshop_id: str | None = None
        self.rows: list[InputRow] = []  # in position order
        self.by_id: dict[str, InputRow] = {}
        self.themes: dict[str, ClusterTuple] = {}
        self.speakers: dict[str, Speaker] = {}
        self.input_votes: dict[str, int] = {}
        self.theme_votes: dict[str, int] = {}
        self.pending: set[str] = set()
        self.next_position = 0

    # -- loading -------------------------------------------------------------------------------

    def load(self, db: Database, workshop_id: str) -> None:
        data = load_capture(db, workshop_id)
        self.workshop_id = workshop_id
        self.rows = [InputRow(t) for t in data.inputs]
        self.by_id = {r.id: r for r in self.rows}
        self.themes = {c.id: c for c in data.clusters}
        self.speakers = {s.id: s for s in data.speakers}
        self.input_votes = data.input_votes
        self.theme_votes = data.cluster_votes
        self.pending.clear()
        self.next_position = data.next_position
        self.reset.emit()

    def reload_speakers(self, db: Database) -> None:
        """Participants change on other tabs (walk-ins): re-read them cheaply."""
        if self.workshop_id is not None:
            self.speakers = {s.id: s for s in list_speakers(db, self.workshop_id)}

    # -- reading ---------------------------------------------------------------------------------

    def speaker_name(self, speaker_id: str | None) -> str:
        speaker = self.speakers.get(speaker_id) if speaker_id else None
        return speaker.name if speaker else ""

    def theme_title(self, theme_id: str | None) -> str:
        theme = self.themes.get(theme_id) if theme_id else None
        return theme.title if theme else ""

    def themes_of(self, pillar_key: str) -> list[ClusterTuple]:
        return sorted((t for t in self.themes.values() if t.pillar_key == pillar_key), key=lambda t: (t.position, t.id))

    # -- following changes -----------------------------------------------------------------------

    def add_pending(self, record: dict) -> InputRow:
        """Show an input typed a moment ago, before its write is committed."""
        row = InputRow(record)
        self.next_position = max(self.next_position, row.position + 1)
        self.pending.add(row.id)
        self._insert([row])
        return row

    def expect(self, change: Change) -> None:
        """A change on its way to the disk (undo/redo): show it now, as pending."""
        touched = self._apply(change)
        self.pending.update(r.id for r in touched)

    def commit(self, change: Change) -> None:
        """A change is durable: show it, and the rows it names are no longer pending."""
        self._apply(change)
        settled = [self.by_id[s.key] for s in change if s.table == "input" and s.key in self.pending
                   and s.key in self.by_id]
        self.pending.difference_update(s.key for s in change if s.table == "input")
        if settled:
            self.pending_changed.emit(settled)

    def _apply(self, change: Change) -> list[InputRow]:
        inserted, updated, removed = [], [], []
        themes = votes = False
        for step in change:
            if step.table == "input":
                row = self.by_id.get(step.key)
                if step.after is None:
                    if row is not None:
                        removed.append(row)
                elif row is None:
                    inserted.append(InputRow(step.after))
                else:
                    row.update(step.after)
                    updated.append(row)
            elif step.table == "cluster":
                themes = True
                if step.after is None:
                    self.themes.pop(step.key, None)
                else:
                    self.themes[step.key] = ClusterTuple(*(step.after[f] for f in ClusterTuple._fields))
            elif step.table == "vote":
                votes = True
                self._count_vote(step.before, -1)
                self._count_vote(step.after, +1)
        if removed:
            gone = {r.id for r in removed}
            self.rows = [r for r in self.rows if r.id not in gone]
            for row in removed:
                self.by_id.pop(row.id, None)
            self.removed.emit(removed)
        if inserted:
            self._insert(inserted)
        if updated:
            self.updated.emit(updated)
        if themes:
            self.themes_changed.emit()
        if votes:
            self.votes_changed.emit()
        return inserted + updated

    def _insert(self, rows: list[InputRow]) -> None:
        for row in rows:
            self.by_id[row.id] = row
        at_end = not self.rows or all(r.position >= self.rows[-1].position for r in rows)
        self.rows.extend(rows)
        if not at_end:  # an undone removal comes back in its old place
            self.rows.sort(key=lambda r: (r.position, r.created_at, r.id))
        self.next_position = max(self.next_position, max(r.position for r in rows) + 1)
        self.inserted.emit(rows)

    def _count_vote(self, record: dict | None, sign: int) -> None:
        if record is None:
            return
        if record.get("input_id"):
            totals, key = self.input_votes, record["input_id"]
        elif record.get("cluster_id"):
            totals, key = self.theme_votes, record["cluster_id"]
        else:
            return
        totals[key] = totals.get(key, 0) + sign * record["points"]
        if not totals[key]:
            del totals[key]

