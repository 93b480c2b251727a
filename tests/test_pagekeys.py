"""Page keys: what a page is made from, digested so that an unchanged page is kept."""

from __future__ import annotations

import datetime as dt
import hashlib

from event_archive import pagekeys
from event_archive.cache import Said
from event_archive.model import Event, Report
from event_archive.pagekeys import PageKeys
from event_archive.pages import ListPage, paginate
from event_archive.session import Recall


def _report(name: str, digest: str) -> Report:
    return Report(f"seeds/{name}", name, digest, "en", None, f"Title of {name}", ["Body."])


def test_a_report_is_digested_again_only_when_its_seed_or_what_linking_gave_it_changes(
    monkeypatch,
):
    """With the linking's context given (`linked_by`), a report's inputs are read again
    when its seed, its event or its date from siblings changes, or the context does."""
    read: list[str] = []
    inputs = pagekeys._report_inputs
    monkeypatch.setattr(pagekeys, "_report_inputs",
                        lambda report, said: read.append(report.name) or inputs(report, said))
    said = {"d1": Said("w1", "l1"), "d2": Said("w2", "l2"), "d3": Said("w3", "l2")}
    a, b = _report("a.txt", "d1"), _report("b.txt", "d2")
    event = Event("e1", [a, b], None, ["VN"])
    recall = Recall()

    def keys(linked_by: str | None) -> PageKeys:
        read.clear()
        recall.start()
        return PageKeys("build", [event], said, recall, linked_by)

    first = keys("C1")
    assert read == ["a.txt", "b.txt"]
    again = keys("C1")
    assert read == [] and (again.reports, again.events) == (first.reports, first.events)
    b.digest = "d3"  # its seed edited
    edited = keys("C1")
    assert read == ["b.txt"] and edited.reports["a.txt"] == first.reports["a.txt"]
    assert edited.reports["b.txt"] != first.reports["b.txt"]
    assert edited.events["e1"] != first.events["e1"]
    a.date, a.date_source = dt.date(2025, 3, 28), "sibling"  # linked again, and dated
    assert keys("C1").reports["a.txt"] != edited.reports["a.txt"] and read == ["a.txt"]
    a.event = "e2"
    keys("C1")
    assert read == ["a.txt"]
    keys("C2")  # other corrections, say
    assert read == ["a.txt", "b.txt"]
    keys(None)
    assert read == ["a.txt", "b.txt"]


def test_the_build_key_covers_the_code_that_makes_pages_not_the_benchmark(tmp_path):
    package = tmp_path / "package"
    (package / "bench").mkdir(parents=True)
    (package / "__pycache__").mkdir()
    (package / "pages.py").write_text("A = 1\n")
    (package / "bench" / "run.py").write_text("B = 1\n")

    def key() -> str:
        digest = hashlib.sha256()
        pagekeys._files_digest(digest, package, "*.py", pagekeys.NOT_PAGES)
        return digest.hexdigest()

    before = key()
    (package / "bench" / "run.py").write_text("B = 2\n")
    (package / "__pycache__" / "pages.py").write_text("stale\n")
    assert key() == before
    (package / "pages.py").write_text("A = 2\n")
    assert key() != before


def test_a_list_page_is_keyed_by_its_place_and_its_items_digests():
    a, b = _report("a.txt", "d1"), _report("b.txt", "d2")
    keys = PageKeys("build", [Event("e1", [a], None, []), Event("e2", [b], None, [])])

    def key(*items, base: str = "languages/en", size: int = 2) -> str:
        page = paginate(list(items), base, size)[0]
        return keys.key(page.path, "language", "en", (), {"page": page})

    assert key(a, b) == key(a, b)
    assert len({key(a, b), key(b, a), key(a), key(a, b, size=1), key(a, b, base="x")}) == 5
    before = key(a, b)
    keys.report_stands["b.txt"] = "R-edited"  # b's content, or its event's, changed
    assert key(a, b) != before
    # Anything else in a list is pickled whole, as any page data.
    assert keys.stand_in(ListPage("p.html", 1, 1, ["text"], "p.html")) is None
