"""The words of the review loop (pure): the review message that can be answered by a reply,
the could-not-read message, and the answer to a reply. English; no I/O, no clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC
from typing import Any

from pipeline.text import one_line

# Templates of the review loop (notifications.template).
COULD_NOT_READ = "could_not_read"
REPLY_ANSWER = "reply_answer"

# Schedule columns a person can correct by reply, and the word they write for each.
ANSWER_WORDS = {
    "location": "location",
    "call_time": "call",
    "shooting_date": "date",
    "production": "production",
    "base_location": "base",
}
# Fields named in the review message when the reader warns about them, after the doubtful ones.
LISTED = ("shooting_date", "call_time", "location", "production", "base_location")

HOW_TO_ANSWER = (
    "To answer, reply to this message with one line per field to correct, for example:\n"
    "  location: 163 Example Rd, Toronto\n"
    "  call: 6:30\n"
    "  date: 2026-12-04\n"
    'or just "ok" to confirm what was read, or "cancel" if the day is off.'
)


@dataclass(frozen=True)
class Notice:
    """A message to send: subject and text."""

    subject: str
    text: str


def headline(schedule: dict[str, Any]) -> str:
    """'THE LONG ACRE day 5 2026-12-07'."""
    title = schedule.get("production") or "Shooting day"
    day = f" day {schedule['shooting_day']}" if schedule.get("shooting_day") else ""
    return f"{title}{day} {schedule['shooting_date']}"


def _missing(schedule: dict[str, Any], field: str) -> bool:
    value = schedule.get(field)
    return value is None or (isinstance(value, str) and not value.strip())


def _value(schedule: dict[str, Any], field: str) -> str:
    value = schedule.get(field)
    if _missing(schedule, field):
        return "not found"
    if field == "call_time":
        return value.strftime("%H:%M")
    return f'"{value}"' if isinstance(value, str) else str(value)


# Fields a day cannot be planned without (the database refuses to confirm one lacking them),
# with the line that gives each: "ok" alone cannot confirm such a day.
NEEDED = {
    "call_time": ("its crew call", "call: 6:30"),
    "location": ("the set's location", "location: ..."),
}


def still_needed(schedule: dict[str, Any], *, by_reply: bool = True) -> str | None:
    """'The day cannot be planned without its crew call: ...'; None when nothing lacks."""
    missing = [f for f in NEEDED if _missing(schedule, f)]
    if not missing:
        return None
    names = " and ".join(NEEDED[f][0] for f in missing)
    if not by_reply:
        return f"The day cannot be planned without {names}."
    lines = " and ".join(f'"{NEEDED[f][1]}"' for f in missing)
    return (
        f'The day cannot be planned without {names}: reply with {lines} ("ok" alone is not enough).'
    )


def _warnings_for(field: str, warnings: list[str]) -> list[str]:
    prefix = f"{field}:"
    return [w[len(prefix) :].strip() for w in warnings if w.startswith(prefix)]


def field_lines(schedule: dict[str, Any], doubtful: list[str]) -> list[str]:
    """One line per missing or doubtful field: the value read, its confidence, the warning."""
    warnings = [str(w) for w in schedule.get("warnings") or []]
    confidence = schedule.get("field_confidence") or {}
    fields = [f for f in doubtful if f in ANSWER_WORDS]
    fields += [f for f in LISTED if f not in fields and _warnings_for(f, warnings)]
    lines = []
    for field in fields:
        fallback = (
            "not found on the sheet"
            if _missing(schedule, field)
            else ("below the confidence we trust")
        )
        said = "; ".join(_warnings_for(field, warnings)) or fallback
        lines.append(
            f"- {ANSWER_WORDS[field]}: {_value(schedule, field)} "
            f"(confidence {float(confidence.get(field, 0.0)):.2f}) - {said}"
        )
    if not lines:
        overall = float(schedule.get("confidence_score") or 0)
        lines.append(f"- the sheet as a whole (confidence {overall:.2f}) - {'; '.join(warnings)}")
    return lines


# For a user whose replies we cannot read (no Google grant that may send): the command line.
HOW_TO_ANSWER_CLI = (
    "To answer, correct the fields on the StillOnTime server, for example:\n"
    "  stillontime schedules edit {id} {example} --confirm\n"
    "or confirm what was read with: stillontime schedules confirm {id}"
)
# The command line's example, for the field most needed.
CLI_EXAMPLES = {"call_time": "--call 06:30", "location": '--location "163 Example Rd, Toronto"'}


def _how_to_answer_cli(schedule: dict[str, Any]) -> str:
    needed = [f for f in NEEDED if _missing(schedule, f)] or ["location"]
    example = " ".join(CLI_EXAMPLES[f] for f in needed)
    return HOW_TO_ANSWER_CLI.format(id=schedule.get("id"), example=example)


def review_message(
    schedule: dict[str, Any], doubtful: list[str], token: str, *, by_reply: bool = True
) -> Notice:
    """The needs-review message: what is missing or doubtful, and how to answer it (by a
    reply when it is sent from the user's own Gmail, else on the command line)."""
    head = headline(schedule)
    read = (
        f"Read as: date {schedule['shooting_date']}, call {_value(schedule, 'call_time')}, "
        f"location {_value(schedule, 'location')}."
    )
    text = "\n".join(
        [
            f"StillOnTime read the call sheet for {head}, but needs you to check:",
            "",
            *field_lines(schedule, doubtful),
            "",
            read,
            "",
            *([needed, ""] if (needed := still_needed(schedule, by_reply=by_reply)) else []),
            HOW_TO_ANSWER if by_reply else _how_to_answer_cli(schedule),
            "",
            f"Reference: {token}",
        ]
    )
    return Notice(f"Needs your review: {head} (ref {token})", text + "\n")


def could_not_read_message(email: dict[str, Any], token: str) -> Notice:
    """The could-not-read message: which email, and why, in plain words."""
    # What a stranger wrote is shown without terminal control sequences (pipeline/text.py).
    subject = one_line(email.get("subject")) or "(no subject)"
    because = one_line(_because(email["kind"], email["reason"]))
    sender = one_line(email.get("sender")) or "an unknown sender"
    text = (
        f'StillOnTime could not plan a day from the email "{subject}" from {sender} '
        f"(received {email['received_at'].astimezone(UTC):%Y-%m-%d %H:%M} UTC), "
        f"because {because}.\n\nNothing was added to your calendar for it. If it is a call sheet, "
        "ask for a readable copy and forward it to yourself; replies to this message are not "
        "read.\n\n"
        f"Reference: {token}\n"
    )
    return Notice(f"Could not read: {subject}"[:255], text)


def _because(kind: str, reason: str) -> str:
    if kind == "failed":
        return (
            "something went wrong on our side while reading it (recorded for whoever runs "
            f"StillOnTime: {reason})"
        )
    if kind == "attachment":
        return f"its attachment could not be used ({reason})"
    if kind == "not_call_sheet":
        return f"its attachment does not look like a call sheet ({reason})"
    return reason.rstrip(".")


ANSWER_LEADS = {
    "applied": "Thanks - applied: {understood}. The day is being planned; its summary follows.",
    "confirmed": "Thanks - confirmed as read. The day is being planned; its summary follows.",
    "cancelled": "Cancelled: the day is off and its reminders will not ring.",
    "not_understood": "Nothing was changed: part of your reply could not be understood.",
    "incomplete": "Nothing was changed: the day still cannot be planned.",
    "stale": "Nothing was changed: this review is no longer open.",
}


def answer_message(answer: dict[str, Any], review_subject: str, token: str) -> Notice:
    """The answer to a reply: what was understood and what was not (never a guess)."""
    understood = [str(u) for u in answer.get("understood") or []]
    not_understood = [str(n) for n in answer.get("not_understood") or []]
    lead = ANSWER_LEADS[answer["outcome"]].format(understood="; ".join(understood) or "-")
    lines = [lead, ""]
    if answer["outcome"] not in ("applied", "confirmed", "cancelled"):
        lines.append("Understood: " + ("; ".join(understood) if understood else "nothing"))
        for item in not_understood:
            lines.append(f"Not understood: {item}")
        if answer.get("note"):
            lines.append(str(answer["note"]))
        lines += ["", HOW_TO_ANSWER]
    lines += ["", f"Reference: {token}"]
    subject = one_line(review_subject)
    if not subject.lower().startswith("re:"):
        subject = f"Re: {subject}"
    return Notice(subject[:255], "\n".join(lines) + "\n")
