"""What each page of the site lists, decided without Pelican: ordering, grouping, paging.

Every ordering ends on a unique key (event id, seed name), so two builds of the same seeds
list the same things in the same order.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from .model import Event, Report
from .urls import page_path

T = TypeVar("T")


@dataclass
class ListPage(Generic[T]):
    """One page of a paginated list; `prev`/`next` are the neighbouring pages' paths."""

    path: str
    number: int
    total: int
    items: list[T]
    first: str
    prev: str | None = None
    next: str | None = None


def paginate(items: list[T], base: str, size: int) -> list[ListPage[T]]:
    """Split a list into pages of `size`; an empty list still gets its first page."""
    chunks = [items[i : i + size] for i in range(0, len(items), size)] or [[]]
    total = len(chunks)
    pages = [
        ListPage(page_path(base, n), n, total, chunk, page_path(base, 1))
        for n, chunk in enumerate(chunks, start=1)
    ]
    for before, after in zip(pages, pages[1:], strict=False):
        before.next, after.prev = after.path, before.path
    return pages


def report_key(report: Report) -> tuple:
    return (report.lang, report.name)


def event_key(event: Event) -> tuple:
    """Oldest first; undated last."""
    return (event.date is None, event.date or dt.date.min, event.id)


@dataclass
class Site:
    """The archive arranged for pages: the lookups every template needs."""

    default_lang: str
    events: list[Event]  # oldest first, undated last
    reports: list[Report]  # by seed name
    event_of: dict[str, Event] = field(default_factory=dict)  # seed name -> event
    neighbours: dict[str, tuple[Event | None, Event | None]] = field(default_factory=dict)
    # Made once: the home page lists them, as their own pages do.
    _countries: list[tuple[str, list[Event]]] | None = field(default=None, repr=False)
    _languages: list[tuple[str, list[Report]]] | None = field(default=None, repr=False)

    @property
    def dated(self) -> list[Event]:
        return [e for e in self.events if e.date is not None]

    @property
    def undated(self) -> list[Event]:
        return [e for e in self.events if e.date is None]

    def newest_first(self) -> list[Event]:
        return list(reversed(self.dated))

    def lead_report(self, event: Event) -> Report:
        """The report that speaks for the event: one in the default language if there is."""
        return min(event.reports, key=lambda r: (r.lang != self.default_lang, *report_key(r)))

    def by_language(self, event: Event) -> list[tuple[str, list[Report]]]:
        groups: dict[str, list[Report]] = defaultdict(list)
        for report in sorted(event.reports, key=report_key):
            groups[report.lang].append(report)
        return sorted(groups.items())

    def others(self, report: Report) -> list[Report]:
        """The other reports of the same event, by language then name."""
        event = self.event_of[report.name]
        return [r for r in sorted(event.reports, key=report_key) if r is not report]

    def countries(self) -> list[tuple[str, list[Event]]]:
        """Each country with its events, newest first; countries by code."""
        if self._countries is None:
            found: dict[str, list[Event]] = defaultdict(list)
            for event in reversed(self.events):
                for code in event.countries:
                    found[code].append(event)
            self._countries = sorted(found.items())
        return self._countries

    def languages(self) -> list[tuple[str, list[Report]]]:
        """Each language with its reports, newest event first; languages by code."""
        if self._languages is None:
            found: dict[str, list[Report]] = defaultdict(list)
            for event in self.newest_first() + self.undated:
                for report in sorted(event.reports, key=report_key):
                    found[report.lang].append(report)
            self._languages = sorted(found.items())
        return self._languages

    def periods(self) -> list[tuple[int, list[tuple[int, list[Event]]]]]:
        """Years (newest first), each with its months (newest first) and their events."""
        months: dict[tuple[int, int], list[Event]] = defaultdict(list)
        for event in self.newest_first():
            months[(event.date.year, event.date.month)].append(event)  # type: ignore[union-attr]
        years: dict[int, list[tuple[int, list[Event]]]] = defaultdict(list)
        for (year, month), events in sorted(months.items(), reverse=True):
            years[year].append((month, events))
        return sorted(years.items(), reverse=True)

    def month_counts(self) -> Counter[tuple[int, int]]:
        return Counter((e.date.year, e.date.month) for e in self.dated)  # type: ignore[union-attr]


def build_site(events: list[Event], reports: list[Report], default_lang: str) -> Site:
    """Arrange events and reports; a report no event claims becomes an event of its own."""
    claimed = {r.name for e in events for r in e.reports}
    alone = [Event(f"seed-{r.name}", [r], r.date, list(r.countries))
             for r in reports if r.name not in claimed]
    ordered = sorted([*events, *alone], key=event_key)
    site = Site(default_lang, ordered, sorted(reports, key=lambda r: r.name))
    for event in ordered:
        for report in event.reports:
            site.event_of[report.name] = event
    dated = site.dated
    for i, event in enumerate(dated):
        older = dated[i - 1] if i > 0 else None
        newer = dated[i + 1] if i + 1 < len(dated) else None
        site.neighbours[event.id] = (older, newer)
    return site
