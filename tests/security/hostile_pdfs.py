"""Small hostile PDFs, built by the tests that use them (issue 16)."""

from __future__ import annotations

import binascii
import zlib

from tests.fixtures.callsheets import render

MB = 1024 * 1024


def uk_sheet(location: str, *, unicode_font: bool = False) -> bytes:
    """A UK-layout sheet whose set location is ``location``."""
    return render(
        [
            (30, 40, "THE LONG ACRE", 18),
            (30, 58, "Call Sheet No. 5", 10),
            (400, 58, "Day 5 of 30", 10),
            (30, 80, "Date: Tuesday 17th March 2026", 10),
            (30, 142, "UNIT CALL: 08:00", 12),
            (30, 180, f"Set Location: {location}", 10),
            (30, 194, "Unit Base: West Car Park, Great North Rd, Hatfield AL9 5HX", 10),
        ],
        unicode_font=unicode_font,
    )


def inflating_to(size: int, *, hex_first: bool = False) -> bytes:
    """A one-page PDF whose content stream inflates to ``size`` bytes (mostly spaces).

    With ``hex_first`` the Flate data is also hex-encoded (/ASCIIHexDecode first): zlib data
    no longer follows ``stream``, so only the reader's memory cap can stop it.
    """
    deflate = zlib.compressobj(9)
    parts = [deflate.compress(b"BT /F1 12 Tf 72 700 Td (UNIT CALL 08:00) Tj ET\n")]
    spaces = b" " * MB
    parts += [deflate.compress(spaces) for _ in range(size // MB)]
    parts.append(deflate.flush())
    stream = b"".join(parts)
    filters = b"/FlateDecode"
    if hex_first:
        stream = binascii.hexlify(stream) + b">"
        filters = b"[/ASCIIHexDecode /FlateDecode]"
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length %d /Filter %s >>\nstream\n" % (len(stream), filters)
            + stream
            + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def _pdf(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
