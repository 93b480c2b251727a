"""End-to-end builds: the pages exist and say the right things, every link resolves, every
page is reachable from the home page, builds are byte-identical, other folders build."""

from __future__ import annotations

import os
import re
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from conftest import BRAZIL, ROOT, copy_seeds, run_build
from event_archive.parallel import run_sharded, start_in_child


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src", "action") and value is not None:
                self.links.append(value)
            if name == "id" and value:
                self.ids.add(value)


def links_of(path: Path) -> list[str]:
    parser = Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.links


def internal_targets(page: Path) -> list[tuple[str, Path]]:
    """(link, file it points to) for every link of `page` that stays on the site."""
    found = []
    for link in links_of(page):
        parts = urlsplit(link)
        if parts.scheme or parts.netloc or not parts.path:
            continue
        found.append((link, (page.parent / unquote(parts.path)).resolve()))
    return found


def html_pages(output: Path) -> set[Path]:
    return {p.resolve() for p in output.rglob("*.html")}


def test_main_pages_exist(seeds_site):
    for path in ["index.html", "search.html", "search-data.js", "pages/about.html",
                 "archive/index.html", "archive/2025.html", "archive/2025-03.html",
                 "archive/undated.html", "countries/index.html", "countries/br.html",
                 "languages/index.html", "languages/vi.html", "feeds/all.atom.xml",
                 "feeds/index.html", "404.html", "sitemap.xml", "robots.txt", ".nojekyll",
                 "theme/css/site.css", "theme/js/search.js", "theme/vendor/minisearch.js"]:
        assert (seeds_site.output / path).is_file(), path
    for name in (p.name for p in (ROOT / "seeds").glob("*.txt")):
        assert (seeds_site.output / "reports" / name.replace(".txt", ".html")).is_file()


def test_event_page_groups_reports_by_language(seeds_site):
    events = [p for p in (seeds_site.output / "events").glob("*.html")
              if all(n.replace(".txt", "") in p.read_text(encoding="utf-8") for n in BRAZIL)]
    assert len(events) == 1
    html = events[0].read_text(encoding="utf-8")
    assert '<time datetime="2025-03-28">March 28, 2025</time>' in html
    assert ">Brazil</a>" in html and ">Vietnam</a>" in html
    headings = re.findall(r'<h2 id="lang-(\w+)" lang="\w+">([^<]+)</h2>', html)
    assert headings == [("en", "English"), ("fr", "Français"), ("vi", "Tiếng Việt")]


def test_report_page_speaks_its_language(seeds_site):
    html = seeds_site.page("reports/001_489898a4569b88b9.html")
    assert '<html lang="vi" dir="ltr">' in html
    assert "28 tháng 3, 2025" in html and ">Ngày</dt>" in html  # date and words in Vietnamese
    assert ">Braxin</a>" in html or ">Brazil</a>" in html
    assert 'hreflang="fr" href="../reports/002_5b74766545696950.html"' in html
    assert re.search(r'lang="fr"[^>]*>Français</a>', html)
    assert re.search(r'lang="en"[^>]*>English</a>', html)
    french = seeds_site.page("reports/002_5b74766545696950.html")
    assert '<html lang="fr"' in french and "28 mars 2025" in french and ">Langue</dt>" in french


def test_report_page_links_neighbouring_events(seeds_site):
    html = seeds_site.page("reports/000_bca2c443cf52253f.html")
    previous = re.search(r'<a rel="prev" href="\.\./(events/[^"]+)"', html)
    following = re.search(r'<a rel="next" href="\.\./(events/[^"]+)"', html)
    assert previous and "003_17db9634378e4288" in seeds_site.page(previous.group(1))
    assert following and "004_e670794a62bec8e5" in seeds_site.page(following.group(1))


@pytest.mark.parametrize("site", ["seeds_site", "made_up_site"])
def test_every_internal_link_resolves(site, request):
    build = request.getfixturevalue(site)
    for page in html_pages(build.output):
        for link, target in internal_targets(page):
            assert not link.endswith("/"), f"{page}: folder link {link}"
            assert target.is_file(), f"{page}: broken link {link}"


@pytest.mark.parametrize("site", ["seeds_site", "made_up_site"])
def test_every_page_reachable_from_home(site, request):
    build = request.getfixturevalue(site)
    home = (build.output / "index.html").resolve()
    seen, queue = {home}, deque([home])
    while queue:
        for _, target in internal_targets(queue.popleft()):
            if target.suffix == ".html" and target not in seen and target.is_file():
                seen.add(target)
                queue.append(target)
    # 404.html is served by the host for any missing address, never linked
    assert html_pages(build.output) - seen == {(build.output / "404.html").resolve()}


def test_pelican_pages_we_do_not_use_are_not_written(seeds_site):
    for unused in ["tags.html", "categories.html", "authors.html", "archives.html",
                   "category", "tag", "author"]:
        assert not (seeds_site.output / unused).exists(), unused


def feed_links(build, path: str) -> list[str]:
    return re.findall(r'<link href="([^"]+)" rel="alternate"/>', build.page(path))[1:]


def test_feeds_list_each_report_once_with_absolute_links(made_up_site):
    links = feed_links(made_up_site, "feeds/all.atom.xml")
    assert links and len(links) == len(set(links))
    site_url = re.search(r'<link href="([^"]+)/" rel="alternate"/>',
                         made_up_site.page("feeds/all.atom.xml")).group(1)
    assert site_url.startswith("http")
    assert all((made_up_site.output / link.removeprefix(site_url + "/")).is_file()
               for link in links)
    assert not any("undated-note" in link for link in links)  # a feed is a stream in time
    # events with no report in the default language appear once, in their language's feed
    assert [link.rsplit("/", 1)[1] for link in feed_links(made_up_site, "feeds/lang/ru.atom.xml")
            ] == ["moscow-talks.html"]


def test_pages_name_their_feeds(seeds_site):
    html = seeds_site.page("reports/001_489898a4569b88b9.html")
    for feed in ("all", "lang/vi", "country/br", "country/vn"):
        assert f'href="../feeds/{feed}.atom.xml"' in html, feed
    listing = seeds_site.page("feeds/index.html")
    assert 'href="../feeds/lang/fr.rss.xml"' in listing


def test_undated_report_listed_apart(made_up_site):
    undated = made_up_site.page("archive/undated.html")
    assert "reports/undated-note.html" in undated
    months = [p.read_text(encoding="utf-8") for p in (made_up_site.output / "archive").glob("2*")]
    assert len(months) > 20 and not any("undated-note" in m for m in months)


def test_long_lists_paginate_without_collisions(made_up_site):
    output = made_up_site.output
    assert (output / "countries/jp.html").is_file() and (output / "countries/jp-p3.html").is_file()
    assert not (output / "countries/jp-p4.html").exists()  # 60 events, 20 a page
    second = made_up_site.page("countries/jp-p2.html")
    assert 'rel="prev" href="../countries/jp.html"' in second
    assert 'rel="next" href="../countries/jp-p3.html"' in second
    assert "Page 2 of 3" in second


def test_seed_text_is_shown_as_written(made_up_site):
    pages = [p for p in (made_up_site.output / "reports").glob("markup*.html")]
    assert len(pages) == 1 and pages[0].name.startswith("markup--")  # leading dash slugged
    html = pages[0].read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert" not in html
    assert "{{ 7*7 }}" in html and "49" not in html and "{% raw %}" in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html and "**stars**" in html


def test_same_language_reports_of_one_event_both_kept(made_up_site):
    output = made_up_site.output
    assert (output / "reports/busan-a.html").is_file()
    assert (output / "reports/busan-b.html").is_file()
    events = [p.read_text(encoding="utf-8") for p in (output / "events").glob("*.html")]
    together = [e for e in events if "busan-a.html" in e and "busan-b.html" in e]
    assert len(together) == 1 and together[0].count('<h2 id="lang-') == 1


def test_links_to_two_reports_in_one_language_tell_them_apart(made_up_site):
    """In event lists, "English" and "English 2", each titled with its report's title."""
    listing = made_up_site.page("countries/kr.html")
    first = listing.index('href="../reports/busan-a.html"')
    second = listing.index('href="../reports/busan-b.html"')
    assert ">English</a>" in listing[first:second]
    assert ">English 2</a>" in listing[second:]
    assert 'title="Busan port agreement signed"' in listing[first:second]
    report = made_up_site.page("reports/busan-a.html")  # no translation: only "other reports"
    assert 'class="translations"' not in report and 'hreflang="en" href=' not in report
    assert 'href="../reports/busan-b.html"' in report


def test_non_latin_file_name_gets_a_safe_address(made_up_site):
    names = [p.name for p in (made_up_site.output / "reports").glob("tin-tuc-ha-noi--*.html")]
    assert len(names) == 1 and names[0].isascii()


def test_summary_line_and_warnings_name_their_file(made_up_site):
    assert "Event Archive: 68 seeds, 68 reports, 67 events, 1 undated, 68 pages" in (
        made_up_site.stdout)
    assert "notes.md" in made_up_site.stdout + made_up_site.stderr


def test_language_page_in_its_own_language(made_up_site):
    html = made_up_site.page("languages/ru.html")
    assert '<html lang="ru"' in html and "14 мая 2024" in html and "Россия" in html
    assert '<header class="site" lang="en">' in html  # words fall back to English, marked so


def test_right_to_left_pages_keep_english_words_left_to_right(made_up_site):
    html = made_up_site.page("reports/cairo-talks.html")
    assert '<html lang="ar" dir="rtl">' in html and "مصر" in html
    assert '<header class="site" lang="en" dir="ltr">' in html


def test_two_builds_are_byte_identical(tmp_path, seeds_site, seeds_corrections):
    again = run_build(tmp_path / "again", corrections=seeds_corrections)
    first = {p.relative_to(seeds_site.output): p.read_bytes()
             for p in seeds_site.output.rglob("*") if p.is_file()}
    second = {p.relative_to(again.output): p.read_bytes()
              for p in again.output.rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


def test_adding_a_seed_moves_no_other_report(tmp_path, seeds_corrections):
    folder = tmp_path / "seeds"
    folder.mkdir()
    for seed in (ROOT / "seeds").glob("*.txt"):
        (folder / seed.name).write_bytes(seed.read_bytes())
    before = run_build(tmp_path / "before", seeds=folder, corrections=seeds_corrections)
    (folder / "aaa-new.txt").write_text("Talks in Hanoi\n\nVietnam and Laos met on 2 May 2025.\n",
                                        encoding="utf-8")
    after = run_build(tmp_path / "after", seeds=folder, corrections=seeds_corrections)
    old = {p.name for p in (before.output / "reports").iterdir()}
    new = {p.name for p in (after.output / "reports").iterdir()}
    assert new - old == {"aaa-new.html"} and old <= new


def test_invalid_corrections_are_named_and_the_build_goes_on(tmp_path):
    corrections = tmp_path / "corrections.toml"
    corrections.write_text('[seeds."000_bca2c443cf52253f.txt"]\ndate = "28 March"\n',
                           encoding="utf-8")
    build = run_build(tmp_path / "out", corrections=corrections, check=False)
    assert build.returncode == 0
    assert "bad date" in build.stdout + build.stderr
    assert "corrections.toml" in build.stdout + build.stderr
    assert (tmp_path / "out" / "index.html").exists()
    strict = run_build(tmp_path / "strict", corrections=corrections, check=False,
                       extra=("STRICT=true",))
    assert strict.returncode != 0


def test_strict_builds_fail_on_warnings(tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "a.txt").write_text("Talks\n\nVietnam and Laos met on 2 May 2025.\n")
    (folder / "notes.md").write_text("not a seed\n")
    build = run_build(tmp_path / "out", seeds=folder, check=False, extra=("STRICT=true",))
    assert build.returncode != 0 and "notes.md" in build.stdout + build.stderr


def test_a_rebuild_keeps_unchanged_pages_and_never_writes_into_the_old_site(
    tmp_path, seeds_corrections
):
    folder = copy_seeds(tmp_path / "seeds")
    out, cache = tmp_path / "out", tmp_path / "cache.sqlite"
    run_build(out, seeds=folder, corrections=seeds_corrections, cache=cache)
    sg, ru = out / "reports/003_17db9634378e4288.html", out / "reports/004_e670794a62bec8e5.html"
    ru_feed, all_feed = out / "feeds/country/ru.atom.xml", out / "feeds/all.atom.xml"
    before = {p: (p.stat().st_ino, p.read_bytes()) for p in (sg, ru, ru_feed, all_feed)}
    held = tmp_path / "held.html"  # a second name for the old file: it must never change
    os.link(sg, held)
    seed = folder / "003_17db9634378e4288.txt"
    seed.write_bytes(seed.read_bytes() + b"\n\nThe ministers also visited a port.\n")
    run_build(out, seeds=folder, corrections=seeds_corrections, cache=cache)
    for kept in (ru, ru_feed):
        assert kept.stat().st_ino == before[kept][0] and kept.read_bytes() == before[kept][1]
    assert sg.stat().st_ino != before[sg][0] and b"visited a port" in sg.read_bytes()
    assert all_feed.stat().st_ino != before[all_feed][0]  # it lists the edited report
    assert held.read_bytes() == before[sg][1]


def test_a_page_changed_on_disk_is_rendered_again(tmp_path, seeds_corrections):
    folder = copy_seeds(tmp_path / "seeds")
    out, cache = tmp_path / "out", tmp_path / "cache.sqlite"
    run_build(out, seeds=folder, corrections=seeds_corrections, cache=cache)
    page = out / "reports/004_e670794a62bec8e5.html"
    good = page.read_bytes()
    page.write_bytes(b"damaged")  # the manifest no longer describes this file
    run_build(out, seeds=folder, corrections=seeds_corrections, cache=cache)
    assert page.read_bytes() == good


def test_sharded_jobs_run_once_each_and_a_failing_worker_fails_the_build(tmp_path):
    jobs = list(range(500))
    results = run_sharded(jobs, lambda n: (n * n, os.getpid()), count=2)
    assert [square for square, _ in results] == [n * n for n in jobs]
    assert len({pid for _, pid in results}) == 2  # two processes shared the work

    def fail_in_worker(n: int) -> None:
        if n % 2:
            raise ValueError(n)

    with pytest.raises(RuntimeError, match="worker"):
        run_sharded(jobs, fail_in_worker, count=2)


def test_a_worker_started_early_gives_its_result_when_asked():
    started = start_in_child(lambda: ("done", os.getpid()))
    here = os.getpid()  # the build goes on meanwhile
    word, there = started()
    assert word == "done" and there != here
    with pytest.raises(RuntimeError, match="worker"):
        start_in_child(lambda: 1 / 0)()


def test_a_new_correction_reaches_its_page_through_the_cache(tmp_path):
    folder = copy_seeds(tmp_path / "seeds")
    out, cache = tmp_path / "out", tmp_path / "cache.sqlite"
    corrections = tmp_path / "corrections.toml"
    corrections.write_text("", encoding="utf-8")
    run_build(out, seeds=folder, corrections=corrections, cache=cache)
    page = out / "reports/003_17db9634378e4288.html"
    assert b"A corrected title" not in page.read_bytes()
    corrections.write_text('[seeds."003_17db9634378e4288.txt"]\ntitle = "A corrected title"\n',
                           encoding="utf-8")
    run_build(out, seeds=folder, corrections=corrections, cache=cache)
    assert b"A corrected title" in page.read_bytes()
