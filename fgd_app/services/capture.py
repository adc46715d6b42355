"""What the room says, pillar by pillar: inputs and the themes they are clustered into.

The capture screen keeps the whole workshop's inputs in memory (20,000 of them load in
a fraction of a second) and writes each action through a background writer. So the
reads here are plain SQL returning tuples, and the writes are recorded actions
(`services.changes`) whose `Change` both undoes them and updates the screen.

Rules kept here:
- an input belongs to one pillar and at most one element of that pillar; moving it to
  another pillar takes it out of its theme (themes are per pillar);
- removing an input removes the votes cast on it and unlinks photos and programmes
  that named it, in the same transaction, so no reference is left dangling;
- merging duplicates keeps one input and moves every vote, photo link and programme
  link of the others onto it; undo brings the others back exactly.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import namedtuple
from typing import TYPE_CHECKING

from fgd_app.core.limits import SHORT_MAX, TEXT_MAX
from fgd_app.core.text import shorten
from fgd_app.core.vocab import InputKind
from fgd_app.errors import UserError
from fgd_app.services.changes import Recorder, recorded
from fgd_app.services.fields import collapse
from fgd_app.store.models import Attachment, Cluster, Input, Programme, Vote

if TYPE_CHECKING:
    from fgd_app.store.database import Database

InputTuple = namedtuple(
    "InputTuple", "id pillar_key element_key kind text speaker_id cluster_id position created_at"
)
ClusterTuple = namedtuple("ClusterTuple", "id pillar_key element_key title position")
Speaker = namedtuple("Speaker", "id name institution consent_name")


class CaptureData(namedtuple("CaptureData", "inputs clusters speakers input_votes cluster_votes next_position")):
    """Everything the capture screen shows for one workshop, read in one go."""

    __slots__ = ()


INPUT_COLUMNS = "id, pillar_key, element_key, kind, text, speaker_id, cluster_id, position, created_at"


def load_capture(db: Database, workshop_id: str) -> CaptureData:
    inputs = [InputTuple(*r) for r in db.rows(
        f"SELECT {INPUT_COLUMNS} FROM input WHERE workshop_id = ? ORDER BY position, created_at, id", (workshop_id,))]
    clusters = [ClusterTuple(*r) for r in db.rows(
        "SELECT id, pillar_key, element_key, title, position FROM cluster WHERE workshop_id = ? "
        "ORDER BY position, id", (workshop_id,))]
    speakers = list_speakers(db, workshop_id)
    input_votes = dict(db.rows(
        "SELECT input_id, sum(points) FROM vote WHERE workshop_id = ? AND input_id IS NOT NULL GROUP BY input_id",
        (workshop_id,)))
    cluster_votes = dict(db.rows(
        "SELECT cluster_id, sum(points) FROM vote WHERE workshop_id = ? AND cluster_id IS NOT NULL "
        "GROUP BY cluster_id", (workshop_id,)))
    last = max((i.position for i in inputs), default=-1)
    return CaptureData(inputs, clusters, speakers, input_votes, cluster_votes, last + 1)


def list_speakers(db: Database, workshop_id: str) -> list[Speaker]:
    """Who may be named as a speaker: the workshop's participants, those present first."""
    return [Speaker(r[0], r[1], r[2], bool(r[3])) for r in db.rows(
        "SELECT id, name, institution, consent_name FROM participant WHERE workshop_id = ? "
        "ORDER BY checked_in_at IS NULL, name COLLATE NOCASE", (workshop_id,))]


# -- checking before writing (the UI calls this synchronously) ------------------------------------


def input_text(value: object) -> str:
    """The text of an input: spaces collapsed; empty or over the limit refused."""
    text = collapse(value)
    if not text:
        raise UserError("capture.empty")
    if len(text) > TEXT_MAX:
        raise UserError("capture.too_long", length=len(text), limit=TEXT_MAX)
    return text


def new_input(
    workshop_id: str,
    pillar_key: str,
    text: str,
    *,
    kind: str = InputKind.NOTE,
    element_key: str | None = None,
    speaker_id: str | None = None,
    position: int = 0,
    input_id: str | None = None,
) -> dict:
    """The complete record of a new input, made on the UI thread so it can show at once."""
    from fgd_app.core.ids import new_id

    if element_key and not element_key.startswith(pillar_key + "."):
        element_key = None  # an element belongs to its pillar
    return dict(
        id=input_id or new_id(),
        workshop_id=workshop_id,
        pillar_key=pillar_key,
        element_key=element_key or None,
        kind=InputKind(kind).value,
        text=input_text(text),
        speaker_id=speaker_id or None,
        cluster_id=None,
        position=position,
        created_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
    )


# -- inputs ------------------------------------------------------------------------------------------


def _add_input(rec: Recorder, record: dict) -> None:
    rec.insert(Input, **record)


add_input = recorded(_add_input)


def _update_input(rec: Recorder, input_id: str, **changes: object) -> None:
    current = _existing(rec, input_id)
    if "text" in changes:
        changes["text"] = input_text(changes["text"])
    if "element_key" in changes:
        element = changes["element_key"] or None
        pillar = changes.get("pillar_key", current["pillar_key"])
        changes["element_key"] = element if element and element.startswith(f"{pillar}.") else None
    if "cluster_id" in changes and changes["cluster_id"]:
        cluster = rec.read(Cluster, changes["cluster_id"])
        if cluster is None or cluster["pillar_key"] != changes.get("pillar_key", current["pillar_key"]):
            raise UserError("capture.theme_other_pillar")
    rec.update(Input, input_id, **changes)


update_input = recorded(_update_input)


def _move_inputs(rec: Recorder, input_ids: list[str], pillar_key: str, element_key: str | None) -> None:
    """Into another element, or another pillar (which takes them out of their themes)."""
    if element_key and not element_key.startswith(f"{pillar_key}."):
        element_key = None
    for input_id in input_ids:
        current = _existing(rec, input_id)
        changes: dict = {"pillar_key": pillar_key, "element_key": element_key}
        if current["pillar_key"] != pillar_key:
            changes["cluster_id"] = None
        rec.update(Input, input_id, **changes)


move_inputs = recorded(_move_inputs)


def _remove_inputs(rec: Recorder, input_ids: list[str]) -> None:
    for input_id in input_ids:
        _existing(rec, input_id)
        _forget_references(rec, input_id, replacement=None)
        rec.delete(Input, input_id)


remove_inputs = recorded(_remove_inputs)


def _merge_inputs(rec: Recorder, keep_id: str, other_ids: list[str]) -> None:
    """Keep `keep_id`; the others' votes, photos and programme links move to it, then they go."""
    keep = _existing(rec, keep_id)
    for other_id in other_ids:
        if other_id == keep_id:
            continue
        other = _existing(rec, other_id)
        if other["workshop_id"] != keep["workshop_id"]:
            raise UserError("capture.not_found")
        _forget_references(rec, other_id, replacement=keep_id)
        rec.delete(Input, other_id)


merge_inputs = recorded(_merge_inputs)


def _forget_references(rec: Recorder, input_id: str, replacement: str | None) -> None:
    """Move (or drop, when `replacement` is None) what points at an input."""
    for (vote_id,) in rec.rows("SELECT id FROM vote WHERE input_id = ? ORDER BY id", (input_id,)):
        vote = rec.read(Vote, vote_id)
        twin = _same_ballot(rec, vote, replacement) if replacement else None
        if replacement is None:
            rec.delete(Vote, vote_id)
        elif twin is not None:  # the same voter (or tally) on both: one ballot, points added
            rec.update(Vote, twin["id"], points=min(twin["points"] + vote["points"], 10_000))
            rec.delete(Vote, vote_id)
        else:
            rec.update(Vote, vote_id, input_id=replacement)
    for (attachment_id,) in rec.rows("SELECT id FROM attachment WHERE input_id = ? ORDER BY id", (input_id,)):
        rec.update(Attachment, attachment_id, input_id=replacement)
    needle = json.dumps(input_id)
    for (programme_id, raw) in rec.rows(
        "SELECT id, input_ids FROM programme WHERE instr(input_ids, ?) > 0 ORDER BY id", (needle,)
    ):
        ids = [i for i in json.loads(raw) if i != input_id]
        if replacement and replacement not in ids:
            ids.append(replacement)
        rec.update(Programme, programme_id, input_ids=ids)


def _same_ballot(rec: Recorder, vote: dict, input_id: str) -> dict | None:
    rows = rec.rows(
        "SELECT id FROM vote WHERE input_id = ? AND source = ? AND voter_id IS ? LIMIT 1",
        (input_id, vote["source"], vote["voter_id"]),
    )
    return rec.read(Vote, rows[0][0]) if rows else None


def _existing(rec: Recorder, input_id: str) -> dict:
    current = rec.read(Input, input_id)
    if current is None:
        raise UserError("capture.not_found")
    return current


# -- themes (clusters) -------------------------------------------------------------------------------


def theme_title(value: object) -> str:
    text = collapse(value)
    if not text:
        raise UserError("capture.theme_title_required")
    return shorten(text, SHORT_MAX)


def _create_theme(
    rec: Recorder, workshop_id: str, pillar_key: str, title: str, input_ids: list[str] = (), cluster_id: str | None = None
) -> None:
    position = rec.rows("SELECT coalesce(max(position), -1) + 1 FROM cluster WHERE workshop_id = ? AND pillar_key = ?",
                        (workshop_id, pillar_key))[0][0]
    elements = {(_existing(rec, i))["element_key"] for i in input_ids}
    fields = dict(workshop_id=workshop_id, pillar_key=pillar_key, title=theme_title(title), position=position,
                  element_key=elements.pop() if len(elements) == 1 else None)
    if cluster_id:
        fields["id"] = cluster_id
    cluster = rec.insert(Cluster, **fields)
    _assign(rec, input_ids, cluster.id, pillar_key)


create_theme = recorded(_create_theme)


def _rename_theme(rec: Recorder, cluster_id: str, title: str) -> None:
    rec.update(Cluster, cluster_id, title=theme_title(title))


rename_theme = recorded(_rename_theme)


def _assign_to_theme(rec: Recorder, input_ids: list[str], cluster_id: str | None) -> None:
    """Put inputs into a theme (None: take them out of theirs)."""
    pillar_key = None
    if cluster_id is not None:
        cluster = rec.read(Cluster, cluster_id)
        if cluster is None:
            raise UserError("capture.not_found")
        pillar_key = cluster["pillar_key"]
    _assign(rec, input_ids, cluster_id, pillar_key)


assign_to_theme = recorded(_assign_to_theme)


def _assign(rec: Recorder, input_ids, cluster_id: str | None, pillar_key: str | None) -> None:
    for input_id in input_ids:
        current = _existing(rec, input_id)
        if pillar_key is not None and current["pillar_key"] != pillar_key:
            raise UserError("capture.theme_other_pillar")
        rec.update(Input, input_id, cluster_id=cluster_id)


def _dissolve_theme(rec: Recorder, cluster_id: str) -> None:
    """The theme goes; its inputs stay, unthemed; votes cast on the theme itself go with it."""
    if rec.read(Cluster, cluster_id) is None:
        return
    for (input_id,) in rec.rows("SELECT id FROM input WHERE cluster_id = ? ORDER BY id", (cluster_id,)):
        rec.update(Input, input_id, cluster_id=None)
    for (vote_id,) in rec.rows("SELECT id FROM vote WHERE cluster_id = ? ORDER BY id", (cluster_id,)):
        rec.delete(Vote, vote_id)
    rec.delete(Cluster, cluster_id)


dissolve_theme = recorded(_dissolve_theme)
