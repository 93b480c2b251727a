"""Extraction results kept by seed content, so an unchanged seed is never read twice.

The key is the seed's bytes digest plus the extraction code's own digest: editing any
extraction module (or upgrading a library it relies on) invalidates every entry.

The last linking result is kept too, keyed by what linking reads of every report (`Said`),
its name and place, the corrections, and the linking and extraction code: an edit that
changes nothing linking reads (page junk, a word fixed past the lead) keeps it; any other
change relinks.
"""

from __future__ import annotations

import copy
import hashlib
import pickle
import re
import sqlite3
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import NamedTuple

from .events import read_lead
from .model import Event, Evidence, Report
from .relink import LinkMemo

EXTRACTION_ROOT = "extract"  # read_seed's module: every module it imports is extraction code
LINKING_ROOT = "relink"
LOCK_WAIT = 120  # seconds a build waits for another one writing the same cache
QUERY_CHUNK = 500  # digests asked for in one query (SQLite allows 32,766 parameters)
LIBRARIES = ("py3langid", "charset-normalizer", "ftfy", "anyascii", "babel")


def _add_modules(digest, root: str) -> None:
    """Add a package module and every package module it imports, however deep, to a digest."""
    here = Path(__file__).parent
    seen: set[str] = set()
    todo = [root]
    while todo:
        module = todo.pop()
        if module in seen or not (here / f"{module}.py").is_file():
            continue
        seen.add(module)
        source = (here / f"{module}.py").read_text(encoding="utf-8")
        todo += re.findall(r"^from \.(\w+) import", source, flags=re.MULTILINE)
    for module in sorted(seen):
        digest.update(module.encode() + (here / f"{module}.py").read_bytes())


@cache
def code_version() -> str:
    """The digest of the extraction code and of the libraries it relies on."""
    digest = hashlib.sha256()
    _add_modules(digest, EXTRACTION_ROOT)
    for library in LIBRARIES:
        try:
            digest.update(f"{library}={metadata.version(library)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(library.encode())
    return digest.hexdigest()[:16]


@cache
def linking_version() -> str:
    """The digest of the linking code, and of this module, which stores its result."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    _add_modules(digest, LINKING_ROOT)
    return digest.hexdigest()[:16]


class Said(NamedTuple):
    """Digests of what a report says: all of it, which its pages show, and the part that
    linking reads (`read_by_linking`), prefixed by the linking code that read it."""

    whole: str
    linked: str


def what_it_says(report: Report) -> Said:
    """What a report says: all of it but where it came from (the seed's bytes, name and
    place, and the problems named after them). An edit that extraction drops (a line of
    page junk) changes the seed but not what its report says."""
    shown = copy.copy(report)
    shown.digest = shown.source = shown.name = ""
    shown.problems, shown.event = [], None
    linked = f"{linking_version()}:{_sha256(repr(read_by_linking(shown)))}"
    return Said(_sha256(repr(shown)), linked)


Kept = tuple[bytes, Said]  # a report as the cache keeps it: pickled, and what it says


def kept_of(report: Report) -> Kept:
    """What the cache keeps of a report just extracted (made in the extraction worker: the
    build's own process then only unpickles the report)."""
    stored = copy.copy(report)
    stored.event = None
    return pickle.dumps(stored, protocol=pickle.HIGHEST_PROTOCOL), what_it_says(report)


def read_by_linking(report: Report) -> tuple:
    """Every field of a report that linking, date completion and event ids read (events.py,
    similarity.py, meeting.py, completion.py); of its text, what they find in its lead (the
    offices, the word pairs that may be names), so a word fixed elsewhere links the same.
    Its evidence is not read, only added to, and duplicates are linked through `same`."""
    offices, _, pairs = read_lead(report)
    return (report.lang, report.published, report.date, report.date_source,
            report.date_clues, report.countries, report.names, offices, pairs)


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def linking_context(same: list, apart: list, corrected: str = "") -> str:
    """What linking is given besides the reports: the code, the corrections applied to the
    reports (`corrected`), and the groups kept together or apart."""
    context = f"{linking_version()} {code_version()} {corrected} {(same, apart)!r}"
    return _sha256(context)


def given_of(report: Report, said: dict[str, Said]) -> str:
    """What linking is given of one report (it reads neither its problems nor its seed's
    bytes). A report read through the cache stands as its name, place and what linking
    reads of it (`said`, by seed digest), made with this extraction code; any other stands
    as itself."""
    if report.digest in said:
        return repr((report.name, report.source, said[report.digest].linked))
    return _sha256(repr(report))


def linking_key(given: Iterable[str], context: str) -> str:
    """Everything linking is given: its context (`linking_context`) and each report
    (`given_of`, in order)."""
    digest = hashlib.sha256(context.encode())
    for text in given:
        digest.update(text.encode())
    return digest.hexdigest()


def link_snapshot(reports: list[Report], events: list[Event]) -> bytes:
    """What linking decided: each report's event, the dates it gave, the events' members.
    Evidence goes as plain tuples: Evidence objects pickle field by field in Python."""
    index = {id(r): i for i, r in enumerate(reports)}
    marks = [r.event for r in reports]
    dated = {i: (r.date, r.evidence[-1].as_tuple()) for i, r in enumerate(reports)
             if r.date_source == "sibling"}
    groups = [(e.id, [index[id(r)] for r in e.reports], e.date, e.countries,
               [x.as_tuple() for x in e.evidence]) for e in events]
    return pickle.dumps((marks, dated, groups), protocol=pickle.HIGHEST_PROTOCOL)


Snapshot = tuple[list, dict, list]  # a `link_snapshot` loaded (`load_snapshot`)


def load_snapshot(data: bytes) -> Snapshot:
    """A `link_snapshot` as `restore_links` reads it, its evidence made objects again."""
    marks, dated, groups = pickle.loads(data)
    return (marks, {i: (date, Evidence(*sibling)) for i, (date, sibling) in dated.items()},
            [(eid, members, date, countries, [Evidence(*x) for x in evidence])
             for eid, members, date, countries, evidence in groups])


def restore_links(reports: list[Report], snapshot: bytes | Snapshot) -> list[Event]:
    """The events of a `link_snapshot` (pickled, or loaded), its reports dated as linking
    dated them: each report's evidence is what extraction gave it, then the date its event
    gave it. The events share nothing with the snapshot but its evidence, which is frozen:
    a loaded snapshot restores the builds of a session."""
    marks, dated, groups = load_snapshot(snapshot) if isinstance(snapshot, bytes) else snapshot
    for report, event in zip(reports, marks, strict=True):
        report.event = event
    for i, (date, sibling) in dated.items():
        report = reports[i]
        report.date, report.date_source = date, "sibling"
        report.evidence = [*(e for e in report.evidence if e.source != "sibling"), sibling]
    return [Event(eid, [reports[i] for i in members], date, list(countries), list(evidence))
            for eid, members, date, countries, evidence in groups]


def renamed(report: Report, source: str, name: str) -> Report:
    """A cached report as the report of the seed at `source` (same content, maybe another
    file): its problems' messages name the file too."""
    prefix = report.problems and report.problems[0].message.split(": ", 1)[0]
    report.source, report.name = source, name
    if prefix:
        for i, p in enumerate(report.problems):
            report.problems[i] = type(p)(p.kind, p.message.replace(prefix, source, 1))
    return report


class ExtractionCache:
    """A single SQLite file: one row per (seed digest, code version)."""

    warm = False  # a process that builds again keeps what extraction and linking load

    def __init__(self, path: str | Path | None):
        self.db: sqlite3.Connection | None = None
        self.said: dict[str, Said] = {}  # seed digest -> `what_it_says` of its report
        self.version = code_version()
        if path is None:
            return
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, timeout=LOCK_WAIT)
        for older in ("reports", "extracted"):  # older layouts, without `said` or `linked`
            self.db.execute(f"DROP TABLE IF EXISTS {older}")
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS extractions (digest TEXT, version TEXT, data BLOB,"
            " said TEXT, linked TEXT, PRIMARY KEY (digest, version))"
        )
        self.db.execute("DROP TABLE IF EXISTS links")  # an older layout, without the memo
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS linked (key TEXT PRIMARY KEY, data BLOB, memo BLOB)")
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS stamps (source TEXT PRIMARY KEY, stamp TEXT, digest TEXT)")

    @property
    def remembers_links(self) -> bool:
        """Whether the last linking is kept, to be taken or redone in part."""
        return self.db is not None

    def stamps(self) -> dict[str, tuple[str, str]]:
        """Seed path -> (file stamp, digest of its bytes) when it was last read."""
        if self.db is None:
            return {}
        rows = self.db.execute("SELECT source, stamp, digest FROM stamps")
        return {source: (stamp, digest) for source, stamp, digest in rows}

    def put_stamps(self, stamped: list[tuple[str, str, str]]) -> None:
        """Keep (seed path, file stamp, digest) of seeds just read."""
        if self.db is not None:
            self.db.executemany("INSERT OR REPLACE INTO stamps VALUES (?, ?, ?)", stamped)

    def known(self, digests: Iterable[str]) -> set[str]:
        """The digests whose report the cache holds for this code, without reading them."""
        return {digest for digest, in self._rows("digest", digests)}

    def get_many(self, wanted: list[tuple[str, str, str]]) -> list[Report | None]:
        """The cached report of each (digest, source, name), or None: a few queries for
        thousands of seeds rather than one each."""
        places: dict[str, list[int]] = {}
        for i, (digest, _, _) in enumerate(wanted):
            places.setdefault(digest, []).append(i)
        found: list[Report | None] = [None] * len(wanted)
        stale: list[tuple[str, str, str]] = []  # (linked, digest, version): by other linking code
        for digest, data, whole, linked in self._rows("digest, data, said, linked", places):
            for i in places[digest]:
                found[i] = report = self._restored(data, Said(whole, linked), digest,
                                                   *wanted[i][1:])
            if not linked.startswith(linking_version()):
                self.said[digest] = said = what_it_says(report)  # type: ignore[arg-type]
                stale.append((said.linked, digest, self.version))
        if stale and self.db is not None:
            self.db.executemany(
                "UPDATE extractions SET linked = ? WHERE digest = ? AND version = ?", stale)
        return found

    def _rows(self, columns: str, digests: Iterable[str]) -> Iterator[tuple]:
        """`columns` of the reports of these digests extracted by this code, a query chunk
        at a time: the blobs of one chunk are read, used and let go before the next."""
        if self.db is None:
            return
        asked = sorted(set(digests))
        for start in range(0, len(asked), QUERY_CHUNK):
            chunk = asked[start:start + QUERY_CHUNK]
            yield from self.db.execute(
                f"SELECT {columns} FROM extractions WHERE version = ? AND digest IN"
                f" ({','.join('?' * len(chunk))})", (self.version, *chunk))

    def _restored(self, data: bytes, said: Said, digest: str, source: str, name: str) -> Report:
        self.said[digest] = said
        return renamed(pickle.loads(data), source, name)

    def put(self, report: Report, kept: Kept | None = None) -> None:
        """Keep a report as extracted; `kept` is what `kept_of` gives of it, if made already."""
        if self.db is None:
            return
        data, said = kept or kept_of(report)
        self.said[report.digest] = said
        self.db.execute("INSERT OR REPLACE INTO extractions VALUES (?, ?, ?, ?, ?)",
                        (report.digest, self.version, data, *said))

    def get_links(self, key: str, reports: list[Report]) -> list[Event] | None:
        """The events of the last linking if it was given exactly these reports."""
        decided = self.decided(key)
        return None if decided is None else restore_links(reports, decided)

    def decided(self, key: str) -> bytes | None:
        """What the last linking decided (`link_snapshot`), if `key` stands for its input."""
        if self.db is None:
            return None
        row = self.db.execute("SELECT data FROM linked WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def last_memo(self) -> LinkMemo | None:
        """The memo of the last linking (`relink.LinkMemo`), whatever it was given."""
        if self.db is None:
            return None
        row = self.db.execute("SELECT memo FROM linked").fetchone()
        try:
            return None if row is None else pickle.loads(row[0])
        except Exception:  # noqa: BLE001 - a memo of older code: link everything
            return None

    def put_links(
        self, key: str, reports: list[Report], events: list[Event],
        memo: LinkMemo | bytes = b"", decided: bytes | None = None,
    ) -> None:
        """Keep a linking of the reports `key` stands for: its events (`decided`, their
        `link_snapshot` if made already) and its memo (maybe pickled already)."""
        if self.db is None:
            return
        if decided is None:
            decided = link_snapshot(reports, events)
        if not isinstance(memo, bytes):
            memo = pickle.dumps(memo, protocol=pickle.HIGHEST_PROTOCOL)
        self.db.execute("DELETE FROM linked")  # only the latest linking is worth keeping
        self.db.execute("INSERT INTO linked VALUES (?, ?, ?)", (key, decided, memo))

    def close(self) -> None:
        if self.db is not None:
            self.db.commit()
            self.db.close()
            self.db = None
