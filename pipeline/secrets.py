"""Application-side encryption of secrets at rest (OAuth tokens), with key rotation.

Keys come from ``STILLONTIME_SECRET_KEY`` (one or more Fernet keys separated by commas; the
first encrypts, all decrypt) or, when that is unset, from ``$STILLONTIME_HOME/secret.key`` (one
key a line, first is current), created with mode 0600 on first use. To rotate: put a new key
first, keep the old ones after it, run ``stillontime auth rotate-key``, then drop the old ones.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from pipeline.errors import PermanentError

# The environment variable holding the keys (comma separated, current first).
KEY_ENV = "STILLONTIME_SECRET_KEY"
# The key file under STILLONTIME_HOME when the variable is unset.
KEY_FILE = "secret.key"


class SecretError(PermanentError):
    """A secret cannot be decrypted with the configured keys (wrong or rotated-away key)."""


def key_id_of(key: bytes) -> str:
    """A short, non-secret fingerprint of a key, stored beside what it encrypted."""
    return hashlib.sha256(key.strip()).hexdigest()[:16]


class Vault:
    """Encrypts with the current key, decrypts with any configured key.

    Parameters
    ----------
    keys:
        Fernet keys (url-safe base64), current first.
    """

    def __init__(self, keys: list[bytes]) -> None:
        if not keys:
            raise SecretError("no encryption key configured")
        try:
            self._fernet = MultiFernet([Fernet(k) for k in keys])
        except ValueError as exc:
            raise SecretError(f"an encryption key is not a valid Fernet key: {exc}") from exc
        self.key_id = key_id_of(keys[0])
        self.key_ids = tuple(key_id_of(k) for k in keys)

    def encrypt(self, plaintext: bytes) -> bytes:
        """Ciphertext of ``plaintext`` under the current key."""
        return self._fernet.encrypt(plaintext)

    def decrypt(self, ciphertext: bytes) -> bytes:
        """The plaintext; raises SecretError if no configured key opens it."""
        try:
            return self._fernet.decrypt(bytes(ciphertext))
        except InvalidToken as exc:
            raise SecretError() from exc

    def rotate(self, ciphertext: bytes) -> bytes:
        """The same plaintext encrypted again under the current key."""
        try:
            return self._fernet.rotate(bytes(ciphertext))
        except InvalidToken as exc:
            raise SecretError() from exc


def _home() -> Path:
    from pipeline.settings import get_settings

    return Path(os.environ.get("STILLONTIME_HOME") or get_settings().home)


def load_keys(home: Path | None = None) -> list[bytes]:
    """The configured keys, current first; creates the key file (0600) if there is none."""
    raw = os.environ.get(KEY_ENV, "").strip()
    if raw:
        return [k.strip().encode() for k in raw.split(",") if k.strip()]
    path = (home or _home()) / KEY_FILE
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            # O_EXCL: two processes starting at once must not write two different keys.
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(fd, "wb") as f:
                f.write(Fernet.generate_key() + b"\n")
    lines = path.read_bytes().splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith(b"#")]


def get_vault(home: Path | None = None) -> Vault:
    """A vault over the configured keys (read each call, so a rotation needs no restart)."""
    return Vault(load_keys(home))
