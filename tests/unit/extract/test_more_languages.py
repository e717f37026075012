# ruff: noqa: RUF001
"""Call sheets in Catalan, Vietnamese, Greek, Romanian, Bulgarian, Slovenian, Japanese, Korean
and Chinese: each drawn on a small page (DejaVu has no CJK glyphs, so the CJK labels are read
from lines built word by word), reading the date, the crew call, the set and the hospital.
Rows are (x, baseline y, text, size) in points on a letter page."""

from __future__ import annotations

import unicodedata
from typing import Any

from pipeline.extract import extract_document
from pipeline.extract.reader.api import interpret
from pipeline.extract.reader.layout import group_lines
from pipeline.extract.reader.model import PageText, Word
from tests.fixtures.callsheets import render

Row = tuple[float, float, str, float]


def _read(rows: list[Row]) -> dict[str, Any]:
    result = extract_document(render(rows, unicode_font=True)).to_json()
    assert result["document_type"] == "call_sheet"
    return result["days"][0]


def _read_words(rows: list[Row]) -> dict[str, Any]:
    """The same rows as positioned words, as a PDF with a CJK font would give them: split at
    spaces, a full-width glyph one em wide, others a little over half."""
    words = []
    for x, baseline, text, size in rows:
        left = x
        for token in text.split(" "):
            if token:
                width = sum(
                    size if unicodedata.east_asian_width(c) in "WF" else 0.55 * size for c in token
                )
                words.append(Word(token, left, left + width, baseline - size, baseline, size))
                left += width
            left += 0.3 * size
    result = interpret([PageText(group_lines(words, 0), 612, 792)], []).to_json()
    assert result["document_type"] == "call_sheet"
    return result["days"][0]


def _assert_day(day: dict[str, Any], iso: str, call: str, place: str, hospital: str) -> None:
    assert (day["shooting_date"], day["call_time"]) == (iso, call)
    assert place in day["location"]
    assert day["hospital"]["name"].startswith(hospital)


def test_a_catalan_ordre_de_rodatge() -> None:
    rows = [
        (40, 40, "Productora Garbí · ORDRE DE RODATGE", 9),
        (200, 70, "LA MARINADA", 16),
        (40, 96, "Data: dimarts, 12 de maig de 2026", 9),
        (40, 120, "Hora de citació", 9),
        (180, 120, "07:30", 9),
        (40, 140, "Sortida del sol 06:58   Posta del sol 21:10", 9),
        (40, 170, "Localització", 9),
        (40, 182, "Masia Can Roca, Carretera de Vic 14, 08500 Vic", 9),
        (40, 210, "Hospital més proper", 9),
        (40, 222, "Hospital Universitari de Vic, Carrer de Francesc Pla 1, 08500 Vic", 9),
        (40, 260, "Demà: citació 08:00", 8),
    ]
    day = _read(rows)
    _assert_day(day, "2026-05-12", "07:30", "Masia Can Roca", "Hospital Universitari de Vic")
    assert (day["sunrise"], day["sunset"]) == ("06:58", "21:10")


def test_a_vietnamese_lich_quay() -> None:
    rows = [
        (40, 40, "Sen Vàng Films · LỊCH QUAY", 9),
        (200, 70, "MÙA NƯỚC NỔI", 16),
        (40, 96, "Ngày quay: Thứ Ba, 12/05/2026", 9),
        (40, 120, "GIỜ TẬP TRUNG", 9),
        (180, 120, "05:30", 9),
        (40, 140, "Bình minh 05:18   Hoàng hôn 18:12", 9),
        (40, 170, "ĐỊA ĐIỂM", 9),
        (40, 182, "Chợ nổi Cái Răng, quận Cái Răng, Cần Thơ", 9),
        (40, 210, "BỆNH VIỆN GẦN NHẤT", 9),
        (40, 222, "Bệnh viện Đa khoa Trung ương Cần Thơ, 315 Nguyễn Văn Linh, Cần Thơ", 9),
        (40, 260, "Ngày mai: tập trung 06:00", 8),
    ]
    day = _read(rows)
    _assert_day(day, "2026-05-12", "05:30", "Chợ nổi Cái Răng", "Bệnh viện Đa khoa")
    assert (day["sunrise"], day["sunset"]) == ("05:18", "18:12")


def test_a_greek_programma_gyrismaton_in_capitals() -> None:
    # Given labels in capitals, which Greek prints without accents
    rows = [
        (40, 40, "Αιγαίο Παραγωγές · ΠΡΟΓΡΑΜΜΑ ΓΥΡΙΣΜΑΤΩΝ", 9),
        (200, 70, "ΤΟ ΜΠΛΕ ΚΥΜΑ", 16),
        (40, 96, "ΗΜΕΡΟΜΗΝΙΑ: Τρίτη 12 Μαΐου 2026", 9),
        (40, 120, "ΠΡΟΣΕΛΕΥΣΗ ΣΥΝΕΡΓΕΙΟΥ", 9),
        (200, 120, "07:00", 9),
        (40, 140, "Ανατολή ηλίου 06:25   Δύση ηλίου 20:31", 9),
        (40, 170, "ΤΟΠΟΘΕΣΙΑ", 9),
        (40, 182, "Λιμάνι Αίγινας, Πλατεία Εθνεγερσίας, Αίγινα 180 10", 9),
        (40, 210, "ΠΛΗΣΙΕΣΤΕΡΟ ΝΟΣΟΚΟΜΕΙΟ", 9),
        (40, 222, "Κέντρο Υγείας Αίγινας, Λεωφόρος Αφαίας, Αίγινα", 9),
        (40, 260, "Αύριο: προσέλευση 08:00", 8),
    ]
    day = _read(rows)
    _assert_day(day, "2026-05-12", "07:00", "Λιμάνι Αίγινας", "Κέντρο Υγείας Αίγινας")
    assert (day["sunrise"], day["sunset"]) == ("06:25", "20:31")


def test_a_romanian_foaie_de_chemare() -> None:
    rows = [
        (40, 40, "Carpați Film · FOAIE DE CHEMARE", 9),
        (200, 70, "DUNĂREA", 16),
        (40, 96, "Data filmării: marți, 12 mai 2026", 9),
        (40, 120, "Chemare echipă", 9),
        (180, 120, "06:45", 9),
        (40, 140, "Răsărit 05:52   Apus 20:41", 9),
        (40, 170, "Locație", 9),
        (40, 182, "Conacul Bellu, Strada Conacului 3, Urlați, Prahova", 9),
        (40, 210, "Cel mai apropiat spital", 9),
        (40, 222, "Spitalul Orășenesc Urlați, Strada Spitalului 8, Urlați", 9),
        (40, 260, "Mâine: chemare 07:30", 8),
    ]
    day = _read(rows)
    _assert_day(day, "2026-05-12", "06:45", "Conacul Bellu", "Spitalul Orășenesc Urlați")
    assert (day["sunrise"], day["sunset"]) == ("05:52", "20:41")


def test_a_bulgarian_snimachen_den() -> None:
    rows = [
        (40, 40, "Балкан Филм · СНИМАЧЕН ДЕН 4", 9),
        (200, 70, "ПЛАНИНАТА", 16),
        (40, 96, "Дата: вторник, 12 май 2026 г.", 9),
        (40, 120, "СБОР НА ЕКИПА", 9),
        (180, 120, "07:15", 9),
        (40, 140, "Изгрев 06:07   Залез 20:29", 9),
        (40, 170, "ОБЕКТ", 9),
        (40, 182, "Рилски манастир, 2643 Рилски манастир, обл. Кюстендил", 9),
        (40, 210, "НАЙ-БЛИЗКА БОЛНИЦА", 9),
        (40, 222, "МБАЛ Дупница, ул. Христо Ботев 121, 2600 Дупница", 9),
        (40, 260, "Утре: сбор 08:00", 8),
    ]
    day = _read(rows)
    _assert_day(day, "2026-05-12", "07:15", "Рилски манастир", "МБАЛ Дупница")
    assert (day["sunrise"], day["sunset"]) == ("06:07", "20:29")


def test_a_slovenian_snemalni_dan() -> None:
    rows = [
        (40, 40, "Triglav Film · DNEVNI PLAN SNEMANJA", 9),
        (200, 70, "SOČA", 16),
        (40, 96, "Datum snemanja: torek, 12. maj 2026", 9),
        (40, 120, "PRIHOD EKIPE", 9),
        (180, 120, "07:00", 9),
        (40, 140, "Sončni vzhod 05:28   Sončni zahod 20:32", 9),
        (40, 170, "LOKACIJA", 9),
        (40, 182, "Slap Kozjak, Trg svobode 1, 5222 Kobarid", 9),
        (40, 210, "NAJBLIŽJA BOLNIŠNICA", 9),
        (40, 222, "Splošna bolnišnica Nova Gorica, Ulica padlih borcev 13a, 5290 Šempeter", 9),
        (40, 260, "Jutri: prihod ekipe 06:30", 8),
    ]
    day = _read(rows)
    _assert_day(day, "2026-05-12", "07:00", "Slap Kozjak", "Splošna bolnišnica Nova Gorica")
    assert (day["sunrise"], day["sunset"]) == ("05:28", "20:32")


def test_a_japanese_koubanhyou() -> None:
    rows = [
        (40, 40, "青空プロダクション 香盤表", 9),
        (200, 70, "海辺の町", 16),
        (40, 96, "撮影日： 2026年5月12日（火）", 9),
        (40, 120, "集合時間", 9),
        (180, 120, "06:30", 9),
        (40, 140, "日の出 04:38   日の入り 18:39", 9),
        (40, 170, "ロケ地", 9),
        (40, 182, "由比ヶ浜海岸 神奈川県鎌倉市由比ガ浜4丁目", 9),
        (40, 210, "最寄り病院", 9),
        (40, 222, "鎌倉市立病院 神奈川県鎌倉市御成町 1-1", 9),
        (40, 260, "明日： 集合 07:00", 8),
    ]
    day = _read_words(rows)
    _assert_day(day, "2026-05-12", "06:30", "由比ヶ浜海岸", "鎌倉市立病院")
    assert (day["sunrise"], day["sunset"]) == ("04:38", "18:39")


def test_a_korean_chwaryeong_iljeongpyo() -> None:
    rows = [
        (40, 40, "한강필름 촬영 일정표", 9),
        (200, 70, "봄날의 기억", 16),
        (40, 96, "촬영일: 2026년 5월 12일 (화)", 9),
        (40, 120, "집합 시간", 9),
        (180, 120, "06:00", 9),
        (40, 140, "일출 05:26   일몰 19:28", 9),
        (40, 170, "촬영 장소", 9),
        (40, 182, "북촌 한옥마을 서울특별시 종로구 계동길 37", 9),
        (40, 210, "가까운 병원", 9),
        (40, 222, "서울대학교병원 서울특별시 종로구 대학로 101", 9),
        (40, 260, "내일: 집합 07:00", 8),
    ]
    day = _read_words(rows)
    _assert_day(day, "2026-05-12", "06:00", "북촌 한옥마을", "서울대학교병원")
    assert (day["sunrise"], day["sunset"]) == ("05:26", "19:28")


def test_a_chinese_tonggaodan() -> None:
    rows = [
        (40, 40, "长风影业 通告单", 9),
        (200, 70, "江南春", 16),
        (40, 96, "拍摄日期： 2026年5月12日 星期二", 9),
        (40, 120, "集合时间", 9),
        (180, 120, "05:45", 9),
        (40, 140, "日出 05:06   日落 18:43", 9),
        (40, 170, "拍摄地点", 9),
        (40, 182, "乌镇西栅景区 浙江省嘉兴市桐乡市乌镇镇", 9),
        (40, 210, "最近医院", 9),
        (40, 222, "桐乡市第一人民医院 浙江省嘉兴市桐乡市庆丰南路 1918号", 9),
        (40, 260, "明天： 集合 06:30", 8),
    ]
    day = _read_words(rows)
    _assert_day(day, "2026-05-12", "05:45", "乌镇西栅景区", "桐乡市第一人民医院")
    assert (day["sunrise"], day["sunset"]) == ("05:06", "18:43")
