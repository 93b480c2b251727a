"""What an event knows that one of its reports lacks: its date, its countries, a stable id."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter, defaultdict

from .model import Event, Evidence, Report
from .similarity import Features, fits

ID_NAME_WORDS = 3  # a disambiguating name in an id is cut to this many words


def complete_dates(reports: list[Report], feats: list[Features]) -> tuple[dt.date | None, list]:
    """The event's date, given to the reports that lack one when nothing of theirs objects."""
    own = Counter(f.date for f in feats if f.date)
    if own:
        date = min(own, key=lambda d: (-own[d], d))
        how = f"the date of {own[date]} report(s) of the event"
    else:
        date = _from_parts(feats)
        how = "day, month and year put together from the event's reports"
    if date is None:
        return None, []
    evidence = [Evidence("date", date.isoformat(), "sibling" if not own else "text", how)]
    givers = ", ".join(f.report.name for f in feats if f.date == date) or "partial clues"
    for report, f in zip(reports, feats, strict=True):
        if f.date or not _allows(report, date):
            continue
        report.date, report.date_source = date, "sibling"
        report.evidence.append(Evidence("date", date.isoformat(), "sibling",
                                        f"from other reports of its event: {givers}"))
    return date, evidence


def _from_parts(feats: list[Features]) -> dt.date | None:
    """A date from partial clues: e.g. the day and month from one report, a year from another."""
    years: Counter[int] = Counter()
    days: Counter[tuple[int, int]] = Counter()
    for f in feats:
        if f.clue is None:
            continue
        if f.clue.year is not None:
            years[f.clue.year] += 1
        if f.clue.month is not None and f.clue.day is not None:
            days[(f.clue.month, f.clue.day)] += 1
    if len(days) != 1:
        return None  # no day, or reports that disagree on it: no guess
    month, day = next(iter(days))
    if not years:
        years.update(_published_year(f.report, month, day) for f in feats if f.report.published)
        years.pop(None, None)
    if not years:
        return None
    year = min(years, key=lambda y: (-years[y], -y))
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _published_year(report: Report, month: int, day: int) -> int | None:
    """The year of an event day-and-month given the publication date (never after it)."""
    match = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", report.published or "")
    if not match:
        return None
    year, pub_month, pub_day = int(match[1]), int(match[2]), int(match[3] or 31)
    return year if (month, day) <= (pub_month, pub_day) else year - 1


def _allows(report: Report, date: dt.date) -> bool:
    """A date may be given to a report only if its own clues and publication agree."""
    if report.date_source == "correction":
        return False
    clues = [c for c in report.date_clues if c.source != "header"]
    if clues:
        first = min(c.position for c in clues)
        if not all(fits(date, c) for c in clues if c.position == first):
            return False
    match = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", report.published or "")
    if match:
        last = dt.date(int(match[1]), int(match[2]), int(match[3] or 28))
        return date <= last if match[3] else (date.year, date.month) <= (last.year, last.month)
    return True


def event_countries(reports: list[Report]) -> list[str]:
    """The countries of an event: every country one of its reports supports."""
    return sorted({c for r in reports for c in r.countries})


def event_ids(events: list[Event], names: list[list[str] | None] | None = None) -> list[str]:
    """Ids from the date and countries; a name tells apart events that share both.

    `names` holds each event's ranked names where known (`_ranked_names`, kept by relinking
    for the events it keeps); those it finds are filled in.
    """
    bases = [_base(e) for e in events]
    sharing: dict[str, list[int]] = defaultdict(list)
    for k, base in enumerate(bases):
        sharing[base].append(k)
    # Only an undated event, or one sharing its base with another, needs names.
    named = [len(sharing[base]) > 1 or event.date is None
             for event, base in zip(events, bases, strict=True)]
    if names is None:
        names = [None] * len(events)
    for k, need in enumerate(named):
        if need and names[k] is None:
            names[k] = _ranked_names(events[k])
    names = [found if need else [] for found, need in zip(names, named, strict=True)]
    ids = []
    for k, (event, base) in enumerate(zip(events, bases, strict=True)):
        if not named[k]:
            ids.append(base)
            continue
        others = {n for m in sharing[base] if m != k for n in names[m][:3]}
        pick = next((n for n in names[k] if n not in others), None)
        if pick is None:
            first = min(event.reports, key=lambda r: r.name)
            # by its name, not its bytes: an edit that changes no report must not move the event
            pick = hashlib.sha1(first.name.encode()).hexdigest()[:6]
        ids.append(f"{base}-{pick.replace(' ', '-')}")
    seen: Counter[str] = Counter()
    unique = []
    for event_id in ids:  # a last guard: two ids never coincide
        seen[event_id] += 1
        unique.append(event_id if seen[event_id] == 1 else f"{event_id}-{seen[event_id]}")
    return unique


def _base(event: Event) -> str:
    date = event.date.isoformat() if event.date else "undated"
    return "-".join([date, *(c.lower() for c in event.countries)])


def _ranked_names(event: Event) -> list[str]:
    """The event's names, people's (two words or more) and most widely reported first."""
    reports: Counter[str] = Counter()
    lead: Counter[str] = Counter()
    for report in event.reports:
        for entry in report.names:
            where, _, name = entry.partition(":")
            name = " ".join(name.split()[:ID_NAME_WORDS])
            if len(name.replace(" ", "")) >= 4:
                reports[name] += 1
                lead[name] += where == "lead"
    return sorted(reports, key=lambda n: (" " not in n, -lead[n], -reports[n], n))
