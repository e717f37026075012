"""How dates and times are written on sheets in each region (CONVENTIONS.md says where from)."""

from __future__ import annotations

import datetime as dt

PL_WEEKDAYS = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
PL_WEEKDAYS_SHORT = ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."]
PL_GENITIVE = [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def date_text(d: dt.date, style: str) -> str:
    """Write `d` in one of the forms crews meet; the weekday always matches the date."""
    wd, mon = d.strftime("%A"), d.strftime("%B")
    pl_month = PL_GENITIVE[d.month - 1]
    forms = {
        "us_long": f"{wd}, {mon} {d.day}, {d.year}",
        "us_ordinal": f"{wd}, {mon} {ordinal(d.day)}, {d.year}",
        "us_numeric": f"{d.month}/{d.day}/{d.year}",
        "us_short": f"{d.strftime('%a')} {d.month}/{d.day}/{d:%y}",
        "mon_slash_yy": f"{d:%b} {d.day}/{d:%y}",  # "Nov 14/25"
        "uk_long": f"{wd} {ordinal(d.day)} {mon} {d.year}",
        "uk_plain": f"{wd} {d.day} {mon} {d.year}",
        "uk_short": f"{d.strftime('%a')} {d:%d/%m/%y}",
        "eu_abbrev": f"{d.strftime('%a')} {d.day} {d:%b} {d.year}",
        "iso": d.isoformat(),
        "pl_genitive": f"{d.day} {pl_month} {d.year}",
        "pl_weekday_genitive": f"{PL_WEEKDAYS[d.weekday()]}, {d.day} {pl_month} {d.year}",
        "pl_roman": f"{d.day}.{ROMAN[d.month - 1]}.{d.year}",
        "pl_dots": f"{d.day}.{d.month:02d}.{d.year}",
        "pl_dots_short": f"{d.day}.{d.month}.{d.year}",  # "3.11.2025"
        "de_dots": f"{d.strftime('%a')}, {d:%d.%m.%Y}",
    }
    return forms[style]


def pl_weekday(d: dt.date, short: bool = False) -> str:
    return (PL_WEEKDAYS_SHORT if short else PL_WEEKDAYS)[d.weekday()]


def time_text(hhmm: str, style: str) -> str:
    """Write a 24-hour 'HH:MM' the way a sheet prints it."""
    h, m = (int(x) for x in hhmm.split(":"))
    h12 = h % 12 or 12
    ampm = "AM" if h < 12 else "PM"
    forms = {
        "us": f"{h12}:{m:02d} {ampm}",
        "us_lower": f"{h12}:{m:02d}{ampm.lower()}",
        "us_letter": f"{h12}:{m:02d}{ampm[0].lower()}",  # "7:30a"
        "h24": f"{h:02d}:{m:02d}",
        "military": f"{h:02d}{m:02d}",  # "0730"
        "dot": f"{h}.{m:02d}",  # Polish "7.30"
        "h": f"{h:02d}h{m:02d}",  # French "07h30"
    }
    return forms[style]


def add_minutes(hhmm: str, minutes: int) -> str:
    h, m = (int(x) for x in hhmm.split(":"))
    t = (h * 60 + m + minutes) % (24 * 60)
    return f"{t // 60:02d}:{t % 60:02d}"
