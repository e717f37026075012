"""The table the families draw from: places (with their hospital and base), titles, dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from astral import Observer
from astral.sun import sun


@dataclass(frozen=True)
class Place:
    """A set with its address split as sheets print it, and the services near it."""

    region: str  # us, ca, uk, pl, eu: decides postcode form, date order and language
    name: str
    street: str  # also the distinctive substring the location must contain
    city: str  # city line with its postal code
    lat: float
    lon: float
    tz: str
    hospital: str
    hospital_street: str
    hospital_city: str
    hospital_phone: str
    base_street: str
    base_city: str

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}"

    @property
    def hospital_address(self) -> str:
        return f"{self.hospital_street}, {self.hospital_city}"

    @property
    def base(self) -> str:
        return f"{self.base_street}, {self.base_city}"

    def sun(self, day: dt.date) -> tuple[str, str]:
        """Sunrise and sunset (HH:MM, local) as an almanac gives them for this set."""
        s = sun(Observer(self.lat, self.lon), date=day, tzinfo=ZoneInfo(self.tz))
        rise = (s["sunrise"] + dt.timedelta(seconds=30)).strftime("%H:%M")
        fall = (s["sunset"] + dt.timedelta(seconds=30)).strftime("%H:%M")
        return rise, fall


def _p(*args: object) -> Place:
    return Place(*args)  # type: ignore[arg-type]


PLACES: dict[str, Place] = {
    "la": _p(
        "us",
        "Griffith Observatory",
        "2800 E Observatory Rd",
        "Los Angeles, CA 90027",
        34.1184,
        -118.3004,
        "America/Los_Angeles",
        "Kaiser Permanente Los Angeles Medical Center",
        "4867 Sunset Blvd",
        "Los Angeles, CA 90027",
        "(323) 783-4011",
        "2900 N Vermont Ave",
        "Los Angeles, CA 90027",
    ),
    "atlanta": _p(
        "us",
        "Swan House",
        "130 W Paces Ferry Rd NW",
        "Atlanta, GA 30305",
        33.8420,
        -84.3860,
        "America/New_York",
        "Piedmont Atlanta Hospital",
        "1968 Peachtree Rd NW",
        "Atlanta, GA 30309",
        "(404) 605-5000",
        "3101 Northside Pkwy NW",
        "Atlanta, GA 30327",
    ),
    "brooklyn": _p(
        "us",
        "Navy Yard Building 77",
        "141 Flushing Ave",
        "Brooklyn, NY 11205",
        40.6990,
        -73.9730,
        "America/New_York",
        "NYC Health + Hospitals/Woodhull",
        "760 Broadway",
        "Brooklyn, NY 11206",
        "(718) 963-8000",
        "63 Flushing Ave",
        "Brooklyn, NY 11205",
    ),
    "toronto1": _p(
        "ca",
        "Liberty Village Studio",
        "461 King St W",
        "Toronto, ON M5V 1K4",
        43.6446,
        -79.3990,
        "America/Toronto",
        "Toronto Western Hospital",
        "399 Bathurst St",
        "Toronto, ON M5T 2S8",
        "(416) 603-5800",
        "85 Hanna Ave",
        "Toronto, ON M6K 3S3",
    ),
    "toronto2": _p(
        "ca",
        "Distillery District",
        "55 Mill St",
        "Toronto, ON M5A 3C4",
        43.6503,
        -79.3596,
        "America/Toronto",
        "St. Michael's Hospital",
        "36 Queen St E",
        "Toronto, ON M5B 1W8",
        "(416) 360-4000",
        "9 Trinity St",
        "Toronto, ON M5A 3C4",
    ),
    "toronto3": _p(
        "ca",
        "John Street Loft",
        "150 John St",
        "Toronto, ON M5V 2T6",
        43.6490,
        -79.3910,
        "America/Toronto",
        "Mount Sinai Hospital",
        "600 University Ave",
        "Toronto, ON M5G 1X5",
        "(416) 596-4200",
        "1 Blue Jays Way",
        "Toronto, ON M5V 1J4",
    ),
    "vancouver": _p(
        "ca",
        "Gastown Warehouse",
        "375 Water St",
        "Vancouver, BC V6B 5C6",
        49.2847,
        -123.1097,
        "America/Vancouver",
        "St. Paul's Hospital",
        "1081 Burrard St",
        "Vancouver, BC V6Z 1Y6",
        "(604) 682-2344",
        "190 Alexander St",
        "Vancouver, BC V6A 1B8",
    ),
    "bow": _p(
        "uk",
        "Grove Road Studios",
        "52 Grove Rd",
        "London E3 5TB",
        51.5310,
        -0.0360,
        "Europe/London",
        "St Thomas' Hospital",
        "Westminster Bridge Rd",
        "London SE1 7EH",
        "020 7188 7188",
        "Locksley St",
        "London E14 7EJ",
    ),
    "strand": _p(
        "uk",
        "Somerset House",
        "Strand",
        "London WC2R 1LA",
        51.5110,
        -0.1170,
        "Europe/London",
        "University College Hospital",
        "235 Euston Rd",
        "London NW1 2BU",
        "020 3456 7890",
        "Victoria Embankment",
        "London WC2N 6NS",
    ),
    "manchester": _p(
        "uk",
        "Albert Hall",
        "27 Peter St",
        "Manchester M2 5QR",
        53.4780,
        -2.2480,
        "Europe/London",
        "Manchester Royal Infirmary",
        "Oxford Rd",
        "Manchester M13 9WL",
        "0161 276 1234",
        "Deansgate",
        "Manchester M3 4EN",
    ),
    "bristol": _p(
        "uk",
        "Clifton Observatory",
        "Litfield Pl",
        "Bristol BS8 3LT",
        51.4570,
        -2.6270,
        "Europe/London",
        "Bristol Royal Infirmary",
        "Upper Maudlin St",
        "Bristol BS2 8HW",
        "0117 923 0000",
        "Ashton Court Estate, Long Ashton",
        "Bristol BS41 9JN",
    ),
    "lodz": _p(
        "pl",
        "Kamienica Piotrkowska",
        "ul. Piotrkowska 104",
        "90-425 Łódź",
        51.7650,
        19.4570,
        "Europe/Warsaw",
        "Szpital im. M. Kopernika",
        "ul. Pabianicka 62",
        "93-513 Łódź",
        "+48 42 689 50 00",
        "al. Kościuszki 25",
        "90-418 Łódź",
    ),
    "warszawa": _p(
        "pl",
        "Hotel Polonia",
        "al. Jerozolimskie 45",
        "00-692 Warszawa",
        52.2290,
        21.0030,
        "Europe/Warsaw",
        "Szpital Dzieciątka Jezus",
        "ul. Lindleya 4",
        "02-005 Warszawa",
        "+48 22 502 20 00",
        "pl. Defilad 1",
        "00-901 Warszawa",
    ),
    "krakow": _p(
        "pl",
        "Plac Nowy",
        "pl. Nowy 7",
        "31-056 Kraków",
        50.0515,
        19.9465,
        "Europe/Warsaw",
        "Szpital Uniwersytecki",
        "ul. Jakubowskiego 2",
        "30-688 Kraków",
        "+48 12 400 00 00",
        "ul. Dajwór 14",
        "31-052 Kraków",
    ),
    "gdansk": _p(
        "pl",
        "Dwór Artusa",
        "ul. Długi Targ 43",
        "80-831 Gdańsk",
        54.3490,
        18.6520,
        "Europe/Warsaw",
        "Uniwersyteckie Centrum Kliniczne",
        "ul. Dębinki 7",
        "80-952 Gdańsk",
        "+48 58 727 05 05",
        "ul. Wały Jagiellońskie 2",
        "80-887 Gdańsk",
    ),
    "berlin": _p(
        "eu",
        "Postfuhramt",
        "Oranienburger Str. 35",
        "10117 Berlin",
        52.5250,
        13.3930,
        "Europe/Berlin",
        "Charité Campus Mitte",
        "Charitéplatz 1",
        "10117 Berlin",
        "+49 30 450 50",
        "Tucholskystr. 2",
        "10117 Berlin",
    ),
    "paris": _p(
        "eu",
        "Hôtel de Sully",
        "62 Rue Saint-Antoine",
        "75004 Paris",
        48.8550,
        2.3640,
        "Europe/Paris",
        "Hôpital Hôtel-Dieu",
        "1 Parvis Notre-Dame",
        "75004 Paris",
        "+33 1 42 34 82 34",
        "Quai des Célestins",
        "75004 Paris",
    ),
    "prague": _p(
        "eu",
        "Lucerna Palace",
        "Vodičkova 36",
        "110 00 Praha 1",
        50.0810,
        14.4250,
        "Europe/Prague",
        "Všeobecná fakultní nemocnice",
        "U Nemocnice 2",
        "128 08 Praha 2",
        "+420 224 961 111",
        "Opletalova 19",
        "110 00 Praha 1",
    ),
    "amsterdam": _p(
        "eu",
        "Canal House",
        "Prinsengracht 263",
        "1016 GV Amsterdam",
        52.3752,
        4.8840,
        "Europe/Amsterdam",
        "OLVG Oost",
        "Oosterpark 9",
        "1091 AC Amsterdam",
        "+31 20 599 9111",
        "Westerstraat 1",
        "1015 LV Amsterdam",
    ),
}

TITLES = [
    "THE LONG ACRE",
    "NORTHERN LIGHTS",
    "GLASS HARBOUR",
    "SUNDAY TABLE",
    "BLUE HOUR",
    "IRON BRIDGE",
    "THE QUIET ROOM",
    "SALT & PINE",
    "MIDNIGHT FERRY",
    "PAPER KITES",
    "WINTER ORCHARD",
    "LAST TRAIN HOME",
]
PL_TITLES = ["Ostatni Dzwonek", "Cicha Noc", "Dom nad Wisłą", "Złota Godzina", "Miasto Świateł"]
