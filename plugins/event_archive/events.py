"""link_events(reports) -> events: which reports tell of the same happening."""

from __future__ import annotations

import hashlib
from collections import defaultdict

from .model import Event, Report


def link_events(
    reports: list[Report], same: list[list[str]] = (), apart: list[list[str]] = ()
) -> list[Event]:
    groups: dict[tuple, list[Report]] = defaultdict(list)
    for report in reports:
        key = (report.date, tuple(report.countries)) if report.date else (report.name,)
        groups[key].append(report)
    events = []
    for members in groups.values():
        first = members[0]
        tag = hashlib.sha1(min(r.name for r in members).encode()).hexdigest()[:6]
        date = first.date.isoformat() if first.date else "undated"
        event_id = "-".join([date, *[c.lower() for c in first.countries], tag])
        for r in members:
            r.event = event_id
        events.append(Event(event_id, members, first.date, list(first.countries)))
    return sorted(events, key=lambda e: e.id)


def explain_pair(a: Report, b: Report, reports: list[Report]) -> str:
    linked = a.event is not None and a.event == b.event
    return f"{a.name} and {b.name}: {'linked' if linked else 'not linked'}"
