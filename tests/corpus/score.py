"""Compare a reading (DocumentResult.to_json()) with a corpus sheet's expected values. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pipeline.extract.reader.model import CRITICAL_FIELDS as CORE
from pipeline.extract.reader.scoring import SAFE  # a day at or above it is confirmed unasked

CALL_SHEET_FIELDS = (
    "production",
    "shooting_date",
    "call_time",
    "location",
    "sunrise",
    "sunset",
    "hospital",
)


def norm(text: str) -> str:
    # dashes of every width (U+2013, U+2014) separate as the hyphen does: "address - room"
    return re.sub(r"[\s,.;:()'\u2019/\u00b7\u2013\u2014-]+", " ", text).strip().lower()


def _words(text: str) -> set[str]:
    return set(norm(text).split())


@dataclass
class Check:
    field: str
    ok: bool
    want: Any
    got: Any
    day: int = 0


@dataclass
class Outcome:
    """How one document was read: its checks, and the facts the corpus report counts."""

    got_type: str | None
    checks: list[Check] = field(default_factory=list)
    silent: list[Check] = field(default_factory=list)  # wrong core field in a confident day
    # another field (title, sun, hospital) given wrong and rated sure in a confident day: not a
    # silent error by the measure (core fields only), but confidence that means nothing
    sure_wrong: list[Check] = field(default_factory=list)
    confidence: float | None = None  # the first day's
    auto_ok: bool = False  # confirmed without review and every core field right

    @property
    def right(self) -> int:
        return sum(c.ok for c in self.checks)


def field_ok(key: str, want: dict[str, Any], day: dict[str, Any]) -> tuple[bool, Any]:
    """Whether `day` reads `key` as `want` says; returns the value compared as well."""
    if key == "hospital":
        got = (day.get("hospital") or {}).get("name")
        return bool(got) and norm(want[key]) in norm(got), got
    got = day.get(key)
    if key == "location":
        # the distinctive street must be in it and nothing the set's own text does not print
        ok = bool(got) and norm(want[key]) in norm(got)
        ok = ok and _words(got) <= _words(want["location_words"])
        return ok, got
    if key == "production":
        return bool(got) and norm(want[key]) == norm(got), got
    return want[key] == got, got


def _check(key: str, want: dict[str, Any], day: dict[str, Any], n: int = 0) -> Check:
    ok, got = field_ok(key, want, day)
    return Check(key, ok, want[key], got, day=n)


def score(expected: dict[str, Any], result: dict[str, Any] | None) -> Outcome:
    """Score a reading; `result` None means the reader raised."""
    got_type = result["document_type"] if result else None
    out = Outcome(got_type)
    if expected["document_type"] == "other":
        return out
    days = result["days"] if result else []
    if expected["document_type"] == "call_sheet":
        day = days[0] if days else {}
        keys = [k for k in CALL_SHEET_FIELDS if expected.get(k) is not None]
        out.checks = [_check(k, expected, day) for k in keys]
        want_days = [(expected, day, keys)]
    else:
        want_days = []
        out.checks.append(
            Check("days", len(days) == len(expected["days"]), len(expected["days"]), len(days))
        )
        got = days[0] if days else {}
        out.checks.append(_check("production", expected, got))
        for n, want in enumerate(expected["days"]):
            day = days[n] if n < len(days) else {}
            keys = [k for k in ("shooting_date", "call_time") if want.get(k) is not None]
            out.checks += [_check(k, want, day, n) for k in keys]
            want_days.append((want, day, keys))
    for n, (want, day, keys) in enumerate(want_days):
        conf = day.get("confidence")
        if conf is None or conf < SAFE:
            continue
        rated = day.get("field_confidence") or {}
        for k in keys:
            if field_ok(k, want, day)[0]:
                continue
            if k in CORE:
                out.silent.append(Check(k, False, want[k], day.get(k), day=n))
            elif (rated.get(k) or 0) >= SAFE:
                out.sure_wrong.append(Check(k, False, want[k], field_ok(k, want, day)[1], day=n))
    if days:
        out.confidence = days[0].get("confidence")
    if expected.get("review") and (out.confidence or 0) >= SAFE:
        # a sheet whose core field is missing or contradicts itself must go to review
        out.silent.append(Check("review", False, f"< {SAFE}", out.confidence))
    if expected["document_type"] == "call_sheet" and got_type == "call_sheet":
        core_right = all(c.ok for c in out.checks if c.field in CORE)
        out.auto_ok = core_right and (out.confidence or 0) >= SAFE and not expected.get("review")
    return out
