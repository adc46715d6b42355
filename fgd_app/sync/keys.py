"""Device keys and the list of trusted keys.

Every installation makes an Ed25519 key pair on first use and keeps it in the user data
dir (`keys/device.key`, readable by the user only). Its public half signs every bundle
and receipt this laptop writes; the same key, converted to X25519, opens bundles
encrypted to it. A coordinator enrols a facilitator's key in person by comparing the
fingerprint (text, or the QR code the Sync page shows) and keeps it in `trusted_key`.

The fingerprint is the first 15 bytes of SHA-256 of the public key in base32, in six
groups of four (`K7QF-2M4P-...`): short enough to read aloud, long enough (120 bits)
that nobody can make a key with the same one.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from fgd_app.errors import UserError
from fgd_app.paths import data_dir
from fgd_app.sync import messages  # noqa: F401  (registers the sync messages)

KEY_FILE = ("keys", "device.key")
QR_PREFIX = "fgd-app-key:1:"


@dataclass(frozen=True)
class PublicKey:
    raw: bytes  # 32 bytes

    @property
    def text(self) -> str:
        return base64.b64encode(self.raw).decode("ascii")

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.raw)

    @classmethod
    def parse(cls, text: str) -> PublicKey:
        """A key as people pass it on: base64, or the QR text `fgd-app-key:1:<base64>`."""
        text = text.strip()
        if text.startswith(QR_PREFIX):
            text = text[len(QR_PREFIX):].split(":", 1)[0]
        try:
            raw = base64.b64decode(text, validate=True)
        except ValueError as exc:
            raise UserError("keys.bad_key", key=text[:60]) from exc
        if len(raw) != 32:
            raise UserError("keys.bad_key", key=text[:60])
        return cls(raw)


def fingerprint_of(raw: bytes) -> str:
    code = base64.b32encode(hashlib.sha256(raw).digest()[:15]).decode("ascii")
    return "-".join(code[i:i + 4] for i in range(0, 24, 4))


class DeviceKey:
    """This installation's signing key (private) and its public key."""

    def __init__(self, seed: bytes):
        from nacl.signing import SigningKey

        self._signing = SigningKey(seed)
        self.public = PublicKey(bytes(self._signing.verify_key))

    def sign(self, data: bytes) -> bytes:
        return self._signing.sign(data).signature

    def decrypt(self, data: bytes) -> bytes:
        """Open a sealed box addressed to this key (see `bundle.encrypt_for`)."""
        from nacl.exceptions import CryptoError
        from nacl.public import SealedBox

        try:
            return SealedBox(self._signing.to_curve25519_private_key()).decrypt(data)
        except CryptoError as exc:
            raise UserError("bundle.cannot_decrypt", fingerprint=self.public.fingerprint) from exc

    @property
    def qr_text(self) -> str:
        return f"{QR_PREFIX}{self.public.text}"


def device_key(directory: Path | None = None) -> DeviceKey:
    """Load this installation's key, making it on first use (never replaced afterwards)."""
    path = (directory or data_dir()).joinpath(*KEY_FILE)
    if not path.exists():
        _create(path)
    try:
        seed = base64.b64decode(json.loads(path.read_text("utf-8"))["seed"])
    except (OSError, ValueError, KeyError) as exc:
        raise UserError("keys.unreadable", path=path) from exc
    return DeviceKey(seed)


def _create(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    seed = os.urandom(32)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    # 0o600: owner only on POSIX (Windows keeps just the read-only bit; the per-user data dir's
    # ACL protects it there). O_BINARY: no CRLF translation by the Windows C runtime.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump({"seed": base64.b64encode(seed).decode("ascii"), "made": dt.datetime.now(dt.UTC).isoformat()},
                  handle)
        handle.flush()
        os.fsync(handle.fileno())
    try:
        os.link(tmp, path)  # another process may have made one first: keep theirs
    except FileExistsError:
        pass
    except OSError:
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def verify(public: PublicKey, data: bytes, signature: bytes) -> bool:
    from nacl.exceptions import BadSignatureError
    from nacl.signing import VerifyKey

    try:
        VerifyKey(public.raw).verify(data, signature)
    except (BadSignatureError, ValueError):
        return False
    return True


def encrypt_for(public: PublicKey, data: bytes) -> bytes:
    from nacl.public import SealedBox
    from nacl.signing import VerifyKey

    return SealedBox(VerifyKey(public.raw).to_curve25519_public_key()).encrypt(data)


# -- trusted keys ---------------------------------------------------------------------------

@dataclass(frozen=True)
class TrustedKey:
    fingerprint: str
    public_key: str
    label: str
    device_id: str
    added_at: str


def trusted_keys(db) -> list[TrustedKey]:
    return [TrustedKey(*row) for row in db.rows(
        "SELECT fingerprint, public_key, label, device_id, added_at FROM trusted_key ORDER BY label, fingerprint")]


def is_trusted(db, public: PublicKey) -> bool:
    return db.scalar("SELECT 1 FROM trusted_key WHERE fingerprint = ?", (public.fingerprint,)) is not None


def trust(db, public: PublicKey, label: str, device_id: str = "") -> TrustedKey:
    """Add (or relabel) a trusted key. Local to this laptop: no revision, never synced."""
    label = " ".join(label.split())[:200] or public.fingerprint
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(timespec="seconds")
    with db.transaction() as tx:
        trust_in(tx.conn, public, label, device_id, now)
    return TrustedKey(public.fingerprint, public.text, label, device_id, now)


def trust_in(conn, public: PublicKey, label: str, device_id: str, now: str) -> None:
    """The same, inside the caller's transaction (an import that accepts its signer)."""
    conn.execute(
        "INSERT INTO trusted_key (fingerprint, public_key, label, device_id, added_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(fingerprint) DO UPDATE SET label = excluded.label, "
        "device_id = CASE WHEN excluded.device_id = '' THEN device_id ELSE excluded.device_id END",
        (public.fingerprint, public.text, label or public.fingerprint, device_id, now),
    )


def untrust(db, fingerprint: str) -> bool:
    with db.transaction() as tx:
        return tx.conn.execute("DELETE FROM trusted_key WHERE fingerprint = ?", (fingerprint,)).rowcount > 0


def find_trusted(db, ref: str) -> PublicKey:
    """A trusted key by fingerprint (dashes and case optional) or by its base64 text."""
    wanted = ref.replace("-", "").upper()
    for key in trusted_keys(db):
        if key.fingerprint.replace("-", "") == wanted or key.public_key == ref.strip():
            return PublicKey.parse(key.public_key)
    return PublicKey.parse(ref)
