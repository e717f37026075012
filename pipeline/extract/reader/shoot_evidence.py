"""A shooting day's own evidence: the words a film, TV, commercial or photo production prints and
no other event's paper does.

A choir's concert call, a football club's away trip, a rally's road book, a polling station's
rota and a house move each print the shape of a call sheet: a date, an address, a meeting time,
a timed running order, names and phones, even the nearest A&E. Naming each kind by its heading
only ever catches the kinds already met, so a paper of that shape is a call sheet only with
positive evidence of a shoot, in any language the reader meets: the paper's own name (call
sheet, Tagesdispo, feuille de service, ordre de rodatge), the shoot (shooting, filming,
Drehtag, tournage, rodaje, riprese, zdjęcia, opptak), its scenes and cast, its unit and crew
call, its camera, its set and wrap, its production roles (1st AD, DoP, gaffer, make-up), a
production company's name, the kind of production (feature film, TV series, episode, music
video, commercial). A camera crew or a film team that only visits another event ('Rose TV
film the warm-up', 'the photo crew will be at the watersplash') is no such evidence.

Some of those words a stage shares with a screen (cast, crew call, scene, set, wardrobe,
director): on a paper that speaks of a live performance (a get-in, a fit-up, the half, a
matinee, doors, the audience) only the screen's own words count.
"""

from __future__ import annotations

import re

from pipeline.extract.reader import labels as L
from pipeline.extract.reader.addresses import find_address
from pipeline.extract.reader.dates import find_dates
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.mail_stamps import stamp_lines

# The shoot's own words: its paper, the shoot itself, the kind of production and its company,
# its unit, its calls and its wrap, its production roles, its scenes and its background.
# The paper's own name: a sentence that names it speaks of this paper ('this call sheet is
# subject to change'), never of a visitor's.
_PAPER_NAMES = (
    r"call\s*-?\s*sheets?|callsheets?|tagesdispo\w*|feuille\s+de\s+service|ordre\s+de\s+rodatge"
    r"|hoja\s+de\s+(?:llamado|citaci[óo]n|rodaje)|ordem\s+do\s+dia|plan\s+zdj[ęe]ciowy"
    r"|knjiga\s+snimanja"
)
# 'Citación' alone is any gathering's call (a brotherhood's procession, a team's match): only its
# paper's name, 'hoja de citación', is a shoot's.
_SHOOT_WORDS = (
    _PAPER_NAMES
    # the shoot, in every language met
    + r"|(?:photo|foto)?shoot(?:s|ing)?|shot\s+list|filming|filmed|film(?:ing)?\s+(?:day|crew|unit"
    r"|set|shoot)|tournage|rodaje|rodatge|grabaci[óo]n|llamado|dreh\w*|riprese|ciak"
    # the shoot ('zdjęcia', 'zdjęć', 'dzień zdjęciowy'), not a photograph ('zdjęcie grupowe',
    # 'legitymacja ze zdjęciem', 'na zdjęciu': the singular)
    r"|zdj[ęe]ci(?!(?:e|em|u)(?!\w))\w*|zdj[ęe][ćc]"
    r"|nagrani\w*|nat[áa][čc]\w*|nakr[úu]c\w*|snimanj\w*|snema\w*"
    r"|сним\w*|съ[ёе]мк\w*|зйомк\w*|filmagem|grava[çc][ãa]o|grava[çc][õo]es|opnames?|opnamedag"
    r"|inspelning\w*|optage\w*|opptak\w*|kuvaus\w*|[çc]ekim\w*|syuting|filmavim\w*"
    r"|filmēšan\w*|forgat[áa]s\w*|filmare|filmăr\w*|t[öo]ku(?:dag\w*|st[aa]ð\w*|li[ðd]\w*|lok|plan\w*)"
    r"|kvikmynd\w*|\u03b3[\u03c5\u03cd]\u03c1\u03b9\u03c3\u03bc\w*|σκηνοθεσ\w*|გადაღებ\w*"
    r"|նկարահան\w*|촬영|撮影|拍摄|拍攝|ngày\s+quay|lịch\s+quay|cảnh\s+quay|địa\s+điểm\s+quay"
    r"|võtte\w*|võte\w*|draai(?:dag|schema|locatie|plan)\w*"  # Estonian, Dutch (not 'draaiboek')
    # the kind of production and its company
    r"|feature\s+film|short\s+film|student\s+film|music\s+video|promo\s+video"
    r"|commercial\s+(?:shoot|spot)|tvc|tv\s+(?:series|spot"
    r"|drama|pilot)|web\s*series|episod\w*|ep\.\s*\d+|serialas|сериал\w*|seriál\w*"
    r"|s[èe]rie\s+de\s+televisi[óo]\w*|llargmetratge|largometraggio|cortometraggio"
    r"|long[- ]m[ée]trage|court[- ]m[ée]trage|spielfilm|kurzfilm|fernsehfilm|largometraje"
    r"|cortometraje|film\s+per\s+il\s+cinema|vaidybinis\s+filmas|motion\s+pictures"
    r"|(?:films?|pictures|productions?)\s+(?:ltd|llc|inc|gmbh|s\.?r\.?l|sp\.|s\.?l|s\.?a|a\.?e"
    r"|s\.?a\.?s|oy|ab|as|kft|d\.o\.o|s\.r\.o|bv|ug)\b|produ[çc][õo]es"
    # the unit, its base, its calls and its wrap
    r"|unit\s+(?:base|call|move|list|manager|driver|nurse|medic)|base\s*camp|basecamp"
    r"|(?:main|second|2nd|splinter|night|drama|documentary|film|camera)\s+unit"
    r"|crew\s+parking|tech\s+trucks|honey\s*wagons?|circus\s+(?:area|vehicles)"
    r"|first\s+shot|1st\s+shot|first\s+set-?up|rushes|dailies"
    r"|wrap(?=\s*(?:time|out|:|\d|at\b|est|approx))|(?:est\.?|estimated|expected|approx\.?)"
    r"\s+wrap"
    # its production's roles
    r"|1st\s+ad|2nd\s+ad|3rd\s+ad|first\s+ad|second\s+ad|1[ºª]\s+ad|assistant\s+director"
    r"|script\s+supervisor|continuity|scripte|hmu|mua|production\s+(?:office|manager"
    r"|coordinator|designer)|location\s+manager|r[ée]alisat(?:eur|rice)\w*|realizador\w*"
    r"|aufnahmeleit\w*|kierownik\s+produkcji"
    # its scenes and its background, by the screen's own word
    r"|(?:int|ext|i/e)\.?(?:\s*/\s*(?:int|ext)\.?)?\s+[^\W\d][^\n]*?[-\u2013]\s*(?:day|night|dawn"
    r"|dusk|morning|evening|continuous|jour|nuit|tag|nacht|d[íi]a|noche|giorno|notte|dzie[ńn]"
    r"|noc)|background\s+(?:artists?|actors?|performers?)|stand-?ins|supporting\s+artists?"
    r"|statyst\w*|figura(?:nts?|ci[óo]n|zion\w*|ció)|komparse\w*"
)
# A camera crew's words: a shoot's, or a visitor's at another event ('a livestream camera crew
# sets up', 'a small camera crew (DP, 1st AC, gaffer)'): evidence in the heading, or through
# the body on lines apart, never in one sentence.
_CAMERA_WORDS = (
    r"cameras?|kamera\w*|cam[ée]ra|c[áa]mara|telecamer\w*|steadicam|dolly|jib|lenses"
    r"|1st\s+ac|2nd\s+ac|director\s+of\s+photography|dop|d\.o\.p\.?|dp|cinematograph\w*"
    r"|direc(?:tor|ción)\s+de\s+fotograf\w*|direktor\s+fotografije|chef\s+op[ée]rat\w*"
    r"|gaffer|grips?|best\s+boy|focus\s+puller|clapper\s+loader|boom\s+op\w*|sound\s+recordist"
)
# A camera crew's heads and its paper's few words, which a heading's event does not print: a
# director of photography, its grips, a slate, a wrap, 'tourner' ('prêt à tourner')
_CREW_HEADS = r"director\s+of\s+photography|dop|grips?|set\s+up\s+camera|slate|wrap|tourner"
# Words a stage (or a wedding, a school play) shares with a screen: evidence only on a paper
# that speaks of no live performance. A director alone is any organisation's (a choir's, a
# school's, a hospital's), so only a shoot's own directors count (an assistant director, a
# director of photography).
_SHARED_WORDS = (
    r"cast|actors?|actress\w*|scenes?|sc\.?\s*\d+[a-z]?|sceny|szen\w*|sc[èe]nes?|escenas?"
    r"|crew\s+call|call\s+crew|general\s+call|unit\s+call|call\s+time|on\s+set|set\s+(?:call|location"
    r"|dressing|decoration|design)|sets?\s*:|make-?up|hair\s*(?:&|and)\s*make|wardrobe|props"
    r"|costumes?|kost[üi]u?m\w*|zbi[óo]rka\s+ekipy|ekip\w*|script"
    r"|production|työryhm\w*|štáb\w*"
    r"|talent|extras|producer|regie\w*|regisseur\w*|r[ée][žz]i\w*|re[żz]yser\w*|regia|regista"
    r"|maquillatge|maquillage|maskérňa|maska|maskenbild\w*|kost[üu]mbild\w*|charakteryzacj\w*"
    r"|grime|grimm\w*|kostuum\w*|stáb\w*"  # Dutch, Estonian, Hungarian
)
_SHOOT = lazy(rf"(?<!\w)(?:{_SHOOT_WORDS})(?!\w)", re.I)
_PAPER = lazy(rf"(?<!\w)(?:{_PAPER_NAMES})(?!\w)", re.I)
_CAMERA = lazy(rf"(?<!\w)(?:{_CAMERA_WORDS})(?!\w)", re.I)
_SHARED = lazy(rf"(?<!\w)(?:{_SHARED_WORDS})(?!\w)", re.I)
# Any shooting day's word, its own or the ones a stage shares with a screen, with its camera
# crew's heads and a bare wrap: what ``unshot_events`` weighs against a heading that names
# another event (a concert film's crew call, a competition show's cast keep it a call sheet).
_ANY = lazy(
    rf"(?<!\w)(?:{_SHOOT_WORDS}|{_SHARED_WORDS}|{_CREW_HEADS})(?!\w)",
    re.I,
)


def speaks_of_a_shoot(lines: list[str]) -> bool:
    """A shooting day's word anywhere in the document (its own or a shared one, ``_ANY``)."""
    return any(_ANY.search(ln) or _music_video(ln) for ln in lines)


# Words that name the production in the paper's heading: its company ('Saltmarsh Pictures',
# 'Films du Rhône', 'Harbour Light Factual'), its kind ('Contest day promo', 'Product video'),
# its day's count ('Day 4 of 20', 'Jornada 9 de 24', 'Dzień 5 z 24'). Below the heading the
# same words are a visitor's ('Club TV film the warm-up') or a tour's.
_HEADING = lazy(
    r"(?<!\w)(?:films?|pictures|factual|promo|video|commercial|advert"
    r"|(?:day|jornada|d[íi]a|tag|jour|dzie[ńn]|giornata|dag|den)\s+\d{1,3}\s*"
    r"(?:of|de|von|sur|z|di|av|af|van|/)\s*\d{1,3})(?!\w)",
    re.I,
)
# Scripts written without spaces: a shoot (撮影, 拍摄, 촬영) or its paper (香盤表, 通告单)
_UNSPACED = lazy(r"撮影|香盤表|拍摄|拍攝|通告单|通告單|촬영|콜시트")


def _label_pattern(labels: dict[str, float]) -> re.Pattern[str]:
    words = sorted((w for w, weight in labels.items() if weight >= 1.0), key=len, reverse=True)
    return lazy(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", re.I)


# The day's light, both ends of it: a shoot plans around its sunrise and its sunset
_SUNRISE = _label_pattern(L.SUNRISE)
_SUNSET = _label_pattern(L.SUNSET)


def _plans_the_light(lines: list[str]) -> bool:
    return any(_SUNRISE.search(ln) for ln in lines) and any(_SUNSET.search(ln) for ln in lines)


# A live performance's own words: the paper's people perform to an audience, not to a camera.
_PERFORMANCE = lazy(
    r"(?<!\w)(?:get-?in|get-?out|fit-?up|load-?in|load-?out|the\s+half|half\s+(?:hour\s+)?call"
    r"|matin[ée]e|performances?|curtain\s+up|doors\s+open|front\s+of\s+house|stage\s+door"
    r"|sound\s*check|encore|audience|spectators?|kick-?off|concert\w*|recital)(?!\w)",
    re.I,
)


HEADING_LINES = 3  # a paper's name, its production, its day

# 'MV' before a quoted name or a colon: a music video ('MV "Paper Planes" - The Lanterns',
# 'MV: Glass Houses') where it heads its line or a label's value; inside running words or after
# a vessel's word it is a ship ('Boat MV 'Yasmina', departs 08:15', 'Vessel: MV 'Aurora'').
_MV = lazy(r"(?<!\w)mv(?=\s*[:'\"\u2018\u201c\u00ab])", re.I)
_MV_HEAD = lazy(r"(?:^|[:·|\u2013\u2014(/-])\s*$")
_VESSEL = lazy(
    r"(?<!\w)(?:boat|vessel|ship|ferry|yacht|cruise|aboard|on\s+board|tender|barge|catamaran"
    r"|barco|buque|bateau|navire|schiff|statek|nave|traghetto)\W*$",
    re.I,
)


def _music_video(line: str) -> bool:
    return any(
        _MV_HEAD.search(line[: m.start()]) and not _VESSEL.search(line[: m.start()])
        for m in _MV.finditer(line)
    )


def _own_word(line: str) -> bool:
    return bool(_SHOOT.search(line) or _UNSPACED.search(line) or _music_video(line))


# A sentence: a line of running words (most of them lower-case), or the lower-case rest of one
# wrapped onto the next line. A shoot's word told in one ('Puducherry TV will shoot a short news
# item at 11:00', 'a film crew will be on site') may be a visitor's: it counts as a camera
# crew's word does, in the heading or in sentences apart, not alone. Its paper's own name in a
# sentence ('this call sheet is subject to change') is still its own.
SENTENCE_WORDS = 12
_WORD = lazy(r"[^\W\d_][\w'\u2019-]*")


def _sentence_lines(lines: list[str]) -> set[int]:
    found: set[int] = set()
    for i, ln in enumerate(lines):
        words = _WORD.findall(ln)
        lower = sum(w[0].islower() for w in words)
        if len(words) >= SENTENCE_WORDS and 2 * lower > len(words):
            found.add(i)
        elif words and words[0][0].islower() and i - 1 in found:
            found.add(i)  # a wrapped sentence's rest
    return found


def shows_a_shoot(lines: list[str]) -> bool:
    """Positive evidence in the document that it plans a shooting day: a shoot's own word (one
    told in a sentence only as a camera crew's word is), the production named in its heading, its
    sunrise and sunset, a camera crew's word in its heading or on lines apart (not one sentence
    about a visiting crew), or a word a stage shares with a screen on a paper that speaks of no
    performance."""
    own = [i for i, ln in enumerate(lines) if _own_word(ln)]
    told = _sentence_lines(lines) if own else set()
    if any(i not in told or i < HEADING_LINES or _PAPER.search(lines[i]) for i in own):
        return True
    if any(_HEADING.search(ln) for ln in lines[:HEADING_LINES]) or _plans_the_light(lines):
        return True
    camera = sorted({i for i, ln in enumerate(lines) if _CAMERA.search(ln)} | set(own))
    if camera and (camera[0] < HEADING_LINES or camera[-1] - camera[0] > 1):
        return True
    if any(_PERFORMANCE.search(ln) for ln in lines):
        return False
    return any(_SHARED.search(ln) for ln in lines)


# the bare word for a shoot, which any trade's day may list among its items ('Listing shoot:
# Friday 10:00 AM: photos, drone'); 'shooting' and the shoot's other words say more
_BARE_SHOOT = lazy(r"(?<!\w)shoots?(?!\w)", re.I)


def shows_more_than_a_shoot(lines: list[str]) -> bool:
    """``shows_a_shoot`` with the bare word 'shoot' below the heading lines left out: what a
    paper that prints none of a call sheet's parts must show (its heading may still name its
    shoot, 'PHOTO SHOOT - Saturday'; a crew's words, 'EKIPA', 'Kamera', count anywhere)."""
    head = lines[:HEADING_LINES]
    return shows_a_shoot([*head, *(_BARE_SHOOT.sub(" ", ln) for ln in lines[HEADING_LINES:])])


_TIME = lazy(r"(?<![\d/.])\d{1,2}\s?[:.h]\s?\d{2}(?![.:/]?\d)|\b\d{1,2}\s?[ap]\.?m\b", re.I)
TOLD_LINES = 6  # a message's few lines: its heading, the call, the place


def told_shoot_day(lines: list[str]) -> bool:
    """A terse message that names its shoot in its heading and gives the day's date, a time and
    an address in its first lines ('Rodaje día 2 - miércoles 10 de marzo de 2027 / Llegada
    equipo: 7:00, Calle Mayor 12, 28013 Madrid'): a shooting day, whatever its call's label."""
    head = lines[:TOLD_LINES]
    return (
        any(_SHOOT.search(ln) or _music_video(ln) for ln in head[:HEADING_LINES])
        and any(find_dates(ln) for ln in head)
        and any(_TIME.search(ln) for ln in head)
        and any(find_address(ln) is not None for ln in head)
    )


EVENT_TIMES = 3  # a programme's times: a meeting, a start, an end (a bare call has one or two)


def an_events_shape(lines: list[str]) -> bool:
    """A day's programme by its shape: times on at least ``EVENT_TIMES`` lines (a running order,
    a rota's shifts, a meeting time beside a start and an end). A bare call to a place, a
    message's call with its revision, has fewer: what it is for may go unsaid."""
    stamps = stamp_lines(lines)  # an e-mail's sent and printed times are no programme's
    timed = [ln for i, ln in enumerate(lines) if i not in stamps and _TIME.search(ln)]
    return len(timed) >= EVENT_TIMES
