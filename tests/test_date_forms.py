"""Date forms of the press: Chinese, Japanese and Korean news give the event's day alone
("28日", "28일"), its month the publication's or the one before; a news agency's dateline is
the day it filed; Vietnamese writes weekdays in lower case after a time of day."""

import datetime as dt

import pytest
from event_archive.dates import find_date_clues, resolve_date


def event_date(lang: str, text: str, published: str | None) -> dt.date | None:
    return resolve_date(find_date_clues([text], lang, published), published)[0]


@pytest.mark.parametrize("lang, text", [
    ("zh", "越南政府总理范明正28日在河内同巴西总统卢拉举行会谈。"),
    ("ja", "ベトナムのファム・ミン・チン首相は28日、ハノイでルラ大統領と会談した。"),
    ("ko", "팜민찐 베트남 총리는 28일 하노이에서 룰라 대통령과 회담했다."),
])
def test_a_day_alone_takes_the_publication_month(lang, text):
    assert event_date(lang, text, "2025-03-29") == dt.date(2025, 3, 28)


def test_a_day_after_the_publication_day_is_last_months():
    text = "총리는 30일 하노이에서 회담했다."
    assert event_date("ko", text, "2025-04-01") == dt.date(2025, 3, 30)


def test_a_month_header_gives_its_month():
    assert event_date("ko", "총리는 9일 하노이에서 회담했다.", "2024-10") == dt.date(2024, 10, 9)


@pytest.mark.parametrize("lang, text", [
    ("ja", "首相は3日間の日程でハノイを訪問した。"),  # three days long
    ("ko", "총리는 8일부터 10일까지 하노이를 방문했다."),  # a visit span
    ("zh", "范明正于28日至30日访问巴西。"),
])
def test_durations_and_spans_give_no_day(lang, text):
    assert event_date(lang, text, "2025-03-29") is None


def test_without_a_publication_date_a_day_alone_is_a_partial_clue():
    """No date of its own, but a day for the reports of its event to agree on."""
    text = "越南总理范明正28日在河内会见巴西总统。"
    assert event_date("zh", text, None) is None
    clue, = find_date_clues([text], "zh", None)
    assert (clue.year, clue.month, clue.day) == (None, None, 28)


def test_a_dateline_is_not_the_event_day():
    text = "新华社河内3月29日电 越南总理范明正28日在河内会见巴西总统。"
    assert event_date("zh", text, "2025-03-29") == dt.date(2025, 3, 28)


def test_a_full_date_still_wins_over_its_own_day():
    text = "2025年3月28日，越南总理范明正28日在河内会见巴西总统。"
    assert event_date("zh", text, "2025-03-29") == dt.date(2025, 3, 28)


def test_spaced_languages_do_not_read_a_day_alone():
    assert event_date("en", "The talks on the 28th were fruitful.", "2025-03-29") is None


@pytest.mark.parametrize("text, day", [
    ("Chiều thứ bảy, Phó Thủ tướng đã tiếp Phó Thủ tướng Bulgaria.", dt.date(2025, 11, 8)),
    ("Vào thứ năm, hai bên ký kết biên bản ghi nhớ.", dt.date(2025, 11, 6)),
    ("Sáng thứ Hai, Thủ tướng tiếp Đại sứ.", dt.date(2025, 11, 3)),
])
def test_vietnamese_weekdays(text, day):
    assert event_date("vi", text, "2025-11-09") == day


@pytest.mark.parametrize("text", [
    "Đây là lần thứ hai ông thăm Việt Nam.",  # the second time
    "Ngày thứ ba của chuyến thăm, đoàn đến Huế.",  # the third day
])
def test_vietnamese_ordinals_are_not_weekdays(text):
    assert event_date("vi", text, "2025-11-09") is None


@pytest.mark.parametrize("lang, text, day", [
    ("ru", "Премьер-министр принял президента в минувшую пятницу.", dt.date(2025, 3, 28)),
    ("ru", "Премьер в прошлый четверг принял президента.", dt.date(2025, 3, 27)),
    ("ja", "ベトナム首相はきょう、ハノイで会談した。", dt.date(2025, 3, 29)),
    ("ja", "ベトナム首相はきのう、ハノイで会談した。", dt.date(2025, 3, 28)),
])
def test_more_relative_days(lang, text, day):
    assert event_date(lang, text, "2025-03-29") == day
