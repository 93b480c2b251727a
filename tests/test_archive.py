import os
import sqlite3

from event_archive import archive as archive_module
from event_archive import cache as cache_module
from event_archive.archive import find_seeds, load_archive
from event_archive.cache import what_it_says
from event_archive.model import Report

SEED = b" date 2025-03-29 Vietnam and Brazil held talks in Hanoi on March 28.\n\nMore text.\n"


def test_find_seeds_reports_what_it_passes_over(tmp_path):
    (tmp_path / "b.txt").write_bytes(SEED)
    (tmp_path / "a.txt").write_bytes(SEED)
    (tmp_path / "notes.md").write_text("x")
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    outside = tmp_path.parent / f"{tmp_path.name}-outside.txt"
    outside.write_bytes(SEED)
    os.symlink(outside, tmp_path / "link.txt")
    seeds, problems = find_seeds([tmp_path])
    assert [os.path.basename(p) for p in seeds] == ["a.txt", "b.txt"]
    kinds = sorted(p.kind for p in problems)
    assert kinds == ["skipped", "skipped", "skipped", "symlink"]
    assert all(str(tmp_path) in p.message for p in problems)


def test_missing_path_is_a_problem(tmp_path):
    seeds, problems = find_seeds([tmp_path / "nope"])
    assert seeds == [] and problems[0].kind == "missing"


def test_identical_seeds_are_both_kept_and_flagged(tmp_path):
    (tmp_path / "a.txt").write_bytes(SEED)
    (tmp_path / "b copy.txt").write_bytes(SEED)
    archive = load_archive([tmp_path])
    a, b = archive.reports
    assert {a.name, b.name} == {"a.txt", "b copy.txt"}
    flagged = [r for r in archive.reports if r.duplicate_of]
    assert len(flagged) == 1 and flagged[0].problems[-1].kind == "duplicate"
    assert a.event == b.event


def test_cache_returns_the_same_reports(tmp_path):
    (tmp_path / "a.txt").write_bytes(SEED)
    db = tmp_path / "cache.sqlite"
    cold = load_archive([tmp_path], cache_path=db).reports[0]
    warm = load_archive([tmp_path], cache_path=db).reports[0]
    assert warm == cold


def test_cache_gives_each_seed_its_own_report_across_query_chunks(tmp_path, monkeypatch):
    monkeypatch.setattr(cache_module, "QUERY_CHUNK", 2)
    for i in range(5):
        (tmp_path / f"{i}.txt").write_bytes(SEED.replace(b"More", b"More" * (i + 1)))
    (tmp_path / "5 copy.txt").write_bytes(SEED.replace(b"More", b"More" * 3))
    db = tmp_path / "cache.sqlite"
    cold = load_archive([tmp_path], cache_path=db).reports
    warm = load_archive([tmp_path], cache_path=db).reports
    names = [f"{i}.txt" for i in range(5)] + ["5 copy.txt"]
    assert [r.name for r in warm] == [r.name for r in cold] == names
    assert warm == cold and warm[2] is not warm[-1] and warm[2].paragraphs == warm[-1].paragraphs
    assert warm[-1].duplicate_of == "2.txt" and "5 copy.txt" in warm[-1].problems[-1].message


def test_cache_knows_which_seeds_it_holds_without_reading_them(tmp_path):
    (tmp_path / "a.txt").write_bytes(SEED)
    db = tmp_path / "cache.sqlite"
    report = load_archive([tmp_path], cache_path=db).reports[0]
    cache = cache_module.ExtractionCache(db)
    assert cache.known([report.digest, "0" * 64]) == {report.digest}


def test_a_report_gone_from_the_cache_while_loading_is_extracted_again(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_bytes(SEED)
    (tmp_path / "b.txt").write_bytes(SEED.replace(b"More", b"Much more"))
    db = tmp_path / "cache.sqlite"
    cold = load_archive([tmp_path], cache_path=db).reports
    real = cache_module.ExtractionCache.get_many
    monkeypatch.setattr(cache_module.ExtractionCache, "get_many",
                        lambda self, wanted: [None, *real(self, wanted[1:])])
    assert load_archive([tmp_path], cache_path=db).reports == cold


def test_cache_is_keyed_by_code_version(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_bytes(SEED)
    db = tmp_path / "cache.sqlite"
    load_archive([tmp_path], cache_path=db)
    calls = []
    real = cache_module.ExtractionCache.put
    monkeypatch.setattr(cache_module.ExtractionCache, "put",
                        lambda self, report, *kept: calls.append(report.name)
                        or real(self, report, *kept))
    load_archive([tmp_path], cache_path=db)
    assert calls == []  # served from the cache
    monkeypatch.setattr(cache_module, "code_version", lambda: "another-version")
    load_archive([tmp_path], cache_path=db)
    assert calls == ["a.txt"]  # read again after the code changed


def test_cached_copy_under_another_name_names_its_own_file(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    db = tmp_path / "cache.sqlite"
    load_archive([tmp_path], cache_path=db)
    (tmp_path / "a.txt").rename(tmp_path / "z.txt")
    report = load_archive([tmp_path], cache_path=db).reports[0]
    assert report.name == "z.txt"
    assert all("z.txt" in p.message and "a.txt" not in p.message for p in report.problems)


def test_a_seed_named_twice_is_read_once(tmp_path):
    (tmp_path / "a.txt").write_bytes(SEED)
    seeds, _ = find_seeds([tmp_path / "a.txt", tmp_path])
    assert seeds == [str(tmp_path / "a.txt")]


def test_linking_is_served_from_the_cache_until_a_report_changes(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_bytes(SEED)
    (tmp_path / "b.txt").write_bytes(SEED.replace(b"More text.", b"Other text."))
    db = tmp_path / "cache.sqlite"
    fresh = load_archive([tmp_path], cache_path=db)
    calls = tmp_path / "calls"  # linking runs in a worker process: it counts in a file
    real = archive_module.link_remembering

    def counted(*args, **kwargs):
        with calls.open("a") as out:
            out.write("linked\n")
        return real(*args, **kwargs)

    monkeypatch.setattr(archive_module, "link_remembering", counted)
    again = load_archive([tmp_path], cache_path=db)
    assert not calls.exists()
    assert [(e.id, e.date, e.evidence, [r.name for r in e.reports]) for e in again.events] == [
        (e.id, e.date, e.evidence, [r.name for r in e.reports]) for e in fresh.events]
    assert [(r.event, r.date, r.date_source, r.evidence) for r in again.reports] == [
        (r.event, r.date, r.date_source, r.evidence) for r in fresh.reports]
    (tmp_path / "b.txt").write_bytes(SEED.replace(b"More text.", b"Changed."))
    changed = load_archive([tmp_path], cache_path=db)
    assert calls.read_text() == "linked\n"
    uncached = load_archive([tmp_path])
    assert [(r.event, r.date) for r in changed.reports] == [
        (r.event, r.date) for r in uncached.reports]


def test_linking_is_kept_while_no_report_changes(tmp_path, monkeypatch):
    seed = tmp_path / "a.txt"
    seed.write_bytes(SEED)
    (tmp_path / "b.txt").write_bytes(SEED.replace(b"Hanoi", b"Ha Noi"))
    db = tmp_path / "cache.sqlite"
    first = load_archive([tmp_path], cache_path=db)
    linked = []
    real = cache_module.ExtractionCache.put_links
    monkeypatch.setattr(cache_module.ExtractionCache, "put_links",
                        lambda self, key, *data: linked.append(key) or real(self, key, *data))
    seed.write_bytes(SEED + b"\nShare on Facebook\n")  # page junk: the report is the same
    again = load_archive([tmp_path], cache_path=db)
    assert linked == [] and [r.event for r in again.reports] == [r.event for r in first.reports]
    seed.write_bytes(SEED + b"\nThe talks went on late.\n")
    load_archive([tmp_path], cache_path=db)
    assert len(linked) == 1  # what the report says changed: linked again


def test_linking_is_kept_after_an_edit_past_the_lead(tmp_path, monkeypatch):
    lead = SEED.rstrip(b"\n") + b" " + b"The two sides discussed trade and investment. " * 9
    seed = tmp_path / "a.txt"
    seed.write_bytes(lead + b"\n\nMore text.\n")
    (tmp_path / "b.txt").write_bytes(SEED.replace(b"Hanoi", b"Ha Noi"))
    db = tmp_path / "cache.sqlite"
    load_archive([tmp_path], cache_path=db)
    linked = []
    real = cache_module.ExtractionCache.put_links
    monkeypatch.setattr(cache_module.ExtractionCache, "put_links",
                        lambda self, key, *data: linked.append(key) or real(self, key, *data))
    seed.write_bytes(lead + b"\n\nMore text, fixed.\n")  # past what linking reads
    again = load_archive([tmp_path], cache_path=db)
    assert linked == []
    assert "More text, fixed." in next(r for r in again.reports if r.name == "a.txt").body
    uncached = load_archive([tmp_path])
    assert [(r.event, r.date, r.evidence) for r in again.reports] == [
        (r.event, r.date, r.evidence) for r in uncached.reports]
    seed.write_bytes(lead.replace(b"trade", b"Trade") + b"\n\nMore text, fixed.\n")
    load_archive([tmp_path], cache_path=db)
    assert len(linked) == 1  # a capitalised word in the lead is a name: linked again


def test_what_other_linking_code_read_is_read_again(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_bytes(SEED)
    db = tmp_path / "cache.sqlite"
    with monkeypatch.context() as patched:
        patched.setattr(cache_module, "linking_version", lambda: "older")
        load_archive([tmp_path], cache_path=db)

    def stored() -> list[str]:
        with sqlite3.connect(db) as rows:
            return [linked.split(":")[0] for linked, in rows.execute(
                "SELECT linked FROM extractions")]

    assert stored() == ["older"]
    load_archive([tmp_path], cache_path=db)
    assert stored() == [cache_module.linking_version()]


def test_linking_reads_what_is_found_in_the_lead_not_its_words():
    def linked(*paragraphs: str) -> str:
        report = Report("a.txt", "a.txt", "0", "en", None, "Talks", list(paragraphs),
                        names=["lead:Lula", "lead:To Lam"])
        return what_it_says(report).linked

    lead = "Prime Minister Lula met General Secretary To Lam in Hanoi."
    before = linked(lead, "More text.")
    assert linked(lead, "More text, fixed.") == before
    assert linked(lead.replace("met", "held talks with"), "More text.") == before
    assert linked(lead.replace("Prime Minister ", ""), "More text.") != before  # an office less


def _count_reads(monkeypatch) -> list[str]:
    reads: list[str] = []
    real = archive_module.read_seed_bytes
    monkeypatch.setattr(archive_module, "read_seed_bytes",
                        lambda path: reads.append(os.path.basename(path)) or real(path))
    return reads


def test_a_seed_whose_file_is_unchanged_is_not_read_again(tmp_path, monkeypatch):
    monkeypatch.setattr(archive_module, "RACY_SECONDS", 0)  # the seed was written just now
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_bytes(SEED)
    db = tmp_path / "cache.sqlite"
    first = load_archive([seeds], cache_path=db).reports
    reads = _count_reads(monkeypatch)
    again = load_archive([seeds], cache_path=db).reports
    assert reads == [] and again == first


def test_a_seed_rewritten_with_the_same_size_and_time_is_read_again(tmp_path, monkeypatch):
    monkeypatch.setattr(archive_module, "RACY_SECONDS", 0)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    seed = seeds / "a.txt"
    seed.write_bytes(SEED)
    db = tmp_path / "cache.sqlite"
    load_archive([seeds], cache_path=db)
    before = os.stat(seed)
    seed.write_bytes(SEED.replace(b"Brazil", b"Brasil"))  # same size
    os.utime(seed, ns=(before.st_atime_ns, before.st_mtime_ns))  # same modification time
    reads = _count_reads(monkeypatch)
    report = load_archive([seeds], cache_path=db).reports[0]
    assert reads == ["a.txt"]  # its change time gave it away
    assert "Brasil" in report.title + report.body


def test_a_seed_changed_just_now_is_read_on_every_build(tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_bytes(SEED)  # a second change within the same clock tick
    db = tmp_path / "cache.sqlite"  # would leave the same stamp: none is kept yet
    load_archive([seeds], cache_path=db)
    reads = _count_reads(monkeypatch)
    load_archive([seeds], cache_path=db)
    assert reads == ["a.txt"]


def test_dates_given_by_other_reports_come_back_from_the_cache_whole(tmp_path):
    from conftest import SEEDS

    for seed in SEEDS.glob("*.txt"):
        (tmp_path / seed.name).write_bytes(seed.read_bytes())
    linked = load_archive([tmp_path])  # linked here, no cache, no worker
    assert any(r.date_source == "sibling" for r in linked.reports)
    db = tmp_path / "cache.sqlite"
    for _ in range(2):  # linked in a worker, then served from the cache
        cached = load_archive([tmp_path], cache_path=db)
        assert [(r.date, r.date_source, r.evidence) for r in cached.reports] == [
            (r.date, r.date_source, r.evidence) for r in linked.reports]
        assert [(e.id, e.evidence) for e in cached.events] == [
            (e.id, e.evidence) for e in linked.events]
