"""Times of day in the forms crews print: 7:30 AM, 0730hrs, 7.30, 07h30, 7h, 8 Uhr, 130p, noon,
Hungarian 7 óra 30, Vietnamese 7 giờ 30 / 7g30, Japanese 午後7時30分, Korean 오후 7시 30분,
Chinese 下午7点30分 / 7点半."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.parsed import MAX_TEXT, Parsed, ascii_digits
from pipeline.extract.reader.remember import memo

# Every pattern is a chain of bounded pieces (no quantified group holds another quantifier), so a
# line is scanned in linear time whatever it holds.
# ... and Greek "π.μ." / "μ.μ." (προ / μετά μεσημβρίας: before / after noon), dotted only
# ... and an approximate one glued to its meridiem: "5:00pmish", "7 PMish" (wrap, roughly)
# ... and never a letter that opens a word: "08.00 på museets gård" (Swedish "at") is 08:00,
# not 8 p(m); any Latin letter counts, accented too (not CJK: "7pm集合" keeps its meridiem)
_ISH = r"(?:(?=ish\b)|(?![a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]))"
# ... and Irish "r.n." / "i.n." (roimh / iar nóin: before / after noon), dotted only
_AP = rf"(?P<ap>noon|midday|midnight|[ap]\.?\s?m\.?|[ap]|[πμ]\.\s?μ\.|[ri]\.\s?n\.){_ISH}"
_HRS = r"(?P<hrs>hrs?|hours|godz\.?)(?![a-z])"
_HOUR_MINUTE = lazy(
    # 7:30, 07.30, 7:30 AM, 7:30a, 7:30 a.m., 19:30:00, 19.30hrs; not inside 15.03.2026;
    # "PM 6:30" (the half of the day first: Korean, Japanese and Chinese order, capitals only)
    r"(?:(?<!\w)(?P<pre>(?-i:AM|PM|오전|오후|午前|午後|上午|下午|早上|晚上))\s?)?"
    rf"(?<![\d./:])(?P<h>\d{{1,2}})[:.](?P<m>[0-5]\d)(?::[0-5]\d)?(?![\d./:]\d)"
    rf"(?:\s?{_AP}|\s?{_HRS})?",
    re.I,
)
# 7h, 07h30, Québec's spaced "7 h 30" (spaced only with its minutes: "2 h" is a duration) and
# Flemish "7u30" (with its minutes only)
_FRENCH_H = lazy(
    r"(?<![\d./:])(?P<h>\d{1,2})(?:h(?P<m>[0-5]\d)?|\sh\s(?P<m2>[0-5]\d)|u(?P<m3>[0-5]\d))(?!\w)",
    re.I,
)
_FOUR_DIGITS = lazy(
    # 0730, 0730hrs, 0730h, 130p, 1130 am (24-hour four digits or digits with a meridiem)
    rf"(?<![\d./:-])(?P<hm>\d{{3,4}})(?!\d|[./:-]\d)(?:\s?{_AP}|\s?(?P<h4>h)(?![a-z])|\s?{_HRS})?",
    re.I,
)
_HOUR_MERIDIEM = lazy(
    # 7 AM, 7am, 11a, 7 p.m. (a lone letter only when it touches the number: "Unit 2 a" is no time)
    rf"(?<![\d./:])(?P<h>\d{{1,2}})(?:\s?(?P<ap>[ap]\.?\s?m\.?|[ri]\.\s?n\.)|(?P<ap1>[ap])){_ISH}",
    re.I,
)
# "8 Uhr": German sheets print whole hours on the 24-hour clock with the word for o'clock
# ... and "7 Uhr 30" with the minutes after the word (not "7 Uhr 30 Minuten", a duration)
_HOUR_UHR = lazy(
    r"(?<![\d./:])(?P<h>\d{1,2})\s?uhr(?!\w)(?:\s(?P<m>[0-5]\d)(?!\d|[:.]\d|\s?min))?", re.I
)
# Hungarian "7 óra 30" / "7 óra 30 perckor" (óra = hour, perc = minute) and "7 órakor" (at seven):
# only with its minutes or "-kor" (at), since "2 óra" and "1 óra 30 perc" are durations
_ORA = lazy(
    r"(?<![\d./:])(?P<h>\d{1,2})\s?(?i:óra\s(?P<m>[0-5]\d)(?!\d|[:.]\d|\s?perc(?!kor))"
    r"(?:\s?perckor)?|órakor)(?!\w)"
)
# Vietnamese "7 giờ 30", "7g30", "19g" (giờ = hour; https://en.wikipedia.org/wiki/Date_and_time_
# notation_in_Vietnam), with "sáng" (morning) or "chiều" / "tối" (afternoon / evening) after it
_GIO = lazy(
    r"(?<![\d./:])(?P<h>\d{1,2})(?:\s?(?i:giờ)|(?P<g>g))(?:\s?(?P<m>[0-5]\d)(?:\s?(?i:phút))?)?"
    r"(?!\w)(?:\s(?P<vp>(?i:sáng|chiều|tối))(?!\w))?"
)
# Japanese / Chinese 時 / 时 / 点 / 點 and Korean 시 (o'clock), 分 / 분 (minutes), 半 / 반 (half
# past), the half of the day first (午前 / 午後, 上午 / 下午, 오전 / 오후: CLDR ja, zh, ko day
# periods): "午後7時30分", "오전 7시 30분", "下午7点", "7点半". Not "12時間" / "3시간" (hours).
_CJK_PM = {"午後", "下午", "晚上", "오후"}
_CJK_CLOCK = lazy(
    r"(?:(?P<pre>午前|午後|上午|下午|早上|晚上|오전|오후)\s?)?(?<![\d./:])(?P<h>\d{1,2})\s?"
    r"[時时点點시](?![間间간])(?:\s?(?P<m>[0-5]?\d)\s?[分분]|\s?(?P<m2>[0-5]\d)(?!\d)"
    r"|(?P<half>\s?[半반]))?"
)
_ANY_DIGIT = lazy(r"\d")
_NAMED = lazy(r"(?<!\w)(?:(?P<twelve>12)\s?)?(?P<word>noon|midday|midnight)(?!\w)", re.I)


def find_time(text: str) -> Parsed | None:
    """Return the first time of day in ``text`` as ``HH:MM`` with a parse quality.

    Parameters
    ----------
    text:
        A short value such as ``"7:00 AM"``, ``"0700"``, ``"7.00"``, ``"7h"`` or ``"130p"``.

    Returns
    -------
    Parsed | None
        ``None`` when no time is present.
    """
    found = find_times(text)
    return found[0] if found else None


@memo
def find_times(text: str) -> list[Parsed]:
    """Return every time of day in ``text``, in order, so a line of several times can be split.

    Digits that belong to a date ("14 Nov 2025", "15.03.2026") are not read as times.
    """
    from pipeline.extract.reader.dates import date_spans  # dates import nothing from here

    text = ascii_digits(text[:MAX_TEXT])
    if not _ANY_DIGIT.search(text) and not _NAMED.search(text):
        return []
    blocked = date_spans(text)
    hits: list[Parsed] = []
    for regex, read in _READERS:
        for m in regex.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in blocked):
                continue
            parsed = read(m)
            if parsed is not None:
                hits.append(parsed)
    if any(p.end - p.start >= 4 and p.value != "00:00" for p in hits):
        hits = _outside_addresses(text, hits)
    if _CURRENCY.search(text):
        hits = [p for p in hits if not _is_price(text, p)]
    hits.sort(key=lambda p: (p.start, -(p.end - p.start)))
    out: list[Parsed] = []
    for parsed in hits:
        if out and parsed.start < out[-1].end:
            continue  # the same words read by a weaker pattern
        out.append(parsed)
    return out


# A price is no time: "7.30 €", "€7.30", "$7.30" (a time with a colon stays one)
_CURRENCY = lazy(r"[€$£¥₫]|\b(?:eur|usd|gbp|pln|zł|vnd|đ)\b", re.I)
_CURRENCY_AFTER = lazy(r"\s?(?:[€$£¥₫]|(?:eur|usd|gbp|pln|zł|vnd|đ)(?!\w))", re.I)


def _is_price(text: str, parsed: Parsed) -> bool:
    if ":" in text[parsed.start : parsed.end]:
        return False  # a price is written 7.30 or 7,30
    before = text[max(0, parsed.start - 2) : parsed.start].rstrip()
    return before[-1:] in ("€", "$", "£", "¥") or bool(_CURRENCY_AFTER.match(text, parsed.end))


def _outside_addresses(text: str, hits: list[Parsed]) -> list[Parsed]:
    """Drop house numbers read as times: "1600" in "1600 Pennsylvania Ave" is not 16:00."""
    from pipeline.extract.reader.addresses import find_addresses  # it imports nothing from here

    streets = [(a.start, a.end) for a in find_addresses(text)]
    return [p for p in hits if not any(s <= p.start < e for s, e in streets)]


def _meridiem(m: re.Match[str]) -> str:
    """``a``, ``p``, ``noon``, ``midnight`` or empty."""
    groups = m.groupdict()
    pre = {"오전": "am", "午前": "am", "上午": "am", "早上": "am"}.get(groups.get("pre") or "")
    pre = pre or ("pm" if groups.get("pre") in _CJK_PM else None)
    word = (groups.get("ap") or groups.get("ap1") or pre or groups.get("pre") or "").lower()
    word = {"π": "a", "μ": "p"}.get(word[:1], word)  # Greek π.μ. (a.m.), μ.μ. (p.m.)
    word = {"r": "a", "i": "p"}.get(word[:1], word)  # Irish r.n. (a.m.), i.n. (p.m.)
    if word in ("noon", "midday"):
        return "noon"
    return word if word == "midnight" else word[:1]


def _clock(hour: int, minute: int, ap: str, quality: float, m: re.Match[str]) -> Parsed | None:
    note = None
    if ap in ("noon", "midnight"):
        # "12:00 noon" says what "12:00" says; "12:00 midnight" is the day's start
        hour = 0 if ap == "midnight" and hour == 12 else hour
        ap = ""
    if ap:
        if hour == 0 or hour > 23:
            return None
        if hour > 12:
            note = f"24-hour time {hour}:{minute:02d} printed with a meridiem"
            quality = min(quality, 0.8)
        else:
            hour = hour % 12 + (12 if ap == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return Parsed(f"{hour:02d}:{minute:02d}", quality, note, m.start(), m.end())


def _read_hour_minute(m: re.Match[str]) -> Parsed | None:
    return _clock(int(m["h"]), int(m["m"]), _meridiem(m), 1.0, m)


def _read_french_h(m: re.Match[str]) -> Parsed | None:
    minute = m["m"] or m["m2"] or m["m3"]
    quality = 1.0 if minute else 0.85
    hour = int(m["h"])
    if not minute and hour <= 12:
        quality = 0.8  # "7h" alone could be 7 or 19 on a sheet that writes hours loosely
    return _clock(hour, int(minute or 0), "", quality, m)


def _read_four_digits(m: re.Match[str]) -> Parsed | None:
    digits, ap = m["hm"], _meridiem(m)
    marked = bool(m.groupdict().get("hrs") or m.groupdict().get("h4"))
    if len(digits) == 3 and not (ap or marked):
        return None  # "700" without a meridiem is too often a count or an id
    # military time is common on call sheets but also looks like a number; "hrs" settles it
    quality = 1.0 if marked else 0.95
    return _clock(int(digits[:-2]), int(digits[-2:]), ap, quality, m)


def _read_hour_meridiem(m: re.Match[str]) -> Parsed | None:
    hour = int(m["h"])
    if not 1 <= hour <= 12:
        return None
    return _clock(hour, 0, _meridiem(m), 0.85, m)


def _read_uhr(m: re.Match[str]) -> Parsed | None:
    return _clock(int(m["h"]), int(m["m"] or 0), "", 1.0 if m["m"] else 0.9, m)


def _read_ora(m: re.Match[str]) -> Parsed | None:
    return _clock(int(m["h"]), int(m["m"] or 0), "", 1.0 if m["m"] else 0.9, m)


def _read_gio(m: re.Match[str]) -> Parsed | None:
    hour = int(m["h"])
    if m["g"] and not m["m"] and len(m["h"]) == 1 and hour < 6:
        return None  # "4g", "5G": mobile networks ("no 4g on set"), not 04:00 or 05:00
    ap = {"sáng": "a", "chiều": "p", "tối": "p"}.get((m["vp"] or "").lower(), "")
    if ap and not 1 <= hour <= 12:
        ap = ""
    quality = 1.0 if m["m"] else (0.9 if not m["g"] or ap else 0.8)
    return _clock(hour, int(m["m"] or 0), ap, quality, m)


def _read_cjk_clock(m: re.Match[str]) -> Parsed | None:
    minute = 30 if m["half"] else int(m["m"] or m["m2"] or 0)
    hour, ap = int(m["h"]), _meridiem(m)
    if ap and not 1 <= hour <= 12:
        return None  # "午後19時" says two things
    quality = 1.0 if (m["m"] or m["half"] or ap) else 0.9
    return _clock(hour, minute, ap, quality, m)


def _read_named(m: re.Match[str]) -> Parsed | None:
    value = "00:00" if m["word"].lower() == "midnight" else "12:00"
    quality = 1.0 if m["twelve"] else 0.95
    return Parsed(value, quality, None, m.start(), m.end())


_READERS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], Parsed | None]], ...] = (
    (_HOUR_MINUTE, _read_hour_minute),
    (_FRENCH_H, _read_french_h),
    (_FOUR_DIGITS, _read_four_digits),
    (_HOUR_MERIDIEM, _read_hour_meridiem),
    (_HOUR_UHR, _read_uhr),
    (_ORA, _read_ora),
    (_GIO, _read_gio),
    (_CJK_CLOCK, _read_cjk_clock),
    (_NAMED, _read_named),
)
