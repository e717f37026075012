"""Pure decisions of the extract stage: what a read sheet does to the user's schedules."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from pipeline.extract.reader.model import CRITICAL_FIELDS, DAY_KEYS

# Below this a single field is named in the review task, whatever the overall confidence.
FIELD_DOUBT = 0.85

# Columns of schedule_data that hold what the sheet says (a change of any is a new version):
# exactly the keys of one DAY of the extractor's result.
CONTENT_COLUMNS = DAY_KEYS


# What a schedule needs before anyone works from it (confirmed or modified); the database
# guarantees both (ck_schedule_data_confirmed_has_location, ..._has_call_time, db/0025).
NEEDED_TO_PLAN = ("call_time", "location")


class UnplannableDay(ValueError):
    """The sheet gives no date (or, beyond a call sheet, no crew call time): no day to review."""


@dataclass(frozen=True)
class SheetDay:
    """One shooting day as read from a sheet, in schedule_data's terms."""

    content: dict[str, Any]
    confidence: float
    field_confidence: dict[str, float]
    warnings: tuple[str, ...]
    document_type: str
    # fields read with a layout learnt from the user's corrections (layouts/merge.py)
    learnt: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, day: dict[str, Any], document_type: str) -> SheetDay:
        """Map one DAY of the extractor's JSON; raises UnplannableDay without a date, or
        without a crew call on anything but a call sheet.

        A call sheet's day with a date and no readable call is kept with ``call_time`` None:
        it goes to review (``doubts`` names the call), where a person gives it, and teaches
        the layout. A shooting schedule's table of days without calls is no day to review.
        """
        missing = [k for k in ("shooting_date", "call_time") if not day.get(k)]
        if "shooting_date" in missing or (missing and document_type != "call_sheet"):
            names = " and no ".join(
                "date" if k == "shooting_date" else "crew call time" for k in missing
            )
            raise UnplannableDay(f"the sheet has no readable {names}; nothing can be planned")
        content = {key: day.get(key) for key in CONTENT_COLUMNS}
        content["shooting_date"] = date.fromisoformat(day["shooting_date"])
        content["call_time"] = (
            time.fromisoformat(day["call_time"]) if day.get("call_time") else None
        )
        for key in ("sunrise", "sunset"):
            content[key] = time.fromisoformat(day[key]) if day.get(key) else None
        for key in ("locations", "scenes", "cast_calls", "equipment", "contacts"):
            content[key] = list(day.get(key) or [])
        content["location"] = (day.get("location") or "").strip() or None
        return cls(
            content=content,
            confidence=round(float(day.get("confidence") or 0.0), 2),
            field_confidence=dict(day.get("field_confidence") or {}),
            warnings=tuple(day.get("warnings") or ()),
            document_type=document_type,
            learnt=dict(day.get("learnt_fields") or {}),
        )

    def doubts(self) -> list[str]:
        """The fields a person should check, critical ones first."""
        doubtful = [k for k in CRITICAL_FIELDS if not self.content.get(k)]
        doubtful += [
            k
            for k, c in sorted(self.field_confidence.items())
            if c < FIELD_DOUBT and k in CRITICAL_FIELDS and k not in doubtful
        ]
        return doubtful

    def confident(self, threshold: float) -> bool:
        """Safe to confirm without a person: a call sheet, sure of every critical field."""
        return (
            self.document_type == "call_sheet"
            and self.confidence >= threshold
            and not self.doubts()
        )


@dataclass(frozen=True)
class Decision:
    """What to write: a new schedule, a new version of one, or nothing."""

    action: str  # "insert" | "new_version" | "unchanged"
    status: str
    review_fields: tuple[str, ...] = field(default=())
    confirm: bool = False


def decide(day: SheetDay, current: dict[str, Any] | None, threshold: float) -> Decision:
    """Decide the schedule write for ``day`` given the user's current schedule, if any.

    Parameters
    ----------
    day:
        The sheet's day.
    current:
        The existing schedule_data row for (user, production, date), or None.
    threshold:
        The user's auto-confirm threshold.
    """
    confident = day.confident(threshold)
    review = () if confident else tuple(day.doubts() or ["confidence"])
    if current is None:
        if confident:
            return Decision("insert", "extracted", confirm=True)
        return Decision("insert", "reviewing", review_fields=review)
    if all(current.get(k) == v for k, v in day.content.items()):
        return Decision("unchanged", current["status"])
    was_confirmed = current.get("confirmed_version") is not None
    if current["status"] == "cancelled":
        # A cancelled day that comes back is a surprise a person should look at.
        return Decision("new_version", "reviewing", review_fields=review or ("status",))
    if not confident:
        return Decision("new_version", "reviewing", review_fields=review)
    return Decision("new_version", "modified" if was_confirmed else "confirmed", confirm=True)


def missing_to_plan(content: dict[str, Any]) -> list[str]:
    """The fields a schedule still lacks before it can be confirmed (NEEDED_TO_PLAN order)."""
    return [k for k in NEEDED_TO_PLAN if content.get(k) is None or not str(content[k]).strip()]


def confirm_status(current_status: str, confirmed_before: bool) -> str:
    """The status a person's confirmation moves a schedule to."""
    if current_status in ("confirmed", "modified"):
        return current_status
    return "modified" if confirmed_before else "confirmed"


def edit_status(current_status: str) -> str:
    """The status after a person corrects a field (a new version)."""
    return "modified" if current_status in ("confirmed", "modified") else current_status
