"""load_archive(seeds) -> reports and events: what both the CLI and the site build use."""

from __future__ import annotations

import hashlib
import os
import pickle
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from .cache import (
    ExtractionCache,
    Kept,
    Said,
    given_of,
    kept_of,
    link_snapshot,
    linking_context,
    linking_key,
    restore_links,
)
from .corrections import CorrectionError, Corrections
from .events import link_events
from .extract import extract_report, read_seed_bytes, unreadable_report
from .model import Event, Problem, Report
from .parallel import few_collections, in_child, release_free_memory, start_in_child
from .relink import LinkMemo, link_remembering, relinks_few
from .session import Session, SessionCache

SEED_SUFFIXES = (".txt",)
RACY_SECONDS = 2  # a file changed this recently may change again within one stamp
PARALLEL_FROM = 64  # below this many cold seeds, worker start-up costs more than it saves


@dataclass
class Archive:
    reports: list[Report]
    events: list[Event]
    problems: list[Problem] = field(default_factory=list)  # about the folder, not one seed
    said: dict[str, Said] = field(default_factory=dict)  # seed digest -> `cache.what_it_says`
    # What linking was given besides the reports (`cache.linking_context`), when the cache
    # keeps linkings: the code, the corrections and the duplicates.
    linked_by: str | None = None

    def report(self, name: str) -> Report:
        return next(r for r in self.reports if r.name == name)


def find_seeds(paths: Iterable[str | Path]) -> tuple[list[str], list[Problem]]:
    """Seed files under the given files or folders, in a stable order; say what is passed over.
    Paths as strings: tens of thousands of `Path` objects take a tenth of a second to make."""
    seeds: list[str] = []
    problems: list[Problem] = []
    keys: list[str] = []  # each seed's absolute path, without asking the system again
    for given in map(Path, paths):
        if given.is_file():
            seeds.append(str(given))
            keys.append(os.path.abspath(given))
            continue
        if not given.is_dir():
            problems.append(Problem("missing", f"{given}: no such file or folder"))
            continue
        root, base = given.resolve(), os.path.join(os.path.abspath(given), "")
        with os.scandir(given) as listing:  # one call per file, not a stat per question
            entries = sorted(listing, key=lambda e: e.name)
        for found in entries:
            entry = found.path  # the folder as given, joined to the name
            if found.is_symlink() and not Path(entry).resolve().is_relative_to(root):
                problems.append(
                    Problem("symlink", f"{entry}: link leaves the seeds folder, not followed"))
            elif found.is_dir():
                problems.append(
                    Problem("skipped", f"{entry}: a folder inside the seeds folder, not read"))
            elif not found.is_file():
                problems.append(Problem(
                    "unreadable", f"{entry}: not a regular file (pipe, socket, device), not read"))
            elif found.name.startswith("."):
                problems.append(Problem("skipped", f"{entry}: hidden file, not a seed"))
            elif not found.name.lower().endswith(SEED_SUFFIXES):
                problems.append(Problem("skipped", f"{entry}: not a seed (seeds end in .txt)"))
            else:
                seeds.append(entry)
                keys.append(base + found.name)
    return _unique(seeds, keys), problems


def _unique(seeds: list[str], keys: list[str]) -> list[str]:
    """A seed named twice (a file and its folder) is read once, under its first name.
    `keys` are their absolute paths: a link to another seed is a seed of its own."""
    seen: set[str] = set()
    unique = []
    for path, key in zip(seeds, keys, strict=True):
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


def read_reports(
    seeds: list[str], cache: ExtractionCache | None = None,
    unchanged: Mapping[str, str] | None = None,
) -> list[Report]:
    """Read every seed, from the cache where its content was read before.

    A seed whose file stamp is the one recorded when it was last read is not read again:
    its recorded digest stands for its bytes. `unchanged` gives the digests of seeds known
    unchanged since they were read (`Session.find_seeds`): their files are not asked.
    """
    cache = cache or ExtractionCache(None)
    stamps = cache.stamps()
    reports: list[Report | None] = [None] * len(seeds)
    digests: dict[int, str] = {}  # by place in `seeds`: tens of thousands of paths hash slowly
    fresh: list[tuple[int, str]] = []  # seeds read now, with their stamps
    now = time.time_ns()
    unchanged = unchanged or {}
    for i, source in enumerate(seeds):
        digest = unchanged.get(source)
        if digest is not None:
            digests[i] = digest
            continue
        try:
            stamp = file_stamp(source, now)
            known = stamps.get(source)
            if known is not None and known[0] == stamp:
                digests[i] = known[1]
                continue
            digests[i] = hashlib.sha256(read_seed_bytes(seeds[i])).hexdigest()
        except OSError as err:
            reports[i] = unreadable_report(seeds[i], err)
            continue
        if stamp:
            fresh.append((i, stamp))
    cached = cache.known(digests.values())
    cold = [i for i, digest in digests.items() if digest not in cached]  # the workers read them
    extracting = _start_extracting([seeds[i] for i in cold], cache.warm)  # while cached load
    warm = [i for i, digest in digests.items() if digest in cached]
    hits = cache.get_many([(digests[i], seeds[i], os.path.basename(seeds[i])) for i in warm])
    for i, hit in zip(warm, hits, strict=True):
        reports[i] = hit
    gone = [i for i, hit in zip(warm, hits, strict=True) if hit is None]  # since `known`
    extracted = chain(extracting(), _start_extracting([seeds[i] for i in gone], cache.warm)())
    for i, (report, kept) in zip(cold + gone, extracted, strict=True):
        reports[i] = report
        if not any(p.kind == "failed" for p in report.problems):
            cache.put(report, kept)
    # A stamp stands for bytes only once they are in the cache as read (not changed since).
    cache.put_stamps([(seeds[i], stamp, digests[i]) for i, stamp in fresh
                      if reports[i].digest == digests[i]])  # type: ignore[union-attr]
    return reports  # type: ignore[return-value]  # every place is filled


def file_stamp(path: str | Path, now: int | None = None) -> str:
    """What changes whenever a file's bytes do: size, times and inode. Empty for a file
    changed in the last RACY_SECONDS before `now` (nanoseconds; the time of the call if not
    given), which a second change could leave with the same stamp."""
    st = os.stat(path)
    if max(st.st_mtime_ns, st.st_ctime_ns) > (now or time.time_ns()) - RACY_SECONDS * 10**9:
        return ""
    return f"{st.st_size} {st.st_mtime_ns} {st.st_ctime_ns} {st.st_ino} {st.st_dev}"


def _start_extracting(
    sources: list[str], warm: bool = False
) -> Callable[[], Iterator[tuple[Report, Kept | None]]]:
    """Extraction of the cold seeds, started in workers: call the result for their reports,
    each with what the cache keeps of it (`cache.kept_of`), made in the worker too. A `warm`
    process extracts a few seeds itself: the models it loads serve its next build."""
    workers = min(os.cpu_count() or 1, 4)
    if not sources:
        return lambda: iter(())
    if warm and len(sources) < PARALLEL_FROM:
        return lambda: ((extract_file(source), None) for source in sources)
    if len(sources) < PARALLEL_FROM or workers < 2:
        # one worker all the same: the language models it loads never stay in the build
        return _unpickled(start_in_child(lambda: [extract_kept(source) for source in sources]))
    pool = ProcessPoolExecutor(workers)
    found = pool.map(extract_kept, sources, chunksize=32)

    def reports() -> Iterator[Kept]:
        with pool:
            yield from found

    return _unpickled(reports)


def _unpickled(
    kept: Callable[[], Iterable[Kept]]
) -> Callable[[], Iterator[tuple[Report, Kept | None]]]:
    """Each report as the workers kept it, one at a time: the pickled reports of a cold
    build are let go of as they are stored."""
    return lambda: ((pickle.loads(data), (data, said)) for data, said in kept())


def extract_kept(source: str) -> Kept:
    """`extract_file`, and what the cache keeps of the report (a job for a worker)."""
    return kept_of(extract_file(source))


def extract_file(source: str) -> Report:
    """Read and extract one seed (in a worker: the build never holds every seed's bytes)."""
    try:
        data = read_seed_bytes(source)
    except OSError as err:
        return unreadable_report(source, err)
    return extract_safely(data, source)


def extract_safely(data: bytes, source: str) -> Report:
    """A seed that trips a bug in one stage becomes a report with a problem, not a failed build."""
    try:
        return extract_report(data, source)
    except Exception as err:  # noqa: BLE001 - any bug in a stage must not lose the other seeds
        report = extract_report(b"", source)
        report.digest = hashlib.sha256(data).hexdigest()
        report.problems.append(
            Problem("failed", f"{source}: extraction failed ({type(err).__name__}: {err})"))
        return report


def mark_duplicates(reports: list[Report]) -> None:
    """Identical seeds under two names are both kept, and flagged."""
    first: dict[str, Report] = {}
    for report in reports:
        if not report.digest or not report.paragraphs:
            continue
        original = first.setdefault(report.digest, report)
        if original is not report:
            report.duplicate_of = original.name
            report.problems.append(
                Problem("duplicate", f"{report.source}: same content as {original.name}")
            )


def load_archive(
    paths: Iterable[str | Path],
    corrections: Corrections | None = None,
    cache_path: str | Path | None = None,
    session: Session | None = None,
) -> Archive:
    """`session` keeps what this build read for the next one in the same process."""
    paths = [str(path) for path in paths]
    if session is None:
        (seeds, problems), unchanged = find_seeds(paths), {}
    else:
        seeds, problems, unchanged = session.find_seeds(paths, find_seeds)
    cache = ExtractionCache(cache_path) if session is None else SessionCache(cache_path, session)
    try:
        with few_collections():
            reports = read_reports(seeds, cache, unchanged)
            if session is not None:
                session.forget_except({r.digest for r in reports})
                session.note_read(seeds, reports)
            release_free_memory()
            events, linked_by = _correct_and_link(reports, corrections, cache, problems)
    finally:
        cache.close()
    return Archive(reports, events, problems, cache.said, linked_by)


def _correct_and_link(
    reports: list[Report], corrections: Corrections | None, cache: ExtractionCache,
    problems: list[Problem],
) -> tuple[list[Event], str | None]:
    mark_duplicates(reports)
    same: list[list[str]] = []
    apart: list[list[str]] = []
    corrected = ""
    if corrections is not None:
        try:
            corrections.check_names({r.name for r in reports})
        except CorrectionError as err:  # the other corrections still apply
            problems.append(Problem("corrections", str(err)))
        for report in reports:
            corrections.apply(report)
        same, apart = corrections.same, corrections.apart
        corrected = repr(sorted(corrections.seeds.items()))
    duplicates = [[r.duplicate_of, r.name] for r in reports if r.duplicate_of]
    return link_cached(reports, same + duplicates, apart, cache, corrected)


def link_cached(
    reports: list[Report], same: list, apart: list, cache: ExtractionCache, corrected: str = ""
) -> tuple[list[Event], str | None]:
    """Link the reports, or take the last linking if it was given exactly the same input
    (`corrected` stands for the corrections applied to the reports); after a few reports
    changed, link again from the last linking's memo (`relink.py`). The events, and
    their linking's context (`cache.linking_context`) when the cache keeps linkings."""
    if not cache.remembers_links:
        return link_events(reports, same=same, apart=apart), None
    givens = [given_of(r, cache.said) for r in reports]
    context = linking_context(same, apart, corrected)
    key = linking_key(givens, context)
    events = cache.get_links(key, reports)
    if events is None:
        previous = cache.last_memo()
        by_report = dict(zip(map(id, reports), givens, strict=True))

        def given(report: Report) -> str:
            return by_report[id(report)]

        def link() -> tuple[list[Event], LinkMemo]:
            return link_remembering(reports, same, apart, context, given, previous)

        if relinks_few(reports, context, given, previous):  # small: here, not in a worker
            events, memo = link()
            cache.put_links(key, reports, events, memo)
            return events, context

        def in_worker() -> tuple[bytes, bytes]:
            """Its result as the worker sends it back: the memo is pickled once, for the
            cache, and not unpickled on the way."""
            events, memo = link()
            return (link_snapshot(reports, events),
                    pickle.dumps(memo, protocol=pickle.HIGHEST_PROTOCOL))

        # in a worker: the memory its comparisons take goes back when it ends
        decided, pickled = in_child(in_worker)
        events = restore_links(reports, decided)
        cache.put_links(key, reports, events, pickled, decided)
    return events, context
