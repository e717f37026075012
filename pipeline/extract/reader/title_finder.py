"""The title finder: the production's name.

Reads the title by its label (leaving a group of people, a kind of film, a job number or a
section heading out), by the header's cells, by a commercial's client header, or by a printed
e-mail's subject.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract.reader import labels as L
from pipeline.extract.reader.addresses import find_address
from pipeline.extract.reader.attach import Label, Piece, runs
from pipeline.extract.reader.commercial import Commercial, commercial_title
from pipeline.extract.reader.credit_lines import before_next_credit, producer_credited
from pipeline.extract.reader.crew_words import crew_words
from pipeline.extract.reader.dept_calls import in_department_table
from pipeline.extract.reader.episode_heading import series_over_episode
from pipeline.extract.reader.field_sheet import CELL_ALIGN, NOTHING, Found, Sheet, _run_key
from pipeline.extract.reader.kind_cells import kind_cell_title
from pipeline.extract.reader.label_gloss import after_slash
from pipeline.extract.reader.labelling import row_number
from pipeline.extract.reader.labelling import runs as word_runs
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.mail_title import mail_title
from pipeline.extract.reader.model import PageText
from pipeline.extract.reader.running_title import head_and_foot_title
from pipeline.extract.reader.title import (
    QUOTED_LINES,
    among_cell_texts,
    clean_title,
    company_name,
    job_code,
    kind_line_under,
    label_like,
    largest_heading,
    legal_company,
    named_beside_sheet_name,
    presented,
    quoted_kind_title,
    quoted_title,
    quoted_under_sheet_name,
    quoted_work_over_kind,
    removed,
    title_among_cells,
    title_under_unit_heading,
    weekday_of_title,
    without_kind_note,
    without_spot_length,
    wordless,
)
from pipeline.extract.reader.values import find_phones, find_time, lone_times

QUOTED_NAMED = 0.9  # a quoted sheet's title line that the reply above it names too


def _labelled_title(sheet: Sheet) -> tuple[Found | None, str | None, Found | None]:
    """The title a production label heads, the header's cell beside a job's number, and the
    company a production label names under its legal form (kept for want of a title)."""
    among_cells = company = None
    for h, pieces in sorted(sheet.of("production"), key=lambda hp: -hp[0].quality):
        if pieces and h.phrase in _JOB_WORDS and job_code(pieces[0].text):
            # 'Job  HL-2619': the job's number, no title; in a header line of cells ('Liffey
            # Reel | Hill 16 Roar | Job LR-2640') the title may be the cell beside it
            among_cells = among_cells or title_among_cells(_job_cells_text(sheet, h))
            continue
        if not pieces or (
            h.start != int(row_number(sheet.pages[h.page].lines[h.line].words))
            and not (_header_cell_key(sheet, h) or _heads_a_cell(sheet, h, pieces[0]))
            and not _gloss_of_title_label(sheet, h)
            and not _beside_sheet_heading(sheet, h)
        ):
            continue  # "SKY SHOW DAY" in a scene row is not a "Show:" label
        if _timed_row(sheet, h, pieces[0]) or _running_order_item(sheet, pieces[0]):
            continue  # 'Produkcja  zamknięcie rynku  6:30' in a table of departments' times
        if in_department_table(sheet.pages[h.page], h.line, h.x0):
            continue  # 'Produkcja  Tadeusz Lach  5.30' under 'Pion  Osoba  Zbiórka': a department
        value = before_next_credit(pieces[0].text)  # 'Salz und Silber  ·  Regie: ...'
        kind_quoted = _kind_then_quoted(sheet, h, value)
        if kind_quoted is not None:
            return Found(kind_quoted, h.quality), among_cells, company
        if (kind_gloss := _kind_after_slash(sheet, h, pieces[0])) is not None:
            if not kind_gloss:
                continue
            value = kind_gloss  # 'FILM / TVC   Monsoon Gold': the label's kind, then the title
        if _no_title_value(sheet, h, value):
            continue
        if legal_company(value):
            # 'produkcja: Połonina Film sp. z o.o.': a registered company, no title; it stands
            # in, unsure, only when the sheet prints no title anywhere else
            company = company or Found(value, min(h.quality, COMPANY_ONLY), _COMPANY_NOTE)
            continue
        if not re.match(r"(call|company|manager|office|numbers)\b", value, re.I) and not (
            _GROUP.match(value)
        ):
            # 'PROJECT: Small Town Saturday', its footer's item too: the weekday is its own
            title = _own_weekday(sheet.pages, value, clean_title(value))
            if title == value:
                return Found(title, h.quality), among_cells, company
            if title == without_spot_length(value):
                # 'Projekt: Mazury Fresh · TVC 30"': a spot's length is plainly no part of it
                return Found(title, h.quality, removed(value, title)), among_cells, company
            return Found(title, h.quality * 0.9, removed(value, title)), among_cells, company
    return None, among_cells, company


COMPANY_ONLY = 0.6  # a company's name under its legal form, read for want of any title
_COMPANY_NOTE = "production: a company's name (its legal form) given for want of a title"


def _no_title_value(sheet: Sheet, h: Label, value: str) -> bool:
    """Whether a production label's ``value`` is plainly no title: a section's heading, the
    next label, a credit, a company, a department, a job's number or a place."""
    if _section_heading(sheet, h) or not _title_like(value) or _film_kind(h, value):
        return True
    if label_like(value):
        return True  # 'Projekt / Project:' over 'Klient / Client:': the next label, no title
    if _credit_line(sheet, h, value) or _label_in_a_phrase(sheet, h, value):
        return True
    if producer_credited(sheet.pages[h.page].lines[h.line].text, h.phrase):
        return True  # 'Regie: Svenja Harms · Produktion: Jörn Petersen': the producer's credit
    if h.phrase in L.MARKED_ONLY and company_name(value):
        return True  # 'PRODUCTION' over 'Half Light Films Inc.': the company, no title
    if crew_words(value):
        return True  # 'Produkcja' over 'Kamera / grip' in a crew list: a department, no title
    if _NUMBER_WORD.match(value):
        return True  # 'JOB NO.  FF-2611', 'Project #  4471': the job's number, no title
    # "Film City Glasgow, 401 Govan Rd, Glasgow G51 2QJ": a place, no title
    return _addressed(value)


_RUNNING = "production: the quoted name of header and foot"


def _running_over_weak(sheet: Sheet, labelled: Found | None) -> Found | None:
    """``labelled``, or the quoted running title when the label that gave it yields to it."""
    if labelled is None or labelled.value is None:
        return labelled
    for h, pieces in sheet.of("production"):
        if pieces and labelled.value in pieces[0].text:
            running = _yields_to_running_title(sheet, h, pieces[0].text)
            if running is not None:
                return Found(running, TITLE_OVER_KIND, _RUNNING)
            break
    return labelled


def _yields_to_running_title(sheet: Sheet, label: Label, value: str) -> str | None:
    """A weak title word run on into its value with no colon ('Program Fabularny · kurs
    2026', a school's course) names no title when the page's header and foot both print
    another name in quotes (Polish sheets quote the film's title, „Brat furtian”): the quoted
    running title is the production's, the word a programme's or a course's."""
    if label.quality >= 0.9:
        return None
    words = sheet.pages[label.page].lines[label.line].words
    if words[label.end - 1].text.endswith(":") or (
        label.end < len(words) and words[label.end].text.strip() in (":", "-", "\u2013")
    ):
        return None
    running = head_and_foot_title(sheet.pages[0], shared=True) if sheet.pages else None
    return running if running is not None and running.lower() not in value.lower() else None


def _job_cells_text(sheet: Sheet, label: Label) -> str:
    """The header cells a job's number is among: its own run when that run holds cells of its
    own ('Lethbridge · Banff      Client: Travel Alberta · Job 26-44': the company's towns on the
    left, the job's keys on the right, read as one line across the gap), else the whole line
    (cells printed apart, 'Liffey Reel    Hill 16 Roar    Job LR-2640')."""
    line = sheet.pages[label.page].lines[label.line]
    own = next(((a, b) for a, b in word_runs(line) if a <= label.start < b), None)
    if own is None or len(word_runs(line)) < 2:
        return line.text
    text = " ".join(w.text for w in line.words[own[0] : own[1]])
    return text if len(among_cell_texts(text)) >= 2 else line.text


def _timed_row(sheet: Sheet, label: Label, first: Piece) -> bool:
    """'Produkcja   zamknięcie rynku, ochrona   6:30' under 'PION   UWAGI   GODZ.': a title
    label whose value was read under it, while its own line goes on with a time right of it,
    opens a row of a table of times (a department's task and its hour): the line under it is
    the next row, no title. A line of labels ('PRODUCTION   CREW CALL 07:00') heads cells."""
    if not first.below or any(
        o.page == label.page and o.line == label.line and o.start >= label.end for o in sheet.labels
    ):
        return False
    words = sheet.pages[label.page].lines[label.line].words
    return find_time(" ".join(w.text for w in words[label.end :])) is not None


def _running_order_item(sheet: Sheet, first: Piece) -> bool:
    """'TIME   PROGRAMME   WHERE / WHO' over '07:15   Lobby call, kit into the vans   ...': a
    title label heading a column of a running order, whose value read under it opens with the
    row's time in the column left of it, is an item of the day's programme, no title."""
    if not first.below:
        return False
    line = sheet.pages[first.page].lines[first.line]
    before = [w.text for w in line.words[: first.start]]
    return bool(before) and len(before) <= 2 and lone_times(" ".join(before)) is not None


def _own_weekday(pages: Sequence[PageText], title: str, clean: str) -> str:
    """The heading as printed when the weekday cut off its end is the title's own word
    ('Big 12 Saturday', an item of the running footer too: title.weekday_of_title)."""
    every_line = [ln.text for page in pages for ln in page.lines]
    return (
        title.strip() if clean != title.strip() and weekday_of_title(title, every_line) else clean
    )


def production(pages: Sequence[PageText], sheet: Sheet | None = None) -> Found:
    """The production title: a labelled value, else the biggest line at the top of page 1."""
    sheet = sheet or Sheet(pages)
    spot = commercial_title(pages[0]) if pages else None
    if spot is not None and spot.sure:
        return Found(spot.title, COMMERCIAL, "production: a commercial's product and spot")
    labelled, among_cells, company = _labelled_title(sheet)
    # 'Program Fabularny · kurs 2026' over a school's „Brat furtian” etiuda: a weak title word
    # yields to the quoted running title
    labelled = _running_over_weak(sheet, labelled)
    if labelled is not None:
        return labelled
    found = _unlabelled(pages, sheet, spot, among_cells)
    # 'UZDROWISKO' over 'produkcja: Połonina Film sp. z o.o.': the title printed elsewhere
    return company if company is not None and found.value is None else found


def _unlabelled(
    pages: Sequence[PageText], sheet: Sheet, spot: Commercial | None, among_cells: str | None
) -> Found:
    """The title no production label gives: a header's cell, a quoted sheet's or a message's
    title, the quoted running title, else the biggest line at the top of page 1."""
    if among_cells is not None:
        return Found(
            among_cells, AMONG_CELLS, "production: the header's cell beside the job's number"
        )
    if not pages or not pages[0].lines:
        return NOTHING
    if sheet.quote is not None:
        q = sheet.quote
        lines = pages[q.page].lines
        found = quoted_title(
            [ln.text for ln in lines[q.first :]], "\n".join(ln.text for ln in lines[: q.first])
        )
        if found is not None:
            title, named = found
            if named:
                return Found(title, QUOTED_NAMED)
            return Found(title, 0.6, "production: title read from the quoted sheet's first lines")
    mailed = mail_title(sheet, pages)
    if mailed is not None:
        return mailed
    told = _told_title(pages)
    if told is not None:
        return told
    # a heading label ('CALLSHEET', 'FEUILLE DE SERVICE') owns no field: the title printed
    # under it is still a title
    taken = sheet.runs_of(set(L.KINDS) - {"heading"}, fitting=True, inside=False)
    taken |= {_run_key(pages, h.page, h.line, h.start) for h in sheet.labels if h.kind == "heading"}
    heading = largest_heading(pages[0], taken)
    if spot is not None and (heading is None or clean_title(heading) in spot.payers):
        # the largest words are the client's or agency's value: the product names the work
        return Found(spot.title, BRAND_ONLY, "production: a commercial's product; no spot named")
    if heading is None or label_like(heading):
        return NOTHING  # 'Klient / Client:' set large: a label, never the title
    near_heading = _series_over(pages[0], heading, taken) or _title_under_heading(pages[0], heading)
    if near_heading is not None:
        return near_heading
    raw = pages[0].lines[0].text if pages[0].lines else ""
    top = [ln.text for ln in pages[0].lines[:QUOTED_LINES]]
    own_line = next((t for t in top if heading in t), raw)
    under = quoted_under_sheet_name(own_line, top)
    if under is not None:
        return Found(under, 0.6, "production: the quoted name under the sheet's heading")
    title = re.split(r"\s+[-\u2013]\s+(?:episode|ep\.?|odcinek)\b", heading, flags=re.I)[0]
    # a heading's bracketed kind is a note ('CALL SHEET - Motte (short)'); a label's value
    # ('PROJECT  HOLLOW GOLD (music video)') is kept as printed
    clean = _own_weekday(pages, title, without_kind_note(clean_title(title)))
    guessed = "title guessed from the largest heading"
    if wordless(clean):
        return Found(None, 0.0, f"production: '{title.strip()}' holds no title")
    if title.strip() != heading.strip():
        # 'RIVER CITY - Episode Pilot': the episode after the series' title, cut and said
        return Found(clean, 0.6, f"{removed(heading, clean)} ({guessed})")
    if clean == title.strip() and presented(pages[0], heading):
        # 'Calanques Productions' / 'présente' / 'LE MISTRAL': the film a company presents
        return Found(clean, TITLE_OVER_KIND, "production: title read under 'presents'")
    if clean == title.strip() and kind_line_under(pages[0], heading):
        # 'TEA ROUTES' over 'Documentary, interview + b-roll': the line under it says what
        # kind of production the heading names
        return Found(clean, TITLE_OVER_KIND, "production: title read from the largest heading")
    if clean != title.strip():
        return Found(clean, 0.6, f"{removed(title, clean)} ({guessed})")
    if named_beside_sheet_name(own_line, heading):
        return Found(clean, TITLE_OVER_KIND, "production: title read beside the sheet's name")
    return Found(clean, 0.6, f"production: {guessed}")


def _series_over(page: PageText, heading: str, taken: set[tuple[int, int, int]]) -> Found | None:
    """'Home Front · Season 3' over "Ep. 307 'The Edward Street Kitchen'" set big: the series."""
    series = series_over_episode(page, heading, taken)
    if series is None:
        return None
    return Found(series, 0.6, "production: the series' title over the episode's heading")


def _title_under_heading(page: PageText, heading: str) -> Found | None:
    """The title printed under a largest heading that is not it: a unit's sheet's name, an
    artist's name over the quoted work and its kind, or a music video's song under its artist."""
    unit_title = title_under_unit_heading(page, heading)
    if unit_title is not None:
        # 'AERIAL UNIT CALL SHEET' over 'River Run · Mesa Verde Creative': the unit's sheet
        return Found(unit_title, TITLE_OVER_KIND, "production: title read under the unit's name")
    work = quoted_work_over_kind(page, heading)
    if work is not None:
        # 'THE JORNADA LIGHTS' over '"Hot Springs Radio"' over 'MUSIC VIDEO': the artist's work;
        # 'SOLEJ' over '„Ropa”' on a music video's sheet: its song
        return Found(work, TITLE_OVER_KIND, "production: the quoted work under its artist's name")
    kind_named = kind_cell_title(page, heading)
    if kind_named is not None:
        # 'etiuda II roku · „Szklarnia” · semestr zimowy' under a school's name set larger
        return Found(kind_named, TITLE_OVER_KIND, "production: the quoted name beside its kind")
    return None


# "it's Rosa from LEDOUX STREET production": a crew member's message introducing its sender
# by the show, its title in capitals inside a sentence of small letters, then "production"
_FROM_TITLE = lazy(
    r"\bfrom\s+(?P<title>(?:[A-Z][A-Z0-9'&.-]+\s+){0,3}[A-Z][A-Z0-9'&.-]+)\s+production\b"
)


def _told_title(pages: Sequence[PageText]) -> Found | None:
    """The title a message's sentence names, or the quoted name of the header and the foot."""
    introduced = _introduced_title(pages)
    if introduced is not None:
        return Found(introduced, 0.6, "production: named in a message ('from <TITLE> production')")
    running = head_and_foot_title(pages[0])
    if running is not None:
        return Found(running, TITLE_OVER_KIND, "production: the quoted name of header and foot")
    return None


def _introduced_title(pages: Sequence[PageText]) -> str | None:
    """The one title a message's sentence names as the sender's production ('Hi Sam, it's
    Rosa from LEDOUX STREET' / 'production.', wrapped); None when none or several differ."""
    found = {
        m["title"]
        for page in pages
        for m in _FROM_TITLE.finditer(" ".join(line.text for line in page.lines))
        if sum(c.isalpha() for c in m["title"]) >= 3
    }
    return found.pop() if len(found) == 1 else None


TITLE_OVER_KIND = 0.8
AMONG_CELLS = 0.7  # the one header cell left that is neither company, job number nor date
_JOB_WORDS = frozenset({"job", "project", "projekt"})
COMMERCIAL = 0.85  # a commercial's product and spot under its client's header
BRAND_ONLY = 0.7  # ... its product key alone: perhaps the brand, the spot named elsewhere
HEAD_BAND = 0.3  # share of page 1 from the top where a grid of the sheet's facts heads it


def _heads_a_cell(sheet: Sheet, label: Label, piece: Piece) -> bool:
    """'CLIENT   AGENCY   PROJECT   DIRECTOR' over a row of values: a label that is a whole run
    of its own on a row of a grid, its value flush under it, heads that cell wherever it
    stands on the row (a word inside a run, as in a scene's row, heads nothing)."""
    if not piece.below or piece.line != label.line + 1 or abs(piece.x0 - label.x0) > CELL_ALIGN:
        return False
    page = sheet.pages[label.page]
    if label.page != 0 or label.top > page.height * HEAD_BAND:
        return False  # the title's cell is in the sheet's head, not a timetable's column
    if find_time(piece.text) is not None or re.search(r"[:\[\]()]", piece.text):
        return False
    line = page.lines[label.line]
    letters = [c for c in line.text if c.isalpha()]
    # a form's item numbers ('1. DATE   2. PRODUCTION', '05 SHOOT DATE  07 CREW CALL') are no
    # digits of a value
    heads = _ITEM_NUMBER.sub(" ", _items_off(sheet, label))
    strip = all(c.isupper() for c in letters) and not re.search(r"[\d\[\]():]", heads)
    return strip and (label.start, label.end) in runs(line)


_ITEM_NUMBER = lazy(r"(?:^|(?<=\s))\d{1,2}\.(?=\s)")
_BARE_ITEM = lazy(r"^\d{1,2}\.?$")


def _items_off(sheet: Sheet, label: Label) -> str:
    """The label's line without the item numbers its cells open with: a form that numbers
    its cells with no dot ('01 CLIENT  02 AGENCY  03 PROJECT') has them taken off its labels
    (``item_numbers``), each label's span still opening on its number; on such a line, a
    number before a word in capitals opens another cell the same way ('02 CLIENT')."""
    words = sheet.pages[label.page].lines[label.line].words
    taken = {
        o.start
        for o in sheet.labels
        if o.page == label.page
        and o.line == label.line
        and o.number is None
        and o.end - o.start >= 2
        and _BARE_ITEM.match(words[o.start].text.strip())
    }
    if not taken:
        return " ".join(w.text for w in words)
    items = {
        i
        for i, w in enumerate(words[:-1])
        if _BARE_ITEM.match(w.text.strip()) and words[i + 1].text.isupper()
    }
    return " ".join(w.text for i, w in enumerate(words) if i not in items | taken)


HEADER_SHARE = 0.25  # the top of page 1, where a header prints the job's keys
CELL_SPACE = 0.45  # em: a gap wider than a word space starts a cell (as labelling reads it)


def _gloss_of_title_label(sheet: Sheet, label: Label) -> bool:
    """'Projekt / Project:  Kujawskie Smaki': a title label said again after a slash, the pair
    opening its line, heads the value beside it as the first word would."""
    line = sheet.pages[label.page].lines[label.line]
    if not after_slash(line, label.start):
        return False
    return any(
        o.kind == label.kind
        and o.page == label.page
        and o.line == label.line
        and o.start == 0
        and label.start - 1 <= o.end <= label.start
        for o in sheet.labels
    )


# A kind of production said after a title label's slash: 'FILM / TVC', 'TITLE / SPOT'
_KIND_GLOSS = lazy(
    r"^(?:tvc|tvcs|commercial|spot|ad|advert|advertisement|promo|digital|online|social|film"
    r"|video|music\s+video|mv|branded\s+content|pub|publicité|werbespot|reklama)"
    r"(?:\s*/\s*(?:tvc|digital|online|social|film|video))*$",
    re.I,
)


def _kind_after_slash(sheet: Sheet, label: Label, piece: Piece) -> str | None:
    """'FILM / TVC   Monsoon Gold': a kind of production after a slash that follows a title
    label on its line is the label's other name, no title; the title is the run after it on
    the line ('' when none). None when the piece is no such kind."""
    if piece.below or piece.page != label.page or piece.line != label.line:
        return None
    line = sheet.pages[label.page].lines[label.line]
    if not after_slash(line, piece.start) or not _KIND_GLOSS.match(piece.text.strip()):
        return None
    for first, end in word_runs(line):
        if first > piece.start:
            return " ".join(w.text for w in line.words[first:end]).strip()
    return ""


def _header_cell_key(sheet: Sheet, label: Label) -> bool:
    """'Client: Spark Energy   Job: Spark Home Energy - Switch On' in a commercial's header: a
    title key marked with a colon opens a cell of its own after another key's value, at the
    top of the first page (a scene row's 'SKY SHOW DAY' has no colon). 'PRODUCTION:' after
    'CLIENT:' and 'AGENCY:' names the production company there, no title."""
    if label.phrase in L.MARKED_ONLY:
        return False
    page = sheet.pages[label.page]
    words = page.lines[label.line].words
    colon = words[label.end - 1].text.endswith(":")
    gap = words[label.start].x0 - words[label.start - 1].x1
    top = label.page == 0 and label.top < HEADER_SHARE * page.height
    return colon and top and gap > CELL_SPACE * max(words[label.start].size, 6.0)


def _beside_sheet_heading(sheet: Sheet, label: Label) -> bool:
    """'FEUILLE DE SERVICE          Production : Echauffement': a title key marked with a colon
    (attached, or after a space the French way) in the cell right after the sheet's own name
    on its line, at the top of page 1: the production the sheet is for, not a company named
    after a client's and an agency's keys."""
    page = sheet.pages[label.page]
    if label.page != 0 or label.top >= HEADER_SHARE * page.height or label.start == 0:
        return False
    words = page.lines[label.line].words
    after = words[label.end].text if label.end < len(words) else ""
    if not (words[label.end - 1].text.endswith(":") or after.startswith(":")):
        return False
    if words[label.start].x0 - words[label.start - 1].x1 <= CELL_SPACE * max(
        words[label.start].size, 6.0
    ):
        return False
    return any(
        h.kind == "heading" and h.line == label.line and h.page == 0 and h.end == label.start
        for h in sheet.labels
    )


# "FILM CREW", "SHOW UNIT", "PROJECT TEAM": a label word and a word for a group of people
# heads a list of those people; the group is not the production's name
_GROUP = lazy(
    r"^(?:crew|unit|team|staff|cast|crews|units|teams|ekipa|équipe|equipo|troupe)\W*$", re.I
)


# Polish credit lines under the title name the kind of film: "film fabularny" (feature),
# "film telewizyjny" (TV film), "film dokumentalny", "film krótkometrażowy" (short) ...
# ... and Vietnamese "Phim điện ảnh" (cinema), "truyền hình" (television), "tài liệu"
# (documentary), "ngắn" (short), "hoạt hình" (animated), "quảng cáo" (advertising)
_FILM_KIND = lazy(
    r"^(?:fabularn\w*|telewizyjn\w*|dokumentaln\w*|krótkometrażow\w*|pełnometrażow\w*"
    r"|animowan\w*|reklamow\w*|studenck\w*|dyplomow\w*|offow\w*"
    r"|điện\s+ảnh|truyền\s+hình|tài\s+liệu|ngắn|hoạt\s+hình|quảng\s+cáo)(?!\w)",
    re.I,
)


def _kind_then_quoted(sheet: Sheet, label: Label, value: str) -> str | None:
    """'film fabularny „Gorzki Słód”', 'Feature film "Night Run"': a label word opening its line
    with no colon, then only words for the kind of production and a quoted title: the quoted
    words are the title (the label word is the first word of the kind, not a label)."""
    if label.start != 0 or re.match(r"\s*[:\-\u2013]", value):
        return None
    line = sheet.pages[label.page].lines[label.line].text
    head = " ".join(line.split()[: label.end])
    if head.rstrip().endswith(":"):
        return None
    return quoted_kind_title(f"{head} {value}")


def _film_kind(label: Label, value: str) -> bool:
    """'film fabularny · reż. Marta Zielińska': 'film' and the kind of film it is is the credit
    line under the title (the genre, then the director), never the title."""
    return label.phrase in ("film", "phim") and bool(_FILM_KIND.match(value))


# 'Film Production · Senior Film Project', 'FILM SCHOOL OF ...', 'Film Studies': a label word
# run on, with no colon, into a word that makes a phrase of it (a department, a school, the
# kind of work): no label, no title after it
_PHRASE_AFTER = frozenset(
    {"production", "productions", "produkcja", "produktion", "produção", "producción"}
    | {"school", "schools", "studies", "department", "faculty", "society", "club", "office"}
)


def _label_in_a_phrase(sheet: Sheet, label: Label, value: str) -> bool:
    words = sheet.pages[label.page].lines[label.line].words
    marked = words[label.end - 1].text.endswith(":") or (
        label.end < len(words) and words[label.end].text.strip() in (":", "-", "\u2013")
    )
    first = re.findall(r"[^\W\d_]+", value.split()[0].lower()) if value.split() else []
    return not marked and bool(first) and first[0] in _PHRASE_AFTER


_NUMBER_WORD = lazy(r"^(?:no\.|nr\.|n[º°]|#|number\b|num\.)", re.I)


def _credit_line(sheet: Sheet, label: Label, value: str) -> bool:
    """'film kostiumowy', 'film familijny · reż. Jan Bór': a label word with no colon that
    starts its line, run on into a word in lower case, is the credit line that says what kind
    of work the title is; a title is capitalised, or follows a 'Film:' that marks it."""
    words = sheet.pages[label.page].lines[label.line].words
    marked = words[label.end - 1].text.endswith(":") or (
        label.end < len(words) and words[label.end].text.strip() in (":", "-", "\u2013")
    )
    first = value.split()[0] if value.split() else ""
    if not marked and label.start == 0 and first.isalpha() and first == first.lower():
        return True
    # 'Produkcja  Ola Sęk  501 555 203', 'Production  Sam Reyes  0412 555 018': a department
    # word with no colon, a person and a phone number on the line is a crew list's row
    rest = " ".join(w.text for w in words[label.end :])
    phone = _TRAILING_PHONE.search(rest)
    return (
        not marked
        and label.start == 0
        and phone is not None
        and sum(c.isdigit() for c in phone.group()) >= 8
        and bool(re.search(r"[^\W\d_]{2}", rest[: phone.start()]))
    )


# a phone number ending a line: '501 555 203', '+61 412 555 018', '(03) 9555 0101', or
# followed only by the person's own call ('+48 601 220 418  6:30', '0412 555 018  07.15')
_TRAILING_PHONE = lazy(
    r"\+?\(?\d[\d\s().-]{6,}\d(?=\s*(?:\s\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?)?\s*$)", re.I
)


def _section_heading(sheet: Sheet, label: Label) -> bool:
    """'PROGRAMME (SHIP'S TIME)': a label word qualified in brackets heads a section (a
    timetable), it does not name the production."""
    words = sheet.pages[label.page].lines[label.line].words
    return label.end < len(words) and words[label.end].text.startswith("(")


def _addressed(value: str) -> bool:
    """A street with its postcode, or a phone number: the letterhead's address line that a
    label word opens ('Film City Glasgow, 401 Govan Rd, ...', 'Studio 3 · 020 7946 0000'),
    never a title."""
    found = find_address(value)
    whole = found is not None and found.street is not None and found.postcode is not None
    return whole or bool(find_phones(value, None))


def _title_like(value: str) -> bool:
    """A title neither starts with a time ('0530 Wake-up call') nor is cut off at a separator
    ('ALONGSIDE /', a column heading read up to another label)."""
    parsed = find_time(value)
    starts_with_time = parsed is not None and parsed.start == 0
    return not starts_with_time and not value.rstrip().endswith(("/", "|", "-", "&"))
