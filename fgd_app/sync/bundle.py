"""The bundle file format: sealing (manifest + signature + members) and verified reading.

A bundle (`.fgdb`) or receipt (`.fgdr`) is a zip holding:

- `manifest.json`: format and versions, the bundle id, the device and signer, creation
  time, counts, and the path, size and SHA-256 of every other member;
- `manifest.sig`: the 64-byte Ed25519 signature of the exact bytes of `manifest.json`;
- `revisions.jsonl` (one revision per line) and `blobs/<sha256>` (photos, signatures,
  logos by hash) for a bundle; `receipt.json` for a receipt;
- or, when encrypted to a coordinator, a single `payload.enc`: those members as an inner
  zip in a sealed box (X25519) that only the coordinator's key opens.

So one signature covers everything: a changed byte anywhere changes a hash, a changed
hash breaks the signature. `docs/sync.md` describes the format for other tools.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from pydantic import ValidationError

from fgd_app import __version__
from fgd_app.core.ids import new_id
from fgd_app.core.images import image_mime
from fgd_app.errors import UserError
from fgd_app.store.codec import canonical_json, table_info, to_record, validate
from fgd_app.store.merge import Rev, complete
from fgd_app.store.models import MODEL_BY_TABLE, PERSONAL_FIELDS
from fgd_app.store.schema import latest_version
from fgd_app.sync.container import Container, build_zip, open_container
from fgd_app.sync.keys import DeviceKey, PublicKey, encrypt_for, verify

FORMAT = "fgd-app bundle"
FORMAT_VERSION = 1
KINDS = ("revisions", "receipt")
PROFILES = ("full", "minutes")
ENCRYPTION_SCHEME = "nacl-sealedbox-x25519"
MANIFEST, SIGNATURE, PAYLOAD = "manifest.json", "manifest.sig", "payload.enc"
REVISIONS, RECEIPT = "revisions.jsonl", "receipt.json"
MAX_LINE_BYTES = 1 * 2**20  # one revision: a 50,000-character conclusion is about 200 KB
LINE_KEYS = {"id", "entity", "entity_id", "workshop_id", "parents", "device_id", "hlc", "snapshot", "redacted"}


@dataclass
class Bundle:
    """A bundle or receipt whose every byte has been checked (but whose signer may be unknown)."""

    label: str
    file_sha256: str
    manifest: dict[str, Any]
    signer: PublicKey
    revisions: list[Rev] = field(default_factory=list)
    blobs: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # sha256 -> (mime, data)
    receipt: dict[str, Any] | None = None

    @property
    def kind(self) -> str:
        return self.manifest["kind"]

    @property
    def bundle_id(self) -> str:
        return self.manifest["bundle_id"]

    @property
    def device_id(self) -> str:
        return self.manifest["device_id"]


# -- writing ------------------------------------------------------------------------------------

def seal(key: DeviceKey, device_id: str, kind: str, members: list[tuple[str, bytes, bool]],
         extra: dict[str, Any], encrypt_to: PublicKey | None = None) -> tuple[bytes, dict]:
    """Zip `members` under a signed manifest; returns the file's bytes and the manifest."""
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "kind": kind,
        "bundle_id": new_id(),
        "app_version": __version__,
        "schema_version": latest_version(),
        "device_id": device_id,
        "signer": {"public_key": key.public.text, "fingerprint": key.public.fingerprint},
        "created_at": dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(timespec="seconds") + "Z",
        **extra,
        "members": [_entry(name, data) for name, data, _ in members],
        "encryption": None,
    }
    if encrypt_to is not None:
        payload = encrypt_for(encrypt_to, build_zip(members))
        manifest["encryption"] = {"scheme": ENCRYPTION_SCHEME, "recipient": encrypt_to.fingerprint,
                                  **_entry(PAYLOAD, payload)}
        members = [(PAYLOAD, payload, False)]
    text = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    return build_zip([(MANIFEST, text, True), (SIGNATURE, key.sign(text), False), *members]), manifest


def _entry(name: str, data: bytes) -> dict[str, Any]:
    return {"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def revision_line(rev: Rev) -> bytes:
    return canonical_json({
        "id": rev.id, "entity": rev.entity, "entity_id": rev.entity_id, "workshop_id": rev.workshop_id,
        "parents": list(rev.parents), "device_id": rev.device_id, "hlc": rev.hlc, "snapshot": rev.snapshot,
        "redacted": sorted(rev.redacted),
    }).encode("utf-8")


def redact(rev: Rev) -> Rev:
    """The minutes-level copy of a revision: personal fields left out and named as withheld."""
    hidden = PERSONAL_FIELDS.get(rev.entity)
    if not hidden or rev.snapshot is None:
        return rev
    snapshot = {k: v for k, v in rev.snapshot.items() if k not in hidden}
    return Rev(rev.id, rev.entity, rev.entity_id, rev.workshop_id, rev.parents, rev.device_id, rev.hlc,
               snapshot, rev.redacted | frozenset(hidden))


# -- reading ------------------------------------------------------------------------------------

def read_bundle(data: bytes, label: str, key: DeviceKey | None = None) -> Bundle:
    """Check everything about a bundle or receipt except whether its signer is trusted.

    `key` opens bundles encrypted to this laptop. Raises `UserError` with a one-line
    message naming the first problem found.
    """
    outer = open_container(data, label)
    manifest, signer = _signed_manifest(outer, label)
    _check_versions(manifest, label)
    inner = _payload(outer, manifest, label, key)
    members = _members(inner, manifest, label)
    bundle = Bundle(label, hashlib.sha256(data).hexdigest(), manifest, signer)
    if manifest["kind"] == "receipt":
        bundle.receipt = _load_json(members[RECEIPT], label, RECEIPT) if RECEIPT in members else None
        if not isinstance(bundle.receipt, dict) or not isinstance(bundle.receipt.get("revision_ids"), list):
            raise UserError("bundle.bad_manifest", file=label, detail="receipt.json")
        return bundle
    bundle.revisions = parse_revisions(members.get(REVISIONS, b""), label)
    bundle.blobs = _blobs(members, label)
    counts = manifest["counts"]
    if counts.get("revisions") != len(bundle.revisions) or counts.get("blobs") != len(bundle.blobs):
        raise UserError("bundle.bad_manifest", file=label, detail="counts")
    return bundle


def signed_manifest(data: bytes, label: str) -> tuple[dict, PublicKey]:
    """The manifest and its signer, checked as far as anyone can without the contents: for
    trusting the sender of a bundle encrypted to somebody else."""
    return _signed_manifest(open_container(data, label), label)


def _signed_manifest(outer: Container, label: str) -> tuple[dict, PublicKey]:
    manifest_bytes, signature = _signature_members(outer, label)
    manifest = _load_json(manifest_bytes, label, MANIFEST)
    _check_manifest(manifest, label)
    try:
        signer = PublicKey.parse(manifest["signer"]["public_key"])
    except UserError:  # the key's own message would not name the file
        raise UserError("bundle.bad_manifest", file=label, detail="signer") from None
    if signer.fingerprint != manifest["signer"].get("fingerprint"):
        raise UserError("bundle.bad_signature", file=label)
    if not verify(signer, manifest_bytes, signature):
        raise UserError("bundle.bad_signature", file=label)
    return manifest, signer


def _signature_members(outer: Container, label: str) -> tuple[bytes, bytes]:
    if MANIFEST not in outer.names():
        raise UserError("bundle.not_bundle", file=label)
    if SIGNATURE not in outer.names():
        raise UserError("bundle.no_signature", file=label)
    signature = outer.read(SIGNATURE)
    if not signature:
        raise UserError("bundle.no_signature", file=label)
    if len(signature) != 64:
        raise UserError("bundle.bad_signature", file=label)
    return outer.read(MANIFEST), signature


def _check_manifest(manifest: Any, label: str) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise UserError("bundle.not_bundle", file=label)
    version = manifest.get("format_version")
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise UserError("bundle.newer_format", file=label, found=version, supported=FORMAT_VERSION)
    shape = {"kind": str, "bundle_id": str, "device_id": str, "signer": dict, "members": list, "schema_version": int,
             "counts": dict, "workshops": list}
    for name, kind in shape.items():
        if not isinstance(manifest.get(name), kind):
            raise UserError("bundle.bad_manifest", file=label, detail=name)
    if not all(isinstance(w, str) for w in manifest["workshops"]):
        raise UserError("bundle.bad_manifest", file=label, detail="workshops")
    if version != FORMAT_VERSION or manifest["kind"] not in KINDS:
        raise UserError("bundle.bad_manifest", file=label, detail="format_version/kind")
    if not isinstance(manifest["signer"].get("public_key"), str):
        raise UserError("bundle.no_signature", file=label)


def _check_versions(manifest: dict, label: str) -> None:
    schema_version = manifest["schema_version"]
    if schema_version > latest_version():
        raise UserError("bundle.newer_schema", file=label, found=schema_version, supported=latest_version())
    if schema_version < 1:
        raise UserError("bundle.bad_manifest", file=label, detail="schema_version")


def _payload(outer: Container, manifest: dict, label: str, key: DeviceKey | None) -> Container:
    encryption = manifest.get("encryption")
    if encryption is None:
        return outer
    if not isinstance(encryption, dict) or encryption.get("scheme") != ENCRYPTION_SCHEME:
        raise UserError("bundle.bad_manifest", file=label, detail="encryption")
    if set(outer.names()) != {MANIFEST, SIGNATURE, PAYLOAD}:
        raise UserError("bundle.extra_member", file=label, name=", ".join(sorted(outer.names() - {MANIFEST, SIGNATURE})))
    payload = outer.read(PAYLOAD)
    _check_entry(encryption, payload, label)
    if key is None or key.public.fingerprint != encryption.get("recipient"):
        raise UserError("bundle.not_for_me", file=label, recipient=encryption.get("recipient"))
    return open_container(key.decrypt(payload), label)


def _members(container: Container, manifest: dict, label: str) -> dict[str, bytes]:
    declared = {}
    for entry in manifest["members"]:
        if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
            raise UserError("bundle.bad_manifest", file=label, detail="members")
        if entry["path"] in declared or entry["path"] in (MANIFEST, SIGNATURE, PAYLOAD):
            raise UserError("bundle.bad_manifest", file=label, detail=entry["path"])
        declared[entry["path"]] = entry
    present = container.names() - {MANIFEST, SIGNATURE}
    if missing := sorted(set(declared) - present):
        raise UserError("bundle.missing_member", file=label, name=missing[0])
    if extra := sorted(present - set(declared)):
        raise UserError("bundle.extra_member", file=label, name=extra[0])
    members = {}
    for name, entry in declared.items():
        data = container.read(name)
        _check_entry(entry, data, label)
        members[name] = data
    return members


def _check_entry(entry: dict, data: bytes, label: str) -> None:
    if entry.get("size") != len(data) or entry.get("sha256") != hashlib.sha256(data).hexdigest():
        raise UserError("bundle.hash_mismatch", file=label, name=entry.get("path"))


def _blobs(members: dict[str, bytes], label: str) -> dict[str, tuple[str, bytes]]:
    blobs = {}
    for name, data in members.items():
        if not name.startswith("blobs/"):
            continue
        digest = name.removeprefix("blobs/")
        if hashlib.sha256(data).hexdigest() != digest:
            raise UserError("bundle.blob_hash", file=label, name=name)
        mime = image_mime(data)
        if mime is None:
            raise UserError("bundle.blob_not_image", file=label, name=name)
        blobs[digest] = (mime, data)
    return blobs


def _load_json(data: bytes, label: str, member: str) -> Any:
    try:
        return _DECODER.decode(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise UserError("bundle.not_utf8", file=label, name=member, line=1) from exc
    except ValueError as exc:
        raise UserError("bundle.bad_line", file=label, name=member, line=1, detail=str(exc)[:200]) from exc


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        repeated = next(key for key, _ in pairs if key in seen or seen.add(key))
        raise ValueError(f"duplicate key {repeated!r}")
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


_DECODER = json.JSONDecoder(object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)


# -- revision lines -----------------------------------------------------------------------------

def parse_revisions(data: bytes, label: str) -> list[Rev]:
    """Every line checked and every snapshot validated as its table's row (older schemas
    are upgraded here, in memory, by filling the columns they did not have yet)."""
    revisions, seen = [], set()
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    for number, raw in enumerate(lines, 1):
        if len(raw) > MAX_LINE_BYTES:
            raise UserError("bundle.line_too_long", file=label, line=number, limit=MAX_LINE_BYTES // 2**20)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise UserError("bundle.not_utf8", file=label, name=REVISIONS, line=number) from exc
        try:
            rev = _revision(_DECODER.decode(text))
        except (ValueError, TypeError, KeyError) as exc:
            raise UserError("bundle.bad_line", file=label, name=REVISIONS, line=number, detail=str(exc)[:200]) from exc
        if rev.id in seen:
            raise UserError("bundle.bad_line", file=label, name=REVISIONS, line=number, detail=f"{rev.id} repeated")
        seen.add(rev.id)
        revisions.append(rev)
    return revisions


def _revision(obj: Any) -> Rev:
    if not isinstance(obj, dict) or obj.keys() != LINE_KEYS:
        raise ValueError("not a revision line")
    for name in ("id", "entity", "entity_id", "device_id"):
        if not isinstance(obj[name], str) or not 0 < len(obj[name]) <= 64:
            raise ValueError("id, entity, entity_id and device_id must be short texts")
    if obj["entity"] not in MODEL_BY_TABLE:
        raise ValueError(f"unknown entity {obj['entity'][:40]!r}")
    if not isinstance(obj["hlc"], int) or isinstance(obj["hlc"], bool) or not 0 <= obj["hlc"] < 2**63:
        raise ValueError("hlc")
    parents = obj["parents"]
    if not isinstance(parents, list) or len(parents) > 1000 or not all(isinstance(p, str) for p in parents):
        raise ValueError("parents")
    if obj["id"] in parents:
        raise ValueError("a revision cannot be its own parent")
    redacted = obj["redacted"]
    if not isinstance(redacted, list) or (redacted and not all(
            isinstance(r, str) and r in PERSONAL_FIELDS.get(obj["entity"], ()) for r in redacted)):
        raise ValueError("redacted")
    if obj["workshop_id"] is not None and not isinstance(obj["workshop_id"], str):
        raise ValueError("workshop_id")
    hidden = frozenset(redacted)
    snapshot = obj["snapshot"]
    if snapshot is not None:
        snapshot = _snapshot(obj, snapshot, hidden)
    return Rev(obj["id"], obj["entity"], obj["entity_id"], obj["workshop_id"], tuple(parents), obj["device_id"],
               obj["hlc"], snapshot, hidden)


def _snapshot(obj: dict, snapshot: Any, redacted: frozenset[str]) -> dict:
    entity = obj["entity"]
    model = MODEL_BY_TABLE[entity]
    pk, columns = _columns(entity)
    if not isinstance(snapshot, dict):
        raise ValueError("snapshot")
    if unknown := snapshot.keys() - columns:
        raise ValueError(f"unknown fields {sorted(unknown)[:3]}")
    if snapshot.get(pk) != obj["entity_id"]:
        raise ValueError("snapshot key differs from entity_id")
    try:
        record = to_record(validate(model, complete(entity, snapshot)))
    except ValidationError as exc:
        first = exc.errors()[0]
        raise ValueError(f"{entity}.{'.'.join(map(str, first['loc']))}: {first['msg']}") from exc
    scope = obj["entity_id"] if entity == "workshop" else record.get("workshop_id")
    if scope != obj["workshop_id"]:
        raise ValueError("workshop_id differs from the snapshot")
    return {k: v for k, v in record.items() if k not in redacted} if redacted else record


@cache
def _columns(entity: str) -> tuple[str, frozenset[str]]:
    _, pk, columns, _ = table_info(MODEL_BY_TABLE[entity])
    return pk, frozenset(columns)
