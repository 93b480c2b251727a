"""A command-line build keeps its search records and build-report lines in a file for the
next build: taken back only by the same code, theme and settings, and never stale."""

from __future__ import annotations

import pickle

from conftest import copy_seeds, run_build
from event_archive.pagekeys import SavedRecalls


def made_once(recalls: SavedRecalls, key: str, text: str) -> tuple[str, bool]:
    """A text through the recall, and whether it had to be made."""
    made = []

    def make() -> str:
        made.append(text)
        return text

    recall = recalls.search_records
    recall.start()
    return recall(key, make), bool(made)


def test_a_saved_text_is_taken_back(tmp_path):
    path = tmp_path / "recalls.pickle"
    first = SavedRecalls(path, "build-a")
    assert made_once(first, "inputs", "record") == ("record", True)
    first.save()
    assert made_once(SavedRecalls(path, "build-a"), "inputs", "other") == ("record", False)


def test_texts_of_other_code_or_settings_are_not_taken(tmp_path):
    path = tmp_path / "recalls.pickle"
    first = SavedRecalls(path, "build-a")
    made_once(first, "inputs", "record")
    first.save()
    assert made_once(SavedRecalls(path, "build-b"), "inputs", "new") == ("new", True)


def test_a_damaged_file_is_ignored(tmp_path):
    path = tmp_path / "recalls.pickle"
    path.write_bytes(pickle.dumps({"key": "build-a"})[:5])
    assert made_once(SavedRecalls(path, "build-a"), "inputs", "new") == ("new", True)


def test_a_build_that_made_nothing_new_leaves_the_file(tmp_path):
    path = tmp_path / "recalls.pickle"
    first = SavedRecalls(path, "build-a")
    made_once(first, "inputs", "record")
    first.build_report_lines.start()
    first.save()
    stamp = path.stat().st_mtime_ns
    again = SavedRecalls(path, "build-a")
    made_once(again, "inputs", "other")
    again.build_report_lines.start()
    again.save()
    assert path.stat().st_mtime_ns == stamp


def test_a_rebuild_after_an_edit_writes_what_a_first_build_writes(tmp_path, seeds_corrections):
    folder = copy_seeds(tmp_path / "seeds")
    warm, cache = tmp_path / "warm" / "site", tmp_path / "warm" / "cache.sqlite"
    run_build(warm, seeds=folder, corrections=seeds_corrections, cache=cache)
    assert list(cache.parent.glob("recalls-*.pickle"))
    seed = folder / "003_17db9634378e4288.txt"
    seed.write_bytes(seed.read_bytes().replace(b"Singapore", b"Singapore and Malaysia", 1))
    run_build(warm, seeds=folder, corrections=seeds_corrections, cache=cache)
    cold = tmp_path / "cold" / "site"
    run_build(cold, seeds=folder, corrections=seeds_corrections,
              cache=tmp_path / "cold" / "cache.sqlite")
    search = "search-data.js"
    assert b"Malaysia" in (warm / search).read_bytes()
    assert (warm / search).read_bytes() == (cold / search).read_bytes()
    report = "build-report.json"
    assert (warm.parent / report).read_bytes() == (cold.parent / report).read_bytes()

