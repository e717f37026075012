"""All database calls of the extract stage."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from pipeline.db.sqlfile import load_queries
from pipeline.extract.logic import SheetDay

# Bump when the extractor reads differently, so cached readings are not reused.
# 2026.12.5: the reader of issue 15 (reader5); a call sheet's reading keeps its positioned
# words ("layout"), for learning. 2026.12.6 (reader6): words join lines by their middles, dated
# advance headings, a crew-call label with no text read is a rival, the phone region, a
# hospital label that points to another page. 2026.12.7: a place's name that looks like a
# street leads an address spread over the two lines below it. 2026.12.8: ES/IT/PT/NL/Nordic/CS/SK
# and Québec-French label families and month/weekday names; a bilingual label's slash is no value.
# 2026.12.9 (reader7): ADDRESS labels of every language, times before their label or in a
# flush-left column, "7 h 30", chained labels, e-mails printed to PDF (email_header).
# 2026.12.13 (reader10): Balkan and Baltic dates and labels, a sheet quoted under a reply.
# 2026.12.14 (reader11): Hungarian, Ukrainian and Russian; order confirmations, itineraries
# and crew lists are other. 2026.12.15 (reader12): cover pages, tomorrow's / another unit's
# column beside today's, a sunset past midnight, labels qualified in brackets or by a word
# before a colon. 2026.12.16 (reader13, reader14): Finnish, Turkish and Indonesian; a date
# without a year; a revised call; production reports, casting calls, scout reports,
# availability checks and rental quotes are other; a heading is never a hospital; a numbered
# set heading ("LOCATION 1 (AM)"); a minimal call sheet (a summons, a date, an address).
# 2026.12.17 (reader15): the line over a town + postcode line is the street, with or without
# a number, under a place's name ("Dublin Castle / Dame St / Dublin 2, D02 X8X8").
# 2026.12.18: a lone generic "Call Time", dates stamped with a clock time, stacked bilingual
# labels, letterheads never the set (reader16), invitations / weather briefings / templates and
# production paperwork are other (classify6, classify7), labels of nine more languages (vocab2),
# a date beside "Day N of M" is the day's, a reply's "tomorrow" is the sheet's day.
# 2026.12.19: the one address its sentence calls the set (cued), permits and risk assessments
# that plan no work are other (classify8), dates and times of Vietnamese, CJK, Thai, Malay,
# Filipino, Latvian, Levant Arabic (vocab3), postcodes after the town (addr2), doubts a careful
# reader would not have (reader17), upcoming-days dates, name + number streets over coded towns,
# sideways labels, calendar tiles, timeline rows (reader18); incident reports are other, a
# memo's header is an e-mail's, "TUES 17/03" is a date, the crew's time of a list of calls.
# 2026.12.20: Georgian and Armenian sheets; notices to residents, fitting schedules, traffic and
# drone flight plans are other (classify9, classify10); a running order's crew-call row, piers
# and "Av." streets (reader19); a rural road over its village and post town, week tiles, map
# legends, numbered sets (reader20).
# 2026.12.21: a night over two dates is its first day, a department table's crew row, a studio
# lot's stage, casting schedules are other (reader22); values under an empty ruled row, labels
# after their values, sun and hospital by shape (reader23); "Call Lane", a yearless date from
# the file's own date for review, a village and town with no street for review (reader21).
# 2026.12.22: footer sun times, a set under a scene heading, a Polish crew row (reader24); table
# reads and safety inductions are other (classify12).
# 2026.12.23: a set confirmed by two cues (reader25); logo initials, genre credit lines and a
# document's kind are no title, "LOCATIONS" over numbered sets, post-production plans and
# travel itineraries are other (reader26, reader27); German and Czech sun and call labels.
# 2026.12.24: streets with no number ("s/n"), Romance sun pairs, a school's kind heading, "Job",
# the crew's time said in a sentence (for review), scout reports are other (reader28).
# 2026.12.25: Dutch sun / SEH labels, Irish county lines, permit letters are other (reader29).
# 2026.12.26: key / value rows, numbered places in one cell, webmail print headers, phone
# regions from the sheet, nameless hospitals never sure, scripts and rentals are other
# (reader30-32).
# 2026.12.27: a crew call stated twice at different times is doubted; numbered form labels,
# patrons' names, e-mail print stamps, screening programmes and self-tape instructions
# (callclash, reader33-34).
# 2026.12.28: one-liner shorthand ('Call 0730 @ place', 'SR/SS'), issue dates, a people
# table's Call column (reader35).
# 2026.12.29: a commercial's product and spot as its title, a label's gloss as no hospital,
# side-by-side blocks, a strip's PRODUCTION key, rain dates and pushed calls, a department's
# pre-light day, a later day's preview box (reader36-38).
# 2026.12.30: a memo's "Meet 0730 at ...", a people table's call column, a revision stamp as no
# title, a hospital's name over its address, a wedding's run of show is other (reader39).
# 2026.12.31: a label's word inside the title, a company named with its legal form, memo days,
# calls and sun sentences, a running order's wrap (reader40); "Co." companies, edition words,
# letter-spaced value lines, dot leaders, wrapped addresses, two-meaning months (reader41).
# 2026.12.32: a call label's row that moves the call, amendment stamps, recce reports are other,
# a memo's "Call:" over its "Meet:", a night running into the next date (reader42).
# 2026.12.33: an original call gives way to its amendment, revised calls in every common wording
# (reader43, reader46); squeezed table cells, back-references, a two-day pack's second page
# (reader44); hospital names wrapped over two lines, glued or letter-split labels (reader45).
# 2026.12.34: a hospital's department after its name, a letter's dateline, a memo's call line
# that says where (reader47).
# 2026.12.35: a call's time far right across leaders, German team calls, a crew list's CALL
# column (reader48); a call box no longer takes the title under it, dates in file names and
# print bands no rivals (reader49); numbered location tags, a message's 'tomorrow' and call
# clauses (reader50).
# 2026.12.36: a bilingual label ('Klient / Client:') never a title, a Swiss 'Stand:' date no
# rival, a dotted weekday after a day count (reader51).
# 2026.12.37: a numeric date's order left open on a sheet placed abroad by its address that
# prints North American marks (Fahrenheit, a dashed ten-digit phone).
# 2026.12.38: a call label named twice across a slash, a minor injuries unit over the A&E, a
# household planner 'other' (reader52); a department's pre-call never the crew call, a band's
# dashed one-liners, an advance heading's own call (reader53); an e-mail print's send stamps are
# its date, not the day's (reader54); a postcode's town on its own line (mends6).
# 2026.12.39: a label said again across a slash in a second language, Outlook desktop prints with
# no Subject label, film houses are companies (reader55); Irish labels, dates and times, a
# studio unit call, first light / sunrise over two times, CALL (at RV) (reader56); numbered cells
# without dots, pay vouchers / safety notices / agency bookings are other (reader57); a call's
# meeting place in words, 'LKW und Basis', a sun label's unknown second name, a sentence's call
# after the day's date (reader58); an AU / NZ town line with its country, contacts by column
# (mends7).
# 2026.12.40: a call label's smaller caption time beside it is not the call, the sun's word before
# a dashed span (reader59); camera reports, delivery notes, duty slips, audience tickets are
# other, 'FILM / TVC' title labels, 'CREW REPORTING TIME' (reader60); 'URGENCIA MÁS CERCANA', a
# quoted title after its kind of production (reader61).
# 2026.12.41: Italian ODG times column, phone captures (reader62); a call label naming its place,
# a wrapped label column, a street with no street word over a town, a whole-crew bracket
# (reader63); another unit's sheet, sound reports and time reports are other (reader64); crew
# department words are no title, spot lengths cut (reader65); a hospital's phone line is no
# contact (mends8); a region guessed from words reads only its valid numbers (phones1).
# 2026.12.42: fresh47-49's causes: a hospital name under a tall label row, a title's key / value
# table, calls with a place, Maltese / Faroese / South Slavic / Baltic streets, press releases
# and meeting agendas are other (reader66, reader68, reader69); an ADDRESS column's row cell, a
# 'Main unit' line never the set, a memo's weekday-dated call (reader67); a fallback day's date
# no rival (sure1).
# 2026.12.43: shot lists are other; 'SET 1 (AM)' / 'SET 2 (PM) - UNIT MOVE' head set blocks; any
# Latin capital opens a street name (reader70).
# 2026.12.44: time-first timetables, staff call, Colombian streets, bilingual advance headings,
# treatments and testing schedules are other (reader71); Baltic postcodes and rural addresses,
# sure when one sentence gives the call and one whole address (reader72); a sidebar's call under
# its label, an unread call label a rival, Lithuanian labels (reader73); stage, conference and
# school papers are other, a numbered set's hours head its block (reader74).
# 2026.12.45: titles' group words, bracketed kinds and spot media; briefings, warm-ups and
# letters to parents are other (reader75); change tables' new column a revision, people tables in
# Central European languages, big calls beside (reader76); Finnish sun pairs, numbered cells,
# slash-parted phone texts, street corners, Argentine postcodes (reader77); Polish 'z godz. X na
# godz. Y', unordered revisions in review, slashed sun pairs, SK/HR/BG labels, pilgrimages,
# drills and team trips other (reader78); pdfminer for glyph-by-glyph pages, other events'
# papers other (reader79).
# 2026.12.46: a call sheet needs a shoot's own evidence when it has a day's programme (reader80);
# 'Adresse de tournage', 'Verzameling ploeg', '08.00 på', producers' credits, minor injuries
# units after the A&E (reader81); sure when right: a unit's own set label, premises before a
# village, a call joined to its address, a country's span of sun times (reader82); Estonian,
# Finnish, Icelandic, Hungarian and Dutch day orders (reader83); Romanian, Québécois and
# Portuguese hospitals and calls, day-first document names (reader84); units beside numbers are
# no broken words.
# 2026.12.47: Malay street words, day-first German / Dutch / Czech / Hungarian / Nordic sheet
# names, Icelandic and Indian one-line addresses (reader85); one shoot-word list, 'citacion'
# alone, a shoot told in a sentence, a ship's MV, civil protection and polling staff orders
# (reader86); a night dated by its call's day, an itinerary's TODAY row, overseas territories'
# postcodes (reader87); Macedonian, Albanian, Galician, Basque and Russian-language sheets, an
# emergency service beside a hospital label, a weekday after 'g.' (reader88).
# 2026.12.48: Buddhist-era years beside the Gregorian one, Hebrew weekdays and streets in Latin
# letters, mirrored captions, long label tables, a call's 'PROMPT' (reader89); a rural set under
# its place's name, a shot named after the sun, a hospital named by its town after a dash, a
# 'Client:' cell no title (reader90); department call tables no rival crew call, 'Produkt /
# spot', a quoted running title, a set's trailing note and phone cut (reader91); layout rules
# that read wrapped addresses and never let a shift's start override the call (learn2).
# 2026.12.49: rows ordered by their first words' middles, a street read as a place's name doubts
# the address, a capitalised line before the post town's kept (reader92); layout rules read the
# same part of a prose line, lines between a label and its value, row-numbered labels (learn3).
# 2026.12.50: a sunset printed AM put right by astral, a spreadsheet's address row run on, a
# department line under a hospital's name dropped, a dated one-liner's call (reader93); Gmail's
# colonless recipients line, a date label's weekday that the date read misses, a quoted work or
# spot under its artist or agency (reader94); raised minutes, captions under form values, combed
# dates, OBIEKTY and transport tables, GDZIE cards (reader95); a street type ending the line
# above goes down with its street, learnt addresses over two cells or named down to the town
# (learn4).
# 2026.12.51: a song in single quotes under its artist, a department table's shared CALL column,
# a navigation stoppage notice no call sheet, an English hospital name under its Gaelic or Welsh
# one, a webmail's 'Re:' heading, a postcode printed first for the sat-nav (reader96); learnt
# postcode-first addresses, a date label ending before its weekday (learn5).
# 2026.12.52: a road's number where the street is, an Irish town, county and Eircode line, a
# wrapped phone's bracket off a hospital's address, a season's year confirming a yearless date
# (reader97); Polish 'Termin:' dates, a tear-off calendar block, a quoted title beside the
# house's name (reader98); a North American highway as a street, a cut-off street no street
# (reader99); the patterns compiled on first use (clifast3).
# 2026.12.53: a schedule's SHOOT row dating the sheet, a date range a window, a spot length's
# bracket off the title, STUDIO over a place named Studios (reader72); MIEJSCE NAGRANIA, a set's
# hours after a middle dot, DYSPOZYCJA the paper's name, a set tile headed in two languages
# (reader73); a boxed call's caption, four-digit calls settled, a Call cell's time and place, a
# running order's WHO cell, monospaced runs, a title key beside the sheet's name (reader100); a
# cut title's opening bracket.
# 2026.12.54: numbered set rows, outline items a) / b), SET #n in a running order, pre-call and
# shoot times beside the unit call, promenade (reader101); a numbered set's hours beside its
# label, 'Sunrise / set', Welsh labels and months, parts of the day, a unit's call among prep
# crews, Irish county lines (reader75); Roman-numbered objects, slide title bands, a kind line's
# quoted title, a sun pair in two cells, a timetable row's crew call (reader76).
# 2026.12.55: stacked Rise / Set in a weather box, urgent care behind the ER, a health system's
# name with its site, HOLDING its own cell, a series over its episode's name, trade days need a
# production's word (reader77); a generic CALL over the crew's call, a day's places only places,
# Welsh street words (reader103); a company under its legal form no title, a photograph no shoot,
# a ride's gathering no rival to the call (reader104); the same readings for less CPU (readcpu).
EXTRACTOR_VERSION = "2026.12.55"

QUERIES = load_queries(Path(__file__).with_name("queries.sql"))

_JSON_COLUMNS = ("locations", "hospital", "scenes", "cast_calls", "equipment", "contacts")


def lock_email(conn: psycopg.Connection, email_id: uuid.UUID) -> dict[str, Any] | None:
    """The email and its user's threshold, locked."""
    return conn.execute(
        QUERIES["processed_emails_get_for_update"], {"email_id": email_id}
    ).fetchone()


def claim_email(conn: psycopg.Connection, email_id: uuid.UUID) -> None:
    conn.execute(QUERIES["processed_emails_claim"], {"email_id": email_id})


def finish_email(
    conn: psycopg.Connection,
    email_id: uuid.UUID,
    status: str,
    *,
    skip_reason: str | None = None,
    error: str | None = None,
) -> None:
    conn.execute(
        QUERIES["processed_emails_finish"],
        {"email_id": email_id, "status": status, "skip_reason": skip_reason, "error": error},
    )


def mark_email_failed(conn: psycopg.Connection, email_id: uuid.UUID, error: str) -> None:
    conn.execute(QUERIES["processed_emails_mark_failed"], {"email_id": email_id, "error": error})


def note_unreadable(
    conn: psycopg.Connection, email: dict[str, Any], kind: str, reason: str
) -> None:
    """Record why an email gave no shooting day (emits reading_failed; once per email)."""
    conn.execute(
        QUERIES["unreadable_emails_insert"],
        {"user_id": email["user_id"], "email_id": email["id"], "kind": kind, "reason": reason},
    )


def documents(conn: psycopg.Connection, email_id: uuid.UUID) -> list[dict[str, Any]]:
    """The email's PDFs, each with ``cached``: the user's reading of it, or None."""
    return conn.execute(
        QUERIES["documents_list_for_email"],
        {"email_id": email_id, "extractor_version": EXTRACTOR_VERSION},
    ).fetchall()


def cached_result(
    conn: psycopg.Connection, user_id: uuid.UUID, sha256: str, version: str
) -> dict[str, Any] | None:
    row = conn.execute(
        QUERIES["extract_cache_get"],
        {"user_id": user_id, "sha256": sha256, "extractor_version": version},
    ).fetchone()
    return row["result"] if row else None


def cache_result(
    conn: psycopg.Connection, user_id: uuid.UUID, sha256: str, version: str, result: dict
) -> None:
    conn.execute(
        QUERIES["extract_cache_put"],
        {"user_id": user_id, "sha256": sha256, "extractor_version": version,
         "result": Jsonb(result)},
    )  # fmt: skip


def find_schedule(
    conn: psycopg.Connection, user_id: uuid.UUID, day: SheetDay
) -> dict[str, Any] | None:
    return conn.execute(
        QUERIES["schedule_data_find_for_update"],
        {
            "user_id": user_id,
            "production": day.content["production"],
            "shooting_date": day.content["shooting_date"],
        },
    ).fetchone()


def lock_schedule(conn: psycopg.Connection, schedule_id: uuid.UUID) -> dict[str, Any] | None:
    return conn.execute(
        QUERIES["schedule_data_get_for_update"], {"schedule_id": schedule_id}
    ).fetchone()


def _row_params(day: SheetDay) -> dict[str, Any]:
    params = dict(day.content)
    for key in _JSON_COLUMNS:
        params[key] = Jsonb(params[key]) if params[key] is not None else None
    params.update(
        document_type=day.document_type,
        confidence_score=day.confidence,
        field_confidence=Jsonb(day.field_confidence),
        warnings=Jsonb(list(day.warnings)),
        learnt_fields=Jsonb(day.learnt),
    )
    return params


def insert_schedule(
    conn: psycopg.Connection,
    day: SheetDay,
    *,
    user_id: uuid.UUID,
    email_id: uuid.UUID,
    document_id: uuid.UUID | None,
    status: str,
) -> dict[str, Any]:
    params = _row_params(day) | {
        "user_id": user_id,
        "email_id": email_id,
        "document_id": document_id,
        "status": status,
    }
    return conn.execute(QUERIES["schedule_data_insert"], params).fetchone()


def new_version(
    conn: psycopg.Connection,
    day: SheetDay,
    current: dict[str, Any],
    *,
    status: str,
    email_id: uuid.UUID | None = None,
    document_id: uuid.UUID | None = None,
) -> dict[str, Any]:
    params = _row_params(day) | {
        "schedule_id": current["id"],
        "version": current["version"],
        "status": status,
        "email_id": email_id,
        "document_id": document_id,
    }
    row = conn.execute(QUERIES["schedule_data_new_version"], params).fetchone()
    if row is None:
        raise psycopg.errors.SerializationFailure("schedule changed while being revised")
    return row


def set_status(conn: psycopg.Connection, schedule_id: uuid.UUID, status: str) -> dict[str, Any]:
    return conn.execute(
        QUERIES["schedule_data_set_status"], {"schedule_id": schedule_id, "status": status}
    ).fetchone()


def open_review(
    conn: psycopg.Connection, schedule: dict[str, Any], fields: tuple[str, ...], reasons: list[str]
) -> None:
    conn.execute(
        QUERIES["review_tasks_supersede"], {"schedule_id": schedule["id"], "by": "extract"}
    )
    draft = {k: schedule[k] for k in ("production", "location", "base_location")} | {
        "shooting_date": schedule["shooting_date"].isoformat(),
        # a call sheet's call may be missing until the person gives it (db/0025)
        "call_time": schedule["call_time"].strftime("%H:%M") if schedule["call_time"] else None,
        "confidence": float(schedule["confidence_score"] or 0),
    }
    conn.execute(
        QUERIES["review_tasks_open"],
        {
            "user_id": schedule["user_id"],
            "schedule_id": schedule["id"],
            "schedule_version": schedule["version"],
            "doubtful_fields": list(fields),
            "reasons": Jsonb(reasons),
            "draft": Jsonb(draft),
        },
    )


def resolve_review(
    conn: psycopg.Connection, schedule_id: uuid.UUID, by: str, corrected: dict | None
) -> None:
    conn.execute(
        QUERIES["review_tasks_resolve"],
        {
            "schedule_id": schedule_id,
            "by": by,
            "corrected": Jsonb(corrected) if corrected else None,
        },
    )


def upsert_contacts(conn: psycopg.Connection, schedule: dict[str, Any]) -> int:
    """Keep the sheet's named contacts for the user and production; returns how many."""
    count = 0
    for contact in schedule["contacts"] or []:
        name = (contact.get("name") or "").strip()
        if not name:
            continue
        email = (contact.get("email") or "").strip().lower() or None
        conn.execute(
            QUERIES["contacts_upsert"],
            {
                "user_id": schedule["user_id"],
                "production_key": schedule["production_key"],
                "name": name,
                "role": contact.get("role"),
                "department": contact.get("department"),
                "phone": contact.get("phone") if _is_e164(contact.get("phone")) else None,
                "email": email if email and "@" in email else None,
                "schedule_id": schedule["id"],
            },
        )
        count += 1
    return count


def _is_e164(phone: str | None) -> bool:
    return bool(phone) and phone.startswith("+") and phone[1:].isdigit() and 8 <= len(phone) <= 16


# --- learnt layouts (layouts/, issue 17 item 3) ---------------------------------------------


def learnt_rules(
    conn: psycopg.Connection, user_id: uuid.UUID, sender_key: str, production: str | None
) -> list[dict[str, Any]]:
    return conn.execute(
        QUERIES["learnt_layouts_for_key"],
        {"user_id": user_id, "sender_key": sender_key, "production": production},
    ).fetchall()


def put_learnt_rule(conn: psycopg.Connection, **params: Any) -> uuid.UUID:
    params["rule"] = Jsonb(params["rule"])
    return conn.execute(QUERIES["learnt_layouts_put"], params).fetchone()["id"]


def delete_learnt_rules(conn: psycopg.Connection, ids: list[uuid.UUID]) -> int:
    if not ids:
        return 0
    return len(conn.execute(QUERIES["learnt_layouts_delete"], {"ids": ids}).fetchall())


def learnt_rules_used(conn: psycopg.Connection, ids: list[str]) -> None:
    if ids:
        conn.execute(QUERIES["learnt_layouts_used"], {"ids": ids})


def learning_source(conn: psycopg.Connection, schedule_id: uuid.UUID) -> dict[str, Any] | None:
    return conn.execute(QUERIES["learning_source"], {"schedule_id": schedule_id}).fetchone()
