# ruff: noqa: RUF003  (en dashes: the separators the rules read)
"""The production title: cut the trailing text a header prints beside it (a date, a time,
"Shoot Day 2 of 3", a commercial's spot lengths), take a quoted title out of the kind of
production printed around it, and find the biggest heading when no label names the title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract.reader import labels as L
from pipeline.extract.reader.calendar_names import MONTHS, WEEKDAYS
from pipeline.extract.reader.day_count import count_alone
from pipeline.extract.reader.labelling import runs
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import Line, PageText
from pipeline.extract.reader.title_kinds import (
    label_with_time,
    quoted_work,
    time_range,
    without_kind_prefix,
)
from pipeline.extract.reader.values import find_dates, find_times

_SEP = r"(?:\s*[-\u2013\u2014|\u00b7,:]\s*|\s+)"
_TITLE_TAIL = lazy(
    _SEP + r"(?:(?:shoot(?:ing)?\s+)?day\s+\d+\s*(?:of|/)\s*\d+\b"
    # 'Shoot Day 5', 'Ep. 104', 'Episode 3', 'Eps. 3-4', 'Folge 4', 'Odc. 7': the day's or
    # the episode's number after the series' title (a bare 'Day 5' may be a title's own)
    r"|shoot(?:ing)?\s+day\s*#?\s*\d{1,3}\b"
    r"|(?:ep|eps|episode|episodes|épisode|episodio|folge|odc|odcinek|afl|aflevering)\.?\s*#?"
    r"\s*\d{1,4}\b"
    r"|dzie[ńn]\s+(?:zdj[ęe]ciowy\s+)?\d+"
    r"|call\s*sheet\b|plan\s+zdj|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?!\w)|\d{1,2}\s*[ap]\.?m\.?(?!\w))",
    re.I,
)
_WEEKDAY = (
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?"
    r"|poniedzia\w*|wtorek|środa|sroda|czwartek|piątek|piatek|sobota|niedziela"
)
# a weekday after a separator, or one the title ends with, or one before a date or time
_TITLE_WEEKDAY = lazy(
    rf"\s*[-\u2013\u2014|\u00b7,:]\s*(?:{_WEEKDAY})\b|\s+(?:{_WEEKDAY})(?:,?\s*$|,?\s+\d)", re.I
)


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# What else a header prints beside a title: a day count, a time, a month and day
_TAILS = (
    _TITLE_TAIL,
    _TITLE_WEEKDAY,
    lazy(
        r"\b(?:shoot(?:ing)?\s+)?(?:day|dzień(?:\s+zdjęciowy)?)\s*#?\d{1,3}\s*(?:of|/|z)\s*\d{1,3}",
        re.I,
    ),
    lazy(r"(?<![\d.])\d{1,2}[:.][0-5]\d(?:\s*[ap]\.?m\b\.?)?(?![\d.])", re.I),
    lazy(r"(?<![\d.])\d{1,2}\s*[ap]\.?m\b\.?", re.I),
    lazy(rf"\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b", re.I),
    lazy(rf"(?<!\d)\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b", re.I),
)
TITLE_SEPARATORS = " \t-\u2013\u2014\u00b7|,:;/(["


def _tail_starts(text: str) -> list[int]:
    """Where each kind of trailing text (a date, a time, a weekday, 'day N of M') starts."""
    padded = " " + text  # a tail that needs a separator before it may also start the text
    starts = [max(m.start() - 1, 0) for rx in _TAILS if (m := rx.search(padded))]
    return starts + [p.start for p in find_dates(text)]


# the separators a running footer parts its items with ('Company · Title · Truck')
# (not a dash: a printed e-mail's header 'Gmail - MANGROVE Friday' repeats its subject)
_RUNNING_PARTS = lazy(r"\s+[\u00b7\u2022|]\s+")
_TRAILING_WEEKDAY = lazy(rf"(?<![-\u2013\u2014|\u00b7,:;/])\s(?:{_WEEKDAY})\s*$", re.I)


def weekday_of_title(title: str, lines: list[str]) -> bool:
    """'Big 12 Saturday', 'SEC Saturday Night Football' ending on 'Saturday': a title that ends
    on a weekday word with no separator before it and no date after it, printed again whole as
    one item of a running header or footer, its items parted by dots or bars ('Prairie Sports
    Productions  ·  Big 12 Saturday  ·  Global 7'): the weekday is the title's own word, not
    the day's tail printed beside it (a footer names the production, not the day)."""
    text = title.strip()
    if not _TRAILING_WEEKDAY.search(text) or len(text.split()) < 2:
        return False
    if any(p.start < len(text) for p in find_dates(text)):
        return False
    key = text.casefold()
    for ln in lines:
        parts = [p.strip(" ,:;").casefold() for p in _RUNNING_PARTS.split(ln)]
        if len(parts) >= 2 and key in parts:
            return True
    return False


def tail_start(text: str) -> int | None:
    """Where the first date, time, weekday or day count in ``text`` starts; None if none.
    The one test of a title's tail, for cutting it (clean_title) and for doubting a title
    that keeps one (sanity.title_findings)."""
    starts = _tail_starts(text)
    return min(starts) if starts else None


# a commercial's deliverables after a dash: "SUNDAY DRIVE - :30 / :15 TV" (spot lengths, medium)
_SPOT_TAIL = lazy(
    r"\s*[-\u2013\u2014|]\s*(?:\d?\s*x\s*)?:\d{2}(?:\s*(?:/|,|&|\+)\s*(?:\d?\s*x\s*)?:\d{2})*"
    r"(?:\s+(?:tv|online|digital|social|radio|web|cinema|ooh|broadcast)\b)*\s*$",
    re.I,
)


# a commercial's spot length after a separator or in brackets: 'Mazury Fresh · TVC 30"',
# 'Harbour Lights - 60s spot', 'Sunday Roast (:30)', 'Zamek Chips · online spot 20"', with more
# lengths or cut-downs ('TVC 30" + cut-downs 15" / 6"'). A length is ':30', '30"', '30 sec' or
# '30s' (a bare '60s' only beside a word for the spot: 'Club - 60s' may be a decade)
_LENGTH = (
    r"(?:\d\s*x\s*)?(?::\d{2}"
    r"|\d{1,3}\s*(?:\"|''|\u201d|\u2033|sec\.?|secs|seconds|sek\.?|sekund)(?!\w))"
)
_BARE_S = r"(?:\d\s*x\s*)?\d{1,3}s(?!\w)"
_SPOT_WORD = (
    r"(?:tvc|tvcs|spots?|commercials?|ads?|adverts?|cut-?downs?|cutdowns?|versions?|edits?"
    r"|tv|online|digital|social|radio|web|cinema|ooh|broadcast|vod|reklam\w*)"
)
_SPOT_ITEM = rf"(?:{_LENGTH}|{_BARE_S}|{_SPOT_WORD}\b)"
_SPOT_RUN = rf"{_SPOT_ITEM}(?:\s*(?:[/,&+]\s*)?{_SPOT_ITEM})*"
# ... and a medium in brackets after it: 'Lato w Augustowie · spot 20" (online)'
_SPOT_LENGTH_TAIL = lazy(
    rf"(?P<sep>\s+[-\u2013\u2014|\u00b7\u2022]\s*|\s*,\s*|\s*\(\s*)(?P<run>{_SPOT_RUN})"
    rf"(?P<note>\s*\(\s*{_SPOT_RUN}\s*\))?\s*\)?\s*$",
    re.I,
)


# ... or a note in brackets that opens with a spot's length: the deliverables, whatever follows
# ('Halden SUV (:30 "Edge" and :15 cutdown)', 'Trail Boots (:30 and stills)', 'Oat Bar (30"
# TV, 6" bumpers)'); a bracket that only holds a length somewhere ('Song (Take 30")') stays
_LENGTH_NOTE = lazy(rf"\s*\(\s*{_LENGTH}(?![\w:])[^()]*\)\s*$", re.I)


def without_spot_length(text: str) -> str:
    """The title without a commercial's trailing spot length ('Mazury Fresh · TVC 30"' ->
    'Mazury Fresh'); the text itself when it ends in none (a length is needed: '· TVC' alone,
    or 'Club - 60s' with no word for a spot, stays)."""
    note = _LENGTH_NOTE.search(text)
    if note is not None and text[: note.start()].strip():
        return text[: note.start()].strip()
    m = _SPOT_LENGTH_TAIL.search(text)
    if m is None:
        return text
    closed = m.group(0).rstrip().endswith(")") and not m["note"]
    if ("(" in m["sep"]) != closed:
        return text
    run = m["run"]
    if not re.search(_LENGTH, run, re.I) and not (
        re.search(_BARE_S, run, re.I) and re.search(rf"{_SPOT_WORD}\b", run, re.I)
    ):
        return text
    return text[: m.start()].strip() or text


# The kind of production in brackets after the title: 'Motte (short)', 'Salt Road (feature
# film)', 'Harbour (TVC)', 'Ferns (student short)': the kind, no part of the title
_KIND_NOTE = lazy(r"\s*\((?P<words>[^()]{2,30})\)\s*$")
_NOTE_KINDS = frozenset({"tvc", "promo", "doc", "docu", "mv", "ad", "advert", "webseries"})


def without_kind_note(text: str) -> str:
    """The title without a bracketed kind of production after it ('Motte (short)' -> 'Motte');
    the text itself when the brackets hold anything else ('Untitled (Working Title)')."""
    m = _KIND_NOTE.search(text)
    if m is None or not text[: m.start()].strip():
        return text
    words = re.findall(r"[^\W\d_]+", m["words"].lower())
    if not words or not all(w in FORMAT_WORDS or w in _NOTE_KINDS for w in words):
        return text
    return text[: m.start()].strip()


# A title printed in quotes after the kind of production: Polish 'SERIAL „Przystań”', 'film
# fabularny „Rejs”', English 'Feature "Night Run"', German 'Serie „Tatort”', French 'série
# « Lupin »'. The quoted words are the title; the kind is not part of it.
_OPEN_Q = "\u201e\u201c\u201d\"\u00ab\u2039\u201a\u2018'"
_CLOSE_Q = "\u201d\u201c\"\u00bb\u203a\u2019'"
_QUOTED = lazy(rf"[{_OPEN_Q}]\s*(?P<t>[^{_CLOSE_Q}]{{2,80}}?)\s*[{_CLOSE_Q}]")
FORMAT_WORDS = frozenset(
    {"serial", "series", "seria", "film", "movie", "feature", "programme", "program", "show"}
    | {"tv", "telewizyjny", "fabularny", "dokumentalny", "documentary", "commercial", "spot"}
    | {"reklama", "teledysk", "music", "video", "spielfilm", "fernsehfilm", "serie", "série"}
    | {"téléfilm", "long", "court", "métrage", "projekt", "project", "produkcja", "production"}
    | {"web", "mini", "miniseries", "miniserial", "krótkometrażowy", "short", "pilot"}
    # Czech / Slovak: 'celovečerní film „Kanovník”', 'televizní seriál, díl 3 „…”' (díl /
    # diel: the episode), German 'Kinofilm', 'Fernsehserie, Folge 4'
    | {"celovečerní", "celovečerný", "televizní", "televízny", "seriál", "díl", "diel"}
    | {"dokumentární", "dokumentárny", "krátkometrážní", "krátkometrážny", "hraný", "epizoda"}
    | {"kinofilm", "fernsehserie", "folge", "episode", "staffel"}
    | {"student", "studentský", "študentský", "absolventský", "graduation", "thesis"}
    # a film school's exercise: Polish 'etiuda „…”', Czech / Slovak 'etuda'; Spanish, Italian,
    # Portuguese lengths: 'cortometraje', 'largometraje', 'cortometraggio', 'curta-metragem'
    | {"etiuda", "etuda", "cortometraje", "largometraje", "cortometraggio", "lungometraggio"}
    | {"curta", "longa", "metragem"}
    # Russian, Ukrainian, Belarusian, Bulgarian, Serbian and Macedonian in Cyrillic: 'Фильм
    # «Дорога в Яссы»', 'художественный фильм «…»', 'телесериал «…»', 'серија „…“'
    | {"фильм", "фільм", "кинофильм", "телефильм", "сериал", "серіал", "телесериал"}
    | {"художественный", "документальный", "короткометражный", "полнометражный", "проект"}
    | {"художній", "документальний", "филм", "серија", "игран", "документарен"}
)


def _quoted_title(text: str) -> str | None:
    """The quoted title when everything else in ``text`` names the kind of production."""
    m = _QUOTED.search(text)
    if m is None:
        return None
    rest = re.findall(r"[^\W\d_]+", text[: m.start()] + " " + text[m.end() :])
    kinds = [w for w in rest if w.lower() in FORMAT_WORDS]
    # a school's, channel's or studio's short name among the kind ('student film FAMU „…”',
    # 'HBO series "…"'): capitals only, and only beside a word for the kind
    others = [w for w in rest if w.lower() not in FORMAT_WORDS]
    brand = all(w.isupper() and 2 <= len(w) <= 6 for w in others) and len(others) <= 1
    if not others or (kinds and brand) or _kind_then_credit(text, m):
        return m["t"].strip()
    return None


def quoted_kind_title(text: str) -> str | None:
    """The quoted title when all the other words of ``text`` name the kind of production
    ('film fabularny „Rejs”'), at least one of them; None otherwise."""
    m = _QUOTED.search(text)
    if m is None or text[m.end() :].strip(" .,"):
        return None
    before = re.findall(r"[^\W\d_]+", text[: m.start()])
    if not before or not all(w.lower() in FORMAT_WORDS for w in before):
        return None
    return m["t"].strip()


# a music video's or a film's one line: "MV 'Paper Lanterns' – The Creek Kings", 'Music video
# "Neon" by Lumen', 'Teledysk „Wiosna” – Kwiaty': the kind, the quoted work, then a spaced dash
# (or "by") and whose it is (the artist's name is no part of the title)
_VIDEO_KIND = FORMAT_WORDS | {"mv", "clip", "videoclip", "musikvideo"}
_CREDIT_AFTER = lazy(r"^\s*(?:[\u2013\u2014|]|-(?=\s)|\bby\b|\bvon\b)\s*\S", re.I)


def _kind_then_credit(text: str, m: re.Match[str]) -> bool:
    before = re.findall(r"[^\W\d_]+", text[: m.start()])
    return (
        bool(before)
        and all(w.lower() in _VIDEO_KIND for w in before)
        and _CREDIT_AFTER.match(text[m.end() :]) is not None
    )


# "IRONFALL  -  cinematics block 3", "LES VEILLEURS - capture de performance": a title set in
# capitals, a spaced dash, then a note in lower case (the block, the kind of day) that is no
# part of it. A subtitle in title case ("STAR WARS - A New Hope") is kept.
_CAPS_THEN_NOTE = lazy(
    r"^([^a-z\u00df-\u00ff]*[A-Z\u00c0-\u00de][^a-z\u00df-\u00ff]*?)\s+[-\u2013\u2014]\s+"
    r"(?=[a-z\u00df-\u00ff])[^\n]*[a-z]"
)


def clean_title(text: str) -> str:
    """Cut a trailing date, time, weekday, 'Shoot Day 2 of 3' or a commercial's spot lengths
    after a dash ('- :30 / :15 TV') from a production title.

    A weekday is cut only after a separator or at the end ('The Monday Club' keeps it); a
    four-digit number is never read as a time ('Blade Runner 2049').
    """
    title = _SPOT_TAIL.sub("", text.strip()) or text.strip()
    title = _DAY_CUE.sub("", title, count=1) or title  # 'tmrw: LAST SHOW call 7:30a'
    title = without_spot_length(title)
    title = without_kind_prefix(title)  # 'TVC: Kestrel Outdoor - Silo'
    title = _quoted_title(title) or quoted_work(title) or title
    caps = _CAPS_THEN_NOTE.match(title)
    if caps is not None:
        title = caps.group(1)
    while True:
        cuts = [c for c in _tail_starts(title) if c > 0]
        if not cuts:
            break
        # the cut may leave the bracket that opened the tail ('Cafe (10:30 call)')
        shorter = title[: min(cuts)].strip(" -\u2013\u2014|\u00b7,:;([{")
        if not shorter or shorter == title:
            break
        title = shorter
    title = _without_group_word(title)
    return _quoted_title(title) or title or text.strip()


# A day cue before a subject's or a chat's title, then a colon or a dash: 'tmrw: LAST SHOW',
# 'Tomorrow - Night Run', 'TODAY: HARBOUR'
_DAY_CUE = lazy(
    r"^\s*(?:tmrw|tmr|tmw|tomoz|2moro|tomorrow|today|tonight)\s*[:\-\u2013\u2014|]\s*(?=\S)",
    re.I,
)
# Who a message is for, or its call word, in lower case after a title in capitals or capitalised
# words: 'Tide Line crew' (a chat group's name), 'LAST SHOW call' (the time already cut), 'Salt
# Road cast & crew', 'NIGHT RUN unit'. A word capitalised like the title ('The Crew', 'Curtain
# Call') is the title's own.
_GROUP_TAIL = lazy(
    r"(?P<sep>\s+[-\u2013\u2014|\u00b7]\s+|\s+)"
    # 'PUTINAS night unit', 'TIDE LINE 2nd unit': one word in lower case saying which unit
    r"(?:(?:cast|crew)\s*(?:&|and|\+)\s*|(?:[a-z]+|\d(?:st|nd|rd|th))\s+(?=unit\b))?"
    r"(?:crew|cast|team|unit|call|chat|group|gang)"
    r"(?:\s+(?:chat|group|call))?"
    # ... with a note in brackets after it: 'RIVERLINE crew (EE unit)'
    r"(?:\s*\([^()]{1,24}\))?\s*$"
)


def _without_group_word(title: str) -> str:
    """The title without a lower-case word for the crew or the call after it (_GROUP_TAIL),
    when every word before it starts with a capital (or a digit)."""
    m = _GROUP_TAIL.search(title)
    if m is None:
        return title
    head = title[: m.start()].strip(" -\u2013\u2014|\u00b7,:;")
    words = [w for w in head.split() if any(c.isalpha() for c in w)]
    if not words:
        return title
    # after a spaced dash ('Sūduvos vasara - cast & crew') the words before are the title
    # whatever their case; without one, every word before must start with a capital
    if m["sep"].strip() and len(words) <= 6:
        return head
    if not all(w[0].isupper() or w[0].isdigit() for w in words):
        return title
    return head


def removed(raw: str, title: str) -> str:
    """The warning that says what was cut from a printed title."""
    if not raw.strip().startswith(title):
        return f"production: read '{title}' from '{raw.strip()}'"
    return f"production: removed '{raw.strip()[len(title) :].strip()}' after the title"


# "TITLE CALL SHEET", "TITLE / CALL SHEET"
_CALL_SHEET_TAIL = lazy(r"\s*[-\u2013|:/\u00b7]?\s*\bcall\s*sheet\s*$", re.I)
# The sheet's own name joined to the title by a separator, either side: "BARTON SPRINGS - Call
# Sheet", "CALL SHEET: THE DOME", "KINO - plan zdjęć na jutro" (its words run on after it)
_SHEET_NAME = r"(?:call\s*sheet|plan\s+zdj\w*|dzienny\s+plan|feuille\s+de\s+service|tagesdispo\w*)"
# ... and a schedule's: "NORTH RIDGE - ONE-LINE SCHEDULE, WEEK 3", "KINO | Shooting Schedule"
_SCHEDULE_NAME = r"(?:(?:one[-\s]?line|shooting|production|filming)\s+)?schedule|one[-\s]?liner?"
# ... with a word before it that says which edition of the sheet it is: "NORTH OF SILENCE -
# ADVANCE CALL SHEET", "KINO | REVISED CALL SHEET", "THE DOME - 2ND UNIT CALL SHEET"
_EDITION = (
    r"(?:(?:advance[d]?|revised|amended|updated|preliminary|prelim\.?|provisional|draft|final"
    r"|tentative|daily|(?:main|second|2nd|splinter|second\s+unit|b)\s+unit|unit)\s+){0,2}"
)
_SHEET_NAME_AFTER = lazy(
    rf"\s+[-\u2013|:]\s+{_EDITION}(?:{_SHEET_NAME}|{_SCHEDULE_NAME})\b.*$", re.I
)
# ... after the sheet's name in the local language and a slash, the title after a middle dot
# too: a service company's bilingual heading 'BAI KHIU / CALL SHEET · White Silence' (Thai),
# 'LỊCH QUAY / CALL SHEET · The Perfume River' (Vietnamese)
_LOCAL_NAME = r"(?:[^\W\d_][^/|\u00b7\d]{0,24}?\s/\s)?"
_SHEET_NAME_BEFORE = lazy(rf"^\s*{_LOCAL_NAME}{_SHEET_NAME}\s*[-\u2013|:\u00b7]\s*(?=\S)", re.I)
_LOCAL_AND_SHEET_NAME = lazy(rf"\s*{_LOCAL_NAME.removesuffix('?')}{_SHEET_NAME}\s*", re.I)


def local_sheet_name(run: str, line: str) -> bool:
    """Whether ``run`` is the sheet's name in two languages ('BAI KHIU / CALL SHEET') set apart
    from the title after it on its line ('·  White Silence'): a name, not the title."""
    if not _LOCAL_AND_SHEET_NAME.fullmatch(run):
        return False
    rest = line[line.find(run) + len(run) :].strip(" \t-\u2013|:\u00b7")
    return bool(rest) and _SHEET_NAME_BEFORE.match(line) is not None


def _beside_sheet_name(text: str) -> str | None:
    """The title printed beside the sheet's name and a separator, or None."""
    for pattern in (_SHEET_NAME_AFTER, _SHEET_NAME_BEFORE):
        rest = pattern.sub("", text, count=1).strip()
        if rest != text.strip() and rest and not _NOT_TITLE.search(rest):
            return None if _DAY_COUNT.match(rest) else rest
    return None


def named_beside_sheet_name(line: str, heading: str) -> bool:
    """Whether the heading's own line is the sheet's name and the heading alone, in either
    order ('FEUILLE DE SERVICE  L'HORLOGE', 'THE DOME  CALL SHEET', 'DZIENNY PLAN PRACY: KINO',
    'REVISED CALL SHEET - SALT LINES'): the page names its title as the call sheet's."""
    at = line.find(heading)
    if at < 0 or not heading.strip():
        return False
    rest = (line[:at] + " " + line[at + len(heading) :]).strip(" \t-\u2013|:\u00b7")
    return bool(_SHEET_NAME_ALONE.fullmatch(rest))


_SHEET_NAME_ALONE = lazy(rf"{_EDITION}{_SHEET_NAME}", re.I)


# "Day 7 - Schedule", "Week 2 | Shooting Schedule": the day or week counted, no title
_DAY_COUNT = lazy(r"^(?:shoot(?:ing)?\s+)?(?:day|week|dzie[nń]|tydzie[nń])\s*#?\d", re.I)


_NOT_TITLE = lazy(
    r"call\s*sheet|plan zdj|dzienny plan|schedule|one.?lin|feuille de service|tagesdispo"
    r"|\bjour de tournage\b|\bdrehtag\s+\d",  # the sheet's name or its day count, not a title
    re.I,
)


# The document's own kind printed as the page's heading, in the languages whose call sheets
# the reader knows ("DENNÍ DISPOZICE", "DENNÁ DISPOZÍCIA", "NAPI DISZPOZÍCIÓ", "ORDEN DE
# RODAJE", "HOJA DE LLAMADO", "ORDINE DEL GIORNO", "DAGSPLAN", "ВИКЛИКНИЙ ЛИСТ"): the whole
# heading is the kind of paper, never the production's title
_DOCUMENT_KIND = lazy(
    r"^(?:(?:denn[íá]\s+)?dispoz(?:ice|ícia|icia)|(?:napi\s+)?diszpozíció|(?:tages)?dispo(?:sition)?"
    r"|orden\s+de\s+rodaje|hoja\s+de\s+(?:llamado|citaci[óo]n)|ordine\s+del\s+giorno"
    r"|ordem\s+do\s+dia|folha\s+de\s+servi[çc]o"
    r"|dagsplan(?:en)?|викликний\s+лист|вызывной\s+лист|feuille\s+de\s+service"
    r"|plan\s+zdj[ęe]ciowy|dzienny\s+plan\s+pracy|call\s*sheet"
    # Lithuanian 'FILMAVIMO DIENOS PLANAS Nr. 7' (the shooting day's plan), Czech 'DENNÍ PLÁN
    # NATÁČENÍ' (the day's shooting plan)
    r"|filmavimo\s+dienos\s+planas|denn[íi]\s+pl[áa]n\s+nat[áa][čc]en[íi]"
    # Nordic / Baltic and Dutch day orders: Finnish 'PÄIVÄJÄRJESTYS' / 'PÄIVÄOHJELMA', Estonian
    # 'PÄEVAPLAAN', Icelandic 'DAGSKRÁ (TÖKUDAGS)', Dutch 'DRAAISCHEMA' / 'DAGOVERZICHT'
    r"|päiväjärjestys|päiväohjelma|päevaplaan|dagskrá(?:\s+tökudags)?|draaischema|dagoverzicht"
    # 'PLAN PRACY NA 2. DZIEŃ ZDJĘCIOWY': the work plan for a numbered shooting day
    r"|plan\s+pracy(?:\s+na\s+\d{1,3}\.?\s+dzie[ńn]\s+zdj[ęe]ciowy)?"
    # Polish 'DYSPOZYCJA' (the day's orders: 'DYSPOZYCJA DZIENNA', a recording's 'DYSPOZYCJA
    # NAGRANIOWA', a school's 'DYSPOZYCJA na dzień zdjęciowy nr 2')
    r"|dyspozycja(?:\s+(?:dzienna|zdj[ęe]ciowa|nagraniowa|produkcyjna))?"
    r"(?:\s+na\s+(?:\d{1,3}\.?\s+)?dzie[ńn](?:\s+(?:zdj[ęe]ciowy|nagraniowy|nagra[ńn]))?)?)"
    # ... and its number: 'ORDEM DO DIA Nº 6', 'ORDINE DEL GIORNO N. 8', 'CALL SHEET #12',
    # Czech / Slovak 'DENNÍ DISPOZICE č. 14' (číslo)
    r"(?:\s*(?:n\.?[º°o]?\.?|nr\.?|no\.|#|č\.|čís\.)\s*\d{1,3})?$",
    re.I,
)


def kind_only(text: str) -> bool:
    """Whether ``text`` only names a kind of production ('TVC', 'Short film', 'COMMERCIAL')."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return bool(words) and all(w in FORMAT_WORDS or w in _NOTE_KINDS for w in words)


# The sheet's number alone in a cell beside its kind: 'Nr. 7', 'No. 12', '#5', 'č. 14'
_NUMBER_TAG = lazy(r"(?:n\.?[º°o]\.?|nr\.?|no\.|#|č\.|čís\.)\s*\d{1,4}", re.I)


# A company's name, not a production's title: "Spanish Moss Pictures LLC", "Firth Films Ltd",
# "Southerly Buster Productions Pty Ltd" (a legal form at the end, or a company-kind word)
_LEGAL_FORM = (
    r"\b(?:llc|l\.l\.c\.|ltd|limited|inc|incorporated|corp|gmbh|pty|plc|s\.?a\.?s|s\.?r\.?l"
    r"|sp\.?\s*z\s*o\.?\s*o|oy|ab|bv|kft|d\.?o\.?o|s\.?a|b\.v|n\.?v|bvba|vzw|sarl|lda"
    # a British limited liability partnership, a community interest company
    r"|llp|cic)\.?"
)
_COMPANY = lazy(
    rf"(?:{_LEGAL_FORM}"
    # 'NARROWS FILM CO.': the company's short form
    r"|\b(?:film|films|picture|pictures|production|media)\s+co\.?"
    # 'AIREDALE & CO.': a partnership's short form
    r"|\s(?:&|and)\s+co\.?"
    # 'NORTHUMBERLAND FILM HOUSE', 'Harbourside Production House': a house that makes films
    r"|\b(?:film|picture|production|media|content|creative|post(?:-production)?)\s+house"
    r"|\b(?:pictures|productions|producties|films|studios?|entertainment|media"
    r"|filmproduktion))\s*$",
    re.I,
)
_LEGAL_TAIL = lazy(rf"(?:\s+{_LEGAL_FORM})+\s*$", re.I)
_FOOT_CELL = lazy(r"\s+[|\u00b7\u2022\u2013\u2014-]\s+|\s*[,;]\s*")
# A revision's stamp printed large beside the title ('REVISED', 'AMENDED', 'REV 2',
# 'CANCELLED'), read with its letter-spacing closed up
_STAMP = lazy(
    r"(?:(?:revised|amended|updated|cancell?ed|rev(?:ision)?\.?)(?:no\.?|#)?\d{0,2})+", re.I
)
# The week of the year printed large in a header tile ('UKE 12', 'V. 24', 'UGE 41', 'KW 12',
# 'Week 38'): Nordic and German offices plan by the ISO week number
_WEEK_NUMBER = lazy(
    r"^(?:week|wk|kw|uke|uge|vecka|vko|viikko|v|semaine|sem|semana|settimana|woche|tydzień"
    r"|týden|hét|nädal|savaitė|nedelja)\.?\s*(?:no\.?\s*|nr\.?\s*|#\s*)?\d{1,2}$",
    re.I,
)
COVER_SHARE = 0.5  # a cover page prints its title lower, under the company's name


def _name_key(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.lower()))


def companies_named(page: PageText) -> set[str]:
    """The names the page prints with a legal form after them, without it, as keys: 'Brightline
    Content Ltd · Registered in England' in a footer names 'brightline content'. A cell that
    follows a label's colon ('Client: Meridian Legal LLP') names another party and counts not."""
    out: set[str] = set()
    for line in page.lines:
        for cell in _FOOT_CELL.split(line.text):
            bare = _LEGAL_TAIL.sub("", cell.strip(" .,"))
            if ":" in cell or bare == cell.strip(" .,") or len(bare.split()) < 1:
                continue
            if _has_words(bare):
                out.add(_name_key(bare))
    return out


def company_name(text: str) -> bool:
    """Whether ``text`` reads as a production company's name rather than a title."""
    return len(text.split()) >= 2 and bool(_COMPANY.search(text.strip(" .,")))


def legal_company(text: str) -> bool:
    """Whether ``text`` is a name followed by a company's legal form ('Połonina Film sp. z
    o.o.', 'Firth Films Ltd', 'Kranich GmbH'): registered companies carry one, titles do not."""
    bare = _LEGAL_TAIL.sub("", text.strip(" ,"))
    return bare != text.strip(" ,") and _has_words(bare)


_BESIDE = lazy(r"\s+[\u00b7\u2022|\u2013\u2014-]\s+")


def title_before_company(text: str) -> str | None:
    """'DE DOMTOREN · Vaartsche Rijn Films', 'LE SACRE | Champagne Images SARL': a title, a
    separator, then the company presenting it on one line; the title is what comes before."""
    parts = _BESIDE.split(text.strip(), maxsplit=1)
    if len(parts) != 2 or not company_name(parts[1]) or company_name(parts[0]):
        return None
    head = parts[0].strip()
    return head if _has_words(head) and not _DOCUMENT_KIND.match(head) else None


# A name alone in quotes: opened by a double quote (German, Polish, English, French: „…”, “…”,
# "…", «…»), it may hold an apostrophe ("“Don’t Look Back”", "“Rock 'n' Roll”"); opened by a single
# one (British ‘…’ and '…', ‚…‘, ‹…›), it holds no quote of its own kind, so an apostrophe inside
# ("'Rock 'n' Roll'", "'Tis") is no quote's end
_OPEN_DOUBLE = '\u201e\u201c\u201d"\u00ab'
_CLOSE_DOUBLE = '\u201d\u201c"\u00bb'
_OPEN_SINGLE = "\u201a\u2018'\u2039"
_CLOSE_SINGLE = "\u2019'\u203a"
_WHOLE_QUOTED = lazy(
    rf"^[{_OPEN_DOUBLE}]\s*(?P<t>[^{_CLOSE_DOUBLE}]{{2,80}}?)\s*[{_CLOSE_Q}]$"
    rf"|^[{_OPEN_SINGLE}]\s*(?P<s>[^{_CLOSE_SINGLE}]{{2,80}}?)\s*[{_CLOSE_Q}]$"
)


def whole_quoted(text: str) -> str | None:
    """The name ``text`` prints alone in quotes, its spacing made single; None otherwise."""
    m = _WHOLE_QUOTED.match(text.strip())
    return " ".join((m["t"] or m["s"]).split()) if m is not None else None


def quoted_cell(text: str) -> str | None:
    """The one cell of a line of cells split by a dot or a bar that is a name in quotes
    ('Šiaurės studija · „Pilies Šešėlis“ · serialas, 5 serija' -> 'Pilies Šešėlis'), the
    others the company and the kind; None when no cell or several are quoted."""
    parts = [p.strip() for p in _BESIDE.split(text.strip())]
    if len(parts) < 2:
        return None
    quoted = [q for p in parts if (q := whole_quoted(p)) is not None]
    return quoted[0] if len(quoted) == 1 and _has_words(quoted[0]) else None


def largest_heading(page: PageText, label_runs: set[tuple[int, int, int]]) -> str | None:
    """The biggest run of words at the top of the page that is neither a label nor 'CALL SHEET'
    nor a company's name ('Spanish Moss Pictures LLC' presents the title, is not it).

    Runs, not lines: 'LAST TRAIN HOME        CALL SHEET' keeps its title. When the top of the
    page holds only a company's name (a cover page), the title is looked for lower down.
    """
    found = _largest(page, label_runs, 0.15)
    if found[0] is None and found[2]:
        lower = _largest(page, label_runs, COVER_SHARE)[0]
        return lower or found[1]
    if found[3] > found[4]:
        # 'FILMAVIMO DIENOS PLANAS' over 'UAB „Nemuno kinas“ · „Sonata“ · vaidybinis filmas':
        # the line under the paper's kind names the company, the quoted title and its kind
        if found[5] + 1 < len(page.lines):
            cell = quoted_cell(page.lines[found[5] + 1].text)
            if cell is not None:
                return cell
            # 'DYSPOZYCJA na dzień zdjęciowy nr 2' over 'etiuda: „Wieża”': the line under the
            # paper's kind names the kind of production and its quoted title, nothing else (a
            # school's or a house's name set larger above the paper's kind is not the title)
            named = quoted_kind_title(page.lines[found[5] + 1].text)
            if named is not None:
                return named
        # 'PLAN PRACY NA 2. DZIEŃ ZDJĘCIOWY' the largest at the top, the title under it a
        # little lower than the top's share: look on to the line under the paper's kind
        under = _largest(page, label_runs, 0.15, below=found[5])
        if under[0] is not None and under[4] > found[4]:
            return under[0]
    return found[0] or found[1]


SLIDE_ASPECT = 1.6  # a page this much wider than tall is a slide (16:10, 16:9), no paper
SLIDE_BAND_ASPECT = 4 / 3  # ... whose top band is as deep as a 4:3 slide's of its width


def top_band(page: PageText, share: float) -> float:
    """How far down the top band holding the title reaches: ``share`` of the page's height, or
    on a slide exported from a deck (16:9, 16:10) as deep as on a 4:3 slide of its width: a
    wide page's height is short, and its title sits as low under the house's line as on a
    paper page. A4 or letter, upright or on its side, keep their share of the height."""
    if page.width < SLIDE_ASPECT * page.height:
        return page.height * share
    return page.width / SLIDE_BAND_ASPECT * share


def _title_runs(line: Line) -> list[tuple[int, int]]:
    """The line's runs, with a title set in wide-spaced capitals kept whole: 'ADOBE  LIGHT'
    (a gap a little wider than a space, under 0.8 em, between two runs of capitals in one size)."""
    out: list[tuple[int, int]] = []
    words = line.words
    for a, b in runs(line):
        if out:
            pa, pb = out[-1]
            size = words[pb - 1].size
            gap = words[a].x0 - words[pb - 1].x1
            caps = all(_capitals(w.text) for w in words[pa:b])
            if caps and words[a].size == size and 0 < gap <= 0.8 * size:
                out[-1] = (pa, b)
                continue
        out.append((a, b))
    return out


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _largest(
    page: PageText, label_runs: set[tuple[int, int, int]], share: float, below: int = -1
) -> tuple[str | None, str | None, bool, float, float, int]:
    """The biggest title-like run above ``share`` of the page height (or on the two lines after
    line ``below``), the first line there, whether a company's name was passed over, the size
    of the largest paper's kind passed over and of the run found, and the kind's line."""
    li_of = {id(ln): i for i, ln in enumerate(page.lines)}
    found: list[tuple[float, float, str]] = []
    fallback = None
    company = False
    kind_size, kind_line = 0.0, -1
    named = companies_named(page)
    house: list[tuple[float, float, str]] = []  # runs the page names as its company's
    for n, line in enumerate(page.lines):
        if below >= 0 and not below < n <= below + 2:
            continue
        if below < 0 and line.top >= top_band(page, share):
            continue
        fallback = fallback or line.text
        for a, b in _title_runs(line):
            raw = " ".join(w.text for w in line.words[a:b])
            if local_sheet_name(raw, line.text):
                continue
            text = _CALL_SHEET_TAIL.sub("", raw)
            # the sheet's name, a heading label, beside the title: the run is still a title
            quoted = _after_sheet_name(text) or _beside_sheet_name(text)
            quoted = quoted or (text.strip() if text.strip() != raw.strip() else None)
            text = quoted or text
            taken = (0, li_of[id(line)], a) in label_runs and not quoted
            if not text or _NOT_TITLE.search(text) or taken:
                continue
            if _DOCUMENT_KIND.match(text.strip(" .:-/|")) or (quoted and kind_only(text)):
                # ... or the kind of production before the sheet's name: 'TVC CALL SHEET',
                # 'FEATURE - CALL SHEET' (the title printed elsewhere)
                size = max(w.size for w in line.words[a:b])
                if size > kind_size:
                    kind_size, kind_line = size, n
                continue  # 'DENNÍ DISPOZICE' over '„Kanovník”': the paper's kind, no title
            if not any(c.isalnum() for c in text):
                continue  # 'PLAN ZDJĘCIOWY nr 7  -  „Kino”': the dash between is no title
            if _NUMBER_TAG.fullmatch(text.strip(" .:-/|")):
                continue  # 'FILMAVIMO DIENOS PLANAS      Nr. 7': the sheet's number in its cell
            if _PRESENTS.match(text.strip()):
                company = True  # 'FILMS' / 'presents' on a cover: the title is presented lower
                continue
            if _name_key(text) in named and not quoted and not company_name(text):
                # 'BRIGHTLINE CONTENT' as large as the title, 'Brightline Content Ltd' in
                # the footer: the company's name set without its legal form ('CAP-DIAMANT
                # PRODUCTIONS' says it is a company itself, and is passed over as one below)
                house.append((max(w.size for w in line.words[a:b]), -line.top, text))
                continue
            if company_name(text):
                head = title_before_company(text)
                if head is None:
                    company = True
                    continue
                text = head
            if _STAMP.fullmatch("".join(text.split()).strip(".:-#")):
                continue  # 'REVISED', 'R EV IS ED' (letter-spaced), 'REV 2': a stamp, no title
            if _WEEK_NUMBER.match(text.strip()):
                continue  # 'UKE 12' in a tile beside the title: the week of the year, no title
            if count_alone(text):
                continue  # 'Dzień zdjęciowy 12/40' beside the date: the day's count, no title
            if not _has_words(text) and any(c.isdigit() for c in text):
                continue  # "6:00a" in a 22 pt call box beside the title is a value, not a title
            if label_with_time(text) or time_range(text):
                # 'ARTIST CALL 9A' in a call box as large as the title, '0630-0700 (walking)'
                # in a BREAKFAST box: a value
                continue
            found.append((max(w.size for w in line.words[a:b]), -line.top, text))
    titles = [f for f in found if not any(initials_of(f[2], o[2]) for o in found)]
    # ... passed over only for another heading at least as large (a film's own company may
    # carry its title's name: then it is still the title when nothing else is as large)
    biggest = max((f[0] for f in titles), default=0.0)
    company = company or any(h[0] <= biggest for h in house)
    titles += [h for h in house if h[0] > biggest]
    # 'Zielona Klatka Production      „Winnica Lubuska”' in one size across the top band: of
    # runs as large on one line, the one set whole in quotes is the work's title (Polish,
    # Czech and German sheets quote the film's title, never the house that makes it)
    best = max(titles, key=lambda f: (*f[:2], _wrapped_in_quotes(f[2])), default=None)
    return (
        (best[2] if best else None),
        fallback,
        company,
        kind_size,
        (best[0] if best else 0.0),
        kind_line,
    )


_WRAPPED = lazy(
    r'^["\u201e\u201c\u201d\u00bb\u00ab][^"\u201e\u201c\u201d]+["\u201d\u201c\u00ab\u00bb]$'
)


def _wrapped_in_quotes(text: str) -> bool:
    """Whether ``text`` is set whole between quotation marks ('„Winnica Lubuska”')."""
    return bool(_WRAPPED.match(text.strip()))


# The line under a title that says what kind of production it is: "Documentary, interview +
# b-roll (1 day)", "Non-profit campaign video, school visit", "Feature film, block 2"
_KIND_WORDS = frozenset(
    {"documentary", "video", "film", "feature", "commercial", "series", "serial", "miniseries"}
    | {"teledysk", "reklama", "dokumentalny", "fabularny", "spielfilm", "fernsehfilm", "serie"}
    | {"série", "téléfilm", "documental", "documentario", "documentaire", "docuseries"}
)


# A unit's sheet named as its heading ('AERIAL UNIT CALL SHEET', 'DRONE UNIT - CALL SHEET',
# '2ND UNIT'): the paper's kind, no title
_UNIT_HEADING = lazy(
    r"^(?:2nd|second|3rd|third|splinter|aerial|drone|insert|[bc])\s*[-\u2013]?\s*unit"
    r"(?:\s*[-\u2013:|\u00b7]?\s*(?:call\s*sheet)?)?\s*[-\u2013:|\u00b7]?$",
    re.I,
)


def title_under_unit_heading(page: PageText, heading: str) -> str | None:
    """'AERIAL UNIT CALL SHEET' set large over 'River Run · Mesa Verde Creative': when the
    largest heading only names the unit's sheet, the title is the first of a line's parts
    split by a dot or a bar ('Title · Company', 'Title | Company for Client') on either of the
    two lines under it; None otherwise."""
    if not _UNIT_HEADING.match(heading.strip()):
        return None
    for i, line in enumerate(page.lines[:-1]):
        if heading.strip() not in line.text:
            continue
        for below in page.lines[i + 1 : i + 3]:
            for a, b in _title_runs(below):
                parts = _BESIDE.split(" ".join(w.text for w in below.words[a:b]).strip(), 1)
                if len(parts) == 2 and parts[1][:1].isupper() and _has_words(parts[0]):
                    head = parts[0].strip()
                    if not _DOCUMENT_KIND.match(head) and not company_name(head):
                        return head
        return None
    return None


def kind_line_under(page: PageText, heading: str) -> bool:
    """Whether the line straight under the run ``heading`` names the kind of production in its
    first three words, in smaller type, with no label's colon: a title's own subtitle line."""
    for i, line in enumerate(page.lines[:-1]):
        if line.text.strip() != heading.strip():
            continue
        below = page.lines[i + 1]
        words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", below.text.lower())[:3]
        smaller = max(w.size for w in below.words) < min(w.size for w in line.words)
        head = " ".join(below.text.split()[:3])
        return smaller and ":" not in head and any(w in _KIND_WORDS for w in words)
    return False


# The kind of a work that is an artist's or a brand's: a music video, a commercial, branded
# content ('MUSIC VIDEO', 'MUSIC VIDEO - 1 DAY', 'Branded content - social', 'TVC')
_WORK_KIND = lazy(
    r"^\s*(?:music\s+video|mv|branded\s+content|commercial|spot|tvc|promo|teledysk|musikvideo"
    r"|video\s?clip|clip|reklama|advert|werbespot)\b",
    re.I,
)


def quoted_work_over_kind(page: PageText, heading: str) -> str | None:
    """'THE JORNADA LIGHTS' / '"Hot Springs Radio"' / 'MUSIC VIDEO': the heading names whose
    work it is (the artist, the brand), the run flush under it is the work's name alone in
    quotes, and the run flush under that names the work's kind (a music video, a commercial):
    the quoted name is the production. A music video's sheet that says so at its top
    ('TELEDYSK · PLAN DNIA', 'MUSIC VIDEO - SHOOT DAY 1') needs no kind under the song: its
    quoted line right under the artist ('SOLEJ' over '„Ropa”') names it (a music video is made
    for one song). Runs, not lines: a panel's stack shares its lines with the page's boxes
    beside it. None when the page is not printed so."""
    lines = page.lines
    video = any(_MUSIC_VIDEO.search(ln.text) for ln in lines[:SONG_LINES])
    for i, line in enumerate(lines):
        at = next(
            (r for r in _title_runs(line) if _run_text(line, r).strip() == heading.strip()), None
        )
        if at is None:
            continue
        x0 = line.words[at[0]].x0
        stack = [
            (k, _run_text(below, r))
            for k, below in enumerate(lines[i + 1 : i + 1 + STACK_LINES], i + 1)
            for r in runs(below)
            if abs(below.words[r[0]].x0 - x0) <= STACK_ALIGN
        ][:2]
        work = whole_quoted(stack[0][1]) if stack else None
        song = video and i < SONG_LINES - 1 and bool(stack)
        song = song and _right_under(lines, i, at, stack[0][0])
        if song and work is not None:
            return work  # a music video's song, right under its artist
        kind = stack[1][1] if len(stack) > 1 else ""
        if work is not None and _has_words(work) and ":" not in kind and _WORK_KIND.match(kind):
            return work
        if not (video and i < SONG_LINES - 1 and not song):
            return None
        # nothing right under this printing of the music video's artist: it may be printed again
    return None


def _right_under(lines: Sequence[Line], i: int, at: tuple[int, int], k: int) -> bool:
    """Whether line ``k`` is the next under run ``at`` of line ``i``: the line after it, or a
    later one with only another column's words between ('MARA LIS' over the date printed at
    the right, then '„Song”' flush under the artist: the song is right under its artist)."""
    words = lines[i].words
    x0, x1 = words[at[0]].x0, words[at[1] - 1].x1
    return all(w.x1 <= x0 or w.x0 >= x1 for between in lines[i + 1 : k] for w in between.words)


# a sheet that names itself a music video among its first lines
_MUSIC_VIDEO = lazy(r"\b(?:teledysk|music\s+video|musikvideo|clip\s+vidéo)\b", re.I)
SONG_LINES = 6  # the music video's name is among the page's first lines, its artist too


STACK_LINES = 4  # lines under the heading to find the two runs flush under it
STACK_ALIGN = 3.0  # points: a run flush under the heading starts within this of it


def _run_text(line: Line, run: tuple[int, int]) -> str:
    return " ".join(w.text for w in line.words[run[0] : run[1]])


_INITIALS = lazy(r"^[A-Z\u00c0-\u00de](?:[&+.]?[A-Z\u00c0-\u00de]){1,4}\.?$")


def initials_of(short: str, title: str) -> bool:
    """'NN' beside 'NORTH OF NOWHERE', 'S&I' beside 'SALT & IRON', 'LF' beside 'LAKEFRONT':
    a logo's capitals that abbreviate another heading of the page are the logo, not the
    title, however large they are printed: the initials of its words (small words may be
    skipped), or of a single word, its first letter and others in its order."""
    short = short.strip()
    if not _INITIALS.match(short):
        return False
    letters = "".join(c for c in short if c.isalpha())
    words = re.findall(r"[^\W\d_]+", title.upper())
    if not words or sum(len(w) for w in words) < 2 * len(letters) or len(words) > 8:
        return False
    if len(words) == 1:
        rest = iter(words[0][1:])
        return words[0][0] == letters[0] and all(c in rest for c in letters[1:])
    firsts = "".join(w[0] for w in words)
    big = "".join(w[0] for w in words if len(w) > 3 or w == words[0])
    # 'RSP' beside 'ROCKET SUMMER': the title's initials and the company's kind (Pictures,
    # Productions, Films, Studios, Media, Entertainment, Company, Group)
    company = len(letters) >= 3 and letters[-1] in _COMPANY_INITIALS
    return letters in (firsts, big) or (company and letters[:-1] in (firsts, big))


_COMPANY_INITIALS = frozenset("PFSMECG")


_SHEET_NAME_WORDS = frozenset({"call", "sheet", "callsheet", "daily", "the", "for", "of"})


def _after_sheet_name(text: str) -> str | None:
    """'CALL SHEET - “ỌMỌ ỌBA”': the quoted title printed after the sheet's name."""
    m = _QUOTED.search(text)
    if m is None or not _NOT_TITLE.search(text[: m.start()]):
        return None
    rest = re.findall(r"[^\W\d_]+", (text[: m.start()] + " " + text[m.end() :]).lower())
    ok = all(w in FORMAT_WORDS or w in _SHEET_NAME_WORDS for w in rest)
    return m["t"].strip() if ok else None


def _has_words(text: str) -> bool:
    """A title is words: some word of two letters or more that is no month or weekday is left
    once the times and dates in ``text`` are taken out ("6:00a", "Fri, Nov 14" are values)."""
    spans = [(f.start, f.end) for f in [*find_dates(text), *find_times(text)]]
    rest = "".join(" " if any(a <= i < b for a, b in spans) else c for i, c in enumerate(text))
    words = re.findall(r"[^\W\d_]{2,}", rest.lower())
    return any(w not in MONTHS and w not in WEEKDAYS and w not in _HOUR_WORDS for w in words)


# the hour's word after a time ("8.00 uur", "8.00 Uhr", "godz. 9.00", "kl. 7"): part of the value
_HOUR_WORDS = frozenset({"uur", "uhr", "hrs", "hr", "godz", "kl", "klo", "sati", "óra", "ore"})


QUOTED_LINES = 4  # a quoted sheet names its production in its first lines


def quoted_title(quoted: list[str], reply: str) -> tuple[str, bool] | None:
    """The production of a sheet quoted under an e-mail reply: of its first lines that read as
    a title, the one the reply above it names (its subject, "Re: HARBOR LIGHTS - Call sheet
    Day 3"), else the first; and whether the reply named it."""
    said = " " + re.sub(r"[\W_]+", " ", reply.lower()) + " "
    first = None
    for line in quoted[:QUOTED_LINES]:
        text = _CALL_SHEET_TAIL.sub("", line).strip()
        if not text or _NOT_TITLE.search(text) or not _has_words(text):
            continue
        title = clean_title(text)
        if " " + re.sub(r"[\W_]+", " ", title.lower()).strip() + " " in said:
            return title, True
        first = first or title
    return (first, False) if first else None


_OPENS_QUOTED = lazy(rf"^\s*[{_OPEN_Q}]\s*(?P<t>[^{_CLOSE_Q}]{{2,80}}?)\s*[{_CLOSE_Q}]")
_NAMES_THE_SHEET = lazy(rf"\b{_SHEET_NAME}\b\W*$", re.I)


def quoted_under_sheet_name(heading: str, lines: list[str]) -> str | None:
    """'Hi crew! Here's our CALL SHEET' over '"Glass and Tile" - senior thesis': a heading that
    ends with the sheet's name and has words of its own before it, and a line right under it
    that opens with a quoted name. The quoted name is the title; the heading only greets."""
    if not _NAMES_THE_SHEET.search(heading) or _QUOTED.search(heading):
        return None
    at = next((i for i, text in enumerate(lines) if text.strip() == heading.strip()), None)
    if at is None or at + 1 >= len(lines):
        return None
    m = _OPENS_QUOTED.match(lines[at + 1])
    return m["t"].strip() if m is not None else None


# A job's number: 'HL-2619', 'GD-118', 'J2207', '#4471' (letters, then digits, one token)
_JOB_CODE = lazy(r"^#?(?P<letters>[A-Z]{0,5})[-/_.]?\d{2,6}(?:[-/][A-Z0-9]{1,4})?$")
_CELL_SPLIT = lazy(r"\s+[|\u00b7\u2022]\s+")
# a cell that is a job key and its number: 'Job LR-2640', 'Job #: 118', 'Project No. 4471'
_JOB_CELL = lazy(
    r"^(?:job|project|prod(?:uction)?|projekt|zlecenie)\s*(?:no\.?|nr\.?|#|number)?\s*[:#]?\s*"
    r"(?P<code>\S+)$",
    re.I,
)


def job_code(text: str) -> bool:
    """Whether ``text`` is a job's number ('HL-2619', 'GD-118', '#4471'), no title."""
    return bool(_JOB_CODE.match(text.strip())) and any(c.isdigit() for c in text)


def _initials_prefix(cell: str, letters: str) -> bool:
    """'Liffey Reel' for 'LR-2640', 'Green Door Productions' for 'GD-118': a company numbers its
    jobs with its initials (of its first words)."""
    words = re.findall(r"[^\W\d_]+", cell)
    return len(letters) >= 2 and "".join(w[0] for w in words[: len(letters)]).upper() == letters


def among_cell_texts(text: str) -> list[str]:
    """A header line's cells, split at its separators ('|', '·', '•'), the sheet's name off."""
    return [c.strip(" -\u2013") for c in _CELL_SPLIT.split(_CALL_SHEET_TAIL.sub("", text))]


def title_among_cells(text: str) -> str | None:
    """'Liffey Reel | Hill 16 Roar | Job LR-2640', 'Green Door Productions · Castle Yard · Job
    GD-118': a header line of cells holding a job's number. The job's cell, the company (by its
    legal form or kind, or by the initials its job numbers carry), the sheet's name and the
    cells that are only a date or time are not the title; the one cell left is."""
    cells = among_cell_texts(text)
    codes = [m["code"] for c in cells if (m := _JOB_CELL.match(c)) and job_code(m["code"])]
    if len(cells) < 2 or not codes:
        return None
    letters = {m["letters"] for code in codes if (m := _JOB_CODE.match(code.strip()))}
    left = [
        c
        for c in cells
        if c
        and not (_JOB_CELL.match(c) and any(c.endswith(code) for code in codes))
        and not company_name(c)
        and not any(_initials_prefix(c, ls) for ls in letters)
        and not _NOT_TITLE.search(c)
        and not _KEYED_CELL.search(c)
        and _has_words(c)
    ]
    return left[0] if len(left) == 1 else None


# 'Client: SaskTel', 'Regina, SK   Client: SaskTel' (the cells of a header's two sides read as
# one line): a cell holding a header key and its colon names a payer or a person, no title
_KEYED_CELL = lazy(
    r"(?:^|\s)(?:client|agency|director|producer|klient|agencja|kunde|agentur|agence)\s*:", re.I
)


# the keys a sheet's header prints its people and companies under, beside the reader's own
# label phrases: "Klient / Client:", "Agencja / Agency", "Produkcja / Production"
_HEADER_KEYS = frozenset(
    {"client", "agency", "director", "producer", "klient", "agencja", "reżyser", "producent"}
    | {"kunde", "agentur", "regie", "produzent", "agence", "réalisateur", "producteur"}
)
_LABEL_PHRASES = frozenset(p.lower() for t in L.KINDS.values() for p in t) | _HEADER_KEYS


def label_like(text: str) -> bool:
    """A label read as a value, never a title: text ending in a colon ('Klient / Client:',
    'Client:'), or a bilingual pair whose every side is a known label ('Agencja / Agency')."""
    text = text.strip()
    if text.endswith(":"):
        return True
    parts = [p.strip(" :.").lower() for p in re.split(r"\s*/\s*", text)]
    return len(parts) >= 2 and all(p in _LABEL_PHRASES for p in parts)


def wordless(title: str) -> bool:
    """A cut title with no word of its own left ('Tue' from 'Tue 10 Nov | Call 0730 @ ...'):
    what was read is a day's line, not a title."""
    return not _has_words(title)


# "Calanques Productions / présente / LE MISTRAL": the word a company presents its film with
_PRESENTS = lazy(
    r"^(?:presents|pr[ée]sente|presenta|pr[äa]sentiert|przedstawia|presenteert|apresenta"
    r"|esittää|presenterer|presenterar|præsenterer)\W*$",
    re.I,
)


def presented(page: PageText, heading: str) -> bool:
    """Whether the run ``heading`` follows, within two lines, a line that is nothing but the
    word a company presents its film with ('présente', 'presents'): the title it presents."""
    for i, line in enumerate(page.lines):
        if heading.strip() not in line.text:
            continue
        return any(_PRESENTS.match(ln.text.strip()) for ln in page.lines[max(0, i - 2) : i])
    return False
