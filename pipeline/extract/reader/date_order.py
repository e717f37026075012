"""A numeric date's day/month order from the language the sheet names itself in.

"04/02/2027" is 4 February on an Italian "ordine del giorno" and 2 April on a US call sheet.
classify.us_date_order settles the order by the sheet's region (its dialling codes,
postcodes, words); a sheet that gives no such cue but calls itself by its name in a language
whose countries all write the day first ("ORDINE DEL GIORNO", "FEUILLE DE SERVICE", "HOJA DE
CITACIONES", "ORDEM DO DIA", "FOAIE DE CHEMARE") prints its numeric dates day first. English
names ("call sheet") settle nothing: US sheets print the month first.
"""

from __future__ import annotations

import re

from pipeline.extract.reader.lazy_re import lazy

# Document names of call sheets in Italian, French (France, Belgium, Switzerland, Quebec),
# Spanish (Spain and Latin America), Catalan, Portuguese (Portugal and Brazil) and Romanian:
# every country that writes them prints numeric dates day first
_DAY_FIRST_NAMES = lazy(
    r"\b(?:ordine\s+del\s+giorno|foglio\s+di\s+lavorazione|feuille\s+de\s+service"
    r"|feuille\s+de\s+route|orden\s+de\s+rodaje|hoja\s+de\s+citaci[oó]n(?:es)?"
    r"|hoja\s+de\s+llamado|ordre\s+de\s+rodatge|full\s+de\s+citacions|ordem\s+do\s+dia"
    r"|folha\s+de\s+servi[cç]o|foaie\s+de\s+chemare|foaia\s+de\s+chemare"
    # German (Germany, Austria, Switzerland: DIN 5008 and its neighbours write 11.1.27 for 11
    # January): the day's disposition and its shooting day; Dutch (the Netherlands, Flanders);
    # Czech and Slovak; Hungarian; the Nordic languages: their call sheets' own names
    r"|tagesdispo(?:sition)?|dispo(?=\s+(?:nr\.?|no\.?|#)?\s?\d)|drehtag|drehplan"
    r"|draaidag|draaischema|dagplanning|denn[íý]\s+pl[áa]n|nat[áa][čc]ec[íi]\s+den"
    r"|nat[áa][čc]ac[íi]\s+de[ňn]|napi\s+diszpoz[íi]ci[óo]|forgat[áa]si\s+nap"
    r"|opptaksdag|inspelningsdag|optagedag|t[öo]kudagur|kuvausp[äa]iv[äa])\b",
    re.I,
)


def day_first_by_name(text: str) -> bool:
    """Whether the sheet names itself in a language whose countries write the day first."""
    return bool(_DAY_FIRST_NAMES.search(text))


def date_order(region_code: str | None, us_order: bool | None, text: str) -> bool | None:
    """The region's order (``us_order``); with no region at all, day first when the sheet's
    name says so. A region that left the order open (a North American template abroad)
    keeps it open."""
    if us_order is None and region_code is None and day_first_by_name(text):
        return False
    return us_order
