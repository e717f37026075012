"""Paper handed to a shoot's people that is not the day's call sheet: a pay voucher, a safety
notice, an agency's booking confirmation.

A background actor's or a day player's pay voucher prints the work date, where to report and a
"Call" column beside the meal and dismissal times, to be filled in and signed at wrap; a
safety notice or bulletin (stunts, special effects, firearms, pyrotechnics) names a future
day, the set, a walk-through's time and the effects' windows; a talent or model agency's
booking confirmation names the job, the date, a call and the location, then the fee, usage,
options and terms. Each can look like a day's sheet by shape alone, none calls a crew to a set.

``classify`` counts the voucher and the safety notice only when no crew call or line summoning
people is read (as ``paperwork``'s kinds): a call sheet's "Background: vouchers at holding" or
"SFX: squibs sc. 42, safety meeting 10:30" note stays a note. A booking confirmation is counted
always: its "Call 6:30am at wardrobe" line is the booking's, tentative until the call sheet
(``OTHER_ANYWAY``), and its terms are no call sheet's words.

Each phrase counts once (English; French, Spanish, German, Italian, Polish where the trade has
its own word), plus points for the kind's shape (``structure_points``): the kind named in the
page's heading, a voucher's meal and dismissal columns, a memo's To / From / Re head, a fee
with its amount.
"""

from __future__ import annotations

import re

# A background (extras) actor's or day player's pay voucher: times in and out, adjustments
VOUCHER = (
    "voucher",
    "pay voucher",
    "payment voucher",
    "background voucher",
    "extras voucher",
    "talent voucher",
    "employer of record",
    "rate category",
    "base rate",
    "adjustment",
    "adjustments",
    "wardrobe allowance",
    "wardrobe adjustment",
    "car allowance",
    "mileage",
    "meal penalty",
    "meal penalties",
    "dismissed",
    "time dismissed",
    "1st meal out",
    "1st meal in",
    "2nd meal out",
    "2nd meal in",
    "smoke work",
    "wet work",
    "hazard pay",
    "i certify",
    "hereby certify",
    "business days",
    "payroll",
    "payroll company",
    "yellow copy",
    "white copy",
    "pink copy",
    "keep this copy",
    "approval",
    "signature",
    "bon de cachet",
    "feuille de présence figurant",
    "vale de figuración",
    "parte de figuración",
    "komparsenschein",
    "komparsen-abrechnung",
    "buono figurazione",
    "karta statysty",
)

# A safety notice, bulletin or memo about a day's stunts, special effects, firearms or fire
SAFETY_NOTICE = (
    "safety notice",
    "safety bulletin",
    "safety memo",
    "safety advisory",
    "safety alert",
    "advance notice",
    "advance notification",
    "special effects",
    "sfx coordinator",
    "special effects coordinator",
    "stunt coordinator",
    "pyrotechnics",
    "pyrotechnic",
    "pyrotechnician",
    "squib",
    "squibs",
    "bullet hits",
    "blank-firing",
    "blank firing",
    "blanks",
    "firearms",
    "armorer",
    "armourer",
    "car gag",
    "exclusion zone",
    "safety zone",
    "walk-through",
    "walkthrough",
    "safety walk-through",
    "safety meeting",
    "ear protection",
    "eye protection",
    "hearing protection",
    "fire safety officer",
    "fire marshal",
    "fire watch",
    "medic on standby",
    "on standby",
    "all cast and crew",
    "all personnel",
    "mandatory",
    "without penalty",
    "excused",
    "not a call sheet",
    "consignes de sécurité",
    "note de sécurité",
    "effets spéciaux",
    "pyrotechnie",
    "aviso de seguridad",
    "efectos especiales",
    "pirotecnia",
    "sicherheitshinweis",
    "spezialeffekte",
    "pyrotechnik",
    "avviso di sicurezza",
    "effetti speciali",
    "pirotecnica",
    "komunikat bezpieczeństwa",
    "efekty specjalne",
    "pirotechnika",
)

# A talent or model agency's booking confirmation for a job: the fee, usage, options and terms
BOOKING = (
    "booking confirmation",
    "confirmation of booking",
    "booking confirmed",
    "confirmed booking",
    "booking form",
    "booking ref",
    "booking reference",
    "talent agency",
    "model agency",
    "agency fee",
    "agency commission",
    "commission",
    "fee",
    "fees",
    "day rate",
    "usage",
    "usage rights",
    "buyout",
    "buy-out",
    "in perpetuity",
    "option 1",
    "first option",
    "second option",
    "option released",
    "released",
    "pencil",
    "cancellation",
    "cancellation fee",
    "weather day",
    "time and a half",
    "invoices",
    "invoice",
    "gst",
    "superannuation",
    "please sign and return",
    "sign and return",
    "exclusivity",
    "confirmation de réservation",
    "droits d'utilisation",
    "confirmación de reserva",
    "derechos de imagen",
    "buchungsbestätigung",
    "nutzungsrechte",
    "conferma di prenotazione",
    "diritti di utilizzo",
    "potwierdzenie rezerwacji",
    "prawa do wizerunku",
)

VOUCHER_KIND = "a pay voucher"
SAFETY_KIND = "a safety notice"
BOOKING_KIND = "an agency's booking confirmation"
KINDS = {VOUCHER_KIND: VOUCHER, SAFETY_KIND: SAFETY_NOTICE}  # when no work is planned
OTHER_ANYWAY = {BOOKING_KIND: BOOKING}  # weighed against any call sheet's structure

_HEADING_LINES = 3  # a paper names its kind in its heading, as a call sheet names itself
_HEADINGS = {
    VOUCHER_KIND: re.compile(r"\bvouchers?\b|\bbon de cachet\b|\bkomparsenschein\b", re.I),
    SAFETY_KIND: re.compile(
        r"\bsafety\s+(?:notice|bulletin|memo|advisory|alert)\b|\bconsignes de sécurité\b"
        r"|\baviso de seguridad\b|\bsicherheitshinweis\b|\bavviso di sicurezza\b",
        re.I,
    ),
    BOOKING_KIND: re.compile(
        r"\bbooking\s+(?:confirmation|confirmed|form)\b|\bconfirmation\s+of\s+booking\b"
        r"|\bconfirmation de réservation\b|\bconfirmación de reserva\b|\bbuchungsbestätigung\b"
        r"|\bconferma di prenotazione\b|\bpotwierdzenie rezerwacji\b",
        re.I,
    ),
}
# A voucher's time columns: the meals out and in, the dismissal ('1ST MEAL OUT  DISMISSED')
_MEAL_COLUMNS = re.compile(r"\bmeal\s+(?:out|in)\b.*\b(?:dismiss\w*|wrap|out)\b", re.I)
# A memo's head: 'To: All cast and crew', 'From: ...', 'Re: Day 16 ...' / 'Subject: ...'
_MEMO = re.compile(r"^(?:to|from|re|subject|attn|cc)\s*:", re.I)
# A fee with its amount: 'Fee  $1,450 + GST', 'Day rate: £650', 'Gage 800 €'
_FEE = re.compile(
    r"\b(?:fee|rate|gage|cachet|caché|honorarium)\b.{0,20}?(?:[$£€]\s?\d|\d[\d.,]*\s?[$£€])",
    re.I,
)


def structure_points(kind: str, lines: list[str], words_found: int) -> float:
    """Points for the kind's shape: named in the page's heading; a voucher's meal and dismissal
    columns; a safety memo's To / From / Re head; a booking's fee with its amount. None
    without at least two of the kind's own phrases."""
    if words_found < 2:
        return 0.0
    points = 2.0 if any(_HEADINGS[kind].search(ln) for ln in lines[:_HEADING_LINES]) else 0.0
    if kind == VOUCHER_KIND and any(_MEAL_COLUMNS.search(ln) for ln in lines):
        points += 1.0
    if kind == SAFETY_KIND and sum(1 for ln in lines[:8] if _MEMO.match(ln)) >= 2:
        points += 1.0
    if kind == BOOKING_KIND and any(_FEE.search(ln) for ln in lines):
        points += 1.0
    return points
