"""``stillontime auth google``: Google's installed-app OAuth flow, with a console variant.

The browser variant (google-auth-oauthlib's ``run_local_server``) listens on a loopback port
for Google's redirect. The console variant is for a server with no browser: it prints the
consent URL with a ``http://localhost`` redirect; the person opens it anywhere, and pastes back
the address the browser was sent to (the page itself fails to load; its URL carries the code).
Only the scopes the pipeline uses are asked for (pipeline.outside.google.SCOPES).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import structlog
import typer

from pipeline import db
from pipeline.accounts import UnknownUser, find_user, save_grant
from pipeline.outside.google import SCOPES, GoogleSettings, grant_from_credentials

log = structlog.get_logger("stillontime.ingest")
# Where the console variant tells Google to send the browser; nothing needs to listen there.
CONSOLE_REDIRECT = "http://localhost"


def run_flow(user_email: str, client_secrets: Path | None, *, console: bool) -> int:
    """Run the consent flow and store the grant; returns the exit code."""
    from google_auth_oauthlib.flow import InstalledAppFlow

    secrets = client_secrets or GoogleSettings().client_secrets
    if secrets is None or not secrets.exists():
        typer.echo(
            "no OAuth client file: pass --client-secrets or set STILLONTIME_GOOGLE_CLIENT_SECRETS"
            " (an 'installed app' client from Google Cloud console)",
            err=True,
        )
        return 2
    with db.connect(autocommit=True) as conn:
        try:
            user_id = find_user(conn, user_email)["id"]
        except UnknownUser as exc:
            typer.echo(str(exc), err=True)
            return 1
    # A consent with a box left unticked is an answer to tell the person about, not an
    # exception: oauthlib raises on a narrower scope unless told to relax.
    os.environ.setdefault("OAUTHLIB_RELAX_TOKEN_SCOPE", "1")
    flow = InstalledAppFlow.from_client_secrets_file(str(secrets), scopes=list(SCOPES))
    if console:
        flow.redirect_uri = CONSOLE_REDIRECT
        url, _state = flow.authorization_url(access_type="offline", prompt="consent")
        typer.echo(f"Open this URL in any browser and allow access:\n\n{url}\n")
        typer.echo("Paste the address the browser was sent to (or just the code): ", nl=False)
        answer = sys.stdin.readline().strip()
        if answer.startswith("http"):
            flow.fetch_token(authorization_response=answer.replace("http://", "https://", 1))
        else:
            flow.fetch_token(code=answer)
    else:
        flow.run_local_server(port=0, access_type="offline", prompt="consent")
    credentials = flow.credentials
    if not credentials.refresh_token:
        typer.echo("Google returned no refresh token; revoke the app's access and retry", err=True)
        return 1
    missing = [s for s in SCOPES if s not in (credentials.granted_scopes or SCOPES)]
    if missing:
        typer.echo(
            f"Google granted only {_short(credentials.granted_scopes)}; StillOnTime also needs"
            f" {_short(missing)}: run `stillontime auth google --user {user_email}` again and"
            " tick every box on the consent page (nothing was stored)",
            err=True,
        )
        return 1
    with db.connect(autocommit=True) as conn:
        save_grant(conn, user_id, grant_from_credentials(credentials))
    log.info("google grant stored", user_id=str(user_id))
    typer.echo(f"Google grant stored for {user_email}")
    return 0


def _short(scopes: list[str] | None) -> str:
    return ", ".join(s.rsplit("/", 1)[-1] for s in scopes or ()) or "nothing"
