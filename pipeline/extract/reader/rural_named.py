"""A rural set named on the line above its address: the name finds the place.

A rural address has no street: a village or parish and its municipality ('Skaļupes, Līgatnes
pagasts, Cēsu novads, LV-4110'), or a road and its region ('Lodge access road, off the C43,
Opuwo, Kunene Region'). Read alone it is doubted (``place_finder._street_doubt``): a person can
tell where a route ends. When the place's own name stands on the line right above it, nothing
between them unread ('Līgatnes padomju slepenais bunkurs', 'Opuwo Country Lodge'), the sheet
prints the set as a rural place is written: its name, then where it lies. The same holds
for a premises name over a village and post town, which the reader already trusts
(``_named_just_above``). The address must still say where, in two parts at least (a locality
and its municipality or region, or a postcode): a name over a region alone is not found.
"""

from __future__ import annotations

from pipeline.extract.reader.lazy_re import lazy

_POSTCODE = lazy(r"\b(?:[A-Z]{1,2}-)?\d{4,6}\b")


def named_rural_place(address: str, named: bool) -> bool:
    """Whether a rural ``address`` (no street) under its place's name (``named``) is read sure:
    the address names a locality and its municipality or region, or carries a postcode."""
    if not named:
        return False
    parts = [p.strip() for p in address.split(",") if p.strip()]
    return len(parts) >= 3 or (len(parts) >= 2 and bool(_POSTCODE.search(address)))
