# ruff: noqa: RUF001, RUF003  (Cyrillic labels: the letters are meant)
"""Printed label vocabulary with how much each label can be trusted.

English and Polish, plus the German Tagesdisposition ("Dispo": Drehtag, Arbeitsbeginn,
Drehbeginn, Motiv, nächstgelegenes Krankenhaus; dewiki "Tagesdisposition", movie-college.de
"Dispo") and the French feuille de service (jour de tournage, rendez-vous équipe, PAT "prêt à
tourner", décor, hôpital le plus proche; clcf.com "call sheet", laboiteavideos.com "feuille de
service"), so a sheet in those languages reads as a call sheet and goes to review at worst.

Issue 15 adds the Spanish / Latin American "orden de rodaje" / "hoja de llamado" (citación,
llamado, localización / locación, hospital más cercano, salida / puesta del sol), the Italian
"ordine del giorno" (convocazione troupe, pronto soccorso, alba / tramonto), the Dutch
"callsheet" (verzameltijd, draaidag, locatie, dichtstbijzijnde ziekenhuis), the Nordic
"dagsplan" (SV samling / inspelningsplats / närmaste sjukhus, DA mødetid / optagested /
nærmeste sygehus, NO oppmøte / opptakssted / legevakt), the Czech / Slovak "denní dispozice"
(sraz / zraz štábu, natáčecí den, místo natáčení, nemocnice) and Québec French (appel général,
appel équipe), with Portuguese where it shares the shape; department calls of each language
stay someone else's (NOT_CREW / NOT_CREW_AFTER), lunch and wrap go to OTHER_TIMES.
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.extract.reader.lazy_re import lazy

# Words that, just before a call label, make it someone else's call (not the general crew call).
NOT_CREW = frozenset(
    {
        "production",
        "talent",
        "cast",
        "camera",
        "grip",
        "grips",
        "electric",
        "sparks",
        "hmu",
        "makeup",
        "make-up",
        "hair",
        "wardrobe",
        "costume",
        "art",
        "sound",
        "shooting",
        "lunch",
        "wrap",
        "breakfast",
        "approximate",
        "est",
        "pre",
        "early",
        "charakteryzacja",
        "kostiumy",
        "obsada",
        "aktorzy",
        "client",
        "agency",
        "klient",
        "agencja",
        "stunt",
        "stunts",
        "extras",
        "background",
        "bg",
        "vtr",
        "transport",
        "catering",
        "rehearsal",
        "first",
        "1st",
        # departments printed before the call word: NL "Cast verzameltijd", NO "Sminke oppmøte",
        # CS "Maska sraz"
        "sminke",
        "smink",
        "grime",
        "maske",
        "maska",
        "kostym",
        "kostume",
        "kostyme",
        "kostuum",
        "skådespelare",
        "skuespillere",
        "skuespiller",
        "statister",
        "figuranten",
        "acteurs",
        "productie",
        "produktion",
        "produksjon",
        "produkce",
        "herci",
        "komparz",
        # Polish extras: 'Statyści – zbiórka 7:30' (labelling's _named_group_call)
        "statyści",
        "statystów",
    }
)

# Words that, just AFTER a call label, make it someone else's call ("Zbiórka produkcji",
# "Call - camera", "Call (cast)"); Polish department names in the genitive.
NOT_CREW_AFTER = NOT_CREW | frozenset(
    {
        "produkcji",
        "obsady",
        "aktorów",
        "aktorow",
        "kamery",
        "charakteryzacji",
        "kostiumów",
        "dźwięku",
        "światła",
        "scenografii",
        "talentu",
        "actors",
        "artists",
        "client",
        "agency",
        "klienta",
        "agencji",
        "sheet",
        # German and French departments: "Arbeitsbeginn Maske", "Rendez-vous comédiens"
        "maske",
        "kostüm",
        "kamera",
        "licht",
        "ton",
        "darsteller",
        "schauspieler",
        "komparsen",
        "komparserie",
        "ausstattung",
        "szenenbild",
        "produktion",
        "aufnahmeleitung",
        "comédiens",
        "comediens",
        "acteurs",
        "figurants",
        "figuration",
        "hmc",
        "maquillage",
        "coiffure",
        "costumes",
        "habillage",
        "caméra",
        "régie",
        "électros",
        "machinos",
        # Spanish, Portuguese, Italian, Dutch, Nordic, Czech / Slovak departments after the call
        # word: "Citación maquillaje", "Convocazione attori", "Sraz herců", "Appel comédiens"
        "producción",
        "produccion",
        "maquillaje",
        "peluquería",
        "peluqueria",
        "vestuario",
        "actores",
        "reparto",
        "elenco",
        "figuración",
        "figuracion",
        "figurantes",
        "cámara",
        "eléctricos",
        "maquinistas",
        "sonido",
        "arte",
        "produção",
        "maquiagem",
        "figurino",
        "produzione",
        "trucco",
        "parrucco",
        "costumi",
        "attori",
        "comparse",
        "figurazione",
        "macchinisti",
        "elettricisti",
        "fonico",
        "cast",
        "herců",
        "hercov",
        "masky",
        "maskérna",
        "maskerna",
        "maskérny",
        "kostýmy",
        "kostymy",
        "produkcie",
        "komparzu",
        "skådespelare",
        "skuespillere",
        "sminke",
        "smink",
        "statister",
    }
)
# The one owner of the words for another day. English first, which every list of them holds:
# the next day, tomorrow, the advance schedule, the day after (shorthand.py reads these alone)
OTHER_DAY_EN = r"next\s+day|tomorrow|\badvance\b|day\s+after"
# A time or date in this context belongs to another day (the advance schedule, tomorrow's call).
TOMORROW = (
    OTHER_DAY_EN + r"|\bjutr|nast[ęe]pn\w*\s+dzie|dzie[nń]\w*\s+nast[ęe]pn|"
    r"dnia\s+nast|plan\s+na\s+jutro|vordispo|\bfolgetag|\bdemain\b|\blendemain|"
    # Swiss "Vorschau", Portuguese "amanhã" / "prévia", Italian, Czech, Slovak, Nordic, Hungarian
    r"\bvorschau\b|\bamanh[ãa]|\bpr[ée]via\b|\bdomani\b|\bzítra\b|\bzajtra\b|\bimorgon\b|"
    r"\bholnap|"
    # Croatian / Serbian "sutra", Lithuanian "rytoj", Latvian "rīt", Estonian "homme"
    r"\bsutra\b|\bсутра\b|\brytoj\b|\brīt\b|\bhomme\b|"
    # Ukrainian / Russian "завтра"
    r"\bзавтра\b"
)
# "tomorrow" itself, a word a date is written straight after ("tomorrow 14/10"): apart from
# TOMORROW, as it holds a chat's shorthands and words that in a label's context mean morning
TOMORROW_WORD = r"\b(?:tomorrow|tmrw|tmr|tomoz|demain|morgen|jutro|ma[ñn]ana|domani|amanh[ãa])\b"
# A date in this context is when the sheet was made or sent, not the shooting date.
NOT_SHOOT_DATE = (
    r"wys[łl]an|\bsent\b|issued|printed|\bversion\b|\bwersj|generated|updated|revised|"
    r"\brev\b|\bdrukowan|utworzon|aktualizac|\berstellt|\bgesendet|\bversand|\benvoy|\bédit|"
    # Dutch "verstuurd" / "versie", Portuguese "enviado" / "versão", Spanish "enviado"
    r"\bverstuurd|\bverzonden|\bversie\b|\benviad[oa]\b|\bvers[ãa]o\b|"
    # Portuguese / Spanish "Emitida em 11/11/2026 às 19h40", "Emitido el ..." (issued)
    r"\bemitid[oa]s?\b|"
    # Croatian "poslano", Serbian "poslato" / "послато" (sent)
    r"\bposlan|\bposlat|\bпослат|"
    # Hungarian "kiküldve" / "küldve" (sent), Ukrainian "надіслано", Russian "отправлено"
    r"\bkiküldv|\bküldve\b|\bнадіслан|\bотправлен|\bразослан|"
    # Polish "data wydania" / "wystawienia" (date of issue), English "issue date"
    r"\bwydan|\bwystawien|\bissue\s+date|\bdate\s+of\s+issue|"
    # "Amended Sun 26 Apr 2026 18:05", "Re-issued 3/14": when a revision was sent out
    r"\bamended\b|\bre-?issued\b|"
    # German / Swiss "Stand: Sa., 24.10.2026", "Stand vom 2.11.2026": the version's date (as of)
    r"\bstand\s*:|\bstand\s+(?:vom\s+)?\d|"
    # German / Swiss "verschickt: Fr, 15.1.27 / 18.30 h", "versendet am", Czech "odesláno",
    # Estonian "saadetud" (sent)
    r"\bverschickt\b|\bversendet\b|\bodeslán|\bsaadetud\b"
)

CREW_CALL = {
    "general crew call": 1.0,
    "crew call time": 1.0,
    "crew call": 1.0,
    "unit call": 1.0,
    "general call": 1.0,
    "main unit call": 1.0,
    "full crew call": 1.0,
    "main crew call": 1.0,
    "general unit call": 1.0,
    # a soap's studio day: the studio unit's call, beside a location unit's own later call
    "studio unit call": 1.0,
    "studio crew call": 1.0,
    "all staff call": 1.0,  # Korean and Japanese crews in English: "staff" is the whole crew
    # ("STAFF JIPHAP / STAFF CALL", "Staff call 06:30"); a department's ("Production staff
    # call") is run on from its words and weighed down like "Rigging crew call"
    "staff call": 1.0,
    "all crew call": 1.0,
    "all call": 0.95,  # "ALL CALL 07:00": everyone's call, over a crew list's own "CALL" column
    "call time": 0.6,  # often the crew call, but printed for everything
    "originally called": 0.5,  # the call a revision replaced (call_revisions.py)
    "zbiórka ekipy": 1.0,
    "zbiórka": 0.95,
    # Lithuanian: the crew's ("group's") gathering, "Grupės susirinkimas 08:00"
    "grupės susirinkimas": 1.0,
    "filmavimo grupės susirinkimas": 1.0,
    "godzina zbiórki": 1.0,
    "call ekipy": 1.0,
    "call dla ekipy": 1.0,
    # German: the team's start of work (each department may have its own, see NOT_CREW_AFTER)
    "arbeitsbeginn team": 1.0,
    "arbeitsbeginn crew": 1.0,
    "arbeitsbeginn": 0.85,
    "treffpunkt team": 0.9,
    "treffen team": 0.9,
    # "Team-Call: 07:00" beside "Drehbeginn: 08:30" on a Tagesdispo written in film English
    "team call": 1.0,
    "team-call": 1.0,
    # "Drehbeginn Team: 06:30" over "Drehbeginn: 07:30": the team's start, not the first shot;
    # "Treffpunkt: 05:45 Uhr" (the meeting) read only as a time, a place after it is no call
    "drehbeginn team": 0.95,
    "treffpunkt": 0.85,
    # French: the crew's call ("rendez-vous", "RDV", "convocation")
    "rendez-vous équipe": 1.0,
    "rendez-vous technique": 1.0,
    "rdv équipe": 1.0,
    "convocation équipe": 1.0,
    "convocation technique": 1.0,
    "rendez-vous": 0.7,
    "convocation": 0.7,
    # the crew's meeting time under other names: news / documentary "crew meet", "RV"
    # (rendezvous) time; reality-TV "crew in" strips; "call (on set)" is read with its note
    "crew meet": 1.0,
    "crew meet time": 1.0,
    "meet time": 0.9,  # a documentary crew's call ("Meet time: 8:30 AM at the patio")
    "crew rv": 1.0,
    "unit rv": 1.0,
    "rv time": 0.95,
    "crew rendezvous": 1.0,
    "crew in": 0.95,
    "crew arrive": 0.95,
    "crew arrival": 0.95,
    "crew report": 0.95,
    "crew report time": 1.0,
    # Indian ad films: the crew's "reporting time", beside the artists' own reporting
    "crew reporting time": 1.0,
    "crew reporting": 0.95,
    "unit reporting time": 1.0,
    "crew start": 0.9,
    # live and outside-broadcast timings: the crew's arrival at the venue ("CREW ON SITE",
    # after the trucks and the riggers), the first line that is everyone's
    "crew on site": 0.95,
    "all crew on site": 1.0,
    "crew on location": 0.95,
    # Polish: the crew's meeting ("spotkanie", "zbiórka") or start ("początek pracy ekipy")
    "ekipa zbiórka": 1.0,
    "początek pracy ekipy": 1.0,
    "start ekipy": 1.0,
    # Spanish: "citación" (Spain), "llamado" (Latin America) of the crew; Portuguese "chamada"
    "citación general": 1.0,
    "citación equipo técnico": 1.0,
    "citación equipo": 1.0,
    "citación técnica": 1.0,
    "citación de equipo": 1.0,
    "hora de citación": 1.0,
    # Argentine "Horario de citación (equipo)", "Horario de llamado": the crew's call time
    "horario de citación": 1.0,
    "horario de citación equipo": 1.0,
    "horario de llamado": 1.0,
    "citación": 0.8,
    "llamado general": 1.0,
    # Colombian "LLAMADO GENERAL EQUIPO", Spanish "Citación general equipo": the whole crew's
    # general call, its last word the crew's, not the label's value
    "llamado general equipo": 1.0,
    "llamado general de equipo": 1.0,
    "citación general equipo": 1.0,
    "llamado equipo": 1.0,
    "llamado de equipo": 1.0,
    "llamado crew": 1.0,
    "hora de llamado": 1.0,
    "llamado": 0.75,
    "chamada geral": 1.0,
    "chamada equipa": 1.0,
    "chamada equipe": 1.0,
    # ... with its article, as Brazil and Portugal print it: "CHAMADA DA EQUIPE", "da equipa"
    "chamada da equipe": 1.0,
    "chamada da equipa": 1.0,
    # Italian: the crew's "convocazione" (on set)
    "convocazione troupe": 1.0,
    "convocazione generale": 1.0,
    # ... "sul set" (on set) after it is the label's own words, not its value
    "convocazione troupe sul set": 1.0,
    "convocazione generale sul set": 1.0,
    "convocazione sul set": 1.0,
    "orario convocazione": 1.0,
    "convocazione": 0.8,
    # Dutch: "verzameltijd" (the crew's gathering time)
    "verzameltijd crew": 1.0,
    "verzameltijd": 1.0,
    # Nordic: SV "samling", DA "mødetid" / "fremmøde", NO "oppmøte"
    "samling team": 1.0,
    "samling crew": 1.0,
    "samlingstid": 1.0,
    "samling": 0.9,
    "mødetid crew": 1.0,
    "mødetid hold": 1.0,
    "mødetid": 1.0,
    "fremmøde": 0.9,
    "oppmøte crew": 1.0,
    "oppmøte team": 1.0,
    "oppmøtetid": 1.0,
    "oppmøte": 0.95,
    # Czech / Slovak: the crew's meeting ("sraz štábu", "zraz štábu")
    "sraz štábu": 1.0,
    "sraz": 0.9,
    "zraz štábu": 1.0,
    "zraz": 0.9,
    # Swiss German "Besammlung", Italian "ritrovo", Dutch / Flemish "verzamelen", Portuguese
    # "convocatória"
    "besammlung crew": 1.0,
    "besammlung team": 1.0,
    "besammlung": 0.9,
    "ritrovo troupe": 1.0,
    "ritrovo": 0.85,
    "verzamelen crew": 1.0,
    "verzamelen ploeg": 1.0,
    "verzamelen": 0.9,
    # ... and its noun, Flemish "Verzameling ploeg" (the crew's gathering)
    "verzameling ploeg": 1.0,
    "verzameling crew": 1.0,
    "verzameling": 0.85,
    # ... and the general call in Dutch words around the English one ("Algemene call",
    # "Algemene calltijd", "Algemeen verzamelen")
    "algemene call": 1.0,
    "algemene calltijd": 1.0,
    "algemeen verzamelen": 1.0,
    "convocatória geral": 1.0,
    "convocatória": 0.8,
    # Québec French: "appel général" (the crew's general call)
    "appel général": 1.0,
    "appel équipe": 1.0,
    "appel de l'équipe": 1.0,
    "appel technique": 1.0,
    # Croatian / Serbian / Bosnian: the crew's gathering ("zbor", "poziv", "okupljanje ekipe");
    # Baltic: LT "bendras grupės sutelkimas", LV "grupas ierašanās", ET "võttegrupi kogunemine"
    "zbor ekipe": 1.0,
    "poziv ekipe": 1.0,
    "okupljanje ekipe": 1.0,
    "збор екипе": 1.0,
    "позив екипе": 1.0,
    "окупљање екипе": 1.0,
    "bendras grupės sutelkimas": 1.0,
    "grupės sutelkimas": 1.0,
    "grupas ierašanās": 1.0,
    "võttegrupi kogunemine": 1.0,
    # Hungarian: the crew's gathering or call ("stáb gyülekező", "stábhívás", "gyülekező -
    # stáb"); Ukrainian / Russian: the whole group's gathering ("загальний збір групи", "общий
    # сбор группы")
    "stáb gyülekező": 1.0,
    "gyülekező stáb": 1.0,
    "stábhívás": 1.0,
    "stáb hívás": 1.0,
    "gyülekező": 0.9,
    "загальний збір групи": 1.0,
    "загальний збір": 1.0,
    "збір групи": 1.0,
    "общий сбор группы": 1.0,
    "общий сбор": 1.0,
    "сбор группы": 1.0,
}
# Times that are never the crew call; as labels they claim their own values.
OTHER_TIMES = {
    "production call": 1.0,
    "shooting call": 1.0,
    "shoot call": 1.0,
    "camera call": 1.0,
    "talent call": 1.0,
    "cast call": 1.0,
    # the hour the cast must be ready on set (Philippine and Malaysian sheets' 'STANDBY
    # TALENTS' after the call time): the cast's, never the crew's
    "standby talent": 1.0,
    "standby talents": 1.0,
    "standby cast": 1.0,
    "first shot": 1.0,
    "first setup": 1.0,
    "first set-up": 1.0,
    "cast pick-up": 1.0,
    "cast pickup": 1.0,
    "pick-up": 0.9,
    "pickup": 0.9,
    "hot meal": 1.0,
    "crew out": 1.0,
    "początek zdjęć": 1.0,
    "koniec dnia": 1.0,
    "posiłek": 1.0,
    "start zdjęć": 1.0,
    "rozpoczęcie zdjęć": 1.0,
    "koniec zdjęć": 1.0,
    "lunch": 1.0,
    "obiad": 1.0,
    "breakfast": 1.0,
    "śniadanie": 1.0,
    "catering": 0.9,
    "wrap": 1.0,
    "est wrap": 1.0,
    "estimated wrap": 1.0,
    "wrap time": 1.0,
    "camera wrap": 1.0,
    "koniec dnia zdjęciowego": 1.0,
    "weather": 0.9,
    "pogoda": 0.9,
    "drehbeginn": 1.0,
    "drehschluss": 1.0,
    "drehende": 1.0,
    "mittagspause": 1.0,
    "mittagessen": 1.0,
    "frühstück": 1.0,
    "wetter": 0.9,
    "prêt à tourner": 1.0,
    "début de tournage": 1.0,
    "fin de tournage": 1.0,
    "fin de journée": 0.9,
    "déjeuner": 1.0,
    "petit-déjeuner": 1.0,
    "petit déjeuner": 1.0,
    "cantine": 0.9,
    "météo": 0.9,
    "pat": 0.8,  # prêt à tourner: the first take, after the crew's rendez-vous
    # Spanish / Portuguese
    "inicio de rodaje": 1.0,
    "primera toma": 1.0,
    "fin de rodaje": 1.0,
    "fin de jornada": 0.9,
    "fin de llamado": 1.0,
    "comida": 1.0,
    "almuerzo": 1.0,
    "desayuno": 1.0,
    "clima": 0.9,
    "início das filmagens": 1.0,
    "almoço": 1.0,
    # Italian
    "pronti a girare": 1.0,
    "inizio riprese": 1.0,
    "fine riprese": 1.0,
    "fine lavorazione": 1.0,
    "pausa pranzo": 1.0,
    "pranzo": 1.0,
    "colazione": 1.0,
    "meteo": 0.9,
    # Dutch
    "eerste opname": 1.0,
    "einde draaidag": 1.0,
    "ontbijt": 1.0,
    "weersverwachting": 0.9,
    # Nordic
    "inspelningsstart": 1.0,
    "första tagning": 1.0,
    "optagestart": 1.0,
    "første optagelse": 1.0,
    "opptaksstart": 1.0,
    "første opptak": 1.0,
    "lunsj": 1.0,
    "frokost": 1.0,
    "väder": 0.9,
    "vejr": 0.9,
    "været": 0.9,
    # Czech / Slovak
    "začátek natáčení": 1.0,
    "konec natáčení": 1.0,
    "začiatok nakrúcania": 1.0,
    "koniec nakrúcania": 1.0,
    "oběd": 1.0,
    "obed": 1.0,
    "počasí": 0.9,
    "orai": 0.9,  # Lithuanian: the weather
    "oras": 0.9,
    "počasie": 0.9,
    # Québec French: the first shot, lunch ("dîner" in Québec), the planned wrap
    "premier plan": 1.0,
    "dîner": 0.9,
    "fin prévue": 1.0,
    # Croatian / Serbian and Baltic: first shot, meals, wrap
    "početak snimanja": 1.0,
    "kraj snimanja": 1.0,
    "kraj smene": 1.0,
    "kraj smjene": 1.0,
    "ručak": 1.0,
    "doručak": 1.0,
    "filmavimo pradžia": 1.0,
    "pirmas kadras": 1.0,
    "darbo pabaiga": 1.0,
    "pietūs": 1.0,
    "pusryčiai": 1.0,
    "filmēšanas sākums": 1.0,
    "pusdienas": 1.0,
    "brokastis": 1.0,
    "võtete algus": 1.0,
    "võttepäeva lõpp": 1.0,
    "hommikusöök": 1.0,
    "lõuna": 0.9,
    # Hungarian and Ukrainian / Russian: first shot, make-up, meals, wrap
    "forgatás kezdete": 1.0,
    "első felvétel": 1.0,
    "smink": 0.9,
    "reggeli": 0.9,
    "ebéd": 1.0,
    "ebédszünet": 1.0,
    "zárás": 0.9,
    "várható zárás": 1.0,
    "forgatás vége": 1.0,
    "грим": 0.9,
    "початок зйомки": 1.0,
    "початок зйомок": 1.0,
    "начало съёмки": 1.0,
    "начало съемки": 1.0,
    "начало съёмок": 1.0,
    "сніданок": 1.0,
    "завтрак": 1.0,
    "обід": 1.0,
    "обед": 1.0,
    "орієнтовне завершення": 1.0,
    "завершення зйомки": 1.0,
    "кінець зміни": 1.0,
    "окончание смены": 1.0,
    "окончание съёмки": 1.0,
    "конец смены": 1.0,
}
# The times above that end the day: the crew call must come some hours before them (sanity).
WRAP = frozenset(
    {"wrap", "est wrap", "estimated wrap", "wrap time", "camera wrap", "crew out"}
    | {"koniec dnia", "koniec zdjęć", "koniec dnia zdjęciowego", "drehschluss", "drehende"}
    | {"fin de tournage", "fin de journée", "fin de rodaje", "fin de jornada", "fin de llamado"}
    | {"fine riprese", "fine lavorazione", "einde draaidag", "konec natáčení"}
    | {"koniec nakrúcania", "fin prévue", "kraj snimanja", "kraj smene", "kraj smjene"}
    | {"darbo pabaiga", "võttepäeva lõpp", "zárás", "várható zárás", "forgatás vége"}
    | {"орієнтовне завершення", "завершення зйомки", "кінець зміни", "окончание смены"}
    | {"окончание съёмки", "конец смены"}
)
DATE = {
    "date": 1.0,
    "shoot date": 1.0,
    "shooting date": 1.0,
    "data": 1.0,
    "data zdjęć": 1.0,
    # a Polish plan's "Termin:" (the appointed day) and "Termin zdjęć" (the shoot's date)
    "termin": 0.9,
    "termin zdjęć": 1.0,
    "dzień zdjęciowy": 0.9,
    "datum": 1.0,
    "drehdatum": 1.0,
    "drehtag": 0.9,
    "date de tournage": 1.0,
    "jour de tournage": 0.9,
    "fecha": 1.0,
    "fecha de rodaje": 1.0,
    "día de rodaje": 0.9,
    "data de gravação": 1.0,
    "data de filmagem": 1.0,
    "data riprese": 1.0,
    "giorno di ripresa": 0.9,
    "draaidag": 0.9,
    "opnamedag": 0.9,
    "dato": 1.0,
    "inspelningsdag": 0.9,
    "optagedag": 0.9,
    "opptaksdag": 0.9,
    "dátum": 1.0,
    "natáčecí den": 0.9,
    "den natáčení": 0.9,
    "natáčací deň": 0.9,
    # Croatian / Serbian, Latvian, Estonian ("Data" is Lithuanian too)
    "datum snimanja": 1.0,
    "датум снимања": 1.0,
    "датум": 1.0,
    "datums": 1.0,
    "kuupäev": 1.0,
    # Hungarian "Forgatási nap dátuma", Ukrainian "Дата зйомки", Russian "Дата съёмки"
    "forgatási nap dátuma": 1.0,
    "forgatás dátuma": 1.0,
    "forgatás napja": 0.9,
    "дата зйомки": 1.0,
    "дата зйомок": 1.0,
    "дата съёмки": 1.0,
    "дата съемки": 1.0,
    "дата": 1.0,
}
OTHER_DATES = {
    "data wysłania": 1.0,
    "data wydania": 1.0,
    "data wystawienia": 1.0,
    "issue date": 1.0,
    "date of issue": 1.0,
    "date sent": 1.0,
    "date issued": 1.0,
    "issued": 1.0,
    "sent": 0.9,
    "printed": 1.0,
    "version": 0.9,
    "wersja": 0.9,
    "wersja z dnia": 1.0,
    "generated": 0.9,
    "updated": 0.9,
    "revised": 0.9,
    # an outdoor shoot's fallback day printed beside the shoot date: "RAIN DATE", "Weather
    # day", "Back-up date", Polish "Termin zapasowy", German "Ausweichtermin"
    "rain date": 1.0,
    "rain day": 1.0,
    "weather date": 1.0,
    "weather day": 1.0,
    "backup date": 1.0,
    "back-up date": 1.0,
    "alternate date": 1.0,
    "standby date": 1.0,
    "termin zapasowy": 1.0,
    "dzień zapasowy": 1.0,
    "ausweichtermin": 1.0,
    "verschickt": 0.9,
    "versendet": 0.9,
}
PRODUCTION = {
    "production title": 1.0,
    "title": 0.9,
    "show": 0.85,
    # news and documentary crews name the item by its slug; the programme is the strand
    "slug": 1.0,
    "programme": 0.8,
    "program": 0.8,
    "project": 0.85,
    "job name": 0.8,
    # a commercial's job: "Job  Harbour Bank 'Savers' 30\"" (the spot, its length)
    "job": 0.7,
    "tytuł": 0.9,
    "produkcja": 0.9,
    "projekt": 0.85,
    "film": 0.7,
    "arbeitstitel": 1.0,
    "titel": 0.9,
    "produktion": 0.9,
    "titre": 0.9,
    "titre du film": 1.0,
    "título": 0.9,
    "titolo": 0.9,
    "tittel": 0.9,
    "název": 0.9,
}
LOCATION = {
    "set location": 1.0,
    "shooting location": 1.0,
    "shoot location": 1.0,
    "filming location": 1.0,
    "location address": 1.0,
    "set address": 1.0,
    "main unit location": 1.0,
    "location": 0.95,
    # an aerial (drone) unit's set: where the aircraft takes off and lands ("TAKE-OFF /
    # LANDING ZONE (TOLZ)", "Takeoff & landing zone"), the crew works there
    "take-off landing zone": 0.95,
    "takeoff landing zone": 0.95,
    "take-off and landing zone": 0.95,
    "takeoff and landing zone": 0.95,
    # the set under its other names: "<verb> address", a location printed with the parking it
    # shares, a venue (events, music videos)
    "filming address": 1.0,
    "shoot address": 1.0,
    "shooting address": 1.0,
    "location & parking": 1.0,
    "location and parking": 1.0,
    "venue": 0.85,
    "venue address": 1.0,
    "obiekt zdjęciowy": 1.0,
    "lokacje": 0.9,
    "lokacja": 0.95,
    "lokalizacja": 0.9,
    "miejsce zdjęć": 0.95,
    # television records rather than shoots: "MIEJSCE NAGRANIA" (a show's, a concert's
    # recording), "Miejsce nagrań" (a series of them)
    "miejsce nagrania": 0.95,
    "miejsce nagrań": 0.95,
    "adres planu": 1.0,
    # a DPP's OBIEKTY table (Lp. / OBIEKT / ADRES OBIEKTU / SCENY / GODZ.): the set's address
    # column, the day's main set its first row
    "adres obiektu": 1.0,
    "plan zdjęciowy adres": 1.0,
    "drehort": 1.0,
    "motivadresse": 1.0,
    "adresse motiv": 1.0,
    "lieu de tournage": 1.0,
    # French sheets print the set's address as "Adresse de tournage" (beside "Décor", the set's
    # description) and the place's word alone as "Lieu"
    "adresse de tournage": 1.0,
    "adresse du décor": 1.0,
    "adresse décor": 1.0,
    "localización": 0.95,
    "localizaciones": 0.9,
    "locación": 0.95,
    "locaciones": 0.9,
    "lugar de rodaje": 1.0,
    "locação": 0.95,
    "local de filmagem": 1.0,
    "local de gravação": 1.0,
    "luogo delle riprese": 1.0,
    "luogo di ripresa": 1.0,
    "indirizzo set": 1.0,
    "locatie": 0.95,
    "draailocatie": 1.0,
    "opnamelocatie": 1.0,
    "inspelningsplats": 1.0,
    "optagested": 1.0,
    "opptakssted": 1.0,
    "lokasjon": 0.95,
    "lokation": 0.95,  # Danish
    "lokace": 0.95,
    "místo natáčení": 1.0,
    "lokácia": 0.95,
    "miesto nakrúcania": 1.0,
    "miesto natáčania": 1.0,  # Slovak's other word for filming ("denný plán natáčania")
    # Hungarian "Helyszín" / "Forgatási helyszín"; Ukrainian / Russian "Локація", "Об'єкт",
    # "Объект", "Місце зйомки", "Место съёмки"
    "helyszín": 0.95,
    "forgatási helyszín": 1.0,
    "локація": 0.95,
    "локация": 0.95,
    "об'єкт": 0.9,
    "обʼєкт": 0.9,
    "объект": 0.9,
    "місце зйомки": 1.0,
    "место съёмки": 1.0,
    "место съемки": 1.0,
    # Croatian / Serbian / Bosnian and Baltic: the set ("lokacija", "filmavimo vieta",
    # "filmēšanas vieta", "võttekoht")
    "lokacija": 0.95,
    "lokacija snimanja": 1.0,
    "mjesto snimanja": 1.0,
    "mesto snimanja": 1.0,
    "локација": 0.95,
    "filmavimo vieta": 1.0,
    "filmēšanas vieta": 1.0,
    "võttekoht": 1.0,
}
BASE = {
    "unit base": 1.0,
    "unit base crew parking": 1.0,
    "unit base & crew parking": 1.0,
    "basecamp": 1.0,
    "base camp": 1.0,
    "crew parking": 0.9,
    "unit base & parking": 1.0,
    "base address": 1.0,
    "parking address": 1.0,
    "unit parking": 0.9,
    "baza": 0.95,
    "bazė": 0.95,  # Lithuanian "Bazė / stovėjimas"
    "baza techniczna": 1.0,
    "parking ekipy": 0.9,
    "basislager": 1.0,
    "basis parken": 1.0,  # "Basis / Parken"
    "base technique": 1.0,
    "base vie": 1.0,
    "parking équipe": 0.9,
    "base parking": 1.0,  # "Base / parking"
    "base estacionamiento": 1.0,
    "campo base": 1.0,
    "base parcheggio": 1.0,  # Italian "Base / parcheggio (troupe)"
    "basiskamp": 1.0,
    "zázemí": 0.95,
    "zázemí parkování": 1.0,
    "základňa": 0.95,
    "základňa parkovanie": 1.0,
    "stationnement": 0.8,
    # Hungarian "Bázis / parkolás"; Ukrainian "Базування / парковка"; Russian "Стоянка
    # транспорта"
    "bázis": 0.95,
    "bázis parkolás": 1.0,
    "базування": 0.95,
    "базування парковка": 1.0,
    "стоянка транспорта": 1.0,
}
HOSPITAL = {
    "nearest hospital": 1.0,
    "hospital": 0.95,
    "nearest a&e": 1.0,
    "a&e": 0.9,
    "nearest emergency": 1.0,
    "emergency room": 0.9,
    "nearest er": 1.0,  # US sheets: the nearest emergency room
    "closest er": 1.0,
    "nearest emergency room": 1.0,
    "nearest urgent care": 0.9,
    # the emergency department under its other names (UK/IE "A&E", "ED", "casualty"; a 24-hour
    # emergency unit; Polish "SOR", szpitalny oddział ratunkowy)
    "emergency department": 1.0,
    "nearest emergency department": 1.0,
    "nearest ed": 1.0,
    "nearest casualty": 1.0,
    "24hr emergency": 1.0,
    "24 hr emergency": 1.0,
    "24h emergency": 1.0,
    "24-hour emergency": 1.0,
    "24 hour emergency": 1.0,
    "24hr a&e": 1.0,
    "closest hospital": 1.0,
    "closest a&e": 1.0,
    "closest emergency": 1.0,
    "nearest medical": 0.9,
    # UK / Irish drama: the hospital the unit uses, in a block of its own ('UNIT HOSPITAL')
    "unit hospital": 1.0,
    "najbliższy sor": 1.0,
    "najbliższy szpital sor": 1.0,
    # "Najbliższy szpital z SOR" (the nearest hospital with an emergency unit): the "z" read
    # as part of the label, not its value ('z SOR')
    "najbliższy szpital z sor": 1.0,
    "szpital z sor": 1.0,
    "oddział ratunkowy": 0.95,
    "najbliższy szpital": 1.0,
    "szpitalny oddział ratunkowy": 1.0,
    # the hospital on emergency duty that day (Polish "szpital dyżurny", a city's hospitals
    # take the emergency intake in turns)
    "szpital dyżurny": 1.0,
    "dyżurny szpital": 1.0,
    # ... in English as sheets translate it (Greek "εφημερεύον νοσοκομείο", Polish "dyżurny")
    "on-duty hospital": 1.0,
    "on duty hospital": 1.0,
    "duty hospital": 1.0,
    "hospital on duty": 1.0,
    "nächstes krankenhaus": 1.0,
    "nächstgelegenes krankenhaus": 1.0,
    "notaufnahme": 0.95,
    "hôpital le plus proche": 1.0,
    # Québécois "HÔPITAL LE PLUS PRÈS" (the nearest hospital, près for proche)
    "hôpital le plus près": 1.0,
    "hopital le plus pres": 1.0,
    "urgences": 0.9,
    "hospital más cercano": 1.0,
    "urgencias": 0.9,
    # Chilean "URGENCIA MÁS CERCANA" (the nearest emergency room) over the hospital's name
    "urgencia más cercana": 1.0,
    "urgencia mas cercana": 1.0,
    "hospital mais próximo": 1.0,
    # Portugal's A&E is the hospital's "urgência" ("Serviço de Urgência", "Urgência: ...")
    "urgência": 0.9,
    "urgências": 0.9,
    "pronto-socorro": 1.0,
    "pronto soccorso": 1.0,
    "ospedale più vicino": 1.0,
    "dichtstbijzijnde ziekenhuis": 1.0,
    "spoedeisende hulp": 0.95,
    "dichtstbijzijnde spoeddienst": 1.0,
    "spoeddienst": 0.9,
    # the emergency department as Dutch sheets name it: SEH (spoedeisende hulp), eerste hulp,
    # Flemish "spoed" / "spoedgevallen"
    "dichtstbijzijnde seh": 1.0,
    "dichtstbijzijnde eerste hulp": 1.0,
    "dichtstbijzijnde spoed": 1.0,
    "eerste hulp": 0.9,
    "spoedgevallen": 0.9,
    "seh": 0.85,
    "närmaste sjukhus": 1.0,
    "närmaste akutmottagning": 1.0,
    "akutmottagning": 0.95,
    "nærmeste sygehus": 1.0,
    "nærmeste hospital": 1.0,
    "nærmeste skadestue": 1.0,
    "skadestue": 0.9,
    "akutmodtagelse": 0.95,
    "nærmeste sykehus": 1.0,
    "nærmeste legevakt": 1.0,
    "nærmeste akuttmottak": 1.0,  # Norwegian: the emergency ward, two t's
    "akuttmottak": 0.95,
    "nejbližší nemocnice": 1.0,
    "najbližšia nemocnica": 1.0,
    "pohotovost": 0.9,
    "pohotovosť": 0.9,
    # Croatian / Serbian / Bosnian and Baltic: the nearest hospital and its emergency intake
    "najbliža bolnica": 1.0,
    "najbliža bolnica hitni prijem": 1.0,
    "najbliža bolnica urgentni prijem": 1.0,
    "hitni prijem": 0.95,
    "urgentni prijem": 0.95,
    "најближа болница": 1.0,
    "artimiausia ligoninė": 1.0,
    "tuvākā slimnīca": 1.0,
    "lähim haigla": 1.0,
    # Hungarian "Legközelebbi kórház", Ukrainian "Найближча лікарня", Russian "Ближайшая
    # больница"
    "legközelebbi kórház": 1.0,
    "найближча лікарня": 1.0,
    "ближайшая больница": 1.0,
}
SUNRISE = {"sunrise": 1.0, "wschód słońca": 1.0, "wschód": 0.9, "sonnenaufgang": 1.0}
SUNRISE |= {"sun up": 1.0, "sunup": 1.0, "sun rise": 1.0}
SUNRISE |= {"lever du soleil": 1.0, "lever": 0.8}
SUNRISE |= {"salida del sol": 1.0, "amanecer": 1.0, "nascer do sol": 1.0, "alba": 0.9}
SUNRISE |= {"zonsopgang": 1.0, "soluppgång": 1.0, "solopgang": 1.0, "soloppgang": 1.0}
SUNRISE |= {"zonsopkomst": 1.0, "zon op": 0.9}
SUNRISE |= {"východ slunce": 1.0, "východ slnka": 1.0}
SUNRISE |= {"izlazak sunca": 1.0, "излазак сунца": 1.0, "saulėtekis": 1.0, "saullēkts": 1.0}
SUNRISE |= {"päikesetõus": 1.0, "napkelte": 1.0, "схід сонця": 1.0, "схід": 0.9}
SUNRISE |= {"восход солнца": 1.0, "восход": 0.9}
SUNSET = {"sunset": 1.0, "zachód słońca": 1.0, "zachód": 0.9, "sonnenuntergang": 1.0}
SUNSET |= {"sun down": 1.0, "sundown": 1.0, "sun set": 1.0}
SUNSET |= {"puesta del sol": 1.0, "puesta de sol": 1.0, "pôr do sol": 1.0, "tramonto": 1.0}
SUNSET |= {"atardecer": 1.0, "ocaso": 0.9}  # Spanish sheets pair "Amanecer" with "Atardecer"
SUNSET |= {"zonsondergang": 1.0, "solnedgång": 1.0, "solnedgang": 1.0, "zon onder": 0.9}
SUNSET |= {"západ slunce": 1.0, "západ slnka": 1.0}
SUNSET |= {"zalazak sunca": 1.0, "залазак сунца": 1.0, "saulėlydis": 1.0, "saulriets": 1.0}
SUNSET |= {"päikeseloojang": 1.0, "napnyugta": 1.0, "захід сонця": 1.0, "захід": 0.9}
SUNSET |= {"заход солнца": 1.0, "закат": 1.0}
# the first word of a pair sharing its noun ("Východ / západ slnka", "Sončni vzhod / zahod",
# "Izlazak / zalazak sunca"), as "Wschód / zachód słońca": each word alone names its time
SUNRISE |= {"východ": 0.9, "vzhod": 0.9, "izlazak": 0.9}
SUNSET |= {"západ": 0.9, "zahod": 0.9, "zalazak": 0.9}
# Abbreviated sun labels ("wsch. 4.56 zach. 20.41", "Sonnenaufg.", "Sonnenunterg."): labels
# only when printed with their abbreviation mark ("Zach" is also a first name).
SUN_ABBREVIATED = {"sunrise": {"wsch": 0.9, "wsch sł": 1.0, "sonnenaufg": 1.0}}
SUN_ABBREVIATED["sunset"] = {"zach": 0.9, "zach sł": 1.0, "sonnenunterg": 1.0}
ABBREVIATIONS = frozenset(p for t in SUN_ABBREVIATED.values() for p in t)
SUNSET |= {"coucher du soleil": 1.0, "coucher": 0.8}
SAFETY = {"safety": 0.9, "safety notes": 1.0, "health & safety": 1.0, "bhp": 1.0}
NOTES = {"notes": 0.9, "general notes": 1.0, "uwagi": 1.0, "bemerkungen": 1.0, "remarques": 1.0}
NOTES |= {"notas": 1.0, "observaciones": 1.0, "opmerkingen": 1.0, "anteckningar": 1.0}
NOTES |= {"bemærkninger": 1.0, "merknader": 1.0, "poznámky": 1.0, "poznámka": 1.0}
EQUIPMENT = {"equipment": 0.9, "special equipment": 1.0, "sprzęt": 1.0}
# Other headings: they own no field but bound the cells of their neighbours.
OTHER_HEADINGS = {
    "call sheet": 1.0,
    "callsheet": 1.0,
    "director": 0.9,
    "producer": 0.9,
    "reżyser": 0.9,
    "contacts": 0.9,
    "kontakty": 0.9,
    "police": 0.9,
    "policja": 0.9,
    "fire": 0.8,
    "production company": 0.9,
    "production manager": 0.9,
    "production office": 0.9,
    "production numbers": 0.9,
    "production notes": 0.9,
    # the locations department's people, not a place: "Location Contact: <name, phone>"
    "location contact": 1.0,
    "location manager": 1.0,
    "locations manager": 1.0,
    "location scout": 1.0,
    "locations dept": 1.0,
    "locations department": 1.0,
    "location department": 1.0,
    "site contact": 1.0,
    "tagesdisposition": 1.0,
    "feuille de service": 1.0,
    "regie": 0.9,
    "produzent": 0.9,
    "aufnahmeleitung": 0.9,
    "réalisateur": 0.9,
    "réalisation": 0.9,
    "polizei": 0.9,
    "feuerwehr": 0.8,
    "pompiers": 0.8,
    # (the documents' own names, "DAGSPLAN", "ORDINE DEL GIORNO", are CALL_SHEET_MARKERS only:
    # as a heading label they would own the title printed under them)
    "regista": 0.9,
    "režisér": 0.9,
    "režie": 0.9,
    # where cast and background wait (US: "HOLDING" beside "LOCATION" and "TRUCKS / BASECAMP"
    # in a row of place cells): neither the set nor the base; alone in its cell or with a colon
    "holding": 0.8,
    "holding area": 0.9,
    "bg holding": 0.9,
    "background holding": 0.9,
    "extras holding": 0.9,
}

# Generic words that head a field only as a cell's label (numbered, with a colon, or alone);
# kept out of the tables above, which classify.py also reads as evidence of a call sheet.
WEAK = {
    # a bare "Call:" cell (any qualifier makes it someone else's); a documentary crew's "Meet
    # 0830 at the gate", the crew's meeting time alone in its cell (a person confirms it: the
    # contributor may be met elsewhere)
    "call": {"call": 0.5, "meet": 0.8},
    # "Ekipa" / "Crew" over a time in an hour strip: the crew's time; alone, the word heads a
    # crew list, so it owns only a value that is nothing but a time (BARE_TIME_ONLY)
    # Polish and French hour tables head the crew's time "Ekipa" / "Équipe" (beside
    # "Charakteryzacja", "Comédiens"); an English "CREW" alone is also a crew list's heading
    "crew": {"ekipa": 0.9, "équipe": 0.9, "crew": 0.85, "team": 0.8},
    # ... and its Spanish / Portuguese word, only as a header grid's key (GRID_KEY_ONLY)
    "production": {"production": 0.9, "producción": 0.9, "produccion": 0.9, "produção": 0.9},
    # UK: "Main Unit: <the set>"; a studio or site alone over its address
    "location": {"set": 0.8, "obiekt": 0.9, "main unit": 0.8, "studio": 0.8, "site": 0.8}
    | {"miejsce": 0.8, "locations": 0.85}  # "Locations:" (alone, a crew list's department)
    | {"loc": 0.85}  # "LOC #1", "Loc 2:" (US sheets number their sets), never a word alone
    # Polish "Plan: <the set>" ("na planie", on set); only with a colon: "PLAN ZDJĘCIOWY" and
    # "Plan dnia" are the sheet's name, an English "Plan" a weather cover's
    | {"plan": 0.85}
    # a memo's or brief's section headed "Where" (alone on its line, or "Where:") is the set
    | {"where": 0.8}
    # ... and its Polish word, a card's heading over the set ("GDZIE", beside "BAZA / PARKING",
    # "SOR" on a music video's plan)
    | {"gdzie": 0.8},
    "base": {"parking": 0.7, "base": 0.8},  # UK/IE drama sheets: "BASE: <address>"
    "hospital": {"sor": 0.9, "emergency": 0.85, "casualty": 0.85, "notfall": 0.85},
    "address": {"address": 0.9, "adres": 0.9},
}
# The same for German and French: "Motiv" and "Décor" also head a scene table's column, and
# hospitals are named with the word ("Hôpital Hôtel-Dieu", "Krankenhaus Nordwest", "Szpital
# Uniwersytecki"): at a value's start it is the name, with a colon or alone it is a label.
WEAK_DE_FR = {
    "location": {"motiv": 0.9, "décor": 0.9, "decor": 0.9, "motívum": 0.9},
    "hospital": {"krankenhaus": 0.95, "hôpital": 0.95, "hopital": 0.95, "szpital": 0.95}
    | {"ospedale": 0.95, "ziekenhuis": 0.95, "sjukhus": 0.95, "sygehus": 0.95, "sykehus": 0.95}
    | {"legevakt": 0.9, "nemocnice": 0.95, "nemocnica": 0.95, "spital": 0.95}
    | {"kórház": 0.95, "лікарня": 0.95, "больница": 0.95},
    "base": {"basis": 0.8, "parken": 0.7},
    "address": {"adresse": 0.9, "dirección": 0.9, "indirizzo": 0.9, "adresa": 0.9}
    | {"endereço": 0.9, "adress": 0.9, "cím": 0.9, "адреса": 0.9, "адрес": 0.9}
    | {"adresas": 0.9}
    | {"morada": 0.9},  # Portugal's word for an address ("Morada: Rua ..., 7000-804 Évora")
}

# Finnish "päiväohjelma" (kokoontuminen, yleiskutsu, kuvauspaikka, tukikohta, lähin päivystys,
# aurinko nousee / laskee), Turkish "günlük çekim programı" (ekip toplanma, genel çağrı, mekân,
# araç parkı, en yakın hastane, gün doğumu / batımı) and Indonesian "jadwal syuting" (call time
# kru / kolingan, kumpul kru, lokasi, alamat, parkir, rumah sakit terdekat, terbit / terbenam).
# Turkish capitals lower-case with a dotted i ("EKİP" -> "eki\u0307p"): both spellings are listed.


def _both_cases(table: dict[str, float]) -> dict[str, float]:
    """Each phrase also as a Turkish capital line lower-cases ("İ" -> "i\u0307", "I" -> "i")."""
    caps = {
        p.replace("i", "\u0130").replace("\u0131", "I").upper().lower(): q for p, q in table.items()
    }
    return table | caps


CREW_CALL |= _both_cases(
    {
        "kokoontuminen": 0.95,
        "työryhmän kokoontuminen": 1.0,
        "työryhmän yleiskutsu": 1.0,
        "yleiskutsu": 0.95,
        "työryhmä paikalla": 1.0,
        "ekip toplanma": 1.0,
        "ekip toplanma saati": 1.0,
        "genel çağrı": 1.0,
        "ekip çağrı saati": 1.0,
        "ekip çağrı": 1.0,
        "ekip çağrısı": 1.0,
        "call time kru": 1.0,
        "kolingan": 1.0,
        "kumpul kru": 1.0,
        "kru kumpul": 0.9,
    }
)
OTHER_TIMES |= _both_cases(
    {
        "kuvaukset alkavat": 1.0,
        "ensimmäinen otto": 1.0,
        "lounas": 1.0,
        "aamiainen": 1.0,
        "arvioitu lopetus": 1.0,
        "lopetus": 0.9,
        "ilk çekim": 1.0,
        "çekim başlangıcı": 1.0,
        "öğle yemeği": 1.0,
        "yemek arası": 1.0,
        "kahvaltı": 1.0,
        "paydos": 1.0,
        "hava durumu": 0.9,
        "take pertama": 1.0,
        "sarapan": 1.0,
        "ishoma": 1.0,
        "estimasi wrap": 1.0,
        "estimasi selesai": 1.0,
        "cuaca": 0.9,
    }
)
WRAP |= {"arvioitu lopetus", "lopetus", "paydos", "estimasi wrap", "estimasi selesai"}
DATE |= _both_cases({"päivämäärä": 1.0, "pvm": 1.0, "tarih": 1.0, "tanggal": 1.0})
DATE |= {"hari tanggal": 1.0}
OTHER_DATES |= {"lähetetty": 0.9, "gönderildi": 0.9, "dikirim": 0.9}
LOCATION |= _both_cases(
    {
        "kuvauspaikka": 1.0,
        "kuvauspaikan osoite": 1.0,
        "mekân": 0.9,
        "mekan": 0.9,
        "çekim yeri": 1.0,
        "lokasi": 0.95,
        "lokasi syuting": 1.0,
    }
)
BASE |= _both_cases(
    {
        "tukikohta": 1.0,
        "tukikohta pysäköinti": 1.0,
        "araç parkı": 0.9,
        "araç parkı base": 1.0,
        "parkir base camp": 1.0,
        "parkir": 0.8,
    }
)
HOSPITAL |= _both_cases(
    {
        "lähin päivystys": 1.0,
        "lähin sairaala": 1.0,
        "lähin sairaala päivystys": 1.0,
        "päivystys": 0.85,
        "en yakın hastane": 1.0,
        "en yakın acil": 1.0,
        "rumah sakit terdekat": 1.0,
        "igd": 0.9,
    }
)
SUNRISE |= _both_cases(
    {"aurinko nousee": 1.0, "auringonnousu": 1.0, "gün doğumu": 1.0, "matahari terbit": 1.0}
)
SUNRISE |= {"terbit": 0.9}
SUNSET |= _both_cases(
    {"aurinko laskee": 1.0, "auringonlasku": 1.0, "laskee": 0.8, "gün batımı": 1.0}
)
SUNSET |= {"matahari terbenam": 1.0, "terbenam": 0.9}
WEAK_DE_FR["address"] |= {"osoite": 0.9, "alamat": 0.9}
TOMORROW += r"|\bhuomenna\b|\bseuraava\s+kuvausp|\byar[ıi]n\b|\bbesok\b"
NOT_SHOOT_DATE += r"|\blähetetty|\btulostettu|\bgönderil|\bdikirim|\bdicetak"

# Catalan "ordre de rodatge" / "full de citacions" (citació = call, hora de citació = call
# time, localització / lloc de rodatge = location, decorat = set, hospital més proper =
# nearest hospital, sortida / posta del sol = sunrise / sunset, dinar = lunch, esmorzar =
# breakfast, primera presa = first take, fi de rodatge = wrap)
CREW_CALL |= {
    "citació": 0.8,
    "hora de citació": 1.0,
    "citació general": 1.0,
    "citació equip": 1.0,
    "citació d'equip": 1.0,
    "citació equip tècnic": 1.0,
    "citació tècnica": 1.0,
}
NOT_CREW_AFTER |= {"maquillatge", "perruqueria", "vestuari", "repartiment", "figuració"}
NOT_CREW_AFTER |= {"producció", "càmera", "actrius", "intèrprets"}
OTHER_TIMES |= {"inici de rodatge": 1.0, "primera presa": 1.0, "fi de rodatge": 1.0}
OTHER_TIMES |= {"final de rodatge": 1.0, "dinar": 1.0, "esmorzar": 1.0, "temps": 0.8}
WRAP |= {"fi de rodatge", "final de rodatge"}
DATE |= {"data de rodatge": 1.0, "dia de rodatge": 0.9}
LOCATION |= {"localització": 0.95, "localitzacions": 0.9, "lloc de rodatge": 1.0}
LOCATION |= {"adreça del decorat": 1.0}
BASE |= {"campament base": 1.0, "aparcament equip": 0.9, "base aparcament": 1.0}
HOSPITAL |= {"hospital més proper": 1.0, "urgències": 0.9, "centre d'urgències": 1.0}
SUNRISE |= {"sortida del sol": 1.0, "sortida de sol": 1.0}
SUNSET |= {"posta del sol": 1.0, "posta de sol": 1.0}
# "Decorat" heads a scene table's column too (like French "Décor"): a label only when marked
WEAK_DE_FR["location"] |= {"decorat": 0.9}
WEAK_DE_FR["address"] |= {"adreça": 0.9}

# Vietnamese "lịch quay" (shooting schedule): giờ tập trung = gathering time (the crew call),
# đoàn = crew, ngày quay = shooting day, địa điểm (quay) = (shooting) place, bệnh viện gần
# nhất = nearest hospital, bình minh / mặt trời mọc = sunrise, hoàng hôn / mặt trời lặn =
# sunset, ăn sáng / ăn trưa = breakfast / lunch, cảnh quay đầu tiên = first shot, dự kiến kết
# thúc = expected wrap, bãi đỗ xe = car park. "Tập trung diễn viên" is the cast's call.
CREW_CALL |= {
    "giờ tập trung": 1.0,
    "tập trung đoàn": 1.0,
    "giờ tập trung đoàn": 1.0,
    "đoàn tập trung": 1.0,
    "tập trung": 0.85,
    # đoàn phim = the film crew
    "tập trung đoàn phim": 1.0,
    "giờ tập trung đoàn phim": 1.0,
    "đoàn phim tập trung": 1.0,
}
# "PHIM: <title>" (phim = film), as "Film:"; "Phim điện ảnh" under it is the kind of film
PRODUCTION |= {"phim": 0.7}
# "Proyecto:", "Projet :", "Progetto:", "Projeto:": the project (film, series or spot) by name
PRODUCTION |= {"proyecto": 0.85, "projet": 0.85, "progetto": 0.85, "projeto": 0.85}
# European Portuguese "rodagem" (Brazil's "filmagem" / "gravação"): "LOCAL DE RODAGEM",
# "Dia de rodagem 6 de 18"
LOCATION |= {"local de rodagem": 1.0, "locais de rodagem": 0.9, "local da rodagem": 1.0}
DATE |= {"data de rodagem": 1.0, "dia de rodagem": 0.9, "dia de filmagem": 0.9}
NOT_CREW |= {"diễn", "hóa", "hoá", "phục"}  # diễn viên (cast), hóa trang (make-up), phục trang
NOT_CREW_AFTER |= {"diễn", "hóa", "hoá", "phục"}
OTHER_TIMES |= {"cảnh quay đầu tiên": 1.0, "bắt đầu quay": 1.0, "ăn sáng": 1.0, "ăn trưa": 1.0}
OTHER_TIMES |= {"cơm trưa": 1.0, "dự kiến kết thúc": 1.0, "kết thúc": 0.9, "thời tiết": 0.9}
WRAP |= {"dự kiến kết thúc", "kết thúc"}
DATE |= {"ngày quay": 1.0, "ngày": 0.9}
LOCATION |= {"địa điểm": 0.95, "địa điểm quay": 1.0, "bối cảnh quay": 1.0}
BASE |= {"bãi đỗ xe": 0.9, "bãi đậu xe": 0.9, "khu tập kết": 0.9}
HOSPITAL |= {"bệnh viện gần nhất": 1.0, "cấp cứu": 0.9}
SUNRISE |= {"bình minh": 1.0, "mặt trời mọc": 1.0}
SUNSET |= {"hoàng hôn": 1.0, "mặt trời lặn": 1.0}
WEAK_DE_FR["hospital"] |= {"bệnh viện": 0.95}
WEAK_DE_FR["address"] |= {"địa chỉ": 0.9}

# Greek "πρόγραμμα γυρισμάτων" (shooting schedule): προσέλευση συνεργείου = the crew's arrival
# (the crew call), ώρα προσέλευσης = arrival time, ημερομηνία = date, τοποθεσία / χώρος
# γυρισμάτων = location, πλησιέστερο / κοντινότερο νοσοκομείο = nearest hospital, ανατολή /
# δύση ηλίου = sunrise / sunset, πρώτο πλάνο = first shot, μεσημεριανό = lunch, πρωινό =
# breakfast, τέλος γυρισμάτων = wrap, βάση = base, στάθμευση = parking. Greek capitals drop
# the accent ("ΠΡΟΣΕΛΕΥΣΗ" -> "προσελευση"): both spellings are listed.


def _greek_forms(table: dict[str, float]) -> dict[str, float]:
    """Each phrase also without its accents (tonos), as a capital line lower-cases."""
    plain = {
        "".join(c for c in unicodedata.normalize("NFD", p) if c not in "\u0301\u0341")
        .replace("\u03b9\u0308", "\u03ca")
        .replace("\u03c5\u0308", "\u03cb"): q
        for p, q in table.items()
    }
    return table | {unicodedata.normalize("NFC", p): q for p, q in plain.items()}


CREW_CALL |= _greek_forms(
    {
        "προσέλευση συνεργείου": 1.0,
        "ώρα προσέλευσης": 1.0,
        "ώρα προσέλευσης συνεργείου": 1.0,
        "γενική προσέλευση": 1.0,
        "προσέλευση": 0.85,
        "κλήση συνεργείου": 1.0,
    }
)
NOT_CREW_AFTER |= set(_greek_forms({"ηθοποιών": 1.0, "μακιγιάζ": 1.0, "παραγωγής": 1.0}))
OTHER_TIMES |= _greek_forms(
    {
        "πρώτο πλάνο": 1.0,
        "έναρξη γυρισμάτων": 1.0,
        "μεσημεριανό": 1.0,
        "διάλειμμα φαγητού": 1.0,
        "πρωινό": 0.9,
        "τέλος γυρισμάτων": 1.0,
        "λήξη γυρισμάτων": 1.0,
        "καιρός": 0.9,
    }
)
WRAP |= set(_greek_forms({"τέλος γυρισμάτων": 1.0, "λήξη γυρισμάτων": 1.0}))
DATE |= _greek_forms({"ημερομηνία": 1.0, "ημερομηνία γυρίσματος": 1.0, "ημέρα γυρισμάτων": 0.9})
LOCATION |= _greek_forms(
    {"τοποθεσία": 0.95, "τοποθεσία γυρίσματος": 1.0, "χώρος γυρισμάτων": 1.0, "λοκέισιον": 0.95}
)
BASE |= _greek_forms({"βάση": 0.9, "βάση παραγωγής": 1.0, "στάθμευση": 0.8})
HOSPITAL |= _greek_forms(
    {"πλησιέστερο νοσοκομείο": 1.0, "κοντινότερο νοσοκομείο": 1.0, "εφημερεύον νοσοκομείο": 1.0}
)
SUNRISE |= _greek_forms({"ανατολή ηλίου": 1.0, "ανατολή": 0.9})
SUNSET |= _greek_forms({"δύση ηλίου": 1.0, "δύση": 0.9})
WEAK_DE_FR["hospital"] |= _greek_forms({"νοσοκομείο": 0.95})
WEAK_DE_FR["address"] |= _greek_forms({"διεύθυνση": 0.9})

# Romanian "foaie de chemare" (call sheet): chemare echipă = the crew's call, ora de chemare
# = call time, data filmării = shooting date, locație / locul filmării = location, cel mai
# apropiat spital = nearest hospital, răsărit / apus (soarelui) = sunrise / sunset, prima
# dublă = first take, prânz = lunch, mic dejun = breakfast, final filmare = wrap, parcare =
# parking. Romanian s and t with a comma below are often printed with a cedilla (ş, ţ): both.


def _romanian_forms(table: dict[str, float]) -> dict[str, float]:
    """Each phrase also with the cedilla letters old fonts print for ș and ț."""
    return table | {p.replace("ș", "ş").replace("ț", "ţ"): q for p, q in table.items()}


CREW_CALL |= _romanian_forms(
    {
        "chemare echipă": 1.0,
        "chemare echipa": 1.0,
        "chemare generală": 1.0,
        "ora de chemare": 1.0,
        "ora chemării": 1.0,
        "întâlnire echipă": 1.0,
        "convocare echipă": 1.0,
        "chemare": 0.8,
        # "ora de întâlnire (echipă)" (meeting time), the technical crew's "echipă tehnică"
        "ora de întâlnire": 1.0,
        "ora de întâlnire echipă": 1.0,
        "ora de convocare": 1.0,
        "convocare echipă tehnică": 1.0,
        "chemare echipă tehnică": 1.0,
        "întâlnire echipă tehnică": 1.0,
    }
)
NOT_CREW_AFTER |= set(_romanian_forms({"actori": 1.0, "machiaj": 1.0, "producție": 1.0}))
OTHER_TIMES |= _romanian_forms(
    {
        "prima dublă": 1.0,
        "început filmare": 1.0,
        "începere filmare": 1.0,
        "prânz": 1.0,
        "masa de prânz": 1.0,
        "mic dejun": 1.0,
        "final filmare": 1.0,
        "sfârșit filmare": 1.0,
        "vremea": 0.9,
    }
)
WRAP |= set(_romanian_forms({"final filmare": 1.0, "sfârșit filmare": 1.0}))
DATE |= {"data filmării": 1.0, "data filmarii": 1.0, "zi de filmare": 0.9, "ziua de filmare": 0.9}
LOCATION |= _romanian_forms(
    {"locație": 0.95, "locația": 0.95, "locatie": 0.95, "locul filmării": 1.0}
    | {"locație filmare": 1.0, "adresa locației": 1.0}
)
BASE |= {"baza tehnică": 1.0, "bază tehnică": 1.0, "parcare": 0.8, "parcare echipă": 0.9}
HOSPITAL |= _romanian_forms(
    {"cel mai apropiat spital": 1.0, "spitalul cel mai apropiat": 1.0, "urgențe": 0.9}
    | {"spital de urgență": 1.0, "spitalul de urgență": 1.0}
)
SUNRISE |= {"răsărit": 1.0, "răsăritul soarelui": 1.0, "răsărit soare": 1.0}
SUNSET |= {"apus": 0.9, "apusul soarelui": 1.0, "apus soare": 1.0}
WEAK_DE_FR["address"] |= {"adresa": 0.9, "adresă": 0.9}

# Bulgarian "снимачен ден" (shooting day) / "дневен план": сбор на екипа = the crew's
# gathering (the crew call), повикване на екипа = the crew's call, дата на снимките =
# shooting date, обект / място на снимките = set / place of the shoot, най-близка болница =
# nearest hospital, изгрев / залез = sunrise / sunset, първи кадър = first shot, обяд = lunch,
# закуска = breakfast, край на снимките = wrap, паркинг = parking.
CREW_CALL |= {
    "сбор на екипа": 1.0,
    "събиране на екипа": 1.0,
    "повикване на екипа": 1.0,
    "час на сбора": 1.0,
    "сбор": 0.85,
}
NOT_CREW_AFTER |= {"актьори", "актьорите", "грим", "продукция"}
OTHER_TIMES |= {"първи кадър": 1.0, "начало на снимките": 1.0, "обяд": 1.0, "закуска": 1.0}
OTHER_TIMES |= {"край на снимките": 1.0, "край на снимачния ден": 1.0, "времето": 0.9}
WRAP |= {"край на снимките", "край на снимачния ден"}
DATE |= {"дата на снимките": 1.0, "снимачен ден": 0.9}
LOCATION |= {"обект": 0.9, "място на снимките": 1.0, "снимачна площадка": 1.0}
BASE |= {"база": 0.95, "паркинг": 0.8, "база паркинг": 1.0}
HOSPITAL |= {"най-близка болница": 1.0, "най близка болница": 1.0, "спешна помощ": 0.9}
SUNRISE |= {"изгрев": 1.0, "изгрев слънце": 1.0}
SUNSET |= {"залез": 1.0, "залез слънце": 1.0}
WEAK_DE_FR["hospital"] |= {"болница": 0.95}

# Slovenian "dnevni plan snemanja" / "snemalni dan" (shooting day): zbor ekipe (as in
# Croatian, above) / prihod ekipe = the crew's arrival, datum snemanja = shooting date, lokacija
# / snemalna lokacija = location, najbližja bolnišnica = nearest hospital, sončni vzhod /
# zahod = sunrise / sunset, začetek snemanja = start of shooting, kosilo = lunch, zajtrk =
# breakfast, konec snemanja = wrap.
CREW_CALL |= {"prihod ekipe": 1.0, "zbor snemalne ekipe": 1.0, "klic ekipe": 1.0}
NOT_CREW_AFTER |= {"igralcev", "maskerjev"}
OTHER_TIMES |= {"začetek snemanja": 1.0, "konec snemanja": 1.0, "kosilo": 1.0, "zajtrk": 1.0}
OTHER_TIMES |= {"vreme": 0.9}
WRAP |= {"konec snemanja"}
DATE |= {"datum snemanja": 1.0, "snemalni dan": 0.9}
LOCATION |= {"snemalna lokacija": 1.0, "lokacija snemanja": 1.0, "kraj snemanja": 1.0}
HOSPITAL |= {"najbližja bolnišnica": 1.0, "najbližja bolnica": 1.0, "urgenca": 0.9}
HOSPITAL |= {"urgentni center": 0.95}
SUNRISE |= {"sončni vzhod": 1.0, "vzhod sonca": 1.0}
SUNSET |= {"sončni zahod": 1.0, "zahod sonca": 1.0}
WEAK_DE_FR["hospital"] |= {"bolnišnica": 0.95}
# Croatian / Serbian / Bosnian "BOLNICA (HITNA)": the word alone or with a colon heads the
# hospital; at a value's start it is the name ("Opća bolnica", "Bolnica Sveti Duh")
WEAK_DE_FR["hospital"] |= {"bolnica": 0.95}

# Macedonian "дневен план за снимање" (the shooting day's plan, reader88): повик за екипа =
# the crew's call, прв кадар = first shot, појадок / ручек = breakfast / lunch, крај на
# снимање = wrap, шминка и костим = make-up and costume, време = weather, локација = location,
# паркинг / база = parking / base, најблиска болница = nearest hospital, изгрев / зајдисонце =
# sunrise / sunset (a word of its own, "the sun's going down")
CREW_CALL |= {"повик за екипа": 1.0, "повик на екипата": 1.0, "собир на екипа": 1.0}
NOT_CREW_AFTER |= {"актери", "актерите", "шминка"}
OTHER_TIMES |= {"прв кадар": 1.0, "појадок": 1.0, "ручек": 1.0, "крај на снимање": 1.0}
OTHER_TIMES |= {"шминка и костим": 1.0, "шминка": 0.9}
WRAP |= {"крај на снимање"}
HOSPITAL |= {"најблиска болница": 1.0}
SUNSET |= {"зајдисонце": 1.0, "зајдување на сонцето": 1.0}
CALL_SHEET_MARKERS_MK = ("план за снимање", "повик за екипа")

# Albanian "plani i xhirimit" (the shooting plan): thirrja e ekipit = the crew's call (the
# actors' is "thirrja e aktorëve"), xhirimi i parë = first shot, mëngjesi / dreka = breakfast /
# lunch, mbarimi = wrap, grimi = make-up, moti = weather, vendndodhja = location, parkimi =
# parking, spitali (më i afërt) = the (nearest) hospital, lindja / perëndimi (i diellit) =
# sunrise / sunset; times follow "ora" (the hour)
CREW_CALL |= {"thirrja e ekipit": 1.0, "thirrje e ekipit": 1.0, "thirrja e përgjithshme": 1.0}
OTHER_TIMES |= {"thirrja e aktorëve": 1.0, "xhirimi i parë": 1.0, "mëngjesi": 1.0}
OTHER_TIMES |= {"dreka": 1.0, "mbarimi": 1.0, "grimi": 0.9, "moti": 0.9}
WRAP |= {"mbarimi"}
LOCATION |= {"vendndodhja": 1.0, "vendi i xhirimit": 1.0}
BASE |= {"parkimi": 0.8}
HOSPITAL |= {"spitali më i afërt": 1.0}
WEAK_DE_FR["hospital"] |= {"spitali": 0.95}
SUNRISE |= {"lindja e diellit": 1.0, "lindja": 0.9}
SUNSET |= {"perëndimi i diellit": 1.0, "perëndimi": 0.9}

# Galician "folla de rodaxe" and Basque "grabaketa-orria" (the shooting sheet), Spanish beside:
# GL citación xeral = general call, almorzo / xantar = breakfast / lunch, primeiro plano =
# first shot, maquillaxe = make-up, amencer / solpor = sunrise / sunset, aparcadoiro = car park,
# urxencias = emergency; EU gosaria / bazkaria = breakfast / lunch, lehen planoa = first shot,
# amaiera = end, egunsentia / ilunabarra = sunrise / sunset (dawn / dusk), kokalekua =
# location, oinarria = base, ospitalea = hospital, larrialdiak = emergency
CREW_CALL |= {"citación xeral": 1.0}
OTHER_TIMES |= {"almorzo": 1.0, "xantar": 1.0, "primeiro plano": 1.0, "maquillaxe": 1.0}
OTHER_TIMES |= {"gosaria": 1.0, "bazkaria": 1.0, "lehen planoa": 1.0, "amaiera": 1.0}
WRAP |= {"amaiera"}
SUNRISE |= {"amencer": 1.0, "saída do sol": 1.0, "egunsentia": 1.0, "eguzkiaren irteera": 1.0}
SUNSET |= {"solpor": 1.0, "posta do sol": 1.0, "ilunabarra": 1.0, "eguzkiaren sarrera": 1.0}
LOCATION |= {"kokalekua": 1.0, "kokapena": 0.95}
BASE |= {"aparcadoiro": 0.8, "base técnica": 1.0, "oinarria": 0.9}
HOSPITAL |= {"urxencias": 0.9, "larrialdiak": 0.9}
WEAK_DE_FR["hospital"] |= {"ospitalea": 0.95}
# Spanish "EMERGENCIAS" heading the hospital's box (Uruguay's "puerta de emergencia"): a
# generic word, a label only with a mark, as English "Emergency"
WEAK["hospital"] |= {"emergencias": 0.85}

# The gathering's word in Kazakh and Uzbek beside the Russian "Сбор группы" (reader88):
# "Топтың жиналуы", "Guruh yig'ilishi"
CREW_CALL |= {"топтың жиналуы": 1.0, "guruh yig'ilishi": 1.0, "guruh yigʻilishi": 1.0}
WEAK_DE_FR["address"] |= {"naslov": 0.9}

# Japanese 香盤表 / 撮影スケジュール: 集合時間 = gathering time (the crew call), スタッフ集合 =
# staff (crew) gathering, 撮影日 / 日付 = shooting day / date, ロケ地 / 撮影場所 = location,
# 最寄り病院 = nearest hospital, 日の出 / 日の入り = sunrise / sunset, 撮影開始 = start of
# shooting, 昼食 = lunch, 撮影終了 = wrap, 駐車場 = car park. Japanese prints no spaces: a
# label is a word only where the sheet sets it apart (a cell, a space, a colon); "集合時間
# 07:00" reads, "集合時間07:00" is one word and does not.
CREW_CALL |= {"集合時間": 1.0, "スタッフ集合": 1.0, "スタッフ集合時間": 1.0, "全体集合": 1.0}
CREW_CALL |= {"集合": 0.9}
NOT_CREW |= {"キャスト", "出演者", "メイク"}  # "キャスト 集合": the cast's call
OTHER_TIMES |= {"撮影開始": 1.0, "昼食": 1.0, "朝食": 1.0, "撮影終了": 1.0, "終了予定": 1.0}
OTHER_TIMES |= {"天気": 0.9}
WRAP |= {"撮影終了", "終了予定"}
DATE |= {"撮影日": 1.0, "日付": 1.0, "日時": 0.9}
LOCATION |= {"ロケ地": 1.0, "撮影場所": 1.0, "ロケ場所": 1.0, "ロケ先": 1.0}
BASE |= {"駐車場": 0.8, "ベース": 0.9}
HOSPITAL |= {"最寄り病院": 1.0, "最寄病院": 1.0, "最寄りの病院": 1.0, "救急病院": 1.0}
SUNRISE |= {"日の出": 1.0}
SUNSET |= {"日の入り": 1.0, "日の入": 1.0, "日没": 1.0}
WEAK_DE_FR["hospital"] |= {"病院": 0.9}
WEAK_DE_FR["address"] |= {"住所": 0.9}

# Korean 촬영 일정표 / 콜시트: 집합 시간 = gathering time (the crew call), 스태프 집합 = staff
# (crew) gathering, 촬영일 / 날짜 = shooting day / date, 촬영 장소 = location, 가까운 / 인근
# 병원 = nearby hospital, 일출 / 일몰 = sunrise / sunset, 촬영 시작 = start of shooting, 점심
# = lunch, 촬영 종료 = wrap, 주차장 = car park. Written with and without the space.
CREW_CALL |= {"집합 시간": 1.0, "집합시간": 1.0, "스태프 집합": 1.0, "스태프집합": 1.0}
CREW_CALL |= {"전체 집합": 1.0, "집합": 0.9}
NOT_CREW |= {"배우", "연기자", "분장"}  # "배우 집합": the cast's call
OTHER_TIMES |= {"촬영 시작": 1.0, "촬영시작": 1.0, "점심": 1.0, "점심 식사": 1.0, "아침": 0.9}
OTHER_TIMES |= {"촬영 종료": 1.0, "촬영종료": 1.0, "종료 예정": 1.0, "날씨": 0.9}
WRAP |= {"촬영 종료", "촬영종료", "종료 예정"}
DATE |= {"촬영일": 1.0, "촬영 날짜": 1.0, "날짜": 1.0, "일자": 0.9}
LOCATION |= {"촬영 장소": 1.0, "촬영장소": 1.0, "장소": 0.9, "로케이션": 0.95, "촬영지": 1.0}
BASE |= {"주차장": 0.8, "베이스캠프": 1.0}
HOSPITAL |= {"가까운 병원": 1.0, "인근 병원": 1.0, "근처 병원": 1.0, "응급실": 0.9}
SUNRISE |= {"일출": 1.0}
SUNSET |= {"일몰": 1.0}
WEAK_DE_FR["hospital"] |= {"병원": 0.9}
WEAK_DE_FR["address"] |= {"주소": 0.9}

# Chinese 通告单 (call sheet), simplified and traditional: 集合时间 = gathering time (the crew
# call), 拍摄日期 = shooting date, 拍摄地点 / 场地 = location, 最近医院 = nearest hospital,
# 日出 / 日落 = sunrise / sunset, 开机 = first shot ("camera rolls"), 午饭 / 午餐 = lunch, 收工
# = wrap, 停车场 = car park. Like Japanese, a label reads only where the sheet sets it apart.
CREW_CALL |= {"集合时间": 1.0, "剧组集合": 1.0, "劇組集合": 1.0, "全组集合": 1.0}
NOT_CREW |= {"演员", "演員", "化妆", "化妝"}  # "演员 集合": the cast's call
OTHER_TIMES |= {"开机": 1.0, "開機": 1.0, "午饭": 1.0, "午飯": 1.0, "午餐": 1.0, "早餐": 1.0}
OTHER_TIMES |= {"收工": 1.0, "预计收工": 1.0, "預計收工": 1.0, "天气": 0.9, "天氣": 0.9}
WRAP |= {"收工", "预计收工", "預計收工"}
DATE |= {"日期": 1.0, "拍摄日期": 1.0, "拍攝日期": 1.0}
LOCATION |= {"拍摄地点": 1.0, "拍攝地點": 1.0, "地点": 0.9, "地點": 0.9, "场地": 0.9}
LOCATION |= {"場地": 0.9, "拍摄场地": 1.0, "拍攝場地": 1.0}
BASE |= {"停车场": 0.8, "停車場": 0.8}
HOSPITAL |= {"最近医院": 1.0, "最近醫院": 1.0, "附近医院": 1.0, "附近醫院": 1.0, "急诊": 0.9}
SUNRISE |= {"日出": 1.0}
SUNSET |= {"日落": 1.0}
WEAK_DE_FR["hospital"] |= {"医院": 0.9, "醫院": 0.9}
WEAK_DE_FR["address"] |= {"地址": 0.9}

# Icelandic "dagskrá tökudags" (the shooting day's schedule): mæting tökuliðs = the crew's
# arrival (call), mæting allra = everyone's, tökustaður = location, bækistöð = base, næsta
# sjúkrahús (bráðamóttaka) = nearest hospital (emergency department), sólarupprás / sólsetur =
# sunrise / sunset, förðun og hár = make-up and hair, morgunmatur = breakfast, fyrsta taka = first
# take, hádegismatur = lunch, (áætluð) tökulok = (estimated) wrap, dagsetning = date, á morgun =
# tomorrow, útgáfa = version; times follow "kl." (klukkan)
CREW_CALL |= {"mæting tökuliðs": 1.0, "mæting allra": 1.0, "mæting": 0.8}
OTHER_TIMES |= {
    "förðun og hár": 1.0,
    "förðun": 1.0,
    "morgunmatur": 1.0,
    "fyrsta taka": 1.0,
    "hádegismatur": 1.0,
    "tökulok": 1.0,
    "áætluð tökulok": 1.0,
    "veður": 0.9,
}
WRAP |= {"tökulok", "áætluð tökulok"}
DATE |= {"dagsetning": 1.0, "tökudagsetning": 1.0}
LOCATION |= {"tökustaður": 1.0, "tökustaðir": 1.0}
BASE |= {"bækistöð": 1.0}
HOSPITAL |= {"næsta sjúkrahús": 1.0, "sjúkrahús": 0.9}
SUNRISE |= {"sólarupprás": 1.0}
SUNSET |= {"sólsetur": 1.0, "sólarlag": 1.0}
TOMORROW += r"|\bá\s+morgun\b"
NOT_SHOOT_DATE += r"|\bútgáfa\b"

# Georgian "გადაღების დღის გეგმა" (the shooting day's plan), in Georgian script (no capitals to
# fold): ჯგუფის / გადამღები ჯგუფის შეკრება = the crew's gathering (the crew call), საერთო
# შეკრება = general call, ჯგუფის გამოძახება = crew call-up, თარიღი = date, გადაღების ადგილი /
# ლოკაცია / გადასაღები მოედანი = location / set, ბაზა / პარკინგი / ავტოსადგომი = base /
# parking, უახლოესი საავადმყოფო / კლინიკა = nearest hospital / clinic, მზის ამოსვლა / ჩასვლა =
# sunrise / sunset, გრიმი = make-up, კოსტიუმი = costume, საუზმე = breakfast, სადილი = lunch,
# გადაღების დაწყება = start of shooting, დასრულება = wrap. A genitive names whose call it is
# before the noun ("პროდაქშენის შეკრება", the production office's; "მსახიობების", the cast's).
CREW_CALL |= {
    "ჯგუფის შეკრება": 1.0,
    "გადამღები ჯგუფის შეკრება": 1.0,
    "გადამღები ჯგუფის შეკრების დრო": 1.0,
    "ჯგუფის შეკრების დრო": 1.0,
    "საერთო შეკრება": 1.0,
    "ჯგუფის გამოძახება": 1.0,
    "ჯგუფის გამოცხადება": 1.0,
    "შეკრების დრო": 0.9,
    "შეკრება": 0.85,
}
NOT_CREW |= {"პროდაქშენის", "მსახიობების", "მსახიობის", "გრიმის", "კოსტიუმის", "მასობრივის"}
OTHER_TIMES |= {
    "პროდაქშენის შეკრება": 1.0,
    "მსახიობების შეკრება": 1.0,
    "გრიმი": 1.0,
    "გრიმი / კოსტიუმი": 1.0,
    "კოსტიუმი": 0.9,
    "საუზმე": 1.0,
    "სადილი": 1.0,
    "შესვენება": 0.9,
    "გადაღების დაწყება": 1.0,
    "პირველი კადრი": 1.0,
    "დასრულება": 1.0,
    "გადაღების დასრულება": 1.0,
    "ამინდი": 0.9,
}
WRAP |= {"დასრულება", "გადაღების დასრულება"}
DATE |= {"თარიღი": 1.0, "გადაღების თარიღი": 1.0}
LOCATION |= {
    "გადაღების ადგილი": 1.0,
    "გადაღების ლოკაცია": 1.0,
    "ლოკაცია": 1.0,
    "ლოკაციები": 0.95,
    "გადასაღები მოედანი": 0.95,
    "ობიექტი": 0.9,
}
BASE |= {"ბაზა": 0.9, "ბაზა / პარკინგი": 1.0, "ავტოსადგომი": 0.8, "პარკინგი": 0.8}
HOSPITAL |= {
    "უახლოესი საავადმყოფო": 1.0,
    "უახლოესი კლინიკა": 1.0,
    "უახლოესი ჰოსპიტალი": 1.0,
    "უახლოესი სამედიცინო დაწესებულება": 1.0,
}
SUNRISE |= {"მზის ამოსვლა": 1.0, "მზე ამოდის": 1.0}
SUNSET |= {"მზის ჩასვლა": 1.0, "მზე ჩადის": 1.0}
PRODUCTION |= {"ფილმის სახელი": 1.0, "პროექტი": 0.85, "ფილმი": 0.7}
WEAK_DE_FR["hospital"] |= {"საავადმყოფო": 0.95, "კლინიკა": 0.9, "ჰოსპიტალი": 0.9}
WEAK_DE_FR["address"] |= {"მისამართი": 0.9}

# Armenian "նկարահանման օրագիր" / "նկարահանման օրվա պլան" (the shooting day's journal / plan),
# in Armenian script, which has capitals (a heading "ՆԿԱՐԱՀԱՆՄԱՆ ՎԱՅՐ" lower-cases as the
# labels below): խմբի / նկարահանող խմբի հավաք = the crew's gathering (the crew call), ընդհանուր
# հավաք = general call, խմբի կանչ = crew call, հավաքի ժամ = call time, ամսաթիվ = date,
# նկարահանման վայր / հրապարակ / լոկացիա = location / set, բազա / կայանատեղի = base / parking,
# մոտակա / ամենամոտ հիվանդանոց = nearest hospital, բժշկական կենտրոն = medical centre,
# արևածագ / մայրամուտ = sunrise / sunset, դիմահարդարում / գրիմ = make-up, զգեստներ =
# costumes, նախաճաշ = breakfast, ճաշ = lunch, առաջին կադր = first shot, ավարտ = wrap. A genitive
# before the noun names whose call it is ("արտադրական խմբի հավաք", the production team's;
# "դերասանների հավաք", the cast's).
CREW_CALL |= {
    "խմբի հավաք": 1.0,
    "նկարահանող խմբի հավաք": 1.0,
    "նկարահանման խմբի հավաք": 1.0,
    "նկարահանող խմբի հավաքի ժամ": 1.0,
    "խմբի հավաքի ժամ": 1.0,
    "ընդհանուր հավաք": 1.0,
    "խմբի կանչ": 1.0,
    "ընդհանուր կանչ": 1.0,
    "հավաքի ժամ": 0.9,
    "հավաքի ժամը": 0.9,
    "հավաք": 0.85,
}
NOT_CREW |= {"արտադրական", "արտադրության", "դերասանների", "դերասանի", "դիմահարդարման"}
NOT_CREW |= {"զգեստների", "տեխնիկական", "տեխնիկայի", "մասսայականի", "ստատիստների"}
OTHER_TIMES |= {
    "արտադրական խմբի հավաք": 1.0,
    "դերասանների հավաք": 1.0,
    "դիմահարդարում": 1.0,
    "դիմահարդարում / զգեստներ": 1.0,
    "գրիմ": 1.0,
    "զգեստներ": 0.9,
    "նախաճաշ": 1.0,
    "ճաշ": 1.0,
    "ընդմիջում": 0.9,
    "առաջին կադր": 1.0,
    "նկարահանման սկիզբ": 1.0,
    "նկարահանումների սկիզբ": 1.0,
    "ավարտ": 1.0,
    "նկարահանման ավարտ": 1.0,
    "նկարահանումների ավարտ": 1.0,
    "եղանակ": 0.9,
}
WRAP |= {"ավարտ", "նկարահանման ավարտ", "նկարահանումների ավարտ"}
DATE |= {"ամսաթիվ": 1.0, "նկարահանման ամսաթիվ": 1.0}
LOCATION |= {
    "նկարահանման վայր": 1.0,
    "նկարահանման վայրը": 1.0,
    "նկարահանման հրապարակ": 0.95,
    "նկարահանման տեղանք": 0.95,
    "լոկացիա": 1.0,
    "լոկացիաներ": 0.95,
    "օբյեկտ": 0.9,
}
BASE |= {
    "բազա": 0.9,
    "բազա / կայանատեղի": 1.0,
    "կայանատեղի": 0.8,
    "ավտոկայանատեղի": 0.8,
    "տեխնիկայի կայանատեղի": 1.0,
}
HOSPITAL |= {
    "մոտակա հիվանդանոց": 1.0,
    "ամենամոտ հիվանդանոց": 1.0,
    "մոտակա բժշկական կենտրոն": 1.0,
    "ամենամոտ բժշկական կենտրոն": 1.0,
    "մոտակա բուժհաստատություն": 1.0,
}
SUNRISE |= {"արևածագ": 1.0, "արևի ծագում": 1.0}
SUNSET |= {"մայրամուտ": 1.0, "արևամուտ": 1.0}
PRODUCTION |= {"ֆիլմի անվանում": 1.0, "նախագիծ": 0.85, "ֆիլմ": 0.7}
WEAK_DE_FR["hospital"] |= {"հիվանդանոց": 0.95, "բժշկական կենտրոն": 0.9}
WEAK_DE_FR["address"] |= {"հասցե": 0.9}

# Irish "bileog ghlaoite" (call sheet), for TG4: the Irish label first, often with the English
# in small type under or beside it. glao aonaid = unit call, glao ginearálta = general call,
# glao foirne = crew call, dáta = date, bricfeasta = breakfast, lón = lunch, éirí / luí na
# gréine = sunrise / sunset (sun_finder reads the pair), suíomh = location, bonn aonaid = unit
# base, páirceáil = parking, ospidéal is gaire = nearest hospital. "Seit" (set) names the
# rooms, not a place, and is no label here.
CREW_CALL |= {"glao aonaid": 1.0, "glao ginearálta": 1.0, "glao foirne": 1.0}
OTHER_TIMES |= {"bricfeasta": 1.0, "lón": 1.0}
DATE |= {"dáta": 1.0, "dáta scannánaíochta": 1.0}
LOCATION |= {"suíomh": 1.0, "suíomh scannánaíochta": 1.0}
BASE |= {"bonn aonaid": 1.0, "páirceáil": 0.8}
HOSPITAL |= {"ospidéal is gaire": 1.0, "an t-ospidéal is gaire": 1.0}
SUNRISE |= {"éirí na gréine": 1.0}
SUNSET |= {"luí na gréine": 1.0}
WEAK_DE_FR["hospital"] |= {"ospidéal": 0.9}

# Estonian, Finnish, Icelandic and Hungarian day orders (reader83): ET "kogunemine, võttegrupp"
# (the crew's gathering), grimm (make-up), esimene võte (first take), baas / parkimine (base /
# parking), "Lähim EMO" (the nearest emergency department, erakorralise meditsiini osakond); FI
# "kokoontuminen, koko ryhmä" (the whole crew's gathering, beside a department's "kokoontuminen,
# valo ja grip"), maski ja puvustus, ensimmäinen otos, kuvaukset päättyvät; IS slysadeild /
# bráðamóttaka (the emergency department); HU sürgősségi osztály (emergency department); Dutch
# sheets' English "Call crew" row in a TIJD / WAT / WAAR / WIE table.
CREW_CALL |= {"kogunemine": 0.95, "kogunemine võttegrupp": 1.0, "võttegrupp": 0.85}
CREW_CALL |= {"kokoontuminen koko ryhmä": 1.0, "koko ryhmä": 0.9, "call crew": 1.0}
# departments named after the gathering word: "Kokoontuminen, valo ja grip", "Kogunemine,
# näitlejad", "Mæting leikara"
NOT_CREW_AFTER |= {"valo", "kamera", "maski", "puvustus", "näyttelijät", "tuotanto", "ääni"}
NOT_CREW_AFTER |= {"näitlejad", "grimm", "kaamera", "valgus", "tootmine", "leikara", "leikarar"}
OTHER_TIMES |= {"grimm ja kostüüm": 1.0, "grimm": 0.9, "esimene võte": 1.0, "maski": 0.9}
OTHER_TIMES |= {"maski ja puvustus": 1.0, "ensimmäinen otos": 1.0, "kuvaukset päättyvät": 1.0}
WRAP |= {"kuvaukset päättyvät"}
BASE |= {"baas": 0.9, "baas parkimine": 1.0, "parkimine": 0.8, "bækistöð bílastæði": 1.0}
HOSPITAL |= {"lähim emo": 1.0, "slysadeild": 1.0, "bráðamóttaka": 1.0, "næsta slysadeild": 1.0}
HOSPITAL |= {"sürgősségi osztály": 1.0, "legközelebbi sürgősségi osztály": 1.0}
HOSPITAL |= {"sürgősségi": 0.9}

# Welsh "taflen alwad" (call sheet), for S4C: the Welsh label over or before the English one
# ('GALWAD UNED' over 'UNIT CALL', 'LLEOLIAD 1 / LOCATION 1'). galwad uned = unit call, galwad
# criw = crew call, brecwast = breakfast, cinio = lunch, diwedd = wrap, codiad haul / machlud =
# sunrise / sunset, lleoliad = location, canolfan uned = unit base, ysbyty agosaf = nearest
# hospital, dyddiad = date (builder's knowledge of Welsh; "cinio" alone is also dinner, a meal
# time either way).
CREW_CALL |= {"galwad uned": 1.0, "galwad criw": 1.0}
OTHER_TIMES |= {"brecwast": 1.0, "cinio": 1.0}
DATE |= {"dyddiad": 1.0, "dyddiad ffilmio": 1.0}
LOCATION |= {"lleoliad": 1.0}
BASE |= {"canolfan uned": 1.0}
HOSPITAL |= {"ysbyty agosaf": 1.0}
SUNRISE |= {"codiad haul": 1.0, "codiad yr haul": 1.0}
SUNSET |= {"machlud": 1.0, "machlud haul": 1.0, "machlud yr haul": 1.0}

# Every label table by the kind of field it heads.
KINDS: dict[str, dict[str, float]] = {
    "call": {**CREW_CALL, **WEAK["call"], **WEAK["crew"]},
    "other_time": OTHER_TIMES,
    "date": DATE,
    "other_date": OTHER_DATES,
    "production": {**PRODUCTION, **WEAK["production"]},
    "location": {**LOCATION, **WEAK["location"], **WEAK_DE_FR["location"]},
    "base": {**BASE, **WEAK["base"], **WEAK_DE_FR["base"]},
    "hospital": {**HOSPITAL, **WEAK["hospital"], "hospital address": 1.0, "adres szpitala": 1.0}
    | WEAK_DE_FR["hospital"]
    | {"adresse krankenhaus": 1.0, "adresse de l'hôpital": 1.0},
    # the address of the place labelled just before it
    "address": {**WEAK["address"], **WEAK_DE_FR["address"]},
    "sunrise": SUNRISE | SUN_ABBREVIATED["sunrise"],
    "sunset": SUNSET | SUN_ABBREVIATED["sunset"],
    "safety": SAFETY,
    "notes": NOTES,
    "equipment": EQUIPMENT,
    "heading": OTHER_HEADINGS,
}
# Words that qualify a place label without changing what it heads: "NIGHT LOCATION", "FIELD
# LOCATION", "Main Set", "Shooting Base" (the set or base of the day, however the template
# names it), Polish "MIEJSCE ZDJĘĆ NOCNYCH", "Lokacja główna", French "Décor principal". Not
# "2nd", "splinter", "cover" or "backup": those name another unit's or another day's place.
PLACE_MODIFIERS_BEFORE = frozenset(
    {"night", "day", "field", "main", "primary", "principal", "shoot", "shooting", "filming"}
    | {"studio", "stage", "exterior", "ext", "interior", "int", "today's", "todays", "tech"}
    | {"technical", "crew", "work", "working", "rehearsal", "performance", "główna", "główny"}
    | {"nocna", "nocny", "nocne", "dzienna", "dzienny"}
)
PLACE_MODIFIERS_AFTER = frozenset(
    {"nocnych", "nocne", "nocny", "nocna", "dziennych", "plenerowych", "plenerowe", "główna"}
    | {"główny", "główne", "glowna", "glowny", "principal", "principale"}
)
# The same for the hospital: "LOCAL HOSPITAL" (Wikibooks' "local hospital"), "Nearest A&E
# Department", "Emergency Dept", "Closest ER Unit": the emergency department's own words.
HOSPITAL_MODIFIERS_BEFORE = frozenset(
    {"nearest", "closest", "local", "24hr", "24h", "24-hour", "24-hr", "nearby", "emergency"}
    | {"najbliższy", "najbliższe", "najblizszy", "nächstes", "nächstgelegenes", "proche"}
    | {"dichtstbijzijnde", "närmaste", "nærmeste", "nejbližší", "najbližšia", "najbližšie"}
)
HOSPITAL_MODIFIERS_AFTER = frozenset(
    {"department", "dept", "unit", "centre", "center", "room", "ward", "services", "emergency"}
    | {"a&e", "casualty"}
    | {"ratunkowy", "sor", "notaufnahme", "urgences"}
)

# Labels that may carry a number ("Location 2", "SET #1", "Hospital #2").
NUMBERED_KINDS = frozenset({"location", "base", "hospital"})
# Generic one-word labels that count only at a cell's start with a mark (number, colon, alone).
# ... and these only when numbered or with a colon: alone, they head a department's crew list.
MARKED_ONLY = frozenset({"production", "main unit", "locations", "plan", "loc"})
# ... and these not even with a colon: only as the key of a header grid's row (labelling's
# _header_grid_keys: "PRODUCCIÓN | Niños del Volcán | PRODUCTORA | ..."), since a credits line's
# "Producción: Andrés Vives" / "Produção: Renan Altoé" names the producer, not the production
GRID_KEY_ONLY = frozenset({"producción", "produccion", "produção"})
MARKED_ONLY |= GRID_KEY_ONLY
# Generic words that own only a value that is nothing but a time ("EKIPA" over "7.00" in an
# hour strip), never a row of a crew list under them ("Camera  Dan Kerr  555-0161  07:15").
BARE_TIME_ONLY = frozenset(WEAK["crew"])
# ... of those, the ones that head a cell in a row of place headings when printed in capitals
# with a cell's gap around them, however narrow the grid ("TRUCKS / BASECAMP   HOLDING")
CAPITAL_CELL_ONLY = frozenset({"holding"})
WEAK_PHRASES = frozenset(
    {"set", "call", "production", "parking", "sent", "version", "obiekt", "fire", "sor", "address"}
    | GRID_KEY_ONLY
    | {"adres", "main unit", "emergency", "casualty", "base", "studio", "site", "miejsce"}
    | {"notfall", "where", "gdzie", "emergencias"}
    | {"locations", "plan", "loc", "meet", "holding"}
    | set(WEAK["crew"])
)

# ... and these only alone on their line: a memo's section heading ("Where"), never "Where:"
# opening a sentence
HEADING_ONLY = frozenset({"where", "gdzie"})

# Any label word: a value read to the right stops when it meets one of these.
STOP_WORDS = frozenset(
    {"sunrise", "sunset", "wschód", "zachód", "weather", "lunch", "wrap", "date", "data"}
    | {"zbiórka", "call", "unit", "breakfast", "obiad", "śniadanie", "koniec", "start"}
    | {"sonnenaufgang", "sonnenuntergang", "drehbeginn", "datum"}
    | {"tramonto", "amanecer", "zonsopgang", "zonsondergang", "soluppgång", "solnedgång"}
    | {"solopgang", "solnedgang", "soloppgang", "východ", "západ", "fecha", "dato", "dátum"}
    | {"citación", "convocazione", "verzameltijd", "mødetid", "oppmøte", "sraz", "zraz"}
)

WEAK_PHRASES |= {phrase for table in WEAK_DE_FR.values() for phrase in table}

CALL_SHEET_MARKERS = (
    "call sheet",
    "callsheet",
    "crew call",
    "unit call",
    "plan zdjęciowy",
    "dzienny plan pracy",
    "zbiórka",
    "tagesdispo",
    "feuille de service",
    "arbeitsbeginn",
    "drehbeginn",
    "jour de tournage",
    "orden de rodaje",
    "hoja de llamado",
    "hoja de citación",
    "ordine del giorno",
    "convocazione",
    "dagsplan",
    "dispozice",
    "dispozícia",
    "natáčecí den",
    "appel général",
    "citación",
    "verzameltijd",
    "mødetid",
    "oppmøte",
    "sraz štábu",
    "zraz štábu",
    "napi diszpozíció",
    "forgatási nap",
    "викликний лист",
    "вызывной лист",
    "знімальний день",
    "съёмочный день",
)
OTHER_MARKERS = (
    "invoice",
    "quote",
    "faktura",
    "oferta",
    "order#",
    "order description",
    "bill to",
    "subtotal",
    "rental agent",
    "return date",
)

# Finnish, Turkish and Indonesian document names (Turkish capitals lower-cased too)
CALL_SHEET_MARKERS += ("päiväohjelma", "jadwal syuting", "hari syuting")
CALL_SHEET_MARKERS += tuple(_both_cases({"çekim programı": 1.0, "çekim günü": 1.0}))

# Catalan: the document's names, "demà" (tomorrow), "enviat" (sent), "versió" (version)
CALL_SHEET_MARKERS += ("ordre de rodatge", "full de citacions", "full de rodatge", "citació")
TOMORROW += r"|\bdemà\b"
NOT_SHOOT_DATE += r"|\benviat\b|\bversió\b"

# Vietnamese: the document's names, "ngày mai" (tomorrow), "đã gửi" (sent)
CALL_SHEET_MARKERS += ("lịch quay", "ngày quay", "giờ tập trung")
TOMORROW += r"|\bngày\s+mai\b"
NOT_SHOOT_DATE += r"|đã\s+gửi|\bgửi\s+lúc"

# Greek: the document's names, "αύριο" (tomorrow), "στάλθηκε" / "εστάλη" (sent)
CALL_SHEET_MARKERS += tuple(
    _greek_forms({"πρόγραμμα γυρισμάτων": 1.0, "πρόγραμμα γυρίσματος": 1.0})
)
TOMORROW += r"|\bαύριο\b|\bαυριο\b"
NOT_SHOOT_DATE += r"|\bστάλθηκε|\bσταλθηκε|\bεστάλη|\bεσταλη"

# Romanian: the document's names, "mâine" (tomorrow), "trimis" (sent), "versiune" (version)
CALL_SHEET_MARKERS += ("foaie de chemare", "zi de filmare", "ziua de filmare")
TOMORROW += r"|\bmâine\b|\bmaine\b"
NOT_SHOOT_DATE += r"|\btrimis|\bversiune"

# Bulgarian: the document's names, "утре" (tomorrow), "изпратено" (sent)
CALL_SHEET_MARKERS += ("снимачен ден", "дневен план", "сбор на екипа")
TOMORROW += r"|\bутре\b"
NOT_SHOOT_DATE += r"|\bизпратен"

CALL_SHEET_MARKERS += (*CALL_SHEET_MARKERS_MK, "plani i xhirimit", "thirrja e ekipit")
CALL_SHEET_MARKERS += ("folla de rodaxe", "grabaketa-orria")

# Slovenian: the document's names, "jutri" (tomorrow)
CALL_SHEET_MARKERS += ("snemalni dan", "dnevni plan snemanja", "plan snemanja")
TOMORROW += r"|\bjutri\b"

# Japanese: the document's names, 明日 (tomorrow), 送信 (sent)
CALL_SHEET_MARKERS += ("香盤表", "撮影スケジュール", "集合時間")
TOMORROW += r"|明日"
NOT_SHOOT_DATE += r"|送信|発行"

# Korean: the document's names, 내일 (tomorrow)
CALL_SHEET_MARKERS += ("촬영 일정표", "촬영일정표", "콜시트", "일일촬영계획표")
TOMORROW += r"|내일"

# Chinese: the document's names, 明天 (tomorrow)
CALL_SHEET_MARKERS += ("通告单", "通告單", "拍摄通告", "拍攝通告", "集合时间")
TOMORROW += r"|明天"

# The days after this one, as a section heading: a sheet may print a week of upcoming days
# (each with its date, call and set) under the day's facts, headed "UPCOMING DAYS", "PRÓXIMAS
# JORNADAS", "Nächste Drehtage", "Kolejne dni zdjęciowe", "Prochains jours", "Prossimi giorni",
# "Zilele următoare", "Επόμενες ημέρες", "Næstu tökudagar": what is under it is not the day's.
TOMORROW += (
    r"|\bupcoming\s+(?:shoot(?:ing)?\s+)?days\b|\bcoming\s+(?:shoot(?:ing)?\s+)?days\b"
    r"|\bpr[óo]xim[ao]s\s+(?:jornadas|d[íi]as|rodajes|di[áa]rias|grava[çc][õo]es)\b"
    r"|\bn[äa]chsten?\s+(?:dreh)?tage\b|\bkolejne\s+dni\b|\bnast[ęe]pne\s+dni\b"
    r"|\bprochain(?:e)?s\s+(?:jours|journ[ée]es)\b|\bprossim[ie]\s+(?:giorni|giornate)\b"
    r"|\bzilele\s+urm[ăa]toare\b|\burm[ăa]toarele\s+zile\b"
    r"|\bεπόμεν[εο]ς\s+(?:ημέρες|ημερες|μέρες|μερες)\b|\bnæstu\s+(?:töku)?dagar\b"
)

# Icelandic: the document's names ("dagskrá tökudags", a shooting day's schedule)
CALL_SHEET_MARKERS += ("dagskrá tökudags", "tökudagur", "mæting tökuliðs")

# Georgian: the document's names, "ხვალ" (tomorrow), "გაგზავნილია" (sent), "ვერსია" (version)
CALL_SHEET_MARKERS += ("გადაღების დღის გეგმა", "გადაღების გეგმა", "გადაღების დღე")
TOMORROW += r"|(?<!\w)ხვალ(?!\w)"
NOT_SHOOT_DATE += r"|გაგზავნ|ვერსია"

# Armenian: the document's names, "վաղը" (tomorrow), "ուղարկված" (sent), "տարբերակ" (version)
CALL_SHEET_MARKERS += ("նկարահանման օրագիր", "նկարահանման օրվա պլան", "նկարահանման պլան")
CALL_SHEET_MARKERS += ("նկարահանման օր", "կանչի թերթիկ")
TOMORROW += r"|(?<!\w)վաղը(?!\w)"
NOT_SHOOT_DATE += r"|ուղարկ|տարբերակ"

# '(pick-up from Perth station 6.45am)', '(minibus from base 0645)', '(wyjazd z Katowic 5.00)',
# '(FERRY 6:30 AM CEIBA)': a bracket after the call that names the ride to it, with the ride's
# time (a ferry, a boat or a flight to an island's set too)
TRAVEL_ASIDE = lazy(
    r"\(\s*(?:pick[\s-]?ups?|pickup|collection|lifts?|travel|transport|departs?|departure"
    r"|leaves?|leaving|shuttle|minibus|bus|coach|train|wyjazd|odjazd|abfahrt|départ|depart"
    r"|salida|partenza|ferry|ferries|boat|flight|lancha|barco|vuelo|prom|fähre|traghetto)"
    r"\b[^()]*\)",
    re.I,
)
