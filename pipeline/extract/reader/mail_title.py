"""A printed e-mail's production: the film its body names, else its subject's title part.

A message that sends the day's plan names the film in its subject ('Re: Call sheet - Bagno, day
4') or, in Polish, in its body after "do" ('zdjęcia do „Bagno”'), the quoted title of the film
the day is for.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.extract.reader.email_header import subject_title
from pipeline.extract.reader.field_sheet import Found, Sheet
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import PageText

SUBJECT = 0.8  # a production named in a printed e-mail's subject, among the office's words
# a Polish message names the film the day is for in quotes after "do" ("zdjęcia do „Bagno”",
# "harmonogram zdjęć do „Pogranicze. Skrzypce”", "do filmu „...”")
_FOR_FILM = lazy(
    r"(?<!\w)do\s+(?:(?:filmu|dokumentu|serialu|reportażu|etiudy|teledysku)\s+)?"
    r"\u201e(?P<t>[^\u201d\u201c\"]{2,60})[\u201d\u201c\"]"
)


def _film_named_in_body(pages: Sequence[PageText], header: frozenset[int]) -> str | None:
    """The one film a message's body names with 'do „...”', None when none or several."""
    names = {
        " ".join(m["t"].split())
        for p, page in enumerate(pages)
        for i, line in enumerate(page.lines)
        if not (p == 0 and i in header)
        for m in _FOR_FILM.finditer(line.text)
    }
    return names.pop() if len(names) == 1 else None


def mail_title(sheet: Sheet, pages: Sequence[PageText]) -> Found | None:
    """An e-mail's production: the film its body names with 'do „...”' unless the subject
    quotes its own, else the subject's title part."""
    if sheet.email is None:
        return None
    subject = subject_title(sheet.email.subject)
    film = _film_named_in_body(pages, sheet.email.lines)
    if film is not None and (
        subject is None or f"\u201e{subject}" not in (sheet.email.subject or "")
    ):
        return Found(film, SUBJECT, f"production: '{film}' named in the message (do „...”)")
    if subject is not None:
        return Found(subject, SUBJECT, f"production: '{subject}' read from the e-mail's subject")
    return None
