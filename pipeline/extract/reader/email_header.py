"""An e-mail printed to PDF, or a memo: its header block (From, Sent or Date, To, Subject or
Re) atop page 1.

Production offices often send the day's facts in an e-mail's body, and a crew member prints
it, or types the brief as a memo (To / From / Date / Re). Then the header's date is when it was
sent, not the shooting date; the subject names the
production between the sheet's own words ("Call info for tomorrow - Day 3 - DRY CREEK"); and
"tomorrow" in the body is the day the e-mail is about, not another day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.mail_stamps import clock_after
from pipeline.extract.reader.model import PageText
from pipeline.extract.reader.values import find_dates, find_time

# Header field names of the mail programs' printouts, by the field they name
_FIELDS = {
    "from": "from",
    "von": "from",
    "de": "from",
    "od": "from",
    "från": "from",
    "fra": "from",
    "van": "from",
    "da": "from",
    "sent": "sent",
    "date": "sent",
    "gesendet": "sent",
    "datum": "sent",
    "envoyé": "sent",
    "wysłano": "sent",
    "data": "sent",
    "enviado": "sent",
    "fecha": "sent",
    "skickat": "sent",
    "sendt": "sent",
    "inviato": "sent",
    "verzonden": "sent",
    "to": "to",
    "an": "to",
    "à": "to",
    "do": "to",
    "para": "to",
    "till": "to",
    "til": "to",
    "a": "to",
    "aan": "to",
    "cc": "cc",
    "subject": "subject",
    "betreff": "subject",
    "objet": "subject",
    "temat": "subject",
    "asunto": "subject",
    "ämne": "subject",
    "emne": "subject",
    "oggetto": "subject",
    "onderwerp": "subject",
    "předmět": "subject",
    # a memo's subject line (To / From / Date / Re, the business-memo convention)
    "re": "subject",
    "regarding": "subject",
    "subj": "subject",
    "dotyczy": "subject",
    "concerne": "subject",
}
_HEADER = lazy(r"^\s*([^\W\d_]{1,10})\s?:\s*(.*)$")
HEADER_LINES = 12  # the header block is among the first lines of page 1
# Subject parts that are the sheet's own words, not the production's name
_NOT_TITLE = lazy(
    r"\b(?:call\s*sheet|call\s+(?:info|information|details|time|times)|schedule|tomorrow|tmrw|tmr"
    r"|(?:shoot(?:ing)?\s+)?day\s+\d+|update|revised|reminder"
    # ... and the Polish plan's own words: "Harmonogram zdjęć", "Plan zdjęciowy", "Plan dnia"
    r"|harmonogram(?:\s+zdjęć)?|plan\s+(?:zdjęciowy|zdjęć|dnia|na))\b",
    re.I,
)
# a web mail client's printout puts the thread's message count after the subject ("Harmonogram
# zdjęć - wt. 9.11.2027 1 wiadomość", Gmail's "1 message", "3 wiadomości")
_MESSAGE_COUNT = lazy(r"\s+\d{1,3}\s+(?:wiadomoś(?:ć|ci)|messages?)$", re.I)
# a part that quotes a name: the name ('„Pogranicze. Skrzypce”')
_QUOTED_PART = lazy(
    r"^[\"\u201e\u201c\u00ab](?P<t>[^\"\u201d\u201c\u00bb]{2,80})[\"\u201d\u201c\u00bb]$"
)
_REPLY = lazy(r"^(?:(?:re|fwd?|aw|wg|tr|sv|vs)\s*:\s*)+", re.I)


@dataclass(frozen=True)
class EmailHeader:
    lines: frozenset[int]  # indexes of the header's lines on page 1
    sent_lines: frozenset[int]  # the 'Sent:' / 'Date:' line(s)
    sent: dt.date | None
    subject: str | None


def email_header(pages: Sequence[PageText]) -> EmailHeader | None:
    """The header block of an e-mail printed to PDF, or None: at least three header fields,
    one of them the subject and one the sender or the recipients."""
    if not pages:
        return None
    found: dict[str, list[tuple[int, str]]] = {}
    for i, line in enumerate(pages[0].lines[:HEADER_LINES]):
        m = _HEADER.match(line.text)
        field = _FIELDS.get(m[1].lower()) if m else None
        if m is not None and field is not None:
            found.setdefault(field, []).append((i, m[2]))
    texts = [ln.text for ln in pages[0].lines[:HEADER_LINES]]
    found = _without_body_fields(found, texts)
    found = _without_reply_heading(found, texts)
    if "subject" not in found and {"from", "to", "sent"} <= found.keys():
        found = _webmail_block(pages[0], found)  # a webmail print: the subject is its heading
    if "subject" not in found and {"from", "to", "sent"} <= found.keys():
        found = _subject_after_block(pages[0], found)  # Outlook desktop: no 'Subject:' label
    if "to" not in found:
        found = _recipients_line(pages[0], found)  # Gmail's 'to crew-list, producers'
    if "subject" not in found and "from" not in found and "to" in found:
        found = _unlabelled_sender(pages[0], found)  # Gmail / Outlook on the web, no labels
    if len(found) < 3 or "subject" not in found or not ({"from", "to"} & found.keys()):
        return None
    sent_lines = found.get("sent", [])
    dates = [d for _, text in sent_lines for d in find_dates(text)]
    sent = dt.date.fromisoformat(dates[0].value) if dates else None
    return EmailHeader(
        frozenset(i for hits in found.values() for i, _ in hits),
        frozenset(i for i, _ in sent_lines),
        sent,
        found["subject"][0][1].strip() or None,
    )


def _without_reply_heading(
    found: dict[str, list[tuple[int, str]]], texts: list[str]
) -> dict[str, list[tuple[int, str]]]:
    """'Re: The Ness - Wednesday shoot schedule' over '1 message': a webmail print's subject
    heading that begins with a reply's prefix is the thread's heading (over its message count),
    not a memo's 'Re:' field; left out of the fields, the webmail readings take it as the
    subject."""
    subject = [
        (i, t)
        for i, t in found.get("subject", [])
        if not (_REPLY.match(texts[i]) and i + 1 < len(texts) and _THREAD.match(texts[i + 1]))
    ]
    if len(subject) == len(found.get("subject", [])):
        return found
    out = {f: hits for f, hits in found.items() if f != "subject"}
    return out | ({"subject": subject} if subject else {})


def _without_body_fields(
    found: dict[str, list[tuple[int, str]]], texts: list[str]
) -> dict[str, list[tuple[int, str]]]:
    """A date field printed alone in the body under the header block ('Hi all, ... / Date:
    Friday 6 March 2026 / Call: 7:30') is the body's own line, not when the mail was sent: no
    other header field stands next to it, it carries no minute of sending, and the header gave
    its own date or the body had begun (a line that is no header field, 'Hi all,') before it.
    A second block (a forwarded message's From / Sent / To) keeps its lines."""
    lines = sorted(i for hits in found.values() for i, _ in hits)
    if not lines or "sent" not in found:
        return found
    block_end = lines[0]
    for i in lines[1:]:
        if i - block_end > 1:
            break
        block_end = i
    near = set(lines)
    dated = any(i <= block_end for i, _ in found["sent"])

    def body(i: int, text: str) -> bool:
        if i <= block_end or i - 1 in near or i + 1 in near or find_time(text) is not None:
            return False
        begun = any(_HEADER.match(texts[j]) is None for j in range(block_end + 1, i))
        return dated or begun

    sent = [(i, t) for i, t in found["sent"] if not body(i, t)]
    out = {f: hits for f, hits in found.items() if f != "sent"}
    return out | ({"sent": sent} if sent else {})


# a webmail print's thread count under its subject heading: '1 message', '3 messages'
_THREAD = lazy(
    r"^\s*\d{1,3}\s+(?:messages?|nachrichten|nachricht|messaggi|messaggio"
    r"|mensagens|mensagem|mensajes|mensaje|wiadomości|wiadomość|berichten|bericht)\s*$",
    re.I,
)


def _webmail_block(
    page: PageText, found: dict[str, list[tuple[int, str]]]
) -> dict[str, list[tuple[int, str]]]:
    """A webmail's printout (Gmail's): no 'Subject:' field; the subject is printed as a heading
    over the thread's count ('1 message'), then From / To / Date. Only the one block of fields
    after that count is the header: a 'Date:' lower down is the sheet's own in the body."""
    lines = [ln.text for ln in page.lines[:HEADER_LINES]]
    count = next((i for i, t in enumerate(lines) if _THREAD.match(t)), None)
    if count is None or count == 0:
        return found
    block: dict[str, list[tuple[int, str]]] = {"subject": [(count - 1, lines[count - 1])]}
    for i in range(count + 1, len(lines)):
        m = _HEADER.match(lines[i])
        field = _FIELDS.get(m[1].lower()) if m else None
        if m is None or field is None or field in block:
            break
        block[field] = [(i, m[2])]
    return block


# the fields Outlook prints after the subject, and a body's opening words: no subject
_AFTER_FIELDS = lazy(r"^\s*(?:bcc|attachments?|importance|anlagen|pi[eè]ces?\s+jointes)\s*:", re.I)
_GREETING = lazy(
    r"^\s*(?:hi|hello|hey|dear|morning|good\s+\w+|hallo|bonjour|salut|cześć|dzień\s+dobry|hola"
    r"|ciao|hej|hoi)\b",
    re.I,
)
SUBJECT_WORDS = 16  # a subject is a short line


def _subject_after_block(
    page: PageText, found: dict[str, list[tuple[int, str]]]
) -> dict[str, list[tuple[int, str]]]:
    """Outlook desktop's printout with the subject's label left off: From / Sent / To (and
    Cc) on consecutive lines, then the subject alone on the line under the block, before the
    body ('THE COLNE VALLEY - tomorrow's call' over 'Hi all,'). The line is no field, no
    greeting, no address or date stamp and no sentence (it ends in no comma, colon or full
    stop), and a body follows it."""
    lines = [ln.text for ln in page.lines[:HEADER_LINES]]
    first = min(i for hits in found.values() for i, _ in hits)
    end = first
    while end + 1 < len(lines):
        m = _HEADER.match(lines[end + 1])
        if m is None or _FIELDS.get(m[1].lower()) not in {"from", "sent", "to", "cc"}:
            break
        end += 1
    fields = {f for f, hits in found.items() for i, _ in hits if first <= i <= end}
    at = end + 1
    if not {"from", "sent", "to"} <= fields or at + 1 >= len(lines):
        return found
    text = lines[at].strip()
    words = text.split()
    if not words or len(words) > SUBJECT_WORDS or _HEADER.match(text) or _AFTER_FIELDS.match(text):
        return found
    if _GREETING.match(text) or _ADDRESS.search(text) or _stamped(text):
        return found
    if text[-1] in ",:;." and not text.endswith("..."):
        return found
    if not any(c.isalpha() for c in text):
        return found
    block = {f: [(i, t) for i, t in hits if first <= i <= end] for f, hits in found.items()}
    return {f: hits for f, hits in block.items() if hits} | {"subject": [(at, text)]}


# a sender's address ('Marisol Vega <marisol@example.com>', 'dana@example.com')
_ADDRESS = lazy(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
NEAR_TO = 3  # the stamp is within this many lines over the 'To:' line
# a browser's print stamp opening the page: '10/8/26, 8:03 PM Gmail - ...', '10/21/2026 Mail - ...'
PRINT_LINES = 2


def _stamped(text: str) -> dt.date | None:
    """The date of a line that ends in a date and the minute it was sent."""
    for parsed in find_dates(text):
        # the minute it went out ends the line: ', 7:42 PM', ' at 19:42', ' 6:02 PM'
        if clock_after(text, parsed.end, ends_line=True):
            try:
                return dt.date.fromisoformat(str(parsed.value))
            except ValueError:
                return None
    return None


# Gmail's recipients under the sender's line, with no label's colon: 'to me', 'to crew-list,
# producers', 'to Dana, me, 2 more': the word "to" in small letters, then a short list of names
_RECIPIENTS = lazy(r"^to\s+(?P<who>[^\s:][^:]*)$")
RECIPIENT_WORDS = 8  # a recipients' line is short; a sentence starting 'to' runs on


def _recipients_line(
    page: PageText, found: dict[str, list[tuple[int, str]]]
) -> dict[str, list[tuple[int, str]]]:
    """A webmail's recipients printed as Gmail shows them ('to crew-list, producers', no
    colon) right under the sender's line, whose address and sending stamp ('Kayla Brandt
    <kayla@example.com> Tue, Jun 15, 2027, 6:42 PM') end it: the header's 'To:' field."""
    lines = [ln.text.strip() for ln in page.lines[:HEADER_LINES]]
    for i in range(1, len(lines)):
        m = _RECIPIENTS.match(lines[i])
        if m is None or len(lines[i].split()) > RECIPIENT_WORDS or lines[i][-1] in ".!?;":
            continue
        if _ADDRESS.search(lines[i - 1]) and _stamped(lines[i - 1]) is not None:
            return found | {"to": [(i, m["who"])]}
    return found


def _unlabelled_sender(
    page: PageText, found: dict[str, list[tuple[int, str]]]
) -> dict[str, list[tuple[int, str]]]:
    """A webmail's printout with no 'From:' / 'Sent:' / 'Subject:' labels, only 'To:': the
    sender's name and address, then (on the same line, Gmail's 'Name <address> Thu, Oct 8,
    2026 at 7:42 PM'; or on a line of its own under the sender, Outlook on the web's 'Wed
    10/21/2026 6:02 PM') the date and minute it was sent, right over 'To:'. The subject is the
    heading over the sender (over Gmail's '1 message'); a browser's print stamp atop the page
    with the same date is when it was printed."""
    lines = [ln.text for ln in page.lines[:HEADER_LINES]]
    to = found["to"][0][0]
    for s in range(to - 1, max(to - 1 - NEAR_TO, -1), -1):
        sent = _stamped(lines[s])
        if sent is None:
            continue
        above = range(s, max(s - NEAR_TO, -1), -1)
        sender = next((f for f in above if _ADDRESS.search(lines[f])), None)
        if sender is None or any(_HEADER.match(lines[i]) for i in range(sender, to)):
            return found
        heading = sender - 1
        if heading >= 1 and _THREAD.match(lines[heading]):
            heading -= 1
        if heading < 0 or _ADDRESS.search(lines[heading]) or _stamped(lines[heading]):
            return found
        if heading < PRINT_LINES and find_dates(lines[heading]):
            return found
        stamps = [(s, lines[s])]
        stamps += [
            (i, lines[i])
            for i in range(min(PRINT_LINES, heading))
            if any(
                str(d.value) == sent.isoformat()
                for us in (True, False)
                for d in find_dates(lines[i], us_order=us)
            )
        ]
        return {
            "from": [(sender, lines[sender])],
            "sent": stamps,
            "to": found["to"],
            "subject": [(heading, lines[heading])],
        }
    return found


def subject_title(subject: str | None) -> str | None:
    """The production named in a subject: the part that is no date, time, day count or the
    sheet's own words; a part printed in capitals first ("Call info - Day 3 - DRY CREEK")."""
    if not subject:
        return None
    subject = _MESSAGE_COUNT.sub("", _REPLY.sub("", subject))
    parts = [p.strip(" .") for p in re.split(r"\s+[-\u2013\u2014|/]\s+|\s*[|:]\s*", subject)]
    quoted = [m["t"].strip() for p in parts if (m := _QUOTED_PART.match(p))]
    if len(quoted) == 1 and _NOT_TITLE.search(subject):
        return quoted[0]  # 'Harmonogram zdjęć - wt. 9.11.2027 - „Pogranicze. Skrzypce”'

    parts = [_before_own_words(p) for p in parts]
    parts = [
        p
        for p in parts
        if sum(c.isalpha() for c in p) >= 2
        and not find_dates(p)
        and find_time(p) is None
        and not _NOT_TITLE.search(p)
    ]
    capital = [p for p in parts if p.upper() == p]
    return (capital or parts or [None])[0]


# a title in capitals opening a part, before words in lower case ("GRANITE COAST commercial")
_CAPITALS = lazy(r"^((?:[^\W\d_a-z][^\s\Wa-z]*[.'&]?\s+)*[^\W\d_a-z][^\s\Wa-z]*)\s+(?=[a-z])")


def _before_own_words(part: str) -> str:
    """'RUBBER CITY NOCTURNE Call Sheet Day 2 (Thu 6/11)': the sheet's own words run on after
    the title with no dash between; the title is what comes before them. 'GRANITE COAST
    commercial': a title in capitals, then what kind of production it is."""
    m = _NOT_TITLE.search(part)
    if m is not None and sum(c.isalpha() for c in part[: m.start()]) >= 2:
        part = part[: m.start()].strip(" .,-(")
    caps = _CAPITALS.match(part)
    if caps is not None and sum(c.isalpha() for c in caps[1]) >= 4:
        part = caps[1]
    return part
