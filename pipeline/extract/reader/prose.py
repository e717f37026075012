"""Facts written as sentences: "General crew call is 7:45 a.m. at ...", "We're shooting at the
Music Box Theatre, 3733 N Southport Ave, ...", "The closest emergency room is at <name>, <address>".

Student and small crews send the day as a letter, not a grid. When a field's label owns no
value (fields.py), the sheet's running text is read value-first: a time right after a label
phrase and a linking word, the first whole address that no hospital or parking words lead to.
Such a reading is never sure enough to confirm a day unasked (PROSE caps it), unless its
sentence says it is the set ("We're shooting at ...", "Where: ...", "Gdzie: ...") and no other
address in the text is said to be one (CUED), or one sentence says the call and the set
together and nothing else in the text rivals either (``call_sentence``, read in api.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from pipeline.extract.reader import labels as L
from pipeline.extract.reader.addresses import Address, find_addresses
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import Line, PageText, Word
from pipeline.extract.reader.scene_set import rooms as scene_heading_rooms
from pipeline.extract.reader.times import find_times
from pipeline.extract.reader.values import find_time

PROSE = 0.6  # a value read from a sentence: a person checks it
OFFICE = 0.3  # the company's letterhead address as the set: most likely not where the crew goes
CUED = 0.88  # the only address its sentence calls the set: as sure as a labelled one
_LINK = r"(?:\s*:\s*|\s+(?:is|are|will\s+be|at|@)\s+)(?:at\s+|around\s+|about\s+)?"
# ... and in a sentence the time may follow its phrase bare ("sunset 21:03", "Wschód słońca
# 6.40") or after a word for "at" ("Zbiórka ekipy o 9.00", "Drehbeginn um 8 Uhr")
_TIME_LINK = rf"(?:{_LINK}|\s+(?:o|około|godz\.|um|à|a\s+las|alle|om|kl\.)\s+|\s+)"
_BEFORE = 90  # characters before an address that say whose it is
_NOT_THE_SET = lazy(
    r"\b(?:parking|lot|garage|base(?:camp)?|hospital|emergency|er|a&e|urgent|medical"
    r"|clinic|next\s+(?:day|week|weekend)|tomorrow)\b",
    re.I,
)
# Words that say an address is where the crew works: "where", "location", "we're shooting at",
# and the same in the languages the labels know (a sentence's own words, not a label's).
_SET_CUE = lazy(
    r"\b(?:where|locations?|set|venue|shooting|filming|we(?:'re|\u2019re|\s+are)\s+at"
    r"|gdzie|lokacja|lokalizacja|miejsce|zdjęcia|plan\s+zdjęciowy"
    r"|où|lieu|décor|tournage|dónde|lugar|localización|locación|rodaje"
    r"|wo|drehort|motiv|dreh|dove|luogo|riprese|onde|local|locação|gravação"
    r"|waar|locatie|opnames?)\b",
    re.I,
)
_PARK = lazy(r"\b[Pp]ark\s+(?:on|in|at|behind|near)\b|\bpark\b")  # "Zilker Park" is a place
_SENTENCE_END = lazy(r"[.!?;]\s+(?=[A-Z])|\n\n")


# A gap between two lines wider than this share of their type size ends a paragraph: a
# wrapped sentence's lines sit closer (a 10 pt line's leading leaves 2-4 pt).
PARAGRAPH_GAP = 0.8


# A gap inside a line wider than this many type sizes parts two columns that only share a
# baseline (an address block at the left, the weather at the right): no sentence spaces so wide.
COLUMN_GAP = 4.0


def running_text(pages: Sequence[PageText], *, columns: bool = False) -> str:
    """The document's words as one text: lines that run on as a paragraph joined by spaces,
    paragraphs (a wider gap, another column, another page) by a blank line. An address must
    not run on into the next block's words ("81-342 Gdynia" + "SC 12 EXT. PIER").

    With ``columns``, what a line prints a column's width right of its first words (the
    weather beside an address block's second line) is kept out of that paragraph: it becomes
    a paragraph of its own, with the like words of the lines next to it; and the lines of a
    stacked block (name / street / town, flush left, each broken by hand, _stacked) are parted
    by commas, as an envelope's lines are ("Castle Garth, Newcastle upon Tyne NE1 1RQ": a street
    with no house number). Only the set's address is read from this text (api.py)."""
    parts: list[str] = []
    for page in pages:
        previous: tuple[Word, ...] | None = None
        side: list[str] = []
        widest = 0.0  # the paragraph's widest line so far: the width its text wraps at
        for line in page.lines:
            main, rest = _column_split(line) if columns else (line.words, ())
            if previous is not None:
                gap = _top(main) - _bottom(previous)
                close = 0 <= gap <= PARAGRAPH_GAP * max(_size(previous), _size(main))
                if not close and side:
                    parts.append("\n\n" + " ".join(side))
                    side = []
                if not close:
                    parts.append("\n\n")
                    widest = 0.0
                else:
                    stacked = columns and _stacked(previous, main, widest)
                    parts.append(", " if stacked else " ")
            parts.append(" ".join(w.text for w in main))
            if rest:
                side.append(" ".join(w.text for w in rest))
            widest = max(widest, _width(main))
            previous = main
        if side:
            parts.append("\n\n" + " ".join(side))
        parts.append("\n\n")
    return "".join(parts)


def _top(words: Sequence[Word]) -> float:
    return min(w.top for w in words)


def _bottom(words: Sequence[Word]) -> float:
    return max(w.bottom for w in words)


def _size(words: Sequence[Word]) -> float:
    return max(w.size for w in words)


def _width(words: Sequence[Word]) -> float:
    return words[-1].x1 - words[0].x0


def _stacked(above: Sequence[Word], below: Sequence[Word], widest: float) -> bool:
    """Whether ``below`` is the next line of a block stacked like an envelope's address: flush
    under ``above``, and its first word would have fitted at the end of ``above`` within the
    paragraph's widest line. Wrapped text breaks only where the next word does not fit, so
    such a break was made by hand (name / street / town)."""
    flush = abs(above[0].x0 - below[0].x0) <= 2.0
    space = 0.3 * max(_size(above), 1.0)
    fits = _width(above) + space + (below[0].x1 - below[0].x0) <= widest
    return flush and fits and not above[-1].text.endswith((",", ";", ":", "-", "/", "."))


def _column_split(line: Line) -> tuple[tuple[Word, ...], tuple[Word, ...]]:
    """A line's first words, and what it prints a column's width right of them."""
    words = line.words
    wide = COLUMN_GAP * line.size
    for i in range(1, len(words)):
        if words[i].x0 - words[i - 1].x1 > wide and not words[i - 1].text.endswith(":"):
            return words[:i], words[i:]  # (a label's value stays with it: "Gdzie:   pl. Nowy 7")
    return words, ()


def paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def time_after(text: str, phrases: Iterable[str]) -> str | None:
    """The first time written right after one of ``phrases`` and a linking word ('crew call
    is 10 AM', 'Sunset is at 8:01 p.m.'), not after a word that makes it someone else's."""
    names = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    for m in re.finditer(rf"(?<![\w-])(?P<w>\w+\s+)?(?:{names}){_TIME_LINK}", text, re.I):
        if m["w"] and m["w"].strip().lower() in L.NOT_CREW:
            continue
        parsed = find_time(text[m.end() : m.end() + 16])
        if parsed is not None and parsed.start == 0:
            return parsed.value
    return None


_EVERYONE = r"(?:everyone|everybody|all\s+crew|all\s+of\s+you|the\s+(?:whole\s+|full\s+)?crew)"
_IN_SENTENCE = r"(?:(?!\.\s)[^!?;])"
# "Call time for everyone is 9am", "we need everyone on set and ready to go for 7.30am",
# "the whole crew at base by 6:45": the time the whole crew is wanted, said in a sentence
_EVERYONE_CALL = lazy(
    rf"\bcall(?:\s+time)?\s+(?:for\s+)?{_EVERYONE}\s*(?::|is|will\s+be)?\s*(?:at\s+)?"
    rf"|\b{_EVERYONE}\s+(?:on\s+set|ready|here|there|at\s+(?:the\s+)?(?:unit\s+)?base|in)\b"
    rf"{_IN_SENTENCE}{{0,50}}?\b(?:by|for|at)\s+",
    re.I,
)


def everyone_call(text: str) -> str | None:
    """The time a sentence says the whole crew is called or wanted on set ('Call time for
    everyone is 9am'; 'Breakfast from 7.00am, but we need everyone on set for 7.30am': the
    crew's time, not the breakfast's before it)."""
    times = everyone_calls(text)
    return times[0] if times else None


def everyone_calls(text: str) -> list[str]:
    """The times of every such sentence, in order."""
    out: list[str] = []
    for m in _EVERYONE_CALL.finditer(text):
        parsed = find_time(text[m.end() : m.end() + 16])
        if parsed is not None and parsed.start == 0:
            out.append(parsed.value)
    return out


# "Meet 0730 at the cathedral car park", "We meet at 7.15am", "Meeting time: 0800": a memo's
# sentence that opens with the crew's meeting gives the time the crew is called
_MEET = lazy(
    r"(?:^|(?<=[.!?]\s))(?:we(?:'ll|\u2019ll|\s+will)?\s+)?meet(?:ing)?(?:\s+(?:time|point))?"
    r"\s*(?::|\s+is|\s+at|\s+@|\s+by|\s+for)?\s*(?:at\s+)?",
    re.I,
)
# the quoted history under a reply ("On Mon 6 Apr 2026 at 17:02, Aoife wrote:"): older plans
_QUOTE_HEAD = lazy(r"^(?:on\s.{4,120}\bwrote:|-+\s*original\s+message\s*-+)\s*$", re.I)


def meet_time(lines: Iterable[str]) -> str | None:
    """The time of the first sentence that opens with the crew's meeting ("Meet 0730 at
    ..."), above any quoted history (lines marked ">", or under an "On ... wrote:" line):
    a memo's call. "Second meeting point ..." and "Cast meet ..." open with other words."""
    times = meet_times(lines)
    return times[0] if times else None


def meet_times(lines: Iterable[str]) -> list[str]:
    """The times of every sentence that opens with the crew's meeting, above any quoted
    history, in order."""
    out: list[str] = []
    for line in lines:
        text = line.strip()
        if _QUOTE_HEAD.match(text):
            break
        if text.startswith(">"):
            continue
        for m in _MEET.finditer(text):
            parsed = find_time(text[m.end() : m.end() + 16])
            if parsed is not None and parsed.start == 0:
                out.append(parsed.value)
    return out


# a running order's row that opens with its time and then the crew's meeting or call:
# "0730  Meet, load, convoy", "9am - call, unload at the back door", "7.30am - on set"
_CALL_ROW = lazy(
    r"^\s*[-\u2013:]?\s*(?:(?:all|the|full)\s+)?(?:crew\s+)?(?:meet(?:ing)?|call|on\s+set)\b",
    re.I,
)


def call_confirmed(lines: Iterable[str], value: str, said: list[str]) -> bool:
    """Whether the crew's time a memo's sentences give (``said``: each sentence's time, all
    ``value``) is repeated by a running order's row ("0730  Meet, load", "9am - call") and
    no such row gives another time, above any quoted history: two statements that agree."""
    if not said or set(said) != {value}:
        return False
    rows: set[str] = set()
    for line in lines:
        text = line.strip()
        if _QUOTE_HEAD.match(text):
            break
        parsed = find_time(text)
        if parsed is not None and parsed.start == 0 and _CALL_ROW.match(text[parsed.end :]):
            rows.add(parsed.value)
    return rows == {value}


def _sentence_start(text: str, at: int) -> int:
    starts = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - _BEFORE), at)]
    return starts[-1] if starts else max(0, at - _BEFORE)


def _whole(addresses: list[Address]) -> list[Address]:
    return [a for a in addresses if a.street is not None and a.postcode is not None]


# A scene heading in a scene list's row ("12  INT. RYMAN - STAGE - DAY"): its side, then the room
_SCENE_SIDE = lazy(r"(?<![\w/])(?:INT|EXT|I/E|INT\./EXT|EXT\./INT)\.\s+(?=[^\W\d_])")


def scene_rooms(pages: Sequence[PageText]) -> list[str]:
    """The rooms the day's scene headings name ('INT. GREAT HALL - DAY' gives 'GREAT HALL')."""
    out: list[str] = []
    for page in pages:
        for line in page.lines:
            for m in _SCENE_SIDE.finditer(line.text):
                room = scene_heading_rooms(line.text[m.start() :])
                out += [r for r in room[:1] if r.upper() not in (o.upper() for o in out)]
    return out


# Words of a block that is not where the scenes are shot, though it may share a room's word
# ("Production office" beside "INT. OFFICE - DAY"): no room of a scene cues it as the set.
_ELSEWHERE = lazy(
    r"\b(?:office|production|company|hotel|accommodation|catering|unit|crew|meet(?:ing)?"
    r"|rv|rendez-?vous|pick-?up|shuttle|wardrobe|costume|make-?up|holding|dressing)\b",
    re.I,
)


def _names_a_room(lead: str, rooms: Sequence[str]) -> bool:
    if _ELSEWHERE.search(lead):
        return False
    return any(re.search(rf"(?<!\w){re.escape(r)}(?!\w)", lead, re.I) for r in rooms)


def set_address(
    text: str, company: str = "", rooms: Sequence[str] = (), *, told: bool = False
) -> tuple[str, float] | None:
    """The first whole address (street and postcode) that no parking, base, hospital or
    other day's words lead to in its sentence, and how sure that is: CUED when its sentence
    calls it the set and no other address's does, PROSE otherwise, OFFICE for the company's.

    An address printed in ``company`` (the letterhead or footer, letterhead.py) is the office's:
    any other address comes first, and one read there is returned marked as the company's.

    An app's page may print the set's block with no word for it at all, only an icon: the
    block's own first words naming a room of the day's scene headings (``rooms``: "The Great
    Hall and the roof walk" over the address, "INT. GREAT HALL - DAY" in the scene list) cue
    it as its sentence's words would.

    With ``told`` (a message whose "tomorrow" is the day it was sent for, told_day.py:
    "Your call tomorrow: Thursday 10/22/26"), "tomorrow" names no other day.
    """
    office, sets, named = _set_candidates(text, company, rooms, told=told)
    if sets:
        first, cued = sets[0]
        return first, CUED if cued and not any(c for _, c in sets[1:]) else PROSE
    if named:
        return named[0], PROSE
    return (office, OFFICE) if office else None


def set_candidates(
    text: str, company: str = "", rooms: Sequence[str] = (), *, told: bool = False
) -> list[str]:
    """Every whole address of the running text that no parking, base, hospital or other
    day's words lead to, and that is not the company's: where the set may be."""
    return [address for address, _ in _set_candidates(text, company, rooms, told=told)[1]]


def _set_candidates(
    text: str, company: str, rooms: Sequence[str], *, told: bool
) -> tuple[str | None, list[tuple[str, bool]], list[str]]:
    office = None
    sets: list[tuple[str, bool]] = []  # the set's candidates, and whether a cue leads each
    named: list[str] = []  # a place named after 'filming at' up to a postcode, no street
    for paragraph in paragraphs(text):
        paragraph = re.sub(r"[()\[\]]", " ", paragraph)  # "(1005 W Burnside St, ...)"
        named += _named_places(paragraph, company)
        for found in _run_on(paragraph, find_addresses(paragraph)):
            lead = paragraph[_sentence_start(paragraph, found.start) : found.start]
            if _not_the_set(_TOMORROW_WORD.sub(" ", lead) if told else lead):
                continue
            address = found.text.rstrip(" .:;,")
            if _in_company(address, company):
                office = office or address
            elif address not in (a for a, _ in sets):
                cued = bool(_SET_CUE.search(lead)) or _names_a_room(lead, rooms)
                sets.append((address, cued))
    return office, sets, named


# "call" and the time said right after it ("Call is 7:00am", "crew call 06:30", "call: 0745")
_CALL_THEN_TIME = lazy(r"(?<![\w-])call(?:\s+time)?(?:\s*:\s*|\s+(?:is|will\s+be)\s+|\s+)", re.I)
# what joins the time to the place it calls the crew to: "at", "@" (a bracket opening the place);
# a dash or a comma, the place then the next item of a one-liner ("Wed 21.10 - call 08:00 -
# Bell's Cafe, 355 E Kalamazoo Ave ...") or the next line of a message's block ("Call 6:45 AM" /
# "Harwood Museum of Art" / "238 Ledoux Street, ...", which the running text joins by a comma)
_TO_PLACE = lazy(r"^\s*(?:sharp\s+)?(?:(?:at|@)\s|\s*[,\u2013\u2014-]\s)", re.I)


def call_sentence(text: str) -> tuple[str, str] | None:
    """The crew's call and its place when the running text says them in one sentence and
    nowhere else says a call: 'Call is 7:00am at the stage door of the Corn Exchange, 12 Market
    St, Leeds LS1 6DH.' The time is the only one "call" leads to in the whole text, the
    sentence prints no other time, and after its "at" it prints exactly one whole address
    (street and postcode). None otherwise."""
    said: list[tuple[str, str, int]] = []  # time, its sentence, where the time ends in it
    for paragraph in paragraphs(text):
        starts = [0, *(m.end() for m in _SENTENCE_END.finditer(paragraph))]
        for a, b in zip(starts, [*starts[1:], len(paragraph)], strict=True):
            sentence = paragraph[a:b]
            for m in _CALL_THEN_TIME.finditer(sentence):
                parsed = find_time(sentence[m.end() : m.end() + 16])
                if parsed is not None and parsed.start == 0:
                    said.append((parsed.value, sentence, m.end() + parsed.end))
    if len(said) != 1:
        return None  # no call, or a second one (another day's, a department's, a talent's)
    value, sentence, end = said[0]
    if len(find_times(sentence)) != 1 or not _TO_PLACE.match(sentence[end:]):
        return None
    rest = re.sub(r"[()\[\]]", " ", sentence[end:])
    whole = [a for a in find_addresses(rest) if a.street is not None and a.postcode is not None]
    return (value, whole[0].text.rstrip(" .:;,")) if len(whole) == 1 else None


# "We're filming at Kylemore Abbey, Pollacappul, Connemara, Co. Galway, H91 VR90": the set
# named after the sentence's 'filming at', a run of capitalised names and commas up to a
# postcode (a townland, an estate: no street at all)
_NAME = r"[A-Z\u00c0-\u00de][\w'\u2019.-]*"
_PLACE_RUN = rf"{_NAME}(?:\s+(?:of|the|on|upon|na|an|de|du|la|le|di|da)?\s*{_NAME})*"
_FILMING_AT = lazy(
    r"\b(?i:(?:filming|shooting|working)\s+(?:at|in)|(?:set|location)\s+is(?:\s+at|\s+in)?)\s+"
    rf"(?P<place>(?:{_PLACE_RUN}\s*,\s*){{1,5}})$"
)


# A memo's key naming the set ("Where: Skyline gondola base, 53 Brecon St ..."): the lead is
# read from it on, and a place's own name may hold a word like "base" ("gondola base", "the
# base station"); only a base the crew gathers at ("unit base", "base camp") is another place
_SET_KEY = lazy(
    r"\b(?:where|locations?|loc|set|venue|shoot(?:ing)?\s+location|filming\s+location)\s*:", re.I
)
_CREW_BASE = lazy(
    r"\b(?:unit|crew|production|tech(?:nical)?)\s+base\b|\bbase\s*camp\b|\bbasecamp\b", re.I
)


_TOMORROW_WORD = lazy(r"\btomorrow\b", re.I)


def _not_the_set(lead: str) -> bool:
    """Whether the words leading to an address say it is not the set (parking, a base, the
    hospital, another day). After a memo's set key only a crew's base counts as a base."""
    keys = list(_SET_KEY.finditer(lead))
    if not keys:
        return bool(_NOT_THE_SET.search(lead) or _PARK.search(lead))
    after = lead[keys[-1].end() :]
    veto = [m.group(0).lower() for m in _NOT_THE_SET.finditer(after)]
    if any(not w.startswith("base") for w in veto) or _PARK.search(after):
        return True
    return bool(_CREW_BASE.search(after))


def _named_places(paragraph: str, company: str) -> list[str]:
    """Places the paragraph names after 'filming at', each up to the postcode that closes it."""
    out: list[str] = []
    for found in find_addresses(paragraph):
        if found.postcode is None or found.street is not None:
            continue
        lead = paragraph[_sentence_start(paragraph, found.start) : found.start]
        m = _FILMING_AT.search(lead)
        if m is None or _NOT_THE_SET.search(lead) or _PARK.search(lead):
            continue
        place = (m["place"] + found.text).rstrip(" .:;,")
        if not _in_company(place, company):
            out.append(place)
    return out


def _run_on(text: str, addresses: list[Address]) -> list[Address]:
    """The whole addresses of ``text``, each with the street that runs on into it across a
    comma ("Finglas Rd, Glasnevin" + ", Dublin 11, D11 XA32": a postal district read as the
    whole one's street) taken in: the street comes first."""
    out: list[Address] = []
    for k, found in enumerate(addresses):
        if found not in _whole([found]):
            continue
        prev = addresses[k - 1] if k else None
        if (
            prev is not None
            and prev.street is not None
            and prev.postcode is None
            and re.fullmatch(r"\s*,\s*", text[prev.end : found.start])
        ):
            found = replace(found, text=text[prev.start : found.end], start=prev.start)
        out.append(found)
    return out


def _in_company(address: str, company: str) -> bool:
    squeeze = lambda t: re.sub(r"\s+", " ", t).strip()  # noqa: E731
    return bool(company) and squeeze(address) in squeeze(company)


_HOSPITAL_WORDS = r"hospital|emergency\s+room|\ber\b|a&e|emergency\s+department|urgent\s+care"


def hospital_named(text: str) -> tuple[str, str] | None:
    """'The closest emergency room is at <name>, <address>' / 'Nearest hospital: <name>,
    <address>': the name between the link and a whole address, and that address."""
    for paragraph in paragraphs(text):
        if (named := _hospital_in(paragraph)) is not None:
            return named
    return None


def _hospital_in(text: str) -> tuple[str, str] | None:
    for m in re.finditer(rf"(?:{_HOSPITAL_WORDS}){_LINK}", text, re.I):
        rest = text[m.end() : m.end() + 200]
        found = next(iter(_whole(find_addresses(rest))), None)
        if found is None:
            continue
        name = rest[: found.start].strip(" ,;-")
        if 2 <= len(name) <= 80 and not find_time(name):
            return name, found.text.rstrip(" .")
    return None
