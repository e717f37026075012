"""PDFs that are not about a shooting day and must be read as 'other', whatever they are called."""

from __future__ import annotations

import datetime as dt
import random

from tests.corpus.draw import Canvas
from tests.corpus.sheet import Sheet

D = dt.date
OTHER = {"document_type": "other"}


def _planner() -> bytes:
    """A household planner its owner titled 'callsheet': meals and chores with dates, times."""
    c = Canvas("A4", "helvetica")
    c.text(36, 46, "FAMILY CALLSHEET", 18, bold=True)
    c.text(36, 64, "Week of Monday 10 November 2025", 11)
    days = [
        "Mon 10 Nov",
        "Tue 11 Nov",
        "Wed 12 Nov",
        "Thu 13 Nov",
        "Fri 14 Nov",
        "Sat 15 Nov",
        "Sun 16 Nov",
    ]
    meals = [
        "Spaghetti bolognese",
        "Fish tacos",
        "Chicken curry",
        "Leftovers",
        "Pizza night",
        "Roast vegetables",
        "Sunday roast",
    ]
    chores = [
        "Bins out 8:00 PM",
        "Swimming 5:30 PM",
        "Piano lesson 4:15 PM",
        "Laundry",
        "School trip - call 7:45 AM",
        "Football 10:00 AM",
        "Grandma lunch 1:00 PM",
    ]
    c.text(36, 92, "DAY", 9, bold=True)
    c.text(130, 92, "DINNER", 9, bold=True)
    c.text(300, 92, "CHORES / PICK-UPS", 9, bold=True)
    c.grid(32, 80, [94, 170, 260], [18] + [20] * 7)
    for k, (d, m, ch) in enumerate(zip(days, meals, chores, strict=True)):
        y = 112 + 20 * k
        c.text(36, y, d, 9)
        c.text(130, y, m, 9)
        c.text(300, y, ch, 9)
    c.text(36, 280, "School run: leave 8:05 AM, pick-up 3:15 PM (Mum Mon/Wed/Fri, Dad Tue/Thu)", 9)
    c.text(36, 296, "Grandma's: 22 Oak Lane, Leeds LS6 3AB  -  tel. 0113 496 0000", 9)
    c.text(36, 312, "Shopping list: milk, eggs, bread, nappies, dishwasher tablets", 9)
    return c.output()


def _budget(pages: int = 102) -> bytes:
    """A production budget of `pages` pages: account lines, totals, shoot days in the topsheet."""
    rng = random.Random(102)
    c = Canvas("letter", "courier")
    accounts = [
        "Location fees",
        "Crew wages",
        "Camera rental",
        "Grip & electric",
        "Catering",
        "Transport",
        "Insurance",
        "Wardrobe",
        "Hair & make-up",
        "Post-production",
        "Music licensing",
        "Contingency",
    ]
    for page in range(1, pages + 1):
        if page > 1:
            c.new_page()
        c.text(
            36, 36, f"THE LONG ACRE - PRODUCTION BUDGET v3 - 12/11/2025 - Page {page} of {pages}", 8
        )
        if page == 1:
            c.text(36, 64, "BUDGET TOPSHEET", 14, bold=True)
            c.text(36, 84, "Shoot days: 30   Prep: 6 weeks   Locations: 14", 9)
        for k in range(40):
            acct = 1000 + page * 100 + k
            name = accounts[(page + k) % len(accounts)]
            qty, rate = rng.randint(1, 30), rng.randint(50, 2500)
            c.text(
                36,
                104 + 16 * k,
                f"{acct}  {name:<18} {qty:>3} x {rate:>6,} = {qty * rate:>10,}.00",
                8,
            )
    return c.output()


def _screenplay() -> bytes:
    """A screenplay excerpt: scene headings, action, character cues and dialogue."""
    c = Canvas("letter", "courier")
    c.text(216, 200, "NORTHERN LIGHTS", 14, bold=True)
    c.text(230, 230, "Written by", 12)
    c.text(220, 250, "Ava Martin", 12)
    c.text(72, 700, "Draft 14/11/2025", 10)
    script = [
        ("h", "INT. HARBOUR OFFICE - NIGHT"),
        ("a", "Rain against the glass. MARA (40s) sorts"),
        ("a", "through a box of ferry tickets."),
        ("c", "MARA"),
        ("d", "The last boat left at 11:40."),
        ("d", "Nobody came back on it."),
        ("c", "JOE (O.S.)"),
        ("d", "Then we wait until morning."),
        ("h", "EXT. HARBOUR WALL - DAWN"),
        ("a", "Joe walks the wall, 6:15 AM by his watch."),
        ("c", "JOE"),
        ("d", "Call the coastguard. Now."),
        ("h", "INT. POLICE STATION - DAY"),
        ("a", "A whiteboard: TUESDAY 18 MARCH. A map of the estuary."),
    ]
    for page in range(3):
        c.new_page()
        y = 72.0
        for kind, text in script:
            x = {"h": 108, "a": 108, "c": 252, "d": 180}[kind]
            c.text(x, y, text, 12)
            y += 24 if kind == "h" else 14
        c.text(520, 40, f"{page + 1}.", 12)
    return c.output()


def _delivery_plan() -> bytes:
    """A post-production delivery plan: milestones, sessions with times, a facility address."""
    c = Canvas("A4", "sans")
    c.text(36, 46, "GLASS HARBOUR - POST-PRODUCTION DELIVERY PLAN", 14, bold=True)
    c.text(36, 64, "Issued 3 November 2025 - Post Supervisor: Kim Dahl, +44 7700 900123", 9)
    rows = [
        ("Picture lock", "Fri 14 Nov 2025", "Edit suite 2"),
        ("Online conform", "Mon 17 Nov 2025, 09:00", "Company 3, 1 Soho Sq, London W1D 3BQ"),
        ("Colour grade", "18-21 Nov 2025, 10:00-19:00", "Grade 1"),
        ("Sound mix", "24-28 Nov 2025", "Dubbing stage, Pinewood Rd, Iver SL0 0NH"),
        ("QC", "Mon 1 Dec 2025", "Deluxe QC"),
        ("Delivery to broadcaster", "Fri 5 Dec 2025, by 17:00", "IMF + ProRes 4444"),
    ]
    c.grid(32, 84, [150, 170, 210], [18] * (len(rows) + 1))
    for k, head in enumerate(["MILESTONE", "DATE / TIME", "WHERE / WHAT"]):
        c.text(36 + [0, 150, 320][k], 96, head, 8, bold=True)
    for r, row in enumerate(rows):
        for k, text in enumerate(row):
            c.text(36 + [0, 150, 320][k], 114 + 18 * r, text, 7.5)
    c.text(36, 250, "Deliverables: 1 x UHD HDR master, 1 x HD SDR, stems (M&E), subtitles.", 9)
    return c.output()


def sheets() -> list[Sheet]:
    return [
        Sheet(
            "household_planner",
            "not_call_sheet",
            "household planner titled 'callsheet'",
            _planner,
            OTHER,
        ),
        Sheet("budget_102_pages", "not_call_sheet", "production budget, 102 pages", _budget, OTHER),
        Sheet(
            "screenplay_excerpt",
            "not_call_sheet",
            "screenplay excerpt (INT./EXT.)",
            _screenplay,
            OTHER,
        ),
        Sheet(
            "post_delivery_plan",
            "not_call_sheet",
            "post-production delivery plan",
            _delivery_plan,
            OTHER,
        ),
    ]
