"""The `fgd-app bundle|keys|conflicts` commands (headless; the Sync page shares `fgd_app.sync`).

Each imported file is its own all-or-nothing step: one bad file among several is
reported and the others still import. The exit status is 1 when any file was refused
or held for an unknown key, so scripts notice.
"""

from __future__ import annotations

import argparse
import json
import sys

from fgd_app.errors import UserError, cli_language

EXIT_OK, EXIT_REJECTED = 0, 1

REPORT = {
    "imported": ("{file}: {new} perubahan baru, {duplicates} sudah ada, {conflicts} konflik.",
                 "{file}: {new} new changes, {duplicates} already here, {conflicts} conflicts."),
    "nothing_new": ("{file}: sudah diimpor, tidak ada yang baru.", "{file}: already imported, nothing new."),
    "delivered": ("{file}: tanda terima dari {signer}; {delivered} perubahan tercatat sudah diterima.",
                  "{file}: receipt from {signer}; {delivered} changes marked as delivered."),
}


def _say(key: str, **params: object) -> str:
    indonesian, english = REPORT[key]
    return (indonesian if cli_language() == "id" else english).format(**params)


def bundle_command(db, args: argparse.Namespace) -> int:
    if args.action == "export":
        return _export(db, args)
    if args.action == "import":
        return _import(db, args)
    if args.action == "verify":
        return _verify(args)
    from fgd_app.sync.receipts import export_receipt

    workshop = _workshop(db, args.workshop)
    path, count = export_receipt(db, args.output, workshop, args.device)
    print(f"{path} ({count} revisions)")
    return EXIT_OK


def _workshop(db, ref: str | None) -> str | None:
    if not ref:
        return None
    from fgd_app.services.workshops import resolve_workshop

    return resolve_workshop(db, ref)


def _export(db, args: argparse.Namespace) -> int:
    from fgd_app.sync.exporter import export_bundle
    from fgd_app.sync.keys import find_trusted

    recipient = find_trusted(db, args.encrypt_to) if args.encrypt_to else None
    result = export_bundle(db, args.output, _workshop(db, args.workshop), args.profile, recipient)
    print(f"{result.path} ({result.revisions} revisions, {result.blobs} attachments, {result.size} bytes"
          + (f", encrypted to {result.encrypted_to}" if result.encrypted_to else "") + ")")
    return EXIT_OK


def _import(db, args: argparse.Namespace) -> int:
    from fgd_app.sync.importer import import_file

    status = EXIT_OK
    for path in args.files:
        try:
            report = import_file(db, path, trust_signer=args.trust)
        except UserError as err:
            status = EXIT_REJECTED
            if args.json:
                print(json.dumps({"file": path.name, "status": "refused", "error": err.code,
                                  "message": err.message(cli_language())}, ensure_ascii=False))
            else:
                print(f"fgd-app: {err.message(cli_language())}", file=sys.stderr)
            continue
        if report.status == "held":
            status = EXIT_REJECTED
        if args.json:
            print(json.dumps(report.as_json(), ensure_ascii=False))
        elif report.status == "held":
            held = UserError("bundle.held", file=report.file, fingerprint=report.signer)
            print(f"fgd-app: {held.message(cli_language())} (fgd-app bundle import --trust {path})", file=sys.stderr)
        else:
            print(_say(report.status if report.status in REPORT else "imported", **report.as_json()))
    return status


def _verify(args: argparse.Namespace) -> int:
    from fgd_app.sync.bundle import read_bundle
    from fgd_app.sync.keys import device_key

    data = args.file.read_bytes()
    bundle = read_bundle(data, args.file.name, device_key())
    m = bundle.manifest
    print(f"ok: {args.file.name}: {m['kind']} {m['bundle_id']}, signer {bundle.signer.fingerprint}, "
          f"{len(bundle.revisions)} revisions, {len(bundle.blobs)} attachments, profile {m.get('profile', '-')}")
    return EXIT_OK


def keys_command(db, args: argparse.Namespace) -> int:
    from fgd_app.sync import keys

    if args.action == "show":
        import segno

        mine = keys.device_key()
        print(f"fingerprint: {mine.public.fingerprint}\npublic key:  {mine.public.text}\ndevice:      {db.device_id}")
        segno.make(mine.qr_text, error="m").terminal(compact=True)
        return EXIT_OK
    if args.action == "trust":
        public, device = _key_from(args.key)
        trusted = keys.trust(db, public, args.label, device)
        print(f"trusted: {trusted.fingerprint} {trusted.label}")
        return EXIT_OK
    if args.action == "untrust":
        if not keys.untrust(db, args.fingerprint):
            raise UserError("keys.not_found", ref=args.fingerprint)
        print(f"untrusted: {args.fingerprint}")
        return EXIT_OK
    for key in keys.trusted_keys(db):
        print(f"{key.fingerprint}  {key.label}  (device {key.device_id or '-'}, since {key.added_at})")
    return EXIT_OK


def _key_from(ref: str):
    """A key as text, or the signer of a bundle or receipt file (its signature checked)."""
    from pathlib import Path

    from fgd_app.sync.bundle import signed_manifest
    from fgd_app.sync.keys import PublicKey

    path = Path(ref)
    if path.suffix.lower() in (".fgdb", ".fgdr") and path.is_file():  # KUTAI.FGDB too (Windows)
        manifest, signer = signed_manifest(path.read_bytes(), path.name)
        return signer, manifest["device_id"]
    return PublicKey.parse(ref), ""


def conflicts_command(db, args: argparse.Namespace) -> int:
    from fgd_app.sync.conflicts import list_conflicts, resolve

    if args.resolve:
        values = {}
        for item in args.set:
            field, _, raw = item.partition("=")
            try:
                values[field] = json.loads(raw)
            except ValueError:
                values[field] = raw
        revision = resolve(db, args.resolve, values, delete=args.delete)
        print(f"resolved: {args.resolve} (revision {revision})")
        return EXIT_OK
    found = list_conflicts(db, _workshop(db, args.workshop))
    if args.json:
        print(json.dumps([c.as_json() for c in found], ensure_ascii=False, indent=1, default=str))
        return EXIT_OK
    for c in found:
        values = " | ".join(f"{s['device_id'][:8]}: {'(deleted)' if s.get('deleted') else json.dumps(s.get('value'), ensure_ascii=False)}"
                            for s in c.sides)
        print(f"{c.entity} {c.entity_id} [{c.label}] {c.field} ({c.kind}): {values}")
    if not found:
        print("no open conflicts" if cli_language() == "en" else "tidak ada konflik terbuka")
    return EXIT_OK
