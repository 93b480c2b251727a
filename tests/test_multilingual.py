"""The whole extraction on made-up reports in 31 languages, field by field.

tests/fixtures/reports/ holds short news reports written for these tests in the shape of
scraped pages (language menus, weather, breadcrumbs, photo credits, share prompts, "read
also" lists in the page's language), with their labels in labels.json: language, event
date, countries taking part, event, title, and strings the cleaner must keep or drop.
Several reports are translations of one event, some are two outlets' reports of one event
in one language, and some are distinct events of the same countries on different days.
Each test scores one field over the whole corpus and lists every miss in its message.
"""

from __future__ import annotations

import itertools
import json
import unicodedata
from pathlib import Path

import pytest
from event_archive.archive import load_archive
from event_archive.model import Report

FIXTURES = Path(__file__).parent / "fixtures" / "reports"
LABELS: dict[str, dict] = json.loads((FIXTURES / "labels.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def reports() -> dict[str, Report]:
    archive = load_archive([FIXTURES])
    return {report.name: report for report in archive.reports}


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def shown_text(report: Report) -> str:
    return norm(report.title + " \n " + report.body)


def share(hits: int, total: int) -> float:
    return hits / total if total else 1.0


def derivable(label: dict) -> bool:
    """Whether the report itself, or another report of its event, gives the date."""
    if label["date"] is None:
        return False
    if "date_derivable" in label:
        return label["date_derivable"]
    siblings = [other for other in LABELS.values() if other["event"] == label["event"]]
    return any(other["date_in_file"] for other in siblings)


def test_the_corpus_is_labelled_and_in_many_languages(reports):
    assert sorted(reports) == sorted(LABELS)
    assert len({label["lang"] for label in LABELS.values()}) >= 30


def test_every_language_is_recognised(reports):
    wrong = [f"{n}: {r.lang} != {LABELS[n]['lang']}" for n, r in reports.items()
             if r.lang != LABELS[n]["lang"]]
    assert not wrong, wrong


def test_article_text_is_kept(reports):
    lost = [f"{name}: {text!r}" for name, label in LABELS.items()
            for text in label["must_keep"] if norm(text) not in shown_text(reports[name])]
    assert not lost, lost


def test_page_junk_is_dropped(reports):
    junk = [(name, text) for name, label in LABELS.items() for text in label["must_drop"]]
    kept = [f"{name}: {text!r}" for name, text in junk if norm(text) in shown_text(reports[name])]
    assert share(len(junk) - len(kept), len(junk)) >= 0.95, kept


def test_titles_are_the_headline_or_the_lead(reports):
    """A headline is the title as written; a title from the lead may be cut with "…"."""
    wrong = []
    for name, label in LABELS.items():
        title = reports[name].title
        if not (title == label["title"] or (title.endswith("…") and label["title"].startswith(
                title[:-1]))):
            wrong.append(f"{name}: {title!r} != {label['title']!r}")
    assert not wrong, wrong


def test_no_report_gets_a_wrong_date(reports):
    wrong = [f"{name}: {reports[name].date} != {label['date']}" for name, label in LABELS.items()
             if reports[name].date is not None and str(reports[name].date) != label["date"]]
    assert not wrong, wrong


def test_every_date_the_corpus_gives_is_found(reports):
    """Dates in each language's own words and digits, relative days, siblings' dates (dates.py)."""
    missed = [f"{name}: {reports[name].date} != {label['date']}"
              for name, label in LABELS.items()
              if derivable(label) and str(reports[name].date) != label["date"]]
    assert not missed, missed


def test_countries_taking_part_are_found(reports):
    """Names, adjectives and capitals in each language and its inflections (countries.py)."""
    tp = fp = fn = 0
    wrong = []
    for name, label in LABELS.items():
        found, want = set(reports[name].countries), set(label["countries"])
        allowed = want | set(label["countries_optional"])
        tp, fn, fp = tp + len(found & want), fn + len(want - found), fp + len(found - allowed)
        if not want <= found <= allowed:
            wrong.append(f"{name}: {sorted(found)} != {sorted(want)}")
    precision, recall = share(tp, tp + fp), share(tp, tp + fn)
    assert precision == 1.0, wrong
    assert 2 * precision * recall / (precision + recall) >= 0.9, wrong


def event_pairs(reports: dict[str, Report]) -> tuple[list[str], list[str]]:
    """Pairs of reports linked apart from their event, and pairs of one event left apart."""
    wrongly, missed = [], []
    for a, b in itertools.combinations(sorted(LABELS), 2):
        gold = LABELS[a]["event"] == LABELS[b]["event"]
        linked = reports[a].event is not None and reports[a].event == reports[b].event
        if linked and not gold:
            wrongly.append(f"{a} ~ {b}")
        elif gold and not linked:
            missed.append(f"{a} ~ {b}")
    return wrongly, missed


def test_reports_of_different_events_are_never_linked(reports):
    wrongly, _ = event_pairs(reports)
    assert not wrongly, wrongly


def test_reports_of_one_event_are_linked_across_languages_and_outlets(reports):
    """Translations and other outlets' reports, names in any script (events.py, names.py)."""
    _, missed = event_pairs(reports)
    labels = itertools.combinations(LABELS.values(), 2)
    pairs = sum(1 for a, b in labels if a["event"] == b["event"])
    assert share(pairs - len(missed), pairs) >= 0.9, missed
