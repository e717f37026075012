"""The generated corpus (tests/corpus) through extract_document: no crash, no silent error,
non-call-sheets are 'other', and field accuracy no lower than the reader reached.

Floors and xfail marks record the reader as measured on 2026-12-03 (bench/extract.py
--corpus-only); raise the floors and drop the marks as the reader improves (strict xfail
turns a fixed case into a failure so the mark is not forgotten). Scan cases read by OCR and
are slow: their tests have 'scan' in their names (`-k scan` / `-k "not scan"`).
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.extract import extract_document
from pipeline.extract.reader.errors import ExtractError
from pipeline.extract.reader.model import Limits
from pipeline.extract.reader.pdfread import read_pdf
from tests.corpus import Sheet, sheets
from tests.corpus.score import Outcome, norm, score

# The first test of a worker builds and reads the whole corpus (its module fixtures): minutes
# on a loaded 2-core machine, past the suite's 300 s per test.
pytestmark = pytest.mark.timeout(1800)
# The tests that draw or read the text sheets share one pytest-xdist worker (the suite runs with
# --dist loadgroup), so the run draws and reads the corpus once, not once per worker, while the
# other workers run the rest of the suite; the shape tests and the scans are left free.
CORPUS = pytest.mark.xdist_group("corpus")

DOCS = {s.name: s for s in sheets()}
TEXT = [n for n, s in DOCS.items() if not s.scan_dpi]
SCANS = [n for n, s in DOCS.items() if s.scan_dpi]
DAYS = [n for n in TEXT if DOCS[n].expected["document_type"] != "other"]
OTHERS = [n for n in TEXT if DOCS[n].expected["document_type"] == "other"]
# Held-out sets added but not yet measured: only "no crash" (and the corpus's own guard) runs on
# them until the lead has measured the reader on them and set FLOORS / the *_TODAY marks.
# fresh5_ (tests/corpus/fresh5.py) and fresh6_ (tests/corpus/fresh6.py) were measured on
# 2026-12-04: floors and *_TODAY marks below; fresh7_ (tests/corpus/fresh7.py) was measured blind
# on 2026-12-04 at 72f53b9 (84/147 fields, auto-ok 3/21).
# fresh8_ (tests/corpus/fresh8.py) was measured blind on 2026-12-04 at bd60350 (118/139 fields,
# auto-ok 12/21).
# fresh9_ (tests/corpus/fresh9.py) was measured blind on 2026-12-04 at 1291c78 (main 15df92d plus
# the corpus): 131/147 fields, auto-ok 10/21.
# fresh10_ (tests/corpus/fresh10.py) was measured blind on 2026-12-04 at c979a16 (main 690957b
# plus the corpus): 103/147 fields, auto-ok 10/21, 0 silent, 5 misclassified.
# fresh11_ (tests/corpus/fresh11.py) was measured blind on 2026-12-04 at 6abf8f1 (main 93a0dd5
# plus the corpus): 83/137 fields, auto-ok 4/21, 0 silent, 3 misclassified.
# fresh12_ (tests/corpus/fresh12.py) was measured blind on 2026-12-05 at ea978a0 (main 865340b
# plus the corpus): 99/147 fields, auto-ok 6/21, 1 silent, 5 misclassified.
# fresh13_ (tests/corpus/fresh13.py) added blind, not yet measured: only no-crash and the guard.
# fresh13_ (tests/corpus/fresh13.py) was measured blind on 2026-12-05 at 1c9c6e4 (main 1a71ed0
# plus the corpus): 110/147 fields, auto-ok 4/21, 3 silent, 5 misclassified.
# fresh14_ (tests/corpus/fresh14.py) added blind, not yet measured: only no-crash and the guard.
# fresh14_ (tests/corpus/fresh14.py) was measured blind on 2026-12-05 at f67fc72 (main 1108929
# plus the corpus): 76/126 fields, auto-ok 1/18, 4 silent, 1 misclassified.
# fresh15_ (tests/corpus/fresh15.py) added blind, not yet measured: only no-crash and the guard.
# fresh15_ (tests/corpus/fresh15.py) was measured blind on 2026-12-05 at 925f638 (main 524e06d
# plus the corpus): 73/84 fields, auto-ok 8/12, 0 silent, 2 misclassified.
# fresh16_ (tests/corpus/fresh16.py) added blind, not yet measured: only no-crash and the guard.
# fresh16_ (tests/corpus/fresh16.py) was measured blind on 2026-12-05 at d9c6916 (main 2e7d49f
# plus the corpus): 119/126 fields, auto-ok 15/18, 0 silent, 2 misclassified; its one-line
# schedule, built as a near miss, is a shooting schedule by the corpus's own convention
# (`one_liner`) and is scored as one since: 130/138 fields, 1 misclassified.
# fresh17_ (tests/corpus/fresh17.py) added blind, not yet measured: only no-crash and the guard.
# fresh17_ (tests/corpus/fresh17.py) was measured blind on 2026-12-05 at c08bba5 (main with
# reader25 and reader26, tuned on fresh16 only): 108/122 fields, auto-ok 13/18, 0 silent,
# 1 misclassified.
# fresh18_ (tests/corpus/fresh18.py) added blind, not yet measured: only no-crash and the guard.
# fresh18_ (tests/corpus/fresh18.py) was measured blind on 2026-12-05 at a85e12d (main with
# reader27, tuned on fresh17 only): 112/122 fields, auto-ok 15/18, 1 silent, 1 misclassified.
# fresh19_ (tests/corpus/fresh19.py) added blind, not yet measured: only no-crash and the guard.
# fresh19_ (tests/corpus/fresh19.py) was measured blind on 2026-12-05 at d63df63 (main with
# reader28, the session's final reader; not tuned on it): 112/126 fields, auto-ok 12/18, 0
# silent, 2 misclassified (read as call sheets at 0.1: review).
# fresh20_ (tests/corpus/fresh20.py) added blind, not yet measured: only no-crash and the guard.
# fresh20_ (tests/corpus/fresh20.py, free public templates) was measured blind on 2026-12-05 at
# f56e5f6 (the reader of f324b04, not tuned on it): 115/126 fields, auto-ok 5/18, 2 silent,
# 2 misclassified.
# fresh21_ (tests/corpus/fresh21.py) added blind, not yet measured: only no-crash and the guard.
# fresh21_ (tests/corpus/fresh21.py, the kinds users send most, new variants) was measured blind
# on 2026-12-05 at the same reader: 124/126 fields, auto-ok 16/18, 0 silent, 1 sure-wrong
# (a hospital of only a phone number, rated 0.85), 1 misclassified.
# fresh22_ (tests/corpus/fresh22.py) added blind, not yet measured: only no-crash and the guard.
# fresh23_ (tests/corpus/fresh23.py) added blind, not yet measured: only no-crash and the guard.
# fresh22_ (Gmail / Outlook prints, Word tables, a German EP export, Italian OdG, Portuguese
# ordem do dia) and fresh23_ (call-sheet software exports) were measured blind on 2026-12-05 at
# 4ab8f2f (reader29, not tuned on them): fresh22 111/126 fields, auto-ok 11/18, 1 silent, 0
# misclassified; fresh23 117/126, auto-ok 12/18, 0 silent, 1 sure-wrong, 2 misclassified.
# fresh24_ (tests/corpus/fresh24.py) added blind, not yet measured: only no-crash and the guard.
# fresh24_ (a mix weighted to the most common makers: a US indie Excel sheet, a UK Word unit
# sheet, a Toronto grid, a Polish / English bilingual plan, a Google Docs music video sheet, a
# Mexican hoja de llamado) was measured blind on 2026-12-05 on the session's final reader
# (EXTRACTOR_VERSION 2026.12.26, reader29-32; not tuned on it): 116/126 fields, auto-ok 12/18,
# 1 silent, 0 sure-wrong, 2 misclassified.
# fresh25_ (tests/corpus/fresh25.py) added blind, not yet measured: only no-crash and the guard.
# fresh25_ (the inbox's most common kinds from makers not yet in the corpus: a Vancouver series'
# numbered grid, a Polish dzienny plan pracy, a UK commercial grid with an A&E line under it, a
# spreadsheet export, an Australian feature, a US reality one-pager) was measured blind on
# 2026-12-05 on the reader of 3cd08d4 (EXTRACTOR_VERSION 2026.12.26, not tuned on it): 116/126
# fields, auto-ok 15/18, 0 silent, 1 sure-wrong, 1 misclassified.
# fresh26_ (tests/corpus/fresh26.py) added blind, not yet measured: only no-crash and the guard.
# fresh26_ (commercials and short shoots from independent companies: a Toronto grid of label
# strips, a New York commercial, a Warsaw production service's Polish sheet, a London Google
# Sheets key / value grid, an LA student film, Dublin / Glasgow one-liners) was measured blind on
# 2026-12-05 on the session's final reader (EXTRACTOR_VERSION 2026.12.27: callclash, reader33-34;
# not tuned on it): 106/126 fields, auto-ok 8/18, 0 silent, 0 sure-wrong, 0 misclassified.
# fresh27_ (tests/corpus/fresh27.py) added blind, not yet measured: only no-crash and the guard.
# fresh27_ (the issue's kinds from makers not yet in the corpus: a Montreal / Calgary numbered
# grid, a Kraków / Wrocław plan zdjęciowy, a UK unit call sheet, a US Excel feature, an
# Australian / New Zealand TVC, a Google Docs student short) was measured blind on 2026-12-05 at
# 07bd8ac (EXTRACTOR_VERSION 2026.12.28, not tuned on it): 119/124 fields, auto-ok 14/18, 0
# silent, 0 sure-wrong, 0 misclassified.
# fresh28_ (international service productions and short-form shoots: a Berlin / Hamburg
# commercial in English, a Prague / Budapest service sheet, a Lisbon / Porto folha de serviço, a
# Cape Town / Johannesburg TVC, a US music video one-pager, a Polish agency's bilingual sheet) was
# measured blind on 2026-12-05 at 07bd8ac (EXTRACTOR_VERSION 2026.12.28, not tuned on it): 109/126
# fields, auto-ok 8/18, 0 silent, 2 sure-wrong ('TRAUMA UNIT', a label's words, as the hospital),
# 0 misclassified.
# fresh29_ (tests/corpus/fresh29.py) added blind, not yet measured: only no-crash and the guard.
# fresh29_ (the issue's hard kinds from third makers: a revised Vancouver / Toronto numbered grid,
# a Łódź / Gdynia TV dzienny plan pracy, a UK plain grid with a hospital line under it, a
# letter-spaced spreadsheet export, a US TV sheet with two sets, an Irish / New Zealand factual
# memo) was measured blind on 2026-12-05 on the session's final reader (EXTRACTOR_VERSION
# 2026.12.29, reader36-38; not tuned on it): 112/126 fields, auto-ok 12/18, 0 silent, 0
# sure-wrong, 1 misclassified (a wedding run of show titled 'CALL SHEET').
# fresh30_ (the issue's hard kinds from fourth makers: a numbered value-below commercial grid with
# 'Nov 3/26' dates, a Polish plan zdjęciowy typed as a list, a UK plain grid with a hospital line
# under it, letter-spaced spreadsheet exports, a US episodic sheet with two or three sets, a Nordic
# advance one-liner) was measured blind on 2026-12-05 at 21:1x UTC on main's reader
# (EXTRACTOR_VERSION 2026.12.30, not tuned on it): 121/126 fields, auto-ok 15/18, 0 silent, 0
# sure-wrong, 0 misclassified.
# fresh31_ (days that test a reader's sanity checks, from makers not yet in the corpus: US /
# Canadian night shoots and split days, US revised and pushed calls, US multi-page sheet packs, a
# Gliwice dzienny plan pracy with a people table of other times, UK / NI unit call sheets, NZ / ZA
# documentary and corporate memos) was measured blind on 2026-12-05 at 21:5x UTC on main's reader
# (EXTRACTOR_VERSION 2026.12.31, reader40-41; not tuned on it): 119/126 fields, auto-ok 12/18, 1
# silent (a pushed call read as the old one, 0.89), 0 sure-wrong, 1 misclassified (a recce report).
# fresh33_ (sheets made with everyday tools: app-made StudioBinder / SetHero / Celtx-like
# exports, a Google Sheets template, a Word memo, weekend two-day packs; near misses: crew list,
# rental invoice, shot list) was measured blind on 2026-12-06 at 00:1x UTC on main's reader
# (EXTRACTOR_VERSION 2026.12.32, not tuned on it): 123/126 fields, auto-ok 12/18, 0 silent, 1
# sure-wrong (a locations table's '(as above)' read as the hospital), 0 misclassified.
# fresh32_ (the issue's hard kinds from fifth makers: a Canadian numbered grid with each value
# under its label and 'Thu Dec 4/26' dates, a Polish plan with a sent date and several times, a UK
# plain grid with a hospital line under it, a spreadsheet export with labels split into letters,
# a US feature whose title line runs on and whose hospital name wraps, Nordic / Irish one-liners;
# near misses: a family planner titled 'callsheet', a budget, a post schedule) was measured blind
# on 2026-12-06 at 00:2x UTC on main's reader (EXTRACTOR_VERSION 2026.12.32, not tuned on it):
# 109/126 fields, auto-ok 13/18, 0 silent, 5 sure-wrong (a hospital name wrapped on two lines read
# as its first line), 0 misclassified.
# fresh34_ (the issue's kinds from sixth makers: a Canadian label band with 'Wed, Nov 18/26'
# dates and a client line over the job, Polish revised plans ('KOREKTA', 'ZMIANA: zbiórka
# przesunięta na 7:30', a struck old time), a Polish typed list, UK / Scottish / Welsh unit call
# sheets, US commercials, emailed memos printed to PDF; near misses: a location release, a travel
# itinerary, a screenplay page) was held out until the session's final reader and measured blind
# on 2026-12-06 at 01:10 UTC (EXTRACTOR_VERSION 2026.12.33, reader43-46; not tuned on it):
# 123/125 fields, auto-ok 13/18, 0 silent, 0 sure-wrong, 0 misclassified.
# fresh35_ (the kinds of sheets real crews receive, from seventh makers: Canadian numbered
# one-pagers with each value in the row below, Polish dzienny plan pracy grids, call labels with
# no colon and the time at the right margin, German / Austrian Tagesdispositionen, spreadsheet
# exports, US TV episodic sheets with two or three sets; near misses: a household 'Callsheet', a
# five-page budget, a post delivery schedule) was measured blind on 2026-12-06 at 03:3x UTC on
# main's reader (EXTRACTOR_VERSION 2026.12.34, not tuned on it): 122/126 fields, auto-ok 17/18,
# 0 silent, 0 sure-wrong, 0 misclassified.
# fresh36_ (sheets from eighth makers: UK TV unit-call grids with a hospital line under them, ANZ
# TVC call-time boxes, Dutch / Flemish dagplanning, Polish plans typed in Word with revisions, crew
# texts and e-mails printed to PDF, US indie features with an ER and an urgent care; near misses: a
# catering order, a crew timesheet, a scout report) was measured blind on 2026-12-06 at 03:5x UTC
# on main's reader (EXTRACTOR_VERSION 2026.12.34, not tuned on it): 111/125 fields, auto-ok 9/18,
# 0 silent, 0 sure-wrong, 0 misclassified.
# fresh37_ (mixed makers: Canadian header boxes, a Polish bilingual PLAN DNIA, US two-column
# one-pagers, spreadsheet exports with split letters, UK commercials, Swiss Tagesdispo; near
# misses: a weekly stripboard schedule, a rental quote, a casting breakdown) was held out until
# the session's final reader and measured blind on 2026-12-06 at 04:3x UTC (EXTRACTOR_VERSION
# 2026.12.35, reader48-50; not tuned on it): 121/126 fields, auto-ok 16/18, 0 silent, 3
# sure-wrong (a bilingual label 'Klient / Client:' read as the title), 1 misclassified: the
# weekly schedule read as a shooting schedule, which is the corpus's own `one_liner` convention
# (as fresh16's week 2), so it is scored as one (its dates and title: 7/7).
# fresh38_ (Toronto-style numbered bands, Polish PLAN ZDJĘCIOWY, e-mails with no Subject: label,
# UK drama unit calls, gridline spreadsheet exports, US documentary field shoots; near misses: a
# budget summary, a screenplay, a household 'family call sheet') was measured blind on 2026-12-06
# at 06:33 UTC on main's reader (EXTRACTOR_VERSION 2026.12.37, not tuned on it): 105/115 fields,
# auto-ok 13/18, 0 silent, 1 sure-wrong (a 'MINOR INJURIES' unit as the hospital), 1
# misclassified (the household planner read as a call sheet).
# fresh39_ (ANZ TV drama, a Polish serial's dzienny plan pracy with several sets, Irish / Scottish
# indie features, a band's music-video one-liners, a US student template, European two-column
# one-pagers; near misses: a post delivery plan, a wedding-day timeline, a scout invoice) was
# measured blind on 2026-12-06 at 06:45 UTC on main's reader (EXTRACTOR_VERSION 2026.12.37, not
# tuned on it): 106/118 fields, auto-ok 12/18, 1 silent (a '*Camera / G&E pre-call 6:30 AM'
# above the general call read as the call), 0 sure-wrong, 3 misclassified (a music-video page
# read as other; the wedding timeline and the scout invoice read as call sheets).
# fresh40_ (Quebec bilingual TV, agency stills, corporate Word video sheets, Polish Word lists, US
# TV episodic with a boxed crew call, Scottish / Welsh / NI BBC-style; near misses: a weekly
# stripboard schedule, a crew timesheet, a festival programme) was held out until the session's
# final reader and measured blind on 2026-12-06 at 07:45 UTC (EXTRACTOR_VERSION 2026.12.38,
# reader52-54; not tuned on it): 131/133 fields, auto-ok 15/18, 0 silent, 0 sure-wrong, 0
# misclassified (its weekly stripboard is a shooting schedule by the `one_liner` convention, as
# its builder scored it). Two of its cities (Kalamazoo, Kilmarnock) are also fresh39's, with
# other venues.
# fresh41_ (Toronto / Vancouver commercial one-page templates, US non-union commercials with a boxed
# crew call, US reality with a MEET / PARK line, Canadian IATSE / DGC series with SET #1 / SET #2,
# web-app exports printed from a browser, US indie spreadsheets with NEAREST ER; near misses: a
# daily production report, a background voucher, a stunt / SFX safety notice) was measured blind
# on 2026-12-06 at 09:46 UTC on main's reader (EXTRACTOR_VERSION 2026.12.38, not tuned on it):
# 124/126 fields, auto-ok 16/18, 0 silent, 0 sure-wrong, 2 misclassified (the background
# voucher and the SFX safety notice read as call sheets).
# fresh42_ (UK APA-style commercials with a movement order, UK continuing-drama studio days, UK
# natural-history shoots with an RV point, Australian TVC one-pagers, New Zealand features, Irish
# TG4-style bilingual drama; near misses: a parking suspension notice, a talent booking
# confirmation, a rehearsal schedule) was measured blind on 2026-12-06 at 09:38 UTC on the same
# reader: 115/126 fields, auto-ok 10/18, 0 silent, 1 sure-wrong (Ham Wall's sunrise), 1
# misclassified (the talent booking confirmation read as a call sheet).
# fresh43_ (Polish landscape dzienny plan pracy, Czech denní dispozice, US indie spreadsheet
# exports, UK DATE | UNIT CALL | LOCATION grids, Chilean hojas de citación, Swedish / Danish
# callsheets; near misses: a rehearsal schedule, a festival call for entries, an audience ticket)
# was held out until the session's final reader and measured blind on 2026-12-06 at 10:30 UTC
# (EXTRACTOR_VERSION 2026.12.39, reader55-58; not tuned on it): 116/126 fields, auto-ok 17/18,
# 0 silent, 2 sure-wrong (two Chilean hospitals read without their 'Hospital'), 1 misclassified
# (the audience ticket read as a call sheet).
# fresh44_ (Indian / South-East Asian ad films, Italian ordini del giorno with a left-hand times
# column, Kenyan / South African service sheets with a contacts column, US union episodic with a
# back page of crew calls, a crew member's phone captures, Belgian French / Dutch commercials;
# near misses: a camera report, a rental delivery note, a car-hire duty slip) was held out and
# measured blind at the same time on the same reader: 90/117 fields, auto-ok 10/18, 1 silent (a
# Belgian sheet's 06:40 for its 07:00 call), 0 sure-wrong, 3 misclassified (all three near
# misses read as call sheets).
# fresh45_ (US university film-school production office templates with a numbered LOCATIONS
# table, North American documentary shoot schedules with an INTERVIEW SUBJECT block, US corporate
# event-video coverage sheets in landscape, stand-alone second-unit sheets, two-page sheets whose
# page 1 is a cover with the call in a big box, aerial (drone) unit sheets; near misses: a sound
# report, a SAG-AFTRA Exhibit G, a documentary appearance release) was measured blind on
# 2026.12.40: 109/124 fields, auto-ok 6/18, 1 silent (a second unit's sheet: the main unit's
# call printed for reference read as the call), 0 sure-wrong, 2 misclassified (the sound report,
# the Exhibit G).
# fresh46_ (Polish film-school etiudy on landscape A4, Polish-English commercials with four
# cards, UK continuing-drama location days, Northern Irish sheets with a UNIT HOSPITAL block,
# Scottish shorts typed in Word, Irish landscape two-panel sheets; near misses: a sound report,
# a continuity report, a purchase order) was measured blind on the same
# reader: 120/126 fields, auto-ok 17/18, 0 silent, 3 sure-wrong (titles: a department's name, a
# trailing spot length), 1 misclassified (the sound report).
# fresh47_ (Maltese service sheets with Maltese address lines, Canary Islands bilingual hojas de
# citación, US scheduling-software exports with 'Shoot Day # n of N' and a right-hand crew call
# box, Sri Lankan service sheets, Faroese English sheets, Puerto Rican bilingual hojas de llamado;
# near misses: a script breakdown sheet, a sound report, a press release) was held out and
# measured on the final reader of its session, 2026.12.41, untouched: 115/126 fields, auto-ok
# 11/18, 0 silent, 4 sure-wrong (two Canary hospitals without their leading 'Hospital', two Sri
# Lankan titles read as the label 'CLIENT / COMPANY'), 1 misclassified (the press release).
# fresh48_ (Finnish bilingual grids with numbered labels over their values, Slovak days with two
# or three numbered sets, Slovenian spreadsheet exports in landscape, Latvian revised sheets,
# Croatian two-column sheets, Baltic phone-typed calls; near misses: a freelancer's invoice, a
# production meeting agenda, a child performer's chaperone record) was measured blind on
# 2026.12.41: 107/125 fields, auto-ok 9/18, 1 silent (a Croatian monastery's venue line read for
# its street), 1 sure-wrong (a Finnish hospital read as the next numbered label), 1 misclassified
# (the meeting agenda).
# fresh49_ (Nigerian service sheets for a foreign commercial, Tunisian feuilles de service,
# UAE desert days with a far unit base and a unit move, Egyptian landscape sheets with a
# schedule table, Namibian grids with labels above values, Tanzanian sheets with Swahili
# time beside the clock; near misses: a shot list, a crew NDA, a job posting) was measured blind
# on 2026.12.41: 114/126 fields, auto-ok 7/18, 0 silent, 0 sure-wrong, 1 misclassified (the shot
# list).
# fresh50_ (Brazilian bilingual ordens do dia, Colombian hojas de llamado with the general call
# in a big box, Japanese service sheets in English with YYYY/MM/DD dates, Peruvian sheets with
# today's day and tomorrow's advance on one page, Korean service sheets in a grid of labels above
# values, Argentine spreadsheet exports; near misses: a per-diem claim, a music video treatment,
# a COVID-19 testing schedule) was held out and measured on the session's final reader,
# 2026.12.42, untouched: 111/126 fields, auto-ok 6/18, 0 silent, 0 sure-wrong, 2 misclassified
# (the music video treatment, the testing schedule). Tuned by reader71: 125/126, auto-ok 16/18,
# 0 silent, 0 sure-wrong, 0 misclassified.
# fresh51_ (Polish series plans with the day's times in a shaded sidebar, Polish commercial
# sheets with GODZINA ZBIÓRKI EKIPY in a heavy box and 'ul. ... / 00-000 Miasto' addresses, Polish
# revisions opening with a BYŁO / JEST table and the old call struck, Czech bilingual three-column
# tables, Hungarian / Romanian service sheets in English in three landscape columns, Lithuanian
# sectioned plans with year-first dates; near misses: a theatre's technical rider with a stage
# plot, a Polish conference harmonogram, a film school's exam timetable) was measured blind on
# 2026.12.43: 98/126 fields, auto-ok 4/18, 1 silent (the Ełk sidebar's crew call 06:30 read as
# 06:00 at 0.89), 0 sure-wrong, 3 misclassified (all three near misses).
# fresh52_ (Quebec commercial grids with bilingual labels over their values and '7 h 30' times,
# US indie feature sheets typed in a word processor with a two-column header, US music-video /
# branded one-pagers with a black band, US university student film sheets, Google Sheets exports
# with merged cells, Canadian reality / doc unit sheets with numbered locations and a company
# move; near misses: a stage tech-week schedule, a photo studio booking confirmation, a youth
# hockey tournament schedule) was measured blind on 2026.12.43: 123/126 fields, auto-ok 15/18,
# 0 silent, 0 sure-wrong, 1 misclassified (the tech-week schedule).
# fresh53_ (UK drama unit call sheets with the UNIT CALL in a box beside 'Breakfast from' and
# 'Rushes to', UK commercials with a traffic-light status box and UNIT BASE / CREW PARKING apart,
# Irish sheets with a shaded sidebar of times and Eircode addresses, Australian landscape TVC
# sheets with first light / sunrise / sunset / last light, New Zealand sheets with Maori and
# English headings and the crew call on a strip, UK calls typed on a phone; near misses: a
# marathon marshal briefing, a TV audience warm-up running order, a school trip consent letter)
# was held out and measured on the session's final reader, 2026.12.44, untouched: 120/126
# fields, auto-ok 17/18, 0 silent, 0 sure-wrong, 3 misclassified (all three near misses).
# fresh56_ (UK plain grids with DATE | CREW CALL | SET LOCATION boxes and 'Hospital:' /
# 'Police:' lines under them, UK unit call sheets with numbered sets and two hospitals, German /
# Austrian Tagesdispos, Dutch / Flemish callsheets, Danish / Norwegian / Swedish sheets with
# 'kl. 07.30' times, French / Belgian / Swiss feuilles de service; near misses: a football away
# travel plan, a touring theatre get-in / get-out schedule, a vintage car rally road book) was
# held out and measured on the session's final reader, 2026.12.45, untouched: 118/126 fields,
# auto-ok 12/18, 0 silent, 2 sure-wrong (a UK unit sheet's hospital, a Tagesdispo's title), 3
# misclassified (all three near misses).
# fresh54_ (Ontario commercial one-pagers whose numbered labels run down the columns with each
# value in the cell under its label and 'Mar 16/27' dates, BC series unit sheets with a
# two-column header, US commercial production-service sheets with the studio-zone line, GENERAL
# CREW CALL and a weather strip, landscape spreadsheet exports with merged cells and glyph-by-glyph
# text, US episodic / indie sheets with shooting call, advance schedule and issue date beside the
# crew call, Mexican / Texas border bilingual HOJA DE LLAMADO / CALL SHEET strips; near misses: a
# cathedral choir's concert call schedule, a marching band's competition-day itinerary, a
# trade-show booth staffing rota) was measured blind on main's reader 2026.12.44: 123/126
# fields, auto-ok 17/18, 0 silent, 0 sure-wrong, 3 misclassified (all three near misses).
# fresh55_ (Polish 'dzienny plan pracy' grids with an earlier 'Zbiórka produkcji' and the date
# the sheet was sent, Polish plans typed in a word processor with tomorrow's call on the page,
# Polish revisions moving the call in a sentence, a BYŁO / JEST table or a struck value, Slovak /
# Slovenian / Croatian day plans with a sidebar of times, Serbian (Latin) and Bulgarian
# (Cyrillic) landscape plans, English co-production sheets with the local words in brackets and
# a column of times; near misses: a parish pilgrimage programme, a volunteer fire brigade
# exercise order, a company integration trip plan) was measured blind on 2026.12.44: 112/126
# fields, auto-ok 11/18, 1 silent (rev_kazimierz's call: 07:00, the time a sentence moved the
# call from, at 0.94), 1 sure-wrong (dpp_biecz's title: a department row 'Pirotechnika'), 3
# misclassified (all three near misses).
# fresh59_ (South African service sheets with a boxed UNIT CALL and '07h00' times, Indian
# Hindi-English sheets with a shift and PIN codes, Malaysian / Philippine sheets with 'Call time',
# 'Standby' and 'Pack-up' in a shaded side column, Greek / Cypriot / Turkish co-production sheets
# with bilingual labels, Colombian / Mexican / Brazilian bilingual HOJA DE LLAMADO / ORDEM DO DIA
# service sheets, Jordanian / Moroccan service sheets with a desert unit move; near misses: an
# Indian free eye camp duty schedule, a Philippine election duty order, a Red Sea dive boat
# briefing) was held out and measured on the session's final reader, 2026.12.46, untouched:
# 124/126 fields, auto-ok 13/18, 0 silent, 0 sure-wrong, 3 misclassified (all three near
# misses).
# fresh58_ (Swiss German Dispos with grey section bars, 'Besammlung', 'Zeit: 07.15 h' and
# 'Notfall 144', German series Tagesdispos typed as a two-column list with 'Drehort / Motiv' and a
# Treffpunkt map note, Czech 'denní plán natáčení' with a strip of time boxes led by SRAZ ŠTÁBU,
# Hungarian 'napi diszpozíció' with an IDŐPONT / PROGRAM table and 'Stáb hívás', Finnish /
# Estonian / Icelandic day orders typed in a word processor ('Kokoontuminen klo 7.30'), Dutch
# landscape draaischema day overviews with 'Call crew'; near misses: a polling station's staff
# instructions, a ski race's competition information, a civil protection call-up) was
# measured blind on main's reader 2026.12.45: 102/126 fields, auto-ok 8/18, 0 silent, 1
# sure-wrong (ch_schlossthun's title: 'Produktion: Nadja Wyss' on the credits line), 3
# misclassified (all three near misses, kept as they are in NOT_OTHER_TODAY).
# fresh57_ (French TV-series FdS typed on two pages with a CONVOCATIONS table per department,
# 'RDV équipe' and 'Prêt à tourner' on page 1 and the hospital on page 2, Québécois feuilles de
# route with 'APPEL GÉNÉRAL 7 h 30' and déjeuner / dîner, Italian ordini del giorno with a
# two-row grid of 'Convocazione troupe' and 'Pronti a girare' over a 'Pronto soccorso' row,
# Spanish / Catalan hojas de citaciones with a column of citaciones beside the place blocks,
# Portuguese folha de serviço / Brazilian ordem do dia with a big 'Chamada' box and a cronograma,
# Romanian landscape foi de chemare in three columns; near misses: a Holy Week brotherhood's
# procession summons, a wine estate's grape-harvest crew plan, a blood-donor association's
# volunteer rota for a blood drive) was measured blind on main's reader 2026.12.45: 114/126
# fields, auto-ok 13/18, 0 silent, 2 sure-wrong (two Romanian hospitals read as 'UPU
# (urgențe)', the department), 3 misclassified (all three near misses); reader84 reads its
# call sheets 126/126, 18/18 auto-ok (its near misses stay misclassified: NOT_OTHER_TODAY).
# fresh60_ (US unscripted / reality field sheets with a crew call, a later talent call, load-in
# and OTF interviews, fashion / e-commerce stills studio days with a crew call, model calls per
# look and a loft building's suite number, live sports outside-broadcast crew sheets with CREW
# CALL before ON AIR and a crew gate, Hawaii / Puerto Rico / US Virgin Islands sheets with okina
# and kahako in Hawaiian names or bilingual Spanish labels, night shoots whose crew call is in the
# evening and whose wrap is after midnight, documentary travel sheets with today's programme
# inside a multi-day trip itinerary; near misses: a court's juror reporting instructions, a
# hurricane shelter volunteer activation notice, a county fair's 4-H livestock check-in schedule)
# was measured blind on main's reader 2026.12.46: 119/126 fields, auto-ok 11/18, 1 silent
# (ni_capitoltheatre's date: the night's second day), 0 sure-wrong, 0 misclassified; reader87
# reads it 125/126, 17/18 auto-ok, no silent, no sure-wrong.
# fresh62_ (Israeli English sheets with transliterated Hebrew labels, a Sunday-Thursday week and
# DD/MM/YY dates, Thai / Vietnamese service sheets in English with local words and the
# Buddhist-era year beside the Gregorian one, Nigerian / Ghanaian / Senegalese sheets (French in
# Dakar), Argentine / Chilean / Peruvian ordenes de rodaje with a citación per department,
# Danish / Latvian / Lithuanian sheets laid out as one long LABEL | VALUE | NOTE table, US indie
# Canva / Google Docs one-pagers with rounded boxes and a weather strip; near misses: a safari
# camp's game-drive briefing, a census enumerators' field-day assignment, a removal firm's work
# order) was held out and measured on the session's final reader, 2026.12.47, untouched:
# 115/126 fields, auto-ok 8/18, 0 silent, 0 sure-wrong, 0 misclassified (all three near misses
# other).
# fresh63_ (US / Canadian mainstream production templates in Plains, Mountain West, Midwest,
# Prairie and Atlantic towns: commercial one-pagers with numbered labels ("1. DATE", "2. CREW
# CALL") over the value's grid cell, TV series sheets read across two interleaved label / value
# columns, agency templates with a coloured band and a run-on title line ("SHOOT DAY 2 OF 3 ·
# THURSDAY"), Excel / Google Sheets PDF exports with gridlines and merged cells, multi-set days
# with SET #1 / SET #2 / UNIT BASE / CREW PARKING / BASECAMP rows in one LOCATIONS table, typed
# Courier sheets in the short forms "Oct 14/27", "0730", "0730h", "7:30 a.m."; near misses: a
# curling bonspiel draw schedule, a sugar-beet co-op's piling-station schedule, a ranch's
# branding-day crew plan) was measured blind on main's reader 2026.12.47: 123/126 fields,
# auto-ok 17/18, 0 silent, 1 sure-wrong (wi_ia_circusworld's hospital 'SSM Health St. Clare
# Hospital - Baraboo' cut at its dash: the town a health system names its hospital by), 0
# misclassified (all three near misses other); misses: ks_ne_sd_scoutsrest's sunrise (a shot
# list's row 'Sunrise: horse and rider ...' took the row's TIME column), sk_mb_ab_tunnels'
# title (the header's far side 'Client: SaskTel' read as the cell beside the job's number),
# sk_mb_ab_waterton right at 0.83 (its shot 'Sunrise: ...' a rival sunrise); reader90 reads it
# 126/126, 18/18 auto-ok, no silent, no sure-wrong.
# fresh64_ (Polish call sheets in layouts the corpus lacks, in towns not yet in it: a production
# office's typed DYSPOZYCJA letter with the issue date ('Lidzbark Warmiński, dnia 13 października
# 2027 r.') above the day it is for and numbered points ('godz. 7:30'), a DZIENNY PLAN PRACY with
# its times as one strip of boxes under a Roman-numeral date box, a Polish-German co-production's
# plan with English beside the Polish labels, a plan whose crew call is only a bold row of the
# hour-by-hour HARMONOGRAM DNIA, a commercial's CALL SHEET / PLAN ZDJĘCIOWY with 'CALL EKIPY'
# between 'wyjazd z Warszawy' and 'call agencji / klienta', a TV series' day plan with every fact
# in a grey sidebar; near misses: a kayak trip programme, an angling competition programme, a
# housing cooperative's chimney-sweep inspection schedule) was measured blind on main's reader
# 2026.12.47: 114/126 fields, auto-ok 12/18, 1 silent (dy_dobremiasto's location: the set's
# line run on with its bracketed note and the place's phone, '(nawa główna i wieża), tel. 89 532
# 62 00', at 0.93), 0 sure-wrong, 0 misclassified (production 8/18: quoted titles beside a
# company or a heading, the commercial's 'Produkt / spot', a 'Produkcja' row of the department
# table); reader91 reads it 126/126, 18/18 auto-ok, no silent, no sure-wrong.
# fresh61_ (Bosnian / Montenegrin 'PLAN SNIMANJA' with 'Poziv ekipe' and an Albanian 'PLANI I
# XHIRIMIT' with 'Thirrja e ekipit', North Macedonian Cyrillic daily plans ('dneven plan za
# snimanje') with the crew call ('povik za ekipa'), Uruguayan / Paraguayan / Cuban 'HOJA DE
# CITACIÓN' / 'CITACIÓN GENERAL' with '7:30 hs.', Galician / Basque 'FOLLA DE RODAXE' /
# 'GRABAKETA-ORRIA' with Spanish beside, Kazakh / Uzbek Russian-language call sheets ('vyzyvnoy
# list') with 'sbor gruppy', Pakistani / Bangladeshi / Nepali English sheets with romanised
# labels, a shift, a unit call and pack-up; near misses: a Basque trainera regatta crew call, a
# Nepali polio campaign team micro-plan, a Uruguayan shearing gang's work order) was
# measured blind on main's reader 2026.12.46: 90/126 fields, auto-ok 7/18, 1 silent
# (ru_labihauz's '04.02.2027 g. (chetverg)' read as 2 April at 0.87: a temperature's '+14 °C'
# taken for North America's '+1', the weekday after 'g.' unread), 3 sure-wrong (hospitals:
# 'HITNA POMOĆ', the emergency service beside the label; 'de Maldonado (ASSE)' and 'Bidasoa',
# names cut after their first word 'Hospital'), 0 misclassified; reader88 reads it 126/126,
# 18/18 auto-ok, no silent, no sure-wrong.
# fresh65_ (English / Welsh unit call sheets with UNIT CALL, UNIT BASE, CREW PARKING and a
# NEAREST A&E block whose hospital name runs over two lines, Highlands and Islands plain grids
# DATE | CREW CALL | SET LOCATION with a left-aligned 'Hospital:' line under them, Northern Irish
# spreadsheet exports with column letters and row numbers, west of Ireland one-liner e-mail sheets
# ('Call 0730 at ...'), ANZ TVC sheets with 'Shoot Day 2 of 3 · Thursday' trailing the title and
# 'Crew call 6:45am', KwaZulu-Natal / Eastern Cape service sheets in two columns with '06h30' and
# a CASUALTY line; near misses: a lifeboat station's exercise programme, a sheepdog trial's
# running order, a surf life-saving carnival's officials roster) was held out and measured on
# the session's final reader, 2026.12.48, untouched: 119/126 fields, auto-ok 10/18, 3 silent
# (the unit call sheets' LOCATION boxes: a street without a number between the venue's name and
# its town and postcode is dropped, 'Bamburgh Castle, Bamburgh NE69 7DF' for 'Links Road', at
# 0.89-0.90: SILENT_TODAY), 0 sure-wrong, 0 misclassified (all three near misses other).
# fresh66_ (US Mountain West call-sheet-app exports with a three-column top, a GENERAL CREW CALL
# box and a full-width weather strip with sunrise and sunset ('7:12A'); Atlantic Canadian
# film-school handbook templates filled in on ruled form lines ('Shoot Date: November 9th, 2027',
# 'Crew Call: 7am'); unscripted series call e-mails printed from a web mail client, the day's facts
# as bullets ('CREW CALL: 0630') with the year only in the sent line; landscape music-video
# one-pagers with a black artist panel; Atlantic Canadian union episodic sheets with three equal
# boxes BREAKFAST | CREW CALL | SHOOTING CALL in '0700'; commercial company sheets with AGENCY /
# CLIENT / PRODUCTION CO. blocks and a department call list; near misses: a rodeo's performance
# and slack schedule, a ski patrol's daily duty roster, a lobster boat's Dumping Day crew plan)
# was measured blind on main's reader: 116/126 fields, auto-ok 15/18, 3 silent (the e-mails'
# shooting date read as the sent stamp's, the day before, at 0.93: Gmail's 'to crew-list' line
# has no colon, so the print was no e-mail and 'DATE: Wednesday 6/16' had no year), 0
# sure-wrong, 0 misclassified (all three near misses other); the music videos read the artist,
# Digby its walking breakfast range, the commercials their company as the title. reader94
# reads it 126/126, 18/18 auto-ok, no silent, no sure-wrong.
# fresh67_ (Polish call sheets: a film school's printed KARTA DNIA ZDJĘCIOWEGO filled in on dotted
# lines with captions under them ('(godzina zbiórki)', 'Godzina rozpoczęcia zdjęć'), a series'
# DPP with an OBIEKT / ADRES OBIEKTU table and a 'wyjazd z bazy' transport table, a commercial in
# two parallel columns (Polish left, English right) under Klient / Agencja, a documentary's
# harmonogram e-mail printed from web mail with time-first lines, an A5 pocket plan with raised
# minutes ('7³⁰') and a SZPITAL DYŻURNY / SOR box, a music video's PLAN DNIA with a vertical
# timeline and 'CALL EKIPY'; near misses: a dożynki programme, a first communion timetable, a
# collective hunt plan) was measured blind on main's reader 2026.12.49: 103/126 fields, auto-ok
# 7/18, 0 silent, 0 sure-wrong, 0 misclassified (the school form's captions read as labels,
# '(tytuł etiudy)' a title 'etiudy)', and 'Najbliższy szpital z SOR' a hospital 'z SOR'; the
# combed date '1 4 - 1 0 - 2 0 2 6' unread; the OBIEKTY table's ADRES OBIEKTU unread, the
# letterhead's address the set; the raised minutes '7³⁰' read as '730', no call and no
# sunrise; the music video's GDZIE card unread, the hospital's address the set, the artist the
# title; the e-mail subject's 'Harmonogram zdjęć' the title); reader95 reads it 126/126, 17/18
# auto-ok (mv_choroszcz's sunset doubted against 'zachód wcześnie - park przed 17:00', 0.848),
# no silent, no sure-wrong.
# fresh68_ (East Anglian continuing-drama location unit sheets with UNIT CALL / ON SET /
# BREAKFAST FROM boxes and a separate RVP block, Midlands children's drama sheets with a CHILDREN
# - LICENSED HOURS table and CHAPERONES, Midlands corporate video one-page schedules typed into a
# Word table, mid-Wales music video sheets with a department PRE-CALL / CALL table, East Anglian
# documentary 'shoot schedule' e-mails printed from a webmail with the location postcode first,
# Irish midlands feature sheets with Irish / English headings and a 'LÁ 3 / DAY 3' band; near
# misses: a quarter-peal rota, a canal lock stoppage notice, a point-to-point race card) was
# held out and measured on the session's final reader, 2026.12.50, untouched: 119/126 fields,
# auto-ok 12/18, 0 silent, 0 sure-wrong, 1 misclassified (the canal lock stoppage notice taken
# for a call sheet: NOT_OTHER_TODAY); misses: the music videos' titles (the artist or the
# sheet's kind), Welshpool's call (no crew call box, only the department table's shared 7.30am),
# Orford's title and date, Birr's hospital (the Irish name over the English one). reader96
# reads it 126/126, auto-ok 16/18 (Birr: title guessed from the largest heading and the set's
# road with no number, 0.68; Southwell: the yearless 'Weds 21st Oct', 0.79), 0 silent,
# 0 sure-wrong, 0 misclassified: the song in British single quotes under its artist; the
# time the departments share in the CALL column beside PRE-CALL; a stoppage notice named in
# its heading; the English hospital name under the Irish one; a webmail subject heading that
# begins 'Re:' (no memo field); the postcode printed first for the sat-nav read at the
# address's end (Brancaster's and Cley's places then sure: 0.78-0.79 to 0.92-0.93).
# fresh69_ (United States and Canadian call sheets: Tennessee / north Alabama reality series
# printed from Google Sheets with frozen header rows and coloured TIMES / LOGISTICS / SCHEDULE /
# CONTACTS bands, Great Lakes live broadcast remotes' production schedules led by TRUCK CALL
# above CREW CALL and AIR, Carolinas union features' two-page sheets with a numbered SET list
# and BASECAMP / CREW PARKING / NEAREST HOSPITAL blocks, Gulf Coast commercials' one-pagers
# with a timeline in 12-hour times with a/p suffixes ('7:30a'), Prairie documentary crews'
# e-mail itineraries with the call in a sentence ('Crew call is 7:30 a.m. at ...'), BC interior
# student / indie features on a printed template filled in by hand (one call struck out and
# re-written); near misses: a Mardi Gras parade line-up, a sea turtle nest patrol rota, a
# walleye tournament's launch and weigh-in schedule) was measured blind on main's reader (build69,
# 13:22 UTC): 125/126 fields, auto-ok 17/18, 1 silent, 0 sure-wrong, 0 misclassified (Steinbach's
# set on Manitoba's PTH 12 read as '12 N, Steinbach, MB R5G 1T8' at 0.90: the highway no street,
# the number before the direction a house number). reader99 reads it 126/126, auto-ok 18/18,
# 0 silent, 0 sure-wrong, 0 misclassified: a North American highway is the street of an address
# ('231 PTH 12 N', '4550 Hwy 101', '1200 US-41', '12 County Road 7', 'Hwy 97A'); a number and a
# direction alone ('12 N, Town') or a number after a road's code in capitals is no street, so a
# set whose street is cut short is not confirmed. The remotes stay at 0.86 (their set under
# VENUE, a label worth 0.85) and the commercials at 0.89 (LOCATION 0.95 and a title guessed
# from the largest heading, 0.6).
# fresh70_ (Kujawsko-Pomorskie daily soap plans with I EKIPA / II EKIPA side by side, each with
# its own call and set; Warmińsko-Mazurskie documentary 'plan dnia' typed as numbered points with
# Roman-numeral or genitive months; Opolskie feature 'dzienny plan pracy' with a tear-off calendar
# date block; Lubuskie commercial one-pagers with a drawn map, a pin and GPS coordinates, times
# mixed '7.30' / '7:30'; Świętokrzyskie plans printed two A5 pages to one landscape A4 sheet;
# Podkarpackie film-school forms typed into boxes with tick boxes; near misses: a waste collection
# timetable, a village meeting notice, a polling station commission's duty plan) is the
# seventy-first held-out set, built blind, measured blind on main's reader (2026.12.51):
# 117/126 fields, auto-ok 10/18, 0 silent, 0 sure-wrong, 0 misclassified (the near misses
# other); misses: the documentary plans' date (Orneta, Giżycko: the letter's own date top right,
# 'Olsztyn, 10.XI.2026 r.', rivalling point 1's 'Termin:' date, 0.59-0.60), the calendar block's
# date (weekday, 44-pt day, 'LISTOPAD 2026' on lines of their own: no date, 0.10), the
# commercials' title (the house's name 'Zielona Klatka Production' as large as the quoted
# „Winnica Lubuska” on the dark band's line, 0.89-0.90), Odrzykoń's title ('Zemsta' of „Zemsta w
# Kamieńcu” typed in mono; the school forms at 0.82: the mono spaces split their values into
# runs, the set's address 'across two columns'). reader98 reads it 125/126, auto-ok 15/18,
# 0 silent, 0 sure-wrong, 0 misclassified: a Polish 'Termin:' labels the date (the letter's
# dateline then explained); a tear-off calendar block stacked beside the title block read when
# its weekday agrees; of runs as large on one line the one set whole in quotes is the title.
# Left: the forms (DejaVu Sans Mono's 0.602 em space splits runs; widening the run gap cost
# fresh48_lv_bunkurs's hospital, so it was taken out). reader100 reads it 126/126, auto-ok 18/18
# (the forms 0.93-0.94): a space of a monospaced font (words on a line as wide per letter, at
# 0.55-0.62 em) keeps a typed value in one run; bunkurs unchanged.
# fresh71_ (Highland high-end TV drama two-page unit call sheets with UNIT BASE / CREW PARKING /
# LOCATION boxes each with a '///what3words' line and the A&E on page 1 or 2, Yorkshire Dales
# factual self-shooting PD shoot-day sheets with a LONE WORKING box, Cornish commercials with an
# AGENCY / CLIENT block and a big CALL TIME box, Antrim-coast feature sheets with a MOVEMENT
# ORDER table, Gaelic / English bilingual sheets for BBC ALBA (Mull, Harris, North Uist),
# Cumbrian BFI NETWORK short films on landscape pages; near misses: a shinty fixture card, a fell
# race's runners' instructions, a livestock mart's sale timetable) was held out and measured on
# the session's final reader, 2026.12.52, untouched: 125/126 fields, auto-ok 12/18, 0 silent,
# 0 sure-wrong, 0 misclassified (all three near misses other); the miss: Grassington's call in a
# sentence ('leave Threshfield 7.15am, meet Jane 8.00am') read 07:15 at 0.60 (review); right but
# reviewed: the Cornish commercials' Fowey and Port Isaac (0.63-0.67) and the three BFI NETWORK
# shorts (0.57-0.60). reader100: 125/126, auto-ok 16/18, 0 silent: a boxed 'CALL TIME' whose
# caption in far smaller type says when the client comes is the sole call, '0700' on a sheet
# that prints its times in four digits is settled (Fowey 0.89, Port Isaac 0.90); a bare 'Call'
# alone in its cell with '09:00 at the garden gate' beside it is a memo's call line, and 'Crew'
# in a running order's WHO cell at the call's time no rival (Cockermouth 0.90, Ulverston 0.89).
# Left: Coniston ('breakfast from 7.30am, call 8am', read from the crew list, 0.57) and
# Grassington's call in a sentence (07:15 for 08:00 at 0.60, review).
# fresh72_ (US multi-camera sitcom stage sheets for a rehearse-and-tape week at stages in
# Bethpage, Glendale and Irving; Central Texas indie features under the SAG-AFTRA Ultra Low Budget
# Agreement in a Google Docs grid with values below the labels; Atlantic Canadian CBC Docs
# shoot-day sheets with the provincial fund's credit (Twillingate, Souris, Chéticamp); Spanish /
# English HOJA DE LLAMADO / CALL SHEETs for a US Hispanic network series; an ad agency's one-page
# production schedule + call sheet; national-park shoots under an NPS special use permit with a
# park monitor; near misses: a food truck rally's vendor load-in, a Little League opening-day
# schedule, an ARRL Field Day operating plan) is the seventy-third held-out set, built blind,
# measured blind on main's reader: 121/126 fields, auto-ok 14/18, 0 silent, 0 sure-wrong,
# 0 misclassified (the near misses other); misses: the agency pages' date (the production
# schedule's PPM / scout / SHOOT / offline / delivery rows all rivals of the call sheet's date,
# 0.60; Page's band says only 'see SHOOT above') and two of their titles (the 'Brand / spot'
# value's bracket '(:30 "Edge" and :15 cutdown)', '(:30 and stills)' kept); right but reviewed:
# Estes Park (the permit's 'valid 6/7/27 - 6/9/27' rivals 'DATE Tue 6/8/27', 0.60); the stage
# sheets at 0.86-0.87 (the STUDIO block's place 0.855: a generic label word vouched by a whole
# address, 0.9, under its label, 0.95). reader72 reads it 126/126, auto-ok 17/18, 0 silent,
# 0 sure-wrong, 0 misclassified: a production schedule's one row named the shoot dates the call
# sheet (its other milestones explained, as an itinerary's other days); the ends of a range of
# dates are a window, no rivals to a date printed inside it; a bracket after a commercial's
# title that opens with a spot length is its deliverables; STUDIO over a place that names itself
# Studios, with its whole address, is as sure as LOCATION (ranked still as the generic word).
# Left: Page AZ reviewed (0.846: its crew call '0445' read at 0.81).
# fresh73_ (Polish call sheets: a Kashubian streaming series' tiles with a Polish label over a
# small grey English one ('Call ekipy / Crew call'), a Wielkopolska feature's day plan exported from
# a scheduling program with a field grid, coloured scene strips, a day-break strip and the date
# '09/03/27', a TV talk show's 'dyspozycja nagraniowa' on tour with times '08h00', a film-school
# etiuda's 'dyspozycja' typed with raised minutes ('godz. 7³⁰') and dates '9 III 2027', a Lubelskie
# regional-fund feature's landscape day plan with two or three objects and the moves between them,
# a Małopolska revised plan 'WERSJA 2 (NIEBIESKA)' with changed lines barred and tagged ZMIANA;
# near misses: a parish's kolęda visit plan, a county's pharmacy duty rota, a spa treatment card)
# is the seventy-fourth held-out set, built blind, measured blind on main's reader (build73):
# 117/126 fields, auto-ok 12/18, 0 silent, 0 sure-wrong, 0 misclassified (the near misses
# other); misses: the TV show's set (its block headed 'MIEJSCE NAGRANIA', no label the reader
# knew: the producer's letterhead address read from running text, 0.67), the fund's set (the
# 'OBIEKT 1 · 7.30-11.30' box headings: hours after a middle dot, printed as one span, left the
# numbered set word unmarked, so no label; the house's address, 0.68), the etiuda's title
# ('DYSPOZYCJA na dzień zdjęciowy nr 2', the paper's name set largest, read as the title, the day
# at 0.88-0.90); right but only 0.86: the streaming tiles (the set's tile headed 'PLAN' over a
# small 'SET': the Polish word alone is no label, the English generic 0.8, vouched 0.9 by the
# address, times 0.95 for a value under its label: 0.855). reader73 reads it 126/126, auto-ok
# 18/18, 0 silent, 0 sure-wrong, 0 misclassified: 'MIEJSCE NAGRANIA' / 'Miejsce nagrań' label
# the set; a numbered set's hours after a middle dot or bullet, the span as one word, head its
# box; 'DYSPOZYCJA' (NAGRANIOWA, DZIENNA, na dzień zdjęciowy nr n) names the paper, and the line
# under it naming the kind and the quoted title ('etiuda: „Wieża”') is the title; a set's tile
# headed in two languages ('PLAN' over 'SET', flush, each alone in its run) is worth
# 'Location' (0.95): the streaming days now 0.90.
# fresh74_ (a MIXED set as forwarded to a crew member in Toronto, London or Warsaw: Toronto
# production-company commercial sheets with numbered labels reversed out of black strips, each
# value in the white cell below, LOCATION 1 / LOCATION 2 / UNIT BASE / CREW PARKING cells and a
# NEAREST ER cell (Picton, Uxbridge, Orangeville); US competition-show CHALLENGE DAY sheets with
# SET #1 / SET #2 / BASECAMP / CREW PARKING rows and a contestant SEQUESTER box (Temecula,
# Pahrump, Twentynine Palms); London commercials on a plain ruled grid with a one-line 'Nearest
# A&E:' under it and a crew list by department with a CALL column (Walthamstow, Peckham,
# Deptford); Screen Ireland-funded feature sheets with a times column beside LOCATION 1 /
# LOCATION 2 / UNIT BASE rows and an EMERGENCY band (Cobh, Carlingford, Lahinch); Polish 'dzienny
# plan pracy' sheets on a landscape three-panel template, ORGANIZACJA / OBIEKTY / SCENY
# (Nałęczów, Janowiec, Kozienice); Polish series plans typed in Word as a multi-level numbered
# outline (Jastarnia, Władysławowo, Hel); near misses: a food bank's volunteer shifts, a car boot
# sale's sellers' sheet, a matura exam timetable) is the seventy-fifth held-out set, built
# blind and held out: no reader branch saw it. Measured blind on main's 2026.12.52 (before this
# session's readers): 117/126 fields, auto-ok 9/18, 0 silent; and untouched on 2026.12.53:
# 116/126 fields, auto-ok 9/18, 0 silent, 0 sure-wrong, 0 misclassified (the near misses
# other). Misses on 2026.12.53: the challenge-day sets (SET #1 / SET #2 rows, 0.80), the Word
# outline's set ('3. Miejsce zdjęć a) / b)', 0.82), Lahinch's set (0.77), Uxbridge's call cell
# '6:30a · shoot 7:30a' and title (0.57), Peckham's 'Art pre-call 0630 · UNIT CALL 0800' (06:30
# or 08:00?, 0.60; right at 0.60 on 2026.12.52: a tie broken the other way, in review both times).
# fresh75_ (UK and Irish sheets on days with several sets and call cells holding more than one
# time: Shropshire HETV unit call sheets laid out set by set, a SET 1 band over its scenes, a
# black UNIT MOVE bar, a SET 2 band over its scenes (Church Stretton, Bishop's Castle, Clun); an
# Irish continuing drama's AM LOCATION / PM STUDIO split day, 'Crew call 07:30 (Camera/Sound
# 07:00)' (Greystones, Delgany, Enniskerry); a north Norfolk observational documentary's LOC 1 /
# LOC 2 / LOC 3 itinerary (Cromer, Sheringham, Blakeney); an East Neuk music video's LOCATION A /
# LOCATION B landscape one-pager (Anstruther, Pittenweem, Crail); a film school graduation
# film's grid with 'Breakfast 0700 / Unit call 0800' (Chesham, Wendover, Princes Risborough); a
# dual-version Welsh / English S4C sheet, GALWAD UNED / UNIT CALL, LLEOLIAD 1 / LOCATION 1, SYMUD
# UNED / UNIT MOVE, FERSIWN / VERSION (Llanberis, Porthmadog, Beddgelert); near misses: a GAA
# under-12 blitz, a beach clean briefing, a ploughing match programme) is the seventy-sixth
# held-out set, built blind. Measured blind on main's 2026.12.53: 106/126 fields, auto-ok 6/18,
# 0 silent (the sets' hours read as the place, the studio panel before the AM location, the
# Welsh-over-English set labels, 'Sunrise / set', a Welsh-only date, a CALLS box of two crews);
# read by reader75: 126/126, auto-ok 15/18 (the soap's three days in review: a road with no
# number or postcode, a call under a bare CALL heading, a unit's call beside a swing crew's).
# fresh76_ (Polish call sheets with days of several objects and call cells of more than one
# time: a big studio feature's landscape 'DZIENNY PLAN PRACY' with the objects as columns and a
# PRZENOSINY strip between them (Karpacz, Szklarska Poręba, Kowary); a TVP daily series plan with
# a department by object matrix of times (Zgierz, Pabianice, Ozorków); a Warsaw house's
# commercial call sheet exported from a 16:9 slide deck (Konstancin-Jeziorna, Józefów,
# Milanówek); a Bieszczady documentary's day as one GODZ. / GDZIE / CO / KTO itinerary
# (Ustrzyki Dolne, Cisna, Wetlina); a Katowice film-school etiuda printed from a Polish-locale
# spreadsheet, times '7:00:00' (Mikołów, Bieruń, Siemianowice Śląskie); a music video's dark
# design-tool plan with LOKACJA 1 / 2 (Międzyzdroje, Dziwnów, Kamień Pomorski); near misses: a
# scout camp's day plan, a parish retreat's timetable, a shop's stocktaking schedule) is the
# seventy-seventh held-out set, built blind; measured blind on main's 2026.12.53: 107/126 fields,
# auto-ok 8/18 (110/126, 10/18 once the corpus scorer read an en dash as punctuation), 0 silent,
# 0 misclassified; read by reader76 (Roman-numbered objects, a slide's title band, a song under
# its artist past the date, a kind line's quoted title, a sun pair in two cells, a timetable's
# ZBIÓRKA EKIPY row, an extras' gathering in the notes).
# fresh77_ (the seventy-eighth held-out set, as a crew member in Vancouver, Los Angeles, New York,
# Atlanta, Albuquerque or Toronto receives it: Vancouver series episodic sheets with a CREW CALL /
# SHOOTING CALL grid and SET 1 / SET 2 / BASECAMP / CREW PARKING / NEAREST HOSPITAL rows
# (Steveston, Ladner, Port Moody); LA commercial production-company landscape one-pagers with a
# JOB #, a big CALL box and a Thomas Guide page (El Segundo, Simi Valley, Palmdale); New York
# indie features with the nearest subway, TRUCKS / HOLDING cells and the MOME permit
# (Greenpoint, Red Hook, Nyack); Georgia streaming sheets with a left rail of the day's facts
# and a COMPANY MOVE strip between LOCATION 1 and LOCATION 2 (Marietta, Conyers, Griffin); New
# Mexico westerns with wrangler and livestock calls and ranch directions (Galisteo, Placitas,
# Los Lunas); Toronto renovation-series shoot days at homeowners' houses (Stouffville, Oakville,
# Port Credit); near misses: a moving company's move-day confirmation, a realtor's open-house
# weekend, a school field trip itinerary) is a held-out set: built blind, and held out: no
# reader branch saw it. Measured blind on main's 2026.12.53 and untouched on 2026.12.54 (after
# reader101, reader75 and reader76), the same both times: 111/126 fields, auto-ok 17/18, 0
# silent, 2 sure-wrong (an urgent care above the ER taken as the hospital; a hospital's name cut
# at its dash), 2 misclassified (the moving company's and the open house's papers); misses: the
# Georgia rail's 'Rise 6:27A / Set 8:48P', Nyack's set after the TRUCKS / BASECAMP cell (0.76).
# fresh78_ (the seventy-ninth held-out set, as a crew member in the UK, Ireland, Australia or New
# Zealand receives it: UK high-end TV drama unit call sheets from a Movie Magic / Setkeeper-style
# template with UNIT CALL, LOCATION / UNIT BASE / NEAREST A&E cells (Seaham, Saltburn-by-the-Sea,
# Skegness); UK commercials on an APA-member production company's sheet with 'CALL TIME 7.30am ON
# LOCATION' (Littlehampton, Seaford, Folkestone); Irish features under Screen Ireland with UNIT
# BASE, a HIGH WATER box and a GARDA PERMIT row (Kenmare, Dungarvan, Ballina); Australian drama
# series with a SUNRISE / SUNSET / WEATHER / FIRE DANGER strip (Mudgee, Kiama, Castlemaine); New
# Zealand features with ScreenSafe HAZARD / CONTROL tables (Raglan, Matamata, Arrowtown); UK
# factual small-crew itineraries (Hay-on-Wye, Crickhowell, Ilfracombe); near misses: an NHS
# day-surgery admission letter, a hot-air balloon flight confirmation, a school photo day) is a
# held-out set, built blind; measured blind on 2026.12.54: 126/126 fields, 15/18 auto-ok (the
# factual itineraries 0/3), 0 silent, 0 sure-wrong, 0 misclassified. Open for tuning.
# fresh79_ (the eightieth held-out set: Polish call sheets as Polish crews receive them: Łódź
# Film School etiudy' PLAN ZDJĘCIOWY (Łęczyca, Sieradz, Uniejów); TVP series' DZIENNY PLAN PRACY
# (Wasilków, Zabłudów, Knyszyn); Warsaw commercial houses' CALL SHEET (Bolków, Złotoryja, Lwówek
# Śląski); Netflix Polska bilingual PL / EN sheets (Biskupiec, Jeziorany, Barczewo); TVN daily
# series' spreadsheet grid with OBIEKT 1 / PRZEJAZD / OBIEKT 2 (Chmielno, Szymbark, Sierakowice);
# PISF features' two-page DYSPOZYCJA (Iwonicz-Zdrój, Zagórz, Bircza); near misses: a forest
# district's tree-planting action, a water utility's meter-reading schedule, a vet's rabies
# vaccination round for dogs) is a held-out set, built blind; measured blind on 2026.12.54: 123/126
# fields, 15/18 auto-ok, 0 silent, 3 sure-wrong (the DYSPOZYCJA's company taken for the title), 2
# misclassified (the tree planting and the meter reading). Open for tuning.
# fresh80_ (the eighty-first held-out set, as a crew member in the Pacific Northwest, Louisiana,
# the Eastern Townships (in English), the Texas Hill Country, upstate New York / New England or the
# Ohio Valley receives it: StudioBinder-style indie feature sheets with a centred GENERAL CREW CALL
# box (Cannon Beach, Anacortes, Hood River); Movie Magic / EP-style episodic sheets with CREW CALL
# / SHOOTING CALL, scenes, cast and a page-2 crew grid (Natchitoches, Houma, Breaux Bridge);
# digital call-sheet app exports with cards and numbered location pins (North Hatley, Knowlton,
# Stanstead); Austin production company AICP one-pagers (Fredericksburg, Dripping Springs,
# Kerrville); unscripted field shoots with several stops (Cooperstown, Stowe, Rockport); student
# Google Sheets (Maysville, Gallipolis, Point Pleasant); near misses: a science fair judging
# schedule, an estate sale staff sheet, a highway department's plow-route call-out) is a held-out
# set: built blind, measured blind on 2026.12.54 (23:35) and untouched on 2026.12.55 (no reader
# branch saw it): 117/126 fields, 16/18 auto-ok, 0 silent, 0 sure-wrong, 1 misclassified (the
# plow-route call-out); misses: the app export's sunrise and sunset, the AICP one-pager's title.
UNMEASURED: tuple[str, ...] = ()
MEASURED_DAYS = [n for n in DAYS if not DOCS[n].family.startswith(UNMEASURED)]
MEASURED_OTHERS = [n for n in OTHERS if not DOCS[n].family.startswith(UNMEASURED)]

# Silent errors the reader makes today (core field wrong at confidence >= 0.85).
# (fresh13's three rural sets read their road since reader20: a village before the post town
# under a road with no number is no street)
# (fresh14's night shoots read their first date and Belfast its GENERAL CREW row since reader22;
# fresh18's Zaragoza set reads its 's/n' street since reader28)
# (fresh20's Saskatoon set 1 and Cairns address read right since reader30's key / value rows
# and column headings as separate cells; fresh22's El Paso set drops its list number since
# reader32)
# (fresh24's Des Moines set reads its street since reader33: a venue's name before a whole
# address in a label column, and an address that says a part twice is doubted)
# (fresh31's Louisville call reads 09:30 since reader42: a call label's row that moves the call
# ('CALL PUSHED TO 9:30 AM') gives it, the struck old time being gone: strict XPASS)
# (fresh39's Provo call reads 07:30 since reader53: a department's pre-call in the crew call's
# box is never the crew's call, and alone is never sure: strict XPASS)
# (fresh44's Dinant call reads 07:00 since reader59: the time beside a call label in smaller
# type is another caption's, the large time beneath the label is the call: strict XPASS)
# (fresh48's Makarska set reads its street 'Franjevački put 1' since reader68: a South Slavic
# street word apart after an adjective name, and a Baltic one after any name, make a street:
# strict XPASS)
# (fresh51's Ełk sidebar reads its crew call 06:30 since reader73: a crew label whose line runs
# on into the table beside it owns the time set large under it, and a people table's call column
# read alone is in doubt beside a crew label whose time was not read: strict XPASS)
# (fresh65's Bamburgh, Whitehaven and Beaumaris sets read their unnumbered streets since
# reader92: a page's rows come in the order of their first words' middles, so the 26 pt UNIT
# CALL beside the LOCATION box no longer lifts the street line above the venue's name)
SILENT_TODAY: dict[str, str] = {}
# Other fields (title, sun, hospital) the reader gives wrong and rates sure today.
# (fresh21's Launceston hospital is the named one at the foot since reader31: a value with no
# name is never rated sure, and its phone is read in the sheet's own region: strict XPASS)
# (fresh23's Victoria hospital reads its name since reader32: '1 Hospital Way' is a street, and
# a street's last word alone is never rated sure)
# (fresh25's Łódź hospital keeps its patron since reader34: 'im. M. Kopernika' opening the
# address line completes the name above it: strict XPASS)
# (fresh28's Muizenberg and Arts on Main hospitals read their names since reader38: a hospital
# label's gloss after its slash ('/ TRAUMA UNIT') is the label again, the name is under it)
# (fresh33's Baton Rouge hospital reads its name since reader44: a back-reference ('(as
# above)') is never a value, and a table's cells squeezed together split at the heading's edge:
# strict XPASS)
# (fresh32's Harrogate, Middlesbrough, Syracuse, Scranton and Grand Rapids hospitals read their
# whole names since reader45: a name wrapped before its facility word is joined with the next
# line's run, and a name cut before it is never rated sure: strict XPASS)
# (fresh37's three Polish plans read their title since reader51: a bilingual label 'Klient /
# Client:' is never a title, and 'Projekt / Project:' reads the value beside it: strict XPASS)
# (fresh38's cartwright reads its A&E since reader52: a minor injuries unit's own line under
# 'NEAREST A&E / MINOR INJURIES' is not the hospital: strict XPASS)
# (fresh42's hamwall reads its sunrise since reader56: 'FIRST LIGHT / SUNRISE' over '06:50 /
# 07:23' gives the sunrise the second time: strict XPASS)
# (fresh47's auditorio and catedral hospitals keep their leading 'Hospital' since reader66: a
# name opening with its label's word flush under a tall label row is the label's value; and
# fortfrederick and peacepagoda read their titles: a title's label in a key / value table has
# its value across the gap, not the next row's key: strict XPASS)
# (fresh48's Lahti hospital reads its name since reader68: in a row of numbered headings the
# words beside a label that run into the next heading's number are headings, the value is
# under the label: strict XPASS)
# (fresh56's dunabbey reads its 'Nearest A&E' since reader81: a 'Hospital #2' or a minor
# injuries unit is a second choice; and rathaus its title: a producer's credit in a staff line
# ('Regie: ... · Produktion: Jörn Petersen') is no title: strict XPASS)
# (fresh77's simi_valley and port_credit hospitals are right since reader77: an urgent care is a
# second choice after the nearest ER (and alone, not sure); a health system's name, a dash and
# one of its hospitals or sites is one name: strict XPASS)
# (fresh79's three DYSPOZYCJA read their title since reader104: a company's name under its
# legal form ('produkcja: ... sp. z o.o.') is no title when one is printed elsewhere, and alone
# is never rated sure: strict XPASS)
SURE_WRONG_TODAY: dict[str, str] = {}
# Non-call-sheets the reader does not yet call 'other'.
# (fresh12's notice to residents and fitting schedule are 'other' since classify9's notices:
# strict XPASS)
# (fresh13's traffic management plan and drone flight plan are 'other' since classify10's
# operations: strict XPASS)
# (fresh14's Polish casting schedule is 'other' since reader22: strict XPASS)
# (fresh15's table read notice and Polish BHP induction are 'other' since classify12's sessions:
# strict XPASS)
# (fresh16's Polish post-production schedule is 'other' since reader26's post_plans: strict XPASS)
# (fresh17's crew travel itinerary is 'other' since reader27's coded flight legs: strict XPASS)
# (fresh18's Spanish recce report is 'other' since reader28's scout words: strict XPASS)
# (fresh19's parking permit letter and Dutch wrap party invitation are 'other' since reader29's
# letter shape and Dutch / Nordic invitation words: strict XPASS)
# (fresh20's casting call and rental pick-up confirmation are 'other' since reader30's roles
# with playing ages and a rental's words and total: strict XPASS)
# (fresh21's screenplay excerpt is 'other' since reader31's introduced speakers: strict XPASS)
# (fresh23's site induction sign-in sheet and gear check-out form are 'other' since reader32's
# sign-in words and check-out form kind: strict XPASS)
# (fresh24's festival screening schedule and self-tape instructions are 'other' since
# reader33's not_a_shoot kinds: strict XPASS)
# (fresh25's film permit e-mail is 'other' since reader34: an e-mail print's stamps and a
# sentence's time limit are no rows of a day: strict XPASS)
# (fresh29's wedding run of show titled 'CALL SHEET' is 'other' since reader39's wedding words,
# with no crew call: strict XPASS)
# (fresh31's location recce report is 'other' since reader42: a paper headed as a recce or
# scout report that plans no work: strict XPASS)
# (fresh39's wedding timeline and scout invoice are 'other' since reader53: a bare 'call' near a
# time plans no work that outweighs their own structure: strict XPASS)
# (fresh41's background voucher and SFX safety notice and fresh42's talent booking confirmation
# are 'other' since reader57's set_papers kinds: strict XPASS)
# (fresh48's production meeting agenda is 'other' since reader68: a heading that names a
# meeting's agenda or minutes, with no call-sheet marker: strict XPASS)
# (fresh43's studio audience ticket and fresh44's camera report, delivery note and car-hire duty
# slip are 'other' since reader60's set_papers kinds, named in their headings: strict XPASS)
# (fresh47's press release is 'other' since reader66's press release kind: strict XPASS)
# (fresh49's shot list is 'other' since reader70's shot list kind, named in its heading: strict
# XPASS)
# (fresh50's music video treatment and cast and crew testing schedule are 'other' since
# reader71: a treatment or a testing schedule named in its heading, with no crew call, summons
# or scene row (a bare 'call' near a time is none): strict XPASS)
# (fresh68's canal lock stoppage notice is 'other' since reader96: a navigation stoppage
# notice named in its heading, with no crew call, summons or scene row: strict XPASS)
# (fresh77's moving company confirmation and open house schedule are 'other' since reader77: a
# paper whose call-sheet structure is a crew's time and a date at most needs a production's
# word, and one with no call-sheet part must present itself as a shoot's: strict XPASS)
# (fresh79's tree planting and meter reading are 'other' since reader104: a photograph in Polish
# ('zdjęcie grupowe', 'ze zdjęciem') is no shoot's word, and a day's shape alone (dates, hours,
# an address) with no crew call, summons or scene row needs a shoot's word: strict XPASS)
NOT_OTHER_TODAY: dict[str, str] = {
    "fresh80_near_miss_plow_route_callout": "a highway crew's call-out times read as a call",
}
# (fresh57's procession summons, fresh58's civil protection call-up and fresh59's eye camp duty
# schedule, election duty order and dive boat briefing are 'other' since reader86: 'citación'
# alone is any gathering's call, a shoot's word told in a sentence counts only as a camera
# crew's word does, 'MV' inside running words or after a vessel's word is a ship, a civil
# protection service's call-up and an election's order to its polling staff are named papers:
# strict XPASS)
# (fresh56's football away travel plan, theatre get-in / get-out schedule and rally road book
# are 'other' since reader80's shoot_evidence: a day's programme (times on three lines or more)
# is a call sheet only with a shoot's own word, its production named in its heading or its
# sunrise and sunset; a stage's shared words (cast, crew call) count only where no performance
# is spoken of: strict XPASS)
# (fresh54's choir concert call schedule, marching band competition itinerary and trade-show
# booth staffing rota are 'other' since reader79: a heading that names another event (a
# concert, a competition, a trade show's staffing) over a paper with no shooting day's word
# anywhere: strict XPASS)
# (fresh53's marshal briefing, audience warm-up running order and school trip consent letter are
# 'other' since reader75: a heading that names a race's marshal briefing, an audience's warm-up
# or a school's letter to parents, with no call-sheet marker, wins over its report times:
# strict XPASS)
# (fresh51's technical rider, conference programme and exam timetable and fresh52's tech-week
# schedule are 'other' since reader74: a heading that names a stage, conference or school paper,
# with no call-sheet marker, wins over its crew calls: strict XPASS)
# (fresh38's family planner is 'other' since reader52: a household's words over a week's day
# columns: strict XPASS)
# Call sheets and schedules whose document type the reader gets wrong today (fresh7's five
# read as 'other' unseen are call sheets since reader11, which never saw them).
# (fresh10's two Catalan sheets are call sheets since vocab2's Catalan labels: strict XPASS)
# (fresh11's two Icelandic sheets are call sheets since reader18's Icelandic labels, sideways
# labels set upright and the calendar tile: strict XPASS)
# (fresh12's three Georgian sheets are call sheets since classify9's Georgian labels and dates:
# strict XPASS)
# (fresh13's three Armenian sheets are call sheets since classify10's Armenian labels, dates and
# town lines: strict XPASS)
# (fresh39's Kilmarnock music-video note is a call sheet since reader53: a one-liner's dashed
# parts, its call and its weekday's date with no year: strict XPASS)
WRONG_TYPE_TODAY: dict[str, str] = {}
# Right fields per family (text sheets) as measured; bench/extract.py prints the same counts.
FLOORS = {
    "grid_above": 21,  # of 21
    "toronto_commercial": 21,  # of 21
    "plain_grid_hospital": 21,  # of 21
    "two_column": 21,  # of 21
    "spreadsheet": 21,  # of 21
    "spreadsheet_letters": 21,  # of 21
    "uk_unit_call": 21,  # of 21
    "polish_plan": 21,  # of 21
    "polish_dpp": 21,  # of 21
    "one_liner": 25,  # of 25
    "messy_header": 21,  # of 21
    # held-out families (sheets the reader was not improved against), measured 2026-12-03
    "holdout_header_band": 21,  # of 21
    "holdout_label_column": 21,  # of 21
    "holdout_au_nz": 21,  # of 21
    "holdout_commercial": 21,  # of 21
    "holdout_music_video": 21,  # of 21 (20 until reader9: a place under two labels side by side)
    "holdout_student": 21,  # of 21
    "holdout_dispo_fr": 21,  # of 21
    # second held-out set (tests/corpus/fresh.py): 46/103 before any fix (2026-12-04), then
    # fixed by label families and cell shapes (branch reader5); it is no longer unseen
    "fresh_night_shoot": 21,  # of 21 (was 8)
    "fresh_doc_memo": 14,  # of 14 (was 5)
    "fresh_celtic_drama": 21,  # of 21 (was 16)
    "fresh_plan_dnia": 21,  # of 21 (was 5)
    "fresh_reality": 26,  # of 26 (was 12)
    # third held-out set (tests/corpus/fresh2.py), built by someone who did not read the reader
    # and measured untouched (2026-12-04): 54/147 at first, 60/147 after reader5's fixes
    # reader7 (value-first rules: address labels of every language, times before their label
    # or in a flush-left column, e-mail printouts): 118 -> 147 of 147
    "fresh2_orden_rodaje": 21,  # of 21 (6 before the label families of branch vocab, then 14)
    "fresh2_ordine_giorno": 21,  # of 21 (was 6)
    "fresh2_nordic_dagsplan": 21,  # of 21 (was 5, then 14)
    "fresh2_cz_sk_dispozice": 21,  # of 21 (was 4, then 18)
    "fresh2_bilingual_qc": 21,  # of 21 (was 8, then 15)
    "fresh2_tv_episodic": 21,  # of 21 (15 untouched; reader6 fixed its 3 silent errors; 20)
    "fresh2_office_email": 21,  # of 21 (was 16)
    # fourth held-out set (tests/corpus/fresh3.py): 114/146 on main untouched, 121/146 after
    # reader7's fresh2 rules (still unseen), then fixed by general rules (branch reader7)
    "fresh3_swiss_multilang": 21,  # of 21 (16 unseen)
    "fresh3_service_cee": 21,  # of 21 (20 unseen)
    "fresh3_nl_draaidag": 21,  # of 21 (13 unseen)
    "fresh3_ordem_do_dia": 21,  # of 21 (19 unseen)
    "fresh3_india_shift": 21,  # of 21 (21 unseen)
    "fresh3_student_prose": 20,  # of 20 (11 unseen)
    "fresh3_sheets_export": 21,  # of 21 (21 unseen)
    # fifth held-out set: unseen 123/147 on main at 05:30, 125 after reader7, tuned by reader8
    "fresh4_za_ke_service": 21,  # of 21 (20 unseen)
    "fresh4_gr_tr_service": 21,  # of 21 (16 unseen, 18 after reader8, 20, 21 after reader21)
    "fresh4_east_asia_en": 21,  # of 21 (18 unseen, 19 after reader8)
    "fresh4_app_cards": 21,  # of 21 (21 unseen)
    "fresh4_app_export": 21,  # of 21 (12 unseen, 18 after reader8)
    "fresh4_uk_commercial": 21,  # of 21 (19 unseen, 20 after reader8)
    "fresh4_mena_service": 21,  # of 21 (17 unseen and after reader8)
    # sixth held-out set (tests/corpus/fresh5.py): 81/147 unseen on main at ed1db18, 90 after
    # reader9 (still blind to it), 92 after classify5 (its classification looked at), 122
    # after reader10 (Balkan / Baltic dates and labels, a sheet quoted under a reply)
    "fresh5_balkan_dnevni": 21,  # of 21 (2 unseen, 15 after reader10, 19 after reader12, 21 now)
    "fresh5_baltic_glossed": 21,  # of 21 (7 unseen, 21 after reader10)
    "fresh5_ship_expedition": 21,  # of 21 (12 unseen, 20 after reader12)
    "fresh5_email_thread": 21,  # of 21 (9 unseen, 17 after reader10, 20 after reader12, 21 now)
    "fresh5_revised_struck": 21,  # of 21 (16 unseen: struck-through values read; 21 reader21)
    "fresh5_uk_movement_order": 21,  # of 21 (21 unseen)
    "fresh5_west_africa": 21,  # of 21 (14 unseen, 21 after reader12)
    # seventh held-out set (tests/corpus/fresh6.py): 95/147 unseen on main at 79bbef5
    "fresh6_hu_diszpo": 21,  # of 21 (0 unseen, read as 'other'; 21 after reader11)
    "fresh6_cyrillic_vyklyk": 21,  # of 21 (0 unseen, read as 'other'; 21 after reader11)
    "fresh6_cover_page": 21,  # of 21 (18 unseen: the company on the cover read as the title)
    "fresh6_advance_tomorrow": 21,  # of 21 (19 unseen: side by side, no call, tomorrow's hospital)
    "fresh6_split_day": 21,  # of 21 (18 unseen: sunset read as the wrap past midnight)
    "fresh6_two_units": 21,  # of 21 (19 unseen: 2nd unit at the left, its call and set read)
    "fresh6_us_right_rail": 21,  # of 21
    # eighth held-out set (tests/corpus/fresh7.py): 84/147 unseen on main at 72f53b9
    "fresh7_fi_paivaohjelma": 21,  # of 21 (3 unseen, 4 after reader11, 21 after reader13)
    "fresh7_tr_cekim_programi": 21,  # of 21 (0 unseen, 5 after reader11, 21 after reader13)
    "fresh7_id_jadwal_syuting": 21,  # of 21 (2 unseen, 4 after reader11, 21 after reader13)
    "fresh7_two_up_print": 21,  # of 21
    "fresh7_rotated_page": 21,  # of 21
    "fresh7_amended_call": 21,  # of 21
    "fresh7_date_no_year": 21,  # of 21 (16 unseen: the issue date's day read; 21 after reader13)
    # ninth held-out set (tests/corpus/fresh8.py): 118/139 unseen on main at bd60350
    "fresh8_us_indie_header": 21,  # of 21
    "fresh8_uk_drama_ae": 21,  # of 21 (19 until reader21: hospitals' names in the line above)
    "fresh8_au_tvc": 21,  # of 21 (18 unseen: the hospital read as the next heading "SUN /")
    "fresh8_pl_zbiorka": 21,  # of 21 (14 unseen: no szpital dyżurny; subtitle as title)
    "fresh8_minimal_shoot": 13,  # of 13 (Bristol's "Meet" call since reader21, for review)
    "fresh8_two_locations": 21,  # of 21 (19 unseen: the heading "1 (AM)" read as the location)
    "fresh8_crew_vs_shooting": 21,  # of 21
    # tenth held-out set (tests/corpus/fresh9.py): 131/147 unseen on main at 15df92d
    "fresh9_ca_numbered": 21,  # of 21
    "fresh9_us_studio_tv": 21,  # of 21 (18 unseen: a 24 pt call glued the sun's line; reader16)
    "fresh9_uk_unit_feature": 21,  # of 21
    "fresh9_pl_inline": 21,  # of 21 (18 unseen: letterhead address as the set, "Plan:"; reader16)
    "fresh9_ie_scot_bars": 21,  # of 21
    "fresh9_de_en_copro": 21,  # of 21 (auto-ok 0/3: confidence 0.57-0.58)
    "fresh9_wp_paragraphs": 21,  # of 21 (13 unseen; 20 after reader16: Leeds set in brackets)
    # eleventh held-out set (tests/corpus/fresh10.py): 103/147 unseen on main at 690957b
    "fresh10_fr_feuille_service": 21,  # of 21
    "fresh10_cat_ordre_rodatge": 21,  # of 21 (2 unseen; 18 after vocab2; 21: "d'abril")
    "fresh10_cy_bilingual_rail": 21,  # of 21
    "fresh10_vi_lich_quay": 21,  # of 21 (2 unseen; 13 after vocab2, blind; 21 after reader21)
    "fresh10_ph_taping_wide": 21,  # of 21 (18; 21 after reader21: Quezon's "HANGGANG DULO")
    "fresh10_us_legal_band": 21,  # of 21
    "fresh10_phone_print": 21,  # of 21 (18 unseen; Cape Town's date after the stamp rule)
    # twelfth held-out set (tests/corpus/fresh11.py): 83/137 blind; after reader18 (tuned on it)
    "fresh11_gr_programma": 21,  # of 21 (17 blind)
    "fresh11_ar_plan_rodaje": 21,  # of 21 (7 blind)
    "fresh11_is_dagskra": 21,  # of 21 (2 blind)
    "fresh11_live_ob": 21,  # of 21 (20 blind)
    "fresh11_stills_shoot": 17,  # of 17 (12 blind)
    "fresh11_mocap_stage": 15,  # of 15 (9 blind)
    "fresh12_ka_gegma": 21,  # of 21 (0 blind; Georgian labels, dates and postcode-town lines)
    "fresh12_excel_split": 21,  # of 21 (blind)
    "fresh12_dual_call": 21,  # of 21 (17 blind; "Call Lane", "LOCATION 1 (main)": reader21)
    "fresh12_festival_film": 21,  # of 21 (15 blind; a running order's crew-call row)
    "fresh12_tear_off": 21,  # of 21 (19 blind; "SUN" over "Rise" / "Set")
    "fresh12_memo_columns": 21,  # of 21 (12 blind, 1 silent; a memo's header is an e-mail's)
    "fresh12_day_weekday_header": 21,  # of 21 (15 blind; the year by the file's date, review)
    "fresh11_ro_plan_filmare": 21,  # of 21 (16 blind)
    # fourteenth held-out set (tests/corpus/fresh13.py): 110/147 blind at 1c9c6e4
    "fresh13_hy_oragir": 21,  # of 21 (0 blind; Armenian labels, dates and town lines)
    "fresh13_nordic_week": 21,  # of 21 (blind 16)
    "fresh13_w3w_rural": 21,  # of 21 (blind 18; 3 silent: the town line for the road)
    "fresh13_nyc_permit": 21,  # of 21 (blind 18)
    "fresh13_gantt_timeline": 21,  # of 21 (blind)
    "fresh13_map_legend": 21,  # of 21 (blind 18)
    "fresh13_weather_cover": 21,  # of 21 (blind 19)
    # fifteenth held-out set (tests/corpus/fresh14.py): 76/126 blind at f67fc72
    "fresh14_label_after": 21,  # of 21 (blind 10; reader23: a value before its caption)
    "fresh14_pl_merged": 21,  # of 21 (blind 3; reader23: values under an empty ruled row)
    "fresh14_icon_app": 21,  # of 21 (blind 11; reader23: sun and hospital by their shape; reader25)
    "fresh14_dept_calls": 21,  # of 21 (16 blind, 1 silent; a department table's crew row)
    "fresh14_night_two_dates": 21,  # of 21 (18 blind, 3 silent; a night's first date)
    "fresh14_studio_stage": 21,  # of 21 (18 blind; the lot's address under the stage)
    # sixteenth held-out set (tests/corpus/fresh15.py): 73/84 blind at 925f638
    "fresh15_emergency_services": 21,  # of 21 (blind)
    "fresh15_scene_location": 21,  # of 21 (blind)
    "fresh15_pl_serial_docs": 21,  # of 21 (17 blind; reader24)
    "fresh15_commercial_footer": 21,  # of 21 (14 blind; reader24)
    # seventeenth held-out set (tests/corpus/fresh16.py): 130/138 blind at d9c6916
    "fresh16_template_export": 21,  # of 21 (15 blind; reader26)
    "fresh16_mm_grid": 21,  # of 21 (blind)
    "fresh16_webapp_cards": 21,  # of 21 (blind)
    "fresh16_gsheet_export": 21,  # of 21 (blind)
    "fresh16_uk_unit": 21,  # of 21 (blind)
    "fresh16_pl_dpp": 21,  # of 21 (20 blind; reader26)
    "fresh16_near_miss": 12,  # of 12: its one-line schedule (11 blind; reader26)
    # eighteenth held-out set (tests/corpus/fresh17.py): 108/122 blind at c08bba5
    "fresh17_gdoc_indie": 21,  # of 21 (blind)
    "fresh17_mv_commercial": 21,  # of 21 (blind)
    "fresh17_de_dispo": 21,  # of 21 (blind: 14; reader27: 21)
    "fresh17_ie_unit": 21,  # of 21 (blind)
    "fresh17_doc_onepager": 17,  # of 17 (blind)
    "fresh17_cz_dispozice": 21,  # of 21 (blind: 14; reader27: 21)
    # nineteenth held-out set (tests/corpus/fresh18.py): 112/122 blind at a85e12d
    "fresh18_us_excel": 21,  # of 21 (blind)
    "fresh18_ca_bilingual": 21,  # of 21 (blind)
    "fresh18_anz_tvc": 21,  # of 21 (blind: 20; reader28: 21)
    "fresh18_uk_gdocs": 19,  # of 19 (blind: 17; reader28: 19)
    "fresh18_es_orden": 21,  # of 21 (blind: 17, 1 silent; reader28: 21)
    "fresh18_pl_school": 19,  # of 19 (blind: 16; reader28: 19)
    # twentieth held-out set (tests/corpus/fresh19.py): 112/126 blind at d63df63, 126/126
    # after reader29
    "fresh19_us_episode": 21,  # of 21 (blind 21)
    "fresh19_uk_feature": 21,  # of 21 (blind 21)
    "fresh19_ie_bilingual": 21,  # of 21 (blind 20)
    "fresh19_nl_draaidag": 21,  # of 21 (blind 9)
    "fresh19_fr_feuille": 21,  # of 21 (blind 20)
    "fresh19_za_series": 21,  # of 21 (blind 21)
    "fresh20_excel_template": 21,  # of 21 (16 blind; reader30)
    "fresh20_gdocs_template": 21,  # of 21 (20 blind; reader30)
    "fresh20_canva_design": 21,  # of 21 (21 blind; reader30)
    "fresh20_studiobinder_template": 21,  # of 21 (20 blind; reader30)
    "fresh20_onepage_template": 21,  # of 21 (18 blind; reader30)
    "fresh20_celtx_export": 21,  # of 21 (20 blind; reader30)
    "fresh21_ca_numbered": 21,  # of 21 (blind)
    "fresh21_pl_dpp": 21,  # of 21 (blind)
    "fresh21_pl_revision": 21,  # of 21 (blind)
    "fresh21_uk_branded": 21,  # of 21 (blind: 20; reader31 21)
    "fresh21_xls_export": 21,  # of 21 (blind)
    "fresh21_anz_drama": 21,  # of 21 (blind: 20; reader31 21)
    "fresh22_gmail_print": 21,  # of 21 (blind 15; reader32)
    "fresh22_outlook_forward": 21,  # of 21 (blind 19; reader32)
    "fresh22_word_table": 21,  # of 21 (blind 20; reader32)
    "fresh22_ep_export_de": 21,  # of 21 (blind 19; reader33, reader36)
    "fresh22_ordine_del_giorno": 21,  # of 21 (blind 20; reader32)
    "fresh22_ordem_do_dia": 21,  # of 21 (blind 18; reader32)
    "fresh23_sethero_export": 21,  # of 21 (blind 20; reader32)
    "fresh23_yamdu_export": 21,  # of 21 (blind)
    "fresh23_mms_report": 21,  # of 21 (blind 20; reader32)
    "fresh23_mobile_export": 21,  # of 21 (blind 17; reader32)
    "fresh23_two_page_export": 21,  # of 21 (blind 18; reader32)
    "fresh23_gsheets_anz": 21,  # of 21 (blind)
    # twenty-fifth held-out set (tests/corpus/fresh24.py): 116/126 blind on the final reader
    "fresh24_us_excel_indie": 21,  # of 21 (blind 20, 1 silent; reader33)
    "fresh24_uk_word_unit": 21,  # of 21 (blind)
    "fresh24_toronto_grid": 21,  # of 21 (blind 18; reader33)
    "fresh24_pl_bilingual": 21,  # of 21 (blind)
    "fresh24_gdocs_music_video": 21,  # of 21 (blind)
    "fresh24_mx_llamado": 21,  # of 21 (blind 15; reader33)
    # twenty-sixth held-out set (tests/corpus/fresh25.py): 116/126 blind on 3cd08d4's reader
    "fresh25_vancouver_series": 21,  # of 21 (blind 18; reader34)
    "fresh25_polish_plan": 21,  # of 21 (blind 20, 1 sure-wrong; reader34)
    "fresh25_uk_commercial_grid": 21,  # of 21 (blind 18; reader34)
    "fresh25_spreadsheet_export": 21,  # of 21 (blind 18; reader34)
    "fresh25_australian_feature": 21,  # of 21 (blind)
    "fresh25_us_reality_onepager": 21,  # of 21 (blind)
    # twenty-seventh held-out set (tests/corpus/fresh26.py): 106/126 blind on the final reader
    "fresh26_toronto_strips": 21,  # of 21 (blind 18; reader36)
    "fresh26_ny_commercial": 21,  # of 21 (blind)
    "fresh26_pl_warsaw_service": 21,  # of 21 (blind 20; reader35)
    "fresh26_london_gsheets_short": 21,  # of 21 (blind)
    "fresh26_la_student_film": 21,  # of 21 (blind 19; reader35)
    "fresh26_ie_scot_oneliner": 21,  # of 21 (blind 7; reader35, reader36)
    # twenty-eighth held-out set (tests/corpus/fresh27.py): 119/124 blind on 07bd8ac's reader
    "fresh27_ca_numbered_grid": 21,  # of 21 (blind 20; reader37)
    "fresh27_pl_plan_zdjeciowy": 21,  # of 21 (blind)
    "fresh27_uk_unit_call": 21,  # of 21 (blind)
    "fresh27_us_excel_feature": 21,  # of 21 (blind)
    "fresh27_anz_tvc": 21,  # of 21 (blind 17; reader37)
    "fresh27_docs_student_short": 19,  # of 19 (blind)
    # twenty-ninth held-out set (tests/corpus/fresh28.py): 109/126 blind on 07bd8ac's reader
    # (reader38: 126/126 after tuning on its misses)
    "fresh28_de_service_en": 21,  # of 21 (blind 20; reader38)
    "fresh28_cee_service_en": 21,  # of 21 (blind 18; reader38)
    "fresh28_pt_folha_servico": 21,  # of 21 (blind 18; reader38)
    "fresh28_za_tvc_service": 21,  # of 21 (blind 15, 2 sure-wrong; reader38)
    "fresh28_us_mv_onepager": 21,  # of 21 (blind 17; reader38)
    "fresh28_pl_agency_bilingual": 21,  # of 21 (blind)
    # thirtieth held-out set (tests/corpus/fresh29.py): 112/126 blind on the final reader
    "fresh29_ca_revised_numbered": 21,  # of 21 (blind 18; reader39)
    "fresh29_pl_plan_pracy_tv": 21,  # of 21 (blind; reader39: 3/3 auto-ok, was 0/3)
    "fresh29_uk_corporate_plain_grid": 21,  # of 21 (blind 18; reader40)
    "fresh29_na_spreadsheet_export": 21,  # of 21 (blind 18; reader39)
    "fresh29_us_tv_two_sets": 21,  # of 21 (blind)
    "fresh29_ie_nz_factual_memo": 21,  # of 21 (blind 16; reader39 20; reader40)
    # thirty-first held-out set (tests/corpus/fresh30.py): 121/126 blind on main's reader,
    # 126/126 after reader41
    "fresh30_na_numbered_below": 21,  # of 21 (blind 20; reader41)
    "fresh30_pl_plan_lista": 21,  # of 21 (blind 20; reader41)
    "fresh30_uk_plain_grid": 21,  # of 21 (blind)
    "fresh30_spreadsheet_tracked_export": 21,  # of 21 (blind 20; reader41)
    "fresh30_us_episodic_multi_set": 21,  # of 21 (blind)
    "fresh30_nordic_advance_oneliner": 21,  # of 21 (blind 19; reader41)
    # thirty-second held-out set (tests/corpus/fresh31.py): 119/126 blind on 2026.12.31
    "fresh31_na_night_split": 21,  # of 21 (blind)
    "fresh31_us_revised_call": 21,  # of 21 (reader42; blind 19, 1 silent)
    "fresh31_us_sheet_pack": 21,  # of 21 (blind)
    "fresh31_pl_plan_gliwice": 21,  # of 21 (blind)
    "fresh31_uk_unit_call": 21,  # of 21 (blind)
    "fresh31_anz_za_doc_memo": 21,  # of 21 (reader42; blind 16)
    # thirty-third held-out set (tests/corpus/fresh32.py): 109/126 blind on 2026.12.32
    "fresh32_ca_numbered_grid": 21,  # of 21 (reader45; blind 15)
    "fresh32_pl_plan": 21,  # of 21 (blind)
    "fresh32_uk_plain_grid": 21,  # of 21 (reader45; blind 19)
    "fresh32_spreadsheet_export": 21,  # of 21 (reader45; blind 19)
    "fresh32_us_feature": 21,  # of 21 (reader45; blind 18)
    "fresh32_nordic_ie_oneliner": 21,  # of 21 (reader45; blind 17)
    # thirty-fifth held-out set (tests/corpus/fresh34.py): 123/125 blind on 2026.12.33
    "fresh34_ca_label_band": 21,  # of 21 (blind)
    "fresh34_pl_korekta": 21,  # of 21 (blind)
    "fresh34_pl_lista": 21,  # of 21 (blind)
    "fresh34_uk_unit_call": 21,  # of 21 (blind)
    "fresh34_us_commercial": 21,  # of 21 (reader47; blind 19)
    "fresh34_email_memo_pdf": 20,  # of 20 (blind)
    # thirty-sixth held-out set (tests/corpus/fresh35.py): 122/126 blind on 2026.12.34
    "fresh35_ca_numbered_below": 21,  # of 21 (blind)
    "fresh35_pl_dzienny_plan": 21,  # of 21 (blind)
    "fresh35_call_far_right": 21,  # of 21 (blind)
    "fresh35_de_at_dispo": 21,  # of 21 (blind)
    "fresh35_xlsx_export": 21,  # of 21 (reader49; blind 20)
    "fresh35_us_tv_episodic": 21,  # of 21 (reader49; blind 18)
    # thirty-seventh held-out set (tests/corpus/fresh36.py): 111/125 blind on 2026.12.34
    "fresh36_uk_tv_grid": 21,  # of 21 (blind)
    "fresh36_anz_tvc_box": 21,  # of 21 (blind)
    "fresh36_nl_dagplanning": 21,  # of 21 (blind)
    "fresh36_pl_word_table": 21,  # of 21 (blind)
    "fresh36_crew_text_memo": 20,  # of 20 (reader50, reader63; blind 12)
    "fresh36_us_indie_feature": 21,  # of 21 (reader50; blind 15)
    # forty-first held-out set (tests/corpus/fresh40.py): 131/133 blind on 2026.12.38
    "fresh40_qc_bilingual_tv": 21,  # of 21 (19 blind; reader55)
    "fresh40_photo_stills": 21,  # of 21 (blind)
    "fresh40_corp_word_video": 21,  # of 21 (blind)
    "fresh40_pl_word_list": 21,  # of 21 (blind)
    "fresh40_us_tv_episodic": 21,  # of 21 (blind)
    "fresh40_uk_nations_bbc": 21,  # of 21 (blind)
    "fresh40_near_miss": 7,  # of 7: its weekly stripboard schedule (blind)
    # forty-second held-out set (tests/corpus/fresh41.py): 124/126 blind on 2026.12.38
    "fresh41_ca_prodco_onepage": 21,  # of 21 (reader57; blind 20)
    "fresh41_us_nonunion_commercial": 21,  # of 21 (blind)
    "fresh41_us_reality_meet_park": 21,  # of 21 (blind)
    "fresh41_ca_iatse_dgc_series": 21,  # of 21 (blind)
    "fresh41_webapp_browser_print": 21,  # of 21 (blind)
    "fresh41_us_indie_sheet_er": 21,  # of 21 (reader57; blind 20)
    # forty-third held-out set (tests/corpus/fresh42.py): 115/126 blind on 2026.12.38
    "fresh42_uk_apa_commercial": 21,  # of 21 (blind)
    "fresh42_uk_soap_studio": 21,  # of 21 (blind 20; reader56)
    "fresh42_uk_factual_nh": 21,  # of 21 (blind 17; reader56)
    "fresh42_au_tvc": 21,  # of 21 (blind)
    "fresh42_nz_feature": 21,  # of 21 (blind)
    "fresh42_ie_tg4_bilingual": 21,  # of 21 (blind 15; reader56)
    # forty-fourth held-out set (tests/corpus/fresh43.py): 116/126 blind on 2026.12.39
    "fresh43_pl_dpp_landscape": 21,  # of 21 (blind 18; reader61)
    "fresh43_cz_denni_dispozice": 21,  # of 21 (blind 18; reader61)
    "fresh43_us_sheets_indie": 21,  # of 21 (blind)
    "fresh43_uk_grid_unit_call": 21,  # of 21 (blind)
    "fresh43_cl_hoja_citacion": 21,  # of 21 (blind 17; reader61, reader63)
    "fresh43_nordic_samling": 21,  # of 21 (blind)
    # forty-sixth held-out set (tests/corpus/fresh45.py): 109/124 blind on 2026.12.40
    "fresh45_us_film_school_office": 21,  # of 21 (blind 15; reader67; 21 since reader75)
    "fresh45_na_doc_interview_subject": 21,  # of 21 (blind 21)
    "fresh45_us_event_video_landscape": 19,  # of 19 (blind 19)
    "fresh45_us_second_unit_sheet": 21,  # of 21 (blind 18; reader64, reader67)
    "fresh45_us_cover_call_box": 21,  # of 21 (blind 18; reader64)
    "fresh45_us_aerial_drone_unit": 21,  # of 21 (blind 18; reader64)
    # forty-fifth held-out set (tests/corpus/fresh44.py): 90/117 blind on 2026.12.39
    "fresh44_in_sea_adfilm": 21,  # of 21 (blind 17; reader60)
    "fresh44_it_odg_sidebar": 21,  # of 21 (blind 14; reader62)
    "fresh44_ke_za_service_contacts": 21,  # of 21 (blind 18; reader63)
    "fresh44_us_union_episodic_back": 21,  # of 21 (blind)
    "fresh44_phone_capture_narrow": 12,  # of 12 (blind 6; reader62)
    "fresh44_be_fr_nl_commercial": 21,  # of 21 (blind 14; reader59)
    # forty-seventh held-out set (tests/corpus/fresh46.py): 120/126 blind on 2026.12.40
    "fresh46_pl_school_landscape": 21,  # of 21 (blind)
    "fresh46_pl_en_commercial_cards": 21,  # of 21 (blind 18; reader65)
    "fresh46_uk_soap_location": 21,  # of 21 (blind)
    "fresh46_ni_unit_hospital_block": 21,  # of 21 (blind 18; reader65)
    "fresh46_scot_word_short": 21,  # of 21 (blind)
    "fresh46_ie_two_panel_landscape": 21,  # of 21 (blind)
    # fifty-fifth held-out set (tests/corpus/fresh54.py): 123/126 blind on 2026.12.44
    "fresh54_on_numbered_columns": 21,  # of 21 (blind)
    "fresh54_bc_series_two_column": 21,  # of 21 (blind)
    "fresh54_us_commercial_service": 21,  # of 21 (blind)
    "fresh54_spreadsheet_export_landscape": 21,  # of 21 (blind 18; reader79)
    "fresh54_us_episodic_advance": 21,  # of 21 (blind)
    "fresh54_mx_bilingual_strip": 21,  # of 21 (blind)
    # fifty-fourth held-out set (tests/corpus/fresh53.py): 120/126 held out, on 2026.12.44
    "fresh53_uk_drama_unit": 21,  # of 21 (held out 20; reader75)
    "fresh53_uk_commercial_traffic": 21,  # of 21 (held out 20; reader75)
    "fresh53_ie_eircode_sidebar": 21,  # of 21 (held out)
    "fresh53_au_tvc_landscape": 21,  # of 21 (held out 18; reader75)
    "fresh53_nz_bilingual_strip": 21,  # of 21 (held out)
    "fresh53_uk_phone_typed": 21,  # of 21 (held out 20; reader75)
    # sixty-first held-out set (tests/corpus/fresh60.py): measured blind on main's reader
    # 2026.12.46: 119/126 fields, auto-ok 11/18, 1 silent (ni_capitoltheatre's shooting date:
    # the header's "FRIDAY NIGHT 12/4 / SATURDAY MORNING 12/5" unread, the wrap's full date the
    # second day taken at 0.91), 0 sure-wrong, 0 misclassified; reader87: 125/126, 17/18
    "fresh60_us_reality_field": 21,  # of 21 (blind 21; reader87)
    "fresh60_stills_studio_looks": 21,  # of 21 (blind 21; reader87)
    "fresh60_ob_sports_crew": 21,  # of 21 (blind 20; reader87; reader93: jacktrice's title)
    "fresh60_hi_pr_vi_islands": 21,  # of 21 (blind 21; reader87)
    "fresh60_night_split_day": 21,  # of 21 (blind 20; reader87)
    "fresh60_doc_travel_itinerary": 21,  # of 21 (blind 16; reader87)
    # sixty-fifth held-out set (tests/corpus/fresh64.py): measured blind 114/126, 12/18 on
    # 2026.12.47; reader91: 126/126, 18/18
    # sixty-seventh held-out set (tests/corpus/fresh66.py): measured blind on main's reader
    # 116/126, 15/18, 3 silent (the e-mails' dates); reader94: 126/126, 18/18
    "fresh66_mtn_app_export_weather_strip": 21,  # of 21 (blind 21; reader94)
    "fresh66_atl_school_form_lines": 21,  # of 21 (blind 21; reader94)
    "fresh66_mtn_unscripted_email_bullets": 21,  # of 21 (blind 18; reader94)
    "fresh66_sw_mv_landscape_panel": 21,  # of 21 (blind 18; reader94)
    "fresh66_atl_union_episodic_three_boxes": 21,  # of 21 (blind 20; reader94)
    "fresh66_commercial_agency_client_blocks": 21,  # of 21 (blind 18; reader94)
    # sixty-eighth held-out set (tests/corpus/fresh67.py): measured blind 103/126, 7/18 on
    # 2026.12.49; reader95: 126/126, 17/18
    "fresh67_pl_szkola_karta_dnia": 21,  # of 21 (blind 14; reader95)
    "fresh67_pl_serial_obiekty_tabela": 21,  # of 21 (blind 18; reader95)
    "fresh67_pl_en_rownolegle": 21,  # of 21 (blind 21; reader95)
    "fresh67_pl_dok_mail_harmonogram": 21,  # of 21 (blind 19; reader95)
    "fresh67_pl_a5_sor_wschod": 21,  # of 21 (blind 15; reader95)
    "fresh67_pl_teledysk_plan_dnia": 21,  # of 21 (blind 16; reader95)
    # sixty-ninth held-out set (tests/corpus/fresh68.py): 119/126 held out, on 2026.12.50
    "fresh68_uk_cont_drama_rvp": 21,  # of 21 (held out)
    "fresh68_uk_childrens_licensed_hours": 21,  # of 21 (held out)
    "fresh68_uk_corporate_word_table": 21,  # of 21 (held out)
    "fresh68_wales_music_video_dept_calls": 21,  # of 21 (held out 17; reader96)
    "fresh68_uk_doc_email_postcode_first": 21,  # of 21 (held out 19; reader96)
    "fresh68_ie_midlands_la_band": 21,  # of 21 (held out 20; reader96)
    # seventy-second held-out set (tests/corpus/fresh71.py): 125/126 held out, on 2026.12.52
    "fresh71_uk_hetv_two_page_w3w": 21,  # of 21 (held out)
    "fresh71_uk_factual_self_shoot_pd": 20,  # of 21 (held out)
    "fresh71_uk_commercial_agency_call_box": 21,  # of 21 (held out)
    "fresh71_ni_feature_movement_order": 21,  # of 21 (held out)
    "fresh71_scot_gaelic_english_bilingual": 21,  # of 21 (held out)
    "fresh71_uk_bfi_network_short_landscape": 21,  # of 21 (held out)
    # seventieth held-out set (tests/corpus/fresh69.py): measured blind 125/126, 17/18, 1 silent
    # on main's reader (build69); reader99: 126/126, 18/18
    "fresh69_us_reality_gsheet_bands": 21,  # of 21 (blind 21; reader99)
    "fresh69_great_lakes_broadcast_remote": 21,  # of 21 (blind 21; reader99)
    "fresh69_carolinas_union_two_page": 21,  # of 21 (blind 21; reader99)
    "fresh69_gulf_commercial_ap_timeline": 21,  # of 21 (blind 21; reader99)
    "fresh69_prairie_doc_email_itinerary": 21,  # of 21 (blind 20; reader99)
    "fresh69_bc_indie_hand_filled": 21,  # of 21 (blind 21; reader99)
    # seventy-first held-out set (tests/corpus/fresh70.py): measured blind 117/126, 10/18 on
    # main's 2026.12.51; reader98: 125/126, 15/18
    "fresh70_pl_serial_dwie_ekipy": 21,  # of 21 (blind 21; reader98)
    "fresh70_pl_dok_plan_dnia_punkty": 21,  # of 21 (blind 19; reader98)
    "fresh70_pl_fabula_kartka_kalendarza": 21,  # of 21 (blind 18; reader98)
    "fresh70_pl_reklama_mapa_gps": 21,  # of 21 (blind 18; reader98)
    "fresh70_pl_plan_2na1_a5": 21,  # of 21 (blind 21; reader98)
    "fresh70_pl_etiuda_formularz_kratki": 21,  # of 21 (blind 20; reader100)
    # seventy-third held-out set (tests/corpus/fresh72.py): measured blind 121/126, 14/18 on
    # main's reader (build72); reader72: 126/126, 17/18
    "fresh72_us_multicam_stage_week": 21,  # of 21 (blind 21; reader72)
    "fresh72_us_sag_ulb_indie_grid": 21,  # of 21 (blind 21; reader72)
    "fresh72_ca_atlantic_doc_cbc_fund": 21,  # of 21 (blind 21; reader72)
    "fresh72_us_hispanic_tv_hoja_call": 21,  # of 21 (blind 21; reader72)
    "fresh72_us_agency_schedule_plus_call": 21,  # of 21 (blind 16; reader72)
    "fresh72_us_nps_permit_monitor": 21,  # of 21 (blind 21; reader72)
    # seventy-fourth held-out set (tests/corpus/fresh73.py): measured blind 117/126, 12/18 on
    # main's reader (build73); reader73: 126/126, 18/18
    "fresh73_pl_streaming_kafle_pl_en": 21,  # of 21 (blind 21; reader73)
    "fresh73_pl_eksport_programu_paski": 21,  # of 21 (blind 21; reader73)
    "fresh73_pl_tv_rozrywka_dyspozycja_nagraniowa": 21,  # of 21 (blind 18; reader73)
    "fresh73_pl_etiuda_indeks_gorny": 21,  # of 21 (blind 18; reader73)
    "fresh73_pl_fundusz_kilka_obiektow": 21,  # of 21 (blind 18; reader73)
    "fresh73_pl_wersja_zmiana_margines": 21,  # of 21 (blind 21; reader73)
    # seventy-fifth held-out set (tests/corpus/fresh74.py): 116/126 held out, on 2026.12.53;
    # reader101: 126/126, 18/18
    "fresh74_ca_tvc_reversed_numbered_cells": 21,  # of 21 (held out 2026.12.53: 19; reader101)
    "fresh74_us_competition_challenge_day": 21,  # of 21 (held out 2026.12.53: 18; reader101)
    "fresh74_uk_ldn_commercial_dept_call_column": 21,  # of 21 (held out 2026.12.53: 20; reader101)
    "fresh74_ie_feature_emergency_footer_band": 21,  # of 21 (held out 2026.12.53: 20; reader101)
    "fresh74_pl_dpp_trzy_panele_poziomo": 21,  # of 21 (held out)
    "fresh74_pl_word_konspekt_wielopoziomowy": 21,  # of 21 (held out 2026.12.53: 18; reader101)
    # seventy-eighth held-out set (tests/corpus/fresh77.py): 111/126 held out, on 2026.12.53
    # and 2026.12.54 alike; reader77: 126/126, 18/18
    "fresh77_bc_episodic_crew_shoot_grid": 21,  # of 21 (held out 18; reader77)
    "fresh77_us_la_commercial_job_onepager": 21,  # of 21 (held out 18; reader77)
    "fresh77_us_ny_indie_subway_trucks": 21,  # of 21 (held out 20; reader77)
    "fresh77_us_ga_streaming_rail_company_move": 21,  # of 21 (held out 15; reader77)
    "fresh77_us_nm_western_wrangler_ranch": 21,  # of 21 (held out 21; reader77)
    "fresh77_on_lifestyle_reno_homeowner_day": 21,  # of 21 (held out 19; reader77)
    # seventy-ninth set (tests/corpus/fresh78.py), measured blind on 2026.12.54: 126/126, 15/18
    "fresh78_uk_ne_hetv_unit_callsheet": 21,  # of 21 (blind)
    "fresh78_uk_se_commercial_apa_sheet": 21,  # of 21 (blind)
    "fresh78_ie_feature_unit_base_garda": 21,  # of 21 (blind)
    "fresh78_au_drama_series_fire_strip": 21,  # of 21 (blind)
    "fresh78_nz_feature_screensafe_hazards": 21,  # of 21 (blind)
    "fresh78_uk_factual_crew_itinerary": 21,  # of 21 (blind)
    # eightieth set (tests/corpus/fresh79.py), measured blind on 2026.12.54: 123/126, 15/18
    "fresh79_pl_lodz_school_etiuda_plan": 21,  # of 21 (blind)
    "fresh79_pl_podlasie_tvp_dzienny_plan": 21,  # of 21 (blind)
    "fresh79_pl_dolnoslaskie_commercial_call": 21,  # of 21 (blind)
    "fresh79_pl_warmia_netflix_bilingual": 21,  # of 21 (blind)
    "fresh79_pl_kaszuby_series_grid": 21,  # of 21 (blind)
    "fresh79_pl_bieszczady_pisf_dyspozycja": 21,  # of 21 (blind 18; reader104)
    # eighty-first held-out set (tests/corpus/fresh80.py): 117/126 blind on 2026.12.54, the same
    # untouched on 2026.12.55
    "fresh80_pnw_indie_studiobinder_header": 21,  # of 21 (held out)
    "fresh80_la_episodic_ep_crew_grid": 21,  # of 21 (held out)
    "fresh80_qc_townships_digital_app_export": 15,  # of 21 (held out)
    "fresh80_tx_hill_country_aicp_onepager": 18,  # of 21 (held out)
    "fresh80_ne_unscripted_field_stops": 21,  # of 21 (held out)
    "fresh80_ohv_student_google_sheets": 21,  # of 21 (held out)
    # seventy-sixth held-out set (tests/corpus/fresh75.py): measured blind 106/126, 6/18 on
    # main's reader (2026.12.53); reader75: 126/126, 15/18
    "fresh75_uk_hetv_set_bands_move_bar": 21,  # of 21 (blind 18; reader75)
    "fresh75_ie_soap_am_location_pm_studio": 21,  # of 21 (blind 17; reader75)
    "fresh75_uk_obs_doc_loc_itinerary": 21,  # of 21 (blind 12; reader75)
    "fresh75_scot_music_video_loc_a_loc_b": 21,  # of 21 (blind 21; reader75)
    "fresh75_uk_film_school_grad_grid": 21,  # of 21 (blind 21; reader75)
    "fresh75_wales_s4c_dual_version_two_sets": 21,  # of 21 (blind 17; reader75)
    # seventy-seventh held-out set (tests/corpus/fresh76.py): measured blind 107/126, 8/18 on
    # main's 2026.12.53 (build76); reader76: 126/126, 17/18
    "fresh76_pl_fabula_obiekty_kolumnami": 21,  # of 21 (blind 18; reader76)
    "fresh76_pl_serial_tvp_macierz_pionow": 21,  # of 21 (blind 18; reader76)
    "fresh76_pl_reklama_slajdy_16x9": 21,  # of 21 (blind 18; reader76)
    "fresh76_pl_dok_trasa_godz_gdzie_co_kto": 21,  # of 21 (blind 20; reader76)
    "fresh76_pl_etiuda_arkusz_kalkulacyjny": 21,  # of 21 (blind 15; reader76)
    "fresh76_pl_teledysk_ciemny_szablon": 21,  # of 21 (blind 18; reader76)
    # sixty-sixth held-out set (tests/corpus/fresh65.py): 119/126 held out, on 2026.12.48
    "fresh65_uk_unit_call_ae_two_line": 21,  # of 21 (held out 17; reader92, reader93)
    "fresh65_scot_plain_grid_hospital_line": 21,  # of 21 (held out 19; reader92, reader93)
    "fresh65_ni_spreadsheet_export": 21,  # of 21 (held out 20; reader93)
    "fresh65_ie_email_one_liner": 21,  # of 21 (held out)
    "fresh65_anz_tvc_day_of_trailing": 21,  # of 21 (held out)
    "fresh65_za_kzn_ec_two_column": 21,  # of 21 (held out)
    "fresh64_pl_dyspozycja_letter": 21,  # of 21 (blind 20; reader91)
    "fresh64_pl_dpp_time_strip": 21,  # of 21 (blind 17; reader91)
    "fresh64_pl_en_coproduction": 21,  # of 21 (blind 21; reader91)
    "fresh64_pl_harmonogram_call_row": 21,  # of 21 (blind 18; reader91)
    "fresh64_pl_reklama_call_ekipy": 21,  # of 21 (blind 18; reader91)
    "fresh64_pl_serial_sidebar": 21,  # of 21 (blind 20; reader91)
    # sixty-third held-out set (tests/corpus/fresh62.py): 115/126 held out, on 2026.12.47
    "fresh62_il_hebrew_transliterated": 21,  # of 21 (held out 18; reader89)
    "fresh62_th_vn_service_local_words": 21,  # of 21 (held out 16; reader89)
    "fresh62_ng_gh_sn_nollywood": 21,  # of 21 (held out 21; reader89)
    "fresh62_ar_cl_pe_orden_citaciones": 21,  # of 21 (held out 20; reader89)
    "fresh62_dk_lv_lt_long_table": 21,  # of 21 (held out 19; reader89)
    "fresh62_us_indie_canva_onepager": 21,  # of 21 (held out 21; reader89)
    # sixty-fourth held-out set (tests/corpus/fresh63.py): measured blind 123/126, 17/18 on
    # 2026.12.47 (1 sure-wrong hospital); reader90: 126/126, 18/18
    "fresh63_plains_numbered_grid": 21,  # of 21 (blind 20; reader90)
    "fresh63_mtn_tv_two_column": 21,  # of 21 (blind 21; reader90)
    "fresh63_prairie_agency_band": 21,  # of 21 (blind 20; reader90)
    "fresh63_atlantic_sheet_export": 21,  # of 21 (blind 21; reader90)
    "fresh63_midwest_multi_set_table": 21,  # of 21 (blind 20; reader90)
    "fresh63_plains_typed_short_forms": 21,  # of 21 (blind 21; reader90)
    # sixty-second held-out set (tests/corpus/fresh61.py): measured blind 90/126, 7/18 on
    # 2026.12.46; reader88: 126/126, 18/18
    "fresh61_balkan_plan_snimanja": 21,  # of 21 (blind 14; reader88)
    "fresh61_mk_dneven_plan": 21,  # of 21 (blind 10; reader88)
    "fresh61_rioplatense_cuba_citacion": 21,  # of 21 (blind 19; reader88)
    "fresh61_gal_eus_folla_orria": 21,  # of 21 (blind 13; reader88)
    "fresh61_kz_uz_vyzyvnoy_list": 21,  # of 21 (blind 15; reader88)
    "fresh61_south_asia_shift_unit_call": 21,  # of 21 (blind 19; reader88)
    # sixtieth held-out set (tests/corpus/fresh59.py): 124/126 held out, on 2026.12.46;
    # reader85: 126/126
    "fresh59_za_service_unit_call": 21,  # of 21 (held out)
    "fresh59_in_hindi_english_shift": 21,  # of 21 (held out)
    "fresh59_my_ph_standby_sidebar": 21,  # of 21 (held out 19; reader85)
    "fresh59_gr_cy_tr_coproduction": 21,  # of 21 (held out)
    "fresh59_latam_br_bilingual_service": 21,  # of 21 (held out)
    "fresh59_jo_ma_desert_unit_move": 21,  # of 21 (held out)
    # fifty-eighth held-out set (tests/corpus/fresh57.py): measured blind 114/126, 13/18 on
    # 2026.12.45; reader84: 126/126, 18/18
    "fresh57_fr_fds_two_page": 21,  # of 21 (blind)
    "fresh57_qc_feuille_de_route": 21,  # of 21 (blind 18; reader84)
    "fresh57_it_odg_grid": 21,  # of 21 (blind)
    "fresh57_es_cat_hoja_citaciones": 21,  # of 21 (blind)
    "fresh57_pt_br_ordem_do_dia": 21,  # of 21 (blind 15; reader84)
    "fresh57_ro_foaie_de_chemare": 21,  # of 21 (blind 18; reader84)
    # fifty-ninth held-out set (tests/corpus/fresh58.py): measured blind 102/126, 8/18 on
    # 2026.12.45; reader83: 126/126, 16/18
    "fresh58_ch_dispo": 21,  # of 21 (blind 17; reader83)
    "fresh58_de_serie_liste": 21,  # of 21 (blind)
    "fresh58_cz_denni_plan": 21,  # of 21 (blind)
    "fresh58_hu_napi_diszpozicio": 21,  # of 21 (blind 15; reader83)
    "fresh58_fi_ee_is_paivajarjestys": 21,  # of 21 (blind 10; reader83)
    "fresh58_nl_draaischema": 21,  # of 21 (blind 18; reader83)
    # fifty-seventh held-out set (tests/corpus/fresh56.py): 118/126 held out, on 2026.12.45
    "fresh56_uk_grid_hospital_lines": 21,  # of 21 (held out)
    "fresh56_uk_unit_numbered_sets": 21,  # of 21 (held out 20; reader81)
    "fresh56_de_at_tagesdispo": 21,  # of 21 (held out 19; reader81)
    "fresh56_nl_be_callsheet": 21,  # of 21 (held out 20; reader81)
    "fresh56_nordic_dagsplan": 21,  # of 21 (held out 20; reader81)
    "fresh56_fr_feuille_de_service": 21,  # of 21 (held out 18; reader81)
    # fifty-sixth held-out set (tests/corpus/fresh55.py): 112/126 blind on 2026.12.44
    "fresh55_pl_dpp_grid": 21,  # of 21 (blind 20; reader78)
    "fresh55_pl_typed_plan": 21,  # of 21 (blind 18; reader78)
    "fresh55_pl_revision": 21,  # of 21 (blind 19; reader78)
    "fresh55_csee_day_plan": 21,  # of 21 (blind 16; reader78)
    "fresh55_balkan_landscape": 21,  # of 21 (blind 18; reader78)
    "fresh55_coprod_bilingual": 21,  # of 21 (blind)
    # fifty-second held-out set (tests/corpus/fresh51.py): 98/126 blind on 2026.12.43
    "fresh51_pl_serial_sidebar": 21,  # of 21 (20 blind; reader73)
    "fresh51_pl_reklama_box": 21,  # of 21 (17 blind; reader75, reader76: 'SZPITAL (SOR)')
    "fresh51_pl_korekta_bylo_jest": 21,  # of 21 (blind)
    "fresh51_cz_bilingual_table": 21,  # of 21 (15 blind; reader73)
    "fresh51_hu_ro_service_columns": 21,  # of 21 (20 blind; reader76: a 22 pt call beside)
    "fresh51_lt_dienos_planas": 21,  # of 21 (5 blind; reader73; 21 since reader75)
    # fifty-third held-out set (tests/corpus/fresh52.py): 123/126 blind on 2026.12.43
    "fresh52_qc_commercial_grid": 21,  # of 21 (blind)
    "fresh52_us_indie_word_processor": 21,  # of 21 (blind)
    "fresh52_us_music_video_one_pager": 21,  # of 21 (blind)
    "fresh52_us_student_film": 21,  # of 21 (blind)
    "fresh52_us_google_sheets_merged": 21,  # of 21 (blind)
    "fresh52_ca_doc_unit_move": 21,  # of 21 (18 blind; 21 since reader74)
    # fifty-first held-out set (tests/corpus/fresh50.py): 111/126 held out, on 2026.12.42
    "fresh50_br_ordem_do_dia": 21,  # of 21 (held out)
    "fresh50_co_hoja_de_llamado": 21,  # of 21 (held out 16; reader71)
    "fresh50_jp_service": 21,  # of 21 (held out 18; reader71)
    "fresh50_pe_two_day": 21,  # of 21 (held out 20; reader71)
    "fresh50_kr_label_grid": 21,  # of 21 (held out 19; reader71)
    "fresh50_ar_spreadsheet_export": 21,  # of 21 (held out 17; reader71; reader77: a corner)
    # fiftieth held-out set (tests/corpus/fresh49.py): 114/126 blind on 2026.12.41
    "fresh49_ng_service_commercial": 21,  # of 21 (blind)
    "fresh49_tn_feuille_de_service": 21,  # of 21 (blind 18; reader69)
    "fresh49_ae_unit_move": 21,  # of 21 (blind 15; reader69; reader70: SET 1 (AM) blocks; reader77)
    "fresh49_eg_landscape_schedule": 21,  # of 21 (blind)
    "fresh49_na_label_grid": 21,  # of 21 (blind 18; reader72: a numbered road over town, region)
    "fresh49_tz_swahili_time": 21,  # of 21 (blind)
    # forty-ninth held-out set (tests/corpus/fresh48.py): 107/125 blind on 2026.12.41
    "fresh48_fi_numbered_grid": 21,  # of 21 (blind 15; reader68; reader77: numbered cells)
    "fresh48_sk_numbered_sets": 21,  # of 21 (blind)
    "fresh48_si_sheets_export": 21,  # of 21 (blind)
    "fresh48_lv_revised": 21,  # of 21 (blind 17; reader68, reader72; reader76: a boxed big call)
    "fresh48_hr_two_column": 21,  # of 21 (blind 20; reader68: 'Franjevački put 1')
    "fresh48_baltic_phone_text": 20,  # of 20 (blind 13; reader72: a told tomorrow, LT- codes;
    # reader75: titles; reader77: slash-parted text)
    # forty-eighth held-out set (tests/corpus/fresh47.py): 115/126 held out, on 2026.12.41
    "fresh47_mt_service": 21,  # of 21 (held out 20; reader66)
    "fresh47_canary_bilingual": 21,  # of 21 (held out 18; reader66)
    "fresh47_us_software_export": 21,  # of 21 (held out)
    "fresh47_lk_service": 21,  # of 21 (held out 19; reader66)
    "fresh47_fo_english": 21,  # of 21 (held out 17; reader66)
    "fresh47_pr_bilingual": 21,  # of 21 (held out 20; reader66)
    # fortieth held-out set (tests/corpus/fresh39.py): 106/118 blind on 2026.12.37
    "fresh39_anz_tv_drama": 21,  # of 21 (blind 20; reader53)
    "fresh39_pl_serial_dpp": 21,  # of 21 (blind 19; reader53)
    "fresh39_ie_scot_indie": 21,  # of 21 (blind)
    "fresh39_band_mv_oneliner": 13,  # of 13 (blind 5; reader53)
    "fresh39_us_student_template": 21,  # of 21 (blind 20; reader53)
    "fresh39_eu_two_column": 21,  # of 21 (blind)
    # thirty-ninth held-out set (tests/corpus/fresh38.py): 105/115 blind on 2026.12.37
    "fresh38_ca_numbered_bands": 21,  # of 21 (20 blind; reader55)
    "fresh38_pl_word_plan": 19,  # of 19 (17 blind; reader52)
    "fresh38_crew_mail_no_subject": 14,  # of 14 (12 blind; reader55)
    "fresh38_uk_drama_unit": 21,  # of 21 (20 blind; reader52)
    "fresh38_sheet_export_gridlines": 21,  # of 21 (blind)
    "fresh38_us_doc_field": 19,  # of 19 (blind)
    # thirty-eighth held-out set (tests/corpus/fresh37.py): 121/126 blind on 2026.12.35
    "fresh37_ca_header_boxes": 21,  # of 21 (blind)
    "fresh37_pl_plan_dnia": 21,  # of 21 (reader51; blind 18)
    "fresh37_us_two_column": 21,  # of 21 (blind)
    "fresh37_split_letters_export": 21,  # of 21 (blind)
    "fresh37_uk_commercial": 21,  # of 21 (blind)
    "fresh37_ch_tagesdispo": 21,  # of 21 (reader51; blind 19)
    "fresh37_near_miss": 7,  # of 7: its weekly one-line schedule (blind)
    # thirty-fourth held-out set (tests/corpus/fresh33.py): 123/126 blind on 2026.12.32
    "fresh33_studiobinder_style": 21,  # of 21 (reader44; blind 18)
    "fresh33_sethero_style": 21,  # of 21 (blind)
    "fresh33_celtx_style": 21,  # of 21 (blind)
    "fresh33_google_sheets": 21,  # of 21 (blind)
    "fresh33_word_template": 21,  # of 21 (blind)
    "fresh33_two_day_pack": 21,  # of 21 (blind)
}
# right fields over all text sheets, of 1652; call sheets auto-confirmed with every core field
# right, of 235. fresh6_ 95 and 7/21 unseen, 147 and 20/21 after reader11 and reader12 (tuned on
# it); fresh7_ 84 and 3/21 unseen, 92 and 3/21 after them (blind to it), 147 and 16/21 after
# reader13 (tuned on it); fresh8_ 118 of 139 and 12/21 unseen and after reader11 and reader12,
# 118 and 13/21 after reader13 (all blind to it), 135 and 15/21 after reader14 (tuned on it);
# fresh9_ 131 of 147 and 10/21 unseen at 15df92d; fresh10_ 103 of 147 and 10/21 unseen at
# 690957b. Of 1799 fields and 256 call sheets since fresh10.
# fresh9_ 146 and 15/21 after reader16 (tuned on it).
# Then a lone generic "Call Time" (+3 auto-ok) and dates stamped with a clock time (+1 field,
# +4 auto-ok), and a set named by a label word losing the name (+3 auto-ok), all made on
# older sets; then a label stacked over its translation is one cell (+4 auto-ok), and an
# empty label whose line shows the agreed time doubts nothing (+3 auto-ok), and a lone "Call
# Time" heading a grid cell over one time (+2 auto-ok).
# vocab2 (Catalan, Vietnamese, Greek, Romanian, Bulgarian, Slovenian, CJK labels) and classify7
# (permits, risk assessments, petty cash...), both blind to fresh10: fresh10_ 131/147, 12/21.
# Then a date beside "Day N of M" is the day's anywhere, and a reply's "crew call tomorrow is
# now ..." speaks of the sheet's day: 1773, 220.
# fresh11_ added, measured blind: 83 of 137 fields, 4/21 auto-ok (of 1936 fields, 277 sheets).
# The one address a sentence calls the set is sure (+2 auto-ok); classify8 makes permits and
# risk assessments that plan no work 'other' (fresh10's two): 1856, 226.
# vocab3 (Vietnamese, CJK, Thai, Malay, Filipino, Latvian, Levant Arabic dates and times): +1
# field; addr2 (postcodes after the town: NZ, ZA, KR, IN, BR, JP; Australia Post; Nordic; CEP /
# PIN): +3 fields, and with the cued set +5 auto-ok: 1860, 231. fresh11 unchanged (83/137, 4/21).
# After the blind branches above, fresh11_ was still 83/137, 4/21.
# reader18, tuned on fresh11_ (its Rosario sheet's overprinted date fixed in the corpus): upcoming
# days under their heading, a name-and-number street over a coded town (CPA, Greek, Icelandic),
# sideways labels, a calendar tile, Icelandic labels, a timeline's time is no boxed call, a
# two-language heading's column, a capitals title's lower-case note after a dash: fresh11_
# 137/137 and 20/21; 1914, 243.
# Merged with reader17 (blind: doubts a careful reader would not have: +10 auto-ok) and the
# others above: 1917, 258 (of 1936 fields, 277 call sheets), 0 silent.
# fresh12_ added, measured blind: 99 of 147 fields, 6/21 auto-ok (of 2083 fields, 298 sheets).
# A memo's To / From / Date / Re header is read as an e-mail's (its date the sending day): the
# silent error on fresh12_memo_ottawa gone, +6 fields: 2022, 264.
# A weekday before a day and month with no year ("TUES 17/03") is a date: 2023, 265.
# A line listing several calls gives the crew's: 2025, 266.
# fresh13_ added, measured blind: 110 of 147 fields, 4/21 auto-ok (of 2230 fields, 319 sheets).
# Georgian labels, dates and postcode-and-town lines (fresh12_ka_ 0 -> 21/21); a notice to
# residents and a fitting schedule are 'other' (classify9): 2156, 273.
# reader19: a label column's value on its own row, "FILM CREW" is no title, a running order's
# crew-call row, a memo's "Where", the sun in a sentence and under "SUN", "Pier 59" and
# "Av. Paulista 1578" as streets (+14 fields, +4 auto-ok): 2170, 277.
# Armenian labels, dates and town lines (fresh13_hy_ 0 -> 21/21); a traffic management plan
# and a drone flight plan are 'other' (classify10, +21 fields, +3 auto-ok on its own).
# reader20, tuned on fresh13_: a rural set's road with no number over its village and post
# town is the address, the note in brackets after the road dropped (the 3 silent errors of
# fresh13_w3w_ gone); the week of the year in a header tile is no title; a place block set in
# under its heading leaves the left column's time out; Danish 'Lokation', Norwegian
# 'akuttmottak', a Danish postal district ('8000 Aarhus C'); 'LOC #1'; a map legend's pin
# number keys its heading; 'LOCATION (MAIN) - EXT' is a heading (+16 fields, +14 auto-ok).
# All merged (bench/extract.py --corpus-only --no-scans at bd21dee): 2207, 295, 0 silent, 0
# misclassified.
# fresh14_ added, measured blind: 76 of 126 fields, 1/18 auto-ok (of 2356 fields, 337 sheets).
# reader23, tuned on fresh14_: a row of labels whose values sit under an empty ruled row (a
# spreadsheet's merged cells), a dash run is no title, a value printed before its label as a
# caption flush right, an icon card's sunrise/sunset and hospital read by their shape at 0.7
# (+38 fields, +5 auto-ok, no new silent error): 2321, 301.
# reader22, tuned on fresh14_: a night dated over two dates is its first day (3 silent errors
# gone), a department call table's crew row is the crew call and a CREW CALL heading over
# people's own calls is none (1 silent gone), 'LOC 1 - SET' heads its cell, a studio lot's
# address under the day's stage heading is the set, a casting schedule is 'other' (+11 fields,
# +9 auto-ok, 0 silent, 0 misclassified): 2294, 305.
# reader21 (on the corpus before fresh14_): a label's word run on into a street type ('Call
# Lane'), 'LOCATION 1 (main)', a word moved to the row whose middle is nearest, 'SUN (RISE /
# SET)' over one cell, a documentary's 'Meet', a letterhead's address after a label word,
# Vietnamese 'PHIM:' / film crew / ward-district-city lines, Catalan "d'abril", a district,
# city, code and region line, the on-duty hospital; a yearless date with its weekday takes the
# one year near the file's own date, for review; a place's name before the post town with no
# street shown goes to review; a line break PDFium infers between two touching letters splits
# no word (bench/extract.py --corpus-only --no-scans): 2230, 303, 0 silent.
# All merged (bench/extract.py --corpus-only --no-scans at d077ca4): 2355 of 2356, 318 of 337,
# 0 silent, 0 misclassified.
# fresh15_ added, measured blind: 73 of 84 fields, 8/12 auto-ok (of 2440 fields, 349 sheets).
# reader24 (the sun in a footer line, a set under its scene heading, a place named with a label's
# word, a Polish crew row): fresh15 84 of 84; whole corpus 2439 of 2440, 326 of 349, 0 silent.
# fresh16_ added, measured blind: 130 of 138 fields, 15/18 auto-ok (of 2578 fields, 367 sheets).
# reader25 (a set confirmed by two cues: a scene heading's room named again in the day's scenes,
# an icon app's address block that names a scene's room; other columns' words kept out of a
# set's address): whole corpus 2570 of 2578, 348 of 367, 0 silent, 1 misclassified (the
# Polish post-production schedule).
# reader26 (a logo's initials are no title, a schedule's name after its title, a genre's credit
# line, 'LOCATIONS' over a numbered list of sets, a post-production plan in any language):
# fresh16 138 of 138, 18/18 auto-ok; whole corpus 2577 of 2578, 344 of 367, 0 silent, 0
# misclassified.
# All merged (bench/extract.py --corpus-only --no-scans at c08bba5): 2578 of 2578 and 351 of 367
# before fresh17_; fresh17_ added, measured blind: 108 of 122 fields, 13/18 auto-ok; whole
# corpus 2686 of 2700, 364 of 385, 0 silent, 1 misclassified (fresh17's travel itinerary).
# reader27 (fresh17's misses): 2700 of 2700, 370 of 385, 0 silent, 0 misclassified.
# fresh18_ added, measured blind on the reader above: 112 of 122 fields, 15/18 auto-ok, 1 silent
# (of 2822 fields, 403 sheets).
# reader28 (fresh18's misses): 2822 of 2822, 386 of 403, 0 silent, 0 misclassified.
# fresh19_ added, measured blind on the final reader: 112 of 126 fields, 12/18 auto-ok, 0
# silent (of 2948 fields, 421 sheets).
# reader29 (fresh19's misses): 2948 of 2948, 401 of 421, 0 silent, 0 misclassified.
# fresh20_ added, measured blind on the reader before reader29: 115 of 126 fields, 5/18 auto-ok,
# 2 silent, 2 misclassified; fresh21_ likewise: 124 of 126 fields, 16/18 auto-ok, 0 silent,
# 1 sure-wrong, 1 misclassified.
# fresh22_ and fresh23_ added, measured blind on reader29: 111 and 117 of 126 fields, 11/18 and
# 12/18 auto-ok (of 3452 fields, 493 sheets).
# reader30 (fresh20's misses): fresh20 126 of 126, 18/18 auto-ok, 0 silent, 0 misclassified.
# reader31 (fresh21's misses): fresh21 126 of 126, 18/18 auto-ok, 0 sure-wrong.
# reader32 (fresh22's and fresh23's misses): fresh22 124 of 126, 16/18; fresh23 126 of 126,
# 16/18. All merged (bench/extract.py --corpus-only --no-scans, EXTRACTOR_VERSION 2026.12.26):
# 3450 of 3452, 474 of 493, 0 silent, 0 sure-wrong, 0 misclassified.
# fresh24_ added, measured blind on that final reader: 116 of 126 fields, 12/18 auto-ok, 1 silent,
# 2 misclassified (whole corpus 3566 of 3578, 486 of 511).
# reader33 (fresh24's and fresh22's misses): fresh24 126 of 126, 18/18 auto-ok, 0 silent, 0
# misclassified; fresh22 125 of 126, 17/18 (on its branch, before fresh25: 3577 of 3578, 493 of
# 511, 0 silent, 0 sure-wrong, 0 misclassified).
# fresh25_ added, measured blind on the reader before reader33: 116 of 126 fields, 15/18 auto-ok,
# 0 silent, 1 sure-wrong, 1 misclassified.
# reader34 (fresh25's misses: a form's item numbers, a spreadsheet's 'Production' key, a header's
# 'Job:' key, a patron's name, an e-mail print's stamps): fresh25 126 of 126, 18/18 auto-ok, 0
# sure-wrong, 0 misclassified. All merged (EXTRACTOR_VERSION 2026.12.27; bench/extract.py
# --corpus-only --no-scans): 3703 of 3704, 511 of 529, 0 silent, 0 sure-wrong, 0 misclassified.
# fresh26_ added, measured blind on that final reader: 106 of 126 fields, 8/18 auto-ok, 0 silent,
# 0 sure-wrong, 0 misclassified (whole corpus 3809 of 3830, 519 of 547).
# reader35 (fresh26's misses: one-liner "Call 0730 @ <place>" and "SR/SS", a people table's
# "Call" column, an issue date, a quoted title under a greeting heading): fresh26 120 of 126,
# 16/18 auto-ok; whole bench 3823 of 3830, 527 of 547, 0 silent, 0 sure-wrong, 0 misclassified.
# fresh27_ added, measured blind on 07bd8ac (2026.12.28): 119 of 124 fields, 14/18 auto-ok, 0
# silent, 0 sure-wrong, 0 misclassified (whole corpus 3942 of 3954, 541 of 565).
# fresh28_ added, measured blind on 07bd8ac (2026.12.28): 109 of 126 fields, 8/18 auto-ok, 0
# silent, 2 sure-wrong, 0 misclassified (whole corpus 4051 of 4080, 549 of 583).
# reader37 (fresh27's misses: a commercial's product and spot as its title, a New Zealand town
# line, a pre-light day's date, a grid's undotted item numbers beside 'LOCATION 2', another
# dated day's call line, a running order repeating the call): fresh27 124 of 124, 18/18 auto-ok;
# whole bench 3947 of 3954, 545 of 565, 0 silent, 0 sure-wrong, 0 misclassified.
# With fresh28 (not tuned on by reader37): 4056 of 4080, 553 of 583.
# reader38 (fresh28's misses: a hospital label's gloss after its slash, a paper's kind and a
# production kind or artist around the title, a label with its time as big as the title, a 'Crew'
# heading or note as a rival call, a later day's preview box, a street and its postcode line read
# together): fresh28 126 of 126, 18/18 auto-ok; whole bench 4068 of 4080, 559 of 583, 0 silent,
# 0 sure-wrong, 0 misclassified.
# reader36 (a strip's 'PRODUCTION' key, a job's number beside the title, a column's value across a
# gap, a rain date, a pushed call's note, '16/A', the title a company presents): fresh26 126 of
# 126, 18/18; on its branch before fresh27/28 (whole bench 3830 of 3830, 531 of 547, 0 silent, 0
# sure-wrong, 0 misclassified). Merged with main (reader37, fresh27, fresh28): 4066 of 4080, 557 of
# 583, 0 silent, 2 sure-wrong (fresh28 za, as before), 0 misclassified.
# fresh29_ added, measured blind on that final reader (2026.12.29): 112 of 126 fields, 12/18
# auto-ok, 0 silent, 0 sure-wrong, 1 misclassified (whole corpus 4187 of 4206, 575 of 601).
# The whole bench on main with reader36-38 and fresh29 merged (2026.12.29): 4192 of 4206, 579 of
# 601, 0 silent, 0 sure-wrong, 1 misclassified (fresh29's wedding run of show).
# reader39 (fresh29's misses: a call label among a people table's headings, a call on another
# date's line, a memo's "Meet 0730 at ...", a street before a postal district, a revision's
# stamp as big as the title, a hospital's name over its address beside a wrapped label, a
# wedding's run of show): fresh29 122 of 126, 15/18 auto-ok, 0 misclassified; whole bench 4202
# of 4206, 582 of 601, 0 silent, 0 sure-wrong, 0 misclassified (main before: 4192, 579, 1).
# reader40 (the misses left: a label's word inside the title's run, a company as large as the
# title named with its legal form in the footer, a set named after 'filming at' with no street,
# a running order's wrap row, a memo's one body date after its sending, a memo's call repeated
# by its running order, a sun pair in one sentence): whole bench 4206 of 4206, 589 of 601, 0
# silent, 0 sure-wrong, 0 misclassified (before: 4202, 582).
# reader41 (fresh30's misses: a company heading ending "Co.", an edition word before the sheet's
# name, a tracked export's wide-spaced value lines, a typed list's dot leaders, an address
# wrapped at the column's edge, a two-meaning month name settled by a sure date nearby): fresh30
# 126 of 126, 18/18 auto-ok; whole bench 4328 of 4332, 600 of 619, 0 silent, 0 sure-wrong, 0
# misclassified (main before: 4323, 597, 0, 0, 0).
# fresh31_ added, measured blind on that reader (2026.12.31): 119 of 126, 12/18 auto-ok, 1 silent,
# 0 sure-wrong, 1 misclassified (whole bench 4451 of 4458, 619 of 637).
# reader42 (fresh31's misses: a call moved on its label's row, an 'Amended' stamp's date, a
# paper headed as a recce report, a memo's 'Call:' line over an earlier 'Meet:', a running
# order's row named after the sun, a memo's 'Where:' place named '... base', a night running
# 'into' the next date): fresh31 126 of 126, 17/18 auto-ok; whole bench 4458 of 4458, 624 of
# 637, 0 silent, 0 sure-wrong, 0 misclassified (main before: 4451, 619, 1, 0, 1).
# fresh33_ added, measured blind on 2026.12.32: 123 of 126, 12/18 auto-ok, 0 silent, 1
# sure-wrong, 0 misclassified.
# fresh32_ added, measured blind on 2026.12.32: 109 of 126, 13/18 auto-ok, 0 silent, 5
# sure-wrong, 0 misclassified.
# reader43 (the right-but-reviewed sheets: an 'Original call' beside an 'AMENDED CALL' is the
# time replaced, a timeless note that the crew call moved is the same change; a title alone
# beside the sheet's own name on its line): whole bench 4458 of 4458, 626 of 637, 0 silent, 0
# sure-wrong, 0 misclassified (main before: 4458, 624, 0, 0, 0); no day's confidence fell.
# reader44 (fresh33's misses: a table's cells squeezed together split at the heading's edge, a
# back-reference ('(as above)') never a value, a hospital's name printed with its phone, a CREW
# heading over its list no rival, '07:30 crew / 08:30 cast' under its heading, a later page
# headed 'DAY 2 - SUNDAY' another day's): fresh33 126 of 126, 18/18 auto-ok; whole bench 4584 of
# 4584, 642 of 655, 0 silent, 0 sure-wrong, 0 misclassified (main before: 4581, 636, 0, 1, 0;
# no other sheet changed a field or its confidence).
# reader45 (fresh32's misses: a hospital name wrapped over two lines, an emergency number as the
# hospital, a numbered form's cell heads, a sun pair cell run on into the next block, a
# one-liner's call address over a set label naming rooms, labels set glyph by glyph or without
# their spaces): fresh32 126 of 126, 18/18 auto-ok; whole bench 4707 of 4710, 654 of 673, 0
# silent, 1 sure-wrong (fresh33's '(as above)'), 0 misclassified (main before: 4690, 649, 0, 6,
# 0); no other sheet changed.
# reader46 (revised crew calls in every common wording, drawn tests only: 'AMENDED CALL TIME',
# 'CALL NOW', 'Call is now', '(amended)', 'Nowa godzina zbiórki', 'Drehbeginn neu', 'Nouvelle
# convocation', 'Nueva hora de citación' over 'Prior call' / 'Originally called' / 'anterior'):
# whole bench 4690 of 4710, 651 of 673, 0 silent, 6 sure-wrong, 0 misclassified, before and
# after, every sheet's fields and confidence unchanged.
# fresh34_ added, measured blind on the final reader (2026.12.33): 123 of 125, 13/18 auto-ok,
# 0 silent, 0 sure-wrong, 0 misclassified.
# reader47 (fresh34's misses: a hospital's name with its department after a dash or comma,
# 'Przemyśl, 12.10.2026' a bare letter dateline beside a labelled date, a memo's 'Call: 8am at
# the side door'): fresh34 125 of 125, 18/18 auto-ok; whole bench 4835 of 4835, 680 of 691,
# 0 silent, 0 sure-wrong, 0 misclassified (main before: 4833, 675, 0, 0, 0); no other sheet
# changed a field or its confidence.
# reader49 (fresh35's misses: the title under a CREW CALL box taken as the call's piece, a
# file name 'callsheet_v2_2026-10-13.xlsx' in a print header rivalling the labelled date):
# fresh35 126 of 126, 18/18 auto-ok; whole bench 4961 of 4961, 698 of 709, 0 silent, 0
# sure-wrong, 0 misclassified (main before: 4957, 697, 0, 0, 0); no other sheet changed a
# field or its confidence. With fresh36 (111, 9): 5072 and 707.
# reader50 (fresh36's misses: a LOCATIONS heading over items tagged by big bare numbers, a big
# title left of a call box, a message's 'tomorrow 14/10' against its stamp, a call clause in a
# sentence, a call box whose crew line repeats its time, 'do 12-11-2026' after a day count, a
# crew-call note beside a set): fresh36 123 of 125, 15/18 auto-ok; whole bench 5080 of 5086,
# 712 of 727, 0 silent, 0 sure-wrong, 0 misclassified (main before: 5068, 706, 0, 0, 0); no
# sheet outside fresh36 changed a field or its confidence.
# reader48, 49 and 50 together (main after their merges, 2026.12.35): 5084 of 5086, 713 of 727,
# 0 silent, 0 sure-wrong, 0 misclassified.
# With fresh37 blind (128 of 133, 16 of 18): 5212 and 729.
# reader51 (fresh37's misses after its blind measure: a bilingual 'Klient / Client:' label as the
# title, a Swiss 'Stand:' version date and 'Mi, 04.11.2026' after a day count): fresh37 133 of
# 133, 18/18 auto-ok; no other sheet changed a field or its confidence.
# With fresh38 blind (105 of 115, 13 of 18): 5322 and 744.
# With fresh39 blind (106 of 118, 12 of 18): 5428 and 756.
# reader52 (fresh38's misses: a call label named twice across a slash, a minor injuries unit
# over the A&E, a household planner's week): fresh38 108 of 115, 15/18 auto-ok.
# reader53 (fresh39's misses after its blind measure: a department's pre-call in the call box, a
# band's dashed one-liner, an advance heading's own call, a day count as title, rooms under a
# place's address, a bare 'call' beside a wedding run of show or an invoice): fresh39 118 of
# 118, 15/18 auto-ok; no sheet outside fresh39 changed a field.
# reader52 and reader53 together: 5443 of 5452, 761 of 781.
# reader54 (an e-mail print with no 'Subject:' label: its send stamps are the message's date, a
# date told in the body wins, 'tomorrow (Thursday the 22nd)' counts from the stamp): fresh38's
# e-mails 12 of 14; no other sheet changed.
# With fresh40 blind (131 of 133, 15 of 18): 5578 and 776.
# With fresh41 blind (124 of 126, 16 of 18) and fresh42 blind (115 of 126, 10 of 18): 5817 and
# 802.
# reader55 (a label said again across a slash in a second language, 'LOCATION / LIEU', is one
# label; Outlook desktop's print with the subject under From / Sent / To / Cc and no 'Subject:'
# label; a 'FILM HOUSE' masthead is the company): fresh40 133 of 133, fresh38 115 of 115;
# whole bench 5583 of 5585, 778 of 799, 0 silent, 0 sure-wrong, 0 misclassified (main before:
# 5578, 776); no sheet lost a field (bilingual base labels elsewhere now read their base).
# With fresh41 and fresh42 and reader55: 5822 and 804.
# reader57 (fresh41's misses: cells numbered with no dot heading the title under them, a day at
# a glance's row of the call agreeing with the call cell, a label column's word on a row whose
# far column holds a label; a pay voucher, a safety notice and an agency's booking confirmation
# are other): fresh41 126 of 126, 18/18 auto-ok; no sheet outside fresh41 / fresh42's near
# misses changed a field (fresh2's bilingual sun times, glossed after the time, lost a doubt).
# With reader55 and reader57: 5824 and 806.
# reader56 (fresh42's misses after its blind measure: Irish labels, dates and 'r.n.' / 'i.n.'
# times, a label's translation beside it, a studio unit call and its location unit's block,
# 'FIRST LIGHT / SUNRISE' over two times, 'CALL (at RV)', an Irish address with its county):
# fresh42 126 of 126, 16/18 auto-ok; no sheet outside fresh42 changed a field.
# With reader55, reader56 and reader57: 5835 and 812.
# With fresh43 blind (116 of 126, 17 of 18) and fresh44 blind (90 of 117, 10 of 18), both held
# out until 2026.12.39: 6041 and 839.
# reader61 (fresh43's misses after its blind measure: Chilean 'URGENCIA MÁS CERCANA' over the
# hospital's whole name, a quoted title after the kind of production under a Polish or Czech
# paper's kind 'DENNÍ DISPOZICE č. 14'): fresh43 125 of 126; 6050 and 839.
# reader60 (fresh43's and fresh44's near misses and fresh44's ad films: a camera report, a
# delivery note, a car-hire duty slip and an audience ticket named in their headings are other;
# 'FILM / TVC' is a title label, 'CREW REPORTING TIME' a crew call): fresh44_in_sea_adfilm 21 of
# 21, 0 misclassified (was 4); whole bench 6045 of 6080, 840 of 871 (main before: 6041, 839); no
# other sheet changed.
# With reader60 and reader61: 6054 and 840.
# reader59 (fresh44's Belgian call boxes: a call label's time in smaller type beside it is
# another caption's, the large time beneath it is the call; the sun's word before a dashed
# morning-evening span): fresh44_be 21 of 21, 3/3 auto-ok, its silent call gone; no sheet
# outside fresh44_be changed a field: 6048 and 840.
# With reader59, reader60 and reader61: 6061 and 841.
# reader63 (the last whole-corpus bench's misses: a call label naming its place, 'UNIT CALL
# ON LOCATION', over its boxed time; a label wrapped in a narrow column, 'NEAREST HOSPITAL (24
# HR' / 'CASUALTY)', owning the value beside its first line; a street named with no street word
# and its number, 'Quillota 214', over a bare town; 'CALL TIME (ALL CREW)' as sure as a crew
# call, the wrap label's own time before a big call time on its row; a day cue and a lower-case
# crew or call word cut from a memo's title): fresh44_ke_za 21 of 21 (3/3 auto-ok), fresh43_cl
# 21 of 21 (3/3), fresh44_in_sea 3/3 auto-ok, fresh36_crew_text_memo 20 of 20: 6067 and 844.
# reader62 (fresh44's ordini del giorno with the day's times down a left-hand column and its
# phone captures: 'ALBA / TRAMONTO' over its two times, 'CONVOCAZIONE ... SUL SET' one call
# label, 'BASE / PARCHEGGIO' the base's, a weak 'SET' in a column of labels right of a sidebar,
# a date in doubt settled by the weekday alone under it; a wrapped message line naming tomorrow
# opens no advance section, 'Call 7:30 at the depot:' leaves the place to the next lines, a
# yearless message stamp or a chat's day heading over a timed message agrees with the day after
# 'tomorrow', 'from <TITLE> production' names the show): fresh44_it_odg_sidebar 21 of 21, 3/3
# auto-ok; fresh44_phone_capture_narrow 12 of 12; no sheet outside them changed a field (three
# spreadsheets read a 'PARKING' cell as their base): 6074 and 843.
# With reader62 and reader63: 6080 and 846.
# reader64 (fresh45 after its blind measure, 109/124 and 6/18: on another unit's own sheet the
# main unit's call printed for reference is never the call; a sound report and a performers'
# time report named in their heading are other; a cover's title under 'presents', a unit
# sheet's title under 'AERIAL UNIT CALL SHEET', a drone unit's take-off / landing zone):
# fresh45 117 of 124, 11 of 18 auto-ok, no silent, no misclassified; no sheet outside fresh45
# changed: +8 and +5 over main (the lead adds fresh45's blind 109 and 6).
# With reader64 and reader65, fresh45 and fresh46 measured: 6080 + 117 + 126 = 6323 and
# 846 + 11 + 18 = 875.
# fresh47 measured (held out, 2026.12.41): 6323 + 115 = 6438 and 875 + 11 = 886.
# fresh48 measured blind (2026.12.41): 6438 + 107 = 6545 and 886 + 9 = 895.
# fresh49 measured blind (2026.12.41): 6545 + 114 = 6659 and 895 + 7 = 902.
# reader66 (fresh47 after its held-out measure, 115/126 and 11/18: a hospital's name opening
# with its label's word under a tall label row; a title's label in a key / value table; a
# generic call word with the place everyone reports to; a people table's first heading no
# rival call; a label's bracketed note across a wide space; a bracket naming the ride to the
# call holds no call; Maltese and Faroese streets and codes; a press release kind): fresh47
# 126 of 126, 16 of 18 auto-ok, no sure-wrong, no misclassified: +11 and +5.
# reader67 (fresh45's last misses: a row label's address from its row's cell under an ADDRESS
# column heading, a place label's words repeated as its value no label, a 'Main unit' line on
# another unit's sheet never its set, a later page's heading date the cover prints too sure):
# fresh45 123 of 124, 17 of 18 auto-ok: +6 and +6.
# sure1 (a date after an outdoor shoot's fallback-day name in the shoot date's own run, '(weather
# hold: Friday, October 30, 2026)', is that fallback's, no rival): fresh40_stills_muvc 7 of 7
# now auto-ok (0.60 -> 0.93): +0 and +1.
# reader69 (fresh49 after its blind measure, 114/126 and 7/18: 'DÉCOR / ADRESSE' heads the
# set's block; a four-digit postcode that reads as a clock time, off a schedule's five-minute
# step, completes the sure street line over it; the services and short numbers beside a
# hospital label leave its name to the line below): fresh49 120 of 126, 10 of 18 auto-ok, no
# silent; no sheet outside fresh49 changed: 6659 + 6 = 6665 and 902 + 3 = 905. Then a crew call
# named in a running order's row owns the row's own time, not the next row's text under it
# ('EXT. PALACE TERRACE - 1920s PARTY' read 19:20 and put the call in doubt): fresh49 12 of 18
# auto-ok (eg_baron, tz_pangani); no sheet outside fresh49 changed: 905 + 2 = 907 (+6 and +5).
# reader68 (fresh48 after its blind measure: South Slavic and Baltic street words written apart
# make a street, a numbered heading row's next heading is no hospital, a chaperone's record and a
# meeting's agenda are other): fresh48 111 of 125, 11 of 18 auto-ok, no silent, no sure-wrong,
# no misclassified: 6545 + 4 = 6549 and 895 + 2 = 897.
# (+4 and +2)
# fresh50 measured (held out, 2026.12.42): 6686 + 111 = 6797 and 921 + 6 = 927.
# reader70 ('SET 1 (AM)' / 'SET 2 (PM) - UNIT MOVE' set blocks, a route to a set is no label:
# fresh49_ae_mubazzarah and ae_qasralhosn gain their location and auto-ok; a shot list is other;
# no other sheet changed): 6797 + 2 = 6799 and 927 + 2 = 929.
# fresh51 and fresh52 measured blind (2026.12.43): 6799 + 98 + 123 = 7020 and 929 + 4 + 15 = 948.
# reader72 (Baltic postcodes, 'LT-68299 Marijampolė', 'Cēsis, LV-4101'; a message's 'Tomorrow
# <date>' that is its stamp's next day opens no advance section; a rural address with no street,
# house / parish / municipality over the postcode or a numbered road over its town and region,
# read whole and kept for review; one sentence calling the crew at one time to one whole address
# with no rival is as sure as a one-liner's; a one-word street of the code's own country,
# 'Saksunarvegur, FO-436 Saksun'): fresh48_phone_marijampole +2, lv_bunkurs +1, lv_mezotne +1,
# fresh49's three Namibian grids +1 each; fresh3_prose_austin, fresh9_wp_leeds and
# fresh47_fo_saksun now auto-ok: 6799 + 7 = 6806 and 929 + 3 = 932
# (with fresh51 and fresh52: 7020 + 7 = 7027 and 948 + 3 = 951).
# reader71 (fresh50 tuned after its held-out measure: a time-first running order in two columns
# gives the crew call the time before its label, never the next row's; 'staff call'; 'llamado
# general equipo'; a sunset named by its word alone after the sunrise's time; Colombian grid
# house numbers; a bilingual advance column's heading; 'producción' as a printed spreadsheet's
# row key; 'emitida em' dates an issue; a shot named after the sun is no sun time; a treatment
# and a testing schedule are other): fresh50 125 of 126, 16 of 18 auto-ok, no silent, no
# sure-wrong, no misclassified; no sheet outside fresh50 changed (whole corpus, 1125 documents):
# 6799 + 14 = 6813 and 929 + 10 = 939
# (with fresh51, fresh52 and reader72: 7027 + 14 = 7041 and 951 + 10 = 961).
# reader74 (a numbered set's hours after a dash head its block: 'LOC 1 - 7:00 AM - 11:30 AM';
# a call placed at a numbered set, 'CALL @ LOC 1', labels the time beside it; a stage, conference
# or school paper named in its heading is other): fresh52_ca_doc_unit_move gains its three
# locations and three auto-ok (doc_fisheries, doc_medalta, doc_gpmuseum); fresh51's three and
# fresh52's one near miss are other: 7020 + 3 = 7023 and 948 + 3 = 951
# (with reader72 and reader71: 7041 + 3 = 7044 and 961 + 3 = 964).
# reader73 (fresh51 after its blind measure: a sidebar crew label's large time under it, a form's
# value column under section headings, Lithuanian labels / sun pairs / LT- postcodes, towns with
# a marked capital, 'Dlouhá jízda 1254/1' streets, the sheet's kind and number no title): fresh51
# 118 of 126, 10 of 18 auto-ok, no silent, no sure-wrong: 7020 + 20 = 7040 and 948 + 6 = 954
# (with reader72, reader71 and reader74: 7044 + 20 = 7064 and 964 + 6 = 970).
# fresh53 measured (held out, untouched, on the session's final reader 2026.12.44, whose whole
# corpus reads 7184/7211 and 987/1033): 7064 + 120 = 7184 and 970 + 17 = 987.
# reader75 (titles across layouts: a chat group's word after the title ('- cast & crew', 'night
# unit', 'crew (EE unit)'), a heading's bracketed kind ('(short)'), a spot's medium in brackets,
# '& Co.' a company, 'TVC CALL SHEET' no title, a quoted cell under the paper's kind, a label word
# run into 'Production'; a call label's large time under it past words under that; a race's
# marshal briefing, an audience's warm-up, a school's letter to parents are other): fresh53 +6
# and burghley auto-ok, fresh51 +4, fresh48 +3, fresh45 +1, fresh53's three near misses other;
# no other sheet changed (whole corpus, 1188 documents): 7184 + 14 = 7198 and 987 + 1 = 988.
# reader76 (a change table's new-value column, BYŁO/JEST, WAS/NOW, ALT/NEU, is a revision: two
# that disagree hold the call in review; people tables' headings in Polish, Czech, Croatian,
# Latvian, Hungarian and beside a sidebar's time; a row's second-language label at its end; 'z
# 7.30 na 9.00'; a timeline's department call; 'SZPITAL (SOR)'; a big call beside or under its
# label; 'Park Pałacowy 11 / 17-230 Białowieża'; a place's name between street and postcode; a
# spot's medium in brackets): fresh51 +5 fields (118 -> 123) and +8 auto-ok (10 -> 18), fresh48
# +1 (mezotne's call) and +2 auto-ok (motovun, pejacevic), fresh47_pr_mirasol +1 auto-ok, no
# silent, no sure-wrong: 7184 + 6 = 7190 and 987 + 11 = 998.
# reader75 and reader76 together: both cut fresh51_pl_ad_rynekaug's spot medium (one field counted
# twice): 7184 + 14 + 6 - 1 = 7203 and 987 + 1 + 11 = 999.
# reader77 (a 'SUNRISE - SUNSET' cell over the day's span; a numbered grid's cell number opens
# the next cell; a phone-typed message's wrapped, slash-parted 'call 15:30 @ <place>'; a street
# corner under an ADDRESS label; an Argentine CPA sets day-first dates; Spanish people-table
# headings make a LLAMADO column no rival; a table's column headings are no place; a road under
# a place read by name only is its address, in doubt): fresh48's three Finnish grids +4 (sunset,
# linnoitus's location), phone_moletai +2, ae_dhayah +1, ar_presidio +1; now auto-ok:
# fi_linnoitus, phone_moletai, ar_maam, ar_presidio, pr_mirasol, pl_fix_papiernia; no sheet lost
# a field or an auto-ok, no silent, no sure-wrong: 7184 + 8 = 7192 and 987 + 6 = 993.
# reader77 with reader75 and reader76: pr_mirasol and pl_fix_papiernia's auto-ok counted twice
# (reader76 too): 7203 + 8 = 7211 and 999 + 6 - 2 = 1003.
# fresh54 measured (blind, on main's reader 2026.12.44): 7198 + 123 = 7321 and 988 + 17 = 1005.
# reader79 (a page rejoined by its glyphs' gaps that glued words is read by pdfminer too, which
# keeps the spaces the file wrote glyph by glyph; a year split by a glyph's gap after its month
# or day; a title-case label run together, 'NearestHospital'; a heading that names another event
# (a concert, a competition, a trade show's staffing, a trip, a drill, a ceremony) over a paper
# with no shooting day's word is other): fresh54_xl_fortworden +2 and auto-ok,
# fresh54_xl_copperqueen +1, fresh54's three near misses other (and fresh55's pilgrimage and
# integration trip, unmeasured); no other sheet changed (whole corpus, 1251 documents):
# 7321 + 3 = 7324 and 1005 + 1 = 1006.
# reader79 with reader76 and reader77: 7211 + 126 = 7337 and 1003 + 18 = 1021.
# fresh55 measured blind (2026.12.44): 7198 + 112 = 7310 and 988 + 11 = 999.
# reader78 (fresh55 after its blind measure: 'z godz. 7:00 na godz. 8:30' is a change to its new
# time, a revision's words with several times the reader cannot order keep the call in review;
# 'BYŁO (wersja 1)' change headings; a typed 'Adres:' line over a 'Plan:' line naming a part of
# the place; slashed sun pairs sharing a noun ('Východ / západ slnka') over or beside slashed
# times with their unit; 'Miesto natáčania', 'BOLNICA'; a quoted street name; a title label in a
# row of a table of times; a pilgrimage, a fire brigade's exercise order and a company's
# integration trip are other): fresh55 126 of 126, 18 of 18 auto-ok, no silent, no sure-wrong,
# no misclassified: 7310 + 14 = 7324 and 999 + 7 = 1006.
# reader78 with reader76, reader77 and reader79: 7337 + 126 = 7463 and 1021 + 18 = 1039.
# fresh56 measured (held out, untouched, on the session's final reader 2026.12.45, whose whole
# corpus reads 7581/7589 and 1051/1087): 7463 + 118 = 7581 and 1039 + 12 = 1051.
# fresh58 measured blind (on main's reader 2026.12.45): 7581 + 102 = 7683 and 1051 + 8 = 1059.
# reader83 (fresh58 after its blind measure: Estonian / Finnish / Icelandic / Hungarian call,
# hospital and base labels, a department's gathering apart from the whole crew's; a running
# order's row time with its hour word, '7.30 uur  Call crew'; Nordic / Baltic / Dutch day orders'
# own names are no title; one sun label over 'klo' / 'kl.' times; Hungarian '7 óra 30'; a
# production word after a person's credit is the next credit; 'verschickt' dates; a label
# pointing at a map owns no time of its note; Dutch "'s-" streets; a week's strip of dates beside
# a labelled date): fresh58 126 of 126, 16 of 18 auto-ok, no silent, no sure-wrong (its near
# misses untouched); fresh56_at_dachl +1, fresh56_de_rathaus +1 (its sure-wrong title gone); no
# other sheet changed (whole corpus less fresh59): 7683 + 24 + 2 = 7709 and 1059 + 8 = 1067.
# reader81 (fresh56 after its held-out measure: French 'Adresse de tournage'; Flemish
# 'Verzameling ploeg'; a meridiem's letter never opens a word, '08.00 på' is 08:00; a producer's
# credit in a staff line ('Regie: ... · Produktion: <person>') is no title, and a title label's
# value stops at the next credit; a time label with its own time is no name's second line; a
# 'Hospital #2' or a minor injuries unit after the nearest A&E): fresh56 126 of 126, 18 of 18
# auto-ok, no sure-wrong; no other sheet changed (whole corpus, 1251 documents):
# 7581 + 8 = 7589 and 1051 + 6 = 1057.
# reader82 (be sure when right: a set label naming the sheet's own unit, a premises' name
# before a village and post town on its line, a call joined to its one address by a dash or a
# line break, a wrap printed without am / pm no check of the call; whole corpus, no field lost):
# fresh45_second_granthome, fresh42_nh_whinlatter, fresh39_mv_bells, fresh44_phone_harwood and
# fresh36_text_operahouse auto-ok: 7581 + 0 = 7581 and 1051 + 5 = 1056.
# reader81 with reader82 (no sheet changed by both): 7589 + 0 = 7589 and 1057 + 5 = 1062.
# reader83 with reader81 and reader82 (at_dachl and rathaus counted once): 7589 + 126 = 7715
# and 1062 + 16 = 1078.
# fresh57 measured blind on 2026.12.45 (114/126, 13/18, 2 sure-wrong), then reader84 (a
# Romanian "joi" and a day-first document name settle a numeric date's order; a heading of a
# department's words beside a hospital label, 'SPITAL - UPU (urgențe)', is the label's and a
# name of such words alone is doubted; 'hôpital le plus près', 'urgência', 'morada', 'chamada
# da equipe'; address labels stacked by their own words' boxes): fresh57 126/126, 18/18, no
# sure-wrong; no other sheet of the 1251 changed (whole corpus, cmp.py / loss.py: 0 losses):
# reader84: 7581 + 126 = 7707 and 1051 + 18 = 1069.
# reader84 with reader81, reader82 and reader83: 7715 + 126 = 7841 and 1078 + 18 = 1096.
# fresh59 measured (held out, untouched, on the session's final reader 2026.12.46, whose whole
# corpus reads 7965/7967 and 1109/1141, the 1251 documents of the session's start 7589/7589 and
# 1062/1087): 7841 + 124 = 7965 and 1096 + 13 = 1109.
# reader85 (sure when right: Malay / Indonesian street words, 'standby talent' a cast's time,
# day-first German / Dutch / Czech / Hungarian / Nordic sheet names, a short weekday confirming
# a known order, Icelandic postcodes after a street, a place, its locality and its coded town on
# one line; whole corpus, cmp.py / loss.py: 0 losses, 0 silent, 0 sure-wrong): fresh59's two
# Malaysian locations right, fresh59_my_ipohstation, my_stadthuys, ph_crisologo, in_citypalace,
# fresh58_ch_kathedrale and is_hafnarborg auto-ok: 7965 + 2 = 7967 and 1109 + 6 = 1115.
# fresh61 measured blind on main's reader 2026.12.46 (90/126, 7/18), then reader88 (Macedonian,
# Albanian, Galician, Basque and Kazakh / Uzbek labels; an emergency service beside a hospital
# label; 'Hospital de ...' opening a box; a weekday after 'g.'; '+14 °C' no '+1'; 'bb' / 's/n'
# house numbers; Cyrillic street types and kind words; a corner of two streets over its town):
# 7965 + 126 = 8091 and 1109 + 18 = 1127.
# Together: 7967 + 126 = 8093 and 1115 + 18 = 1133.
# fresh60 measured blind (on main's reader 2026.12.46): 7965 + 119 = 8084 and 1109 + 11 = 1120.
# reader87 (fresh60 after its blind measure: a night dated by its call's day when the wrap's full
# date is the next day's and the header prints the day before by its weekday alone, 'FRIDAY
# NIGHT 12/4'; a weekday with the part of the day names a date; a header naming the date read
# as a night's second day doubts it; an OB truck's park date; an itinerary's row marked TODAY
# dates the day; a running order's column is no title label; a label column's place with a
# street and town; Eircode routing keys and the overseas territories' postcodes): fresh60 125 of
# 126, 17 of 18 auto-ok, no silent, no sure-wrong: 8084 + 6 = 8090 and 1120 + 6 = 1126.
# Together: 8093 + 119 + 6 = 8218 and 1133 + 11 + 6 = 1150.
# fresh62 measured (held out, untouched, on the session's final reader 2026.12.47, whose whole
# corpus reads 8333/8345 and 1158/1195): 8218 + 115 = 8333 and 1150 + 8 = 1158.
# reader89 (fresh62 after its held-out measure: Buddhist-era years marked beside the Gregorian
# one, a bilingual sheet name before the title, Hebrew weekdays and street types in Latin
# letters, a mirrored caption form, an ADDRESS row in a long label table, a call's lone hour with
# 'PROMPT', a middle dot before the year, a region after a town, a road in a known city; whole
# corpus, cmp.py / loss.py: 0 losses, 0 silent, 0 sure-wrong): fresh62 126/126, 18/18 auto-ok:
# 8333 + 11 = 8344 and 1158 + 10 = 1168.
# fresh64 measured blind (main's reader 2026.12.47): 8333 + 114 = 8447 and 1158 + 12 = 1170;
# reader91 (a department table's own calls yield to a call a label names for the crew, with a
# sidebar's lines between its rows, and its 'Produkcja' row names no title; a commercial's
# 'Produkt / spot' key; the one typographically quoted name of the header and the foot; a
# set's line less its trailing bracketed note and phone; a postcode's town wrapped with a note;
# a hospital's name wrapped after its facility word; whole corpus, cmp.py / loss.py: 0 losses,
# 0 silent, no new sure-wrong): fresh64 126/126 and 18/18: 8447 + 12 = 8459 and 1170 + 6 = 1176.
# Together: 8344 + 114 + 12 = 8470 and 1168 + 12 + 6 = 1186.
# fresh63 measured blind (on main's reader 2026.12.47): 8333 + 123 = 8456 and 1158 + 17 = 1175.
# reader90 (fresh63 after its blind measure: a shot named after the sun, 'Sunrise: ...', keeps
# the row's TIME column; a hospital named by its town after a dash before a street numbered
# first; the far side of a header line and a 'Client:' cell no title beside the job's number):
# fresh63 126 of 126, 18 of 18 auto-ok: 8456 + 3 = 8459 and 1175 + 1 = 1176.
# reader90 (sure when right: a rural set under its place's name, a locality and its
# municipality or a postcode, reads sure, rural_named.py; whole corpus, cmp.py / loss.py: 0
# losses, no new silent or sure-wrong): fresh48_lv_bunkurs, lv_mezotne, fresh49_na_ccf,
# na_kristall and na_opuwo auto-ok: 8459 + 0 = 8459 and 1176 + 5 = 1181 (whole corpus with
# fresh64 blind: 8573/8597 and 1193/1231).
# All together: 8470 + 123 + 3 = 8596 and 1186 + 17 + 1 + 5 = 1209.
# fresh65 measured (held out, untouched, on the session's final reader 2026.12.48): 8596 + 119 =
# 8715 and 1209 + 10 = 1219.
# reader92 (a page's rows in the order of their first words' middles: a 26 pt UNIT CALL beside a
# LOCATION box no longer lifts its street line above the venue's name; whole corpus, cmp.py /
# loss.py against main's 2026.12.48: 0 losses, 3 sheets changed, 0 silent, 0 sure-wrong):
# fresh65_uk_bamburgh, whitehaven, beaumaris read their streets: 8715 + 3 = 8718 and 1219 + 3 =
# 1222. With a sure street read as the name doubted, and a line of capitalised words between
# the name and the post town's postcode line read as the address's own (whole corpus on the
# branch's last reader: 8719/8723, 1223/1249, 0 losses, 4 sheets changed, 0 silent, 0
# sure-wrong): fresh65_scot_callanish reads its set: 8718 + 1 = 8719 and 1222 + 1 = 1223.
# reader93 (a sunset printed AM put right where astral's sunset makes the slip certain; a
# spreadsheet's ADDRESS row run on into a later cell of its row; a department line under a
# hospital's name left out; a one-liner dated by its own line opens with its call, its place
# wrapped before the postcode joined; a title's trailing weekday kept when a running footer
# prints the title whole): fresh65_scot_callanish's sunset, fresh65_ni_enniskillen's location,
# fresh65_uk_beaumaris's hospital, fresh60_ob_jacktrice's title: 8719 + 4 = 8723;
# fresh65_ni_enniskillen and fresh65_ie_roundstone auto-ok: 1223 + 2 = 1225.
# fresh66 measured blind (on main's reader): 8719 + 116 = 8835 and 1223 + 15 = 1238.
# reader94 (Gmail's 'to crew-list' recipients line under the stamped sender makes the print an
# e-mail, its body's yearless 'DATE: Wednesday 6/16' dated by the stamp; a date label's weekday
# the date read misses doubts it; a quoted work under its artist's heading over its kind; a
# commercial's quoted spot with its lengths; a range of times in a box no title; whole corpus,
# cmp.py / loss.py: 0 losses, 0 silent, 0 sure-wrong): fresh66 126/126, 18/18: 8835 + 10 = 8845
# and 1238 + 3 = 1241.
# Together (reader93 and reader94 merged): 8723 + 126 = 8849 and 1225 + 18 = 1243.
# fresh67 measured blind on main's 2026.12.49 (103/126, 7/18) and read by reader95 (raised
# minutes '7³⁰' as hour and minutes; a filled-in form's bracketed captions under its values no
# labels; a combed date's digits closed up; 'ADRES OBIEKTU' a set label and a transport table's
# 'KTO' rows the groups' own calls; a card's 'GDZIE' the set; a music video's song quoted under
# the artist the title; a Polish e-mail subject's own words no title, the body's 'do „...”'
# the film; whole corpus, cmp.py / loss.py against main's 2026.12.49: 0 losses, no new silent
# or sure-wrong): 8719 + 126 = 8845 and 1223 + 17 = 1240.
# With reader95 merged too: 8849 + 126 = 8975 and 1243 + 17 = 1260.
# fresh68 held out and measured on 2026.12.50: 8975 + 119 = 9094 and 1260 + 12 = 1272.
# reader96 (fresh68: British single-quoted song under the artist, shared CALL column beside
# PRE-CALL, stoppage notice, English hospital name under the Irish, webmail 'Re:' heading,
# postcode-first places; whole corpus, cmp.py / loss.py against main's c5fcde6: 0 losses):
# 9094 + 7 = 9101 and 1272 + 4 = 1276.
# fresh69 measured blind on main's reader (build69, 125/126, 17/18, 1 silent) and read by
# reader99 (a North American highway as a street; a number and a direction no street; whole
# corpus, cmp.py / loss.py against main's run: 0 losses, only fresh69's rows new): 9101 + 126 =
# 9227 and 1276 + 18 = 1294.
# reader97 (a road's number where the street is; an Irish town, county and Eircode line; a
# one-liner's set down to its Irish county; a yearless date's weekday-year printed as a season's
# year; whole corpus, cmp.py / loss.py against main's 439a84c: 0 losses): fresh65_ie_achill,
# fresh65_ie_liscannor, fresh68_ie_birr, fresh68_kids_southwell auto-ok: 1294 + 4 = 1298
# (with fresh69 above).
# reader98 (fresh70 now measured: 'Termin:' date label, calendar block, quoted title beside the
# house; whole corpus on 7b0e3a5, which also widened the run gap for mono: 9226/9227, 1294 auto-ok,
# its one loss fresh48_lv_bunkurs's hospital from the mono change, since removed; without it:
# 9226 - 1 (form_odrzykon's title) + 1 (bunkurs) = 9226, 1294 - 3 (the forms) = 1291.
# With fresh69 and reader97 above: 9227 + 125 = 9352 and 1298 + 15 = 1313; fresh71 held out
# (125/126, 12/18): 9477 and 1325. Measured together on main with EXTRACTOR_VERSION 2026.12.52
# (1566 documents, 9477/9479, auto-ok 1325/1357, 0 silent, 0 sure-wrong, 0 misclassified;
# loss.py against the session's first run: 0 losses).
# fresh72 measured blind on main (121/126, 14/18) and read by reader72 (a schedule's SHOOT row;
# a date range a window; a bracket opening with a spot length cut from the title; STUDIO over a
# place named Studios sure; whole corpus on reader72, 1587 documents, 9603/9605, auto-ok
# 1342/1375, 0 silent, 0 sure-wrong, 0 misclassified; cmp.py / loss.py against main's run: only
# fresh72's 21 rows new, 0 losses): 9477 + 126 = 9603 and 1325 + 17 = 1342.
# reader100 (a boxed call's caption; a four-digit call on a sheet that writes its times so; a
# 'Call' cell's time and place; 'Crew' in a running order's WHO cell; a monospaced font's space
# keeps a run; a title key beside the sheet's name; whole corpus on its branch, cmp.py / loss.py
# against main's run: changed 63, auto-ok gained 7 (+1 on the 0.85 edge, fresh60_ob_sports_crew),
# 0 losses, 0 silent): 9477 + 1 (form_odrzykon's title) = 9478 and 1325 + 8 = 1333.
# reader73 (fresh73 measured: blind 117/126, 12/18; read 126/126, 18/18: 'MIEJSCE NAGRANIA',
# a set's hours after a middle dot, 'DYSPOZYCJA' the paper's name with the kind and quoted title
# under it, a set's tile headed in two languages; whole corpus on reader73, 1587 documents,
# 9603/9605, auto-ok 1343/1375, 0 silent, 0 sure-wrong, 0 misclassified; cmp.py / loss.py
# against main's run: changed 24 (fresh73's 21 new rows, fresh39's student template 0.86 ->
# 0.89-0.90), auto-ok gained 0, losses 0): 9477 + 126 = 9603 and 1325 + 18 = 1343.
# Whole corpus on final main (2026.12.53, fresh74 measured held out): 1629 documents,
# 9846/9857, auto-ok 1378/1411, 0 silent, 0 sure-wrong, 0 misclassified, 0 exceptions; cmp.py /
# loss.py against the session's first run: changed 129, 0 losses. Without fresh74 (116/126, 9/18)
# that is 9730/9731 and 1369/1393: fresh72 reads 18/18 together with reader100 (Page's '0445').
# reader75 (fresh75 measured: blind 106/126, 6/18; read 126/126, 15/18: a numbered set's hours
# beside its label, 'Sunrise / set', Welsh labels and months, 'LLEOLIAD 1 / LOCATION 1' one
# label, AM / PM panels ordered by the part of the day, a CALLS box's unit call in doubt, a
# strip's heading said again in its cell, an Irish locality over its county line in doubt):
# whole corpus on reader75, 1650 documents, 9972/9983, auto-ok 1393/1429, 0 silent, 0
# sure-wrong, 0 misclassified, 0 exceptions, every family at its floor (no baseline run: the
# machine was too loaded; the rest reads exactly main's 9846 and 1378): 9846 + 126 = 9972 and
# 1378 + 15 = 1393.
# reader76 (fresh76 measured: blind 107/126, 8/18; read 126/126, 17/18): whole corpus on its
# branch, 1671 documents, 10074/10109, auto-ok 1401/1447, 0 silent, 0 sure-wrong, 0
# misclassified, 0 exceptions; fresh29's and fresh41's three episode-line titles (-4, a kind
# line led by 'Pilot' / 'Episode') put right after it (family benches 126/126): 9846 + 106
# (fresh75 held out) + 126 = 10078 and 1378 + 6 + 17 = 1401.
# Whole corpus on final main (2026.12.54, reader101 + reader75 + reader76 and the held-out fresh77):
# 1692 documents, 10219/10235, auto-ok 1436/1465 (98.0 %), 0 silent, 2 sure-wrong and 2
# misclassified (fresh77's, marked), 0 exceptions; loss.py against reader76's branch run: 0 losses.
# Whole corpus on final main (2026.12.55, reader77 + reader103 + reader104 + readcpu, fresh78-79
# open and the held-out fresh80): 1755 documents, 10603/10613, auto-ok 1491/1519 (98.2 %), 0
# silent, 0 sure-wrong, 1 misclassified (fresh80's plow-route call-out, marked), 0 exceptions;
# loss.py against reader103's branch run: no field or auto-ok lost (fresh77's two near misses
# now 'other', as meant).
TOTAL_FLOOR = 10603
AUTO_OK_FLOOR = 1491


def _marked(names: list[str], known: dict[str, str]) -> list[Any]:
    return [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=known[n])) if n in known else n
        for n in names
    ]


Reading = dict[str, Any] | BaseException | None


def _read(doc: Sheet) -> Reading:
    """The reading, None for a clear ExtractError, or the exception of a crash."""
    try:
        return extract_document(doc.data).to_json()
    except ExtractError:
        return None
    except Exception as exc:
        return exc


def _result(reading: Reading) -> dict[str, Any] | None:
    return reading if isinstance(reading, dict) else None


@pytest.fixture(scope="module")
def readings() -> dict[str, Reading]:
    return {name: _read(DOCS[name]) for name in TEXT}


@pytest.fixture(scope="module")
def outcomes(readings: dict[str, Reading]) -> dict[str, Outcome]:
    return {name: score(DOCS[name].expected, _result(readings[name])) for name in TEXT}


def test_corpus_shape() -> None:
    """At least 34 call sheets, every family has 3 or more documents, names are unique."""
    docs = list(DOCS.values())
    assert len(DOCS) == len(sheets())
    assert sum(d.is_call_sheet for d in docs) >= 34
    families: dict[str, int] = {}
    for d in docs:
        families[d.family] = families.get(d.family, 0) + 1
    assert min(families.values()) >= 3, families
    assert 4 <= len(SCANS) <= 6


def test_held_out_set_shape() -> None:
    """The held-out set (tests/corpus/holdout.py) keeps 6+ families and 15+ call sheets."""
    held = [d for d in DOCS.values() if d.family.startswith("holdout_")]
    assert len({d.family for d in held}) >= 6
    assert sum(d.is_call_sheet for d in held) >= 15


def test_fresh_held_out_set_shape() -> None:
    """The second held-out set (tests/corpus/fresh.py): 5+ families, 12+ call sheets, and 2+
    sheets whose core field is missing or contradicted, where review is the right outcome."""
    fresh = [d for d in DOCS.values() if d.family.startswith("fresh_")]
    assert len({d.family for d in fresh}) >= 5
    assert sum(d.is_call_sheet for d in fresh) >= 12
    assert sum(bool(d.expected.get("review")) for d in fresh) >= 2


def test_fresh2_held_out_set_shape() -> None:
    """The third held-out set (tests/corpus/fresh2.py): 6+ families of 3+ call sheets each,
    18+ in all (no accuracy floor until measured: see UNMEASURED)."""
    fresh2 = [d for d in DOCS.values() if d.family.startswith("fresh2_")]
    families: dict[str, int] = {}
    for d in fresh2:
        families[d.family] = families.get(d.family, 0) + d.is_call_sheet
    assert len(families) >= 6 and min(families.values()) >= 3, families
    assert sum(families.values()) >= 18


def test_fresh3_held_out_set_shape() -> None:
    """The fourth held-out set (tests/corpus/fresh3.py): 7 families of 3 call sheets each."""
    fresh3 = [d for d in DOCS.values() if d.family.startswith("fresh3_")]
    families: dict[str, int] = {}
    for d in fresh3:
        families[d.family] = families.get(d.family, 0) + d.is_call_sheet
    assert len(families) >= 7 and min(families.values()) >= 3, families


def test_fresh4_held_out_set_shape() -> None:
    """The fifth held-out set (tests/corpus/fresh4.py): 7 families of 3 call sheets each."""
    fresh4 = [d for d in DOCS.values() if d.family.startswith("fresh4_")]
    families: dict[str, int] = {}
    for d in fresh4:
        families[d.family] = families.get(d.family, 0) + d.is_call_sheet
    assert len(families) >= 7 and min(families.values()) >= 3, families


@pytest.mark.parametrize("prefix", [f"fresh{n}_" for n in range(5, 14)])
def test_later_held_out_sets_have_their_shape(prefix: str) -> None:
    """Held-out sets six to fourteen (tests/corpus/fresh5.py ... fresh13.py): 7 families of 3 call
    sheets each, and 3 near-miss documents that must read as 'other' (floors in FLOORS)."""
    docs = [d for d in DOCS.values() if d.family.startswith(prefix)]
    families: dict[str, int] = {}
    for d in docs:
        if d.is_call_sheet:
            families[d.family] = families.get(d.family, 0) + 1
    assert len(families) >= 7 and min(families.values()) >= 3, families
    assert sum(not d.is_call_sheet for d in docs) >= 3


@pytest.mark.parametrize(
    "prefix",
    [
        "fresh20_",
        "fresh21_",
        "fresh22_",
        "fresh23_",
        "fresh24_",
        "fresh25_",
        "fresh26_",
        "fresh27_",
        "fresh28_",
        "fresh29_",
        "fresh30_",
        "fresh31_",
        "fresh32_",
        "fresh33_",
        "fresh34_",
        "fresh35_",
        "fresh36_",
        "fresh37_",
        "fresh38_",
        "fresh39_",
        "fresh40_",
        "fresh41_",
        "fresh42_",
        "fresh43_",
        "fresh44_",
        "fresh45_",
        "fresh46_",
        "fresh47_",
        "fresh48_",
        "fresh49_",
        "fresh50_",
        "fresh51_",
        "fresh52_",
        "fresh53_",
        "fresh54_",
        "fresh55_",
        "fresh56_",
        "fresh57_",
        "fresh58_",
        "fresh59_",
        "fresh60_",
        "fresh61_",
        "fresh62_",
        "fresh63_",
        "fresh64_",
        "fresh65_",
        "fresh66_",
        "fresh67_",
        "fresh68_",
        "fresh69_",
        "fresh70_",
        "fresh71_",
        "fresh72_",
        "fresh73_",
        "fresh74_",
        "fresh75_",
        "fresh76_",
        "fresh77_",
        "fresh78_",
        "fresh79_",
        "fresh80_",
    ],
)
def test_six_family_held_out_sets_have_their_shape(prefix: str) -> None:
    """Held-out sets of six families (tests/corpus/fresh20.py ... fresh27.py): 6
    families of 3 call sheets each and 3 near-miss documents that must read as 'other'."""
    docs = [d for d in DOCS.values() if d.family.startswith(prefix)]
    families: dict[str, int] = {}
    for d in docs:
        if d.is_call_sheet:
            families[d.family] = families.get(d.family, 0) + 1
    assert len(families) == 6 and set(families.values()) == {3}, families
    assert sum(not d.is_call_sheet for d in docs) == 3


@CORPUS
@pytest.mark.parametrize("name", [n for n in DAYS if DOCS[n].family != "spreadsheet_letters"])
def test_expected_values_are_printed_on_the_sheet(name: str) -> None:
    """The generator printed what the expectation says (guards the corpus, not the reader).
    Spaces are not compared: a text layer may split a tightly kerned word ("HANGGANG DU LO")."""
    doc = DOCS[name]
    lines = " ".join(ln.text for p in read_pdf(doc.data, Limits()).pages for ln in p.lines)
    text = norm(lines).replace(" ", "")
    assert norm(doc.expected["production"]).replace(" ", "") in text
    if doc.is_call_sheet:
        assert norm(doc.expected["location"]).replace(" ", "") in text
        if doc.expected["hospital"]:
            assert norm(doc.expected["hospital"]).replace(" ", "") in text


@CORPUS
@pytest.mark.parametrize("name", TEXT)
def test_no_crash(name: str, readings: dict[str, Reading]) -> None:
    """Every PDF gives a result or a clear ExtractError, never another exception."""
    assert not isinstance(readings[name], BaseException), repr(readings[name])


@CORPUS
@pytest.mark.parametrize("name", _marked(MEASURED_DAYS, SILENT_TODAY))
def test_no_silent_errors(name: str, outcomes: dict[str, Outcome]) -> None:
    silent = [f"{c.field}: want {c.want!r}, got {c.got!r}" for c in outcomes[name].silent]
    assert not silent, silent


@CORPUS
@pytest.mark.parametrize("name", _marked(MEASURED_DAYS, SURE_WRONG_TODAY))
def test_no_other_field_wrong_and_rated_sure(name: str, outcomes: dict[str, Outcome]) -> None:
    """A title, sun time or hospital the reader rates sure (>= SAFE) in a day it would confirm is
    right: a field it is unsure of may be missing or guessed (rated lower), never wrong and sure."""
    wrong = [f"{c.field}: want {c.want!r}, got {c.got!r}" for c in outcomes[name].sure_wrong]
    assert not wrong, wrong


@CORPUS
@pytest.mark.parametrize("name", _marked(MEASURED_DAYS, WRONG_TYPE_TODAY))
def test_document_type(name: str, readings: dict[str, Reading]) -> None:
    result = _result(readings[name])
    assert result is not None, "refused with an ExtractError"
    assert result["document_type"] == DOCS[name].expected["document_type"]


@CORPUS
@pytest.mark.parametrize("name", _marked(MEASURED_OTHERS, NOT_OTHER_TODAY))
def test_non_call_sheets_are_other(name: str, readings: dict[str, Reading]) -> None:
    result = _result(readings[name])
    assert result is not None, "refused with an ExtractError"
    assert result["document_type"] == "other"
    assert result["days"] == []


@CORPUS
@pytest.mark.parametrize("family", sorted(FLOORS))
def test_field_accuracy_floor_per_family(family: str, outcomes: dict[str, Outcome]) -> None:
    right = sum(o.right for n, o in outcomes.items() if DOCS[n].family == family)
    assert right >= FLOORS[family]


@CORPUS
def test_field_accuracy_and_auto_confirm_floors(outcomes: dict[str, Outcome]) -> None:
    assert sum(o.right for o in outcomes.values()) >= TOTAL_FLOOR
    assert sum(o.auto_ok for o in outcomes.values()) >= AUTO_OK_FLOOR


@pytest.mark.parametrize("name", SCANS)
def test_scan_reads_without_crash_or_silent_error(name: str) -> None:
    doc = DOCS[name]
    reading = _read(doc)
    assert not isinstance(reading, BaseException), repr(reading)
    result = _result(reading)
    outcome = score(doc.expected, result)
    assert not outcome.silent, [(c.field, c.want, c.got) for c in outcome.silent]
    if result is not None:
        assert result["document_type"] == doc.expected["document_type"]
