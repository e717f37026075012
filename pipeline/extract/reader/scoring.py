"""Turn per-field finds into field confidences, an overall confidence and warnings."""

from __future__ import annotations

from collections.abc import Mapping

from pipeline.extract.reader.model import CRITICAL_FIELDS, DAY_KEYS

SAFE = 0.85  # below this a field (or a day) must be reviewed by a person
CRITICAL_WEIGHT = 0.7  # the weakest critical field dominates the overall score


def overall(field_conf: Mapping[str, float], ocr_factor: float = 1.0) -> float:
    """Overall confidence: the weakest of call time, date and location, nudged by the rest.

    Parameters
    ----------
    field_conf:
        Confidence per DAY key; a missing key counts as 0.
    ocr_factor:
        Mean OCR word confidence (1.0 for a text layer).
    """
    critical = min(field_conf.get(k, 0.0) for k in CRITICAL_FIELDS)
    others = [v for k, v in field_conf.items() if k not in CRITICAL_FIELDS and v > 0]
    rest = sum(others) / len(others) if others else critical
    score = CRITICAL_WEIGHT * critical + (1 - CRITICAL_WEIGHT) * rest
    return round(max(0.0, min(score, critical + 0.1, 1.0)) * ocr_factor, 3)


def complete(field_conf: Mapping[str, float], ocr_factor: float) -> dict[str, float]:
    """Every DAY key with a confidence, scaled by the OCR factor."""
    return {k: round(field_conf.get(k, 0.0) * ocr_factor, 3) for k in DAY_KEYS}


def warnings_for(
    values: Mapping[str, object], field_conf: Mapping[str, float], notes: list[str]
) -> tuple[str, ...]:
    """Name every doubtful critical field; keep the finders' own notes first."""
    out = list(notes)
    for key in CRITICAL_FIELDS:
        value, conf = values.get(key), field_conf.get(key, 0.0)
        if value in (None, ""):
            out.append(f"{key}: not found on the sheet")
        elif conf < SAFE and not any(n.startswith(f"{key}:") for n in notes):
            out.append(f"{key}: low confidence ({conf:.2f})")
    return tuple(dict.fromkeys(out))
