"""The shooting day's count: 'Day 5 of 30', 'Shoot day: 12', 'Dzień zdjęciowy 12 z 40', 'Drehtag
5 von 20', 'Jour de tournage 3/18'. The date finder reads the day's number from it (and takes a
date beside it for the day's); the title finder passes over a line that is the count alone,
printed as large as a title on some headers.
"""

from __future__ import annotations

import re

from pipeline.extract.reader.lazy_re import lazy

# "Shoot Day 3 of 12", "Day: #4", "Dzień zdjęciowy 12 z 40" (Georgian "გადაღების დღე 9 / 30",
# Armenian "Նկարահանման օր 6 / 24", shooting day; a bare "დღე" or "օր" is a scene row's day or
# a duration)
_DAY_NUMBER = (
    r"\b(?:shoot(?:ing)?\s+)?(?:day|dzień(?:\s+zdjęciowy)?|გადაღების\s+დღე|նկարահանման\s+օր)"
    r"\s*:?\s*#?(\d{1,3})"
)
# ... with its total ('Day 3 of 12'), and with its total if it has one ('Shoot day: 12')
DAY_OF = lazy(_DAY_NUMBER + r"\s*(?:of|/|z)\s*(\d{1,3})\b", re.I)
SHOOT_DAY = lazy(_DAY_NUMBER + r"(?:\s*(?:of|/|z)\s*(\d{1,3}))?", re.I)
# 'Dia de rodagem 6 de 18', 'Día de filmación 9 de 16', 'Drehtag 12 von 30', 'Jour de tournage
# 4 sur 20', 'Giorno di ripresa 3 di 8': with its total only ('Día de rodaje 3 de octubre' is
# a date)
DAY_OF_WORDS = lazy(
    r"\b(?:d[ií]a\s+de\s+(?:rodagem|filmagem|grava[çc][ãa]o|rodaje|filmaci[óo]n|grabaci[óo]n)"
    r"|jour\s+de\s+tournage|drehtag|giorno\s+di\s+ripres[ae])\s*:?\s*#?(\d{1,3})"
    r"\s*(?:de|von|sur|di|/)\s*(\d{1,3})\b",
    re.I,
)
# "Shoot day 12 of 30", "Dzień zdjęciowy 12/40", "Drehtag 5 von 20", "Jour de tournage 3/18",
# "Production day 4 of 9", "Päivä 3/12": the count under its label and nothing else
_COUNT_ALONE = lazy(
    r"^(?:(?:shoot(?:ing)?|filming|production|main\s+unit)\s+)?(?:day|dzień|dzien|drehtag|tag"
    r"|jour|día|dia|giorno|dag|den|dagur|päivä)(?:\s+(?:zdjęciowy|zdjeciowy|de\s+tournage"
    r"|de\s+rodaje|di\s+ripresa|de\s+filmagem|natáčecí))?\s*(?:no\.?|nr\.?|#)?\s*:?\s*"
    r"\d{1,3}\s*(?:/|of|z|ze|von|sur|de|di|av|af|/\s*)\s*\d{1,3}$",
    re.I,
)


def count_alone(text: str) -> bool:
    """Whether ``text`` is the day's count and its total alone: never a title."""
    return _COUNT_ALONE.match(text.strip()) is not None
