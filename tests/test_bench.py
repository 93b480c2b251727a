"""The benchmark's generator makes valid, deterministic seeds; the bench runs end to end."""

import datetime as dt
import json
import re
import sys

import pytest
from event_archive.bench import generate as gen
from event_archive.bench import stock
from event_archive.bench.measure import run_phase
from event_archive.bench.phases import pair_scores
from event_archive.bench.run import main
from event_archive.cache import what_it_says
from event_archive.extract import read_seed
from event_archive.text import split_header


@pytest.fixture(scope="module")
def seeds():
    return gen.generate(120, seed=7)


def test_same_seed_number_same_archive_other_number_other_archive(seeds):
    assert gen.generate(120, seed=7) == seeds
    assert [s.text for s in gen.generate(120, seed=8)] != [s.text for s in seeds]


def test_seeds_look_like_scraped_reports(seeds):
    assert len(seeds) == 120
    assert len({s.name for s in seeds}) == 120
    assert all(re.fullmatch(r"\d{5}_[0-9a-f]{16}\.txt", s.name) for s in seeds)
    assert {s.lang for s in seeds} == set(gen.LANGS)
    for s in seeds:
        s.text.encode("utf-8")
        published, rest = split_header(s.text)
        assert published == s.published or (published and s.published.startswith(published))
        assert " date " not in rest[:20]
        if published:
            assert s.date <= dt.date.fromisoformat(s.published)
        assert gen.FIRST_DAY <= s.date <= gen.LAST_DAY
        assert len(s.countries) == 2 and list(s.countries) == sorted(s.countries)
    with_header = sum(s.published is not None for s in seeds) / len(seeds)
    assert 0.3 < with_header < 0.8


def test_events_span_languages_and_outlets(seeds):
    by_event: dict[str, list] = {}
    for s in seeds:
        by_event.setdefault(s.event, []).append(s)
    groups = list(by_event.values())
    assert any(len({s.lang for s in g}) >= 3 for g in groups)
    assert any(len(g) > len({s.lang for s in g}) for g in groups)  # another outlet, same language
    for group in groups:  # translations share a slug, never two in one language
        slugs = [(s.slug, s.lang) for s in group]
        assert len(slugs) == len(set(slugs))


def test_country_names_and_officials_follow_the_language(seeds):
    ru = next(s for s in seeds if s.lang == "ru")
    assert re.search(r"[А-Я][а-я]+ [А-Я][а-я]+", ru.text)  # a made-up name in Cyrillic
    zh = next(s for s in seeds if s.lang == "zh")
    assert "·" in zh.text
    assert gen._country("vi", "VN") == "Việt Nam"
    assert gen._country("en", "MM") == "Myanmar"  # CLDR's "(Burma)" left out


@pytest.mark.parametrize("lang, published, expected", [
    ("vi", None, {"ngày 28/3", "chiều 28/3", "sáng 28-3", "ngày 28/03/2025",
                  "ngày 28 tháng 3 năm 2025"}),
    ("ru", dt.date(2025, 3, 29), {"28 марта", "28 марта 2025 года", "вчера"}),
    ("ko", None, {"3월 28일", "2025년 3월 28일"}),
])
def test_date_phrases(lang, published, expected):
    rng = gen.random.Random(1)
    found = {gen._when(rng, lang, dt.date(2025, 3, 28), published) for _ in range(200)}
    assert found == expected


def test_markdown_twin_has_front_matter(seeds, tmp_path):
    gen.write_markdown(seeds[:3], tmp_path)
    text = (tmp_path / (seeds[0].name[:-4] + ".md")).read_text(encoding="utf-8")
    assert text.startswith(f"Title: {seeds[0].title}\nDate: {seeds[0].date.isoformat()}\n")
    assert f"Tags: {', '.join(seeds[0].countries)}" in text


def test_pair_scores():
    found = {"a": "1", "b": "1", "c": "2", "d": "3"}
    truth = {"a": "x", "b": "x", "c": "x", "d": "y"}
    assert pair_scores(found, truth) == {"pair_precision": 1.0, "pair_recall": 1 / 3}


def test_a_failing_phase_is_reported_not_raised():
    measured = run_phase("boom", [sys.executable, "-c", "import sys; sys.exit('no site here')"])
    assert not measured.ok and "no site here" in measured.error
    measured = run_phase("ok", [sys.executable, "-c", "print('{\"seconds\": 0.5}')"])
    assert measured.ok and measured.result == {"seconds": 0.5} and measured.rss_one > 0


def test_bench_runs_end_to_end_on_a_tiny_archive(tmp_path, capsys):
    out = tmp_path / "figures.json"
    args = ["--seeds", "12", "--workdir", str(tmp_path / "work"), "--json", str(out),
            "--skip", "stock-rebuild", "--site", str(tmp_path / "no-site")]
    assert main(args) == 0
    figures = json.loads(out.read_text())
    phases = {p["phase"]: p for p in figures["phases"]}
    assert phases["extract cold"]["ok"] and phases["extract cold"]["result"]["seeds"] == 12
    assert phases["link"]["ok"] and phases["stock Pelican"]["ok"]
    assert not phases["build from scratch"]["ok"]  # no pelicanconf.py there: failed, not fatal
    assert (tmp_path / "work" / "stock" / "output" / "index.html").exists()
    printed = capsys.readouterr().out
    assert "full build / stock Pelican" in printed and "failed" in printed


def test_bench_refuses_to_write_into_a_folder_it_did_not_make(tmp_path):
    (tmp_path / "seeds").mkdir()
    with pytest.raises(SystemExit):
        main(["--seeds", "5", "--workdir", str(tmp_path)])
    assert (tmp_path / "seeds").is_dir()


def test_the_edited_seed_says_something_new(seeds, tmp_path):
    """The one-seed edit must change the report, not only page junk extraction drops."""
    gen.write_seeds(seeds[:1], tmp_path)
    path = tmp_path / seeds[0].name
    before = read_seed(path)
    stock.edit(path)
    after = read_seed(path)
    assert what_it_says(after) != what_it_says(before)
    assert stock.EDIT.strip() in after.body
