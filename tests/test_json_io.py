"""`export json` / `import json`: a lossless round trip, and bad files change nothing."""

from __future__ import annotations

import base64
import json

import pytest

from fgd_app.errors import UserError
from fgd_app.services.demo import ensure_demo
from fgd_app.services.json_io import export_json, import_json, schema_text
from fgd_app.store.database import open_database
from fgd_app.store.models import Participant
from fgd_app.store.replay import dump_hash
from tests.helpers import add_participant, make_workshop

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


@pytest.fixture
def demo_export(db, tmp_path):
    workshop_id, _ = ensure_demo(db)
    with db.transaction() as tx:  # a signature image, so blobs travel too
        sha = tx.put_blob(PNG, "image/png")
        first = db.rows("SELECT id FROM participant WHERE workshop_id = ? LIMIT 1", (workshop_id,))[0][0]
        tx.update(Participant, first, signature_sha256=sha)
    path = tmp_path / "demo.json"
    export_json(db, workshop_id, path)
    return workshop_id, path


def test_export_import_export_is_identical(demo_export, tmp_path):
    _, first = demo_export
    with open_database(tmp_path / "empty.sqlite3") as empty:
        import_json(empty, first)
        workshop_id = empty.scalar("SELECT id FROM workshop")
        second = tmp_path / "again.json"
        export_json(empty, workshop_id, second)
        assert empty.scalar("SELECT count(*) FROM blob") == 1
    assert second.read_bytes() == first.read_bytes()
    doc = json.loads(first.read_text("utf-8"))
    assert len(doc["participants"]) >= 30 and len(doc["inputs"]) >= 100 and doc["blobs"]


def test_committed_json_schema_is_current():
    from tools.make_schema import TARGET

    assert TARGET.read_text("utf-8") == schema_text(), "run tools/make_schema.py"


def test_importing_the_same_workshop_twice_is_refused_cleanly(demo_export, db):
    _, path = demo_export
    before = dump_hash(db)
    with pytest.raises(UserError) as err:
        import_json(db, path)
    assert err.value.code == "import.exists"
    assert dump_hash(db) == before


def _mutated(path, tmp_path, change):
    doc = json.loads(path.read_text("utf-8"))
    change(doc)
    out = tmp_path / "bad.json"
    out.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    return out


def _set(doc, dotted, value):
    *parents, last = dotted.split(".")
    target = doc
    for key in parents:
        target = target[int(key)] if key.isdigit() else target[key]
    target[last] = value


def _duplicate_input(doc):
    doc["inputs"].append(dict(doc["inputs"][0]))


def _drop_field(doc):
    del doc["inputs"][3]["text"]


def _dangling_speaker(doc):
    doc["inputs"][0]["speaker_id"] = "01900000-0000-7000-8000-000000000000"


def _blob_mismatch(doc):
    doc["blobs"][0]["data"] = base64.b64encode(b"not the same bytes").decode()


BAD_DOCUMENTS = {
    "wrong format version": (lambda d: _set(d, "format_version", 2), "import.version"),
    "newer schema": (lambda d: _set(d, "schema_version", 99), "import.version"),
    "not ours": (lambda d: _set(d, "format", "something-else"), "import.not_workshop"),
    "missing field": (_drop_field, "import.invalid"),
    "missing section": (lambda d: d.pop("votes"), "import.invalid"),
    "unknown field": (lambda d: _set(d, "inputs.0.colour", "red"), "import.invalid"),
    "duplicate id": (_duplicate_input, "import.duplicate_id"),
    "10 MB text field": (lambda d: _set(d, "inputs.0.text", "x" * 10_000_000), "import.invalid"),
    "absurd date": (lambda d: _set(d, "workshop.held_on", "1021-06-17"), "import.invalid"),
    "impossible date": (lambda d: _set(d, "workshop.held_on", "2021-02-30"), "import.invalid"),
    "wrong type": (lambda d: _set(d, "votes.0.points", "banyak"), "import.invalid"),
    "unknown kind": (lambda d: _set(d, "inputs.0.kind", "rumour"), "import.invalid"),
    "dangling speaker": (_dangling_speaker, "import.dangling"),
    "unknown pillar": (lambda d: _set(d, "inputs.0.pillar_key", "smart_weather"), "import.dangling"),
    "unknown regency": (lambda d: _set(d, "workshop.regency_code", "99.99"), "import.dangling"),
    "blob hash mismatch": (_blob_mismatch, "import.invalid"),
}


@pytest.mark.parametrize("case", sorted(BAD_DOCUMENTS))
def test_bad_documents_get_one_clear_line_and_change_nothing(case, demo_export, tmp_path):
    change, code = BAD_DOCUMENTS[case]
    _, path = demo_export
    bad = _mutated(path, tmp_path, change)
    with open_database(tmp_path / "target.sqlite3") as target:
        make_workshop(target, title="Sudah ada")
        before = dump_hash(target)
        with pytest.raises(UserError) as err:
            import_json(target, bad)
        assert err.value.code == code
        assert dump_hash(target) == before
    for lang in ("id", "en"):
        message = err.value.message(lang)
        assert "\n" not in message and len(message) < 400


@pytest.mark.parametrize(
    "content, code",
    [
        (b'{"format": "fgd-app/workshop", "format_version": 1,', "import.bad_json"),
        (b"\xef\xbb\xbf{\"a\": 1, \"a\": 2}", "import.bad_json"),
        (b'{"format": "fgd-app/workshop", "format_version": NaN}', "import.bad_json"),
        (b'{"format": "fgd-app/workshop", "title": "Kut\xe9i"}', "import.not_utf8"),
        (b"[1, 2, 3]", "import.not_workshop"),
        (b"", "import.bad_json"),
    ],
    ids=["truncated", "duplicate key", "NaN", "invalid UTF-8", "not an object", "empty"],
)
def test_malformed_files_are_rejected(content, code, db, tmp_path):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    before = dump_hash(db)
    with pytest.raises(UserError) as err:
        import_json(db, path)
    assert err.value.code == code
    assert dump_hash(db) == before


def test_missing_file_is_a_clear_error(db, tmp_path):
    with pytest.raises(UserError) as err:
        import_json(db, tmp_path / "nowhere.json")
    assert err.value.code == "import.unreadable"


def test_export_never_leaves_a_partial_file(db, tmp_path, monkeypatch):
    workshop = make_workshop(db)
    add_participant(db, workshop.id)
    target = tmp_path / "out.json"
    target.write_text("previous export", "utf-8")

    def failing_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("fgd_app.fileio.os.replace", failing_replace)
    with pytest.raises(UserError) as err:
        export_json(db, workshop.id, target)
    assert err.value.code == "export.write_failed"
    assert target.read_text("utf-8") == "previous export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.json")] == []
