"""A hospital label's gloss: the words after its slash that say the label again.

"NEAREST HOSPITAL / TRAUMA UNIT", "Nearest hospital / Krankenhaus", "Hospital / A&E": what
follows the slash is the label in other words (another language, the department), never the
hospital's name; the name is the next run on the line or the lines under the label. A name
made only of such words ("Trauma Unit", "Emergency Department") names no hospital.
"""

from __future__ import annotations

import re

from pipeline.extract.reader import labels as L
from pipeline.extract.reader.layout import norm
from pipeline.extract.reader.model import Line

# the words a hospital's department or the label itself is made of, in the languages the
# labels are read in (every word of every hospital label phrase), and the department's words
_DEPARTMENT_WORDS = frozenset(
    {
        "trauma",
        "unit",
        "units",
        "department",
        "dept",
        "centre",
        "center",
        "room",
        "ward",
        "emergency",
        "emergencies",
        "casualty",
        "er",
        "ed",
        "a&e",
        "accident",
        "and",
        "&",
        "hospital",
        "hospitals",
        "medical",
        "clinic",
        "nearest",
        "closest",
        "local",
        "24h",
        "24hr",
        "24",
        "hour",
        "hours",
        "minor",  # a Minor Injuries Unit (UK): a department, no hospital's name
        "injuries",
        "injury",
        # the emergency department by its own name where no label phrase has the word:
        # Romanian UPU / CPU (unitatea / compartimentul de primiri urgențe), Québécois
        # "l'urgence", Portuguese "urgência" ("SPITAL - UPU (urgențe)", "(urgence)")
        "upu",
        "cpu",
        "urgence",
        "urgência",
    }
)


# the hospital label phrases, in every language the labels are read in
HOSPITAL_TABLES = (L.HOSPITAL, L.WEAK.get("hospital", {}), L.WEAK_DE_FR.get("hospital", {}))


def _phrase_words() -> frozenset[str]:
    return frozenset(norm(w) for t in HOSPITAL_TABLES for p in t for w in p.split() if norm(w))


HOSPITAL_WORDS = _DEPARTMENT_WORDS | _phrase_words()
_MAX_WORDS = 4


def hospital_label_words(text: str) -> bool:
    """Whether ``text`` is only hospital-label words ('TRAUMA UNIT', 'Krankenhaus', 'A&E /
    Emergency'): at most four words, no digit, each a word of a hospital label."""
    if not text or re.search(r"\d", text):
        return False
    words = [norm(w) or w for w in re.split(r"[\s/()\-\u2013\u2014:,]+", text) if w.strip()]
    words = [w for w in words if w not in {"", "/"}]
    return 0 < len(words) <= _MAX_WORDS and all(w.lower() in HOSPITAL_WORDS for w in words)


def after_slash(line: Line, start: int) -> bool:
    """Whether the words from ``start`` on follow a slash ('/ TRAUMA UNIT', '/Krankenhaus')."""
    words = line.words
    if not 0 <= start < len(words):
        return False
    if words[start].text.startswith("/"):
        return True
    return start > 0 and words[start - 1].text.endswith("/")
