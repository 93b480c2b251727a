import datetime as dt
import functools
import importlib.util
import json
import os
import re
import subprocess
import sys
import threading
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections import deque
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import feedparser
import pytest
from event_archive.archive import Archive, load_archive
from event_archive.corrections import load_corrections
from event_archive.feedcheck import check_feed
from event_archive.feeds import FeedConfig
from event_archive.model import Event, Report
from event_archive.publish import (
    absolutize,
    check_feeds,
    event_head,
    json_for_script,
    publish_site,
    report_head,
    write_not_found,
)
from event_archive.sitemap import alternates, write_robots, write_sitemap

ROOT = Path(__file__).parent.parent
SITE = "https://owner.github.io/repo"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML_LINK = "{http://www.w3.org/1999/xhtml}link"
NASTY = 'Talks </script><script>alert("x")</script> & more'


def report(name: str, lang: str, **fields) -> Report:
    fields = {"published": None, "title": name, "paragraphs": ["Body."], **fields}
    return Report(f"seeds/{name}", name, "0" * 64, lang, **fields)


def one_event() -> Event:
    day = dt.date(2025, 3, 28)
    reports = [
        report("a.txt", "en", date=day, countries=["BR", "VN"]),
        report("b.txt", "vi", date=day, published="2025-03-29", title=NASTY),
        report("c.txt", "en", date=day),
        report("d.txt", "und", date=day),
    ]
    return Event("2025-03-28-br-vn", reports, day, ["BR", "VN"])


# --- publishconf: the address comes from the environment ---------------------------------


def publishconf():
    spec = importlib.util.spec_from_file_location("publishconf_under_test", ROOT / "publishconf.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"SITEURL": "https://example.org/news/"}, "https://example.org/news"),
        ({"GITHUB_REPOSITORY": "Owner/archive"}, "https://owner.github.io/archive"),
        ({"GITHUB_REPOSITORY": "owner/Owner.github.io"}, "https://owner.github.io"),
        ({"SITEURL": "https://news.example", "GITHUB_REPOSITORY": "o/r"}, "https://news.example"),
        ({}, "http://127.0.0.1:8000"),
    ],
)
def test_site_url_comes_from_the_environment(environ, expected):
    assert publishconf().site_url(environ) == expected


def test_publishconf_keeps_the_site_settings_and_turns_feeds_on():
    conf = publishconf()
    assert conf.SITENAME and conf.PLUGINS  # from pelicanconf
    assert conf.RELATIVE_URLS is True and conf.ARCHIVE_FEEDS is True
    assert conf.FEED_DOMAIN == conf.SITEURL


# --- sitemap and robots --------------------------------------------------------------------


def test_hreflang_sets_are_consistent_and_name_themselves():
    found = alternates([one_event()])
    assert set(found) == {"reports/a.html", "reports/b.html"}  # c: a second en; d: no language
    for page, links in found.items():
        assert page in [target for _, target in links]
        assert [lang for lang, _ in links] == ["en", "vi"]
        for _, target in links:
            assert found[target] == links  # every page of the set names the same set


def test_sitemap_lists_written_pages_with_alternates(tmp_path):
    pages = ["index.html", "reports/a.html", "reports/b.html", "reports/c.html", "404.html",
             "theme/vendor/readme.html"]
    for page in pages:
        (tmp_path / page).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / page).write_text("<p>x</p>")
    write_sitemap(tmp_path, SITE, [one_event()])
    root = ET.parse(tmp_path / "sitemap.xml").getroot()
    urls = {u.findtext(f"{SM}loc"): u for u in root.iter(f"{SM}url")}
    assert sorted(urls) == [f"{SITE}/index.html"] + [f"{SITE}/reports/{x}.html" for x in "abc"]
    alts = urls[f"{SITE}/reports/a.html"].findall(XHTML_LINK)
    assert {(a.get("hreflang"), a.get("href")) for a in alts} == {
        ("en", f"{SITE}/reports/a.html"),
        ("vi", f"{SITE}/reports/b.html"),
    }
    assert urls[f"{SITE}/reports/c.html"].findall(XHTML_LINK) == []
    robots = write_robots(tmp_path, SITE).read_text()
    assert f"Sitemap: {SITE}/sitemap.xml" in robots.splitlines()


def test_a_big_site_gets_a_sitemap_index(tmp_path):
    for n in range(5):
        (tmp_path / f"p{n}.html").write_text("x")
    written = write_sitemap(tmp_path, SITE, [], max_urls=2)
    index = ET.parse(tmp_path / "sitemap.xml").getroot()
    assert index.tag == f"{SM}sitemapindex" and len(written) == 4
    parts = [s.findtext(f"{SM}loc") for s in index.iter(f"{SM}sitemap")]
    assert parts == [f"{SITE}/sitemaps/{n}.xml" for n in (1, 2, 3)]
    parsed = [ET.parse(tmp_path / f"sitemaps/{n}.xml") for n in (1, 2, 3)]
    locs = [loc.text for tree in parsed for loc in tree.iter(f"{SM}loc")]
    assert locs == [f"{SITE}/p{n}.html" for n in range(5)]


# --- head tags -----------------------------------------------------------------------------


def test_json_ld_cannot_close_its_script_element():
    text = json_for_script({"headline": NASTY})
    assert "</" not in text and "<" not in text and "&" not in text
    assert json.loads(text) == {"headline": NASTY}


def test_report_and_event_heads():
    event = one_event()
    config = FeedConfig(SITE)
    head = report_head(event.reports[1], event, config)
    assert head.canonical == f"{SITE}/reports/b.html"
    meta = dict(head.meta)
    assert meta["og:url"] == head.canonical and meta["og:type"] == "article"
    assert meta["og:locale"] == "vi_VN" and meta["article:published_time"] == "2025-03-29"
    data = json.loads(head.json_ld)
    assert data["@type"] == "NewsArticle" and data["inLanguage"] == "vi"
    assert data["headline"] == NASTY and data["datePublished"] == "2025-03-29"
    assert data["about"] == {
        "@type": "Event", "@id": f"{SITE}/events/2025-03-28-br-vn.html", "startDate": "2025-03-28"
    }
    html = str(head.html())
    assert html.count("</script>") == 1 and "<script>alert" not in html
    event_data = json.loads(event_head(event, config).json_ld)
    assert event_data["@type"] == "Event" and event_data["startDate"] == "2025-03-28"
    assert [c["identifier"] for c in event_data["about"]] == ["BR", "VN"]
    assert len(event_data["subjectOf"]) == 4
    undetermined = next(a for a in event_data["subjectOf"] if a["@id"].endswith("/d.html"))
    assert "inLanguage" not in undetermined
    assert report_head(event.reports[0], event, FeedConfig("")).html() == ""


def test_not_found_page_links_work_at_any_depth(tmp_path):
    (tmp_path / "404.html").write_text(
        '<link rel="stylesheet" href="theme/css/site.css"><a href="./index.html">home</a>'
        '<a href="#top">top</a><a href="mailto:x@example.org">m</a>'
        '<a href="https://example.org/x">out</a><img src="../img/a.png">'
    )
    write_not_found(tmp_path, FeedConfig(SITE))
    page = (tmp_path / "404.html").read_text()
    assert f'href="{SITE}/theme/css/site.css"' in page and f'href="{SITE}/index.html"' in page
    assert 'href="#top"' in page and 'href="mailto:x@example.org"' in page
    assert 'href="https://example.org/x"' in page
    assert 'src="https://owner.github.io/img/a.png"' in page
    assert absolutize('<a href="a.html?x=1&amp;y=2">', SITE + "/") == (
        f'<a href="{SITE}/a.html?x=1&amp;y=2">'
    )


def test_publish_site_writes_what_pages_needs(tmp_path):
    event = one_event()
    (tmp_path / "reports").mkdir()
    for r in event.reports:
        (tmp_path / "reports" / f"{r.name[:-4]}.html").write_text("x")
    written = publish_site(Archive(event.reports, [event]), tmp_path, {"SITEURL": SITE})
    names = {p.relative_to(tmp_path).as_posix() for p in written}
    assert {".nojekyll", "404.html", "sitemap.xml", "robots.txt", "feeds/all.atom.xml"} <= names
    assert "feeds/lang/vi.rss.xml" in names and "feeds/country/br.atom.xml" in names
    assert check_feeds(tmp_path) == []
    (tmp_path / "feeds" / "all.rss.xml").write_text("<rss>")
    [problem] = check_feeds(tmp_path)
    assert problem.startswith("feeds/all.rss.xml: not well-formed XML")
    local = tmp_path / "local"
    assert publish_site(Archive(event.reports, [event]), local, {"SITEURL": ""}) == [
        local / ".nojekyll"
    ]


# --- crawling real builds ------------------------------------------------------------------


class Links(HTMLParser):
    """The links of a page: (tag, rel, url), for every attribute that loads or leads somewhere."""

    ATTRS = {"href", "src", "action", "poster", "data"}

    def __init__(self):
        super().__init__()
        self.found: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        rel = (attrs.get("rel") or "").lower()
        for name, value in attrs.items():
            if name in self.ATTRS and value:
                self.found.append((tag, rel, value.strip()))
            if name == "srcset" and value:
                parts = [part.split()[0] for part in value.split(",") if part.strip()]
                self.found += [(tag, rel, part) for part in parts]


CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)""")
SKIP = ("mailto:", "data:", "javascript:", "tel:")


def links_of(body: str, content_type: str) -> list[tuple[str, str, str]]:
    if "css" in content_type:
        return [("style", "", u) for u in CSS_URL.findall(body)]
    if "html" in content_type:
        parser = Links()
        parser.feed(body)
        return parser.found
    return []


def crawl(start: str, inside: str, fetch, own: str = "") -> tuple[set[str], list[str]]:
    """Visit everything reachable from `start`; return the visited URLs and the problems.

    `inside` is the site's root URL; `fetch(url)` gives (content type, text) or None.
    Links out of the site are fine for <a>, but nothing a page loads may come from outside,
    and no link may go to the site's host (`own`, default `inside`'s) outside its root.
    """
    base = urlsplit(inside)
    own = own or base.netloc
    seen, problems, queue = {start}, [], deque([(start, "start")])
    while queue:
        url, referrer = queue.popleft()
        got = fetch(url)
        if got is None:
            problems.append(f"broken: {url} (from {referrer})")
            continue
        content_type, body = got
        for child_tag, rel, link in links_of(body, content_type):
            if link.startswith("#") or link.lower().startswith(SKIP) or rel == "canonical":
                continue
            target = urldefrag(urljoin(url, link))[0]
            if not target.startswith(inside):
                parts = urlsplit(target)
                same_host = (parts.scheme, parts.netloc) == (base.scheme, base.netloc)
                if child_tag != "a" or parts.netloc == own or same_host:
                    problems.append(f"outside the site: {link} (in {url})")
                continue
            if target not in seen:
                seen.add(target)
                queue.append((target, url))
    return seen, problems


def pelican_build(conf: str, output: Path, environ: dict[str, str]) -> None:
    env = {**os.environ, **environ}
    command = [sys.executable, "-m", "pelican", "content", "-o", str(output), "-s", conf,
               "-e", 'EXTRACTION_CACHE_PATH=""']
    run = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr


def seeds_archive() -> Archive:
    return load_archive([ROOT / "seeds"], load_corrections(ROOT / "content" / "corrections.toml"))


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module", params=["repo", ""], ids=["sub-path", "domain"])
def served(request, tmp_path_factory):
    """A publish build on a local server, under /repo/ or at the root, built for its address."""
    folder = tmp_path_factory.mktemp("served")
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=folder))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    root = f"http://127.0.0.1:{server.server_address[1]}"
    site = f"{root}/{request.param}" if request.param else root
    output = folder / request.param
    pelican_build("publishconf.py", output, {"SITEURL": site})
    if not (output / "sitemap.xml").exists():  # until the build calls publish_site itself
        publish_site(seeds_archive(), output, {"SITEURL": site})
    yield site, output
    server.shutdown()
    thread.join()


def http_fetch(url: str):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            kind = response.headers.get("Content-Type", "")
            return kind, response.read().decode("utf-8", "replace")
    except urllib.error.URLError:
        return None


def test_served_build_has_no_broken_link(served):
    site, output = served
    seen, problems = crawl(f"{site}/index.html", f"{site}/", http_fetch)
    assert problems == []
    pages = {p.relative_to(output).as_posix() for p in output.rglob("*.html")} - {"404.html"}
    reached = {u.removeprefix(f"{site}/") for u in seen}
    assert pages - reached == set()  # every page can be reached from the home page


def test_served_feeds_sitemap_and_404_point_inside_the_site(served):
    site, output = served
    for name in (".nojekyll", "404.html", "robots.txt", "sitemap.xml"):
        assert (output / name).is_file(), name
    sitemap = ET.parse(output / "sitemap.xml").getroot()
    targets = [e.text for e in sitemap.iter(f"{SM}loc")]
    targets += [e.get("href") for e in sitemap.iter(XHTML_LINK)]
    feeds = sorted((output / "feeds").rglob("*.xml"))
    assert feeds
    for feed in feeds:
        data = feed.read_bytes()
        assert not feedparser.parse(data).bozo and check_feed(data) == [], feed
        targets += [e.link for e in feedparser.parse(data).entries]
    assert targets and all(t.startswith(f"{site}/") for t in targets)
    assert all(http_fetch(t) for t in sorted(set(targets)))
    # Pages serves 404.html for a missing page at any depth: its links must still work.
    deep = f"{site}/no/such/page/here.html"
    not_found = (output / "404.html").read_text(encoding="utf-8")

    def fetch(url):
        return ("text/html", not_found) if url == deep else http_fetch(url)

    _, problems = crawl(deep, f"{site}/", fetch)
    assert problems == []


def file_fetch(url: str):
    path = Path(unquote(urlsplit(url).path))
    if not path.is_file():  # a folder opens a listing from disk: as good as broken
        return None
    kind = {".html": "text/html", ".css": "text/css"}.get(path.suffix, "application/octet-stream")
    return kind, path.read_text(encoding="utf-8", errors="replace")


def test_local_build_works_from_disk(tmp_path):
    output = tmp_path / "output"
    pelican_build("pelicanconf.py", output, {})
    home = (output / "index.html").as_uri()
    own = urlsplit(publishconf().LOCAL_SITEURL).netloc  # pelicanconf's address by default
    seen, problems = crawl(home, output.as_uri() + "/", file_fetch, own)
    assert problems == []
    reached = {Path(unquote(urlsplit(u).path)).relative_to(output).as_posix() for u in seen}
    pages = {p.relative_to(output).as_posix() for p in output.rglob("*.html")} - {"404.html"}
    assert pages and pages - reached == set()


def test_the_crawler_finds_what_is_wrong(tmp_path):
    site = tmp_path / "site"
    (site / "sub").mkdir(parents=True)
    (site / "index.html").write_text(
        '<link rel="stylesheet" href="https://cdn.example.org/x.css">'
        '<a href="sub/">folder</a><a href="missing.html">gone</a>'
        '<a href="https://example.org/">elsewhere</a><a href="ok.html#part">ok</a>'
        '<a href="http://127.0.0.1:8000/ok.html">published address</a>'
        '<a href="/ok.html">root of the disk</a>'
    )
    (site / "ok.html").write_text('<img src="../outside.png">')
    (tmp_path / "outside.png").write_bytes(b"png")
    seen, problems = crawl(
        (site / "index.html").as_uri(), site.as_uri() + "/", file_fetch, "127.0.0.1:8000"
    )
    assert sorted(p.split(":")[0] for p in problems) == [
        "broken", "broken", *["outside the site"] * 4
    ]
    assert (site / "ok.html").as_uri() in seen
