"""Refuse a decompression bomb before PDFium inflates it.

A 1 MB PDF whose content stream inflates to 1 GB took in-process PDFium to 2.2 GB (issue 16).
Each Flate stream is inflated here first, piece by piece and thrown away, counting what it
would become: memory stays at one piece, and the count stops at the cap. The stream's own
dictionary is not parsed (its /Length may lie): a stream is whatever follows the ``stream``
keyword and starts like zlib data; zlib knows where its data ends. A stream behind another
filter first (ASCII85, then Flate) is not seen here; reading in a memory-capped child
(``sandbox``) bounds those.
"""

from __future__ import annotations

import zlib

from pipeline.extract.reader.errors import DecompressionBombError
from pipeline.extract.reader.lazy_re import lazy

MB = 1024 * 1024
# An A4 page scanned at 600 dpi in colour is 100 MB raw; a page's text, a few hundred KB.
MAX_IMAGE_BYTES = 256 * MB
MAX_OTHER_BYTES = 64 * MB
MAX_TOTAL_BYTES = 1024 * MB  # everything in the file together
_IN_PIECE = 64 * 1024
_OUT_PIECE = 4 * MB
_STREAM = lazy(rb"(?<!end)stream\r?\n")
_DICT_WINDOW = 2048  # bytes before ``stream`` searched for the dictionary's /Subtype /Image


def check_streams(data: bytes) -> None:
    """Raise DecompressionBombError when a stream, or all together, inflate past the caps."""
    total = 0
    view = memoryview(data)
    for match in _STREAM.finditer(data):
        start = match.end()
        if not _looks_like_zlib(data[start : start + 2]):
            continue
        head = data[max(0, match.start() - _DICT_WINDOW) : match.start()]
        head = head[head.rfind(b" obj") + 1 :]
        image = b"/Image" in head
        cap = MAX_IMAGE_BYTES if image else MAX_OTHER_BYTES
        size = _inflated_size(view[start:], min(cap, MAX_TOTAL_BYTES - total) + 1)
        if size > cap:
            kind = "an image" if image else "a stream"
            raise DecompressionBombError(
                f"The PDF is refused: {kind} in it inflates to more than {cap // MB} MB "
                f"from {len(data) / MB:.1f} MB (a decompression bomb); ask for an ordinary copy."
            )
        total += size
        if total > MAX_TOTAL_BYTES:
            raise DecompressionBombError(
                f"The PDF is refused: its streams inflate to more than "
                f"{MAX_TOTAL_BYTES // MB} MB together (a decompression bomb)."
            )


def _looks_like_zlib(head: bytes) -> bool:
    """A zlib header: deflate method, and the check bits RFC 1950 asks for."""
    return len(head) == 2 and head[0] & 0x0F == 8 and (head[0] << 8 | head[1]) % 31 == 0


def _inflated_size(compressed: memoryview, stop_at: int) -> int:
    """How many bytes ``compressed`` inflates to, counting no further than ``stop_at``."""
    inflater = zlib.decompressobj()
    size = 0
    position = 0
    try:
        while not inflater.eof and size < stop_at:
            if inflater.unconsumed_tail:
                piece = inflater.unconsumed_tail
            elif position < len(compressed):
                piece = compressed[position : position + _IN_PIECE]
                position += _IN_PIECE
            else:
                break  # the data ends before the stream does: PDFium will say it is damaged
            size += len(inflater.decompress(piece, _OUT_PIECE))
    except zlib.error:
        pass  # damaged or not Flate after all: what inflated so far is what counts
    return size
