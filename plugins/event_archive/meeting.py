"""Whether two reports' leads describe one meeting: who, in what office, where and when.

The name score (`similarity.name_score`) weighs every name two reports share; a short or
background-heavy report shares too few of them with its siblings. But a lead says who met
whom: two leads that agree on the host's office, on the countries, on the day and on the
people cannot be two meetings, however little else they share. The office stands for a
host whose name a report may not give, or gives in a script that reads differently.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Set

from .roles import roles_agree
from .similarity import LEAD_WEIGHT, PAIR_BONUS, Features, date_agreement

SAME_MEETING_SCORE = 0.5  # the score of a pair whose leads describe one meeting
NEAR_DAYS = 2  # an undated report published this soon after a dated one may tell of its day
# An undated report published this long after a meeting is still news of it; one published
# before it, or later, is of another occasion.
LATE_DAYS = 31
SURNAME_SOUNDS = 4  # a one-word key with this many consonants is a name, not a syllable
Span = tuple[dt.date, dt.date]  # the first and last day a publication header allows


def same_meeting(a: Features, b: Features, across: Set[str]) -> bool:
    """One office, the same countries, one day and the same people in both leads.

    On one day (or with an undated report published within NEAR_DAYS) one name in both
    leads, the visitor's, is enough when both name the host's office exactly. With no day
    to compare, two people (host and visitor, full names) must be in both leads. Nothing
    less will do: one visitor meets several hosts on one day, and one host several
    visitors. A report whose script marks no names (no capitals: Arabic, Thai,
    Devanagari...) can only agree on the rest: the exact office, the exact day and two
    countries or more.
    """
    if not roles_agree(a.office, b.office) or not _within(a.countries, b.countries):
        return False
    agreement = date_agreement(a, b)
    if agreement == "conflict" or _published_apart(a, b, LATE_DAYS):
        return False
    exact = a.office == b.office != "minister"
    if not _lead_names(a) or not _lead_names(b):
        return exact and agreement == "same" and len(a.countries | b.countries) >= 2
    shared = [k for k in _lead_names(a) & _lead_names(b)  # a guessed name is one across
              if k in across or k in a.guessed | b.guessed]
    if _people([k for k in shared if "_" in k]) >= 2:
        return True
    return bool(shared) and exact and (agreement == "same" or _published_near(a, b))


def _lead_names(f: Features) -> set[str]:
    """The name keys of a report's lead: full names, and single words long as a surname."""
    return f.guessed | {k for k, w in f.names.items() if w >= LEAD_WEIGHT * PAIR_BONUS
                        or w >= LEAD_WEIGHT and len(k) >= SURNAME_SOUNDS}


def _within(a: frozenset[str], b: frozenset[str]) -> bool:
    """Countries in common, and none that only one report names (one may name fewer)."""
    return bool(a & b) and (a <= b or b <= a)


def _people(keys: list[str]) -> int:
    """How many people some two-word keys name: keys that share a word are one person's."""
    groups: list[set[str]] = []
    for key in sorted(keys):
        words = set(key.split("_"))
        for group in [g for g in groups if g & words]:
            groups.remove(group)
            words |= group
        groups.append(words)
    return len(groups)


def _undated_published(a: Features, b: Features) -> Iterator[tuple[dt.date, Span]]:
    """(date of the dated report, publication span of the undated one) for either order."""
    for x, y in ((a, b), (b, a)):
        if x.date and not y.date and y.published:
            yield x.date, y.published


def _published_near(a: Features, b: Features) -> bool:
    """The undated report was published on the other's day or within NEAR_DAYS after it."""
    return any(first == last and 0 <= (first - date).days <= NEAR_DAYS
               for date, (first, last) in _undated_published(a, b))


def _published_apart(a: Features, b: Features, days: int) -> bool:
    """The undated report was published before the other's day, or over `days` after it."""
    return any(last < date or first > date + dt.timedelta(days=days)
               for date, (first, last) in _undated_published(a, b))
