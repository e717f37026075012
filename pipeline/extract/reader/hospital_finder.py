"""The hospital finder: the nearest hospital's name and address.

Reads the name and address under a hospital label, the name on the line over its address or
before it on one line, past a gloss of the label or a department it names.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.reader.address_parts import STREET_SUFFIXES
from pipeline.extract.reader.attach import Label, Piece, runs
from pipeline.extract.reader.cell_words import back_reference, name_before_phone
from pipeline.extract.reader.emergency_heading import emergency_words
from pipeline.extract.reader.field_sheet import (
    ABOVE_BELOW_PENALTY,
    CELL_ALIGN,
    NAME_ONLY,
    Sheet,
    _texts,
)
from pipeline.extract.reader.hospital_names import (
    address_without_department,
    cut_before_facility,
    facility_head,
    has_facility,
    joined_wrap,
    past_department_line,
    past_native_name,
)
from pipeline.extract.reader.label_gloss import after_slash, hospital_label_words
from pipeline.extract.reader.layout import norm
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import Hospital
from pipeline.extract.reader.patrons import with_patrons
from pipeline.extract.reader.place_finder import (
    _ADDRESS_MIN,
    _address_score,
    _aligned_below,
    _named_address,
    _reads_as_address,
    _street_line,
)
from pipeline.extract.reader.unlabelled import hospital_name_shaped
from pipeline.extract.reader.values import find_phones, without_phones

NAMELESS = 0.7  # a hospital read without its name (a phone, an address): a person names it


def _qualifies_label(sheet: Sheet, label: Label, pieces: list[Piece]) -> bool:
    """'Nearest hospital ashore:': one word beside a label, ending its line with a colon, is
    part of the label (which hospital), not the value; the value is on the lines below."""
    line = sheet.pages[label.page].lines[label.line]
    only = pieces[0]
    return (
        not only.below
        and len(only.text.split()) == 1
        and not any(c.isdigit() for c in only.text)
        and line.text.rstrip().endswith(":")
        and line.words[-1].x0 >= only.x0
    )


# The department a hospital label names after it: 'NEAREST HOSPITAL - EMERGENCY', Croatian
# 'NAJBLIŽA BOLNICA - OBJEDINJENI HITNI BOLNIČKI PRIJEM' (unified emergency admission)
_DEPARTMENT = lazy(
    r"\b(?:emergency|a&e|casualty|er|urgences|urgencias|notaufnahme|sor|ratunkow\w*|hitn\w*"
    r"|prijem|urgen\w*)\b",
    re.I,
)


def _department(sheet: Sheet, label: Label, pieces: list[Piece]) -> bool:
    """A heading in capitals beside a hospital label that names the department, with the
    hospital's name and address on the lines under it: the heading is part of the label. So
    is a heading in any case made only of a hospital label's or a department's words
    ('SPITAL - UPU (urgențe)', 'HÔPITAL LE PLUS PRÈS (urgence)'): it names no hospital."""
    only = pieces[0]
    text = only.text
    return (
        not only.below
        and not any(c.isdigit() for c in text)
        and (
            (text == text.upper() and bool(_DEPARTMENT.search(text))) or hospital_label_words(text)
        )
        and any(c.isdigit() for c in " ".join(_aligned_below(sheet, label, 2)))
    )


def _heading_row_piece(sheet: Sheet, label: Label, pieces: list[Piece]) -> bool:
    """'LOCATION  UNIT BASE  NEAREST HOSPITAL  SUN / WEATHER' over their blocks: beside a
    label in a row of capital headings, capitals with no digit that run into the next label
    are that heading's start ('SUN /' of 'SUN / WEATHER'), never the value; the value is
    under the label. A heading row is one whose words are all in capitals."""
    only = pieces[0]
    if only.below or only.page != label.page or only.line != label.line:
        return False
    line = sheet.pages[label.page].lines[label.line]
    letters = [c for c in line.text if c.isalpha()]
    end = only.start + len(only.text.split())
    return (
        len(letters) >= 8
        and all(c.isupper() for c in letters)
        and (
            (
                not any(c.isdigit() for c in only.text)
                and any(
                    o.page == label.page and o.line == label.line and o.start == end
                    for o in sheet.labels
                )
            )
            or _next_numbered_heading(line.text, only.text)
        )
        and bool(_aligned_below(sheet, label, 1))
    )


# the services a heading lists beside the hospital's label with their short numbers
_SERVICE_WORD = lazy(
    r"^(?:ambulance|ambulances|police|fire|brigade|rescue|emergency|emergencies|samu|pompiers"
    r"|protection|civile?|defence|defense|polizei|feuerwehr|rettung|notruf|tel\.?|tél\.?)$",
    re.I,
)


def _emergency_numbers_beside(sheet: Sheet, label: Label, pieces: list[Piece]) -> bool:
    """'NEAREST HOSPITAL (A&E) / Ambulance 998 · Police 999', 'HOSPITAL - Emergency 112':
    beside a hospital label on its heading line, the services to call and their short numbers
    (a bracketed department before them) are no hospital; its name is on the lines under the
    label. A name with a number ('Clinic 24') has a word that names no service."""
    only = pieces[0]
    if only.below or only.page != label.page or only.line != label.line:
        return False
    text = re.sub(r"^\([^()]{1,20}\)", "", only.text.strip())
    words = [w for w in re.split(r"[\s/\u00b7\u2022|:,;-]+", text) if w]
    if not words or not any(re.fullmatch(r"\d{2,4}", w) for w in words):
        return False
    if not all(re.fullmatch(r"\d{2,4}", w) or _SERVICE_WORD.match(w) for w in words):
        return False
    return bool(_aligned_below(sheet, label, 1))


def _service_beside(sheet: Sheet, label: Label, pieces: list[Piece]) -> bool:
    """'BOLNICA - HITNA POMOĆ', 'HOSPITAL - URGJENCA 127', 'BOLNICA / HITNA 124': beside a
    hospital label on its line, the emergency service's words (and its short number) name no
    hospital; the name is on the lines under the label."""
    only = pieces[0]
    if only.below or only.page != label.page or only.line != label.line:
        return False
    return emergency_words(only.text) and bool(_aligned_below(sheet, label, 1))


# '13. NEAREST A&E  14. TOMORROW': a numbered heading, and the next heading's number in the row
_ITEM_START = lazy(r"^\s*\d{1,2}[.)]\s+[^\W\d_]")
_NEXT_ITEM = lazy(r"(?:^|\s)\d{1,2}[.)]\s+[^\W\d_]")


def _next_numbered_heading(line: str, text: str) -> bool:
    """'13. LÄHIN PÄIVYSTYS / NEAREST A&E  14. HUOMENNA / TOMORROW': in a row of numbered
    headings, the words beside a label run into the next heading's number ('14.'), whatever
    that heading says: they are headings (this one's gloss, the next one), never a value. The
    heading before has no digit but its number, the label's line opens with its own."""
    if not _ITEM_START.match(line):
        return False
    m = _NEXT_ITEM.search(text)
    return m is not None and not any(c.isdigit() for c in text[: m.start()])


# "HOSPITAL INFO ON PAGE 2", "see attached", "(see back)": the label points to where it is given
_ELSEWHERE = lazy(
    r"\b(?:on|see)\s+(?:page|pg\.?|p\.)\s*\d+\b|\bsee\s+(?:below|attached|over|back|map)\b"
    r"|\bon\s+(?:the\s+)?(?:back|reverse|next\s+page)\b",
    re.I,
)


def hospital(sheet: Sheet, region: str | None) -> tuple[Hospital | None, float]:
    paired = set(sheet.address_of.values())
    bare: tuple[Hospital | None, float] | None = None  # a value with neither name nor address
    # tomorrow's hospital (an advance column, another unit's) only when today's is not given
    # ... and a second choice (a 'Hospital #2', a minor injuries unit) after the first one
    order = sorted(
        sheet.of("hospital"), key=lambda hp: (sheet.tomorrow(hp[0]), _second(sheet, *hp))
    )
    for h, pieces in order:
        # '... Traumatologii' / 'im. M. Kopernika, ul. ...'; 'Upstate University' / 'Hospital'
        # (the wrap's last word alone on its line, no placeholder)
        # a minor injuries unit's own line first is no half of a wrapped name
        lines = with_patrons(
            _texts(pieces, lambda ls: joined_wrap(past_native_name(_past_minor_unit(ls))))
        )
        if lines and (
            _qualifies_label(sheet, h, pieces)
            or _department(sheet, h, pieces)
            or _heading_row_piece(sheet, h, pieces)
            or _emergency_numbers_beside(sheet, h, pieces)
            or _service_beside(sheet, h, pieces)
        ):
            lines = _aligned_below(sheet, h, 4)  # 'Nearest hospital ashore:' / its name below
        elif lines and _label_gloss(sheet, h, pieces):
            lines = _past_gloss(sheet, h, pieces)  # 'NEAREST HOSPITAL / TRAUMA UNIT' / name
        lines = past_native_name(_past_minor_unit(lines))  # 'Ospidéal ...' / '... Hospital'
        if not lines or h in paired or _ELSEWHERE.search(lines[0]):
            continue
        quality = h.quality * (ABOVE_BELOW_PENALTY if pieces[0].below else 1.0)
        lines = _wrapped_name(sheet, pieces, lines)  # 'Harrogate District' / 'Hospital, ...'
        lines = [*_name_then_address(lines[0], region), *lines[1:]]
        phone = next((p for t in lines for p in find_phones(t, region)), None)
        # '(as above)' points at another row's hospital: it is never a value of its own
        lines = [t for t in lines if not back_reference(t)]
        if not lines:
            continue
        rest = [_address_part(t, region) for t in lines if not t.lower().startswith("tel")]
        if lines and rest and rest[0] is None:
            rest[0] = name_before_phone(lines[0], region)  # 'WakeMed Campus (919) 350-8000'
        rest = past_department_line([t for t in rest if t])
        name, address, _ = _named_address(sheet, h, rest) if rest else (None, None, False)
        if address is None:
            name = rest[0] if rest else None
        if name is not None and not re.search(r"[^\W\d_]", name):
            name = None  # 'Emergency: 112': a number to call, no hospital's name
        if address and find_phones(address, region):
            phone = phone or find_phones(address, region)[0]  # '... WA 6230 (08) 9722 1000'
            address = without_phones(address, region).strip(" ,\u00b7|") or None
        if address:
            address = _TEL_TAIL.sub("", address) or address  # '..., tel. 042 393 000'
            address = _PHONE_OPENS.sub("", address) or address  # '... F23 H529 (094' / '902 ...'
        if name and cut_before_facility(name):
            quality = min(quality, NAME_ONLY)  # 'Upstate University': its last line unread
        if name is None and address is not None and (over := _name_over(sheet, h, pieces)):
            name, quality = over, min(quality, NAME_OVER)
        if name:
            name = _MARK.sub("", name) or name  # '✚ Victoria General Hospital': a sign
            name = _LABEL_TAIL.sub("", name) or name  # 'with an ED: University Hospital ...'
        if address:
            address = address_without_department(address) or address
        if name and _street_word(name):
            quality = min(quality, NAME_ONLY)  # 'Way': a street's last word, no hospital's name
        if minor_unit_only(h, name):
            quality = min(quality, MINOR_ONLY_QUALITY)  # an urgent care, not the nearest ER
        if name is None:
            # no name: a person says which hospital; an emergency line's number alone gives
            # way to a later hospital label that names one ('Emergency: 000 · Medic: ...')
            quality = min(quality, NAMELESS)
            if address is None:
                bare = bare or (Hospital(None, None, phone), quality)
                continue
        return Hospital(name, address, phone), quality
    return bare or (None, 0.0)


NAME_OVER = 0.8  # a hospital's name on the line over its address, read by its shape

# 'Hospital #2  Queen Margaret Hospital   Minor injuries only': a unit that treats small
# injuries only, said on its label's line or in its value (UK: minor injuries unit, urgent
# treatment centre, walk-in centre; US: an urgent care, often closed at night)
_MINOR_ONLY = lazy(
    r"\bminor\s+injur(?:y|ies)\b|\bmiu\b|\burgent\s+treatment\s+cent(?:re|er)\b"
    r"|\bwalk[\s-]?in\s+(?:cent(?:re|er)|clinic)\b|\burgent\s+care\b",
    re.I,
)
# what names an emergency department: a label or name with one of these is no minor unit alone
_EMERGENCY = lazy(
    r"\bhospital\b|\bemergency\b|(?-i:\bE\.?[RD]\b)|\ba\s?&\s?e\b|\bmedical\s+cent(?:er|re)\b"
    r"|\btrauma\b|\binfirmary\b",
    re.I,
)
MINOR_ONLY_QUALITY = 0.75  # only a unit for small injuries is printed: a person checks where to go


def minor_unit_only(label: Label, name: str | None) -> bool:
    """Whether the hospital read is a unit for small injuries alone ('NEAREST URGENT CARE (NOT
    24 HR)' / 'Simi Valley Urgent Care'): neither its label nor its name names an emergency
    department, one of them names the minor unit."""
    texts = [label.context, name or ""]
    return any(_MINOR_ONLY.search(t) for t in texts) and not any(
        _EMERGENCY.search(t) for t in texts
    )


def _second(sheet: Sheet, label: Label, pieces: list[Piece]) -> bool:
    """A second choice of hospital: a label numbered past the first ('Hospital #2', 'Hospital
    2') or one whose line or value says it treats minor injuries only. The nearest A&E printed
    beside it ('Nearest A&E  Victoria Hospital') is the one a crew member is sent to."""
    if label.number is not None and label.number > 1:
        return True
    line = sheet.pages[label.page].lines[label.line].text
    return any(_MINOR_ONLY.search(t) for t in [line, *(pc.text for pc in pieces)])


# 'Minor injuries: St Luke's Hospital (08:00-20:00)', 'Walk-in centre: ...', 'MIU - ...': a
# line that names a unit for small injuries by its own label (UK: minor injuries unit, urgent
# treatment centre, walk-in centre), listed with the A&E under 'NEAREST A&E / MINOR INJURIES'
_MINOR_UNIT = lazy(
    r"^\W*(?:minor\s+injur(?:y|ies)(?:\s+unit)?|miu|walk[\s-]?in(?:\s+cent(?:re|er))?"
    r"|urgent\s+treatment(?:\s+cent(?:re|er))?|utc)\s*[:\u2013\u2014-]\s*\S",
    re.I,
)


def _past_minor_unit(lines: list[str]) -> list[str]:
    """The value's lines past a leading minor-injuries unit's own line, when lines follow it:
    the hospital field is the emergency department, the unit for small injuries is not."""
    k = 0
    while k < len(lines) - 1 and _MINOR_UNIT.search(lines[k]):
        k += 1
    return lines[k:]


def _wrapped_name(sheet: Sheet, pieces: list[Piece], lines: list[str]) -> list[str]:
    """The value's lines with a name wrapped over two lines joined (hospital_names). When the
    value read is one line, the line under it, starting where it starts, may hold the rest of
    the name even if another label took it ('Hospital, Lancaster Park Rd, ...' reads as a
    label of its own)."""
    joined = joined_wrap(lines)
    if joined != lines or len(lines) != 1 or has_facility(lines[0]):
        return joined
    last = pieces[-1]
    page = sheet.pages[last.page]
    if last.line + 1 >= len(page.lines):
        return lines
    here, below = page.lines[last.line], page.lines[last.line + 1]
    if below.top - here.bottom > 1.2 * max(here.bottom - here.top, 1.0):
        return lines  # a gap: the next block, no wrapped line
    x0 = pieces[0].x0
    run = next((r for r in runs(below) if abs(below.words[r[0]].x0 - x0) <= CELL_ALIGN), None)
    if run is None:
        return lines
    return joined_wrap([lines[0], " ".join(w.text for w in below.words[run[0] : run[1]])])


# A number the address ends on after a word for 'telephone' ('42000 Varaždin, tel. 042 393
# 000', 'Tel: 01 234 5678'), read as no phone (a national number with no region to read it in, or
# shorter than a phone is taken to be): it is the hospital's number, never its address
_TEL_TAIL = lazy(
    r"[\s,;\u00b7|]*\b(?:tel|telephone|phone|ph|telefon|tél|τηλ)\.?\s*:?\s*\+?[\d][\d\s()./-]{4,}$",
    re.I,
)


# the opening of a phone number whose rest wraps to the next line ('Castlebar, Co. Mayo F23 H529
# (094' / '902 1733).'): a bracket left open with only the number's first digits after it, or a
# '+' and the country code ('... 1000 Lausanne +41'), ends no address
_PHONE_OPENS = lazy(r"[\s,;\u00b7|]*(?:\(\s*\+?\d[\d\s.-]{0,6}|\+\d{1,3})$")


def _name_then_address(line: str, region: str | None) -> list[str]:
    """``_name_and_address``, else a name with its facility word up to the first comma and an
    address in a form not known after it ('Akademiska sjukhuset, Sjukhusvägen, 751 85
    Uppsala, +46 18 611 00 00')."""
    split = _name_and_address(line, region)
    if len(split) > 1:
        return split
    bare = without_phones(line, region) if find_phones(line, region) else line
    head = facility_head(bare.strip(" ,\u00b7|"))
    return list(head) if head else split


def _name_over(sheet: Sheet, label: Label, pieces: list[Piece]) -> str | None:
    """'NEAREST / HOSPITAL' wrapped in its cell, the value cell's lines beside it: the line
    over the address's first, flush with it in its column, that names a hospital by its kind
    ('Hennepin County Medical Center' over '701 Park Ave')."""
    first = pieces[0]
    if first.page != label.page or first.line == 0 or first.line - 1 == label.line:
        return None
    above = sheet.pages[first.page].lines[first.line - 1]
    for a, b in runs(above):
        if abs(above.words[a].x0 - first.x0) <= CELL_ALIGN:
            text = " ".join(w.text for w in above.words[a:b])
            labelled = any(
                o.page == first.page and o.line == first.line - 1 and a <= o.start < b
                for o in sheet.labels
            )
            named = hospital_name_shaped(text) and not hospital_label_words(text)
            return text if named and not labelled else None
    return None


def _label_gloss(sheet: Sheet, label: Label, pieces: list[Piece]) -> bool:
    """'NEAREST HOSPITAL / TRAUMA UNIT', 'Nearest hospital / Krankenhaus': the words after the
    label's slash, on its line, say the label again (a department, another language)."""
    only = pieces[0]
    if only.below or only.page != label.page or only.line != label.line:
        return False
    line = sheet.pages[label.page].lines[label.line]
    return after_slash(line, label.end) and hospital_label_words(only.text)


def _past_gloss(sheet: Sheet, label: Label, pieces: list[Piece]) -> list[str]:
    """The value of a label read with its gloss: the next run on the label's line and the
    lines under that run, else the lines under the label."""
    line = sheet.pages[label.page].lines[label.line]
    gloss = pieces[0]
    later = [r for r in runs(line) if line.words[r[0]].x0 > gloss.x0]
    if later:
        first, end = later[0]
        if any(
            o.line == label.line and first <= o.start < end
            for o in sheet.labels
            if o.page == label.page
        ):
            return []
        moved = replace(label, line=label.line, x0=line.words[first].x0)
        return [" ".join(w.text for w in line.words[first:end]), *_aligned_below(sheet, moved, 3)]
    return _aligned_below(sheet, label, 4)


# a sign or bullet before a name: '✚ St Mary's', '➤ Royal Infirmary', '• General Hospital'
# the end of the hospital's label, in lower case up to its colon, before the name: 'Nearest
# hospital with an ED: University Hospital Limerick', 'Nearest hospital for emergencies: ...'
_LABEL_TAIL = lazy(
    r"^(?:[a-z][\w&'\u2019-]*\s+){0,4}(?:[a-z][\w&'\u2019-]*|[A-Z&]{1,4})\s*:\s+(?=[A-Z0-9])"
)
_MARK = lazy(r"^[^\w\s(\"'\u201c\u2018]+\s*")


def _street_word(name: str) -> bool:
    """A name that is only a street's type ('Way', 'Road,'): the end of a street, read apart."""
    words = norm(name).strip(" ,.").split()
    return len(words) == 1 and words[0] in STREET_SUFFIXES


def _name_and_address(line: str, region: str | None) -> list[str]:
    """'Name - street, town', 'Name · street, town · phone', 'Name, street, town' on one line:
    the name, then the rest, when the name reads as no address and the rest as one. A name
    goes on past a dash to the comma when what follows the dash is no street and a numbered
    street follows the comma: 'KBC Split - Firule, Spinčićeva 1, 21000 Split' is named 'KBC
    Split - Firule' ('Royal Infirmary - Oxford Rd, Manchester' stays 'Royal Infirmary')."""
    best: list[str] = [line]
    for sep in (_DASH, _DOT, re.compile(r",\s*")):
        parts = [p.strip() for p in sep.split(line, maxsplit=1)]
        if len(parts) < 2 or _address_score(parts[0]) >= _ADDRESS_MIN:
            continue
        rest = without_phones(parts[1], region) if find_phones(parts[1], region) else parts[1]
        if not _reads_as_address(rest.strip(" \u00b7|,")):
            continue
        if sep is _DASH:
            parts = _named_past_dashes(parts, region)
        if len(best) == 1:
            best = parts
        elif _longer_name(best[0], parts[0], rest):
            return parts
    return best


def _named_past_dashes(parts: list[str], region: str | None) -> list[str]:
    """'CHU de Rouen - Hôpital Charles-Nicolle - 1 rue de Germont, 76000 Rouen': the name runs
    on over a later dash while what it takes in is a name (no number, no street) and what is
    left after that dash still reads as the address."""
    name, rest = parts
    while len(split := [p.strip() for p in _DASH.split(rest, maxsplit=1)]) == 2:
        extra, after = split
        bare = without_phones(after, region) if find_phones(after, region) else after
        if re.search(r"\d", extra) or _street_line(extra) or _reads_as_address(extra):
            break
        if not _reads_as_address(bare.strip(" \u00b7|,")):
            break
        name, rest = f"{name} - {extra}", after
    return [name, rest]


def _longer_name(name: str, longer: str, rest: str) -> bool:
    """Whether ``longer`` (the name read up to the comma) names the place better than ``name``
    (read up to the dash): its extra words are no street, hold no number, and the rest after
    the comma starts with a numbered street, its number after the street ('Spinčićeva 1') or,
    in North American and British form, before it ('SSM Health St. Clare Hospital - Baraboo,
    707 14th St, Baraboo, WI': a health system names its hospitals by town after a dash)."""
    extra = longer[len(name) :].strip(" -\u2013\u2014\u00b7|,")
    return (
        longer.startswith(name)
        and bool(extra)
        and not re.search(r"\d", extra)
        and not _street_line(extra)
        and (
            bool(re.match(r"[^\d,]{2,40}\s\d{1,4}[a-zA-Z]?\b", rest))
            or _number_first_street(rest)
            or (_site_name(extra) and bool(_NUMBERED.match(rest)))
        )
    )


# 'Trillium Health Partners - Mississauga Hospital, 100 Queensway W': a health system's name,
# a dash, then one of its sites (a hospital, a campus) before the numbered street
_SITE = lazy(r"\b(?:site|campus|pavilion)\b", re.I)
_NUMBERED = lazy(r"\d{1,5}[a-zA-Z]?\s+[^\W\d_]")


def _site_name(text: str) -> bool:
    """Whether the words after a name's dash name a hospital or one of its sites."""
    return has_facility(text) or bool(_SITE.search(text))


def _number_first_street(rest: str) -> bool:
    """'707 14th St, Baraboo, WI 53913': the rest opens with a street, its number first."""
    head = rest.split(",", 1)[0].strip()
    return bool(re.match(r"\d{1,5}[a-zA-Z]?\s+\S", head)) and _street_line(head)


_DOT = lazy(r"\s+[\u00b7\u2022|]\s+")  # "UNM Hospital · 2211 Lomas Blvd NE · (505) ..."


def _address_part(line: str, region: str | None) -> str | None:
    """A line without its phone number; None when only the number (or no address) was on it."""
    if not find_phones(line, region):
        return line
    rest = without_phones(line, region)
    return rest if _address_score(rest) >= _ADDRESS_MIN else None


_DASH = lazy(r"\s+[-\u2013\u2014]\s+")  # "Royal London Hospital - Whitechapel Rd, ..."
