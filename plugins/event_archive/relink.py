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
    changed = _changed(previous, context, places, stands)
    if changed is None or previous is None:
        linker = Linker(ordered, apart)
        links = linker.links(linker.partners())
        groups = cluster(linker, same, links)
        kept = {}
    else:
        known: list[Known | None]
        known = list(zip(previous.offices, previous.names, previous.pairs, strict=True))
        for i in changed:
            known[i] = None
        linker = Linker(ordered, apart, known)
        reach = _reached(linker, previous, changed)
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
    return _changed(previous, context, [(r.name, r.source) for r in ordered],
                    [given(r) for r in ordered]) is not None


def _changed(
    previous: LinkMemo | None, context: str, places: list[tuple[str, str]], stands: list[str]
) -> list[int] | None:
    """The reports that changed since `previous`, or None if everything must be linked."""
    if previous is None or previous.context != context or previous.places != places:
        return None
    changed = [i for i, (now, then) in enumerate(zip(stands, previous.given, strict=True))
               if now != then]
    return changed if len(changed) <= MAX_CHANGED_SHARE * len(places) else None


def _reached(linker: Linker, previous: LinkMemo, changed: list[int]) -> set[int]:
    """The changed reports, and those whose weights, guessed names or candidate pairs they
    may have changed: every report holding a name key whose count or languages changed,
    or sharing a meeting block an edited report left or joined."""
    features = linker.features
    blocks = linker.blocks
    keys: set[str] = set()  # name keys whose rarity or languages may have changed
    left_or_joined: set[tuple[str, int]] = set()
    for i in changed:
        before, now = previous.names[i].keys(), features[i].names.keys()
        same_lang = previous.langs[i] == linker.reports[i].lang
        keys |= before ^ now if same_lang else before | now
        left_or_joined |= {b for b in (previous.blocks[i], blocks[i]) if b is not None}
    reach = set(changed)
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
