"""Users, their configuration and their encrypted OAuth grants (core tables, shared by stages).

A grant is stored as two ciphertexts in ``oauth_tokens``: the access token, and the refresh
grant (a JSON object holding the refresh token and the OAuth client it belongs to, since a
refresh token is useless without its client). ``key_id`` names the key that encrypted them.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg
from psycopg.errors import CheckViolation, UniqueViolation

from pipeline.db.sqlfile import load_queries
from pipeline.errors import PermanentError
from pipeline.secrets import Vault, get_vault

QUERIES = load_queries(Path(__file__).with_name("accounts.sql"))

# The only provider oauth_tokens accepts today.
GOOGLE = "google"


class AccountError(PermanentError):
    """The account request cannot be carried out."""


class UnknownUser(AccountError):
    """No user has that email."""


@dataclass(frozen=True)
class Grant:
    """A decrypted OAuth grant."""

    access_token: str | None
    refresh_token: str | None
    client_id: str | None
    client_secret: str | None
    scopes: tuple[str, ...]
    expiry: datetime | None
    status: str
    last_error: str | None


def create_user(
    conn: psycopg.Connection,
    email: str,
    *,
    home_address: str,
    equipment_house_address: str | None = None,
    timezone: str = "UTC",
    name: str | None = None,
) -> uuid.UUID:
    """Create a user and its configuration (spec defaults for buffers and channels).

    Raises
    ------
    AccountError
        If the email is taken, malformed, or the time zone unknown.
    """
    try:
        with conn.transaction():
            user = conn.execute(QUERIES["users_insert"], {"email": email, "name": name}).fetchone()
            conn.execute(
                QUERIES["user_configs_insert"],
                {
                    "user_id": user["id"],
                    "home_address": home_address,
                    "equipment_house_address": equipment_house_address,
                    "timezone": timezone,
                },
            )
    except UniqueViolation as exc:
        raise AccountError(f"a user with email {email} exists") from exc
    except CheckViolation as exc:
        raise AccountError(f"refused: {exc.diag.constraint_name}") from exc
    return user["id"]


def find_user(conn: psycopg.Connection, email: str) -> dict[str, Any]:
    """The user row of ``email``; raises UnknownUser."""
    row = conn.execute(QUERIES["users_get_by_email"], {"email": email}).fetchone()
    if row is None:
        raise UnknownUser(f"no user {email} (add one with `stillontime users add`)")
    return row


def list_users(conn: psycopg.Connection) -> list[dict[str, Any]]:
    """Every live user with their configuration and Google grant state."""
    return conn.execute(QUERIES["users_list"]).fetchall()


def save_grant(
    conn: psycopg.Connection,
    user_id: uuid.UUID,
    grant: Grant,
    *,
    provider: str = GOOGLE,
    vault: Vault | None = None,
    new: bool = True,
) -> None:
    """Encrypt and store ``grant`` (a new one is active again; else only the tokens change)."""
    vault = vault or get_vault()
    secret = {
        "refresh_token": grant.refresh_token,
        "client_id": grant.client_id,
        "client_secret": grant.client_secret,
    }
    params = {
        "user_id": user_id,
        "provider": provider,
        "scopes": list(grant.scopes),
        "access_token_encrypted": (
            vault.encrypt(grant.access_token.encode()) if grant.access_token else None
        ),
        "refresh_token_encrypted": vault.encrypt(json.dumps(secret).encode()),
        "key_id": vault.key_id,
        "token_expiry": grant.expiry,
    }
    with conn.transaction():
        query = "oauth_tokens_upsert" if new else "oauth_tokens_update_access"
        conn.execute(QUERIES[query], params)


def load_grant(
    conn: psycopg.Connection,
    user_id: uuid.UUID,
    *,
    provider: str = GOOGLE,
    vault: Vault | None = None,
) -> Grant | None:
    """The decrypted grant of a user, or None if they never authorised ``provider``."""
    row = conn.execute(
        QUERIES["oauth_tokens_get"], {"user_id": user_id, "provider": provider}
    ).fetchone()
    if row is None:
        return None
    vault = vault or get_vault()
    secret: dict[str, Any] = {}
    if row["refresh_token_encrypted"] is not None:
        secret = json.loads(vault.decrypt(row["refresh_token_encrypted"]))
    access = row["access_token_encrypted"]
    return Grant(
        access_token=vault.decrypt(access).decode() if access is not None else None,
        refresh_token=secret.get("refresh_token"),
        client_id=secret.get("client_id"),
        client_secret=secret.get("client_secret"),
        scopes=tuple(row["scopes"] or ()),
        expiry=row["token_expiry"],
        status=row["status"],
        last_error=row["last_error"],
    )


def mark_grant_failed(
    conn: psycopg.Connection,
    user_id: uuid.UUID,
    status: str,
    error: str,
    *,
    provider: str = GOOGLE,
) -> None:
    """Put a grant in ``status`` ('revoked', 'expired' or 'error') with the reason."""
    with conn.transaction():
        conn.execute(
            QUERIES["oauth_tokens_mark_failed"],
            {"user_id": user_id, "provider": provider, "status": status, "last_error": error},
        )


def rotate_grants(conn: psycopg.Connection, vault: Vault | None = None) -> int:
    """Re-encrypt every grant under the current key; returns how many changed."""
    vault = vault or get_vault()
    changed = 0
    with conn.transaction():
        for row in conn.execute(QUERIES["oauth_tokens_list_for_rotation"]).fetchall():
            if row["key_id"] == vault.key_id:
                continue
            conn.execute(
                QUERIES["oauth_tokens_update_ciphertext"],
                {
                    "id": row["id"],
                    "access_token_encrypted": _rotated(vault, row["access_token_encrypted"]),
                    "refresh_token_encrypted": _rotated(vault, row["refresh_token_encrypted"]),
                    "key_id": vault.key_id,
                },
            )
            changed += 1
    return changed


def _rotated(vault: Vault, ciphertext: bytes | None) -> bytes | None:
    return vault.rotate(ciphertext) if ciphertext is not None else None
