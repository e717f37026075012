"""Tell call sheets from shooting schedules and from other paperwork, and read locale cues.

A call sheet is recognised by its structure, not by one word: a crew call label with a time
near it, a set location, a dated day, a hospital, a scenes table. "Call sheet" in a title is
one weak cue among these (a household planner may be called "callsheet"). Other paperwork
that reaches a crew's inbox is recognised by its own structure: a budget's account lines and
money columns, a screenplay's scene headings and character cues, a post-production plan's
deliverables, a household planner's chores and school runs, an invoice or rental quote, a
contract's parties, clauses and signature lines, a deal memo's rate and terms, a hotel rooming
list's rooms and check-in / check-out dates per person, an order confirmation's total and
delivery, a travel itinerary's flights, trains and bookings, a crew or contact list's rows of
names, roles and phones, a notice of filming to residents, a fitting, rehearsal or casting
schedule (``notices``), a traffic management plan or a drone flight plan (``operations``),
a table read or a safety induction (``sessions``), a pay voucher, a safety notice or an
agency's booking confirmation (``set_papers``).

Scene rows are recognised by their page count in eighths ("1 4/8"), a convention of every
language, so a sheet whose labels are unknown still shows its structure.

Labels in languages the field reader does not read yet (Croatian, Serbian, Bosnian) are known
here too (``SLAVIC_CUES``): an unread field goes to review, a skipped day is lost.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import phonenumbers

from pipeline.extract.reader import labels as L
from pipeline.extract.reader import (
    not_a_day,
    not_a_shoot,
    notices,
    operations,
    paperwork,
    post_plans,
    sessions,
    set_papers,
    shoot_evidence,
    unshot_events,
)
from pipeline.extract.reader.address_parts import find_postcodes
from pipeline.extract.reader.addresses import find_address
from pipeline.extract.reader.calendar_names import MONTHS, SHORT_WEEKDAYS, WEEKDAYS
from pipeline.extract.reader.dates import find_dates
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.mail_stamps import stamp_lines
from pipeline.extract.reader.model import DocumentType
from pipeline.extract.reader.rows import parse_scene
from pipeline.extract.reader.shorthand import dash_parts
from pipeline.extract.reader.values import EMAIL_RE, Guess

_PL_CHARS = lazy(r"[ąęłśżźćń]", re.I)
_UK_POSTCODE = lazy(r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b")
# a North American phone number's exchange and line, dashed: "555-0142"
_NA_LINE = r"\d{3}-\d{4}"
_US_CUES = lazy(rf"\b[A-Z]{{2}}\s\d{{5}}\b|\(\d{{3}}\)\s?{_NA_LINE}")  # a ZIP, a phone
_US_TIME = lazy(r"\b\d{1,2}:\d{2}\s?[AP]M\b")
# North America's dialling code before an area code ("+1 212 555 0100", "+1 (416)", "+1-604"):
# never a temperature's sign and tens ("+5…+14 °C", "+12°")
_PLUS_ONE = lazy(r"\+1\)?(?:[\s.-]?\(?)\d{3}")  # "(+1) 212 ..." too

CALL_MIN = 3  # a crew call with its time, or a location and a date, make a call sheet
OTHER_MIN = 4  # another kind of paper needs this much of its own structure to win
_TIME = lazy(
    r"(?<![\d/])\d{1,2}\s?[:.h]\s?\d{2}(?!\d)\s*(?:[ap]\.?m\b\.?)?|\b\d{1,2}\s?[ap]m\b", re.I
)
# next to a crew-call label a 24-hour time may be printed without a colon ("UNIT CALL 0630",
# "0715 hrs"); alone on a page four digits are more often a year
_LABELLED_TIME = lazy(_TIME.pattern + r"|(?<![\d.:/-])(?:[01]\d|2[0-3])[0-5]\d(?![\d.:/-])", re.I)
_MONTH_NAMES = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_DATE = lazy(
    r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"|\b\d{1,2}\s+(?:stycz|lut|mar|kwie|maj|czerw|lip|sierp|wrze|paźdz|listop|grud)\w*"
    # "18. März", "19 mars", "1er juin": month names in every language calendar_names knows
    rf"|\b\d{{1,2}}(?:er|\.)?\s+(?:{_MONTH_NAMES})\b",
    re.I,
)
_MONEY = lazy(r"[$£€]\s?\d[\d,]*(?:\.\d{2})?|\b\d{1,3}(?:,\d{3})+(?:\.\d{2})?\b|\b\d{3,}\.\d{2}\b")
_ACCOUNT_LINE = lazy(r"^\d{2,5}(?:[-.]\d{1,4})?\s+[A-Za-z]")
_SCENE_HEADING = lazy(r"^(?:\d+[A-Z]?\s+)?(?:INT|EXT|INT\./EXT|EXT\./INT|I/E)\.\s+\S", re.I)
_EIGHTHS = lazy(r"\b\d/8\b")
_CUE = lazy(r"^[A-Z][A-Z .'\-]{1,30}(?:\s\((?:V\.O\.|O\.S\.|O\.C\.|CONT'D)\))?$")
_DIALOGUE = lazy(r"[a-z]")
# Croatian, Serbian and Bosnian months (Latin and Cyrillic): "28. avgust", "3. kolovoza"
_SLAVIC_MONTHS = (
    r"januar\w*|februar\w*|mart\w*|april\w*|maj\w*|jun\w*|jul\w*|avgust\w*|august\w*|"
    r"septemb\w*|oktob\w*|novemb\w*|decemb\w*|siječ\w*|veljač\w*|ožuj\w*|travan\w*|travnj\w*|"
    r"svib\w*|lip\w*|srpan\w*|srpnj\w*|kolovoz\w*|ruj\w*|listopad\w*|studen\w*|prosin\w*|"
    r"јануар\w*|фебруар\w*|март\w*|април\w*|мај\w*|јун\w*|јул\w*|август\w*|септемб\w*|"
    r"октоб\w*|новемб\w*|децемб\w*"
)
_DATE = lazy(_DATE.pattern + rf"|\b\d{{1,2}}\.\s*(?:{_SLAVIC_MONTHS})\b", re.I)
# A contract's signature line ("Signed for the Owner: ______") and numbered clause ("2. Term.")
_SIGNATURE_LINE = lazy(
    r"(?:sign|signature|podpis|potpis|unterschrift|firma)\w*\b[^_]*_{4,}|_{8,}", re.I
)
# A scene row in any language: a scene number first and a page count in eighths ("21 OPERAHÁZ
# FOYER (BELSŐ) N 1 4/8 1, 2, 5"), whether or not the day/night word is known.
_EIGHTHS_ROW = lazy(r"^[A-Z]?\d{1,3}[A-Z]?\s+\S.*?\s(?:\d{1,2}\s)?[0-7]/8(?!\d)")
# An order's or invoice's total with its amount ("Total: $3,412.50", "TOTAL DUE 1.200,00 EUR")
_TOTAL = lazy(r"\btotal\b(?:\s+due)?\s*:?\s*(?:[A-Z]{3}\s?|[$£€]\s?)?\d[\d,.]*\d", re.I)
# A flight or train booked by its number: "Flight BA1436", "Flt LH 2031", "Train ICE 597"
# A role and its playing age: "BUDDY (12-14)", "Mr. Paxton (50s)", "LUCÍA (30-40 años)",
# "Anna (late 20s)"
_ROLE_AGE = lazy(
    r"^[^\W\d_][\w.'\u2019-]*(?:\s[\w.'\u2019-]+){0,3}\s*\(\s*(?:(?:early|mid|late)[\s-])?"
    r"(?:\d{1,2}\s*[-\u2013]\s*\d{1,2}|\d0'?s(?:\s*[-\u2013]\s*\d0'?s)?)"
    r"(?:\s*(?:\+|years?|yrs|y/?o|años|ans|anni|jahre|lat))?\s*\)",
    re.I,
)
_BOOKED = lazy(r"\b(?:flight|flt|train|zug|vol|vuelo|lot)\s+[A-Z]{2,3}\s?\d{2,4}\b", re.I)
# A leg booked by its carrier's code and number, from a place at a time to a place at a time:
# "EI 3722 Dublin 18:40 - Shannon 19:25", "LH1234 Frankfurt 07:05 → Warszawa 08:50" (a
# scene's "SC 12" or an episode's "EP 3" is no carrier)
_LEG = lazy(
    r"\b(?!SC|EP|BL|CH)[A-Z][A-Z0-9]\s?\d{2,4}\s+(?:[^\W\d_][\w'.-]*\s+){1,3}\d{1,2}[:.]\d{2}"
    r"\s*[-\u2013\u2192>]+\s*(?:[^\W\d_][\w'.-]*\s+){1,3}\d{1,2}[:.]\d{2}\b"
)
# A contact row: an e-mail address or a phone number printed in its common shapes
_CONTACT = lazy(
    EMAIL_RE.pattern + r"|(?<!\d)(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?[\s.-]?\d{3}[\s.-]\d{3,4}(?!\d)"
)
# An item row: its quantity first, then tick boxes ('[x] [ ]', '☐', '☑') for out and in
_TICKED_ITEM = lazy(r"^\d{1,3}\s*[x\u00d7]?\s+[^\W\d_].*(?:\[\s?[x✓✔]?\s?\]|[☐☑☒□■✓✔])", re.I)
_CLAUSE = lazy(r"^\d{1,2}(?:\.\d{1,2})?\.?\s+[A-Z][\w ,'-]{2,40}\.\s+\S")


# Call-sheet labels the field reader does not know yet, for classification only: Croatian,
# Serbian and Bosnian in Latin and Cyrillic script ("POZIV EKIPE", "LOKACIJA", "NAJBLIŽA
# BOLNICA", "IZLAZAK / ZALAZAK SUNCA"), merged into each part's labels in call_sheet_score.
SLAVIC_CUES: dict[str, dict[str, float]] = {
    "crew": {
        "poziv ekipe": 1.0,
        "poziv za ekipu": 1.0,
        "okupljanje ekipe": 1.0,
        "zborno ekipe": 1.0,
        "dolazak ekipe": 1.0,
        "početak rada ekipe": 1.0,
        "позив екипе": 1.0,
        "окупљање екипе": 1.0,
        "poziv": 0.5,
    },
    "location": {
        "lokacija": 1.0,
        "lokacija snimanja": 1.0,
        "mjesto snimanja": 1.0,
        "mesto snimanja": 1.0,
        "objekat": 0.8,
        "objekt": 0.8,
        "локација": 1.0,
    },
    "date": {"datum": 1.0, "dan snimanja": 1.0, "snimajući dan": 1.0, "датум": 1.0},
    "hospital": {
        "bolnica": 1.0,
        "najbliža bolnica": 1.0,
        "najbliza bolnica": 1.0,
        "hitna pomoć": 0.9,
        "urgentni centar": 1.0,
        "hitni prijem": 1.0,
        "urgentni prijem": 1.0,
        "болница": 1.0,
    },
    "sun": {"izlazak sunca": 1.0, "zalazak sunca": 1.0, "izlazak": 0.9, "zalazak": 0.9},
    "base": {"baza": 1.0, "baza i parking": 1.0},
}
SLAVIC_MARKERS = (
    "dnevni plan snimanja",
    "plan snimanja",
    "knjiga snimanja",
    "poziv ekipe",
    "дневни план снимања",
    "план снимања",
)


@dataclass(frozen=True)
class Verdict:
    """The document's kind and, for 'other', what it looks like instead (for the skip note)."""

    kind: DocumentType
    reason: str | None = None
    looks_like: str | None = None  # the kind of other paperwork recognised by its structure


# Vocabulary of other paperwork, each phrase counted once (word-bounded, lower case).
OTHER_KINDS: dict[str, tuple[str, ...]] = {
    "a budget": (
        "above the line",
        "above-the-line",
        "below the line",
        "below-the-line",
        "fringes",
        "fringe",
        "grand total",
        "total above",
        "total below",
        "budget",
        "contingency",
        "top sheet",
        "topsheet",
        "acct",
        "account",
        "subtotal",
        "insurance",
        "overhead",
        "production fee",
        "kosztorys",
        "budżet",
    ),
    "a screenplay": (
        "fade in",
        "fade out",
        "fade to black",
        "cut to:",
        "dissolve to",
        "smash cut",
        "(cont'd)",
        "(v.o.)",
        "(o.s.)",
        "(beat)",
        "written by",
        "screenplay by",
        "the end",
    ),
    "a post-production plan": (
        "deliverables",
        "delivery schedule",
        "dcp",
        "online",
        "offline",
        "grade",
        "colour grade",
        "color grade",
        "final mix",
        "mix",
        "conform",
        "picture lock",
        "locked cut",
        "rough cut",
        "fine cut",
        "vfx turnover",
        "qc",
        "m&e",
        "prores",
        "imf",
        "stems",
        "subtitles",
        "post-production",
        "post production",
        # ... and the stages in the languages crews write them (scored once, with these)
        *post_plans.WORDS,
    ),
    # Only what a household plans and a shoot does not: "dinner", "school" or "family" are in
    # scene descriptions, so they are no evidence.
    "a household planner": (
        "meal plan",
        "meal planner",
        "chores",
        "school run",
        "homework",
        "groceries",
        "grocery",
        "shopping list",
        "laundry",
        "drop off",
        "drop-off",
        "dishes",
        "vacuum",
        "bins out",
        "dentist",
        "packed lunch",
        "weekly planner",
        "family planner",
        "to do",
        "to-do",
        # a family's week: lie-ins, the kids' snack rota and lessons
        "sleep in",
        "lie in",
        "lie-in",
        "snack duty",
        "piano lesson",
        "soccer practice",
        "football practice",
        "swim lesson",
    ),
    "an invoice or quote": tuple(L.OTHER_MARKERS),
    # Contracts and agreements: parties, clauses, grants, signatures. A call sheet's safety
    # notes may say "shall" or "liability"; it outscores these with its own structure.
    "a contract or agreement": (
        "agreement",
        "this agreement",
        "contract",
        "hereby",
        "agrees",
        "agree to",
        "shall",
        "grants",
        "in perpetuity",
        "the owner",
        "the licensor",
        "the licensee",
        "indemnify",
        "indemnity",
        "liability",
        "warrants",
        "terms and conditions",
        "clause",
        "the parties",
        "signed for",
        "on signature",
        "witness",
        "governing law",
        "umowa",
        "ugovor",
        "vertrag",
        "contrat",
        "zleceniodawca",
        "zleceniobiorca",
    ),
    # Deal memos: a position's rate and terms (the call times come on each day's call sheet).
    "a deal memo": (
        "deal memo",
        "deal memorandum",
        "daily rate",
        "weekly rate",
        "hourly rate",
        "rate",
        "guarantee",
        "kit rental",
        "box rental",
        "per diem",
        "overtime",
        "payroll",
        "direct deposit",
        "start date",
        "end date",
        "terms of engagement",
        "engagement",
        "employee",
        "employer",
        "loan-out",
        "loan out",
        "holiday pay",
        "stawka",
        "honorarium",
        "gage",
    ),
    # Rooming lists: a hotel's rooms and each guest's stay.
    "a rooming list": (
        "rooming list",
        "room list",
        "hotel",
        "room",
        "rooms",
        "room type",
        "check-in",
        "check in",
        "check-out",
        "check out",
        "nights",
        "reservation",
        "reservations",
        "incidentals",
        "confirmation number",
        "late arr",
        "zimmerliste",
        "lista pokoi",
        "pokój",
        "noclegi",
    ),
    # Orders and their confirmations (a caterer's, a supplier's): what was ordered, for when
    # and where it is delivered, the total and the payment terms.
    "an order confirmation": (
        "order confirmation",
        "purchase order",
        "order number",
        "order no",
        "catering order",
        "delivery date",
        "delivery address",
        "delivery time",
        "payment",
        "payment terms",
        "incl. tax",
        "incl. vat",
        "covers",
        "menu",
        "dietary",
        "amount due",
        "total due",
        "bestellbestätigung",
        "potwierdzenie zamówienia",
        "confirmation de commande",
    ),
    # Travel itineraries: flights, trains, hotel bookings and car pick-ups for one traveller.
    "a travel itinerary": (
        "itinerary",
        "travel itinerary",
        "outbound",
        "flight",
        "flights",
        "departs",
        "arrives",
        "seat",
        "boarding",
        "e-ticket",
        "booking reference",
        "booking ref",
        "pnr",
        "check-in",
        "check-out",
        "confirmation",
        "per diem",
        "platform",
        "reiseplan",
        "plan podróży",
    ),
    # Crew and contact lists: departments, positions, names, phones and e-mails.
    "a crew or contact list": (
        "crew list",
        "contact list",
        "crew contact list",
        "crew contacts",
        "contact sheet",
        "cast list",
        "lista ekipy",
        "kontaktliste",
        "stabliste",
        "e-mail",
        "position",
    ),
    # Daily production reports: what a day already shot did (scenes completed, the actual wrap,
    # minutes and setups shot, the stock used); a call sheet plans a day and says none of it.
    "a daily production report": (
        "production report",
        "daily production report",
        "dpr",
        "scenes completed",
        "scenes not completed",
        "scenes shot",
        "pages shot",
        "minutes shot",
        "setups",
        "takes",
        "actual wrap",
        "actual",
        "last person out",
        "last shot",
        "first shot/last shot",
        "camera report",
        "film stock",
        "stock report",
        "footage shot",
        "delays",
        "injuries",
        "incidents",
        "meal penalties",
        "meal penalty",
        "approved by",
    ),
    # Casting calls: roles sought and how to apply, at an open call or audition.
    "a casting call": (
        "casting call",
        "open call",
        "open casting",
        "audition",
        "auditions",
        "seeking",
        "submit",
        "submissions",
        "submission",
        "headshot",
        "headshots",
        "self-tape",
        "self tape",
        "roles",
        "ethnicities",
        "no experience",
        "apply",
        "casting never charges",
        "callback",
        "callbacks",
        "sign-in",
        "showreel",
        "playing age",
        # Spanish, French, German, Italian: an open call and its auditions
        "convocatoria de casting",
        "casting abierto",
        "audición",
        "audiciones",
        "casting ouvert",
        "offenes casting",
        "vorsprechen",
        "provini",
    ),
    # A location scout (recce) report: when a place was seen, by whom, its access, power and
    # sun path, its fee and dates free, a recommendation; it calls no one anywhere
    "a location scout report": (
        "scout report",
        "location scout",
        "recce",
        "recce report",
        "recced",
        "location recce",
        "tech recce",
        "technical recce",
        "mobile signal",
        "scouted",
        "scouted by",
        "recommendation",
        "available dates",
        "sun path",
        "tie-in",
        "holding fee",
        "location fee",
        "photos attached",
        "wizja lokalna",
        "raport z dokumentacji",
        # Spanish, Italian, Portuguese, French: the report, the visit's date and visitors, the
        # verdict on the place ("informe de localización", "sopralluogo", "repérage")
        "scouting",
        "informe de localización",
        "informe de localizaciones",
        "fecha de la visita",
        "visitado por",
        "valoración",
        "sopralluogo",
        "relazione sopralluogo",
        "data della visita",
        "valutazione",
        "relatório de locação",
        "data da visita",
        "rapport de repérage",
        "date de la visite",
    ),
    # A crew availability check (a pencil): asks who is free on a day, confirms nothing
    "an availability check": (
        "availability check",
        "are you available",
        "are you free",
        "light pencil",
        "pencil only",
        "not a confirmation",
        "confirm or release",
        "please reply by",
        "reply by",
        "call sheet will follow",
        "hold the date",
        "czy jesteś dostępny",
        "czy jesteś dostępna",
    ),
    # An equipment rental quote: collection and return times, a delivery, prices net of tax
    "an equipment rental quote": (
        "quote",
        "quotation",
        "rental",
        "equipment rental",
        "camera rental",
        "collection",
        "return",
        "delivery",
        "total net",
        "vat",
        "quote valid",
        "insurance certificate",
        "wypożyczalnia",
        "wycena",
        "odbiór sprzętu",
        "zwrot sprzętu",
        "netto",
        # a rental house's pick-up or order confirmation: the kit checked out and back
        "rentals",
        "rental order",
        "rental period",
        "pick-up confirmation",
        "pickup confirmation",
        "certificate of insurance",
        "proof of insurance",
        "checked out",
        "late returns",
        "mietbestätigung",
        "abholung",
        "rückgabe",
        "alquiler de equipos",
        "devolución",
        "location de matériel",
        "retour du matériel",
    ),
    # An equipment check-out / return form: the items handed out by quantity and serial, who
    # took them and when they come back, their condition; it calls no one to a set
    "an equipment check-out form": (
        "check-out form",
        "checkout form",
        "return form",
        "equipment check-out",
        "equipment checkout",
        "checked out",
        "checked out by",
        "checked in",
        "returned by",
        "picked up by",
        "collected by",
        "serial",
        "serial no",
        "serial number",
        "condition",
        "qty",
        "late returns",
        "late return",
        "replacement cost",
        "missing items",
        "renter",
        "materialausgabe",
        "rückgabe",
        "seriennummer",
        "bon de sortie",
        "bon de retour",
        "numéro de série",
        "devolución",
        "número de serie",
        "riconsegna",
        "matricola",
        "numero di serie",
        "wydanie sprzętu",
        "zwrot sprzętu",
        "numer seryjny",
    ),
}


def document_type(text: str, has_schedule_days: bool) -> DocumentType:
    """Classify ``text`` (the document's lines joined by newlines)."""
    return verdict(text, has_schedule_days).kind


def verdict(text: str, has_schedule_days: bool) -> Verdict:
    """Weigh call-sheet structure against the structure of other paperwork."""
    if has_schedule_days:
        return Verdict("shooting_schedule")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    parts = call_sheet_parts(lines)
    call = sum(parts.values())
    scores = other_scores(lines)
    works = plans_work(lines)
    if not works or not plans_work(lines, bare_call=False):
        # an invitation, a forecast, a permit or a receipt calls no one to work; a bare "call"
        # near a time is the only work ('10:00 AM Bridal party call', an invoice's row '(call
        # 0900 at ...)'): their own structure is still weighed against it
        scores |= day_without_a_call_scores(lines) | paperwork_scores(lines)
        if runs_a_day(lines):  # a day's timed rows: the permit or risk table rides along
            # (an incident report times what happened line by line: its rows are no plan)
            scores |= {k: 0.0 for k in paperwork.OF_A_SHOOT if k not in paperwork.TIMED_KINDS}
    elif paperwork.worked_days(lines) >= _WEEK:  # a timesheet's rows each give a call and a wrap
        scores["a timesheet"] = paperwork_scores(lines)["a timesheet"]
    kind, other = max(scores.items(), key=lambda kv: kv[1])
    if other >= OTHER_MIN and (other > call or _shoot_paper(kind, works, lines)):
        return Verdict("other", f"not a call sheet: looks like {kind}", kind)
    # a bare "call" near a time ('Call the COVID officer ... before 07:00') plans no work here
    if not plans_work(lines, bare_call=False) and (named := _titled_other(lines)) is not None:
        return Verdict("other", f"not a call sheet: titled as {named}", named)
    if call >= CALL_MIN and not works and not filled_in(lines):
        return Verdict("other", _BLANK, "a blank call sheet template")
    if _meeting_heading(lines):
        # a meeting's agenda or minutes talks the calls over (its items quote them): it is
        # no sheet of the day, however much of one it quotes
        return Verdict("other", f"not a call sheet: titled as {_MEETING}", _MEETING)
    if (staged := _stage_or_school_heading(lines)) is not None:
        # a touring show's rider, a conference's programme, a school's exam timetable, a
        # theatre's tech week: it calls crews and names rooms and times, but for no shooting day
        return Verdict("other", f"not a call sheet: titled as {staged}", staged)
    if (event := _event_heading(lines)) is not None:
        # a race's marshal briefing, a studio audience's warm-up running order, a school's
        # letter to parents: it calls people to a place at a time, for no shooting day
        return Verdict("other", f"not a call sheet: titled as {event}", event)
    if (unshot := unshot_events.event_heading(lines)) is not None and not (
        unshot_events.speaks_of_a_shoot(lines) or any(_scene_row(ln) for ln in lines)
    ):
        # a choir's concert call, a band's competition itinerary, a trade show's staffing rota:
        # another event's day named in the heading, not one shooting day's word in the paper
        return Verdict("other", f"not a call sheet: titled as {unshot}", unshot)
    if call >= CALL_MIN or (
        other < OTHER_MIN
        and (
            _shaped_shoot_day(lines, works)
            or summons(lines)
            or shoot_evidence.told_shoot_day(lines)
        )
    ):
        if not _production_evidence(lines, parts):
            # a mover's move day ('Crew arrival: 8:00 - 9:00 AM', 'Move date: ...'), a realtor's
            # open house: a crew's arrival window or a day's programme, a date and addresses,
            # with no word of a production, are another trade's day
            return Verdict("other", f"not a call sheet: {_TRADE}", _TRADE)
        if shoot_evidence.an_events_shape(lines) and not (
            shoot_evidence.shows_a_shoot(lines) or any(_scene_row(ln) for ln in lines)
        ):
            # a concert's call, a club's away trip, a rally's road book: a day's running order
            # with not one word of a shoot is another event's day, whatever its heading names
            # (a bare call to a place, a message's few lines, stays a call sheet for review)
            return Verdict("other", f"not a call sheet: {_UNSHOT}", _UNSHOT)
        # A dated day with times and a place, or scene rows, is read as a call sheet even when
        # its labels are unknown (another language, an odd template): review beats a lost day.
        return Verdict("call_sheet")
    return Verdict("other", "not a call sheet: no crew call, set location or shooting date")


def _shaped_shoot_day(lines: list[str], works: bool) -> bool:
    """A shooting day by its shape (``has_day_evidence``: scene rows, or a date, times and a
    place) when it plans work or shows a shoot: a utility's round of visits ('Godziny: pon.-pt.
    8:00 - 15:00' over the dates of its streets) has dates, hours and an address, but calls
    no one and names no shoot."""
    if not has_day_evidence(lines):
        return False
    head = lines[:_DAY_EVIDENCE_LINES]
    return works or any(_scene_row(ln) for ln in head) or shoot_evidence.shows_a_shoot(lines)


_UNSHOT = "another event's day (no shooting day's word)"
_TRADE = "another trade's day (a crew's arrival window or a programme, no production's word)"
# what a call sheet prints beyond a crew's time and a date: its set, base, hospital, sun,
# scene rows or its own name
_SHOOT_PARTS = frozenset({"location", "hospital", "sun", "base", "scenes", "marker"})


def _production_evidence(lines: list[str], parts: dict[str, float]) -> bool:
    """Whether a paper read as a call sheet may be one. Its set, base, hospital, sun, scene rows
    or name (``_SHOOT_PARTS``) make it one. A crew's arrival given as a window ('Crew arrival:
    8:00 - 9:00 AM': a mover's, a cleaner's) with no more of a call sheet needs a shoot's word
    (a 'crew call' is one); a day's programme that prints none of a call sheet's parts must
    show more of a shoot than the bare word for one: a shoot listed among its items ('Listing
    shoot: Friday 10:00 AM') is another trade's errand. A bare call
    to a place, a message's few lines, stays a call sheet for review."""
    if _SHOOT_PARTS & set(parts) or shoot_evidence.told_shoot_day(lines):
        return True
    if "crew" in parts:
        return not _arrival_window(lines) or shoot_evidence.shows_a_shoot(lines)
    if parts or not shoot_evidence.an_events_shape(lines):
        return True
    return shoot_evidence.shows_more_than_a_shoot(lines)


# a time span right after a crew's label: 'Crew arrival: 8:00 - 9:00 AM', 'Crew in 7-8am'
_WINDOW = lazy(
    rf"^\W{{0,3}}(?:{_TIME.pattern}|\d{{1,2}})\s*(?:[-\u2013]|to)\s*(?:{_TIME.pattern})", re.I
)


def _arrival_window(lines: list[str]) -> bool:
    """Whether a crew's label gives a span of arrival rather than one call time."""
    crew = _phrases(tuple({**L.CREW_CALL, **SLAVIC_CUES["crew"]}))
    return any(_WINDOW.match(ln[m.end() :]) for ln in lines for m in crew.finditer(ln.lower()))


_BLANK = "not a call sheet: a blank template (no date or time filled in)"


def plans_work(lines: list[str], *, bare_call: bool = True) -> bool:
    """A crew call label with a time, a line summoning people at a time ("Meet 0830"), or
    scene rows: a day's work that an invitation or a forecast never plans. Without
    ``bare_call``, a bare "call" near a time is no such label."""
    low = [ln.lower() for ln in lines]
    crew = {**L.CREW_CALL, **SLAVIC_CUES["crew"]}
    if bare_call:
        crew["call"] = 0.5
    else:
        crew.pop("call", None)
    head = lines[:_DAY_EVIDENCE_LINES]
    return (
        bool(_label_near(low, lines, crew, _LABELLED_TIME))
        or any(_SUMMONS.match(ln) for ln in head)
        or any(_scene_row(ln) for ln in head)
    )


def _shoot_paper(kind: str, works: bool, lines: list[str]) -> bool:
    """Paper that authorises, assesses, insures, invoices or contracts a shoot, in a document
    that plans no work and does not name itself a call sheet: the parts it shares with a call
    sheet (the set's location, the day's date, the nearest hospital, the hours granted) are the
    shoot it is about, no evidence of a day's plan, so they do not outweigh its own structure."""
    if works or kind not in paperwork.OF_A_SHOOT:
        return False
    title = [ln.lower() for ln in lines[:_TITLE_LINES]]
    markers = (*L.CALL_SHEET_MARKERS, *SLAVIC_MARKERS)
    return not any(_phrases(markers).search(ln) for ln in title)


_TITLE_LINES = 3  # a call sheet names itself in its heading; a permit may say "jour de tournage"

# Paper that names itself in its heading as a kind that is no shooting day: a location recce
# (scout) report, a tech recce's notes. With no work planned (no crew call with a time, no one
# summoned at a line's start, no scene rows), its places, dates and times are the visits', not
# a day's call, however few of its kind's other words it prints.
_TITLED_KINDS = {
    "a location scout report": (
        "recce report",
        "location recce",
        "tech recce",
        "technical recce",
        "recce notes",
        "scout report",
        "scouting report",
        "location scout",
        "location scouting",
        "scout notes",
        "rapport de repérage",
        "informe de localización",
        "informe de localizaciones",
        "relazione sopralluogo",
        "raport z dokumentacji",
        "relatório de locação",
    ),
    # a licensed child's chaperone keeps a daily record of the hours at the place of
    # performance, breaks and tuition (UK: Children (Performances and Activities) Regulations
    # 2014): it logs a day worked, it calls no one
    "a chaperone's record": (
        "chaperone daily record",
        "chaperone record",
        "chaperone's record",
        "chaperone log",
        "chaperone's log",
        "chaperone daily log",
        "chaperone's daily log",
        "chaperone's daily record",
        "child performance record",
        "child performer record",
        "child performer's record",
    ),
    # a director's treatment pitches a film or a music video (concept, look, proposed places
    # and a proposed shoot night): it plans a job not yet given, it calls no one
    "a treatment": (
        "music video treatment",
        "film treatment",
        "commercial treatment",
        "video treatment",
        "director's treatment",
        "director\u2019s treatment",
        "directors treatment",
        "creative treatment",
        "tratamiento visual",
        "tratamento visual",
        "note d'intention",
    ),
    # a waterway authority's stoppage notice (a lock, a bridge or a reach closed to boats for
    # works, its dates, works hours and towpath diversions) or a notice to boaters: the hours
    # are the works', the place is closed to all, nobody is called to it
    "a navigation stoppage notice": (
        "stoppage notice",
        "notice of stoppage",
        "navigation stoppage",
        "navigation notice",
        "notice to boaters",
        "notice to mariners",
        "waterway closure notice",
    ),
    # a health officer's testing schedule (test dates, slots and who is tested at a testing
    # site): times of tests, not a day's work
    "a testing schedule": (
        "testing schedule",
        "test schedule",
        "testing calendar",
        "covid-19 testing",
        "covid testing",
        "covid test schedule",
        "pcr testing schedule",
        "calendario de testeo",
        "calendario de pruebas",
    ),
}


_MEETING = "a meeting's agenda or minutes"
_MEETING_WORD = (
    r"(?:meeting|réunion|reunion|besprechung|sitzung|reunión|riunione|spotkani[ae]|zebrani[ae]"
    r"|porada|sestanek|sastanak|porady|poradě|stretnutie)"
    r"(?!\s+(?:point|place|spot|location|time|at)\b)"  # 'Meeting point', never a meeting held
)
_AGENDA_WORD = (
    r"(?:agenda|minutes|ordre du jour|compte[- ]rendu|tagesordnung|protokoll|orden del día"
    r"|ordine del giorno|verbale|porządek obrad|protokół|dnevni red|zapisnik|zápisnica)"
)
# 'PRODUCTION MEETING - AGENDA', 'Agenda: production meeting', 'Minutes of the meeting ...': a
# meeting word and an agenda word on one heading line
_MEETING_HEADING = lazy(
    rf"\b{_MEETING_WORD}\b.*\b{_AGENDA_WORD}\b|\b{_AGENDA_WORD}\b.*\b{_MEETING_WORD}\b",
    re.I,
)


def _meeting_heading(lines: list[str]) -> bool:
    """A heading that names the document a meeting's agenda or minutes (a meeting word and an
    agenda word on one of its first lines), with no call-sheet marker in the heading."""
    title = [ln.lower() for ln in lines[:_TITLE_LINES]]
    markers = (*L.CALL_SHEET_MARKERS, *SLAVIC_MARKERS)
    if any(_phrases(markers).search(ln) for ln in title):
        return False
    return any(_MEETING_HEADING.search(ln) for ln in title)


# Paper of a stage, a conference or a school that names its kind in its heading. Each plans a day
# (a get-in's crew call, a registration time, an exam's room, a dress rehearsal's half hour), so
# unlike ``_TITLED_KINDS`` the heading wins even when work is planned: none of them is a shooting
# day, whatever a film school's or a film conference's items say about call sheets.
_STAGE_OR_SCHOOL_KINDS = {
    # a touring show's technical rider (what the venue must supply) and its stage plot
    "a technical rider or stage plot": (
        "technical rider",
        "tech rider",
        "stage plot",
        "rider technique",
        "technischer rider",
        "technische rider",
        "rider técnico",
        "rider tecnico",
        "rider techniczny",
        "technický rider",
        "technical specification rider",
        "plan de scène",
        "plan sceny",
    ),
    # a conference's, a congress's or a festival's programme of sessions, rooms and speakers
    "a conference or festival programme": (
        "conference programme",
        "conference program",
        "conference schedule",
        "conference agenda",
        "festival programme",
        "festival program",
        "symposium programme",
        "symposium program",
        "harmonogram konferencji",
        "program konferencji",
        "program festiwalu",
        "programme de la conférence",
        "programme du colloque",
        "programme du festival",
        "programme des conférences",
        "konferenzprogramm",
        "tagungsprogramm",
        "festivalprogramm",
        "programa del congreso",
        "programa de la conferencia",
        "programa del festival",
        "programma del convegno",
        "programma della conferenza",
        "programma del festival",
        "program konference",
        "program festivalu",
    ),
    # a school's or university's exam session or class timetable
    "an exam or school timetable": (
        "exam timetable",
        "examination timetable",
        "exam schedule",
        "examination schedule",
        "class timetable",
        "school timetable",
        "course timetable",
        "rozpis zkoušek",
        "harmonogram zkoušek",
        "termíny zkoušek",
        "rozvrh hodin",
        "rozvrh zkoušek",
        "harmonogram egzaminów",
        "harmonogram sesji",
        "plan zajęć",
        "rozkład zajęć",
        "prüfungsplan",
        "prüfungstermine",
        "stundenplan",
        "calendrier des examens",
        "planning des examens",
        "calendario de exámenes",
        "calendario degli esami",
        "calendario esami",
    ),
    # a stage production's technical week (load-in, cue-to-cue, dress rehearsals, previews) or
    # its rehearsal schedule: calls to a theatre, never to a set
    "a stage production's tech week or rehearsal schedule": (
        "tech week schedule",
        "technical week schedule",
        "tech week calls",
        "tech and dress schedule",
        "tech/dress schedule",
        "production week schedule",
        "rehearsal schedule",
        "rehearsal plan",
        "semaine technique",
        "planning des répétitions",
        "calendrier des répétitions",
        "probenplan",
        "probenzeiten",
        "plan prób",
        "harmonogram prób",
        "plan de ensayos",
        "calendario de ensayos",
        "piano delle prove",
        "calendario delle prove",
        "zkouškový plán",
        "plán zkoušek",
    ),
}


def _stage_or_school_heading(lines: list[str]) -> str | None:
    """The kind (``_STAGE_OR_SCHOOL_KINDS``) a document's heading names it, when the heading does
    not call it a call sheet too; None otherwise."""
    title = [ln.lower() for ln in lines[:_TITLE_LINES]]
    markers = (*L.CALL_SHEET_MARKERS, *SLAVIC_MARKERS)
    if any(_phrases(markers).search(ln) for ln in title):
        return None
    for kind, names in _STAGE_OR_SCHOOL_KINDS.items():
        if any(_phrases(names).search(ln) for ln in title):
            return kind
    return None


def _event_heading(lines: list[str]) -> str | None:
    """The kind of event paper (``unshot_events.named_paper``) a document's heading names it,
    when the heading does not call it a call sheet too (a gathering word aside); None
    otherwise."""
    title = [ln.lower() for ln in lines[: unshot_events.PAPER_LINES]]
    markers = tuple(
        m for m in (*L.CALL_SHEET_MARKERS, *SLAVIC_MARKERS) if m not in unshot_events.GATHERING
    )
    if any(_phrases(markers).search(ln) for ln in title):
        return None
    return unshot_events.named_paper(lines)


def _titled_other(lines: list[str]) -> str | None:
    """The kind of paper a document's heading names it (``_TITLED_KINDS``), when the heading
    does not call it a call sheet too; None otherwise."""
    title = [ln.lower() for ln in lines[:_TITLE_LINES]]
    markers = (*L.CALL_SHEET_MARKERS, *SLAVIC_MARKERS)
    if any(_phrases(markers).search(ln) for ln in title):
        return None
    for kind, names in _TITLED_KINDS.items():
        if any(_phrases(names).search(ln) for ln in title):
            return kind
    return None


# A row of the day's running order ("07:00 Unit base open", "12:30-13:30 Lunch") or of the
# people called ("Camera  Dan Kerr  555-0161  07:00"): a time at a line's start before words, or
# at its end after them. A permit's granted window is one line, a risk table's rows have none.
_TIMED_ROW = lazy(
    rf"^(?:{_TIME.pattern})(?:\s*[-\u2013]\s*(?:{_TIME.pattern}))?\s+[^\W\d]"
    rf"|[^\W\d].*\s(?:{_TIME.pattern})$",
    re.I,
)
_RUNNING_ORDER = 3


def runs_a_day(lines: list[str]) -> bool:
    """A day's schedule by its shape: at least three timed rows (a running order, the calls of
    the people named), which plans the day even when no crew-call label is known. An e-mail
    printout's stamps (when it was sent, when printed) are no rows of the day."""
    stamps = stamp_lines(lines)
    rows = [ln for i, ln in enumerate(lines) if i not in stamps and _TIMED_ROW.search(ln)]
    return sum(1 for ln in rows if not _RESTRICTION.search(ln)) >= _RUNNING_ORDER


# A sentence that ends on a limit in time ('no amplified sound before 9:00 AM.', 'Trucks must
# leave by 10 p.m.'): a condition stated in prose, not a row of the day
_RESTRICTION = lazy(
    rf"\b(?:before|after|until|till|by|no\s+later\s+than|przed|po|do|vor|nach|bis|avant|après)"
    rf"\s+(?:{_TIME.pattern})\s*\.?$",
    re.I,
)


def day_without_a_call_scores(lines: list[str]) -> dict[str, float]:
    """Points for paperwork about a day that calls no one: an invitation, a weather forecast."""
    prose = [ln for ln in lines if not _SCENE_HEADING.match(ln) and parse_scene(ln) is None]
    joined = "\n".join(ln.lower() for ln in prose)
    scores = {
        kind: len(set(_phrases(words).findall(joined))) + not_a_day.structure_points(kind, prose)
        for kind, words in not_a_day.KINDS.items()
    }
    # a festival's screening programme, an actor's self-tape request (``not_a_shoot``)
    for kind, words in not_a_shoot.KINDS.items():
        found = len(set(_phrases(words).findall(joined)))
        scores[kind] = found + not_a_shoot.structure_points(kind, prose, found)
    return scores


# Rows of worked days (a date, a start and an end) that make a timesheet even though its column
# says "Call": a call sheet plans one day
_WEEK = 3


def paperwork_scores(lines: list[str]) -> dict[str, float]:
    """Points for production paperwork that plans no day: a permit, a risk assessment, a
    petty-cash report, a timesheet, an invoice, an insurance certificate, an NDA, a release."""
    prose = [ln for ln in lines if not _SCENE_HEADING.match(ln) and parse_scene(ln) is None]
    joined = "\n".join(ln.lower() for ln in prose)
    signatures = min(2.0, sum(1 for ln in lines if _SIGNATURE_LINE.search(ln)))
    scores = {
        kind: len(set(_phrases(words).findall(joined))) + paperwork.structure_points(kind, prose)
        for kind, words in paperwork.KINDS.items()
    }
    for kind in ("a non-disclosure agreement", "a location release or agreement"):
        scores[kind] += signatures
    # A traffic management plan, a drone flight plan: their words and shapes (``operations``)
    for kind, words in operations.KINDS.items():
        found = len(set(_phrases(words).findall(joined)))
        scores[kind] = found + operations.structure_points(kind, prose, found)
    # A pay voucher, a safety notice, a camera report, a delivery note, a car-hire duty slip,
    # an audience ticket: their words and shapes (``set_papers``)
    for kind, words in set_papers.KINDS.items():
        found = len(set(_phrases(words).findall(joined)))
        scores[kind] = set_papers.score(kind, prose, found)
    return scores


def filled_in(lines: list[str]) -> bool:
    """A date or a time printed anywhere: a day's sheet says when; a blank template says
    neither, whatever its labels ("DATE: ______", "CREW CALL ____:____")."""
    return any(_TIME.search(ln) or _DATE.search(ln) or find_dates(ln) for ln in lines)


def has_day_evidence(lines: list[str]) -> bool:
    """A shooting day's facts by shape alone: scene rows, or a dated day with times and a place.

    Looks at the first lines only (a day's facts head its sheet) so a long document stays fast.
    """
    head = lines[:_DAY_EVIDENCE_LINES]
    if any(_scene_row(ln) for ln in head):
        return True
    if not any(find_dates(ln) for ln in head):
        return False
    times = sum(len(_TIME.findall(ln)) for ln in head)  # a strip prints several on one line
    return times >= 2 and any(find_address(ln) is not None for ln in head)


_DAY_EVIDENCE_LINES = 80
_WEEKDAY_REACH = 14  # characters before a yearless date its weekday may stand in


def _weekday_dated(line: str) -> bool:
    """A day named by its weekday and date with no year ('On Tuesday 10 March, call is ...',
    'Thu 8/10'): a memo's way of dating the day it calls people to. A day and month alone
    ('10 March') is no such date: a weekday must name it."""
    for parsed in find_dates(line, yearless=True):
        if not parsed.value.startswith("--"):
            continue
        near = line[max(0, parsed.start - _WEEKDAY_REACH) : parsed.end].lower()
        words = re.findall(r"[^\W\d_]+", near)
        if any(w in WEEKDAYS or w in SHORT_WEEKDAYS for w in words):
            return True
    return False


# A line that calls people somewhere at a time, as a minimal sheet words its call: "Meet 0830
# at the observatory entrance", "RV 07:00 at the car park", "Report to set at 6:30"
_SUMMONS = lazy(
    r"^(?:meet(?:ing)?|rv|rendezvous|report(?:\s+to\s+\w+)?|muster|unit\s+call|call)\b"
    r"\W{0,3}(?:time\W{0,3})?(?:at\s+)?(?:" + _LABELLED_TIME.pattern + ")",
    re.I,
)


# ... or says it in a sentence: "On Tuesday 10 March, call is 6:45am at ...", "crew call will
# be 7:00 AM", "Call time is 0630"
_CALL_SENTENCE = lazy(
    r"\bcall(?:\s+time)?\s+(?:is|will\s+be)\s+(?:at\s+)?(?:" + _LABELLED_TIME.pattern + ")",
    re.I,
)


def summons(lines: list[str]) -> bool:
    """A minimal sheet by its shape: a line calling people at a time, a shooting date and an
    address among the first lines (a documentary's one-page 'Meet 0830 / Address ...'; a
    memo's 'On Tuesday 10 March, call is 6:45am at ...', its day named by weekday and date)."""
    head = lines[:_DAY_EVIDENCE_LINES]
    calling = [ln for ln in head if any(_SUMMONS.match(p) for p in dash_parts(ln))]
    told = [ln for ln in head if _CALL_SENTENCE.search(ln) and _weekday_dated(ln)]
    return (
        bool(calling or told)
        # a one-liner's own line dates the day, its year left out: "Wed 14.10 - call 10:00"
        and (
            any(find_dates(ln) for ln in head)
            or any(find_dates(ln, yearless=True) for ln in calling)
            or bool(told)
        )
        and any((a := find_address(ln)) is not None and a.postcode is not None for ln in head)
    )


def _scene_row(line: str) -> bool:
    """A scene row: its day or night read, or a page count in eighths after a scene number."""
    if (s := parse_scene(line)) is not None and s.day_night:
        return True
    return _EIGHTHS_ROW.match(line) is not None


def call_sheet_score(lines: list[str]) -> float:
    """Points for each part of a call sheet's structure found (each counted once)."""
    return sum(call_sheet_parts(lines).values())


def call_sheet_parts(lines: list[str]) -> dict[str, float]:
    """The points of each part of a call sheet's structure found, by part ('crew', 'date',
    'location', 'hospital', 'sun', 'base', 'scenes', 'marker'); a part not found is left out."""
    low = [ln.lower() for ln in lines]
    cue = SLAVIC_CUES
    parts: dict[str, float] = {}
    crew = _label_near(
        low, lines, {**L.CREW_CALL, "call": 0.5, **cue["crew"]}, _LABELLED_TIME
    )  # bare 'Call': weak
    if crew:
        parts["crew"] = 3 * crew
    if _label_near(low, lines, {**L.LOCATION, **cue["location"]}, None):
        parts["location"] = 1.5
    dates = {**L.DATE, "day": 1.0, **cue["date"]}
    if _label_near(low, lines, dates, _DATE):
        parts["date"] = 1
    if _label_near(low, lines, {**L.HOSPITAL, **cue["hospital"]}, None):
        parts["hospital"] = 1.5
    sun = {**L.SUNRISE, **L.SUNSET, **cue["sun"]}
    if _label_near(low, lines, sun, _TIME):
        parts["sun"] = 0.5
    if _label_near(low, lines, {**L.BASE, **cue["base"]}, None):
        parts["base"] = 0.5
    if any(_scene_row(ln) for ln in lines):
        parts["scenes"] = 1.5
    markers = [*(m for m in L.CALL_SHEET_MARKERS if m not in L.CREW_CALL), *SLAVIC_MARKERS]
    if any(m in ln for ln in low for m in markers):
        parts["marker"] = 1
    return parts


def _label_near(
    low: list[str], lines: list[str], labels: dict[str, float], value: re.Pattern[str] | None
) -> float:
    """The best quality of a label found with a fitting value on its line or the next."""
    best = 0.0
    pattern = _phrases(tuple(labels))
    for i, line in enumerate(low):
        for m in pattern.finditer(line):
            quality = labels[m.group()]
            if quality <= best:
                continue
            if value is None:
                rest = line[m.end() :].strip(" :-#0123456789")
                if rest or i + 1 < len(low):
                    best = quality
                continue
            near = lines[i][m.end() :] + "\n" + (lines[i + 1] if i + 1 < len(lines) else "")
            if value.search(near):
                best = quality
    return best


@functools.cache
def _phrases(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for whole-word phrases, longest first so 'crew call' beats 'call'."""
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


_POST = "a post-production plan"
_HOUSEHOLD = "a household planner"
_WEEK_HEAD = 6  # a planner's day columns head it
_WEEKDAY = lazy(r"\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b", re.I)


def _week_columns(line: str) -> bool:
    """A line that names five or more days of the week: a week's columns."""
    return len({m.group(1).lower()[:3] for m in _WEEKDAY.finditer(line)}) >= 5


def other_scores(lines: list[str]) -> dict[str, float]:
    """Points per kind of other paperwork: its vocabulary, plus its typical line shapes."""
    # Scene rows describe the story ("INT. SCHOOL - DINNER"), not the document.
    prose = [ln for ln in lines if not _SCENE_HEADING.match(ln) and parse_scene(ln) is None]
    joined = "\n".join(ln.lower() for ln in prose)
    scores = {
        kind: float(len(set(_phrases(phrases).findall(joined))))
        for kind, phrases in OTHER_KINDS.items()
    }
    # A notice to residents, a fitting or rehearsal schedule: their words and shapes
    for kind, phrases in notices.KINDS.items():
        found = len(set(_phrases(phrases).findall(joined)))
        scores[kind] = found + notices.structure_points(kind, prose, found)
    # A table read, a safety induction or training: their words and shapes (``sessions``)
    for kind, phrases in sessions.KINDS.items():
        found = len(set(_phrases(phrases).findall(joined)))
        scores[kind] = found + sessions.structure_points(kind, prose, found)
    # An agency's booking confirmation: its terms, whatever call it states (``set_papers``)
    for kind, phrases in set_papers.OTHER_ANYWAY.items():
        found = len(set(_phrases(phrases).findall(joined)))
        scores[kind] = found + set_papers.structure_points(kind, prose, found)
    # A post-production plan in any language: its stages (counted above) and their spans
    scores[_POST] += post_plans.structure_points(prose, int(scores[_POST]))
    n = max(len(lines), 1)
    money = sum(1 for ln in lines if len(_MONEY.findall(ln)) >= 1)
    accounts = sum(1 for ln in lines if _ACCOUNT_LINE.match(ln) and _MONEY.search(ln))
    # A budget's lines are account codes with amounts; one amount here and there is not one.
    scores["a budget"] += min(6.0, 10 * accounts / n) + min(3.0, 5 * money / n)
    # A call sheet's scene rows carry page eighths and cast ids; a script's headings do not.
    headings = sum(1 for ln in lines if _SCENE_HEADING.match(ln) and not _EIGHTHS.search(ln))
    cues = sum(
        1
        for i, ln in enumerate(lines[:-1])
        if _CUE.match(ln) and not _TIME.search(ln) and _DIALOGUE.search(lines[i + 1])
    )
    # Headings alone are a one-liner's too; a script speaks in character cues.
    scores["a screenplay"] += min(2.0, headings / 4) + min(4.0, cues / 3)
    scores["a screenplay"] += min(3.0, 1.5 * _introduced_speakers(lines))
    # Contracts and deal memos end in signature lines; a contract numbers its clauses.
    signatures = min(2.0, sum(1 for ln in lines if _SIGNATURE_LINE.search(ln)))
    clauses = sum(1 for ln in prose if _CLAUSE.match(ln))
    scores["a contract or agreement"] += signatures + min(2.0, clauses / 2)
    scores["a deal memo"] += signatures
    # A rooming list gives each guest a stay: two dates (check-in, check-out) on one line.
    if scores["a rooming list"]:
        stays = sum(1 for ln in lines if len(_DATE.findall(ln)) >= 2)
        scores["a rooming list"] += min(3.0, stays / 2)
    # An order states its total; an itinerary books flights and trains by their numbers.
    if scores["an order confirmation"]:
        scores["an order confirmation"] += 2.0 * any(_TOTAL.search(ln) for ln in prose)
    # A rental house's quote or pick-up confirmation prices the kit and states its total.
    if scores["an equipment rental quote"] >= 2:
        scores["an equipment rental quote"] += 2.0 * any(_TOTAL.search(ln) for ln in prose)
    # A casting call lists the roles it casts, each with its playing age ("JUNE (12-14)").
    if scores["a casting call"]:
        roles = sum(1 for ln in prose if _ROLE_AGE.match(ln))
        scores["a casting call"] += 2.0 if roles >= 2 else 0.0
    # A household's week is laid out in day columns ('MON 10/12  TUE 10/13 ... SUN'): with two
    # of its words, that grid is a planner's, not a shoot's single day
    if scores[_HOUSEHOLD] >= 2 and any(_week_columns(ln) for ln in lines[:_WEEK_HEAD]):
        scores[_HOUSEHOLD] += 2.0
    booked = sum(1 for ln in lines if _BOOKED.search(ln) or _LEG.search(ln))
    scores["a travel itinerary"] += min(3.0, booked)
    # A check-out form lists items by quantity, each ticked out and in: '2 Teradek Bolt [x] [ ]'
    ticked = sum(1 for ln in prose if _TICKED_ITEM.match(ln))
    if ticked >= 3:
        scores["an equipment check-out form"] += 2.0
    # A contact list is mostly rows of phones and e-mails; a call sheet's contacts are a part.
    contacts = sum(1 for ln in lines if _CONTACT.search(ln))
    if contacts >= 5 and contacts / n >= 0.4:
        scores["a crew or contact list"] += min(4.0, 6 * contacts / n)
    return scores


def _introduced_speakers(lines: list[str]) -> int:
    """Speakers a script introduces: a character cue (a name in capitals alone over a line of
    speech) whose name the action prints in capitals too, going on in lower case, maybe after
    an age ("Rain. MARA (40s) sorts the tickets."), as screenplays introduce their characters
    in every format. A call sheet's headings over their values ('UNIT BASE', 'NEAREST
    HOSPITAL') are labels; its title in capitals again in a heading ('NEW TOWN Wednesday',
    'RYNEK - PLAN ZDJĘĆ') goes on in capitals or after a dash."""
    names = {
        _CUE_EXTENSION.sub("", ln).strip()
        for i, ln in enumerate(lines[:-1])
        if _CUE.match(ln)
        and not _SCENE_HEADING.match(ln)
        and not _TIME.search(ln)
        and _DIALOGUE.search(lines[i + 1])
    }
    labels = _phrases(tuple(p for phrases in L.KINDS.values() for p in phrases))
    names = {n for n in names if len(n) >= 2 and not labels.search(n.lower())}
    action = [ln for ln in lines if _DIALOGUE.search(ln)]
    return sum(
        1
        for n in names
        if any(
            re.search(rf"(?<![\w']){re.escape(n)}(?:\s\([^)]{{1,20}}\))?\s[a-z]", ln)
            for ln in action
        )
    )


_CUE_EXTENSION = lazy(r"\s\((?:V\.O\.|O\.S\.|O\.C\.|CONT'D)\)$")


def region(text: str) -> str | None:
    """The phone region the sheet implies: PL, GB, AU, NZ, US, the country of the dialling
    code its numbers print, or None when it gives no cue.

    A dialling code, a postcode or a phone's printed shape outweighs a word: US and Canadian
    sheets say "A&E" too, so it settles GB only when no number or address says otherwise.
    A region settled by words alone is a ``Guess``: a national number is read in it only
    when valid there (``values.find_phones``).
    """
    low = text.lower()
    if "+48" in text:
        return "PL"
    if len(_PL_CHARS.findall(text)) >= 3 or "zbiórka" in low:
        return Guess("PL")
    if "+44" in text or _UK_POSTCODE.search(text):
        return "GB"
    # Australia's and New Zealand's dialling codes, or an Australian address ("Invermay TAS
    # 7248"): their sheets say "Unit Call" as British ones do, and print "0400 555 104"
    if "+61" in text or any(p.country == "AU" for p in find_postcodes(text)):
        return "AU"
    if "+64" in text:
        return "NZ"
    if (code := _document_locale(low)) is not None:
        return _dialled_region(text) or Guess(code)
    if _PLUS_ONE.search(text) or _US_CUES.search(text):
        return "US"
    # A word's guess yields to any other country's dialling code its numbers print ("+27 21
    # 424 8890": South Africa), the most printed one first
    if _argentine(text):
        return _dialled_region(text) or Guess("AR")
    if "unit call" in low or "a&e" in low:
        return _dialled_region(text) or Guess("GB")
    if _US_TIME.search(text):
        return _dialled_region(text) or Guess("US")
    return None


# Argentina's CPA: the province's letter and the four digits of the old code, then the block's
# three letters ('C1425DKA CABA') or, in the short form many still print, the town straight
# after ('A4400 Salta', 'B1642 San Isidro', 'V9410 Ushuaia'); the letter is never I or O
_AR_CPA_FULL = lazy(r"(?<![\w-])[A-HJ-NP-Z]\d{4}[A-Z]{3}(?![\w-])")
_AR_CPA_SHORT = lazy(r"(?<![\w-])[A-HJ-NP-Z]\d{4}(?=,?\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñü])")
AR_SHORT_CODES = 2  # short codes printed before one is an address's, not an item's number


def _argentine(text: str) -> bool:
    """An Argentine postcode (CPA) in full, or two in the short form before their towns."""
    return bool(_AR_CPA_FULL.search(text)) or len(_AR_CPA_SHORT.findall(text)) >= AR_SHORT_CODES


# a number printed with its dialling code: '+27 21 424 8890', '+254 (0)20 272 6300'
_DIALLED = lazy(r"(?<![\w+])\+[1-9]\d{0,2}(?:[\s.\-]?\(?\d+\)?){2,6}")


def _dialled_region(text: str) -> str | None:
    """The country whose dialling code most of the sheet's '+' numbers print (the first
    printed on a tie); None without one, or for a code of no country (+800)."""
    counts: dict[str, int] = {}
    for m in _DIALLED.finditer(text):
        try:
            number = phonenumbers.parse(m.group(), None)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_possible_number(number):
            continue
        code = phonenumbers.region_code_for_country_code(number.country_code)
        if code not in ("ZZ", "001"):
            counts[code] = counts.get(code, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


# A North American sheet's own marks: a Fahrenheit forecast, a dashed ten-digit phone number.
# Apart from _US_CUES: they leave a date's order open abroad, they place no sheet in the US.
_NORTH_AMERICAN = lazy(rf"{not_a_day.FAHRENHEIT}|(?<![\d-])\d{{3}}-{_NA_LINE}(?![\d-])")


def us_date_order(region_code: str | None, text: str = "") -> bool | None:
    """Month-first numeric dates on US sheets, day-first elsewhere, unknown without a cue, or
    when a sheet placed abroad by its address prints North American marks (a US crew's
    template on an Australian or British set: its "10/12/2026" may be either order)."""
    if region_code is None:
        return None
    if region_code != "US" and _NORTH_AMERICAN.search(text):
        return None
    return region_code == "US"


# The document's own name in Finnish, Turkish (either case of the dotted capital) and Indonesian:
# day-first dates ("7.5." is 7 May) and the country's phone numbers.
_LOCALE_NAMES = (
    ("FI", lazy(r"päiväohjelma|kuvauspäivä")),
    ("TR", lazy(r"çeki\u0307?m programi|çekim program\u0131|çeki\u0307?m günü")),
    ("ID", lazy(r"jadwal syuting|hari syuting")),
)


def _document_locale(low: str) -> str | None:
    return next((code for code, name in _LOCALE_NAMES if name.search(low)), None)
