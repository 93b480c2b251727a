"""The devserver's builds: one process, one session, each build in place after edits.

What they write must be what a build from scratch writes, byte for byte.
"""

from __future__ import annotations

import gc
import shutil
import weakref
from pathlib import Path

import pytest
from conftest import ROOT, copy_seeds, run_build, write_made_up_seeds
from event_archive import archive, devserver
from event_archive.settings import SESSION

EDITED, REMOVED = "003_17db9634378e4288.txt", "undated-note.txt"


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.fixture
def warm(tmp_path):
    """A warm Pelican over the five seeds and the made-up ones, built once."""
    seeds = tmp_path / "seeds"
    corrections = write_made_up_seeds(seeds)
    for seed in (ROOT / "seeds").glob("*.txt"):
        (seeds / seed.name).write_bytes(seed.read_bytes())
    pelican = devserver.warm_pelican(ROOT / "pelicanconf.py", {
        "OUTPUT_PATH": str(tmp_path / "out"), "SEEDS_PATH": str(seeds),
        "CORRECTIONS_PATH": str(corrections),
        "EXTRACTION_CACHE_PATH": str(tmp_path / "cache.sqlite")})
    pelican.run()
    return pelican, seeds, corrections


def test_builds_after_edits_write_what_a_build_from_scratch_writes(warm, tmp_path, monkeypatch):
    pelican, seeds, corrections = warm
    extracted: list[str] = []
    extract = archive.extract_file
    monkeypatch.setattr(archive, "extract_file",
                        lambda source: extracted.append(Path(source).name) or extract(source))
    pelican.run()
    assert extracted == []  # nothing changed: nothing read again
    seed = seeds / EDITED
    seed.write_bytes(seed.read_bytes() + b"\n\nThe ministers also visited a port.\n")
    (seeds / REMOVED).unlink()
    (seeds / "aaa-new.txt").write_text(
        "Talks in Hanoi\n\nVietnam and Laos met in Hanoi on 2 May 2025.\n", encoding="utf-8")
    pelican.run()
    assert sorted(extracted) == sorted(["aaa-new.txt", EDITED])
    warm_report = (tmp_path / "build-report.json").read_bytes()  # its lines partly recalled
    out = Path(pelican.settings["OUTPUT_PATH"])
    assert b"visited a port" in (out / "reports/003_17db9634378e4288.html").read_bytes()
    assert not (out / "reports/undated-note.html").exists()
    cold = run_build(tmp_path / "cold", seeds=seeds, corrections=corrections)
    warm_tree, cold_tree = _tree(out), _tree(cold.output)
    assert warm_tree.keys() == cold_tree.keys()
    assert [path for path in warm_tree if warm_tree[path] != cold_tree[path]] == []
    assert warm_report == (tmp_path / "build-report.json").read_bytes()  # the cold one's


def test_builds_write_in_place_and_leave_unchanged_pages_alone(warm):
    pelican, seeds, _ = warm
    out = Path(pelican.settings["OUTPUT_PATH"])
    kept, edited = out / "reports/004_e670794a62bec8e5.html", out / "reports/talks-001.html"
    before = {page: page.stat().st_mtime_ns for page in (kept, edited)}
    seed = seeds / "talks-001.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nThey also spoke of fishing.\n",
                    encoding="utf-8")
    sitemap = out / "sitemap.xml"
    listed = sitemap.stat().st_mtime_ns
    pelican.run()
    assert kept.stat().st_mtime_ns == before[kept]
    assert b"spoke of fishing" in edited.read_bytes()
    assert sitemap.stat().st_mtime_ns == listed  # the same pages: kept, not written again
    assert not list(out.parent.glob("out.building-*"))  # nothing written aside


def test_the_server_builds_again_for_each_batch_of_changes(tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Talks\n\nVietnam and Laos met in Vientiane on 2 May 2025.\n",
                                 encoding="utf-8")
    out = tmp_path / "out"
    monkeypatch.setattr(devserver, "listen", lambda *args: None)  # no socket in a test
    watched: list[list[Path]] = []

    def changes(paths):
        watched.append(list(paths))
        (seeds / "b.txt").write_text("Visit\n\nJapan and Vietnam met in Tokyo on 3 May 2025.\n",
                                     encoding="utf-8")
        yield {str(seeds / "b.txt")}

    devserver.serve_and_rebuild(str(ROOT / "pelicanconf.py"), {
        "OUTPUT_PATH": str(out), "SEEDS_PATH": str(seeds), "CORRECTIONS_PATH": "",
        "EXTRACTION_CACHE_PATH": str(tmp_path / "cache.sqlite")}, "127.0.0.1", 0, changes)
    assert seeds.resolve() in watched[0] and (ROOT / "theme").resolve() in watched[0]
    assert (out / "reports/a.html").exists() and (out / "reports/b.html").exists()


def test_a_session_is_only_taken_from_the_settings_when_it_is_one():
    from event_archive.settings import session_of

    assert session_of({SESSION: "not a session"}) is None


def test_a_session_links_in_memory_and_saves_for_the_next_command_line_build(
    tmp_path, monkeypatch
):
    from event_archive.session import Session

    seeds = copy_seeds(tmp_path / "seeds")
    db, session = tmp_path / "cache.sqlite", Session()
    archive.load_archive([seeds], cache_path=db, session=session)
    seed = seeds / EDITED
    seed.write_bytes(seed.read_bytes() + b"\n\nThe ministers also visited a port.\n")
    warm = archive.load_archive([seeds], cache_path=db, session=session)  # relinked here
    linked: list[int] = []
    real = archive.link_remembering
    monkeypatch.setattr(archive, "link_remembering",
                        lambda reports, *rest: linked.append(len(reports)) or real(reports, *rest))
    monkeypatch.setattr(archive, "in_child", lambda run: run())  # where `linked` can see it
    session.save()
    cold = archive.load_archive([seeds], cache_path=db)
    assert linked == []  # the saved linking was taken as it was
    assert [(r.name, r.event, r.date) for r in cold.reports] == [
        (r.name, r.event, r.date) for r in warm.reports]


def test_a_session_reads_the_saved_linking_once(tmp_path, monkeypatch):
    from event_archive.cache import ExtractionCache
    from event_archive.session import Session

    seeds = copy_seeds(tmp_path / "seeds")
    db = tmp_path / "cache.sqlite"
    first = archive.load_archive([seeds], cache_path=db)  # a command-line build
    read: list[str] = []
    real = ExtractionCache.decided
    monkeypatch.setattr(ExtractionCache, "decided",
                        lambda self, key: read.append(key) or real(self, key))
    session = Session()
    for _ in range(3):
        again = archive.load_archive([seeds], cache_path=db, session=session)
        assert [(r.name, r.event, r.date, r.evidence) for r in again.reports] == [
            (r.name, r.event, r.date, r.evidence) for r in first.reports]
    assert len(read) == 1


def test_a_devserver_keeps_the_pages_of_a_command_line_build(tmp_path):
    seeds = copy_seeds(tmp_path / "seeds")
    out, cache = tmp_path / "out", tmp_path / "cache.sqlite"
    run_build(out, seeds=seeds, cache=cache)
    pages = sorted((out / "reports").glob("*.html")) + sorted((out / "events").glob("*.html"))
    before = [page.stat().st_mtime_ns for page in pages]
    pelican = devserver.warm_pelican(ROOT / "pelicanconf.py", {
        "OUTPUT_PATH": str(out), "SEEDS_PATH": str(seeds), "CORRECTIONS_PATH": "",
        "EXTRACTION_CACHE_PATH": str(cache)})
    pelican.run()
    assert pages and [page.stat().st_mtime_ns for page in pages] == before


def test_a_command_line_build_keeps_the_pages_of_a_devserver_that_saved(tmp_path):
    """A devserver writes its pages' manifest when it stops (`devserver._save`)."""
    seeds = copy_seeds(tmp_path / "seeds")
    out, cache = tmp_path / "out", tmp_path / "cache.sqlite"
    pelican = devserver.warm_pelican(ROOT / "pelicanconf.py", {
        "OUTPUT_PATH": str(out), "SEEDS_PATH": str(seeds), "CORRECTIONS_PATH": "",
        "EXTRACTION_CACHE_PATH": str(cache)})
    devserver.build(pelican)
    page = out / "reports" / "004_e670794a62bec8e5.html"
    inode = page.stat().st_ino
    devserver._save(pelican)
    run_build(out, seeds=seeds, cache=cache)
    assert page.stat().st_ino == inode  # hard-linked into the new site, not rendered again


def test_recall_gives_what_the_last_build_made_from_the_same_inputs():
    from event_archive.session import Recall

    recall, made = Recall(), []

    def make(text: str):
        return lambda: made.append(text) or text

    recall.start()
    assert recall(("a", 1), make("A")) == "A" and recall(("b", 1), make("B")) == "B"
    recall.start()
    assert recall(("a", 1), make("A again")) == "A"  # same inputs: not made again
    assert recall(("b", 2), make("B2")) == "B2"  # inputs changed
    recall.start()
    assert recall(("b", 1), make("B1")) == "B1"  # not asked for by the last build: forgotten
    assert made == ["A", "B", "B2", "B1"]


def test_a_devserver_lets_go_of_each_builds_archive(warm, monkeypatch):
    """Pelican memoizes hand-written pages for good, and a page holds its build's context:
    without `build.let_go` every build's archive would stay in memory."""
    from event_archive import build as build_module

    pelican = warm[0]
    states = []
    load = build_module.load_state

    def load_state(settings):
        state = load(settings)
        states.append(weakref.ref(state))
        return state

    monkeypatch.setattr(build_module, "load_state", load_state)
    devserver.build(pelican)
    devserver.build(pelican)
    assert len(states) == 2 and states[1]() is None and states[0]() is None
    devserver.build(pelican)  # and builds on
    assert gc.get_freeze_count() > 0  # what the session keeps is out of the collector's way


def test_a_devserver_renders_again_after_a_template_changes(tmp_path):
    """Compiled templates are kept between builds, checked against their source."""
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    pelican = devserver.warm_pelican(ROOT / "pelicanconf.py", {
        "OUTPUT_PATH": str(tmp_path / "out"), "THEME": str(theme),
        "EXTRACTION_CACHE_PATH": str(tmp_path / "cache.sqlite")})
    devserver.build(pelican)
    page = tmp_path / "out" / "reports" / EDITED.replace(".txt", ".html")
    assert b"made-again-marker" not in page.read_bytes()
    template = theme / "templates" / "report.html"
    template.write_text(template.read_text(encoding="utf-8").replace(
        "{% block content %}", "{% block content %}<!-- made-again-marker -->", 1),
        encoding="utf-8")
    devserver.build(pelican)
    assert b"made-again-marker" in page.read_bytes()


def test_a_hand_written_page_removed_goes_from_the_site(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    (content / "extra.md").write_text("Title: Extra\n\nA page for a while.\n", encoding="utf-8")
    pelican = devserver.warm_pelican(ROOT / "pelicanconf.py", {
        "PATH": str(content), "OUTPUT_PATH": str(tmp_path / "out"),
        "EXTRACTION_CACHE_PATH": str(tmp_path / "cache.sqlite")})
    devserver.build(pelican)
    page = tmp_path / "out" / "pages" / "extra.html"
    assert page.is_file()
    (content / "extra.md").unlink()
    devserver.build(pelican)
    assert not page.exists()
    assert (tmp_path / "out" / "pages" / "about.html").is_file()


def test_a_build_told_what_changed_asks_only_those_seeds(warm, monkeypatch):
    """The watcher names the seeds that changed: the others' files are not asked again."""
    pelican, seeds, _ = warm
    out = Path(pelican.settings["OUTPUT_PATH"])
    asked: list[str] = []
    stamp = archive.file_stamp
    monkeypatch.setattr(archive, "file_stamp",
                        lambda path, now=None: asked.append(Path(path).name) or stamp(path, now))
    named, unnamed = seeds / "talks-001.txt", seeds / EDITED
    for seed in (named, unnamed):
        seed.write_text(seed.read_text(encoding="utf-8") + "\nThey spoke of rice.\n",
                        encoding="utf-8")
    devserver.build(pelican, {str(named.resolve()), str(ROOT / "theme" / "nothing.css")})
    assert asked == ["talks-001.txt"]
    assert b"spoke of rice" in (out / "reports/talks-001.html").read_bytes()
    # taken at the watcher's word: a change it did not name waits for a build without one
    page = out / f"reports/{EDITED[:-4]}.html"
    assert b"spoke of rice" not in page.read_bytes()
    devserver.build(pelican)
    assert len(asked) > 10 and b"spoke of rice" in page.read_bytes()


def test_a_seed_added_or_removed_has_the_folder_scanned_again(warm):
    pelican, seeds, _ = warm
    out = Path(pelican.settings["OUTPUT_PATH"])
    added = seeds / "aaa-new.txt"
    added.write_text("Talks in Hanoi\n\nVietnam and Laos met in Hanoi on 2 May 2025.\n",
                     encoding="utf-8")
    devserver.build(pelican, {str(added.resolve())})
    assert (out / "reports/aaa-new.html").is_file()
    added.unlink()
    devserver.build(pelican, {str(added.resolve())})
    assert not (out / "reports/aaa-new.html").exists()
    assert (out / "reports/talks-001.html").is_file()


def test_a_build_that_fails_before_the_seeds_leaves_its_changes_to_the_next(warm, monkeypatch):
    from event_archive import build as build_module

    pelican, seeds, _ = warm
    out = Path(pelican.settings["OUTPUT_PATH"])
    first, second = seeds / "talks-001.txt", seeds / EDITED
    load = build_module.load_state

    def broken(settings):
        raise RuntimeError("a broken settings value")

    monkeypatch.setattr(build_module, "load_state", broken)
    first.write_text(first.read_text(encoding="utf-8") + "\nThey spoke of rice.\n",
                     encoding="utf-8")
    devserver.build(pelican, {str(first.resolve())})  # logged, not raised
    monkeypatch.setattr(build_module, "load_state", load)
    second.write_text(second.read_text(encoding="utf-8") + "\nThey spoke of tea.\n",
                      encoding="utf-8")
    devserver.build(pelican, {str(second.resolve())})
    assert b"spoke of rice" in (out / "reports/talks-001.html").read_bytes()
    assert b"spoke of tea" in (out / f"reports/{EDITED[:-4]}.html").read_bytes()
