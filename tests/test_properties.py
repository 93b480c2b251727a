"""Whatever bytes or text a seed holds, extraction returns a well-formed Report."""

from __future__ import annotations

import datetime as dt
import re

from event_archive.extract import extract_report
from event_archive.model import Report
from event_archive.text import MOJIBAKE, decode, normalize
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

CHECKS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LANG = re.compile(r"^(?:[a-z]{2,3}|und)$")
COUNTRY = re.compile(r"^[A-Z]{2}$")

# Text that looks like a seed: words, dates, country names, markup and odd characters.
PIECES = st.sampled_from([
    "Vietnam", "Brazil", "Hà Nội", "Việt Nam", "Москва", "越南", "한국", "on 28 March 2025",
    "31/02/2025", "yesterday", " date 2025-03-29", " date 2025-13", "<script>x</script>",
    "{{ 7*7 }}", "\n", "\n\n", "\r\n", "\x00", "\ufeff", "é", "Ã©", "â€™", ".", " ",
])
SEEDLIKE = st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=40).map("".join)


def assert_well_formed(report) -> None:
    assert LANG.match(report.lang), report.lang
    assert report.date is None or isinstance(report.date, dt.date)
    assert report.countries == sorted(report.countries)
    assert all(COUNTRY.match(code) for code in report.countries), report.countries
    assert isinstance(report.title, str) and "\n" not in report.title
    assert isinstance(report.body, str)
    assert all(isinstance(p, str) and p for p in report.paragraphs)
    assert all(report.name in p.message for p in report.problems)


@CHECKS
@given(st.binary(max_size=3000))
def test_any_bytes_give_a_well_formed_report(data):
    assert_well_formed(extract_report(data, "x.txt"))


@CHECKS
@given(SEEDLIKE, st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1252"]))
def test_any_text_in_any_encoding_gives_a_well_formed_report(text, encoding):
    data = text.encode(encoding, errors="replace")
    assert_well_formed(extract_report(data, "x.txt"))


@CHECKS
@given(st.text(max_size=2000))
def test_utf8_text_decodes_without_controls(text):
    decoded = decode(text.encode()).text
    assert "\x00" not in decoded and "\r" not in decoded
    assert "\ufffd" not in decoded


CLEAN = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Cn", "Co", "Zl", "Zp"),
                  blacklist_characters="\ufeff\ufffd") | st.sampled_from("\n\t"),
    max_size=2000,
).map(normalize).filter(lambda text: not MOJIBAKE.search(text))


@CHECKS
@given(CLEAN)
def test_clean_utf8_text_decodes_to_itself(text):
    decoded = decode(text.encode())
    assert decoded.text == text and decoded.problems == []


@CHECKS
@given(st.lists(st.text(max_size=60), max_size=8), st.integers(0, 400))
def test_a_report_opening_is_the_start_of_its_body(paragraphs, chars):
    report = Report("a.txt", "a.txt", "", "en", None, "", paragraphs)
    assert report.opening(chars) == report.body[:chars]
