"""Page keys: what a page is made from, digested so that an unchanged page is kept."""

from __future__ import annotations

import hashlib

from event_archive import pagekeys
from event_archive.cache import Said
from event_archive.model import Event, Report
from event_archive.pagekeys import PageKeys
from event_archive.session import Recall


def _report(name: str, digest: str) -> Report:
    return Report(f"seeds/{name}", name, digest, "en", None, f"Title of {name}", ["Body."])


def test_while_one_linking_stands_each_report_is_digested_once(monkeypatch):
    """A report's inputs are read again only when its seed, the linking or no linking
    given (`linking=None`) asks for it."""
    read: list[str] = []
    inputs = pagekeys._report_inputs
    monkeypatch.setattr(pagekeys, "_report_inputs",
                        lambda report, said: read.append(report.name) or inputs(report, said))
    said = {"d1": Said("w1", "l1"), "d2": Said("w2", "l2"), "d3": Said("w3", "l2")}
    event = Event("e1", [_report("a.txt", "d1"), _report("b.txt", "d2")], None, ["VN"])
    recall = Recall()

    def keys(linking: str | None) -> PageKeys:
        read.clear()
        recall.start()
        return PageKeys("build", [event], said, recall, linking)

    first = keys("L1")
    assert read == ["a.txt", "b.txt"]
    again = keys("L1")
    assert read == [] and (again.reports, again.events) == (first.reports, first.events)
    event.reports[1].digest = "d3"  # its seed edited, nothing linking reads changed
    edited = keys("L1")
    assert read == ["b.txt"] and edited.reports["a.txt"] == first.reports["a.txt"]
    assert edited.reports["b.txt"] != first.reports["b.txt"]
    assert edited.events["e1"] != first.events["e1"]
    keys("L2")
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
