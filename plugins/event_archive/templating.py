"""The helpers every template may call: addresses and localized names, dates and counts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from jinja2 import pass_context

from . import urls
from .i18n import country_name, language_name, long_date, month_name, text_direction
from .model import Event, Report


@pass_context
def url(context, path: str) -> str:
    """`path` (from the output root) as seen from the page being rendered."""
    return f"{context['SITEURL']}/{path}"


def report_url(report: Report) -> str:
    return urls.report_path(report.name)


def event_url(event: Event) -> str:
    return urls.event_path(event.id)


def country_url(code: str, number: int = 1) -> str:
    return urls.page_path(urls.country_base(code), number)


def language_url(lang: str, number: int = 1) -> str:
    return urls.page_path(urls.language_base(lang), number)


def year_url(year: int) -> str:
    return urls.page_path(urls.year_base(year), 1)


def month_url(year: int, month: int, number: int = 1) -> str:
    return urls.page_path(urls.month_base(year, month), number)


def by_language_numbered(reports: Iterable[Report]) -> list[tuple[Report, int]]:
    """The reports by language then name, each with its place among those of its language
    (1, 2...): links to two English reports read "English" and "English 2"."""
    seen: Counter[str] = Counter()
    numbered = []
    for report in sorted(reports, key=lambda r: (r.lang, r.name)):
        seen[report.lang] += 1
        numbered.append((report, seen[report.lang]))
    return numbered


def template_globals() -> dict[str, object]:
    return {
        "url": url,
        "report_url": report_url,
        "event_url": event_url,
        "country_url": country_url,
        "language_url": language_url,
        "year_url": year_url,
        "month_url": month_url,
        "by_language_numbered": by_language_numbered,
        "country_name": country_name,
        "language_name": language_name,
        "long_date": long_date,
        "month_name": month_name,
        "text_direction": text_direction,
        "HOME_URL": urls.HOME,
        "SEARCH_URL": urls.SEARCH,
        "SEARCH_DATA_URL": urls.SEARCH_DATA,
        "ARCHIVE_URL": urls.ARCHIVE_INDEX,
        "COUNTRIES_URL": urls.COUNTRY_INDEX,
        "LANGUAGES_URL": urls.LANGUAGE_INDEX,
        "UNDATED_URL": urls.page_path(urls.UNDATED, 1),
        "FEEDS_URL": urls.FEEDS,
    }
