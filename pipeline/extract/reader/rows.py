"""Read repeated rows: scenes, contacts and cast calls, from lines of positioned words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract.reader.label_gloss import HOSPITAL_TABLES, HOSPITAL_WORDS
from pipeline.extract.reader.layout import norm
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import CastCall, Contact, Line, Scene, Word
from pipeline.extract.reader.values import EMAIL_RE, find_phones, find_time

_IE = r"INT\.?/EXT|EXT\.?/INT|I/E|INT|EXT|WN\.?/PL|WN|PL|WNĘTRZE|PLENER"
_DN = r"DAY|NIGHT|MORNING|MORNIN\dG|DUSK|DAWN|EVENING|D4N|N4N|DZIEŃ|NOC|ŚWIT|ZMIERZCH|WIECZÓR|D|N"
_PAGES = r"(?:\d+\s)?\d/8|\d+(?=\s*pgs)"
SCENE_RE = lazy(
    rf"^(?:sc\.?\s*)?(?P<num>[A-Z]?\d{{1,3}}(?:-[A-Z]?\d{{1,3}})?[A-Z]?(?:,\s?\d+)*"
    rf"(?:\s?pt(?:\s?[A-Z0-9](?=\s|INT|EXT))?)?)\s*(?P<ie>{_IE})\b\.?\s*(?P<rest>.+)$",
    re.I,
)
_REST_RE = lazy(
    rf"^(?P<desc>.*?)\s+(?P<dn>{_DN})\b\.?\s*(?P<pages>{_PAGES})?\s*(?:pgs?\.?|str\.?)?\s*"
    r"(?P<cast>(?:[A-Z]?\d+(?:\.\d+)?[a-z]?,?\s*)*)(?P<tail>.*)$",
    re.I,
)
_IE_NORMAL = {"i/e": "INT/EXT", "ext/int": "INT/EXT", "wn": "INT", "pl": "EXT", "wnętrze": "INT"}
_DN_NORMAL = {"d": "DAY", "n": "NIGHT", "dzień": "DAY", "noc": "NIGHT", "morning": "MORNING"}
LOCATION_COLUMN = 0.6  # share of page width right of which a scene row may print its set
LOCATION_GAP = 18.0  # points of white space that separate the set column from the cast list


def normal_ie(raw: str) -> str:
    key = raw.lower().replace(".", "")
    if key in ("int/ext", "wn/pl"):
        return "INT/EXT"
    return _IE_NORMAL.get(key, "INT" if key.startswith("int") else "EXT")


def normal_dn(raw: str) -> str:
    key = raw.lower()
    if key.startswith("mornin"):
        return "MORNING"
    return _DN_NORMAL.get(key, raw.upper())


def parse_scene(text: str) -> Scene | None:
    """Parse '12 INT. KITCHEN - ... DAY 1 3/8 1, 2' style rows; ``None`` if not a scene row."""
    m = SCENE_RE.match(text.strip())
    if not m:
        return None
    rest = _REST_RE.match(m.group("rest"))
    number = re.sub(r"\s+", " ", m.group("num")).strip()
    if rest is None:
        return Scene(number, normal_ie(m.group("ie")), None, m.group("rest").strip())
    cast = tuple(c.strip(", ") for c in re.split(r"[,\s]+", rest.group("cast")) if c.strip(", "))
    return Scene(
        number=number,
        int_ext=normal_ie(m.group("ie")),
        day_night=normal_dn(rest.group("dn")),
        description=rest.group("desc").strip(" -") or None,
        pages=(rest.group("pages") or "").strip() or None,
        cast=cast,
    )


def set_column(lines: Sequence[Line], width: float) -> str | None:
    """The set/location column text of a scene row spread over ``lines``."""
    parts: list[str] = []
    for line in lines:
        words = [w for w in line.words if w.x0 > width * LOCATION_COLUMN]
        run: list[str] = []
        prev = None
        for w in words:
            if prev is not None and w.x0 - prev > LOCATION_GAP:
                run = []
            run.append(w.text)
            prev = w.x1
        run = _strip_counts(run)
        if run and any(c.isalpha() for c in " ".join(run)):
            parts.append(" ".join(run))
    return " ".join(parts) or None


_COUNT = lazy(r"^(\d+/\d+|\d*pgs\.?|[A-Z0-9]+\.\d+[a-z]?,?|\d+,)$", re.I)


def _strip_counts(run: list[str]) -> list[str]:
    """Drop page eighths, 'pgs.' and cast ids that precede the set name in the same row."""
    i = 0
    while i < len(run):
        word, nxt = run[i], run[i + 1] if i + 1 < len(run) else ""
        if _COUNT.match(word) or (word.isdigit() and (_COUNT.match(nxt) or nxt == "")):
            i += 1
            continue
        break
    return run[i:]


def scene_type(scenes: Sequence[Scene]) -> str | None:
    kinds = {s.int_ext for s in scenes if s.int_ext}
    if not kinds:
        return None
    if kinds == {"INT"} or kinds == {"EXT"}:
        return kinds.pop()
    return "INT/EXT"


def contacts(lines: Sequence[Line], region: str | None, skip: set[str]) -> list[Contact]:
    """Rows carrying a phone number or an e-mail address, with the words around them; under a
    crew list's heading row ('Dept  Position  Name  Phone'), each row read by its columns."""
    out: list[Contact] = []
    heading: tuple[Line, list[tuple[float, str]]] | None = None
    for line in lines:
        if heading is not None and heading[0].page != line.page:
            heading = None
        text = line.text
        phones = [p for p in find_phones(text, region) if p not in skip]
        emails = EMAIL_RE.findall(text)
        if not phones and not emails:
            columns = _crew_heading(line)
            heading = (line, columns) if columns is not None else heading
            continue
        if _hospital_phone(line):
            continue  # 'Hosp. Phone (02) 6656 7000': the hospital's number, no crew member's
        words = [w for w in line.words if not _number_or_mark(w.text)]
        cells = _by_column(words, heading[1]) if heading is not None else None
        if cells is not None:
            name, role, dept = cells
        else:
            name, role = _name_and_role([w.text for w in words])
            dept = None
        out.append(Contact(name, role, dept, phones[0] if phones else None, _first(emails)))
    return out


# A row's label naming a hospital's phone line: a phone word ('Phone', 'Ph', 'Tel', 'No.')
# with only hospital-label words ('Hosp.', 'Hospital', 'A&E', 'Emergency Dept.'), one of
# them a hospital's own name (a one-word hospital label, or its short forms), not a word
# such as 'Nearest' or 'Unit' alone
_PHONE_WORDS = frozenset({"phone", "ph", "tel", "telephone", "no", "number", "#", "line"})
_HOSPITAL_NAMES = frozenset(
    {norm(p) for t in HOSPITAL_TABLES for p in t if " " not in p.strip()}
    | {"hosp", "er", "ed", "trauma"}
)
_LABEL_SPLIT = lazy(r"[\s/()\-\u2013\u2014:,|]+")


def _hospital_phone(line: Line) -> bool:
    """'Hosp. Phone (02) 6656 7000', 'Hospital Tel: ...', 'A&E phone ...', 'Emergency Dept.
    Ph ...': a row whose label (its words before the first number) is a hospital's phone
    line: the number is the hospital's, not a crew contact's ('Hospitality coordinator',
    'Set medic' are crew)."""
    label: list[str] = []
    for w in line.words:
        digit = re.search(r"\d", w.text)
        text = w.text[: digit.start()] if digit else w.text  # 'Tel:02 6656 7000'
        label += [norm(t) or t.lower() for t in _LABEL_SPLIT.split(text) if t.strip()]
        if digit:
            break
    label = [t for t in label if t]
    if not label or not any(t in _PHONE_WORDS for t in label):
        return False
    if not any(t in _HOSPITAL_NAMES for t in label):
        return False
    return all(t in _PHONE_WORDS or t in HOSPITAL_WORDS or t == "hosp" for t in label)


def _number_or_mark(text: str) -> bool:
    """A phone's or an address's piece, or brackets and dashes alone: none of a name or role."""
    return bool(re.search(r"\d{3}|@", text) or re.fullmatch(r"[()\-+.]+", text))


# A crew list's heading row names its columns: the person's name and their position or
# department ('Dept  Position  Name  Phone  Call', 'ROLE  NAME  MOBILE  EMAIL')
_NAME_HEADS = frozenset({"name"})
_ROLE_HEADS = frozenset({"position", "role", "title", "job"})
_DEPT_HEADS = frozenset({"dept", "department"})
_ALIGN = 3.0  # points: a cell's first word starts where its column's heading starts


def _crew_heading(line: Line) -> list[tuple[float, str]] | None:
    """The columns of a crew list's heading row, left to right: (where each heading starts,
    'name', 'role', 'dept' or ''); None when the row names no person's name and role."""
    heads = [w.text.lower().strip(".:") for w in line.words]
    if not _NAME_HEADS & set(heads) or not (_ROLE_HEADS | _DEPT_HEADS) & set(heads):
        return None
    kinds = {**dict.fromkeys(_NAME_HEADS, "name"), **dict.fromkeys(_ROLE_HEADS, "role")}
    kinds.update(dict.fromkeys(_DEPT_HEADS, "dept"))
    return [(w.x0, kinds.get(h, "")) for w, h in zip(line.words, heads, strict=True)]


def _by_column(
    words: list[Word], columns: list[tuple[float, str]]
) -> tuple[str | None, str | None, str | None] | None:
    """(name, role, department) of a row read under its heading's columns: each word in the
    column it starts under. None when no word starts where the name's column does (the row is
    no row of the list) or the name's cell holds anything but words."""
    name_x = next(x for x, kind in columns if kind == "name")
    if not any(abs(w.x0 - name_x) <= _ALIGN for w in words):
        return None
    cells: dict[str, list[str]] = {"name": [], "role": [], "dept": [], "": []}
    for w in words:
        under = [kind for x, kind in columns if x <= w.x0 + _ALIGN]
        if not under:
            return None  # a word left of the list: the row is no row of it
        cells[under[-1]].append(w.text)
    name = " ".join(cells["name"]).strip(" :-,")
    if not name or not all(t.replace("-", "").replace("'", "").isalpha() for t in cells["name"]):
        return None
    return name, " ".join(cells["role"]) or None, " ".join(cells["dept"]) or None


def _first(items: Sequence[str]) -> str | None:
    return items[0] if items else None


def _name_and_role(words: list[str]) -> tuple[str | None, str | None]:
    """Two capitalised words in a row read as a person's name; the rest as the role."""
    for i in range(len(words) - 1):
        a, b = words[i], words[i + 1]
        if a[:1].isupper() and b[:1].isupper() and a.isalpha() and b.rstrip(",").isalpha():
            rest = words[:i] + words[i + 2 :]
            return f"{a} {b.rstrip(',')}", " ".join(rest).strip(" :-,") or None
    return None, " ".join(words).strip(" :-,") or None


CAST_ROW = lazy(
    r"^(?P<id>\d{1,3})[.)]?\s+(?P<body>.+?)\s+(?P<time>\d{1,2}[:.]\d{2}\s*(?:[ap]m)?|\d{4})\s*$",
    re.I,
)


def cast_calls(lines: Sequence[Line]) -> list[CastCall]:
    """Rows 'id  NAME  CHARACTER  time' under a cast heading (columns split on wide gaps)."""
    out: list[CastCall] = []
    for line in lines:
        m = CAST_ROW.match(line.text)
        if not m:
            continue
        cells = _cells(line)
        body = [c for c in cells[1:-1]] if len(cells) >= 3 else [m.group("body")]
        parsed = find_time(m.group("time"))
        name = body[0] if body else None
        character = body[1] if len(body) > 1 else None
        out.append(CastCall(m.group("id"), name, character, parsed.value if parsed else None))
    return out


def _cells(line: Line, gap: float = 12.0) -> list[str]:
    cells: list[list[str]] = [[]]
    prev = None
    for w in line.words:
        if prev is not None and w.x0 - prev > gap:
            cells.append([])
        cells[-1].append(w.text)
        prev = w.x1
    return [" ".join(c) for c in cells if c]
