"""Headers as mailers really write them: RFC 2047 encoded words, RFC 2231 file names, raw
UTF-8. The parser keeps headers as strings (compat32) and decodes the few it reads."""

from __future__ import annotations

import base64

import pytest

from pipeline.ingest.mime import decoded, parse_message
from tests.support import mail


def raw_message(headers: str, filename_params: str) -> bytes:
    pdf = base64.b64encode(mail.small_pdf()).decode()
    return (
        f"{headers}"
        'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n"
        "--b\r\nContent-Type: application/pdf\r\n"
        f"Content-Disposition: attachment; {filename_params}\r\n"
        f"Content-Transfer-Encoding: base64\r\n\r\n{pdf}\r\n--b--\r\n"
    ).encode()


def test_encoded_words_in_subject_sender_and_file_name_are_decoded() -> None:
    raw = raw_message(
        "From: =?utf-8?q?Biuro_Produkcji_=C5=81=C3=B3d=C5=BA?= <Biuro@Produkcja.example>\r\n"
        "Subject: =?iso-8859-2?q?Plan_zdj=EA=E6_-_dzie=F1_3?=\r\n",
        'filename="=?UTF-8?B?WmHFvMOzxYLEhyBnxJnFm2zEhSBqYcW6xYQucGRm?="',
    )
    parsed = parse_message(raw)
    assert parsed.subject == "Plan zdjęć - dzień 3"
    assert parsed.sender == "biuro@produkcja.example"
    assert [p.filename for p in parsed.pdfs] == ["Zażółć gęślą jaźń.pdf"]


def test_an_rfc_2231_file_name_is_decoded() -> None:
    raw = raw_message(
        "From: ad@production.example\r\nSubject: Call sheet\r\n",
        "filename*=utf-8''Hoja%20de%20llamado%20d%C3%ADa%202.pdf",
    )
    assert [p.filename for p in parse_message(raw).pdfs] == ["Hoja de llamado día 2.pdf"]


def test_a_subject_in_raw_utf8_is_kept() -> None:
    raw = raw_message("From: ad@production.example\r\n", 'filename="cs.pdf"').replace(
        b"MIME-Version", "Subject: Feuille de service \u2013 Jour 2\r\nMIME-Version".encode()
    )
    assert "Jour 2" in parse_message(raw).subject


@pytest.mark.parametrize(
    "value",
    ["=?utf-8?q?unterminated", "=?no-such-charset?q?abc?=", "=?utf-8?b?!!!?=", "plain text"],
)
def test_a_bad_encoded_word_is_kept_as_written(value: str) -> None:
    assert isinstance(decoded(value), str) and decoded(value)
