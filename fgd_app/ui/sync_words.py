"""Words the Sync page's sections share: which laptop, when, how big, which kind of row.

People know laptops by the label they gave a trusted key, so a device is named by that
label when there is one, "this laptop" for our own, and otherwise by a short form of
its id (the same short form ends the suggested bundle file name). Times are shown in
this computer's local time, in the interface language's words.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication

from fgd_app.core.dates import instant, long_date
from fgd_app.core.hlc import unpack
from fgd_app.store.database import Database
from fgd_app.sync.keys import trusted_keys

SHORT_DEVICE = 6  # characters: enough to tell a team's laptops apart in a file name


def short_device(device_id: str) -> str:
    """The last characters of a device id (UUIDv7: the random end, not the timestamp start)."""
    return re.sub(r"[^0-9A-Za-z]", "", device_id)[-SHORT_DEVICE:] or device_id


def device_names(db: Database) -> dict[str, str]:
    """Device id -> the label of the trusted key that signed for it."""
    return {key.device_id: key.label for key in trusted_keys(db) if key.device_id}


def device_name(db: Database, device_id: str, names: dict[str, str] | None = None) -> str:
    if device_id == db.device_id:
        return QCoreApplication.translate("SyncPage", "this laptop")
    label = (names if names is not None else device_names(db)).get(device_id)
    if label:
        return label
    return QCoreApplication.translate("SyncPage", "laptop {id}").format(id=short_device(device_id))


def moment_text(moment: dt.datetime, lang: str) -> str:
    """"17 Juni 2021 10:26" in this computer's time zone (naive values are UTC, as stored)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone()
    return f"{long_date(local.date(), lang, weekday=False)} {local:%H:%M}"


def stored_moment_text(value: str | None, lang: str) -> str:
    moment = instant(value)
    return moment_text(moment, lang) if moment is not None else ""


def hlc_text(hlc: int, lang: str) -> str:
    """When a revision was made, from its hybrid clock (milliseconds in the high bits)."""
    millis, _ = unpack(hlc)
    return moment_text(dt.datetime.fromtimestamp(millis / 1000, dt.UTC), lang)


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / 2**20:.1f} MB"


def entity_name(entity: str) -> str:
    """What a synced table's row is called in the interface."""
    names = {
        "workshop": QCoreApplication.translate("SyncPage", "Workshop"),
        "agenda_item": QCoreApplication.translate("SyncPage", "Agenda item"),
        "participant": QCoreApplication.translate("SyncPage", "Participant"),
        "cluster": QCoreApplication.translate("SyncPage", "Theme"),
        "input": QCoreApplication.translate("SyncPage", "Input"),
        "vote": QCoreApplication.translate("SyncPage", "Vote"),
        "programme": QCoreApplication.translate("SyncPage", "Programme"),
        "action_item": QCoreApplication.translate("SyncPage", "Follow-up action"),
        "attachment": QCoreApplication.translate("SyncPage", "Photo"),
        "pillar": QCoreApplication.translate("SyncPage", "Pillar"),
        "element": QCoreApplication.translate("SyncPage", "Element"),
    }
    return names.get(entity, entity)


def field_name(entity: str, field: str) -> str:
    """A column as people call it on the other tabs; columns rarely edited keep their own name."""
    if (entity, field) == ("participant", "position"):
        return QCoreApplication.translate("SyncPage", "Position (jabatan)")
    names = {
        "text": QCoreApplication.translate("SyncPage", "Text"),
        "title": QCoreApplication.translate("SyncPage", "Title"),
        "name": QCoreApplication.translate("SyncPage", "Name"),
        "kind": QCoreApplication.translate("SyncPage", "Kind"),
        "description": QCoreApplication.translate("SyncPage", "Description"),
        "conclusions": QCoreApplication.translate("SyncPage", "Conclusions"),
        "venue": QCoreApplication.translate("SyncPage", "Venue"),
        "held_on": QCoreApplication.translate("SyncPage", "Date"),
        "institution": QCoreApplication.translate("SyncPage", "Agency"),
        "phone": QCoreApplication.translate("SyncPage", "Phone"),
        "email": QCoreApplication.translate("SyncPage", "E-mail"),
        "owner": QCoreApplication.translate("SyncPage", "Responsible"),
        "due_date": QCoreApplication.translate("SyncPage", "Due date"),
        "status": QCoreApplication.translate("SyncPage", "Status"),
        "caption": QCoreApplication.translate("SyncPage", "Caption"),
        "pillar_key": QCoreApplication.translate("SyncPage", "Pillar"),
        "element_key": QCoreApplication.translate("SyncPage", "Element"),
        "cluster_id": QCoreApplication.translate("SyncPage", "Theme"),
        "speaker_id": QCoreApplication.translate("SyncPage", "Speaker"),
        "points": QCoreApplication.translate("SyncPage", "Points"),
    }
    return names.get(field, field)
