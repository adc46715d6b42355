"""Seed shipped reference data into a database: regencies and the default catalogue.

Regencies are read-only reference data: refreshed whenever the shipped CSV changes
(upsert, so workshops that point at a regency keep their reference). The pillar and
element catalogue is user-editable synced data: it is seeded once, as the common
baseline every laptop shares, and later edits are logged like any other change.
"""

from __future__ import annotations

import sqlite3
import zlib

from fgd_app.resources import resource

REGENCY_CSV = ("reference", "regencies.csv")
CATALOGUE_JSON = ("catalogue", "pillars.json")
REGENCY_COLUMNS = ("code", "name", "kind", "province_code", "province_name", "timezone")


def ensure_reference_data(conn: sqlite3.Connection) -> None:
    """Bring reference data up to date in one transaction; cheap when nothing changed."""
    raw = resource(*REGENCY_CSV).read_bytes()
    digest = f"{zlib.crc32(raw):08x}-{len(raw)}"  # change detection only, so a cheap checksum
    seeded = conn.execute("SELECT value FROM meta WHERE key = 'regencies_checksum'").fetchone()
    has_catalogue = conn.execute("SELECT 1 FROM pillar LIMIT 1").fetchone()
    if seeded and seeded[0] == digest and has_catalogue:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        if not seeded or seeded[0] != digest:
            _upsert_regencies(conn, raw.decode("utf-8"))
            conn.execute(
                "INSERT INTO meta (key, value) VALUES ('regencies_checksum', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (digest,),
            )
        if not has_catalogue:
            _seed_catalogue(conn)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _upsert_regencies(conn: sqlite3.Connection, text: str) -> None:
    import csv

    rows = list(csv.DictReader(text.splitlines()))
    cols = ", ".join(REGENCY_COLUMNS)
    marks = ", ".join("?" for _ in REGENCY_COLUMNS)
    updates = ", ".join(f"{c} = excluded.{c}" for c in REGENCY_COLUMNS[1:])
    conn.executemany(
        f"INSERT INTO regency ({cols}) VALUES ({marks}) ON CONFLICT(code) DO UPDATE SET {updates}",
        [tuple(r[c] for c in REGENCY_COLUMNS) for r in rows],
    )


def default_catalogue() -> list[dict]:
    """The shipped 6 x 3 catalogue (pillars with their elements)."""
    import json

    return json.loads(resource(*CATALOGUE_JSON).read_text("utf-8"))["pillars"]


def _seed_catalogue(conn: sqlite3.Connection) -> None:
    for pillar in default_catalogue():
        conn.execute(
            "INSERT INTO pillar (key, position, name_id, name_en) VALUES (?, ?, ?, ?)",
            (pillar["key"], pillar["position"], pillar["name_id"], pillar["name_en"]),
        )
        conn.executemany(
            "INSERT INTO element (key, pillar_key, position, name_id, name_en, tag_en) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (e["key"], pillar["key"], e["position"], e["name_id"], e["name_en"], e["tag_en"])
                for e in pillar["elements"]
            ],
        )
