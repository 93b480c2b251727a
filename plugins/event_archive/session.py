"""What a process that builds again and again keeps between builds (`make devserver`).

A build from the command line reads every cached report back from SQLite and links again in
a worker, about seven seconds at 20,000 seeds even when one seed changed. A `Session` keeps
the extracted reports, the seeds' file stamps and the last linking with its memo in memory,
so the next build in the same process extracts and relinks only what changed. The SQLite
cache is still written, so a build from the command line afterwards starts warm too.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .cache import (
    ExtractionCache,
    Kept,
    Said,
    Snapshot,
    link_snapshot,
    load_snapshot,
    renamed,
    restore_links,
    what_it_says,
)
from .model import Event, Problem, Report
from .relink import LinkMemo


@dataclass
class Session:
    """Kept by the process between builds; every build of it reads one seeds folder."""

    version: str = ""  # the extraction code that read `reports`
    stamps: dict[str, tuple[str, str]] | None = None  # as `ExtractionCache.stamps()`
    # seed digest -> (its report as extracted, `what_it_says` of it)
    reports: dict[str, tuple[Report, Said]] = field(default_factory=dict)
    links: HeldLinks | None = None  # the last linking
    search_records: Recall = field(default_factory=lambda: Recall())
    build_report_lines: Recall = field(default_factory=lambda: Recall())
    page_digests: Recall = field(default_factory=lambda: Recall())  # of reports and events
    templates: dict[str, bytes] = field(default_factory=dict)  # compiled (`build.HeldTemplates`)
    cache_path: Path | None = None  # where `save` writes what the builds kept in memory
    manifest: tuple[Path | None, dict[str, list]] | None = None  # the last pages' manifest
    manifest_saved: bool = True  # whether its file on disk is that
    # What a watcher saw change since the last build (resolved paths); None: not known.
    changes: set[str] | None = None
    listing: SeedListing | None = None  # the last scan of the seeds folder
    read_as: dict[str, str] = field(default_factory=dict)  # seed -> digest the last build read

    def find_seeds(
        self, paths: list[str], find: Callable[[list[str]], tuple[list[str], list[Problem]]],
    ) -> tuple[list[str], list[Problem], dict[str, str]]:
        """`find(paths)`, and the seeds known unchanged since the last build read them, with
        their digests: all the watcher's word (`changes`) does not name, so their files are
        not asked again. Without a word (a first build), or after a change that is no edit of
        a listed seed (a file added or removed), the folder is scanned and every seed asked."""
        changes, self.changes = self.changes, None
        listing = self.listing
        if changes is not None and listing is not None and listing.paths == paths:
            named = listing.named(changes)
            if named is not None:
                known = {seed: digest for seed, digest in self.read_as.items()
                         if seed not in named}
                return list(listing.seeds), list(listing.problems), known
        seeds, problems = find(paths)
        self.listing = SeedListing.of(paths, seeds, problems)
        return seeds, list(problems), {}

    def note_read(self, seeds: list[str], reports: list[Report]) -> None:
        """What each seed was read as, for the next build's `find_seeds`."""
        self.read_as = {seed: report.digest for seed, report in zip(seeds, reports, strict=True)
                        if not any(p.kind == "unreadable" for p in report.problems)}

    def forget_except(self, digests: set[str]) -> None:
        """Let go of the reports of seeds no longer in the folder (edited or removed)."""
        for digest in self.reports.keys() - digests:
            del self.reports[digest]

    def save(self) -> None:
        """Write what the builds kept in memory only, for the next build from the command
        line: the pages' manifest, and the last linking and its memo, which it relinks from
        (pickling the memo takes a tenth of a second at 20,000 seeds).

        Until then the files on disk are older, never wrong: a page the manifest lists is
        kept only while its file is the one the manifest names."""
        if self.manifest is not None and not self.manifest_saved:
            from .pagekeys import save_manifest  # which imports this module

            save_manifest(*self.manifest)
            self.manifest_saved = True
        held = self.links
        if held is None or held.saved or self.cache_path is None:
            return
        cache = ExtractionCache(self.cache_path)
        try:
            cache.put_links(held.key, [], [], held.memo or b"", held.decided)
        finally:
            cache.close()
        held.saved = True


@dataclass
class SeedListing:
    """A scan of the seeds folder (`archive.find_seeds`): it stands while a watcher names
    only listed seeds, each still a file."""

    paths: list[str]  # as asked
    seeds: list[str]
    problems: list[Problem]
    roots: tuple[str, ...]  # the paths asked, resolved, as a watcher names what is under them
    by_path: dict[str, str]  # a seed's resolved path -> the seed
    links: frozenset[str]  # seeds that are symbolic links: a watcher names their targets

    @classmethod
    def of(cls, paths: list[str], seeds: list[str], problems: list[Problem]) -> SeedListing:
        folders: dict[str, str] = {}
        by_path: dict[str, str] = {}
        links = set()
        for seed in seeds:
            folder, name = os.path.split(seed)
            real = folders.get(folder) or folders.setdefault(folder, os.path.realpath(folder))
            if os.path.islink(seed):
                links.add(seed)
            else:
                by_path[os.path.join(real, name)] = seed
        roots = tuple(os.path.realpath(path) for path in paths)
        return cls(paths, seeds, problems, roots, by_path, frozenset(links))

    def named(self, changes: Iterable[str]) -> set[str] | None:
        """The seeds `changes` may have changed (with every link), or None if a change under
        the seeds folder is not the edit of a listed seed."""
        named = set(self.links)
        for path in changes:
            if not any(path == root or path.startswith(root + os.sep) for root in self.roots):
                continue  # the theme, a hand-written page, the settings
            seed = self.by_path.get(path)
            if seed is None or not os.path.isfile(path):
                return None
            named.add(seed)
        return named


@dataclass
class HeldLinks:
    """The last linking, in memory: its key, what it decided (`cache.link_snapshot`), its
    memo, and whether the cache on disk has them."""

    key: str
    decided: bytes
    memo: LinkMemo | None
    saved: bool = False
    _loaded: Snapshot | None = field(default=None, init=False, repr=False)

    def loaded(self) -> Snapshot:
        """`decided` as `restore_links` reads it, loaded once for the session's builds."""
        if self._loaded is None:
            self._loaded = load_snapshot(self.decided)
        return self._loaded


Recalled = Callable[[Hashable, Callable[[], str]], str]  # (inputs, make) -> text: a `Recall`


class Recall:
    """Texts one build made, each by the plain inputs it was made from: the next build takes
    those whose inputs are unchanged rather than making them again. `start` begins a build;
    only what the last one asked for is kept (`made`)."""

    def __init__(self, last: dict[Hashable, str] | None = None) -> None:
        self._last: dict[Hashable, str] = last or {}
        self._now: dict[Hashable, str] = {}
        self._fresh = 0  # texts this build made rather than took

    @property
    def made(self) -> dict[Hashable, str]:
        """What this build asked for, by its inputs."""
        return self._now

    @property
    def changed(self) -> bool:
        """Whether this build asked for anything but exactly what the last one made."""
        return bool(self._fresh) or len(self._now) != len(self._last)

    def start(self) -> None:
        self._last, self._now, self._fresh = self._now or self._last, {}, 0

    def __call__(self, key: Hashable, make: Callable[[], str]) -> str:
        found = self._last.get(key) or self._now.get(key)  # most are found in `_last`
        if found is None:
            found = make()
            self._fresh += 1
        self._now[key] = found
        return found


def fresh_copy(report: Report) -> Report:
    """A copy a build may change (corrections, duplicates and linking set fields and add
    evidence and problems); the body, names and clues are shared, never changed."""
    made = report.__copy__()
    made.evidence, made.problems = list(report.evidence), list(report.problems)
    return made


class SessionCache(ExtractionCache):
    """The extraction cache, read through the session's memory first."""

    warm = True
    remembers_links = True  # type: ignore[assignment]  # in memory, with or without a file

    def __init__(self, path: str | Path | None, session: Session):
        super().__init__(path)
        self.session = session
        session.cache_path = Path(path) if path is not None else None
        if session.version != self.version:
            session.reports.clear()
            session.version = self.version

    def stamps(self) -> dict[str, tuple[str, str]]:
        if self.session.stamps is None:
            self.session.stamps = super().stamps()
        return self.session.stamps

    def put_stamps(self, stamped: list[tuple[str, str, str]]) -> None:
        super().put_stamps(stamped)
        if self.session.stamps is not None:
            self.session.stamps.update((source, (stamp, digest))
                                       for source, stamp, digest in stamped)

    def known(self, digests) -> set[str]:
        digests = set(digests)
        held = digests & self.session.reports.keys()
        return held | super().known(digests - held)

    def get_many(self, wanted: list[tuple[str, str, str]]) -> list[Report | None]:
        held = self.session.reports
        found: list[Report | None] = [None] * len(wanted)
        asked = [i for i, (digest, _, _) in enumerate(wanted) if digest not in held]
        for i, report in zip(asked, super().get_many([wanted[i] for i in asked]), strict=True):
            if report is not None:
                held[report.digest] = (fresh_copy(report), self.said[report.digest])
            found[i] = report
        for i, (digest, source, name) in enumerate(wanted):
            if found[i] is None and digest in held:
                report, said = held[digest]
                self.said[digest] = said
                found[i] = renamed(fresh_copy(report), source, name)
        return found

    def put(self, report: Report, kept: Kept | None = None) -> None:
        super().put(report, kept)  # which sets `said` when there is a file
        said = self.said.get(report.digest) or (kept[1] if kept else what_it_says(report))
        self.said[report.digest] = said
        self.session.reports[report.digest] = (fresh_copy(report), said)

    def get_links(self, key: str, reports: list[Report]) -> list[Event] | None:
        """The last linking, from memory, or from the disk and then kept in memory: the
        builds after an edit that changes nothing linking reads take it again."""
        held = self.session.links
        if held is None or held.key != key:
            decided = self.decided(key)
            if decided is None:
                return None
            held = self.session.links = HeldLinks(key, decided, None, saved=True)
        return restore_links(reports, held.loaded())

    def last_memo(self) -> LinkMemo | None:
        held = self.session.links
        if held is None:
            return super().last_memo()
        if held.memo is None and held.saved:  # the memo on disk is of this linking
            held.memo = super().last_memo()
        return held.memo

    def put_links(
        self, key: str, reports: list[Report], events: list[Event],
        memo: LinkMemo | bytes = b"", decided: bytes | None = None,
    ) -> None:
        """A linking made in a worker (`decided` given) is written at once, as without a
        session; one made here is kept in memory only, until the next or `Session.save`."""
        saved = decided is not None
        if saved:
            super().put_links(key, reports, events, memo, decided)
        else:
            decided = link_snapshot(reports, events)
        if isinstance(memo, bytes):
            memo = pickle.loads(memo) if memo else None  # type: ignore[assignment]
        self.session.links = HeldLinks(key, decided, memo, saved)  # type: ignore[arg-type]
