"""Paper handed to a shoot's people that is not the day's call sheet: a pay voucher, a safety
notice, an agency's booking confirmation, a camera report, a rental house's delivery note, a
car-hire duty slip, a studio audience's ticket, a production sound report, a union's
performers' time report (SAG-AFTRA Exhibit G).

A background actor's or a day player's pay voucher prints the work date, where to report and a
"Call" column beside the meal and dismissal times, to be filled in and signed at wrap; a
safety notice or bulletin (stunts, special effects, firearms, pyrotechnics) names a future
day, the set, a walk-through's time and the effects' windows; a talent or model agency's
booking confirmation names the job, the date, a call and the location, then the fee, usage,
options and terms. A camera report logs the rolls, takes and lenses shot; a delivery note
lists the kit dropped at a set with quantities, references and the signatures of receipt; a
car-hire duty slip books a vehicle and driver with a reporting time and the km and hours run;
an audience ticket names a recording's date, doors and venue; a sound report logs the sound
roll's files, takes, timecodes and tracks; a performers' time report lists each performer's
report, meal and dismiss times as worked, to be signed. Each can look like a day's sheet
by shape alone, none calls a crew to a set.

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

from pipeline.extract.reader.lazy_re import lazy

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

# A camera report (camera sheet): the rolls or mags shot, each take with its lens and stop
CAMERA_REPORT = (
    "camera report",
    "camera sheet",
    "camera log",
    "rapport caméra",
    "rapport image",
    "kamerabericht",
    "kamerareport",
    "informe de cámara",
    "parte de cámara",
    "rapporto di ripresa",
    "rapporto camera",
    "raport kamerowy",
    "roll",
    "mag",
    "magazine",
    "take",
    "takes",
    "lens",
    "t-stop",
    "f-stop",
    "t stop",
    "filter",
    "fps",
    "tc in",
    "tc out",
    "timecode",
    "circle",
    "circled",
    "print",
    "ng",
    "1st ac",
    "2nd ac",
    "focus puller",
    "clapper loader",
    "codec",
    "offloaded",
    "loaded",
    "dit",
    "to lab",
    "mhl",
    "shutter",
    "white balance",
    "objectif",
    "objektiv",
    "objetivo",
    "obiettivo",
    "obiektyw",
)

# A production sound report (sound log): the sound roll's files, each take with its timecode
# and length, the tracks and the mixer's notes to post. Any layout; named in its heading.
SOUND_REPORT = (
    "sound report",
    "production sound report",
    "sound log",
    "sound sheet",
    "sound roll",
    "rapport son",
    "rapport de son",
    "tonbericht",
    "tonprotokoll",
    "parte de sonido",
    "informe de sonido",
    "rapporto audio",
    "raport dźwiękowy",
    "raport dzwiekowy",
    "roll",
    "file",
    "take",
    "takes",
    "timecode",
    "tc start",
    "tc in",
    "length",
    "circle",
    "circled",
    "mixer",
    "sound mixer",
    "boom",
    "lav",
    "recorder",
    "sample rate",
    "bit depth",
    "track",
    "tracks",
    "wild track",
    "wild line",
    "room tone",
    "tone",
    "notes to post",
    "poly",
    "metadata",
    "fps",
)

# A director's shot list (shot breakdown): each scene's shots with their size, lens and move and
# an estimated time to shoot them; no call. Any layout; named in its heading.
SHOT_LIST = (
    "shot list",
    "shotlist",
    "shot breakdown",
    "liste des plans",
    "découpage",
    "decoupage",
    "drehplan der einstellungen",
    "einstellungsliste",
    "lista de planos",
    "lista delle inquadrature",
    "lista ujęć",
    "shot",
    "shots",
    "size",
    "lens",
    "move",
    "movement",
    "est. time",
    "est time",
    "estimated",
    "ws",
    "ms",
    "cu",
    "ecu",
    "mcu",
    "ews",
    "ots",
    "ins",
    "insert",
    "dolly",
    "push in",
    "handheld",
    "crane",
    "static",
    "zoom",
    "pan",
    "tilt",
    "steadicam",
)

# A union's performers' time report (SAG-AFTRA Exhibit G, a performers' daily time sheet):
# each performer's report and dismiss times, meals and travel, filled in as worked and signed
TIME_REPORT = (
    "exhibit g",
    "production time report",
    "performers production time report",
    "performers' production time report",
    "time report",
    "performer",
    "performers",
    "report on set",
    "dismiss on set",
    "dismissed",
    "meal out",
    "meal in",
    "1st meal",
    "2nd meal",
    "forced call",
    "stunt adj",
    "stunt adjustment",
    "w/h",
    "work/hold",
    "travel",
    "signature",
    "sag-aftra",
    "screen actors guild",
    "actra",
    "equity",
    "union",
    "times are actual",
)

# A rental house's delivery note: the kit dropped at a set, each item's quantity, reference and
# state, the signatures of who delivered and who received it
DELIVERY_NOTE = (
    "delivery note",
    "delivery docket",
    "delivery slip",
    "packing slip",
    "packing list",
    "bon de livraison",
    "leveringsbon",
    "lieferschein",
    "albarán",
    "albaran",
    "nota de entrega",
    "bolla di consegna",
    "documento di trasporto",
    "ddt",
    "dowód dostawy",
    "list przewozowy",
    "delivered by",
    "received by",
    "received in good condition",
    "livré par",
    "reçu par",
    "geleverd door",
    "ontvangen door",
    "geliefert von",
    "empfangen von",
    "entregado por",
    "recibido por",
    "consegnato da",
    "ricevuto da",
    "qty",
    "qté",
    "qte",
    "quantity",
    "quantité",
    "aantal",
    "menge",
    "cantidad",
    "quantità",
    "ilość",
    "article",
    "artikel",
    "artículo",
    "articolo",
    "ref.",
    "réf.",
    "serial",
    "serial no",
    "état",
    "condition",
    "zustand",
    "estado",
    "stato",
    "renter",
    "hirer",
    "locataire",
    "huurder",
    "mieter",
    "arrendatario",
    "noleggiatore",
    "at the renter's risk",
    "aux risques du locataire",
    "prix catalogue",
    "catalogue price",
    "replacement cost",
    "return",
    "retour",
    "terugname",
    "rückgabe",
    "devolución",
    "reso",
)

# A car-hire (taxi, cab) company's duty slip or trip sheet: vehicle, driver, the km and hours
# run, the guest's and driver's signatures, the tariff
DUTY_SLIP = (
    "duty slip",
    "duty sheet",
    "trip sheet",
    "trip slip",
    "log sheet",
    "car hire",
    "cab",
    "cabs",
    "taxi",
    "travels",
    "vehicle no",
    "vehicle number",
    "vehicle",
    "driver",
    "driver's signature",
    "guest",
    "guest's signature",
    "starting km",
    "closing km",
    "opening km",
    "km in",
    "km out",
    "total km",
    "extra km",
    "starting time",
    "closing time",
    "time in",
    "time out",
    "extra hours",
    "toll",
    "parking",
    "tariff",
    "night charges",
    "driver bata",
    "bata",
    "package",
    "local use",
    "outstation",
    "drop",
)

# A studio audience's ticket for a recording: doors, the queue, seats, entry's terms
AUDIENCE_TICKET = (
    "audience ticket",
    "studio audience",
    "audience",
    "audience members",
    "ticket",
    "tickets",
    "ticket holder",
    "admit one",
    "admits one",
    "admits two",
    "not for resale",
    "doors",
    "doors open",
    "queue",
    "queue opens",
    "seat",
    "seats",
    "first come",
    "guarantee entry",
    "guarantee admission",
    "photo id",
    "no photography",
    "recording",
    "broadcast",
    "you may appear",
    "billet",
    "public",
    "eintrittskarte",
    "entrada",
    "biglietto",
    "bilet",
)

VOUCHER_KIND = "a pay voucher"
SAFETY_KIND = "a safety notice"
BOOKING_KIND = "an agency's booking confirmation"
CAMERA_KIND = "a camera report"
DELIVERY_KIND = "a delivery note"
DUTY_SLIP_KIND = "a car-hire duty slip"
TICKET_KIND = "an audience ticket"
SOUND_KIND = "a sound report"
TIME_REPORT_KIND = "a performers' time report"
SHOT_LIST_KIND = "a shot list"
KINDS = {  # when no work is planned
    VOUCHER_KIND: VOUCHER,
    SAFETY_KIND: SAFETY_NOTICE,
    CAMERA_KIND: CAMERA_REPORT,
    DELIVERY_KIND: DELIVERY_NOTE,
    DUTY_SLIP_KIND: DUTY_SLIP,
    TICKET_KIND: AUDIENCE_TICKET,
    SOUND_KIND: SOUND_REPORT,
    TIME_REPORT_KIND: TIME_REPORT,
    SHOT_LIST_KIND: SHOT_LIST,
}
OTHER_ANYWAY = {BOOKING_KIND: BOOKING}  # weighed against any call sheet's structure

_HEADING_LINES = 3  # a paper names its kind in its heading, as a call sheet names itself
_HEADINGS = {
    VOUCHER_KIND: lazy(r"\bvouchers?\b|\bbon de cachet\b|\bkomparsenschein\b", re.I),
    SAFETY_KIND: lazy(
        r"\bsafety\s+(?:notice|bulletin|memo|advisory|alert)\b|\bconsignes de sécurité\b"
        r"|\baviso de seguridad\b|\bsicherheitshinweis\b|\bavviso di sicurezza\b",
        re.I,
    ),
    BOOKING_KIND: lazy(
        r"\bbooking\s+(?:confirmation|confirmed|form)\b|\bconfirmation\s+of\s+booking\b"
        r"|\bconfirmation de réservation\b|\bconfirmación de reserva\b|\bbuchungsbestätigung\b"
        r"|\bconferma di prenotazione\b|\bpotwierdzenie rezerwacji\b",
        re.I,
    ),
    CAMERA_KIND: lazy(
        r"\bcamera\s+(?:report|sheet|log)\b|\brapport (?:caméra|image)\b"
        r"|\bkamera(?:bericht|report)\b|\b(?:informe|parte) de cámara\b"
        r"|\brapporto (?:di ripresa|camera)\b|\braport kamerowy\b",
        re.I,
    ),
    DELIVERY_KIND: lazy(
        r"\b(?:delivery\s+(?:note|docket|slip)|packing\s+(?:slip|list))\b|\bbon de livraison\b"
        r"|\bleveringsbon\b|\blieferschein\b|\balbar[aá]n\b|\bnota de entrega\b"
        r"|\bbolla di consegna\b|\bdocumento di trasporto\b|\bdowód dostawy\b",
        re.I,
    ),
    DUTY_SLIP_KIND: lazy(r"\b(?:duty|trip)\s+(?:slip|sheet)\b|\blog\s+sheet\b", re.I),
    TICKET_KIND: lazy(
        r"\baudience\s+ticket\b|\bstudio\s+audience\b|\badmits?\s+(?:one|two|\d)\b", re.I
    ),
    SOUND_KIND: lazy(
        r"\bsound\s+(?:report|log|sheet)\b|\brapport (?:de )?son\b|\bton(?:bericht|protokoll)\b"
        r"|\b(?:parte|informe) de sonido\b|\brapporto audio\b|\braport d[źz]wi[ęe]kowy\b",
        re.I,
    ),
    TIME_REPORT_KIND: lazy(
        r"\bexhibit\s+g\b|\b(?:production|performers?'?|actors?'?)\s+time\s+(?:report|sheet)\b"
        r"|\bdaily\s+performer\s+report\b",
        re.I,
    ),
    SHOT_LIST_KIND: lazy(
        r"\bshot\s*(?:list|breakdown)\b|\bliste des plans\b|\bd[ée]coupage\b"
        r"|\beinstellungsliste\b|\blista de planos\b|\blista delle inquadrature\b"
        r"|\blista uj[ęe][ćc]\b",
        re.I,
    ),
}
# A voucher's time columns: the meals out and in, the dismissal ('1ST MEAL OUT  DISMISSED')
_MEAL_COLUMNS = lazy(r"\bmeal\s+(?:out|in)\b.*\b(?:dismiss\w*|wrap|out)\b", re.I)
# A memo's head: 'To: All cast and crew', 'From: ...', 'Re: Day 16 ...' / 'Subject: ...'
_MEMO = lazy(r"^(?:to|from|re|subject|attn|cc)\s*:", re.I)
# A camera report's column heads: the take, its lens and stop ('SCENE TAKE LENS T-STOP')
_TAKE_COLUMNS = lazy(r"\btakes?\b.*\b(?:lens|[tf][- ]?stop|filter|fps|tc)\b", re.I)
# A delivery note's item rows: a quantity, then the item ('2 ARRI SkyPanel S60-C ...')
_ITEM_ROW = lazy(r"^\d{1,3}\s*x?\s+[A-Za-zÀ-ÿ]")
# A duty slip's run: km at the start and close ('Starting km 48,112', 'KM OUT')
_KM_RUN = lazy(r"\b(?:start(?:ing)?|opening|closing|total)\s+km\b|\bkm\s+(?:in|out)\b", re.I)
# A sound report's take rows' column heads: the take with its timecode or length
# ('FILE SCENE TAKE TC START LENGTH'), or its tracks ('Tracks: 1 Mix L 2 Boom')
_SOUND_COLUMNS = lazy(r"\btakes?\b.*\b(?:tc|timecode|length|dur(?:ation)?)\b|^tracks?\b", re.I)
# A shot list's column heads: the shot with its size, lens or move ('SC SHOT SIZE LENS MOVE')
_SHOT_COLUMNS = lazy(r"\bshots?\b.*\b(?:size|lens|move(?:ment)?|angle|frame)\b", re.I)
# A ticket's doors or queue with a time ('Queue opens 5.45pm (doors 6.30pm)')
_DOORS = lazy(r"\b(?:doors|queue)\b.{0,20}?\d{1,2}[.:]\d{2}", re.I)
# A fee with its amount: 'Fee  $1,450 + GST', 'Day rate: £650', 'Gage 800 €'
_FEE = lazy(
    r"\b(?:fee|rate|gage|cachet|caché|honorarium)\b.{0,20}?(?:[$£€]\s?\d|\d[\d.,]*\s?[$£€])",
    re.I,
)


# Kinds whose words a call sheet's department notes share (rolls and lenses, kit and its serial
# numbers, a unit car's driver and km, a studio audience's doors): counted only on a page that
# names its kind in its heading ('CAMERA REPORT', 'BON DE LIVRAISON', 'DUTY SLIP', 'ADMIT TWO')
NAMED_ONLY = frozenset(
    {
        CAMERA_KIND,
        DELIVERY_KIND,
        DUTY_SLIP_KIND,
        TICKET_KIND,
        SOUND_KIND,
        TIME_REPORT_KIND,
        SHOT_LIST_KIND,
    }
)


def score(kind: str, lines: list[str], words_found: int) -> float:
    """The kind's score: its phrases found plus its shape's points; nothing for a kind that
    must name itself (``NAMED_ONLY``) on a page whose heading does not."""
    if kind in NAMED_ONLY and not any(_HEADINGS[kind].search(ln) for ln in lines[:_HEADING_LINES]):
        return 0.0
    return words_found + structure_points(kind, lines, words_found)


# Each kind's shape beyond its heading: the pattern its lines show, how many of the page's
# first lines are looked at (None: all), and how many lines must show it (patterns anchored
# with '^' hold at a line's start)
_SHAPES: dict[str, tuple[re.Pattern[str], int | None, int]] = {
    VOUCHER_KIND: (_MEAL_COLUMNS, None, 1),
    SAFETY_KIND: (_MEMO, 8, 2),
    BOOKING_KIND: (_FEE, None, 1),
    CAMERA_KIND: (_TAKE_COLUMNS, None, 1),
    DELIVERY_KIND: (_ITEM_ROW, None, 3),
    DUTY_SLIP_KIND: (_KM_RUN, None, 2),
    TICKET_KIND: (_DOORS, None, 1),
    SOUND_KIND: (_SOUND_COLUMNS, None, 1),
    TIME_REPORT_KIND: (_MEAL_COLUMNS, None, 1),
    SHOT_LIST_KIND: (_SHOT_COLUMNS, None, 1),
}


def structure_points(kind: str, lines: list[str], words_found: int) -> float:
    """Points for the kind's shape: named in the page's heading; its lines' shape
    (``_SHAPES``): a voucher's meal and dismissal columns, a safety memo's To / From / Re head,
    a booking's fee with its amount... None without at least two of the kind's own phrases."""
    if words_found < 2:
        return 0.0
    points = 2.0 if any(_HEADINGS[kind].search(ln) for ln in lines[:_HEADING_LINES]) else 0.0
    if kind in _SHAPES:
        shape, first, needed = _SHAPES[kind]
        if sum(1 for ln in lines[:first] if shape.search(ln)) >= needed:
            points += 1.0
    return points
