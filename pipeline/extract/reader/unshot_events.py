"""Paper for an event that is no shooting day, though it calls people to a place at a time.

A choir's concert call schedule, a marching band's competition-day itinerary, a trade show's
booth staffing rota, a pilgrimage's programme, a fire brigade's exercise, a company's team
trip: each prints a date, an address, a call ("Choir call: 5:15 PM", "band call is 5:30 AM",
"Staff call: 8:00 AM daily") and a timed running order, the shape of a call sheet. Two things
tell them apart together:

- the heading (the first lines) names another kind of event, or the paper of one ("Concert
  Call Schedule", "Competition Day Itinerary", "STAFFING ROTA");
- nothing anywhere in the document is a shooting day's own word: no call-sheet name in any
  language, no shoot or filming, no scenes or scene rows, no cast, talent or extras, no set,
  unit or base camp, no crew call and no wrap.

A real call sheet for a concert film, a choir's recording, a marching band's promo, a trade
show's product video or a livestream prints at least one of those words (its crew call, its
shoot, its call sheet's name), so it stays a call sheet; a camera crew filming an event
("livestream camera crew sets up", "a small camera crew ... DP, 1st AC, gaffer") is the event's
guest, not the day's purpose. Where the reader is unsure it keeps the call sheet (review).

Papers that name their own kind in the heading (a race marshals' briefing, an audience's
warm-up running order, a letter to parents, a pilgrimage, a brigade's drill order, a team trip)
are told by that alone (``named_paper``), the classifier having ruled out a call-sheet marker
in the same heading.
"""

from __future__ import annotations

import re

from pipeline.extract.reader import shoot_evidence
from pipeline.extract.reader.lazy_re import lazy

# The kinds of events (and of their papers) a heading may name. Each word must stand whole;
# a word that a shooting day's own heading also uses ('show', 'band', 'tour', 'festival') is
# left out or only taken in a longer phrase ('trade show', 'marching band').
_EVENT_KINDS: dict[str, str] = {
    "a concert's or service's call schedule": (
        r"concerts?|recitals?|choirs?|chorus|chorale|choral|orchestras?|marching\s+band"
        r"|symphony|philharmoni[ac]|oratorio|evensong|order\s+of\s+service|liturgy"
        r"|conciertos?|coro|concerto|konzert(?:e)?|chor|chór(?:u)?|koncert(?:u|y)?|chœur|choeur"
        r"|orchestre|orquesta|orchester|orkiestr[ay]"
    ),
    "a competition's or match's day plan": (
        r"competitions?|contests?|tournaments?|championships?|regionals|super\s+regional"
        r"|match\s*day|game\s*day|race\s+day|regatta|swim\s+meet|track\s+meet|band\s+festival"
        r"|competición|concurso|torneo|campeonato|wettbewerb|wettkampf|turnier|meisterschaft"
        r"|compétition|concours|tournoi|championnat|zawody|turniej|mistrzostwa|gara|campionato"
    ),
    "a trade show's or exhibition's staffing": (
        r"trade\s*show|trade\s+fair|expo|exhibition|exhibitors?|convention\s+center"
        r"|booth\s+(?:staff\w*|duty|rota|schedule)|stand\s+(?:staff\w*|duty|rota)"
        r"|staffing\s+(?:rota|roster|schedule|plan)|staff\s+(?:rota|roster)|duty\s+roster"
        r"|feria|fiera|salon\s+professionnel|messestand|messe\s+\w+|targi|dienstplan"
        r"|grafik\s+dyżurów"
    ),
    "a trip's, pilgrimage's or outing's programme": (
        r"itinerary|pilgrimage|excursion|field\s+trip|day\s+trip|outing|retreat|away\s+day"
        r"|off-?site|team[- ]building|integration\s+(?:trip|day|event|weekend)|company\s+trip"
        r"|itinerario|peregrinación|romería|excursión|itinéraire|pèlerinage|sortie"
        r"|reiseplan|wallfahrt|pilgerreise|pilgerfahrt|ausflug|betriebsausflug"
        r"|pielgrzymk\w*|wycieczk\w*|wyjazd\s+integracyjn\w*|integracj\w*|pellegrinaggio|gita"
    ),
    "an emergency exercise or drill": (
        r"(?:fire|emergency|evacuation|rescue|civil\s+defen[cs]e|brigade|major\s+incident)"
        r"\s+(?:exercise|drill)|exercise\s+(?:plan|programme|program|schedule|brief\w*)"
        r"|drill\s+(?:plan|schedule)|fire\s+brigade|ćwiczeni\w*|manewry|übung|feuerwehr"
        r"|exercice|simulacro|esercitazione"
    ),
    "a ceremony's running order": (
        r"weddings?|wedding\s+day|ceremony|graduation|commencement|parade|procession"
        r"|funeral|memorial\s+service|boda|mariage|hochzeit|ślub|wesel\w*|matrimonio"
    ),
}
_EVENT_HEADINGS = {
    kind: lazy(rf"(?<!\w)(?:{words})(?!\w)", re.I) for kind, words in _EVENT_KINDS.items()
}
HEADING_LINES = 3  # the heading: an organisation's name, the event, its paper's kind


def event_heading(lines: list[str]) -> str | None:
    """The kind of event (``_EVENT_KINDS``) the first lines name, or None."""
    for kind, pattern in _EVENT_HEADINGS.items():
        if any(pattern.search(ln) for ln in lines[:HEADING_LINES]):
            return kind
    return None


def speaks_of_a_shoot(lines: list[str]) -> bool:
    """A shooting day's word anywhere in the document: its own, or one a stage shares with a
    screen (``shoot_evidence`` owns the words)."""
    return shoot_evidence.speaks_of_a_shoot(lines)


# Papers that name their kind (``named_paper``). Paper of another kind of event that calls people to
# a place at a time: a race's or a public event's briefing for its marshals, stewards and
# volunteers, a studio audience's warm-up running order, a school's letter home about a trip with
# its consent slip. Its heading (its first lines) names it so; a heading that calls it a call sheet
# too keeps it one (a film's unit and traffic marshals, an audience show's crew, a child actor's
# parents are a shoot's people).
_HELPERS = (
    r"(?:marshals?|stewards?|volunteers?|helpers?|signaleurs?|bénévoles?|commissaires?"
    r"|streckenposten|ordner|helfer(?:innen)?|freiwillige[n]?|voluntari[oa]s?|comisarios?"
    r"|wolontariusz(?:e|y|y)?|sędzi(?:owie|ów)|porządkow(?:i|ych)|volontari|commissari)"
)
_BRIEFING = (
    r"(?:briefing|briefing\s+notes|instructions|information|info\s+pack|handbook|guide"
    r"|consignes|einweisung|instruktion|briefing|instrucciones|informaci[óo]n|odprawa"
    r"|instrukcja|istruzioni)"
)
# a fire brigade or another emergency service ('OCHOTNICZA STRAŻ POŻARNA', 'OSP', 'Freiwillige
# Feuerwehr', 'sapeurs-pompiers', 'JVP', 'DVD', 'Red Cross', 'WOPR') and its exercise, drill or
# order ('ROZKAZ NR 4/2026 w sprawie ćwiczeń', 'Übungsplan', 'exercise order')
_SERVICE = (
    r"\bstra[żz]\w*\s+po[żz]arn\w*|\bosp\b|\bpsp\b|\bfire\s+(?:brigade|department|service|station"
    r"|and\s+rescue)\b|\bfeuerwehr\w*|\bsapeurs?[- ]pompiers\b|\bpompiers\b|\bbomberos\b"
    r"|\bvigili\s+del\s+fuoco\b|\bhasi[čc]\w+|\bvatrogas\w+|\bgasilsk\w+|\bgasilci\b"
    r"|\bdobrovoljno\s+vatrogasno\b|\bwopr\b|\bcoastguard\b|\bcivil\s+protection\b"
    r"|\bobrona\s+cywiln\w*|\bth[wv]\b|\bkatastrophenschutz\b|\bprotection\s+civile\b"
    r"|\bprotecci[óo]n\s+civil\b|\bprotezione\s+civile\b|\bzivilschutz\w*|\bbev[öo]lkerungsschutz\w*"
)
_EXERCISE = (
    r"\b[ćc]wicze[ńn]\w*|\b[ćc]wiczenia\b|\brozkaz\w*|\bexercises?\b|\bdrills?\b"
    r"|\b[üu]bung\w*|\bexercices?\b|\bman[œo]e?uvres?\b|\bsimulacros?\b|\besercitazion\w+"
    r"|\bcvi[čc]en[íi]\w*|\bvje[žz]b\w+|\bvaje\b"
    # its call-up to a course or a duty ('AUFGEBOT', 'Marschbefehl', 'Wiederholungskurs')
    r"|\baufgebot\w*|\beinberufung\w*|\bmarschbefehl\w*|\bwiederholungskurs\w*|\bcall-?up\b"
)
_NAMED_PAPERS = {
    "a race or event marshals' briefing": lazy(
        rf"\b{_HELPERS}\W*(?:(?:&|and|/|et|und|y|i|e)\s*{_HELPERS}\W*)?\s*{_BRIEFING}\b"
        rf"|\b{_BRIEFING}\s+(?:(?:for|des|der|de|dla|per|pour|für|para)\s+)?(?:the\s+|les\s+|die\s+"
        rf"|los\s+|las\s+|i\s+|gli\s+)?{_HELPERS}\b"
        r"|\b(?:race|runners?'?|athletes?'?|competitors?'?|riders?'?)\s+(?:briefing|instructions)\b",
        re.I,
    ),
    "a studio audience's warm-up running order": lazy(
        r"\baudience\s+warm[- ]?up\b|\bwarm[- ]?up\s+(?:running\s+order|schedule|notes|brief)\b"
        r"|\baudience\s+(?:running\s+order|schedule|information|info|briefing)\b"
        r"|\bchauffeur\s+de\s+salle\b|\bchauffe\s+(?:du\s+)?public\b|\bpublikums?[- ]?warm[- ]?up\b"
        r"|\bcalentamiento\s+del\s+público\b|\brozgrzewka\s+publiczności\b",
        re.I,
    ),
    "a school's letter to parents": lazy(
        r"\bdear\s+parents?\b|\bparents?\s*(?:/|and|or|&)\s*(?:carers?|guardians?)\b"
        r"|\bconsent\s+(?:form|slip|letter)\b|\bpermission\s+(?:slip|form)\b|\breply\s+slip\b"
        r"|\b(?:school|class|year\s+\d{1,2})\s+trip\b|\bchers\s+parents\b|\bliebe\s+eltern\b"
        r"|\bdrodzy\s+rodzice\b|\bszanowni\s+rodzice\b|\bqueridas?\s+familias\b|\bestimadas?\s+familias\b"
        r"|\bcari\s+genitori\b|\bautorisation\s+parentale\b|\bsortie\s+scolaire\b"
        r"|\bklassenfahrt\b|\bwandertag\b|\beinverständniserklärung\b|\bzgoda\s+rodzic\w*\b"
        r"|\bwycieczk\w+\s+szkoln\w*\b|\bexcursión\s+escolar\b|\bgita\s+scolastica\b",
        re.I,
    ),
    # a parish's pilgrimage or outing programme: a gathering at the church, departure, Mass,
    # lunch, the return
    "a parish pilgrimage or outing programme": lazy(
        r"\bpielgrzymk\w*|\bpilgrimages?\b|\bp[èe]lerinages?\b|\bwallfahrt\w*|\bpilgerfahrt\w*"
        r"|\bpilgerreise\w*|\bperegrinaci[óo]n\w*|\bromer[íi]a\b|\bpellegrinaggi[oi]\b"
        r"|\bpouť\b|\bhodočašć\w+|\bparish\s+(?:trip|outing|programme|program|excursion)\b"
        r"|\bwycieczk\w+\s+parafialn\w*|\bpfarr(?:ei)?ausflug\b|\bsortie\s+paroissiale\b",
        re.I,
    ),
    # a fire brigade's or another emergency service's exercise order: its members' muster, the
    # exercise's place, meal and end, its units with their muster times
    "a fire brigade or emergency service's exercise order": lazy(
        rf"(?=.*(?:{_SERVICE}))(?=.*(?:{_EXERCISE}))",
        re.I,
    ),
    # an election's order to its polling staff: the electoral board and clerks called to a
    # polling place at a time, the voting hours, the count. Its people and its office, not its
    # place: a polling station is a drama's set too
    "an election's order to its polling staff": lazy(
        r"\belection\s+(?:officer|office|duty|count\s+staff|staff)\b|\belectoral\s+(?:board"
        r"|officer|office|commission)\b|\bpolling\s+(?:(?:station|centre|center|place)\s+)?"
        r"(?:staff|clerks?|officers?|duty)\b|\bpresiding\s+officers?\b|\bpoll\s+clerks?\b"
        r"|\bwahl(?:vorstand|helfer\w*)|\bmesa\s+electoral\b|\bjunta\s+electoral\b"
        r"|\bkomisj\w+\s+wyborcz\w*|\bscrutatori\b",
        re.I,
    ),
    # a company's integration trip or team-building day: the gathering at the office, the
    # coach, the visits and workshops, dinner
    "a company's integration or team-building trip": lazy(
        r"\bwyjazd\w*\s+integracyjn\w*|\bimpreza\s+integracyjn\w*|\bdzie[ńn]\s+integracyjn\w*"
        r"|\bintegration\s+(?:trip|day|weekend)\b|\bteam[- ]?building\b|\bcompany\s+(?:trip|outing"
        r"|retreat|away\s?day)\b|\bstaff\s+(?:outing|retreat|away\s?day)\b|\baway[- ]?day\b"
        r"|\bbetriebsausflug\b|\bfirmenausflug\b|\bsortie\s+d'entreprise\b|\bs[ée]minaire"
        r"\s+d'entreprise\b|\bviaje\s+de\s+empresa\b|\bgita\s+aziendale\b|\bfiremn[íi]\s+v[ýy]let\b"
        r"|\bteambuilding\w*",
        re.I,
    ),
}
PAPER_LINES = 4  # the heading: a letter's school, its address, its greeting, its subject
# a shoot's own words: a letter to a child actor's parents about a filming day is a call
# sheet's news, whatever its greeting
_SHOOT_NEWS = lazy(
    r"\b(?:film(?:ing|ed)?|shoot(?:ing)?|on\s+set|scenes?|call\s*sheet|call\s+time|chaperon\w*"
    r"|dreh\w*|tournage|rodaje|riprese|zdjęci\w*|nagrani\w*)\b",
    re.I,
)


# a call sheet's marker that is only the word for a gathering ('Zbiórka: 6:00 - parking przy
# kościele', '7:00 Zbiórka uczestników'): any event's programme opens with it, so in an event
# paper's heading it makes no call sheet
GATHERING = frozenset(
    {"zbiórka", "citación", "citació", "convocazione", "verzameltijd", "mødetid", "oppmøte"}
)


# kinds of event paper that a shoot's own words anywhere in it make a call sheet's business
# (a film about a pilgrimage, a brigade's drill filmed, a company trip's video)
_UNLESS_SHOT = frozenset(
    {
        "a school's letter to parents",
        "a parish pilgrimage or outing programme",
        "a fire brigade or emergency service's exercise order",
        "a company's integration or team-building trip",
    }
)


def named_paper(lines: list[str]) -> str | None:
    """The kind of event paper (``_NAMED_PAPERS``) the heading (``PAPER_LINES``) names, its
    call-sheet markers already ruled out by the caller; a kind in ``_UNLESS_SHOT`` only when
    nothing in the document speaks of a shoot (``_SHOOT_NEWS``). None otherwise."""
    title = [ln.lower() for ln in lines[:PAPER_LINES]]
    heading = [*title, " ".join(title)]  # a service's name on one line, 'ROZKAZ NR 4' on another
    for kind, pattern in _NAMED_PAPERS.items():
        if not any(pattern.search(ln) for ln in heading):
            continue
        if kind in _UNLESS_SHOT and any(_SHOOT_NEWS.search(ln) for ln in lines):
            continue  # a call sheet for a child actor's day, a pilgrimage's or a drill's film
        return kind
    return None
