# ruff: noqa: RUF003  (Cyrillic labels: the letters are meant)
"""Month and weekday names in the languages call sheets are written in, from dateparser's data.

dateparser ships CLDR-derived names with the forms people print: Polish genitive ("listopada")
and nominative ("listopad"), abbreviations, and spellings without diacritics ("pazdziernika").
Only its data files are read, each once (a few ms): importing the dateparser package costs
~0.1 s and its parser is too slow to run per candidate on a whole sheet.
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path
from types import ModuleType

from pipeline.extract.reader.lazy_re import lazy

# Nordic, Czech / Slovak and Portuguese sheets too (issue 15): "12. května 2026", "tirsdag"
LANGUAGES = ("en", "pl", "de", "fr", "es", "it", "nl", "sv", "da", "nb", "cs", "sk", "pt")
# Croatian / Serbian / Bosnian (Latin and Cyrillic) and the Baltic languages: "14. travnja
# 2026.", "28. avgust 2026.", "28. август 2026.", "2026 m. gegužės 12 d.", "4. jūnijs",
# "21. september". They only add names: a name the languages above already read keeps its
# meaning there, and one that means another month here ("listopad" is November in Polish and
# Czech, October in Croatian) is listed in MONTH_CHOICES for a printed weekday to settle.
# Their Latin abbreviations under four letters are everyday words ("stu", "tra", "pet", "sub").
# Hungarian, Ukrainian and Russian too: "2026. március 17., kedd", "14 квітня 2026 р.",
# "22 сентября 2026 г." (dateparser also lists Roman numerals as months: dates.py reads those).
ADDED_LANGUAGES = ("hr", "sr-Latn", "sr-Cyrl", "bs-Latn", "lt", "lv", "et", "hu", "uk", "ru")
# Finnish, Turkish and Indonesian: "tiistai 15. syyskuuta 2026", "17 Mart 2026 Salı",
# "Selasa, 17 Maret 2026" (the same rules: names only added, short ASCII ones skipped)
ADDED_LANGUAGES += ("fi", "tr", "id")
# Catalan, Greek, Romanian, Bulgarian, Slovenian, Hebrew and Arabic: "12 de maig de 2026",
# "Τρίτη 12 Μαΐου 2026", "12 mai 2026", "12 май 2026 г.", "12. maj 2026", "12 מאי 2026",
# "12 مايو 2026". Vietnamese names are "tháng 5" (month 5) and CJK dates are all digits
# ("2026年5月12日"): dates.py reads those by their shape, not by name.
ADDED_LANGUAGES += ("ca", "el", "ro", "bg", "sl", "he", "ar")
# Thai, Malay and Filipino: "7 มีนาคม 2569" (the Buddhist-era year: dates.py subtracts 543),
# "7 Julai 2026", "Marso 7, 2026" (Malay and Filipino month lists as in CLDR ms / fil; Malay
# "Mac" and "Mei" are in SHORT_MONTHS below). Filipino "linggo" (Sunday) is also "week".
ADDED_LANGUAGES += ("th", "ms", "fil")
# Icelandic: "þriðjudagur 12. maí 2026", "30. ágúst" (CLDR is; its short ASCII names skipped)
ADDED_LANGUAGES += ("is",)
# Georgian: "სამშაბათი, 12 მაისი, 2026", "12 მარტი 2027" (CLDR ka; its three-letter short
# weekday "სამ" is also "three" and is left out)
ADDED_LANGUAGES += ("ka",)
# Armenian: "2026 թ. մարտի 17, երեքշաբթի", "17 մարտի 2027 թ.", "մարտի 17, 2027" (CLDR hy: the
# genitive "մարտի" after a day, the nominative "մարտ" alone); of its short names "ուր" (Friday)
# is also "where", "ապր" (April) "live!", "երկ" (Monday) starts "two", "կիր" (Sunday) is "lime"
ADDED_LANGUAGES += ("hy",)
# Irish: "Déardaoin 22 Deireadh Fómhair 2026", "Dé Máirt 3 Samhain 2026" (CLDR ga). Two months
# are two words ("Meán Fómhair", "Deireadh Fómhair"): dates.py reads them with the Levant's
# two-word names (TWO_WORD_MONTHS)
ADDED_LANGUAGES += ("ga",)
# Albanian, Macedonian and Galician: "e enjte, 21 janar 2027", "среда, 16 декември 2026 г.",
# "xoves, 14 de xaneiro de 2027" (CLDR sq / mk / gl; names only added, as above)
ADDED_LANGUAGES += ("sq", "mk", "gl")
_MONTH_KEYS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_WEEKDAY_KEYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# Abbreviations that are also everyday words on an English or Polish sheet ("Set 12", "nie").
_NOT_NAMES = frozenset({"set", "ago", "die", "mit", "don", "son", "nie", "dom", "pia", "sie"})
# ... and those of the Nordic, Czech and Portuguese abbreviations ("Crew out", "Led", "Man")
_NOT_NAMES |= {"man", "out", "pro", "des", "led", "dub", "fred", "sex", "qua", "qui", "ter"}
_NOT_NAMES |= {"seg", "tor", "ons", "ned", "tis", "tir", "srp", "fev", "tors", "tirs", "mån"}
# ... and Ukrainian "лист" (November's abbreviation; the sheet in "викликний лист")
_NOT_NAMES |= {"лист"}
_NOT_NAMES |= {"linggo", "სამ"}
_NOT_NAMES |= {"ուր", "ապր", "երկ", "կիր"}
# ... and Albanian "gush" (English "gush") and "nën" (Albanian "under"), August's and
# November's abbreviations
_NOT_NAMES |= {"gush", "nën"}
_ROMAN_NUMERAL = lazy(r"^[ivx]+$")


@functools.cache  # each language's file read once for months and weekdays (cleared below)
def _language_data(code: str) -> dict[str, list[str]]:
    spec = importlib.util.find_spec("dateparser")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("dateparser is not installed")
    path = Path(spec.submodule_search_locations[0]) / "data" / "date_translation_data"
    file_spec = importlib.util.spec_from_file_location(f"_dateparser_{code}", path / f"{code}.py")
    if file_spec is None or file_spec.loader is None:
        raise ImportError(f"dateparser has no data for {code}")
    module: ModuleType = importlib.util.module_from_spec(file_spec)
    file_spec.loader.exec_module(module)
    return module.info


def _table(keys: list[str], languages: tuple[str, ...] = LANGUAGES) -> dict[str, int]:
    """Lower-case name to index (0-based); names that mean two different things are dropped."""
    seen: dict[str, set[int]] = {}
    for code in languages:
        info = _language_data(code)
        for index, key in enumerate(keys):
            for name in info.get(key, []):
                seen.setdefault(name.lower().rstrip("."), set()).add(index)
    return {
        name: next(iter(found))
        for name, found in seen.items()
        if len(found) == 1
        and len(name) >= 3
        and name not in _NOT_NAMES
        and not _ROMAN_NUMERAL.match(name)
    }


def _added(keys: list[str], known: dict[str, int]) -> tuple[dict[str, int], dict[str, int]]:
    """ADDED_LANGUAGES' names: (new names, known names that mean another index there)."""
    fresh: dict[str, int] = {}
    other: dict[str, int] = {}
    for name, index in _table(keys, ADDED_LANGUAGES).items():
        if len(name) < 4 and name.isascii():
            continue
        if name not in known:
            fresh[name] = index
        elif known[name] != index:
            other[name] = index
    return fresh, other


_OLD_MONTHS = _table(_MONTH_KEYS)
_NEW_MONTHS, _OTHER_MONTHS = _added(_MONTH_KEYS, _OLD_MONTHS)
MONTHS = {name: index + 1 for name, index in {**_OLD_MONTHS, **_NEW_MONTHS}.items()}
# "listopada" -> (11, 10): the first meaning unless a printed weekday agrees only with the second
MONTH_CHOICES = {name: (MONTHS[name], index + 1) for name, index in _OTHER_MONTHS.items()}
_OLD_WEEKDAYS = _table(_WEEKDAY_KEYS)
_NEW_WEEKDAYS, _ = _added(_WEEKDAY_KEYS, _OLD_WEEKDAYS)
WEEKDAYS = {
    name: index for name, index in {**_OLD_WEEKDAYS, **_NEW_WEEKDAYS}.items() if name not in MONTHS
}
WEEKDAYS.update({"thur": 3, "thurs": 3, "weds": 2})  # English short forms CLDR lacks
_language_data.cache_clear()  # the tables are built: the files' data is not kept

# Latvian prints the month in the locative after a day ("2026. gada 7. martā": on 7 March) and
# in the genitive ("7. marta"); dateparser lists the nominative only. Case endings: locative
# -ā / -ī, genitive -a (https://www.translationdirectory.com/article758.htm).
_LATVIAN_CASES = (
    ("janvārī", "janvāra"),
    ("februārī", "februāra"),
    ("martā", "marta"),
    ("aprīlī", "aprīļa"),
    ("maijā", "maija"),
    ("jūnijā", "jūnija"),
    ("jūlijā", "jūlija"),
    ("augustā", "augusta"),
    ("septembrī", "septembra"),
    ("oktobrī", "oktobra"),
    ("novembrī", "novembra"),
    ("decembrī", "decembra"),
)
# The Levant's and Iraq's Arabic month names (Syriac calendar), which dateparser's "ar" lacks:
# "7 آذار 2026". Two are two words ("كانون الثاني"), "آب" is two letters: dates.py reads them
# with a pattern of their own. Spelt with and without hamza (أيار / ايار).
# https://en.wikipedia.org/wiki/Arabic_names_of_calendar_months (Iraq and the Levant)
LEVANT_MONTHS = {
    "كانون الثاني": 1,
    "شباط": 2,
    "آذار": 3,
    "اذار": 3,
    "نيسان": 4,
    "أيار": 5,
    "ايار": 5,
    "حزيران": 6,
    "تموز": 7,
    "آب": 8,
    "اب": 8,
    "أيلول": 9,
    "ايلول": 9,
    "تشرين الأول": 10,
    "تشرين الاول": 10,
    "تشرين الثاني": 11,
    "كانون الأول": 12,
    "كانون الاول": 12,
}
# Month names that are also everyday words or given names ("Mac", "Marta", "Maija"): read only
# in a date with a four-digit year ("7 Mac 2026", "7. marta 2026"). Malay "Mac" is March in
# CLDR ms (its "Mei" is Dutch May's spelling, already read).
YEAR_ONLY_MONTHS = {"mac": 3, "marta": 3, "maija": 5}
for _index, _forms in enumerate(_LATVIAN_CASES):
    for _form in _forms:
        if _form not in YEAR_ONLY_MONTHS:
            MONTHS.setdefault(_form, _index + 1)
# Georgian declines the month after a day: the dative says on which day ("12 მაისს", "on 12
# May"; "2011 წლის 2 დეკემბერს"), the genitive a day of it ("2025 წლის 14 ნოემბრის"
# განჩინება); the -ერი / -არი / -ალი stems drop their vowel there (ნოემბერი -> ნოემბრის).
# dateparser lists the nominative only. Weekdays take the dative too ("სამშაბათს", on Tuesday).
_GEORGIAN_CASES = (
    ("იანვარს", "იანვრის"),
    ("თებერვალს", "თებერვლის"),
    ("მარტს", "მარტის"),
    ("აპრილს", "აპრილის"),
    ("მაისს", "მაისის"),
    ("ივნისს", "ივნისის"),
    ("ივლისს", "ივლისის"),
    ("აგვისტოს",),
    ("სექტემბერს", "სექტემბრის"),
    ("ოქტომბერს", "ოქტომბრის"),
    ("ნოემბერს", "ნოემბრის"),
    ("დეკემბერს", "დეკემბრის"),
)
_GEORGIAN_WEEKDAYS = (
    "ორშაბათს",
    "სამშაბათს",
    "ოთხშაბათს",
    "ხუთშაბათს",
    "პარასკევს",
    "შაბათს",
    "კვირას",
)
for _index, _forms in enumerate(_GEORGIAN_CASES):
    for _form in _forms:
        MONTHS.setdefault(_form, _index + 1)
for _index, _form in enumerate(_GEORGIAN_WEEKDAYS):
    WEEKDAYS.setdefault(_form, _index)
# Irish September and October, two words each ("22 Deireadh Fómhair 2026"), and their
# spellings without the fada
IRISH_MONTHS = {"meán fómhair": 9, "mean fomhair": 9, "deireadh fómhair": 10}
IRISH_MONTHS |= {"deireadh fomhair": 10}
# Welsh months: "Dydd Mawrth 5 Hydref 2027" (CLDR cy, full names only: its short forms are
# everyday words, "tach", "rhag"). "Mawrth" is March and Tuesday ("Dydd Mawrth"): read as the
# month only in a date with a four-digit year ("1 Mawrth 2027"), never in "Mawrth 5"
WELSH_MONTHS = {"ionawr": 1, "chwefror": 2, "ebrill": 4, "mehefin": 6, "gorffennaf": 7}
WELSH_MONTHS |= {"awst": 8, "medi": 9, "hydref": 10, "tachwedd": 11, "rhagfyr": 12}
for _name, _month in WELSH_MONTHS.items():
    MONTHS.setdefault(_name, _month)
YEAR_ONLY_MONTHS.setdefault("mawrth", 3)
# Month names of two words, read by a pattern of their own (dates.py)
TWO_WORD_MONTHS = {**LEVANT_MONTHS, **IRISH_MONTHS}
for _name, _month in TWO_WORD_MONTHS.items():
    MONTHS.setdefault(_name, _month)
# Thai abbreviations are printed with dots ("7 มี.ค. 2569"; CLDR th), which dateparser drops
_THAI_SHORT = "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค."
THAI_ABBREVIATIONS = {name: index + 1 for index, name in enumerate(_THAI_SHORT.split())}
for _name, _month in THAI_ABBREVIATIONS.items():
    MONTHS.setdefault(_name, _month)


# Added languages whose short weekday names are read there too: Romanian Thursday is "joi" in
# full, three letters ("Joi, 11.02.2027"), with "mie", "vin", "sâm", "dum" for the others
SHORT_WEEKDAY_LANGUAGES = ("ro",)


def _short_weekdays() -> dict[str, frozenset[int]]:
    """Weekday abbreviations too short or too ambiguous to stand alone ("do", "di", "wo",
    "Mar." for mardi, "sáb"): a name of two or three letters left out of WEEKDAYS, with every
    weekday it means in any language. dates.py reads them only right before a numeric date,
    where they may settle its day/month order and never put it in doubt."""
    out: dict[str, set[int]] = {}
    for code in (*LANGUAGES, *SHORT_WEEKDAY_LANGUAGES):
        info = _language_data(code)
        for index, key in enumerate(_WEEKDAY_KEYS):
            for name in info.get(key, []):
                name = name.lower().rstrip(".")
                if 2 <= len(name) <= 3 and name.isalpha() and name not in WEEKDAYS:
                    out.setdefault(name, set()).add(index)
    return {name: frozenset(days) for name, days in out.items()}


SHORT_WEEKDAYS = _short_weekdays()
