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
"""

from __future__ import annotations

import re

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
    kind: re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.I) for kind, words in _EVENT_KINDS.items()
}
HEADING_LINES = 3  # the heading: an organisation's name, the event, its paper's kind

# A shooting day's own words, in any of the languages the reader meets: one of them anywhere
# keeps the paper a call sheet (its crew call, its shoot, its scenes, its cast, its set).
_SHOOT_WORDS = re.compile(
    r"(?<!\w)(?:"
    r"call\s*sheets?|shoot(?:s|ing)?|shot\s+list|filming|filmed|film\s+(?:shoot|crew|set|unit)"
    r"|on\s+set|set\s+(?:call|location|dressing|decoration|design|up\s+camera)|sets?\s*:"
    r"|scenes?|sc\.?\s*\d+[a-z]?|cast|talent|extras|background\s+(?:artists?|actors?|performers?)"
    r"|unit\s+(?:base|call|move|list|manager|driver)|base\s*camp"
    r"|(?:main|second|2nd|splinter|night|drama|documentary|film|camera)\s+unit"
    r"|crew\s+call|general\s+call|call\s+time|wrap|1st\s+ad|2nd\s+ad|first\s+ad|second\s+ad"
    r"|assistant\s+director|director\s+of\s+photography|dop|script\s+supervisor|continuity"
    r"|make-?up|hair\s*(?:&|and)\s*make|wardrobe|grip|props?\s+master|producer|production\s+office"
    r"|episode|ep\.|slate|rushes|dailies"
    r"|tournage|tourner|feuille\s+de\s+service|rodaje|grabación|llamado|citación|dreh\w*"
    r"|tagesdispo|riprese|ciak|zdjęci\w*|zdjęciow\w*|plan\s+zdjęciowy|natáčení|natáčecí"
    r"|snimanj\w*|gravação|gravações|filmagem|opnames?|inspelning|optagelse|opptak"
    r"|kuvaus\w*|çekim|syuting"
    r")(?!\w)",
    re.I,
)


def event_heading(lines: list[str]) -> str | None:
    """The kind of event (``_EVENT_KINDS``) the first lines name, or None."""
    for kind, pattern in _EVENT_HEADINGS.items():
        if any(pattern.search(ln) for ln in lines[:HEADING_LINES]):
            return kind
    return None


def speaks_of_a_shoot(lines: list[str]) -> bool:
    """A shooting day's own word anywhere in the document (``_SHOOT_WORDS``)."""
    return any(_SHOOT_WORDS.search(ln) for ln in lines)
