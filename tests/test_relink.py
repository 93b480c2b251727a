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


EDITS = [add_words, add_a_name, drop_names, move_the_date, change_the_language,
         change_the_countries, become_another_report, two_edits]


@pytest.mark.parametrize("edit", EDITS)
@pytest.mark.parametrize("k", [3, 120])
def test_linking_again_after_an_edit_is_linking_from_scratch(archive, edit, k):
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
