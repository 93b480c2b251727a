"""Linking again from the last linking's memo gives exactly what a full linking gives."""

import copy
import datetime as dt

import pytest
from event_archive import relink
from event_archive.bench.generate import generate
from event_archive.cache import given_of
from event_archive.events import link_events
from event_archive.extract import extract_report
from event_archive.relink import link_remembering


@pytest.fixture(scope="module")
def archive():
    """A generated archive of many events in many languages, and its memo."""
    reports = [extract_report(s.text.encode(), s.name) for s in generate(240, seed=5)]
    linked = copy.deepcopy(reports)
    _, memo = link_remembering(linked, [], [], "context", _given)
    return reports, memo


def _given(report):
    return given_of(report, {})


def _outcome(events, reports):
    return ([(e.id, e.date, e.countries, e.evidence, [r.name for r in e.reports])
             for e in events],
            sorted((r.name, r.event, r.date, r.date_source, r.evidence) for r in reports))


def _an_event_mate(reports, k):
    """Another report of the same generated event as report k (same name prefix)."""
    return next(i for i, r in enumerate(reports) if i != k and r.title != reports[k].title
                and r.lang != reports[k].lang)


def add_words(reports, k):
    reports[k].paragraphs = [*reports[k].paragraphs[:-1], reports[k].paragraphs[-1] + " (updated)"]


def add_a_name(reports, k):
    reports[k].names = [*reports[k].names, "lead:Ingrid Vasquez-Olamide"]


def drop_names(reports, k):
    reports[k].names = []


def move_the_date(reports, k):
    reports[k].date = (reports[k].date or dt.date(2024, 1, 1)) + dt.timedelta(days=40)
    reports[k].date_source = "text"


def change_the_language(reports, k):
    reports[k].lang = "it"


def change_the_countries(reports, k):
    reports[k].countries = ["FJ", "NZ"]


def become_another_report(reports, k):
    """Report k now tells what report m (of another event) tells: it must join m's event."""
    m = (k + 97) % len(reports)
    keep = reports[k].name, reports[k].source, reports[k].digest
    reports[k] = copy.deepcopy(reports[m])
    reports[k].name, reports[k].source, reports[k].digest = keep


def two_edits(reports, k):
    add_a_name(reports, k)
    move_the_date(reports, (k + 50) % len(reports))


def remove_the_report(reports, k):
    del reports[k]


def add_a_report(reports, k):
    """A seed added that tells what report k tells: it joins k's event."""
    added = copy.deepcopy(reports[k])
    added.name, added.source, added.digest = "zz-added.txt", "seeds/zz-added.txt", "new"
    reports.append(added)


def rename_the_seed(reports, k):
    """Removed under one name, added under another: it keeps its event."""
    reports[k].name, reports[k].source = "aa-renamed.txt", "seeds/aa-renamed.txt"


def add_one_remove_another(reports, k):
    add_a_report(reports, (k + 31) % len(reports))
    remove_the_report(reports, k)


EDITS = [add_words, add_a_name, drop_names, move_the_date, change_the_language,
         change_the_countries, become_another_report, two_edits, remove_the_report,
         add_a_report, rename_the_seed, add_one_remove_another]


@pytest.mark.parametrize("edit", EDITS)
@pytest.mark.parametrize("k", [3, 120])
def test_linking_again_after_an_edit_is_linking_from_scratch(archive, edit, k):
    _assert_linked_again_as_from_scratch(archive, edit, k)


def _assert_linked_again_as_from_scratch(archive, edit, k):
    reports, memo = archive
    edited = copy.deepcopy(reports)
    edit(edited, k)
    again, _ = link_remembering(edited, [], [], "context", _given, copy.deepcopy(memo))
    scratch = copy.deepcopy(reports)
    edit(scratch, k)
    assert _outcome(again, edited) == _outcome(link_events(scratch), scratch)


def test_an_edit_of_words_rescores_only_the_pairs_of_its_report(archive, monkeypatch):
    reports, memo = archive
    scored: list[list] = []
    real = relink.Linker.links
    monkeypatch.setattr(relink.Linker, "links", lambda self, partners: scored.append(
        [(i, j) for i, js in enumerate(partners) for j in js]) or real(self, partners))
    edited = copy.deepcopy(reports)
    add_words(edited, 120)
    link_remembering(edited, [], [], "context", _given, memo)
    link_remembering(copy.deepcopy(reports), [], [], "context", _given)
    again, full = scored
    assert again and all(120 in pair for pair in again) and len(again) < len(full) / 20


def test_an_edit_that_moves_a_report_moves_it(archive):
    reports, memo = archive
    edited = copy.deepcopy(reports)
    become_another_report(edited, 3)
    events, _ = link_remembering(edited, [], [], "context", _given, copy.deepcopy(memo))
    copied = edited[(3 + 97) % len(edited)]
    assert edited[3].event == copied.event  # a test that an edit really regroups
    assert reports[3].name in {r.name for e in events if e.id == copied.event for r in e.reports}


def test_another_context_or_many_changes_link_everything(archive, monkeypatch):
    reports, memo = archive
    reached = []
    monkeypatch.setattr(relink, "_reached", lambda *args: reached.append(1) or set())
    link_remembering(copy.deepcopy(reports), [], [], "other corrections", _given, memo)
    many = copy.deepcopy(reports)
    for k in range(0, len(many), 10):
        add_words(many, k)
    link_remembering(many, [], [], "context", _given, memo)
    assert reached == []
    one = copy.deepcopy(reports)
    add_words(one, 0)
    link_remembering(one, [], [], "context", _given, memo)
    assert reached == [1]


@pytest.mark.parametrize("edit", [remove_the_report, add_one_remove_another])
@pytest.mark.parametrize("k", range(6))
def test_a_seed_removed_regroups_what_it_was_grouped_or_linked_with(archive, edit, k):
    """Most of these reports are in events of two to four: the others stay together, or
    part, as a full linking without it decides."""
    _assert_linked_again_as_from_scratch(archive, edit, k)


@pytest.mark.parametrize("edit", [remove_the_report, add_a_report, rename_the_seed])
def test_a_seed_added_or_removed_links_again_from_the_memo(archive, monkeypatch, edit):
    """Its events are the same as a full linking's (above), reached from the memo: the
    reports it did not reach keep their pairs' scores."""
    reports, memo = archive
    reached: list[set[int]] = []
    real = relink._reached
    monkeypatch.setattr(relink, "_reached", lambda *args: reached.append(real(*args)) or
                        reached[-1])
    edited = copy.deepcopy(reports)
    edit(edited, 120)
    link_remembering(edited, [], [], "context", _given, memo)
    assert len(reached) == 1 and len(reached[0]) < len(edited)
