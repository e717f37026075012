"""The Google OAuth scopes the pipeline asks for, apart from the client (which is heavy to
import: ``stillontime status`` names a scope and needs nothing else of it)."""

from __future__ import annotations

# Only what the pipeline uses: read mail, write calendar events, and send a review message
# from the user's own Gmail to themselves (so their reply lands in the mailbox we read).
GMAIL_SEND_SCOPE = "https://www.googleapis.com/auth/gmail.send"
SCOPES = (
    "https://www.googleapis.com/auth/gmail.readonly",
    "https://www.googleapis.com/auth/calendar.events",
    GMAIL_SEND_SCOPE,
)
