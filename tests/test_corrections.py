import datetime as dt

import pytest
from event_archive.corrections import CorrectionError, load_corrections
from event_archive.model import Report


def make_report(name="a.txt", **fields) -> Report:
    base = dict(source=name, name=name, digest="d", lang="en", published=None,
                title="T", paragraphs=["Text."])
    base.update(fields)
    return Report(**base)


def write(tmp_path, text):
    path = tmp_path / "corrections.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_corrects_date_and_countries_and_says_why(tmp_path):
    path = write(tmp_path, '[seeds."a.txt"]\ndate = 2025-12-09\ncountries = ["vn", "RU"]\n'
                           'why = "dated by a sibling"\n')
    report = make_report()
    load_corrections(path).apply(report)
    assert report.date == dt.date(2025, 12, 9)
    assert report.date_source == "correction"
    assert report.countries == ["RU", "VN"]
    assert any(e.source == "correction" and e.detail == "dated by a sibling"
               for e in report.evidence)


def test_leaves_other_seeds_alone(tmp_path):
    path = write(tmp_path, '[seeds."a.txt"]\ntitle = "Better"\n')
    other = make_report("b.txt")
    load_corrections(path).apply(other)
    assert other.title == "T"


@pytest.mark.parametrize("entry, words", [
    ('date = "2025-02-31"', "bad date"),
    ('countries = ["XX"]', "unknown country code"),
    ('lang = "klingon"', "unknown language"),
    ('colour = "red"', "unknown field colour"),
])
def test_invalid_entries_name_the_entry(tmp_path, entry, words):
    path = write(tmp_path, f'[seeds."a.txt"]\n{entry}\n')
    with pytest.raises(CorrectionError) as err:
        load_corrections(path)
    assert words in str(err.value)
    assert 'seeds."a.txt"' in str(err.value)


def test_unknown_seed_is_an_error(tmp_path):
    path = write(tmp_path, '[seeds."gone.txt"]\ntitle = "X"\n')
    with pytest.raises(CorrectionError, match="unknown seed gone.txt"):
        load_corrections(path).check_names({"a.txt"})


def test_broken_toml_names_the_file(tmp_path):
    path = write(tmp_path, '[seeds."a.txt"\n')
    with pytest.raises(CorrectionError, match="corrections.toml"):
        load_corrections(path)


def test_event_groups(tmp_path):
    path = write(tmp_path, '[events]\nsame = [["a.txt", "b.txt"]]\napart = [["c.txt", "d.txt"]]\n')
    corrections = load_corrections(path)
    assert corrections.same == [["a.txt", "b.txt"]]
    assert corrections.apart == [["c.txt", "d.txt"]]
    with pytest.raises(CorrectionError, match="events.same"):
        load_corrections(write(tmp_path, '[events]\nsame = ["a.txt"]\n'))


def test_project_corrections_file_is_valid():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    corrections = load_corrections(root / "content" / "corrections.toml")
    corrections.check_names({p.name for p in (root / "seeds").iterdir()})
