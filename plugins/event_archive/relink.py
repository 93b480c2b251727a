"""Linking again after a few reports changed, redoing only what they could change.

A full linking scores about a million candidate pairs at 20,000 seeds, yet an edit reaches
few of them. A report's weighed names depend on its own names and on the rarity and the
languages of those names across the archive; its candidate pairs, on the name keys and the
meeting block (host office, day) it shares; and groups grow only along links. So
`link_remembering` keeps a `LinkMemo` of each linking, and the next one, when only a few
reports changed, scores only the pairs of the reports an edit can reach (`_reached`) and
regroups only the linked components they belong to (`_regrouped`). The events are the ones
a full linking gives: the tests compare both after edits of every kind.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .events import Completion, Known, Linker, cluster, make_events, prepare
from .model import Event, Report

# Beyond this share of changed reports, linking everything again costs about as much.
MAX_CHANGED_SHARE = 0.05


@dataclass
class LinkMemo:
    """What one linking was given and found, report by report, in linking order."""

    context: str  # code, corrections, `same` and `apart`: a change in any links everything
    places: list[tuple[str, str]]  # (name, source) of each report
    given: list[str]  # what linking was given of each report (`cache.given_of`)
    offices: list[list[str]]  # the offices its lead names (costly to read again)
    names: list[dict[str, float]]  # its weighed name keys (`similarity.weighed_names`)
    pairs: list[list[str]]  # its lead's word pairs that may be names (`uncased.lead_pairs`)
    langs: list[str]
    blocks: list[tuple[str, int] | None]  # its meeting block
    links: list[tuple[float, int, int]]  # pairs that scored THRESHOLD or more
    groups: list[list[int]]  # the events' members, in order
    completions: list[Completion]  # of each group; a group kept takes its completion again


def link_remembering(
    reports: list[Report], same: list[list[str]], apart: list[list[str]], context: str,
    given: Callable[[Report], str], previous: LinkMemo | None = None,
) -> tuple[list[Event], LinkMemo]:
    """`events.link_events`, plus the memo of this linking; from `previous` where it can."""
    ordered = prepare(reports)
    places = [(r.name, r.source) for r in ordered]
    stands = [given(r) for r in ordered]
    aligned = _aligned(previous, context, places, stands)
    if aligned is None:
        linker = Linker(ordered, apart)
        links = linker.links(linker.partners())
        groups = cluster(linker, same, links)
        kept = {}
    else:
        previous, changed, removed = aligned
        known: list[Known | None]
        known = list(zip(previous.offices, previous.names, previous.pairs, strict=True))
        for i in changed:
            known[i] = None
        linker = Linker(ordered, apart, known)
        reach = _reached(linker, previous, changed, removed)
        fresh = linker.partners(only=reach)
        links = [link for link in previous.links if link[1] not in reach and link[2] not in reach]
        links += linker.links(fresh)
        regroup = _regrouped(reach, len(ordered), links, previous.links, same, linker.index)
        kept = {tuple(g): c for g, c in zip(previous.groups, previous.completions, strict=True)
                if regroup.isdisjoint(g)}
        groups = sorted([*map(list, kept), *cluster(linker, same, links, within=regroup)],
                        key=min)
    events, completions = make_events(linker, groups, kept)
    memo = LinkMemo(
        context, places, stands, [f.offices for f in linker.features],
        [f.names for f in linker.features], [sorted(f.lead_pairs) for f in linker.features],
        [r.lang for r in ordered],
        linker.blocks, links, groups, completions,
    )
    return events, memo


def relinks_few(
    reports: list[Report], context: str, given: Callable[[Report], str],
    previous: LinkMemo | None,
) -> bool:
    """Whether `link_remembering` would link again only from `previous`, a few reports
    changed: so little work that a worker process would cost more than it saves."""
    if previous is None:
        return False
    ordered = sorted(reports, key=lambda r: (r.name, r.source))
    return _aligned(previous, context, [(r.name, r.source) for r in ordered],
                    [given(r) for r in ordered]) is not None


@dataclass
class _Removed:
    """What reports no longer in the archive leave behind: the name keys whose rarity they
    changed, the meeting blocks they left, and the reports their events held or that they
    were linked to."""

    keys: set[str]
    blocks: set[tuple[str, int]]
    mates: set[int]


def _aligned(
    previous: LinkMemo | None, context: str, places: list[tuple[str, str]], stands: list[str]
) -> tuple[LinkMemo, list[int], _Removed] | None:
    """`previous` with its reports at their places in this linking, the reports changed or
    added since, and what the removed ones leave; None if everything must be linked."""
    if previous is None or previous.context != context:
        return None
    if previous.places == places:  # the same seeds: nothing to move
        changed = [i for i, (now, then) in enumerate(zip(stands, previous.given, strict=True))
                   if now != then]
        if len(changed) > MAX_CHANGED_SHARE * len(places):
            return None
        return previous, changed, _Removed(set(), set(), set())
    where = {place: i for i, place in enumerate(places)}
    new_of = [where.get(place) for place in previous.places]
    old_of: list[int | None] = [None] * len(places)
    for old, new in enumerate(new_of):
        if new is not None:
            old_of[new] = old
    gone = [old for old, new in enumerate(new_of) if new is None]
    changed = [i for i, old in enumerate(old_of)
               if old is None or stands[i] != previous.given[old]]
    if len(changed) + len(gone) > MAX_CHANGED_SHARE * len(places):
        return None

    def moved(values: list, empty: Callable[[], object]) -> list:
        return [values[old] if old is not None else empty() for old in old_of]

    gone_set = set(gone)
    groups, completions, mates = [], [], set()
    for group, completion in zip(previous.groups, previous.completions, strict=True):
        members = [new_of[i] for i in group if new_of[i] is not None]
        if len(members) < len(group):  # a member removed: its event is grouped again
            mates.update(members)
        if members:
            groups.append(members)
            completions.append(Completion(
                completion.date, completion.evidence, completion.countries,
                [(new_of[i], e) for i, e in completion.dated if i not in gone_set],
                completion.names))
    aligned = LinkMemo(
        context, places, moved(previous.given, str), moved(previous.offices, list),
        moved(previous.names, dict), moved(previous.pairs, list), moved(previous.langs, str),
        moved(previous.blocks, lambda: None),
        [(score, new_of[i], new_of[j]) for score, i, j in previous.links
         if i not in gone_set and j not in gone_set],
        groups, completions)
    for _, i, j in previous.links:  # what it was linked to may now stand apart
        if i in gone_set and new_of[j] is not None:
            mates.add(new_of[j])
        elif j in gone_set and new_of[i] is not None:
            mates.add(new_of[i])
    removed = _Removed({key for i in gone for key in previous.names[i]},
                       {previous.blocks[i] for i in gone} - {None}, mates)
    return aligned, changed, removed


def _reached(
    linker: Linker, previous: LinkMemo, changed: list[int], removed: _Removed
) -> set[int]:
    """The changed reports, and those whose weights, guessed names or candidate pairs they
    (or the removed ones) may have changed: every report holding a name key whose count or
    languages changed, or sharing a meeting block an edited report left or joined, and what
    a removed report was grouped or linked with."""
    features = linker.features
    blocks = linker.blocks
    keys = set(removed.keys)  # name keys whose rarity or languages may have changed
    left_or_joined = set(removed.blocks)
    for i in changed:
        before, now = previous.names[i].keys(), features[i].names.keys()
        same_lang = previous.langs[i] == linker.reports[i].lang
        keys |= before ^ now if same_lang else before | now
        left_or_joined |= {b for b in (previous.blocks[i], blocks[i]) if b is not None}
    reach = set(changed) | removed.mates
    if keys or left_or_joined:
        reach.update(j for j, f in enumerate(features)
                     if blocks[j] in left_or_joined or not keys.isdisjoint(f.names)
                     or not keys.isdisjoint(f.lead_pairs))
    return reach


def _regrouped(
    reach: set[int], count: int, links: list[tuple[float, int, int]],
    before: list[tuple[float, int, int]], same: Iterable[Iterable[str]], index: dict[str, int],
) -> set[int]:
    """The reports to group again: every component, linked now or before, that holds a
    reached report, and so on until no component is cut. Groups grow only along links
    (and `same`), so the others keep the groups they had."""
    now, then = _components(count, links, same, index), _components(count, before, same, index)
    regroup: set[int] = set()
    done: set[tuple[int, int]] = set()
    todo = list(reach)
    while todo:
        i = todo.pop()
        for which, parts in ((0, now), (1, then)):
            root = parts.find(i)
            if (which, root) not in done:
                done.add((which, root))
                todo += parts.members[root]
        regroup.add(i)
    return regroup


class _Parts:
    """Connected components of reports (union-find), with each root's members."""

    def __init__(self, count: int):
        self.parent = list(range(count))
        self.members: dict[int, list[int]] = {}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _components(
    count: int, links: list[tuple[float, int, int]], same: Iterable[Iterable[str]],
    index: dict[str, int],
) -> _Parts:
    parts = _Parts(count)
    for _, i, j in links:
        parts.union(i, j)
    for names in same:
        members = [index[n] for n in names if n in index]
        for other in members[1:]:
            parts.union(members[0], other)
    for i in range(count):
        parts.members.setdefault(parts.find(i), []).append(i)
    return parts
