"""A session that gathers people before the shoot (a table read, a safety induction): no call.

A table read (a read-through of the script with the cast, the writers and the director) and a
health-and-safety induction or training session (a site induction, fire safety, first aid,
Polish "szkolenie BHP i ppoż.") are announced on one page that prints a date, the session's
hours, a room with its address and who is to attend, as a call sheet prints its day; neither
calls a crew to a set. ``classify`` counts these kinds against a call sheet's structure, so a
call sheet whose notes mention "Read-through 18:00 in the production office" or "Safety
briefing at unit base" keeps its crew call, set and hospital, and stays a call sheet.

Each phrase counts once (English, German, French, Spanish, Italian, Polish, Dutch), plus points
for the kind's shape (``structure_points``): the session named in the page's heading, and a
training's numbered programme.
"""

from __future__ import annotations

import re

from pipeline.extract.reader.lazy_re import lazy

TABLE_READ = (
    "table read",
    "table-read",
    "table reading",
    "read-through",
    "read through",
    "readthrough",
    "read-thru",
    "script read",
    "script reading",
    "cast read",
    "read begins",
    "read starts",
    "the read",
    "after the read",
    "before the read",
    "latest drafts",
    "latest draft",
    "closed session",
    "no recording",
    "rsvp",
    "cast attending",
    "writers' assistant",
    "writers assistant",
    # German: Leseprobe, Drehbuchlesung
    "leseprobe",
    "drehbuchlesung",
    "drehbuchfassung",
    # French: lecture à la table, lecture du scénario
    "lecture à la table",
    "lecture à table",
    "lecture du scénario",
    "lecture collective",
    # Spanish: lectura de guion, lectura italiana, lectura de mesa
    "lectura de guion",
    "lectura del guion",
    "lectura de guión",
    "lectura del guión",
    "lectura italiana",
    "lectura de mesa",
    # Italian: lettura del copione, lettura a tavolino
    "lettura del copione",
    "lettura della sceneggiatura",
    "lettura a tavolino",
    "lettura collettiva",
    # Polish: próba czytana, czytanie scenariusza
    "próba czytana",
    "próby czytanej",
    "czytanie scenariusza",
    "czytana próba",
    # Dutch: lezing, leesrepetitie
    "leesrepetitie",
    "tafellezing",
    "lezing van het script",
)

SAFETY_INDUCTION = (
    "safety induction",
    "site induction",
    "health and safety induction",
    "health & safety induction",
    "safety training",
    "health and safety training",
    "health & safety training",
    "fire safety training",
    "training session",
    "training record",
    "first aid training",
    "manual handling",
    "working at height",
    "work at height",
    "fire extinguishers",
    "evacuation routes",
    "escape routes",
    "attendance is mandatory",
    "attendance is compulsory",
    "certificate of attendance",
    # German: Sicherheitsunterweisung, Arbeitsschutz, Brandschutz, Erste Hilfe
    "sicherheitsunterweisung",
    "unterweisung",
    "arbeitsschutz",
    "arbeitssicherheit",
    "brandschutz",
    "brandschutzunterweisung",
    "sicherheitsschulung",
    "schulung",
    "fluchtwege",
    "feuerlöscher",
    "arbeiten in der höhe",
    "teilnahme ist pflicht",
    "pflichtveranstaltung",
    "referent",
    # French: formation sécurité, accueil sécurité, sécurité incendie, premiers secours
    "formation sécurité",
    "formation à la sécurité",
    "accueil sécurité",
    "sécurité incendie",
    "gestes et postures",
    "travail en hauteur",
    "issues de secours",
    "extincteurs",
    "formateur",
    "formatrice",
    "émargement",
    "présence obligatoire",
    # Spanish: formación en prevención de riesgos laborales, primeros auxilios
    "formación en prevención",
    "prevención de riesgos laborales",
    "formación de seguridad",
    "curso de prevención",
    "extintores",
    "vías de evacuación",
    "trabajos en altura",
    "formador",
    "asistencia obligatoria",
    # Italian: formazione sicurezza, antincendio, primo soccorso
    "formazione sicurezza",
    "formazione sulla sicurezza",
    "corso sicurezza",
    "sicurezza sul lavoro",
    "antincendio",
    "lavori in quota",
    "vie di fuga",
    "estintori",
    "docente",
    "presenza obbligatoria",
    # Polish: szkolenie BHP i ppoż., szkolenie wstępne, instruktaż
    "szkolenie bhp",
    "szkolenie",
    "szkolenia",
    "szkoleniu",
    "szkolenie wstępne",
    "szkolenia wstępnego",
    "instruktaż",
    "instruktaż stanowiskowy",
    "ppoż",
    "ochrona przeciwpożarowa",
    "praca na wysokości",
    "drogi ewakuacyjne",
    "gaśnice",
    "prowadzący",
    "specjalista bhp",
    "obecność obowiązkowa",
    # Dutch: veiligheidsinstructie, BHV, eerste hulp
    "veiligheidsinstructie",
    "veiligheidstraining",
    "brandveiligheid",
    "vluchtwegen",
    "blusmiddelen",
    "werken op hoogte",
    # a site's induction sign-in sheet: who was inducted, their time in and out, a signature
    "sign-in sheet",
    "sign in sheet",
    "signing-in sheet",
    "sign-out",
    "sign out",
    "inducted",
    "inducted by",
    "by signing",
    "assembly point",
    "time in",
    "time out",
    "signature",
    "anwesenheitsliste",
    "teilnehmerliste",
    "unterschrift",
    "feuille d'émargement",
    "feuille de présence",
    "hoja de firmas",
    "hoja de asistencia",
    "registro de asistencia",
    "foglio presenze",
    "foglio firme",
    "registro presenze",
    "lista obecności",
    "podpis",
    "aanwezigheidslijst",
    "presentielijst",
    "handtekening",
)

KINDS = {
    "a table read": TABLE_READ,
    "a safety induction or training": SAFETY_INDUCTION,
}

_HEADING_LINES = 3  # a notice names its session in its heading, as a call sheet names itself
# A training's programme: numbered items ("1. Fire safety", "2) Working at height")
_ITEM = lazy(r"^\d{1,2}[.)]\s+\S")


def _named(phrases: tuple[str, ...], line: str) -> bool:
    low = line.lower()
    return any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", low) for p in phrases)


def structure_points(kind: str, lines: list[str], words_found: int) -> float:
    """Points for a session notice's shape: the session named in the heading, a training's
    numbered programme. None without at least two of the kind's own phrases (a call sheet's
    'Read-through 18:00' or 'Safety induction at base' note is one)."""
    if words_found < 2:
        return 0.0
    phrases = KINDS[kind]
    points = 2.0 if any(_named(phrases, ln) for ln in lines[:_HEADING_LINES]) else 0.0
    if kind == "a safety induction or training":
        items = sum(1 for ln in lines if _ITEM.match(ln))
        points += 1.0 if items >= 3 else 0.0
    return points
