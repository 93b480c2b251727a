"""Page keys: a digest of everything one page is made from, so an unchanged page is kept.

A page's key covers its own data (reports and events by content, lists, head tags), its
path, language and countries, and a build-wide part: the plugin's code, the theme (templates
and catalogs), the settings and the feeds there are (which each page links). The manifest
maps each written page to its key and to the file it was written as (inode, size, mtime); a
later build keeps a page only when both still match, so a manifest that does not describe
the site on disk can never keep a stale page. Beside the manifest, a build from the command
line keeps its search records and build-report lines (`SavedRecalls`), under the same
build-wide key.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import pickle
from collections.abc import Iterable, Mapping
from functools import partial
from pathlib import Path

from .atomic import write_bytes, write_text
from .cache import Said
from .model import Event, Evidence, Problem, Report, values_of
from .pages import ListPage
from .session import Recall, Recalled
from .settings import SESSION

SIMPLE = (str, int, float, bool, type(None))
# Settings of how a build runs, not of what its pages say: the command line's (which sets
# DEBUG) and a devserver's (`devserver.py`) builds keep each other's pages.
HOW_RUN = frozenset({"DEBUG", "DELETE_OUTPUT_DIRECTORY", SESSION})
PACKAGE = Path(__file__).parent
# Evidence and problems as tuples: their dataclass reprs and hashes are made in Python, slowly.
EVIDENCE, PROBLEM = values_of(Evidence), values_of(Problem)


NOT_PAGES = frozenset({"__pycache__", "bench"})  # the package's folders of no page's making


def _files_digest(digest, folder: Path, pattern: str, skip: frozenset[str] = frozenset()) -> None:
    for path in sorted(folder.rglob(pattern)):
        relative = path.relative_to(folder)
        if path.is_file() and skip.isdisjoint(relative.parts[:-1]):
            digest.update(relative.as_posix().encode())
            digest.update(path.read_bytes())


def _plain(value: object) -> object:
    """A setting's value if it is plain data, else its type's name (objects, functions)."""
    if isinstance(value, SIMPLE):
        return value
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    return type(value).__name__


def build_key(theme: str | Path, settings: Mapping[str, object], pages: Iterable = ()) -> str:
    """The part of every page key that all pages share."""
    digest = hashlib.sha256()
    _files_digest(digest, PACKAGE, "*.py", NOT_PAGES)
    _files_digest(digest, Path(theme), "*")
    plain = {k: _plain(v) for k, v in settings.items() if k.isupper() and k not in HOW_RUN}
    digest.update(json.dumps(plain, sort_keys=True, default=str).encode())
    for page in pages:  # hand-written pages appear in every page's menu
        digest.update(repr((page.slug, page.url, page.title, page.lang)).encode())
    return digest.hexdigest()


class PageKeys:
    """Digests of reports and events, made once per build, and the key of each page."""

    def __init__(
        self, build: str, events: list[Event], said: Mapping[str, Said] | None = None,
        recall: Recalled | None = None, linked_by: str | None = None,
    ):
        """`said` maps seed digests to what their reports said when extracted
        (`cache.what_it_says`): such a report is digested as that and as what may have
        changed since (corrections, duplicates, linking), not whole. `recall(inputs, make)`
        may give a digest an earlier build made of the same inputs.

        `linked_by` is what linking was given besides the reports (`cache.linking_context`:
        the code, the corrections, the duplicates). With it, all a page shows of a report
        follows from its seed's report, its name, its place, and what linking gave it (its
        event, a date from its siblings); of an event, from its id and its reports. Those
        are the inputs recalled then: a report that a relinking leaves where it was keeps
        its digest, made once. (The evidence they leave out is on no page.)"""
        self.build = build
        said = said or {}
        self.reports: dict[str, str] = {}
        self.events: dict[str, str] = {}
        self.event_of: dict[str, str] = {}
        for event in events:
            digests = []
            for report in event.reports:
                extracted = said.get(report.digest)
                digest = self.reports[report.name] = _digest(
                    partial(_report_inputs, report, extracted), recall,
                    linked_by and extracted and (linked_by, report.digest, report.name,
                                                 report.source, report.event, report.date,
                                                 report.date_source))
                self.event_of[report.name] = event.id
                digests.append(digest)
            inputs = partial(_event_inputs, event, digests)
            self.events[event.id] = _digest(
                inputs, recall, linked_by and ("event", linked_by, event.id, *digests))
        # What stands for each in a page's key, made once: pages name them again and again.
        self.event_stands = {eid: f"E{digest}" for eid, digest in self.events.items()}
        self.report_stands = {name: f"R{digest}{self.events[self.event_of[name]]}"
                              for name, digest in self.reports.items()}

    def stand_in(self, value: object) -> str | None:
        """What a value pickles as in a page key (the pickler's `persistent_id`): a report or
        event its digest (`stand`), a page of a list its place and items; else None."""
        found = self.stand(value)
        if found is not None:
            return found
        kind = type(value)
        if kind is ListPage:  # thousands of list pages: pickled field by field in Python
            return self._list_stand_in(value)  # type: ignore[arg-type]
        if kind is set or kind is frozenset:  # their order varies from run to run
            raise TypeError("a set in a page's data: use a sorted list")
        return None

    def stand(self, value: object) -> str | None:
        """A report or event is its digest in a page key; a report also stands for its event."""
        kind = type(value)
        if kind is Report:
            return self.report_stands[value.name]  # type: ignore[attr-defined]
        if kind is Event:
            return self.event_stands[value.id]  # type: ignore[attr-defined]
        return None

    def _list_stand_in(self, page: ListPage) -> str | None:
        """A page of a list as its place in the list and its items' digests; None (pickled
        whole) if an item is neither a report nor an event."""
        items = [self.stand(item) for item in page.items]
        if None in items:
            return None
        return "\0".join(["L", page.path, str(page.number), str(page.total), page.first,
                           page.prev or "-", page.next or "-", *items])  # type: ignore[list-item]

    def made_key(
        self, path: str, template: str, lang: str, about: tuple[str, ...], make: partial
    ) -> str:
        """The key of a page whose data `make()` gives from its arguments alone, each a report,
        an event or None. Digests joined, nothing pickled: a fifth of `key`'s cost, for the
        tens of thousands of such pages."""
        if make.keywords:
            raise TypeError(f"{path}: a page made with keywords; give reports and events")
        parts = [self.build, path, template, lang, ",".join(about), make.func.__name__]
        for arg in make.args:
            stand = "-" if arg is None else self.stand(arg)
            if stand is None:
                raise TypeError(f"{path}: a page made from a {type(arg).__name__}")
            parts.append(stand)
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()

    def key(
        self, path: str, template: str, lang: str, about: tuple[str, ...],
        page: Mapping[str, object],
    ) -> str:
        out = io.BytesIO()
        pickler = pickle.Pickler(out, protocol=5)
        pickler.fast = True  # no memo: the same data always gives the same bytes
        pickler.persistent_id = self.stand_in  # type: ignore[method-assign]
        pickler.dump((self.build, path, template, lang, about, page))
        return hashlib.sha256(out.getbuffer()).hexdigest()


def _report_inputs(report: Report, said: Said | None) -> tuple:
    """What a report's page shows of it; the extracted part as `said`, when known."""
    if said is None:
        return ("whole", repr(report))
    return ("report", said, report.digest, report.source, report.name,
            tuple(map(PROBLEM, report.problems)), report.duplicate_of, report.event,
            report.date, report.date_source, report.lang, report.title,
            tuple(report.countries), tuple(map(EVIDENCE, report.evidence)))


def _event_inputs(event: Event, digests: list[str]) -> tuple:
    return ("event", event.id, event.date, tuple(event.countries),
            tuple(map(EVIDENCE, event.evidence)), *digests)


def _digest(inputs: partial, recall: Recalled | None, standing: tuple | None = None) -> str:
    """The digest of `inputs()`, recalled by `standing` (what stands for them) if given,
    else by the inputs themselves."""
    if recall is None:
        return _digest_of(inputs())
    if standing:
        return recall(standing, lambda: _digest_of(inputs()))
    made = inputs()
    return recall(made, partial(_digest_of, made))


def _digest_of(inputs: tuple) -> str:
    return hashlib.sha256(repr(inputs).encode()).hexdigest()


def stamp(path: str | Path) -> list[int] | None:
    """What identifies one written file: its inode, size and modification time."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_ino, st.st_size, st.st_mtime_ns]


def load_manifest(path: Path | None) -> dict[str, list]:
    if path is None:
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_manifest(path: Path | None, entries: dict[str, list]) -> None:
    if path is not None:
        write_text(path, json.dumps(entries, sort_keys=True))


def beside_cache(
    cache_path: Path | None, output: str | Path, kind: str = "pages", suffix: str = ".json"
) -> Path | None:
    """Beside the extraction cache, one file of a `kind` (the pages' manifest, the saved
    recalls) per output folder."""
    if cache_path is None:
        return None
    name = hashlib.sha256(str(Path(output).resolve()).encode()).hexdigest()[:16]
    return cache_path.parent / f"{kind}-{name}{suffix}"


class SavedRecalls:
    """A command-line build's search records and build-report lines, kept in a file for the
    next build (a devserver keeps them in its `Session`). They were made by the code, theme
    and settings `key` stands for (`build_key`): a file of others is not read."""

    def __init__(self, path: Path | None, key: str) -> None:
        self.path, self.key = path, key
        saved = _load_recalls(path)
        found = saved if saved.get("key") == key else {}
        self.search_records = Recall(found.get("search_records"))
        self.build_report_lines = Recall(found.get("build_report_lines"))

    def save(self) -> None:
        """Write what this build made, whole or not at all, unless the file has it already."""
        recalls = (self.search_records, self.build_report_lines)
        if self.path is None or not any(recall.changed for recall in recalls):
            return
        data = {"key": self.key, "search_records": self.search_records.made,
                "build_report_lines": self.build_report_lines.made}
        write_bytes(self.path, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))


def _load_recalls(path: Path | None) -> dict:
    if path is None:
        return {}
    try:
        with open(path, "rb") as saved:
            data = pickle.load(saved)
    except Exception:  # noqa: BLE001 - none yet, a file of older code, or cut short: afresh
        return {}
    return data if isinstance(data, dict) else {}


class Keeper:
    """Keeps pages of the previous site (`old`) in the new one (`new`) by hard link.

    A kept file is never written again: a page that changes is a new file (the writer's),
    so the previous site stays as it was until the new one replaces it. When `old` is
    `new` (a build in place), a kept page is simply left where it is.
    """

    def __init__(self, manifest: dict[str, list], old: Path, new: Path):
        self.manifest = manifest
        self.old, self.new = str(old), str(new)  # joined as strings: tens of thousands of pages
        self.old_prefix = os.path.join(self.old, "")
        self.made: set[str] = set()  # folders already made in the new site

    def keep(self, path: str, key: str) -> list[int] | None:
        """Link the previous page into the new site if its key and its file still match:
        the stamp of the kept file, None if it is not kept."""
        entry = self.manifest.get(path)
        if not entry or entry[0] != key:
            return None
        kept = entry[1]
        if kept != stamp(self.old_prefix + path):
            return None
        if self.old == self.new:  # a build in place: the page is there already
            return kept
        folder = os.path.dirname(path)
        if folder not in self.made:
            os.makedirs(os.path.join(self.new, folder), exist_ok=True)
            self.made.add(folder)
        try:
            os.link(self.old_prefix + path, os.path.join(self.new, path))
        except OSError:
            return None
        return kept

    def remove_stale(self, made: Iterable[str], suffix: str = "") -> None:
        """In a build in place, remove the files ending in `suffix` of the previous build it
        did not make again (a seed removed, a list grown shorter), unless changed since by
        someone else."""
        if self.old != self.new:
            return
        for path in self.manifest.keys() - set(made):
            where = os.path.join(self.new, path)
            if path.endswith(suffix) and self.manifest[path][1:] == [stamp(where)]:
                os.unlink(where)

    def written(self, path: str) -> list[int] | None:
        """The stamp of a page in the new site."""
        return stamp(os.path.join(self.new, path))
