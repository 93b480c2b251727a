"""The site's page-building pieces, without Pelican: addresses, paging, grouping, the
timeline, the search data and the localized interface."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from conftest import ROOT
from event_archive import urls
from event_archive.i18n import (
    Catalogs,
    compile_catalogs,
    country_name,
    language_name,
    long_date,
    text_direction,
)
from event_archive.model import Event, Report
from event_archive.pages import build_site, paginate
from event_archive.search import search_script
from event_archive.settings import SiteSettings
from event_archive.timeline import month_span, timeline_svg
from jinja2 import Environment


def report(name: str, lang: str = "en", date: dt.date | None = None, **fields) -> Report:
    return Report(source=f"seeds/{name}", name=name, digest="", lang=lang, published=None,
                  title=fields.pop("title", name), paragraphs=fields.pop("paragraphs", ["x"]),
                  date=date, **fields)


def event(event_id: str, date: dt.date | None, *reports: Report, countries=()) -> Event:
    for r in reports:
        r.event = event_id
    return Event(event_id, list(reports), date, list(countries))


# -- addresses --------------------------------------------------------------------------

def test_plain_seed_names_keep_their_stem():
    assert urls.report_path("000_bca2c443cf52253f.txt") == "reports/000_bca2c443cf52253f.html"


@pytest.mark.parametrize("name", ["A b.txt", "-lead.txt", ".dot.txt", "Вьетнам.txt",
                                  "越南.txt", "x.TXT", "a--b.txt", "../up.txt", "a" * 80 + ".txt"])
def test_other_names_get_safe_ascii_slugs(name):
    slug = urls.safe_slug(name, ".txt")
    assert re.fullmatch(r"[a-z0-9][a-z0-9_-]*--[0-9a-f]{10}", slug), slug


def test_slugs_never_collide():
    names = ["a b.txt", "a-b.txt", "A-B.txt", "a_b.txt", "a--b.txt", "a b .txt", "a-b.TXT",
             "a-b--0123456789.txt", "ä-b.txt", "a-b"]
    slugs = [urls.safe_slug(n, ".txt") for n in names]
    assert len(set(slugs)) == len(names)


def test_list_pages_cannot_take_another_page_name():
    assert urls.page_path(urls.country_base("VN"), 1) == "countries/vn.html"
    assert urls.page_path(urls.country_base("VN"), 2) == "countries/vn-p2.html"
    assert urls.page_path(urls.month_base(2025, 3), 2) == "archive/2025-03-p2.html"


# -- paging and grouping ----------------------------------------------------------------

def test_paginate_links_neighbours_and_keeps_every_item():
    pages = paginate(list(range(45)), "countries/vn", 20)
    assert [len(p.items) for p in pages] == [20, 20, 5]
    assert [p.path for p in pages] == ["countries/vn.html", "countries/vn-p2.html",
                                       "countries/vn-p3.html"]
    assert pages[0].prev is None and pages[0].next == "countries/vn-p2.html"
    assert pages[2].prev == "countries/vn-p2.html" and pages[2].next is None
    assert paginate([], "x", 20)[0].items == []


@pytest.fixture
def small_site():
    a, b, c = (report("a.txt", "vi"), report("b.txt", "en"), report("c.txt", "en"))
    d, e = report("d.txt", "fr"), report("e.txt", "ru")
    events = [
        event("e2", dt.date(2025, 3, 28), a, b, c, countries=["BR", "VN"]),
        event("e1", dt.date(2024, 10, 9), d, countries=["SG", "VN"]),
        event("e0", None, e),
    ]
    return build_site(events, [e, d, c, b, a], "en")


def test_site_orders_and_groups(small_site):
    site = small_site
    assert [e.id for e in site.events] == ["e1", "e2", "e0"]
    assert [e.id for e in site.newest_first()] == ["e2", "e1"]
    assert site.lead_report(site.events[1]).name == "b.txt"  # default language, then name
    assert [lang for lang, _ in site.by_language(site.events[1])] == ["en", "vi"]
    assert [r.name for r in site.others(site.reports[0])] == ["b.txt", "c.txt"]
    assert site.neighbours["e2"] == (site.events[0], None)
    assert "e0" not in site.neighbours


def test_site_lists_countries_languages_and_periods(small_site):
    countries = dict(small_site.countries())
    assert [e.id for e in countries["VN"]] == ["e2", "e1"]
    languages = dict(small_site.languages())
    assert [r.name for r in languages["en"]] == ["b.txt", "c.txt"] and "ru" in languages
    assert [(y, [m for m, _ in months]) for y, months in small_site.periods()] == [
        (2025, [3]), (2024, [10])]


# -- timeline ---------------------------------------------------------------------------

def test_month_span_fills_gaps_across_years():
    assert month_span([(2024, 11), (2025, 2)]) == [(2024, 11), (2024, 12), (2025, 1), (2025, 2)]


def test_timeline_draws_one_linked_bar_per_month_with_events():
    svg = timeline_svg({(2024, 11): 1, (2025, 2): 4}, lambda y, m: f"archive/{y}-{m:02d}.html",
                       lambda y, m, n: f"{y}-{m}: {n}", "cap")
    assert svg.count("<rect") == 2 and 'href="archive/2025-02.html"' in svg
    assert 'height="120"' in svg and 'height="30"' in svg  # 4 is the tallest; 1 a quarter
    assert "<title>2024-11: 1</title>" in svg and 'aria-labelledby="cap"' in svg
    assert timeline_svg({}, str, str, "cap") == ""


def test_timeline_has_room_for_a_year_label_in_its_last_month():
    svg = timeline_svg({(2023, 1): 1, (2026, 1): 1}, lambda y, m: "", lambda y, m, n: "", "c")
    label_x = int(svg.split('class="year" x="')[-1].split('"')[0])  # 2026's
    width = int(svg.split('width="')[1].split('"')[0])
    assert width >= label_x + 30  # four digits fit
    short = timeline_svg({(2024, 10): 1, (2025, 12): 1}, lambda y, m: "", lambda y, m, n: "", "c")
    assert 'width="390"' in short  # its bars' width: the labels fit, nothing overhangs


# -- search data ------------------------------------------------------------------------

def test_search_script_is_bounded_and_cannot_close_a_script():
    long = report("a.txt", "vi", dt.date(2025, 3, 28), countries=["VN"],
                  title="Lương </script>", paragraphs=["ô" * 1000])
    script = search_script([long], lambda r: urls.report_path(r.name), {"VN": "Vietnam"},
                           {"vi": "Tiếng Việt"}, 50)
    assert script.startswith("window.EVENT_ARCHIVE_SEARCH = ") and "</script>" not in script
    data = json.loads(script.split(" = ", 1)[1].rstrip(";\n"))
    assert data["docs"] == [{"u": "reports/a.html", "t": "Lương </script>", "l": "vi",
                             "d": "2025-03-28", "c": ["VN"], "x": "ô" * 50}]
    assert data["countries"] == {"VN": "Vietnam"}


# -- interface languages ----------------------------------------------------------------

def test_cldr_names_and_dates_in_the_page_language():
    assert language_name("vi") == "Tiếng Việt" and language_name("fr") == "Français"
    assert country_name("BR", "fr") == "Brésil" and country_name("VN", "ru") == "Вьетнам"
    assert long_date(dt.date(2025, 3, 28), "fr") == "28 mars 2025"
    assert long_date(dt.date(2025, 3, 28), "xx") == "March 28, 2025"  # unknown: English
    assert text_direction("ar") == "rtl" and text_direction("vi") == "ltr"


def test_catalogs_translate_per_page_and_fall_back_to_english(tmp_path):
    folder = ROOT / "theme" / "translations"
    compile_catalogs(folder)
    catalogs = Catalogs(folder)
    env = Environment(extensions=["jinja2.ext.i18n"], autoescape=True)
    env.install_null_translations(newstyle=True)
    template = env.from_string('{{ _("Language") }}|{{ ngettext("%(num)s report", '
                               '"%(num)s reports", n) }}|{{ _("Page %(number)s of %(total)s", '
                               'number="<1>", total=2) }}')
    assert template.render(n=2, **catalogs.callables("fr")) == (
        "Langue|2 dépêches|Page &lt;1&gt; sur 2")
    assert template.render(n=1, **catalogs.callables("vi")).startswith("Ngôn ngữ|1 bản tin")
    assert template.render(n=1, **catalogs.callables("en")).startswith("Language|1 report")
    assert catalogs.has("vi") and catalogs.has("en") and not catalogs.has("ja")


def test_every_catalog_is_complete():
    from babel.messages.pofile import read_po

    with open(ROOT / "theme/translations/messages.pot", "rb") as pot_file:
        wanted = {m.id for m in read_po(pot_file) if m.id}
    for lang in ("vi", "fr"):
        path = ROOT / "theme/translations" / lang / "LC_MESSAGES/messages.po"
        with open(path, "rb") as po_file:
            catalog = read_po(po_file)
        done = {m.id for m in catalog if m.id and m.string and all(m.string) and not m.fuzzy}
        assert wanted - done == set(), lang


# -- settings ---------------------------------------------------------------------------

def test_settings_resolve_against_the_settings_folder(tmp_path):
    given = {"SETTINGS_DIR": str(tmp_path), "THEME": str(tmp_path / "theme")}
    default = SiteSettings.from_pelican(given)
    assert default.seeds_path == tmp_path / "seeds"
    assert default.corrections_path == tmp_path / "content" / "corrections.toml"
    other = SiteSettings.from_pelican({**given, "SEEDS_PATH": "/elsewhere"})
    assert other.seeds_path.as_posix() == "/elsewhere" and other.corrections_path is None
    named = SiteSettings.from_pelican({**given, "SEEDS_PATH": "x", "CORRECTIONS_PATH": "c.toml"})
    assert named.corrections_path == tmp_path / "c.toml"
