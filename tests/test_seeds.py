"""The five seeds of the project, read end to end: every field right."""

import datetime as dt
from pathlib import Path

import pytest
from event_archive.archive import load_archive
from event_archive.corrections import load_corrections

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def archive():
    return load_archive([ROOT / "seeds"])


def by_prefix(archive, prefix):
    return next(r for r in archive.reports if r.name.startswith(prefix))


@pytest.mark.parametrize("prefix, lang, date, countries", [
    ("000", "en", dt.date(2025, 3, 28), ["BR", "VN"]),
    ("001", "vi", dt.date(2025, 3, 28), ["BR", "VN"]),
    ("002", "fr", dt.date(2025, 3, 28), ["BR", "VN"]),
    ("003", "en", dt.date(2024, 10, 9), ["SG", "VN"]),
    ("004", "en", None, ["RU", "VN"]),
])
def test_fields(archive, prefix, lang, date, countries):
    report = by_prefix(archive, prefix)
    assert (report.lang, report.date, report.countries) == (lang, date, countries)


def test_events(archive):
    events = {by_prefix(archive, p).event for p in ("000", "001", "002")}
    assert len(events) == 1
    others = {by_prefix(archive, "003").event, by_prefix(archive, "004").event}
    assert len(others | events) == 3


def test_titles(archive):
    assert by_prefix(archive, "001").title == (
        "Việt Nam - Brazil thúc đẩy phối hợp phòng, chống các nguy cơ an ninh phi truyền thống")
    assert by_prefix(archive, "002").title == (
        "Coordination dans la lutte anti-risques de sécurité non traditionnels")


@pytest.mark.parametrize("prefix, kept, dropped", [
    ("000", "Amaro dos Santos emphasised that in the context of growing global", "(Photo: VNA)"),
    ("001", "Hôm qua (28/03), tại Hà Nội, Đại tướng Lương Tam Quang", "16°C - 25°C"),
    ("001", "Bộ trưởng Marcos Antonio Amaro dos Santos", "Tin liên quan"),
    ("002", "La signature de l'accord sur l'échange", "Photo : Pham Kiên/VNA/CVN"),
    ("003", "Their 2018 cooperation agreement on transnational crime prevention", "— VNS"),
    ("004", "Shoigu affirmed that security cooperation is an important pillar", "— VNA/VNS"),
])
def test_body_keeps_the_article_and_drops_the_junk(archive, prefix, kept, dropped):
    report = by_prefix(archive, prefix)
    text = report.title + "\n" + report.body
    assert kept in text
    assert dropped not in text


def test_correction_dates_004():
    corrections = load_corrections(ROOT / "content" / "corrections.toml")
    archive = load_archive([ROOT / "seeds"], corrections)
    assert by_prefix(archive, "004").date == dt.date(2025, 12, 9)
