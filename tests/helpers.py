"""Small builders shared by tests (not fixtures: plain functions are easier to read)."""

from __future__ import annotations

from fgd_app.store.database import Database
from fgd_app.store.models import Input, Participant, Workshop


def make_workshop(db: Database, **fields) -> Workshop:
    defaults = dict(regency_code="64.07", title="FGD Uji", held_on="2021-06-17", pillars=["governance"])
    with db.transaction() as tx:
        return tx.insert(Workshop, **{**defaults, **fields})


def add_input(db: Database, workshop_id: str, text: str = "Sinyal lemah di hulu", **fields) -> Input:
    defaults = dict(workshop_id=workshop_id, pillar_key="governance", element_key="governance.service", kind="problem")
    with db.transaction() as tx:
        return tx.insert(Input, text=text, **{**defaults, **fields})


def add_participant(db: Database, workshop_id: str, name: str = "Yohanes Lung", **fields) -> Participant:
    with db.transaction() as tx:
        return tx.insert(Participant, workshop_id=workshop_id, name=name, **fields)
