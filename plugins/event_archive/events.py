"""link_events(reports) -> events: which reports tell of the same happening.

Candidate pairs come from blocking on rare name keys, and on the host's office and day
(never all pairs); a pair is scored by its rarity-weighted shared names, or as one meeting
when the leads agree on office, countries, day and people (`meeting.py`), and refused
outright when the dates, the country sets or the hosts' offices contradict. Clusters grow
by average linkage with a veto: two groups join only if no member pair contradicts, so one
strong but wrong link cannot chain two events together. Merging two events is worse than
missing a link, so every rule leans towards keeping reports apart. Then each event
completes the dates its reports lack (`completion.py`).

Tens of thousands of reports make about a million candidate pairs: each report's weighted
names are found once (`similarity.weigh`), and the pairs are scored on every core.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from itertools import product

from .completion import complete_dates, event_countries, event_ids
from .meeting import SAME_MEETING_SCORE, SURNAME_SOUNDS, same_meeting
from .model import Event, Evidence, Report
from .parallel import run_sharded
from .roles import lead_roles, offices_conflict
from .similarity import (
    LEAD_WEIGHT,
    PAIR_BONUS,
    Features,
    Weighted,
    date_agreement,
    features,
    name_score,
    pair_score,
    rarity,
    weigh,
)
from .uncased import add_uncased_names, lead_pairs, name_languages

THRESHOLD = 0.4  # name score a pair needs to be linked
# Mean score between two groups that join: one meeting told by reports that each share
# enough with some of the others, though not with all (names in one script, office in another).
GROUP_THRESHOLD = 0.2
SMALL_BLOCK = 30  # reports sharing a name key this rare are all compared
BLOCK_LIMIT = 5000  # a name key shared by more reports than this is too common to block on


class Linker:
    """The pairwise evidence over one set of reports, shared by linking and explaining."""

    def __init__(
        self, reports: list[Report], apart: Iterable[Iterable[str]] = (),
        known: list[Known | None] | None = None,
    ):
        """`known`: each report's lead offices, weighed names and lead word pairs, where an
        earlier linking found them (`relink.py`)."""
        self.reports = reports
        # Reading the leads is the costly part: on every core, for those not known.
        known = known or [None] * len(reports)
        missing = [r for r, k in zip(reports, known, strict=True) if k is None]
        read = iter(run_sharded(missing, read_lead))
        self.features = [_features(r, *(k if k is not None else next(read)))
                         for r, k in zip(reports, known, strict=True)]
        langs = name_languages(self.features)
        add_uncased_names(self.features, langs)
        self.idf = rarity(self.features)
        self.index = {r.name: i for i, r in enumerate(reports)}
        self.apart: set[tuple[int, int]] = set()
        for group in apart:
            members = sorted(self.index[n] for n in group if n in self.index)
            self.apart |= {(a, b) for a in members for b in members if a < b}
        self._scores: dict[tuple[int, int], float] = {}
        # Names written in several languages: people and places, not phrases of one language.
        # One word counts only when it is long enough to be a surname rather than a syllable.
        self.across = {k for k, found in langs.items() if len(found) > 1
                       and ("_" in k or len(k) >= SURNAME_SOUNDS)}
        # Weighed when first scored: linking again after an edit scores few reports' pairs.
        self._weighted: list[Weighted | None] = [None] * len(reports)

    def weighted(self, i: int) -> Weighted:
        """Report i's weighed names (`similarity.weigh`), found once per run."""
        found = self._weighted[i]
        if found is None:
            found = self._weighted[i] = weigh(self.features[i], self.idf, self.across)
        return found

    def veto(self, i: int, j: int) -> str | None:
        """Why reports i and j cannot be one event, or None."""
        if (min(i, j), max(i, j)) in self.apart:
            return "kept apart by a correction"
        a, b = self.features[i], self.features[j]
        if date_agreement(a, b) == "conflict":
            return "their dates disagree"
        if a.countries - b.countries and b.countries - a.countries:
            return "each names a country the other does not"
        if offices_conflict(a.offices, b.offices):
            return "their leads name different offices"
        return None

    def score(self, i: int, j: int) -> float:
        """The name score, raised to SAME_MEETING_SCORE when the leads tell of one meeting."""
        key = (min(i, j), max(i, j))
        if key not in self._scores:
            self._scores[key] = self._score(key)
        return self._scores[key]

    def links(self, partners: list[list[int]]) -> list[tuple[float, int, int]]:
        """(score, i, j) of the candidate pairs (j in `partners[i]`, from `partners`) that
        score THRESHOLD or more.

        All in this process: a second scoring process would touch every report's weights,
        and the copies the fork makes of them cost more memory (about 100 MiB at 20,000
        reports) than the few seconds it saves. No list of a million pairs is ever made,
        and their scores are not kept: of all candidate pairs, linking reads again only the
        few within the groups it weighs, which `score` keeps.
        """
        features, weighted, value = self.features, self.weighted, self._value
        found = []
        for i, js in enumerate(partners):  # a million pairs at 20,000 reports: written out
            if js:
                a, wa = features[i], weighted(i)
                found += [(score, i, j) for j in js
                          if (score := value(a, wa, features[j], weighted(j))) >= THRESHOLD]
        return found

    def _score(self, pair: tuple[int, int]) -> float:
        """The score of one pair, computed (`score` keeps it, `links` does not)."""
        i, j = pair
        return self._value(self.features[i], self.weighted(i), self.features[j],
                           self.weighted(j))

    def _value(self, a: Features, wa: Weighted, b: Features, wb: Weighted) -> float:
        score = pair_score(a, b, wa, wb)
        if score < SAME_MEETING_SCORE and same_meeting(a, b, self.across):
            score = SAME_MEETING_SCORE
        return score

    @cached_property
    def days(self) -> list[int | None]:
        """Each report's day to block on (`_day`)."""
        return [_day(f) for f in self.features]

    @cached_property
    def blocks(self) -> list[tuple[str, int] | None]:
        """Each report's meeting block (host office, day), where it has one."""
        return [(f.office, day) if f.office not in (None, "minister") and day is not None
                else None for f, day in zip(self.features, self.days, strict=True)]

    def candidates(self, only: set[int] | None = None) -> list[tuple[int, int]]:
        """The candidate pairs (i < j) of `partners`, in order."""
        return [(i, j) for i, js in enumerate(self.partners(only)) for j in js]

    def partners(self, only: set[int] | None = None) -> list[list[int]]:
        """For each report i, the reports j > i that share a name key with it, in order;
        never all pairs. With `only`, just the pairs of those reports.

        A key few reports share pairs them all; a commoner key (the usual host) pairs only
        reports within a day of each other, and a key nearly every report has pairs none.
        """
        postings: dict[str, list[int]] = defaultdict(list)
        for i, f in enumerate(self.features):
            for key in f.names:
                if key in self.idf:
                    postings[key].append(i)
        days = self.days
        later: list[set[int]] = [set() for _ in self.features]  # the j > i paired with each i
        for members in postings.values():
            if only is not None and only.isdisjoint(members):
                continue
            if len(members) <= SMALL_BLOCK:
                _pair_all(members, later)
            elif len(members) <= BLOCK_LIMIT:
                _pair_same_days(members, days, later, only)
        # Reports in scripts that mark no names meet the others by host office and day.
        meetings: dict[tuple[str, int], list[int]] = defaultdict(list)
        for i, block in enumerate(self.blocks):
            if block is not None:
                meetings[block].append(i)
        for members in meetings.values():
            if len(members) <= SMALL_BLOCK and (only is None or not only.isdisjoint(members)):
                _pair_all(members, later)
        # In order: one report's pairs are scored one after another, its data at hand.
        return [sorted(js if only is None or i in only else js & only)
                for i, js in enumerate(later)]


# What linking reads of a report's lead, kept by a linking's memo: its offices, its weighed
# names, its word pairs that may be names (`uncased.lead_pairs`).
Known = tuple[list[str], dict[str, float] | None, list[str]]


def read_lead(report: Report) -> Known:
    """A job a worker can run (`parallel.run_sharded`); the names are weighed later. Also
    the part of a report's text that `cache.read_by_linking` digests."""
    return lead_roles(report.paragraphs), None, sorted(lead_pairs(report.paragraphs))


def _features(
    report: Report, offices: list[str], names: dict[str, float] | None, pairs: list[str]
) -> Features:
    found = features(report, offices, names)
    found.lead_pairs = set(pairs)
    return found


def _day(f: Features) -> int | None:
    """A day of the year to block on (month and day: a partial clue has no year)."""
    if f.date:
        return f.date.month * 31 + f.date.day
    if f.clue and f.clue.month and f.clue.day:
        return f.clue.month * 31 + f.clue.day
    return None


def _pair_all(members: list[int], later: list[set[int]]) -> None:
    """Pair every two of some reports (given in ascending order)."""
    for k, a in enumerate(members):
        later[a].update(members[k + 1:])


def _pair_same_days(
    members: list[int], days: list[int | None], later: list[set[int]], only: set[int] | None
) -> None:
    """Pair the reports (given in ascending order) within a day of each other; with `only`,
    on the days of those reports."""
    by_day: dict[int, list[int]] = defaultdict(list)
    for i in members:
        if days[i] is not None:
            by_day[days[i]].append(i)
    for day, here in by_day.items():
        if only is not None and only.isdisjoint(here) and only.isdisjoint(by_day.get(day + 1, ())):
            continue
        _pair_all(here, later)
        for a, b in product(here, by_day.get(day + 1, ())):
            later[min(a, b)].add(max(a, b))


def link_events(
    reports: list[Report], same: Iterable[Iterable[str]] = (), apart: Iterable[Iterable[str]] = ()
) -> list[Event]:
    """Group reports into events; set `report.event` and complete dates from siblings."""
    ordered = prepare(reports)
    linker = Linker(ordered, apart)
    links = linker.links(linker.partners())
    return make_events(linker, cluster(linker, same, links))[0]


def prepare(reports: list[Report]) -> list[Report]:
    """The reports in linking order (the same in any input order), without the dates an
    earlier linking gave them: linking again starts from what extraction found."""
    for report in reports:
        if report.date_source == "sibling":
            report.date, report.date_source = None, "none"
            report.evidence = [e for e in report.evidence if e.source != "sibling"]
    return sorted(reports, key=lambda r: (r.name, r.source))


@dataclass
class Completion:
    """What one event's reports give it, and the members dated from the others."""

    date: dt.date | None
    evidence: list[Evidence]
    countries: list[str]
    dated: list[tuple[int, Evidence]]  # (member, the evidence of the date it was given)
    names: list[str] | None = None  # `completion._ranked_names`, once an id needed them

    def __reduce__(self):
        """As plain tuples: tens of thousands are pickled in each linking's memo, and
        Evidence objects pickle field by field in Python."""
        return _completion, (self.date, [e.as_tuple() for e in self.evidence], self.countries,
                             [(i, e.as_tuple()) for i, e in self.dated], self.names)


def _completion(date, evidence, countries, dated, names) -> Completion:
    return Completion(date, [Evidence(*e) for e in evidence], countries,
                      [(i, Evidence(*e)) for i, e in dated], names)


def complete(linker: Linker, members: list[int]) -> Completion:
    """Complete one group's dates (`completion.complete_dates`) and countries."""
    event_reports = [linker.reports[i] for i in members]
    date, evidence = complete_dates(event_reports, [linker.features[i] for i in members])
    countries = event_countries(event_reports)
    evidence.append(Evidence("countries", ",".join(countries) or "none", "reports",
                             f"every country one of its {len(event_reports)} report(s) names"))
    dated = [(i, linker.reports[i].evidence[-1]) for i in members
             if linker.reports[i].date_source == "sibling"]
    return Completion(date, evidence, countries, dated)


def make_events(
    linker: Linker, groups: list[list[int]], known: dict[tuple[int, ...], Completion] | None = None
) -> tuple[list[Event], list[Completion]]:
    """One event per group of reports (given by `cluster`), its dates completed, its id set;
    a group `known` from an earlier linking takes its completion as it was."""
    ordered = linker.reports
    known = known or {}
    events, completions = [], []
    for members in groups:
        done = known.get(tuple(members))
        if done is None:
            done = complete(linker, members)
        else:
            for i, evidence in done.dated:
                ordered[i].date, ordered[i].date_source = done.date, "sibling"
                ordered[i].evidence.append(evidence)
        completions.append(done)
        events.append(Event("", [ordered[i] for i in members], done.date, done.countries,
                            list(done.evidence)))
    names = [c.names for c in completions]
    for event, event_id in zip(events, event_ids(events, names), strict=True):
        event.id = event_id
        for report in event.reports:
            report.event = event_id
    for completion, found in zip(completions, names, strict=True):
        completion.names = found or None
    return sorted(events, key=lambda e: e.id), completions


def cluster(
    linker: Linker, same: Iterable[Iterable[str]], links: list[tuple[float, int, int]],
    within: set[int] | None = None,
) -> list[list[int]]:
    """Average-linkage growth of groups from the strongest links down, with vetoes; only of
    the reports `within`, if given (they must hold every report a link or `same` joins
    to one of them). Groups in order of their first report, each in order."""
    n = len(linker.reports)
    group_of = list(range(n))
    groups: dict[int, list[int]] = {i: [i] for i in (range(n) if within is None else within)}

    def join(a: int, b: int) -> None:
        a, b = sorted((group_of[a], group_of[b]))
        for i in groups[b]:
            group_of[i] = a
        groups[a] += groups.pop(b)

    for names in same:
        members = [linker.index[m] for m in names if m in linker.index]
        members = [m for m in members if within is None or m in within]
        for other in members[1:]:
            if group_of[other] != group_of[members[0]]:
                join(members[0], other)
    for _, i, j in sorted(links, key=lambda t: (-t[0], t[1], t[2])):
        if group_of[i] == group_of[j] or (within is not None and i not in within):
            continue
        left, right = groups[group_of[i]], groups[group_of[j]]
        if any(linker.veto(a, b) for a in left for b in right):
            continue
        mean = sum(linker.score(a, b) for a in left for b in right) / (len(left) * len(right))
        if mean >= GROUP_THRESHOLD:
            join(i, j)
    return sorted((sorted(group) for group in groups.values()), key=min)


def explain_pair(a: Report, b: Report, reports: list[Report]) -> str:
    """Whether two reports are one event, and the evidence for and against it."""
    pool = reports if any(r is a for r in reports) else [*reports, a, b]
    linker = Linker(pool)
    i, j = next(k for k, r in enumerate(pool) if r is a), next(k for k, r in enumerate(pool)
                                                             if r is b)
    fa, fb = linker.features[i], linker.features[j]
    shared = name_score(fa, fb, linker.idf, linker.across)[1]
    score = linker.score(i, j)
    linked = a.event is not None and a.event == b.event
    lines = [f"{a.name} and {b.name}: {'linked' if linked else 'not linked'}"
             f" ({a.event or 'no event'} / {b.event or 'no event'})"]
    lines.append(f"  dates      {_date_text(fa)} / {_date_text(fb)}: {date_agreement(fa, fb)}")
    common = sorted(fa.countries & fb.countries)
    lines.append(f"  countries  {','.join(sorted(fa.countries)) or '-'} / "
                 f"{','.join(sorted(fb.countries)) or '-'}: shared {','.join(common) or 'none'}")
    top = ", ".join(f"{key} {weight:.2f}" for weight, key in shared[:12])
    lines.append(f"  names      shared keys (weight): {top or 'none'}")
    against = [f"{k} ({x.report.name} only)" for x, y in ((fa, fb), (fb, fa))
               for k, w in sorted(x.names.items()) if k in linker.across
               and w >= LEAD_WEIGHT * PAIR_BONUS and k not in y.names]
    lines.append(f"  against    leading names only one gives: {', '.join(against) or 'none'}")
    meeting = "yes" if same_meeting(fa, fb, linker.across) else "no"
    lines.append(f"  host       {fa.office or '-'} / {fb.office or '-'}; leads tell of one "
                 f"meeting (office, countries, day, people): {meeting}")
    lines.append(f"  score      {score:.3f} (threshold {THRESHOLD})")
    veto = linker.veto(i, j)
    if veto:
        rule = f"veto: {veto}"
    elif score >= THRESHOLD:
        rule = "score at or above the threshold"
    else:
        rule = "score below the threshold"
    if linked and (veto or score < THRESHOLD):
        rule += "; joined through other reports of the event, or by a correction"
    if not linked and not veto and score >= THRESHOLD:
        rule += "; held apart by the rest of the reports (a contradiction or a weak group)"
    lines.append(f"  rule       {rule}")
    return "\n".join(lines)


def _date_text(f: Features) -> str:
    if f.date:
        return f.date.isoformat()
    if f.clue:
        return "-".join("??" if p is None else str(p) for p in (f.clue.year, f.clue.month,
                                                                f.clue.day))
    return "none"
