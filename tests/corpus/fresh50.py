"""Fifty-first held-out set: six kinds of call sheet from East Asia and Latin America, in towns
from S to V not yet in the corpus (`fresh50_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh50"). Brazilian bilingual "ORDEM DO DIA / CALL SHEET" sheets (Salvador,
São Luís, Vitória: "CHAMADA GERAL", "07h00", "Diária 6 de 24", the next day's call in the
footer), Colombian "HOJA DE LLAMADO" sheets in Spanish with the general call in a big box over
a row of smaller times (Santa Marta, Villa de Leyva, Valledupar: "6:30 a. m.", Colombian
"Carrera 14 # 23-30" addresses), Japanese service-company sheets in English for foreign
productions (Takayama, Uji, Sendai: "2026/11/10 (Tue)", 24-hour times, hotel lobby calls),
Peruvian bilingual sheets with today's day and tomorrow's advance side by side on one landscape
page (Trujillo, Tacna, Urubamba), Korean service sheets in a grid of boxes with romanised
Korean / English labels above their values (Suwon, Ulsan, Sokcho: "2026.11.17 (TUE)", a bus from
Seoul, "STAFF CALL") and Argentine call sheets exported from a spreadsheet with its gridlines,
column letters and row numbers (Salta, Ushuaia, San Salvador de Jujuy). Three near misses, all
`other`: a per-diem and expense claim form, a music video treatment and a COVID-19 testing
schedule for cast and crew.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one a
family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from tests.corpus.draw import Canvas, black, centre, grey
from tests.corpus.formats import add_minutes
from tests.corpus.fresh_common import (
    cast_times,
    clock,
    date_or,
    day_tables,
    expect,
    fill,
    grey_text,
    head_table,
    hospital_lines,
    label_grid,
    page,
    paragraph,
    paragraphs,
    ruled_cells,
    sheet_basics,
    sheet_maker,
    signature_lines,
    time_or,
    titled_notes,
)
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, cell, fit

D = dt.date
OTHER = {"document_type": "other"}

P: dict[str, Place] = {
    # (1) Brazilian ordem do dia: Salvador, São Luís, Vitória
    "farol": _p(
        "br",
        "Forte de Santo Antônio da Barra (Farol da Barra)",
        "Largo do Farol da Barra, s/n - Barra",
        "Salvador - BA, 40140-650",
        -13.0105,
        -38.5325,
        "America/Bahia",
        "Hospital Português",
        "Av. Princesa Isabel, 914 - Barra",
        "Salvador - BA, 40140-901",
        "(71) 3203-5555",
        "Shopping Barra, Av. Centenário, 2992",
        "Salvador - BA, 40155-151",
    ),
    "arthur": _p(
        "br",
        "Teatro Arthur Azevedo",
        "Rua do Sol, s/n - Centro",
        "São Luís - MA, 65020-590",
        -2.5297,
        -44.3016,
        "America/Fortaleza",
        "Hospital Municipal Djalma Marques (Socorrão I)",
        "Rua do Passeio, s/n - Centro",
        "São Luís - MA, 65015-370",
        "(98) 3212-8200",
        "Praça Deodoro, Centro (ônibus e caminhões)",
        "São Luís - MA, 65020-460",
    ),
    "anchieta": _p(
        "br",
        "Palácio Anchieta",
        "Praça João Clímaco, s/n - Centro",
        "Vitória - ES, 29015-110",
        -20.3206,
        -40.3390,
        "America/Sao_Paulo",
        "Santa Casa de Misericórdia de Vitória",
        "Rua Dr. João dos Santos Neves, 143 - Vila Rubim",
        "Vitória - ES, 29018-180",
        "(27) 3212-7200",
        "Estacionamento Parque Moscoso, Av. República",
        "Vitória - ES, 29020-620",
    ),
    # (2) Colombian hoja de llamado: Santa Marta, Villa de Leyva, Valledupar
    "quinta": _p(
        "co",
        "Quinta de San Pedro Alejandrino",
        "Avenida del Libertador, Mamatoco",
        "Santa Marta, Magdalena",
        11.2240,
        -74.1630,
        "America/Bogota",
        "Hospital Universitario Julio Méndez Barreneche",
        "Carrera 14 # 23-30",
        "Santa Marta, Magdalena",
        "(605) 421 0020",
        "Parqueadero Museo Bolivariano, Avenida del Libertador",
        "Santa Marta, Magdalena",
    ),
    "narino": _p(
        "co",
        "Casa Museo Antonio Nariño",
        "Carrera 9 # 10-39",
        "Villa de Leyva, Boyacá",
        5.6330,
        -73.5260,
        "America/Bogota",
        "E.S.E. Hospital San Francisco",
        "Calle 12 # 12-80",
        "Villa de Leyva, Boyacá",
        "(608) 732 0244",
        "Parqueadero Terminal de Transportes, Carrera 9 con Calle 16",
        "Villa de Leyva, Boyacá",
    ),
    "lopez": _p(
        "co",
        "Plaza Alfonso López",
        "Calle 15 # 6-20",
        "Valledupar, Cesar",
        10.4770,
        -73.2460,
        "America/Bogota",
        "Hospital Rosario Pumarejo de López",
        "Calle 16A # 17-141",
        "Valledupar, Cesar",
        "(605) 574 8484",
        "Parqueadero Centro Cultural de la Música Vallenata, Carrera 6",
        "Valledupar, Cesar",
    ),
    # (3) Japanese service sheets in English: Takayama, Uji, Sendai
    "jinya": _p(
        "jp",
        "Takayama Jinya",
        "1-5 Hachikenmachi",
        "Takayama, Gifu 506-0012",
        36.1390,
        137.2570,
        "Asia/Tokyo",
        "Takayama Red Cross Hospital",
        "3-11 Tenmanmachi",
        "Takayama, Gifu 506-8550",
        "0577-32-1111",
        "Shiroyama Park bus parking, Shiroyama",
        "Takayama, Gifu 506-0822",
    ),
    "byodoin": _p(
        "jp",
        "Byodoin Temple",
        "116 Uji-Renge",
        "Uji, Kyoto 611-0021",
        34.8890,
        135.8080,
        "Asia/Tokyo",
        "Uji Tokushukai Medical Center",
        "145 Makishimacho Ishibashi",
        "Uji, Kyoto 611-0041",
        "0774-20-1111",
        "Uji City Tourist Center coach parking, 2 Uji-Togawa",
        "Uji, Kyoto 611-0021",
    ),
    "zuihoden": _p(
        "jp",
        "Zuihoden Mausoleum",
        "23-2 Otamayashita, Aoba-ku",
        "Sendai, Miyagi 980-0814",
        38.2500,
        140.8800,
        "Asia/Tokyo",
        "Sendai City Hospital",
        "1-1-1 Asutonagamachi, Taihaku-ku",
        "Sendai, Miyagi 982-8502",
        "022-308-7111",
        "Sendai City Museum car park, 26 Kawauchi, Aoba-ku",
        "Sendai, Miyagi 980-0862",
    ),
    # (4) Peruvian two-day sheets: Trujillo, Tacna, Urubamba
    "emancipacion": _p(
        "pe",
        "Casa de la Emancipación",
        "Jr. Francisco Pizarro 610",
        "Trujillo 13001, La Libertad",
        -8.1110,
        -79.0270,
        "America/Lima",
        "Hospital Regional Docente de Trujillo",
        "Av. Mansiche 795",
        "Trujillo 13011, La Libertad",
        "(044) 231581",
        "Playa de estacionamiento Plaza de Armas, Jr. Orbegoso",
        "Trujillo 13001",
    ),
    "catedraltacna": _p(
        "pe",
        "Catedral de Tacna",
        "Calle San Martín 101, Plaza de Armas",
        "Tacna 23001",
        -18.0140,
        -70.2510,
        "America/Lima",
        "Hospital Hipólito Unanue",
        "Calle Blondell s/n",
        "Tacna 23001",
        "(052) 583730",
        "Paseo Cívico, estacionamiento Av. Bolognesi",
        "Tacna 23001",
    ),
    "tambo": _p(
        "pe",
        "Tambo del Inka",
        "Av. Ferrocarril s/n",
        "Urubamba 08661, Cusco",
        -13.3060,
        -72.1250,
        "America/Lima",
        "Hospital de Apoyo Urubamba",
        "Av. Cabo Conchatupa s/n",
        "Urubamba 08660, Cusco",
        "(084) 201334",
        "Estación de tren Urubamba (PeruRail), Av. Ferrocarril",
        "Urubamba 08661",
    ),
    # (5) Korean service grid: Suwon, Ulsan, Sokcho
    "haenggung": _p(
        "kr",
        "Hwaseong Haenggung Palace",
        "825 Jeongjo-ro, Paldal-gu",
        "Suwon-si, Gyeonggi-do 16258",
        37.2820,
        127.0140,
        "Asia/Seoul",
        "Ajou University Hospital",
        "164 World cup-ro, Yeongtong-gu",
        "Suwon-si, Gyeonggi-do 16499",
        "031-219-5114",
        "Hwaseong Haenggung public parking lot, Haenggung-ro",
        "Suwon-si, Gyeonggi-do 16259",
    ),
    "daewangam": _p(
        "kr",
        "Daewangam Park",
        "140 Daewangam-gil, Dong-gu",
        "Ulsan 44041",
        35.4930,
        129.4400,
        "Asia/Seoul",
        "Ulsan University Hospital",
        "877 Bangeojinsunhwando-ro, Dong-gu",
        "Ulsan 44033",
        "052-250-7000",
        "Daewangam Park 1st parking lot, Ildan-gil",
        "Ulsan 44041",
    ),
    "abai": _p(
        "kr",
        "Abai Village (Cheongho-dong)",
        "122 Cheongho-ro",
        "Sokcho-si, Gangwon-do 24855",
        38.2010,
        128.5950,
        "Asia/Seoul",
        "Sokcho Medical Center",
        "3 Yeonggeumjeong-ro",
        "Sokcho-si, Gangwon-do 24822",
        "033-630-6000",
        "Sokcho Expo Tower parking, Cheongchoho-ban-ro",
        "Sokcho-si, Gangwon-do 24856",
    ),
    # (6) Argentine spreadsheet exports: Salta, Ushuaia, San Salvador de Jujuy
    "maam": _p(
        "ar",
        "Museo de Arqueología de Alta Montaña (MAAM)",
        "Mitre 77",
        "A4400 Salta",
        -24.7890,
        -65.4110,
        "America/Argentina/Salta",
        "Hospital San Bernardo",
        "Tobías 69",
        "A4400 Salta",
        "(0387) 432-0300",
        "Playa de estacionamiento Caseros 450",
        "A4400 Salta",
    ),
    "presidio": _p(
        "ar",
        "Museo Marítimo y del Presidio de Ushuaia",
        "Yaganes y Gobernador Paz",
        "V9410 Ushuaia, Tierra del Fuego",
        -54.8050,
        -68.3020,
        "America/Argentina/Ushuaia",
        "Hospital Regional Ushuaia",
        "Maipú 1100",
        "V9410 Ushuaia, Tierra del Fuego",
        "(02901) 44-1000",
        "Estacionamiento Puerto, Av. Maipú y Lasserre",
        "V9410 Ushuaia",
    ),
    "cabildo": _p(
        "ar",
        "Cabildo de Jujuy (Museo Histórico Policial)",
        "Belgrano 465",
        "Y4600 San Salvador de Jujuy",
        -24.1860,
        -65.2990,
        "America/Argentina/Jujuy",
        "Hospital Pablo Soria",
        "Av. General Güemes 1345",
        "Y4600 San Salvador de Jujuy",
        "(0388) 422-1228",
        "Playa de estacionamiento Plaza Belgrano, San Martín 350",
        "Y4600 San Salvador de Jujuy",
    ),
}

PT_WD = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"]
PT_WD += ["sábado", "domingo"]
PT_MON = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto"]
PT_MON += ["setembro", "outubro", "novembro", "dezembro"]
ES_WD = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto"]
ES_MON += ["septiembre", "octubre", "noviembre", "diciembre"]
ES_MON3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "br_h": f"{h:02d}h{m:02d}",  # "07h00"
        "br": f"{h:02d}:{m:02d}",  # "07:00"
        "co": f"{h12}:{m:02d} {ap[0].lower()}. m.",  # "6:30 a. m."
        "co_up": f"{h12}:{m:02d} {ap}",  # "6:30 AM"
        "jp": f"{h:02d}:{m:02d}",  # "06:30"
        "pe": f"{h12}:{m:02d} {ap.lower()[0]}.m.",  # "6:30 a.m."
        "pe_hrs": f"{h:02d}:{m:02d} hrs",  # "06:30 hrs"
        "kr": f"{h:02d}:{m:02d}",  # "06:30"
        "ar": f"{h:02d}:{m:02d}",  # "07:30"
        "ar_hs": f"{h}:{m:02d} hs",  # "7:30 hs"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "pt_long": f"{PT_WD[d.weekday()]}, {d.day} de {PT_MON[d.month - 1]} de {d.year}",
        "pt_slash": f"{d:%d/%m/%Y}",  # "12/11/2026"
        "es_long": f"{ES_WD[d.weekday()].capitalize()} {d.day} de {ES_MON[d.month - 1]} de "
        f"{d.year}",
        "es_slash": f"{ES_WD[d.weekday()].capitalize()} {d:%d/%m/%Y}",  # "Lunes 16/11/2026"
        "jp_slash": f"{d:%Y/%m/%d} ({d:%a})",  # "2026/11/10 (Tue)"
        "jp_slash_plain": f"{d:%Y/%m/%d}",
        "kr_dots": f"{d:%Y.%m.%d} ({d.strftime('%a').upper()})",  # "2026.11.17 (TUE)"
        "kr_dots_plain": f"{d:%Y.%m.%d}",
        "ar_slash": f"{d:%d/%m/%Y}",  # "12/11/2026"
        "ar_abbr": f"{ES_WD[d.weekday()][:3]} {d.day:02d}-{ES_MON3[d.month - 1]}-{d:%y}",
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh50")
_para = paragraph
_table = partial(head_table, size=7.5, lead=12)


def _footer(c: Canvas, text: str) -> None:
    grey_text(c, 34, c.pdf.h - 20, text, 7, 120)


# --- (1) Brazilian ordem do dia: ORDEM DO DIA / CALL SHEET, Portuguese with English glosses ----


def _br(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=32.0)
        c.text(x0, 40, g["company"], 9, bold=True)
        grey_text(c, x0, 51, g["office"], 7)
        c.right(right, 40, "ORDEM DO DIA / CALL SHEET", 12, bold=True)
        c.right(right, 52, f"Diária {g['day_n']}  ·  Emitida em {g['issued']}", 7.5)
        c.hline(x0, right, 60, 1.2)
        centre(c, 84, title, 20)
        centre(c, 98, g["credits"], 8, bold=False)
        centre(c, 114, day_text(day, "pt_long"), 11)
        centre(c, 126, day_text(day, "pt_slash"), 8.5, bold=False)
        y = 138.0
        # the day's times, left; sun and weather, right
        half = (right - x0) / 2
        c.box(x0, y, half - 4, 112, 0.8)
        c.text(x0 + 6, y + 12, "HORÁRIOS / SCHEDULE", 8, bold=True)
        yy = y + 26
        for lab, off in g["times"]:
            if off == 0:
                fill(c, x0 + 2, yy - 11, half - 8, 16, 225)
                c.text(x0 + 6, yy + 1, lab, 9, bold=True)
                c.right(x0 + half - 12, yy + 2, hm(call, t), 14, bold=True)
                yy += 18
            else:
                c.text(x0 + 6, yy, lab, 7.5)
                c.right(x0 + half - 12, yy, hm(add_minutes(call, off), t), 8.5)
                yy += 12
        rx = x0 + half + 4
        c.box(rx, y, half - 4, 112, 0.5)
        cell(
            c,
            rx,
            y,
            half - 4,
            "CLIMA / WEATHER",
            [
                g["weather"],
                f"Nascer do sol / Sunrise: {hm(rise, t)}",
                f"Pôr do sol / Sunset: {hm(fall, t)}",
                g["tide"],
            ],
            label_size=7.5,
            size=8,
        )
        y += 120
        third = (right - x0) / 3
        blocks = [
            ("LOCAÇÃO / LOCATION", [p.name, p.street, p.city, g["set"]]),
            ("BASE / ESTACIONAMENTO", [p.base_street, p.base_city, g["base_note"]]),
            (
                "HOSPITAL MAIS PRÓXIMO / NEAREST HOSPITAL",
                [p.hospital, p.hospital_street, p.hospital_city, f"Tel. {p.hospital_phone}"],
            ),
        ]
        ruled_cells(c, x0, y, third, blocks, 70, 0.5, label_size=6.8, size=7.6, lead=10.5)
        y += 84
        written = partial(hm, style=t)
        y = day_tables(
            _table,
            c,
            x0,
            y,
            right,
            g,
            call,
            written,
            scenes=(
                ["CENA", "AMBIENTE / SET", "I/E", "D/N", "ELENCO", "PÁG."],
                [0, 36, 300, 330, 360, 480],
            ),
            cast=(
                ["#", "ATOR / ATRIZ", "PERSONAGEM", "VAN HOTEL", "MAQUIAGEM", "NO SET"],
                [0, 18, 150, 270, 350, 440],
            ),
            steps=[-60, -40, 30],
            numbered=True,
            crew=(["DEPARTAMENTO", "NOME", "CELULAR", "CHAMADA"], [0, 130, 270, 420]),
            notes=("OBSERVAÇÕES / NOTES", 8, 7.5, 10),
        )
        nxt = day + dt.timedelta(days=1)
        c.hline(x0, right, y + 2, 0.6)
        c.text(
            x0,
            y + 14,
            f"PRÓXIMA DIÁRIA / NEXT DAY: {day_text(nxt, 'pt_slash')}  ·  chamada "
            f"{hm(g['next_call'], t)}  ·  {g['next_place']}",
            8,
            bold=True,
        )
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"br_{key}",
        "br_ordem_do_dia",
        "Brazilian 'ORDEM DO DIA / CALL SHEET', A4: company and 'Diária n de N · Emitida em' "
        "(the issued date and time) at the top, the title and the date in Portuguese centred; "
        "a HORÁRIOS box listing the day's times in order with the CHAMADA GERAL row shaded and "
        "larger, weather and sun beside it; location / base / nearest hospital; scenes, "
        "numbered cast with hotel van and make-up, crew; the next day's call under the notes",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _br_sheets() -> list[Sheet]:
    return [
        _br(
            "farol",
            "Maré Alta",
            D(2026, 11, 12),
            "07:00",
            {
                "font": "helvetica",
                "time_style": "br_h",
                "company": "DENDÊ FILMES LTDA.",
                "office": "Rua Marquês de Leão, 52 - Barra, Salvador - BA  ·  (71) 3033-4410",
                "day_n": "6 de 24",
                "issued": "11/11/2026 às 19h40",
                "credits": "Direção: Iara Menezes  ·  Produção executiva: Caio Brandão  ·  "
                "1º AD: Rafael Souza",
                # HARD: the hotel van and the early make-up call come first, in the same list
                "times": [
                    ("Saída da van (Hotel Fasano) / Van leaves hotel", -75),
                    ("Maquiagem antecipada / Early make-up", -60),
                    ("Café da manhã / Breakfast", -30),
                    ("CHAMADA GERAL / GENERAL CALL", 0),
                    ("Primeiro plano / First shot", 75),
                    ("Almoço / Lunch", 360),
                    ("Previsão de fim / Est. wrap", 660),
                ],
                "weather": "Ensolarado, 29°C, vento leste 15 km/h",
                "tide": "Maré alta / high tide 10h52 (1,9 m)",
                "set": "terraço do farol e a muralha sobre o mar",
                "base_note": "Vans a cada 15 min até o Farol",
                "scenes": [
                    ("21", "EXT. FAROL - TERRAÇO", "E", "D", "1, 2", "2 3/8"),
                    ("22", "EXT. MURALHA - MAR", "E", "D", "1, 3, FIG 12", "1 5/8"),
                    ("30", "INT. MUSEU NÁUTICO - SALA DO FAROLEIRO", "I", "D", "2", "6/8"),
                ],
                "cast": [
                    ("Luana Ribeiro", "DORA", 0),
                    ("Tiago Nascimento", "ZECA", 30),
                    ("Mãe Lúcia de Oxum", "MÃE LÚCIA", 150),
                ],
                "crew": [
                    ("Produção", "Caio Brandão", "(71) 99120-4471", -30),
                    ("Câmera", "Marina Lobo", "(71) 98831-2290", 0),
                    ("Elétrica / Maquinária", "Jorge Santana", "(71) 99210-8802", -45),
                ],
                "notes": [
                    "Farol aberto ao público: área do museu isolada até 12h00. Protetor solar "
                    "e água para todos. Drone autorizado pela DECEA só entre 8h00 e 9h30.",
                ],
                "next_call": "06:30",
                "next_place": "Pelourinho - Largo do Cruzeiro de São Francisco",
                "footer": "Dendê Filmes  |  Maré Alta (série, 8 ep.)  |  Ordem do dia 6",
            },
        ),
        _br(
            "arthur",
            "O Ponto",
            D(2026, 11, 18),
            "08:00",
            {
                "font": "sans",
                "time_style": "br",
                "company": "ATENAS PRODUÇÕES",
                "office": "Rua Portugal, 185 - Praia Grande, São Luís - MA",
                "day_n": "3 de 15",
                "issued": "17/11/2026 18:05",
                "credits": "Director: Hugo Thiessen  ·  Produtora de serviço: Ana Beatriz Costa",
                "times": [
                    ("Café da manhã / Breakfast", -30),
                    ("CHAMADA GERAL / GENERAL CALL", 0),
                    ("Ensaio / Rehearsal", 45),
                    ("Almoço / Lunch", 330),
                    ("Previsão de fim / Est. wrap", 600),
                ],
                "weather": "Parcialmente nublado, 31°C, umidade 78%",
                "tide": "Ar-condicionado do teatro desligado durante os takes",
                "set": "plateia, palco e camarins",
                "base_note": "Caminhões só entre 6h00 e 7h30",
                "scenes": [
                    ("11", "INT. TEATRO - PLATEIA - 1958", "I", "D", "1, 2, FIG 40", "2 4/8"),
                    ("12", "INT. TEATRO - CAMARIM", "I", "D", "1", "1 2/8"),
                ],
                "cast": [
                    ("Greta Lindqvist", "HELGA", 0),
                    ("Wellington Moraes", "O PONTO", 45),
                ],
                "crew": [
                    ("Produção", "Ana Beatriz Costa", "(98) 98114-0032", -30),
                    ("Câmera", "Felipe Araújo", "(98) 99155-6610", 0),
                    ("Som", "Raimundo Pereira", "(98) 98702-1145", 0),
                ],
                "notes": [
                    "Teatro tombado pelo IPHAN: nada preso às paredes, fita crepe só no piso. "
                    "Figuração com figurino de época chega às 7h15.",
                ],
                "next_call": "07:30",
                "next_place": "Palácio dos Leões, Av. Dom Pedro II",
                "footer": "Atenas Produções for Nordlicht Film  |  O Ponto  |  OD 3",
            },
        ),
        _br(
            "anchieta",
            "Capixaba",
            D(2026, 11, 24),
            "06:30",
            {
                "font": "helvetica",
                "time_style": "br_h",
                "company": "MOQUECA FILMES",
                "office": "Av. Jerônimo Monteiro, 1000 - Centro, Vitória - ES",
                "day_n": "11 de 18",
                "issued": "23/11/2026 20h10",
                "credits": "Direção: Paula Vervloet  ·  Produção: Renan Altoé",
                "times": [
                    ("Café da manhã / Breakfast", -30),
                    ("CHAMADA GERAL / GENERAL CALL", 0),
                    ("Primeiro plano / First shot", 90),
                    ("Almoço / Lunch", 360),
                    ("Previsão de fim / Est. wrap", 690),
                ],
                "weather": "Nublado com chuviscos, 24°C",
                "tide": "Chuva: plano B interno (Salão São Tiago)",
                "set": "escadaria e Salão São Tiago",
                "base_note": "Entrada pela Av. República",
                "scenes": [
                    ("40", "EXT. PALÁCIO - ESCADARIA", "E", "D", "1, 2, 4", "1 6/8"),
                    ("41", "INT. SALÃO SÃO TIAGO - POSSE", "I", "D", "1, 2, 3, FIG 60", "3"),
                ],
                "cast": [
                    ("Júlia Zanotti", "CLARA", 0),
                    ("Marcos Frizzera", "GOVERNADOR", 60),
                    ("Teresa Coutinho", "DONA ALZIRA", 90),
                ],
                "crew": [
                    ("Produção", "Renan Altoé", "(27) 99981-2201", -30),
                    ("Câmera", "Bruno Sarmento", "(27) 99744-0918", 0),
                    ("Arte", "Lívia Casagrande", "(27) 98803-7716", -60),
                ],
                "notes": [
                    "Palácio em funcionamento: credenciais na portaria, sem acesso ao 2º andar. "
                    "Silêncio total durante a cerimônia oficial das 10h00.",
                ],
                "next_call": "07:00",
                "next_place": "Convento da Penha, Vila Velha",
                "footer": "Moqueca Filmes  |  Capixaba  |  Ordem do dia nº 11",
            },
        ),
    ]


# --- (2) Colombian hoja de llamado: the general call in a big box over smaller times ----------


def _co(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("letter", g["font"], margin=30.0)
        c.text(x0, 40, g["company"], 8.5, bold=True)
        grey_text(c, x0, 50, g["nit"], 7)
        c.text(x0, 76, "HOJA DE LLAMADO", 11, bold=True)
        c.text(x0, 98, title.upper(), 18, bold=True)
        c.text(x0, 112, g["credits"], 8)
        c.text(x0, 128, day_text(day, "es_long"), 10, bold=True)
        c.text(x0, 140, f"Día de rodaje {g['day_n']}  ·  Llamado No. {g['n']}", 8)
        # the big box, right
        bx = right - 190
        c.box(bx, 30, 190, 100, 2.0)
        centre_x = bx + 95
        label = g["call_label"]
        c.text(centre_x - c.pdf.get_string_width(label) / 2 - 10, 48, label, 9, bold=True)
        c._font(hm(call, t), 30, True, None)
        w = c.pdf.get_string_width(hm(call, t))
        c.text(centre_x - w / 2, 96, hm(call, t), 30, bold=True)
        c.text(bx + 8, 120, f"Salida del sol {hm(rise, t)}  ·  Puesta {hm(fall, t)}", 7.5)
        y = 152.0
        # a row of smaller boxes: the day's other times
        n = len(g["times"])
        bw = (right - x0) / n
        for i, (lab, off) in enumerate(g["times"]):
            c.box(x0 + i * bw, y, bw, 36, 0.6)
            fit(c, x0 + i * bw + 4, y + 11, lab, 6.8, bw - 8, bold=True)
            c.text(x0 + i * bw + 4, y + 29, hm(add_minutes(call, off), t), 10, bold=True)
        y += 46
        third = (right - x0) / 3
        blocks = [
            ("LOCACIÓN", [p.name, p.street, p.city, g["set"]]),
            ("BASE / PARQUEADERO", [p.base_street, p.base_city]),
            (
                "HOSPITAL MÁS CERCANO",
                [p.hospital, p.hospital_street, p.hospital_city, f"Tel. {p.hospital_phone}"],
            ),
        ]
        ruled_cells(c, x0, y, third, blocks, 66, 0.5, label_size=7, size=7.8, lead=10.5)
        y += 80
        c.text(x0, y, f"Clima: {g['weather']}", 8)
        y += 14
        written = partial(hm, style=t)
        y = day_tables(
            _table,
            c,
            x0,
            y,
            right,
            g,
            call,
            written,
            scenes=(
                ["ESC.", "DESCRIPCIÓN", "INT/EXT", "D/N", "PERSONAJES", "PÁGS."],
                [0, 32, 290, 336, 366, 490],
            ),
            cast=(
                ["#", "ACTOR / ACTRIZ", "PERSONAJE", "RECOGIDA", "MAQUILLAJE", "EN SET"],
                [0, 18, 150, 270, 350, 440],
            ),
            steps=[-50, -30, 40],
            numbered=True,
            crew=(["ÁREA", "NOMBRE", "CELULAR", "LLAMADO"], [0, 130, 270, 420]),
            notes=("NOTAS DE PRODUCCIÓN", 8, 7.5, 10),
        )
        c.text(
            x0,
            y + 8,
            f"Llamado de mañana ({day_text(day + dt.timedelta(days=1), 'es_long')}): "
            f"{hm(g['next_call'], t)}",
            8,
            bold=True,
        )
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"co_{key}",
        "co_hoja_de_llamado",
        "Colombian 'HOJA DE LLAMADO' in Spanish, letter: company with its NIT, title, date in "
        "words and 'Día de rodaje'; the general call large in a heavy box top right with sun "
        "under it; a row of smaller boxes with the day's other times (pre-calls, breakfast, "
        f"first shot, lunch, wrap); location / base / hospital; scenes, cast, crew, notes and "
        f"tomorrow's call at the foot; call label '{g['call_label']}'",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _co_sheets() -> list[Sheet]:
    return [
        _co(
            "quinta",
            "La Última Quinta",
            D(2026, 11, 10),
            "06:30",
            {
                "font": "helvetica",
                "time_style": "co",
                "company": "CARIBE SUR PRODUCCIONES S.A.S.",
                "nit": "NIT 901.224.518-3  ·  Calle 22 # 3-45, Santa Marta",
                "credits": "Dirección: Camila Daza  ·  Producción: Andrés Vives  ·  1er AD: "
                "Luis Fernando Ospino",
                "day_n": "8 de 26",
                "n": "8",
                "call_label": "LLAMADO GENERAL",
                "times": [
                    ("Llamado maquillaje", -60),
                    ("Desayuno", -30),
                    ("Primer plano", 90),
                    ("Almuerzo", 360),
                    ("Fin estimado", 660),
                ],
                "set": "la casa principal y el jardín botánico",
                "weather": "Soleado, 32°C, brisa del noreste",
                "scenes": [
                    ("34", "QUINTA - ALCOBA DEL LIBERTADOR 1830", "INT", "D", "1, 2", "2 1/8"),
                    ("35", "QUINTA - JARDÍN BOTÁNICO", "EXT", "D", "1, 3, EXT 15", "1 4/8"),
                ],
                "cast": [
                    ("Diego Cadavid", "SIMÓN", 0),
                    ("Laura Archbold", "MANUELA", 30),
                    ("Kepa Amuchastegui", "DR. RÉVEREND", 120),
                ],
                "crew": [
                    ("Producción", "Andrés Vives", "315 882 1044", -30),
                    ("Cámara", "Natalia Ceballos", "300 411 7720", 0),
                    ("Luces", "Hernán Pertuz", "311 290 6638", -45),
                ],
                "notes": [
                    "Museo abierto al público 9:00 a. m. - 4:30 p. m.: la alcoba solo antes de "
                    "las 9:00. Repelente para todos: zona de mosquitos en el jardín.",
                ],
                "next_call": "07:00",
                "footer": "Caribe Sur Producciones  |  La Última Quinta  |  Hoja de llamado 8",
            },
        ),
        _co(
            "narino",
            "Tierra Fría",
            D(2026, 11, 17),
            "07:00",
            {
                "font": "sans",
                "time_style": "co_up",
                "company": "PÁRAMO CINE",
                "nit": "NIT 900.876.301-1  ·  Bogotá D.C.",
                "credits": "Director: Iván Gaona Rey  ·  Jefe de producción: Sandra Patiño",
                "day_n": "2 de 12",
                "n": "2",
                # HARD: the pre-calls (make-up, wardrobe, the bus from Tunja) all precede the call
                "call_label": "LLAMADO GENERAL EQUIPO",
                "times": [
                    ("Bus desde Tunja", -90),
                    ("Maquillaje y vestuario", -75),
                    ("Desayuno", -30),
                    ("Almuerzo", 330),
                    ("Wrap", 630),
                ],
                "set": "patio colonial y biblioteca del Precursor",
                "weather": "Nublado, 18°C, lluvia en la tarde",
                "scenes": [
                    ("5", "CASA NARIÑO - PATIO", "EXT", "D", "1, 2", "1 7/8"),
                    ("6", "CASA NARIÑO - BIBLIOTECA", "INT", "D", "1", "2 2/8"),
                    ("9", "CASA NARIÑO - PATIO (LLUVIA)", "EXT", "D", "2, 4", "5/8"),
                ],
                "cast": [
                    ("Valentina Bernal", "ROSA", 0),
                    ("Julián Beltrán", "TOMÁS", 60),
                ],
                "crew": [
                    ("Producción", "Sandra Patiño", "310 555 2090", -30),
                    ("Fotografía", "Mateo Lozano", "320 881 4402", 0),
                    ("Arte", "Paula Sierra", "314 229 0875", -90),
                ],
                "notes": [
                    "Casa museo del Ministerio de Cultura: guantes para la utilería del "
                    "archivo. Calles empedradas: carros solo hasta la Carrera 9.",
                ],
                "next_call": "06:45",
                "footer": "Páramo Cine  |  Tierra Fría  |  Llamado 2",
            },
        ),
        _co(
            "lopez",
            "Acordeón",
            D(2026, 11, 24),
            "14:00",
            {
                "font": "helvetica",
                "time_style": "co",
                "company": "SOL DEL CESAR FILMS",
                "nit": "NIT 901.530.992-7  ·  Valledupar",
                "credits": "Director: Rafael Orozco Mejía  ·  Productora: Daniela Maestre",
                "day_n": "14 de 20",
                "n": "14",
                "call_label": "LLAMADO GENERAL (TARDE / NOCHE)",
                "times": [
                    ("Almuerzo antes del llamado", -45),
                    ("Ensayo músicos", 60),
                    ("Primer plano", 120),
                    ("Cena", 360),
                    ("Fin estimado", 660),
                ],
                "set": "tarima de la plaza y el palo de mango",
                "weather": "Despejado, 34°C en la tarde, 27°C de noche",
                "scenes": [
                    ("52", "PLAZA - TARIMA DEL FESTIVAL", "EXT", "N", "1, 2, 5, EXT 200", "3"),
                    ("53", "PLAZA - PALO DE MANGO", "EXT", "N", "1, 2", "1 3/8"),
                ],
                "cast": [
                    ("Silvestre Rojas", "LEANDRO", 0),
                    ("Adriana Araújo", "CONSUELO", 30),
                    ("Los Juglares del Cesar", "CONJUNTO", 60),
                ],
                "crew": [
                    ("Producción", "Daniela Maestre", "301 229 8841", -60),
                    ("Cámara", "Óscar Mendoza", "318 774 0021", 0),
                    ("Sonido en vivo", "Iván Fuentes", "300 621 3390", -30),
                ],
                "notes": [
                    "Permiso de la Alcaldía: cierre de la Calle 15 de 12:00 m. a 2:00 a. m. "
                    "Extras de la Plaza citados a las 4:00 p. m. en el Centro Cultural.",
                ],
                "next_call": "15:00",
                "footer": "Sol del Cesar Films  |  Acordeón  |  Hoja de llamado No. 14",
            },
        ),
    ]


# --- (3) Japanese service sheet in English: 2026/11/10 (Tue), 24-hour times, lobby calls ------


def _jp(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=34.0)
        # the service company's letterhead, the client under it
        c.text(x0, 40, g["service"], 9.5, bold=True)
        grey_text(c, x0, 51, g["service_line"], 7)
        c.right(right, 40, "CALL SHEET", 16, bold=True)
        c.right(right, 53, f"Issued {g['issued']}", 7.5)
        c.hline(x0, right, 60, 0.8)
        c.text(x0, 82, f"\u201c{title}\u201d", 17, bold=True)
        c.text(x0, 96, f"Client: {g['client']}", 8.5)
        c.text(x0, 107, g["credits"], 8)
        c.right(right, 82, f"DATE  {day_text(day, 'jp_slash')}", 12, bold=True)
        c.right(right, 96, f"SHOOT DAY {g['day_n']}", 9, bold=True)
        c.right(right, 107, f"Sunrise {hm(rise, t)}  /  Sunset {hm(fall, t)}", 8)
        y = 120.0
        # the timetable: a two-column list, 24-hour times first
        fill(c, x0, y, right - x0, 14, 40)
        c.pdf.set_text_color(255, 255, 255)
        c.text(x0 + 6, y + 10, "TIMETABLE (24H)", 8.5, bold=True)
        c.right(right - 6, y + 10, g["weather"], 7.5)
        black(c)
        y += 26
        rows = sorted([*g["times"], (g["call_label"], 0)], key=lambda r: r[1])
        half = (right - x0) / 2
        for i, (lab, off) in enumerate(rows):
            xx = x0 + (i % 2) * half
            yy = y + (i // 2) * 14
            bold = off == 0
            c.text(xx + 4, yy, hm(add_minutes(call, off), t), 10 if bold else 9, bold=True)
            c.text(xx + 50, yy, lab, 9 if bold else 8, bold=bold)
        y += ((len(rows) + 1) // 2) * 14 + 6
        third = (right - x0) / 3
        blocks = [
            ("LOCATION", [p.name, p.street, p.city, g["set"]]),
            ("CREW PARKING / BASE", [p.base_street, p.base_city, g["base_note"]]),
            ("NEAREST HOSPITAL (ER 24H)", [*hospital_lines(p), "Ambulance / Fire: 119"]),
        ]
        ruled_cells(c, x0, y, third, blocks, 74, 0.5, label_size=7, size=7.8, lead=10.5)
        y += 88
        written = partial(hm, style=t)
        y = day_tables(
            _table,
            c,
            x0,
            y,
            right,
            g,
            call,
            written,
            scenes=(["SC", "SET", "D/N", "CAST", "NOTES"], [0, 28, 290, 320, 400]),
            cast=(["CAST", "ROLE", "LOBBY", "HMU", "ON SET"], [0, 140, 270, 350, 430]),
            steps=[-70, -40, 30],
            crew=(["DEPT", "NAME", "MOBILE", "CALL"], [0, 140, 290, 430]),
            notes=("NOTES / CHUI JIKO", 8, 7.5, 10),
        )
        nxt = day + dt.timedelta(days=1)
        c.box(x0, y + 2, right - x0, 28, 0.6)
        c.text(
            x0 + 6,
            y + 14,
            f"TOMORROW {day_text(nxt, 'jp_slash')}: crew call {hm(g['next_call'], t)}",
            8.5,
            bold=True,
        )
        c.text(x0 + 6, y + 25, g["next_place"], 7.5)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"jp_{key}",
        "jp_service",
        "Japanese service company's call sheet in English for a foreign production, A4: the "
        "service company's letterhead, CALL SHEET and the issued date and time at the right, "
        "the title in quotes with the client, DATE as YYYY/MM/DD (Ddd); a black TIMETABLE (24H) "
        "band over a two-column list of times in order (hotel lobby call, breakfast bento, the "
        "call in bold, lunch, wrap); location / parking / hospital with 119; scenes, cast with "
        "lobby times, crew, notes, and TOMORROW's call boxed at the foot",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _jp_sheets() -> list[Sheet]:
    return [
        _jp(
            "jinya",
            "The Mountain Clerk",
            D(2026, 11, 10),
            "07:00",
            {
                "font": "helvetica",
                "time_style": "jp",
                "service": "HIDA FILM COORDINATION CO., LTD.",
                "service_line": "2-48 Hanakawamachi, Takayama, Gifu  ·  +81 577-35-0488",
                "issued": "2026/11/09 21:30",
                "client": "Tall Pine Pictures (Vancouver) for a streaming series",
                "credits": "Director: Noah Fairbairn  ·  Line producer (JP): Yuki Mizuno",
                "day_n": "3 / 12",
                "weather": "Clear, 3°C at call, high 13°C",
                "call_label": "CREW CALL @ location",
                # HARD: the lobby call and hotel departure are printed before the crew call
                "times": [
                    ("Hotel lobby call (Hotel Associa)", -60),
                    ("Depart hotel", -50),
                    ("Breakfast bento at base", -30),
                    ("Shooting call", 60),
                    ("Lunch", 330),
                    ("Est. wrap", 570),
                ],
                "set": "the Oshirasu court room and the rice storehouse",
                "base_note": "Coaches only; 7 min walk to the Jinya",
                "scenes": [
                    ("17", "INT. JINYA - OSHIRASU COURT ROOM", "D", "1, 2", "tatami: socks only"),
                    ("18", "INT. JINYA - RICE STOREHOUSE", "D", "1, 3", "LED only"),
                ],
                "cast": [
                    ("Daniel Ashford", "EDWARD", 0),
                    ("Kenta Ozaki", "MAGISTRATE", 30),
                    ("Rina Hoshino", "SETSU", 90),
                ],
                "crew": [
                    ("Coordination", "Yuki Mizuno", "090-4182-7731", -60),
                    ("Camera", "Liam Cote", "+1 604 555 0182", 0),
                    ("Interpreter", "Aya Tanaka", "080-2291-0446", -60),
                ],
                "notes": [
                    "Site open to visitors from 08:45: no filming in the entrance hall. Shoes "
                    "off in all tatami rooms. Morning market on Jinya-mae: no trucks before 12:00.",
                ],
                "next_call": "06:30",
                "next_place": "Hida Folk Village (Hida no Sato), 1-590 Kamiokamotomachi",
                "footer": "Hida Film Coordination  |  The Mountain Clerk  |  CS #3  |  PRIVATE",
            },
        ),
        _jp(
            "byodoin",
            "Phoenix Hall",
            D(2026, 11, 19),
            "06:00",
            {
                "font": "sans",
                "time_style": "jp",
                "service": "KANSAI LOCATION SERVICES INC.",
                "service_line": "Shimogyo-ku, Kyoto  ·  info@kansai-ls.example",
                "issued": "2026/11/18 19:05",
                "client": "Maison Orée (Paris), commercial for a watchmaker",
                "credits": "Director: Léa Marchetti  ·  Producer (JP): Hiroshi Nakagawa",
                "day_n": "1 / 2",
                "weather": "Fine, 7°C at call, light wind",
                "call_label": "CREW CALL",
                "times": [
                    ("Breakfast bento", -20),
                    ("Temple gate opens for us", 15),
                    ("First shot (sunrise)", 40),
                    ("Lunch", 300),
                    ("Wrap", 480),
                ],
                "set": "the pond and the Phoenix Hall (exterior only)",
                "base_note": "Equipment carried in by hand from here",
                "scenes": [
                    ("1", "EXT. PHOENIX HALL - POND AT DAWN", "D", "1", "sunrise window"),
                    ("2", "EXT. PHOENIX HALL - MODEL ON BRIDGE", "D", "1, 2", "no drone"),
                ],
                "cast": [
                    ("Camille Roux", "MODEL", 0),
                    ("Sho Imai", "MODEL", 60),
                ],
                "crew": [
                    ("Coordination", "Hiroshi Nakagawa", "090-7712-0843", -30),
                    ("DOP", "Antoine Berger", "+33 6 12 34 56 78", 0),
                    ("Temple liaison", "Megumi Kato", "080-5530-2198", -30),
                ],
                "notes": [
                    "Temple opens to the public at 08:30: all exterior shots of the hall "
                    "before then. No tripods on the bridge; tracks on mats only.",
                ],
                "next_call": "07:30",
                "next_place": "Uji River, Asagiri-dori (Uji Bridge)",
                "footer": "Kansai Location Services  |  Phoenix Hall (spot 60s)  |  CS 1",
            },
        ),
        _jp(
            "zuihoden",
            "North Gate",
            D(2026, 11, 26),
            "07:30",
            {
                "font": "helvetica",
                "time_style": "jp",
                "service": "TOHOKU FIXERS LLC",
                "service_line": "1-3-1 Chuo, Aoba-ku, Sendai  ·  022-555-0190",
                "issued": "2026/11/25 20:45",
                "client": "Gangwon Pictures (Seoul) / feature film",
                "credits": "Director: Park Ji-won  ·  JP coordinator: Takeshi Sato",
                "day_n": "7 / 9",
                "weather": "Cloudy, 6°C, chance of rain 40%",
                "call_label": "ALL CREW CALL",
                "times": [
                    ("Hotel lobby (Hotel Metropolitan Sendai)", -45),
                    ("Breakfast", -30),
                    ("Rehearsal", 45),
                    ("Lunch", 330),
                    ("Wrap", 600),
                ],
                "set": "the mausoleum stairs and the cedar approach",
                "base_note": "Shuttle van every 20 min",
                "scenes": [
                    ("62", "EXT. CEDAR APPROACH - FOG", "D", "1, 2", "fog machine OK'd"),
                    ("63", "EXT. MAUSOLEUM STAIRS", "D", "1, 2, 4", "stairs: 2 safety"),
                ],
                "cast": [
                    ("Kim Seo-yeon", "HANA", 0),
                    ("Lee Do-hyun", "JUN", 30),
                    ("Koji Endo", "PRIEST", 120),
                ],
                "crew": [
                    ("Coordination", "Takeshi Sato", "090-6621-3354", -45),
                    ("Camera", "Choi Min-ho", "+82 10-5521-8830", 0),
                    ("Safety", "Daisuke Abe", "080-4419-7702", -30),
                ],
                "notes": [
                    "Zuihoden opens 09:00; our window is 07:30-10:30 then again after 16:00. "
                    "No smoking anywhere on Kyogamine hill.",
                ],
                "next_call": "08:00",
                "next_place": "Sendai Station east exit, bus bay 2 (travel day to Matsushima)",
                "footer": "Tohoku Fixers  |  North Gate  |  CS 7/9",
            },
        ),
    ]


# --- (4) Peruvian two-day sheets: today and tomorrow's advance on one landscape page ----------


def _pe_panel(
    c: Canvas,
    x: float,
    y: float,
    w: float,
    head: str,
    lines: list[tuple[str, str]],
    *,
    big: tuple[str, str] | None = None,
    shade: int = 30,
) -> float:
    """A panel's black head, then (label, value) rows; the call large if `big`."""
    fill(c, x, y, w, 18, shade)
    c.pdf.set_text_color(255, 255, 255)
    fit(c, x + 6, y + 13, head, 10, w - 12, bold=True)
    black(c)
    y += 32
    if big is not None:
        c.text(x + 6, y, big[0], 8, bold=True)
        c.text(x + 6, y + 24, big[1], 22, bold=True)
        y += 40
    for lab, val in lines:
        c.text(x + 6, y, lab, 7.5, bold=True)
        fit(c, x + 110, y, val, 8, w - 116)
        y += 11.5
    return y


def _pe(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)
    nxt = day + dt.timedelta(days=1)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=28.0, orientation="L")
        c.text(x0, 38, g["company"], 9, bold=True)
        c.text(x0, 60, title, 18, bold=True)
        c.text(x0, 73, g["credits"], 8)
        c.right(right, 38, "HOJA DE LLAMADO / CALL SHEET", 11, bold=True)
        c.right(right, 52, f"Enviada / Sent: {g['sent']}", 7.5)
        c.hline(x0, right, 82, 1.0)
        gap = 14
        wide = (right - x0 - gap) * 0.6
        narrow = right - x0 - gap - wide
        today = [
            ("Fecha / Date", day_text(day, g["date_style"])),
            ("Desayuno / Breakfast", hm(add_minutes(call, g["breakfast"]), t)),
            ("Primer plano / 1st shot", hm(add_minutes(call, g["first"]), t)),
            ("Almuerzo / Lunch", hm(add_minutes(call, g["lunch"]), t)),
            ("Fin / Wrap", hm(add_minutes(call, g["wrap"]), t)),
            ("Amanecer / Sunrise", hm(rise, t)),
            ("Atardecer / Sunset", hm(fall, t)),
            ("Clima / Weather", g["weather"]),
            ("Locación / Location", p.name),
            ("Dirección / Address", p.address),
            ("Set", g["set"]),
            ("Base / Parking", p.base),
            ("Hospital", p.hospital),
            ("Dirección hospital", f"{p.hospital_address}  ·  Tel. {p.hospital_phone}"),
        ]
        advance = [
            ("Fecha / Date", day_text(nxt, g["date_style"])),
            ("Desayuno / Breakfast", hm(add_minutes(g["next_call"], -30), t)),
            ("Locación / Location", g["next_place"]),
            ("Escenas / Scenes", g["next_scenes"]),
            ("Elenco / Cast", g["next_cast"]),
            ("Nota / Note", g["next_note"]),
        ]
        y = 94.0
        head_today = f"HOY / TODAY  ·  DÍA {g['day_n']}"
        head_next = f"AVANCE MAÑANA / ADVANCE  ·  DÍA {g['day_n'] + 1}"
        call_today = (g["call_label"], hm(call, t))
        call_next = ("Llamado / Call (tentativo)", hm(g["next_call"], t))
        if g.get("advance_first"):
            # HARD: tomorrow's advance is the left-hand panel, today's on the right
            _pe_panel(c, x0, y, narrow, head_next, advance, big=call_next, shade=110)
            yl = _pe_panel(c, x0 + narrow + gap, y, wide, head_today, today, big=call_today)
            ax = x0 + narrow + gap
        else:
            yl = _pe_panel(c, x0, y, wide, head_today, today, big=call_today)
            _pe_panel(c, x0 + wide + gap, y, narrow, head_next, advance, big=call_next, shade=110)
            ax = x0
        written = partial(hm, style=t)
        yl += 6
        day_tables(
            _table,
            c,
            ax,
            yl,
            ax + wide,
            g,
            call,
            written,
            scenes=(["ESC.", "SET", "D/N", "ELENCO", "PÁGS."], [0, 30, 230, 260, 360]),
            cast=(["ACTOR", "PERSONAJE", "RECOJO", "MAQ.", "SET"], [0, 120, 220, 290, 360]),
            steps=[-45, -20, 40],
        )
        _footer(c, g["footer"])
        return c.output()

    where = "left" if not g.get("advance_first") else "right"
    return _sheet(
        f"pe_{key}",
        "pe_two_day",
        "Peruvian bilingual Spanish / English sheet with two days on one landscape A4 page: "
        f"today's day (HOY / TODAY, the day the sheet plans) in the wider {where} panel with its "
        "call large, its times, sun, location, base and hospital, scenes and cast; tomorrow's "
        "advance (AVANCE MAÑANA / ADVANCE) in a grey-headed narrower panel with its own date, a "
        "tentative call, location and scenes; the date it was sent at the top right",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _pe_sheets() -> list[Sheet]:
    return [
        _pe(
            "emancipacion",
            "Los Libertos",
            D(2026, 11, 16),
            "07:00",
            {
                "font": "helvetica",
                "time_style": "pe",
                "date_style": "es_slash",
                "company": "MOCHE FILMS S.A.C.",
                "credits": "Dirección: Rosa María Vélez  ·  Producción: Gonzalo Chávarry",
                "sent": "15/11/2026 8:12 p.m.",
                "day_n": 5,
                "call_label": "LLAMADO GENERAL / GENERAL CALL",
                "breakfast": -30,
                "first": 75,
                "lunch": 360,
                "wrap": 630,
                "weather": "Nublado por la mañana, 22°C",
                "set": "patio principal y sala de la Independencia",
                "scenes": [
                    ("23", "CASA - PATIO PRINCIPAL 1820", "D", "1, 2, 6", "2 2/8"),
                    ("24", "CASA - SALA DE LA INDEPENDENCIA", "D", "1, 2, 3", "3"),
                ],
                "cast": [
                    ("Sergio Gjurinovic", "MARQUÉS", 0),
                    ("Karina Calmet", "DOÑA JOSEFA", 30),
                    ("Paul Vega", "EL ESCRIBANO", 120),
                ],
                "next_call": "06:00",
                "next_place": "Complejo Arqueológico Chan Chan (Palacio Nik An), Huanchaco",
                "next_scenes": "31, 32, 33 (EXT. muros de adobe)",
                "next_cast": "1, 2, 4 + 30 extras",
                "next_note": "Salida de bus del hotel 5:15 a.m.",
                "footer": "Moche Films  |  Los Libertos  |  Hoja de llamado día 5 + avance día 6",
            },
        ),
        _pe(
            "catedraltacna",
            "Arco",
            D(2026, 11, 23),
            "08:00",
            {
                "font": "sans",
                "time_style": "pe_hrs",
                "date_style": "es_slash",
                "company": "HEROICA PRODUCCIONES E.I.R.L.",
                "credits": "Director: Julián Copaja  ·  Jefa de producción: Milagros Ticona",
                "sent": "22/11/2026 19:30 hrs",
                "day_n": 9,
                "call_label": "CITACIÓN EQUIPO / CREW CALL",
                "breakfast": -30,
                "first": 90,
                "lunch": 330,
                "wrap": 600,
                "weather": "Soleado, 24°C, viento moderado por la tarde",
                "set": "atrio y nave central",
                "scenes": [
                    ("44", "CATEDRAL - ATRIO - PROCESIÓN", "D", "1, 3, 40 extras", "2"),
                    ("45", "CATEDRAL - NAVE CENTRAL", "D", "1, 3", "1 4/8"),
                ],
                "cast": [
                    ("Mayella Lloclla", "ISABEL", 0),
                    ("Carlos Mesta", "EL CURA", 60),
                ],
                "next_call": "07:00",
                "next_place": "Campo de la Alianza (Alto de la Alianza), Tacna",
                "next_scenes": "50-54 (EXT. desierto)",
                "next_cast": "1, 2, 5",
                "next_note": "Llevar protector solar y agua: sin sombra en el desierto",
                "footer": "Heroica Producciones  |  Arco  |  Día 9 / avance día 10",
            },
        ),
        _pe(
            "tambo",
            "Valle Sagrado",
            D(2026, 11, 30),
            "06:30",
            {
                "font": "helvetica",
                "time_style": "pe",
                "date_style": "es_slash",
                "company": "INTI SERVICE PRODUCTIONS",
                "credits": "Director: Henrik Lund  ·  Service producer: Pilar Huamán",
                "sent": "29/11/2026 9:40 p.m.",
                "day_n": 3,
                "advance_first": True,
                "call_label": "LLAMADO GENERAL / GENERAL CALL",
                "breakfast": -30,
                "first": 60,
                "lunch": 330,
                "wrap": 600,
                "weather": "Parcialmente nublado, 19°C, lluvia después de las 3 p.m.",
                "set": "terrazas del jardín y orilla del río Vilcanota",
                "scenes": [
                    ("12", "HOTEL - TERRAZA SOBRE EL RÍO", "D", "1, 2", "1 6/8"),
                    ("13", "ORILLA DEL RÍO VILCANOTA", "D", "1", "7/8"),
                ],
                "cast": [
                    ("Freja Holm", "ASTRID", 0),
                    ("Amaru Quispe", "GUÍA", 30),
                ],
                "next_call": "05:30",
                "next_place": "Salineras de Maras, Maras (Cusco)",
                "next_scenes": "20, 21 (EXT. salineras al amanecer)",
                "next_cast": "1, 2",
                "next_note": "Altura 3,300 m: oxígeno en el set, coca en el catering",
                "footer": "Inti Service Productions  |  Valle Sagrado  |  Day 3 + advance",
            },
        ),
    ]


# --- (5) Korean service grid: romanised Korean / English labels above their values -----------


def _kr(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=30.0)
        c.text(x0, 38, g["service"], 8.5, bold=True)
        c.right(right, 38, f"ISSUED {g['issued']}", 7.5)
        centre(c, 64, "DAILY CALL SHEET  /  ILIL CHWARYEONG GYEHOEKPYO", 12)
        centre(c, 84, title, 18)
        y = 96.0
        cols = 4
        w = (right - x0) / cols
        # every box: a small label on top, its value under it
        grid = [
            ("JEJAKSA / PRODUCTION", [g["client"]]),
            ("CHWARYEONG-IL / SHOOT DATE", [day_text(day, "kr_dots")]),
            ("HOECHA / SHOOT DAY", [g["day_n"]]),
            (g["call_label"], [hm(call, t)]),
            *[(lab, [hm(add_minutes(call, off), t)]) for lab, off in g["times"]],
            ("ILCHUL / SUNRISE", [hm(rise, t)]),
            ("ILMOL / SUNSET", [hm(fall, t)]),
            ("NALSSI / WEATHER", [g["weather"]]),
            ("GAMDOK / DIRECTOR", [g["director"]]),
        ]
        for i, (lab, lines) in enumerate(grid):
            bx = x0 + (i % cols) * w
            by = y + (i // cols) * 40
            big = lab == g["call_label"]
            c.box(bx, by, w, 40, 1.6 if big else 0.5)
            fit(c, bx + 4, by + 10, lab, 6.5, w - 8, bold=True)
            fit(c, bx + 4, by + 30, lines[0], 15 if big else 9.5, w - 8, bold=big)
        y += ((len(grid) + cols - 1) // cols) * 40 + 10
        half = (right - x0) / 2
        blocks = [
            ("HYEONJANG / LOCATION", [p.name, p.street, p.city, g["set"]]),
            ("JUCHA / PARKING & BASE", [p.base_street, p.base_city, g["base_note"]]),
        ]
        ruled_cells(c, x0, y, half, blocks, 62, 0.5, label_size=7, size=8, lead=10.5)
        y += 62
        c.box(x0, y, right - x0, 36, 0.8)
        cell(
            c,
            x0,
            y,
            right - x0,
            "EUNGGEUPSIL / NEAREST ER",
            [
                f"{p.hospital}  ·  {p.hospital_address}",
                f"Tel. {p.hospital_phone}   ·   Emergency 119",
            ],
            label_size=7,
            size=8.5,
        )
        y += 50
        written = partial(hm, style=t)
        y = day_tables(
            _table,
            c,
            x0,
            y,
            right,
            g,
            call,
            written,
            scenes=(["S#", "JANGMYEON / SCENE", "D/N", "CAST", "CUT"], [0, 26, 300, 330, 470]),
            cast=(
                ["BAEU / CAST", "ROLE", "PICK-UP", "HAIR & MAKE-UP", "ON SET"],
                [0, 140, 260, 340, 450],
            ),
            steps=[-60, -40, 30],
            crew=(["TEAM", "NAME", "H.P.", "CALL"], [0, 130, 270, 430]),
            notes=("CHAMGO / NOTES", 8, 7.5, 10),
        )
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"kr_{key}",
        "kr_label_grid",
        "Korean service company's daily call sheet in English with romanised Korean labels, "
        "A4: a grid of four boxes a row, each a small label ('CHWARYEONG-IL / SHOOT DATE', "
        "'ILCHUL / SUNRISE') above its value; the date YYYY.MM.DD (DDD), 24-hour times, the "
        f"call box ('{g['call_label']}') ruled heavier; location and parking boxes, the nearest "
        "ER across the page; scenes (S#), cast, crew with H.P. numbers",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _kr_sheets() -> list[Sheet]:
    return [
        _kr(
            "haenggung",
            "The King's Road",
            D(2026, 11, 17),
            "06:30",
            {
                "font": "helvetica",
                "time_style": "kr",
                "service": "HANGANG LINE PRODUCTION CO.",
                "issued": "2026.11.16 22:10",
                "client": "Blackthorn Films (UK)",
                "day_n": "4 / 15",
                # HARD: Korean crews say 'staff'; the bus from Seoul leaves before the call
                "call_label": "STAFF JIPHAP / STAFF CALL",
                "times": [
                    ("SEOUL BUS / BUS FROM SEOUL", -110),
                    ("BAEU JIPHAP / CAST CALL", 30),
                    ("ACHIM / BREAKFAST", -30),
                    ("CHWARYEONG / SHOOTING CALL", 90),
                    ("JEOMSIM / LUNCH", 360),
                    ("JONGYO / EST. WRAP", 660),
                ],
                "weather": "Sunny, -1°C / 11°C",
                "director": "Imogen Clarke",
                "set": "Bongsudang hall and the main courtyard",
                "base_note": "Trucks via Haenggung-ro only",
                "scenes": [
                    ("S#8", "HAENGGUNG - BONGSUDANG HALL (1795)", "D", "1, 2", "14"),
                    ("S#9", "HAENGGUNG - MAIN COURTYARD - PROCESSION", "D", "1, 2, 3, BG 80", "22"),
                ],
                "cast": [
                    ("Oliver Marsh", "HENRY", 0),
                    ("Jung Hae-in", "KING", 30),
                    ("Bae Soo-ji", "LADY HONG", 90),
                ],
                "crew": [
                    ("Line producer", "Kang Min-jae", "010-4421-8830", -30),
                    ("Camera", "Tom Reid", "+44 7700 900518", 0),
                    ("Art", "Yoon Ha-na", "010-2290-1174", -60),
                ],
                "notes": [
                    "Cultural Heritage Administration guide with us all day. Palace open to "
                    "visitors 09:00-18:00: courtyard procession only 07:00-09:00.",
                ],
                "footer": "Hangang Line Production  |  The King's Road  |  Call sheet 4",
            },
        ),
        _kr(
            "daewangam",
            "Tidewall",
            D(2026, 11, 24),
            "06:00",
            {
                "font": "sans",
                "time_style": "kr",
                "service": "EAST SEA FILM SERVICES",
                "issued": "2026.11.23 20:40",
                "client": "Nordkap Film AS (Oslo)",
                "day_n": "2 / 6",
                "call_label": "JIPHAP / CREW CALL",
                "times": [
                    ("ACHIM / BREAKFAST", -30),
                    ("CHWARYEONG / FIRST SHOT", 45),
                    ("JEOMSIM / LUNCH", 330),
                    ("JONGYO / WRAP", 600),
                ],
                "weather": "Clear, wind 6 m/s, 3°C / 12°C",
                "director": "Sigrid Hauge",
                "set": "the rocks below the iron bridge and the pine path",
                "base_note": "500 m walk to the rocks",
                "scenes": [
                    ("S#21", "DAEWANGAM ROCKS - DAWN", "D", "1", "6"),
                    ("S#22", "PINE PATH - WALK AND TALK", "D", "1, 2", "9"),
                ],
                "cast": [
                    ("Ingrid Bakke", "MARIT", 0),
                    ("Choi Woo-sik", "SEOK", 60),
                ],
                "crew": [
                    ("Line producer", "Seo Ji-hoon", "010-7731-2201", -30),
                    ("Camera", "Erik Vold", "+47 912 34 567", 0),
                    ("Safety", "Han Dong-wook", "010-5512-0093", -30),
                ],
                "notes": [
                    "Sunrise shot: be on the rocks by 06:45. Waves over 1.5 m = no one on the "
                    "lower rocks (safety officer's call).",
                ],
                "footer": "East Sea Film Services  |  Tidewall  |  CS 2",
            },
        ),
        _kr(
            "abai",
            "Northern Lights Diner",
            D(2026, 12, 1),
            "08:00",
            {
                "font": "helvetica",
                "time_style": "kr",
                "service": "SEORAK LOCATION PARTNERS",
                "issued": "2026.11.30 21:15",
                "client": "Harbor & Pine Media (Los Angeles)",
                "day_n": "5 / 8",
                "call_label": "JIPHAP / CREW CALL",
                "times": [
                    ("ACHIM / BREAKFAST", -30),
                    ("BAEU JIPHAP / CAST CALL", 15),
                    ("JEOMSIM / LUNCH", 330),
                    ("JONGYO / WRAP", 630),
                ],
                "weather": "Cloudy, 2°C / 9°C",
                "director": "Dana Whitaker",
                "set": "the gaetbae ferry landing and the sundae alley",
                "base_note": "Pay and display; receipts to production",
                "scenes": [
                    ("S#33", "GAETBAE FERRY - CROSSING", "D", "1, 2", "11"),
                    ("S#34", "ABAI VILLAGE - SUNDAE ALLEY", "D", "1, 2, BG 15", "16"),
                ],
                "cast": [
                    ("Ava Moreno", "JESS", 0),
                    ("Kim Tae-ri", "MIN-JI", 30),
                ],
                "crew": [
                    ("Line producer", "Oh Se-young", "010-3310-7724", -30),
                    ("Camera", "Sam Patel", "+1 323 555 0144", 0),
                    ("Locations", "Lim Jae-won", "010-9903-4412", -60),
                ],
                "notes": [
                    "The gaetbae (hand-pulled ferry) runs for the public too: we board "
                    "between public crossings only. Restaurants open 10:00.",
                ],
                "footer": "Seorak Location Partners  |  Northern Lights Diner  |  CS 5",
            },
        ),
    ]


# --- (6) Argentine spreadsheet exports: gridlines, column letters and row numbers ------------


def _ar(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=26.0)
        widths = [22.0, 112.0, 150.0, 120.0, 74.0]
        widths.append(right - x0 - sum(widths))
        rh = 14.0
        rows: list[list[str]] = [
            [g["sheet_head"], "", "", "", ""],
            ["PRODUCCIÓN", title, "", "PRODUCTORA", g["company"]],
            [*g["top_row"]],
            ["FECHA", day_text(day, g["date_style"]), "", "JORNADA", g["day_n"]],
            ["CITACIÓN GENERAL", hm(call, t), "", "DIRECTOR/A", g["director"]],
            *[[lab, hm(add_minutes(call, off), t), "", "", ""] for lab, off in g["times"]],
            ["SALIDA DEL SOL", hm(rise, t), "", "PUESTA DEL SOL", hm(fall, t)],
            ["CLIMA", g["weather"], "", "", ""],
            ["LOCACIÓN", p.name, "", "", ""],
            ["DIRECCIÓN", p.street, p.city, "", ""],
            ["SET", g["set"], "", "", ""],
            ["BASE / ESTAC.", p.base_street, p.base_city, "", ""],
            ["HOSPITAL", p.hospital, "", "TEL. GUARDIA", p.hospital_phone],
            ["DIR. HOSPITAL", p.hospital_street, p.hospital_city, "", ""],
            ["", "", "", "", ""],
            ["ESC.", "DECORADO", "ELENCO", "D/N", "PÁGS."],
            *[list(r) for r in g["scenes"]],
            ["", "", "", "", ""],
            ["ACTOR/ACTRIZ", "PERSONAJE", "PICK UP", "MAQ./PEIN.", "EN SET"],
            *[list(r) for r in cast_times(g["cast"], call, partial(hm, style=t), [-50, -30, 30])],
            ["", "", "", "", ""],
            ["NOTAS", g["note"], "", "", ""],
            ["CITACIÓN MAÑANA", hm(g["next_call"], t), g["next_place"], "", ""],
        ]
        # the column letters and the row numbers a printed sheet keeps
        y = 40.0
        fill(c, x0, y, sum(widths), rh, 230)
        xx = x0
        for i, w in enumerate(widths):
            if i:
                c.text(xx + w / 2 - 3, y + 10, "ABCDE"[i - 1], 7)
            xx += w
        c.grid(x0, y, widths, [rh] * (len(rows) + 1))
        for r, row in enumerate(rows, 1):
            yy = y + r * rh
            grey(c, 90)
            c.text(x0 + 4, yy + 10, str(r), 6.5)
            black(c)
            xx = x0 + widths[0]
            for k, val in enumerate(row):
                w = widths[k + 1]
                if val:
                    # as a spreadsheet prints it: text runs on over the empty cells to its right
                    room = w
                    for j in range(k + 1, len(row)):
                        if row[j]:
                            break
                        room += widths[j + 1]
                    bold = k == 0 or r == 1 or row[0] in ("ESC.", "ACTOR/ACTRIZ")
                    size = 9.5 if r == 1 else 7.5
                    fit(c, xx + 3, yy + 10, val, size, room - 6, bold=bold)
                xx += w
        grey_text(c, x0, c.pdf.h - 30, g["tab"], 7, 120)
        c.right(right, c.pdf.h - 30, "Página 1 de 1", 7)
        return c.output()

    return _sheet(
        f"ar_{key}",
        "ar_spreadsheet_export",
        "Argentine call sheet exported from a spreadsheet, A4: the printed gridlines with the "
        "column letters A-E and row numbers, one label a row in column A and its value in B "
        "(a street and its town in B and C, text running on over empty cells), the hospital "
        "on two rows; the day's "
        "times each a row, scenes and cast as further blocks of rows; tomorrow's call in the "
        "last row; the tab name and 'Página 1 de 1' under it",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _ar_sheets() -> list[Sheet]:
    return [
        _ar(
            "maam",
            "Niños del Volcán",
            D(2026, 11, 12),
            "07:30",
            {
                "font": "helvetica",
                "time_style": "ar",
                "date_style": "ar_slash",
                "sheet_head": "HOJA DE CITACIÓN - RODAJE",
                "company": "Cardón Cine S.R.L.",
                "top_row": ["VERSIÓN", "2 (corrige locación esc. 15)", "", "", ""],
                "day_n": "6 de 20",
                "director": "Lucrecia Farfán",
                "times": [
                    ("DESAYUNO", -30),
                    ("1ER PLANO", 90),
                    ("ALMUERZO", 330),
                    ("FIN ESTIMADO", 630),
                ],
                "weather": "Despejado, 27°C máx., viento zonda leve",
                "set": "sala de los Niños de Llullaillaco y el hall",
                "scenes": [
                    ("14", "MUSEO - SALA CONSERVACIÓN", "1, 2", "D", "2 3/8"),
                    ("15", "MUSEO - HALL CENTRAL", "1, 3, 20 ext.", "D", "1 5/8"),
                ],
                "cast": [
                    ("Mercedes Morán", "LA ARQUEÓLOGA", 0),
                    ("Tomás Wicz", "NICO", 45),
                ],
                "note": "Museo cerrado al público para nosotros hasta las 14:00",
                "next_call": "06:30",
                "next_place": "Quebrada de las Conchas (salida 5:00 desde el hotel)",
                "tab": "Citación_dia6.xlsx - Hoja1",
            },
        ),
        _ar(
            "presidio",
            "Fin del Mundo",
            D(2026, 11, 19),
            "08:00",
            {
                "font": "sans",
                "time_style": "ar",
                "date_style": "ar_abbr",
                "sheet_head": "PLAN DE RODAJE DIARIO / CALL SHEET",
                "company": "Austral Films (service)",
                # HARD: the sent date and time sit in the row above the shoot date
                "top_row": ["ENVIADO", "18/11/2026 21:14", "", "REVISIÓN", "B"],
                "day_n": "11 de 14",
                "director": "Mikkel Strand",
                "times": [
                    ("LLAMADO MAQUILLAJE", -60),
                    ("DESAYUNO", -30),
                    ("ALMUERZO", 330),
                    ("WRAP", 600),
                ],
                "weather": "Nublado, 9°C, ráfagas 50 km/h",
                "set": "pabellón histórico (ala 1) y celdas",
                "scenes": [
                    ("70", "PRESIDIO - PABELLÓN 1 - 1920", "1, 4", "D", "3"),
                    ("71", "PRESIDIO - CELDA 380", "1", "D", "1 1/8"),
                ],
                "cast": [
                    ("Anders Holt", "EL PRESO", 0),
                    ("Pablo Rago", "GUARDIA", 30),
                    ("Valeria Lois", "LA MAESTRA", 120),
                ],
                "note": "Visitas guiadas 10:00 y 15:00: silencio en el ala 1",
                "next_call": "07:00",
                "next_place": "Tren del Fin del Mundo, estación Fin del Mundo (ruta 3 km 3042)",
                "tab": "FDM_citaciones - DIA 11",
            },
        ),
        _ar(
            "cabildo",
            "La Quebrada",
            D(2026, 11, 26),
            "07:00",
            {
                "font": "helvetica",
                "time_style": "ar_hs",
                "date_style": "ar_slash",
                "sheet_head": "CITACIÓN",
                "company": "Norte Grande Producciones",
                "top_row": ["ASISTENTE DIR.", "Ramiro Tolaba", "", "CEL.", "388 455-1290"],
                "day_n": "3 de 10",
                "director": "Ana Katz Vilte",
                "times": [
                    ("DESAYUNO", -30),
                    ("ENSAYO", 45),
                    ("ALMUERZO", 330),
                    ("FIN", 600),
                ],
                "weather": "Soleado, 28°C",
                "set": "recova del Cabildo y patio",
                "scenes": [
                    ("9", "CABILDO - RECOVA - 1812", "1, 2, 15 ext.", "D", "2"),
                    ("10", "CABILDO - PATIO", "2", "D", "1"),
                ],
                "cast": [
                    ("Gonzalo Heredia", "BELGRANO", 0),
                    ("Mónica Ayos", "JUANA", 60),
                ],
                "note": "Plaza Belgrano abierta al público: vallado desde 6:00 hs",
                "next_call": "07:30",
                "next_place": "Purmamarca, Cerro de los Siete Colores",
                "tab": "Hoja de citación - Día 3",
            },
        ),
    ]


# --- near misses: share call-sheet words, are not call sheets -------------------------------


def _per_diem_claim() -> bytes:
    """A crew member's per-diem and expense claim: travel days, amounts, receipts, signatures."""
    c, x0, right = page("A4", "helvetica", margin=36.0)
    c.text(x0, 44, "VIÁTICOS Y GASTOS / PER DIEM & EXPENSE CLAIM", 13, bold=True)
    c.right(right, 44, "Form PD-2", 8)
    c.text(x0, 58, "Cardón Cine S.R.L.  ·  Niños del Volcán", 8.5)
    c.hline(x0, right, 66, 1.0)
    hdr = [
        ("Nombre / Name", "Julieta Guaymás"),
        ("Área / Dept.", "Arte (utilería)"),
        ("CUIT", "27-33482190-4"),
        ("Período / Period", "09/11/2026 - 15/11/2026"),
        ("Base", "Salta capital"),
        ("Moneda / Currency", "ARS"),
    ]
    label_grid(c, x0, 84, right, hdr, 2, 15, (8, 8.5), 92)
    _table(
        c,
        x0,
        142,
        ["FECHA", "LUGAR / LOCATION", "VIÁTICO DIARIO", "TAXI / COMB.", "OTROS", "TOTAL"],
        [0, 64, 250, 330, 400, 460],
        [
            ("09/11/2026", "Salta - MAAM, Mitre 77", "28.000", "6.500", "-", "34.500"),
            ("10/11/2026", "Salta - MAAM, Mitre 77", "28.000", "4.200", "3.100", "35.300"),
            ("11/11/2026", "Cafayate (viaje / travel)", "28.000", "41.000", "-", "69.000"),
            ("12/11/2026", "Salta - MAAM, Mitre 77", "28.000", "-", "12.800", "40.800"),
            ("13/11/2026", "Quebrada de las Conchas", "28.000", "-", "-", "28.000"),
        ],
        right,
        size=8.5,
        lead=15,
        ruled=True,
    )
    y = 262.0
    c.text(x0, y, "TOTAL A REINTEGRAR / TOTAL CLAIMED: ARS 207.600", 10, bold=True)
    y += 18
    y = _para(
        c,
        x0,
        y,
        "Adjuntar comprobantes originales (factura B o C) de todo gasto excepto el viático "
        "diario. Claims received after the Friday 12:00 cut-off are paid the following week. "
        "No alcohol, fines or personal phone calls.",
        8.5,
        right - x0,
        11.5,
    )
    signature_lines(c, x0, right, y + 40, ("Firma / Signature", "Aprobó / Approved (UPM)"))
    c.text(x0, y + 70, "Recibido en producción / Received: ____ /____ /2026", 8)
    return c.output()


def _music_video_treatment() -> bytes:
    """A music video treatment: concept, look, locations, a proposed shoot date and budget."""
    c, x0, right = page("A4", "sans", margin=56.0, orientation="L")
    fill(c, 0, 0, c.width, 70, 20)
    c.pdf.set_text_color(255, 255, 255)
    c.text(x0, 44, "NEON MONSOON", 24, bold=True)
    c.right(right, 36, "Music video treatment  ·  v3", 10)
    c.right(right, 52, "for SORA & the Tidal Kids  ·  Pony Canyon / Ruby Records", 9)
    black(c)
    y = 100.0
    col = (right - x0 - 30) / 2
    c.text(x0, y, "CONCEPT", 10, bold=True)
    _para(
        c,
        x0,
        y + 16,
        "One night in Sendai's arcades: SORA walks the length of Clis Road while the city "
        "shutters close behind her, one verse per shop front. Each chorus the rain (rain towers, "
        "not the real thing) turns the neon into a river; by the last chorus the whole band is "
        "playing knee-deep in reflections on the empty Jozenji-dori.",
        9.5,
        col,
        13,
    )
    c.text(x0, y + 120, "LOOK & REFERENCES", 10, bold=True)
    _para(
        c,
        x0,
        y + 136,
        "Anamorphic, 2.39:1, one long Steadicam take per verse. Wong Kar-wai's neon, Tokyo "
        "Story's stillness. Grade: teal shadows, sodium highlights.",
        9.5,
        col,
        13,
    )
    rx = x0 + col + 30
    c.text(rx, y, "PROPOSED LOCATIONS", 10, bold=True)
    yy = y + 16
    for ln in [
        "1. Clis Road shopping arcade, Aoba-ku, Sendai (night, after closing)",
        "2. Jozenji-dori zelkova avenue (rain towers, 2 blocks)",
        "3. A kissaten interior (tbc: scouting the week of 2026/11/16)",
    ]:
        yy = _para(c, rx, yy, ln, 9.5, col, 13)
    c.text(rx, yy + 14, "SCHEDULE (PROPOSED)", 10, bold=True)
    yy = paragraphs(
        c,
        rx,
        yy + 30,
        [
            "Pre-light: 2026/12/04 from 20:00",
            "Shoot: one night, 2026/12/05, 21:00 - 05:00",
            "Edit and grade: 2026/12/07 - 12/18; release 2027/01/09",
        ],
        9.5,
        col,
        13,
    )
    c.text(rx, yy + 14, "BUDGET (ESTIMATE)", 10, bold=True)
    _para(c, rx, yy + 30, "JPY 9.8M all-in, incl. permits and the rain unit", 9.5, col, 13)
    grey_text(
        c,
        x0,
        c.pdf.h - 30,
        "Director: Mio Kanazawa  ·  mio@example.jp  ·  For discussion only: not a schedule",
        8,
    )
    return c.output()


def _covid_testing_schedule() -> bytes:
    """A COVID-19 testing schedule for cast and crew: test days, time slots, the clinic."""
    c, x0, right = page("letter", "helvetica", margin=40.0)
    c.text(x0, 48, "COVID-19 TESTING SCHEDULE - CAST & CREW", 14, bold=True)
    c.text(x0, 63, '"The King\'s Road"  ·  Hangang Line Production Co.  ·  Health & Safety', 8.5)
    c.right(right, 48, "Updated 2026.11.12", 8)
    c.hline(x0, right, 71, 1.0)
    y = _para(
        c,
        x0,
        92,
        "All Zone A personnel (cast, camera, hair & make-up, costume) take a PCR test every "
        "Monday and Thursday; Zone B crew a rapid antigen test on Mondays. No one works in Zone A "
        "without a negative result from the last 72 hours.",
        9,
        right - x0,
        12,
    )
    c.box(x0, y + 4, right - x0, 54, 0.8)
    cell(
        c,
        x0,
        y + 4,
        right - x0,
        "TESTING SITE",
        [
            "Suwon Seoul Clinic, Testing Annex (2F), 22 Gwanggyojungang-ro, Yeongtong-gu, Suwon",
            "Walk-in with crew ID; results by text message within 6 hours",
        ],
        label_size=7.5,
        size=8.5,
    )
    y += 74
    _table(
        c,
        x0,
        y,
        ["DATE", "DAY", "ZONE", "TEST", "SLOTS", "WHO"],
        [0, 74, 118, 160, 240, 330],
        [
            ("2026.11.16", "MON", "A", "PCR", "07:00-09:00", "Cast 1-6, camera, HMU"),
            ("2026.11.16", "MON", "B", "Rapid", "07:00-09:30", "All other crew"),
            ("2026.11.19", "THU", "A", "PCR", "12:30-13:30", "Cast 1-6, camera, HMU (lunch)"),
            ("2026.11.23", "MON", "A", "PCR", "07:00-09:00", "Cast 1-6, camera, HMU"),
            ("2026.11.23", "MON", "B", "Rapid", "07:00-09:30", "All other crew"),
            ("2026.11.26", "THU", "A", "PCR", "12:30-13:30", "Cast 1-8 (new cast 7, 8)"),
        ],
        right,
        size=8.5,
        lead=15,
        ruled=True,
    )
    y += 122
    titled_notes(
        c,
        x0,
        y,
        "IF YOU FEEL UNWELL",
        9,
        [
            "Do not come to set. Call the COVID officer, Ms Noh Eun-bi, 010-8812-4409, before "
            "07:00; she will book you a test and tell the 2nd AD. Masks (KF94) at all times "
            "indoors except cast on camera.",
        ],
        8.5,
        right - x0,
        11.5,
    )
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "near_miss_per_diem_claim",
            "near_miss",
            "a crew member's per-diem and expense claim form (Spanish / English), A4: name, "
            "department, tax number, period, base; a table of dates with the location (a "
            "museum's street address, a town), daily allowance, taxis and totals; a note on "
            "receipts and the Friday cut-off; signature lines",
            _per_diem_claim,
            OTHER,
        ),
        _sheet(
            "near_miss_music_video_treatment",
            "near_miss",
            "a music video treatment, A4 landscape: a black title band with the artist and "
            "label, concept and look paragraphs, numbered proposed locations (arcade, avenue), "
            "a proposed pre-light and one-night shoot with 2026/12/05 and 21:00 - 05:00, a "
            "budget estimate",
            _music_video_treatment,
            OTHER,
        ),
        _sheet(
            "near_miss_covid_testing_schedule",
            "near_miss",
            "a production's COVID-19 testing schedule for cast and crew, letter: the zones and "
            "rules, the testing site's address, a table of test dates (YYYY.MM.DD), days, "
            "zones, test type, time slots and who; what to do if unwell with a phone number "
            "and 07:00",
            _covid_testing_schedule,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_br_sheets(),
        *_co_sheets(),
        *_jp_sheets(),
        *_pe_sheets(),
        *_kr_sheets(),
        *_ar_sheets(),
        *_other_sheets(),
    ]
