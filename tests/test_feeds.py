import datetime as dt
import html
import random
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import feedparser
import pytest
from event_archive.archive import load_archive
from event_archive.feedcheck import check_feed
from event_archive.feeds import (
    FeedConfig,
    entry_date,
    plan_feeds,
    render_feed,
    write_feeds,
)
from event_archive.model import Report

SITE = "https://owner.github.io/repo"
ATOM = "{http://www.w3.org/2005/Atom}"
LANGS = ["en", "vi", "fr", "ru", "zh", "ja", "ko", "und"]
COUNTRIES = ["VN", "BR", "SG", "RU", "FR", "JP", "KR", "CN", "US", "LA"]
WORDS = {
    "en": "talks minister held cooperation security",
    "vi": "hội đàm bộ trưởng hợp tác an ninh",
    "fr": "entretiens ministre coopération sécurité",
    "ru": "переговоры министр сотрудничество",
    "zh": "会谈 部长 合作 安全",
    "ja": "会談 大臣 協力 安全保障",
    "ko": "회담 장관 협력 안보",
    "und": "xx yy zz",
}
HOSTILE = "<script>alert(1)</script> ]]> & \x00\x07\x1b\ufffe end"


def made_up_reports(count: int, seed: int = 7) -> list[Report]:
    """Reports in several languages: some undated, some with a header date, a few hostile."""
    rng = random.Random(seed)
    reports = []
    for n in range(count):
        lang = LANGS[n % len(LANGS)]
        day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(0, 2000))
        dated = n % 17 != 0
        published = (day + dt.timedelta(days=1)).isoformat() if n % 3 == 0 else None
        words = WORDS[lang].split()
        text = " ".join(rng.choice(words) for _ in range(rng.randrange(5, 120)))
        hostile = n % 50 == 25
        title = f"{words[0]} {HOSTILE}" if hostile else f"{words[0]} {n}"
        reports.append(
            Report(
                source=f"seeds/{n:04d}.txt",
                name=f"{n:04d}.txt",
                digest=f"{n:064x}",
                lang=lang,
                published=published if dated else None,
                title=title,
                paragraphs=[text, HOSTILE if hostile else "more"],
                date=day if dated else None,
                countries=sorted(rng.sample(COUNTRIES, rng.randrange(0, 3))),
            )
        )
    return reports


def config(**changes) -> FeedConfig:
    return FeedConfig(SITE, **changes)


def written(tmp_path: Path, reports: list[Report], **changes) -> dict[str, bytes]:
    plan = plan_feeds(reports, config(**changes))
    files = write_feeds(plan, tmp_path)
    return {f.relative_to(tmp_path).as_posix(): f.read_bytes() for f in files}


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    reports = made_up_reports(300)
    return reports, written(tmp_path_factory.mktemp("feeds"), reports)


def test_every_feed_passes_feedparser_and_the_checker(big):
    _, files = big
    assert "feeds/all.atom.xml" in files and "feeds/country/vn.rss.xml" in files
    for path, data in files.items():
        assert check_feed(data) == [], path
        parsed = feedparser.parse(data)
        assert not parsed.bozo, (path, parsed.get("bozo_exception"))
        assert parsed.version in ("atom10", "rss20"), path


def test_feeds_cover_every_language_and_country_and_nothing_else(big):
    reports, files = big
    dated = [r for r in reports if entry_date(r)]
    langs = {p.split("/")[-1].split(".")[0] for p in files if p.startswith("feeds/lang/")}
    countries = {p.split("/")[-1].split(".")[0] for p in files if p.startswith("feeds/country/")}
    assert langs == {r.lang for r in dated}
    assert countries == {c.lower() for r in dated for c in r.countries}


def test_entries_newest_first_capped_and_unique(big):
    reports, files = big
    by_name = {r.name: r for r in reports}
    for path, data in files.items():
        entries = feedparser.parse(data).entries
        assert 0 < len(entries) <= 50, path
        ids = [e.id for e in entries]
        assert len(set(ids)) == len(ids), path
        names = [i.rsplit("/", 1)[1] for i in ids]
        keys = [(-entry_date(by_name[n]).toordinal(), n) for n in names]
        assert keys == sorted(keys), path


def test_language_and_country_feeds_hold_only_their_reports(big):
    reports, files = big
    by_name = {r.name: r for r in reports}
    vi = ET.fromstring(files["feeds/lang/vi.atom.xml"])
    assert vi.get("{http://www.w3.org/XML/1998/namespace}lang") == "vi"
    names = [e.find(f"{ATOM}id").text.rsplit("/", 1)[1] for e in vi.iter(f"{ATOM}entry")]
    assert names and all(by_name[n].lang == "vi" for n in names)
    rss = ET.fromstring(files["feeds/lang/vi.rss.xml"])
    assert rss.findtext("channel/language") == "vi"
    sg = feedparser.parse(files["feeds/country/sg.rss.xml"]).entries
    assert sg and all("SG" in by_name[e.id.rsplit("/", 1)[1]].countries for e in sg)
    assert all("SG" in [t.term for t in e.tags] for e in sg)


def test_entry_has_absolute_link_dates_language_and_countries():
    report = made_up_reports(4)[3]  # published the day after its event
    report.countries = ["BR", "VN"]
    plan = plan_feeds([report], config())
    atom = feedparser.parse(render_feed(plan.feeds[0], "atom", plan.config)).entries[0]
    assert atom.link == f"{SITE}/reports/0003.html"
    assert atom.id == "tag:owner.github.io,2025:/repo/report/0003.txt"
    assert atom.published.startswith(report.published)
    assert [t.term for t in atom.tags] == ["BR", "VN"]
    assert [t.label for t in atom.tags] == ["Brazil", "Vietnam"]
    assert atom.dcterms_temporal == report.date.isoformat()
    rss = feedparser.parse(render_feed(plan.feeds[0], "rss", plan.config)).entries[0]
    assert rss.link == atom.link and rss.id == atom.id
    assert rss.published_parsed[:3] == tuple(int(x) for x in report.published.split("-"))
    assert rss.language == "ru"


def test_ids_survive_rebuilds_and_new_seeds(tmp_path):
    reports = made_up_reports(120)
    first = written(tmp_path / "a", reports[:60])
    again = written(tmp_path / "b", reports[:60])
    assert first == again  # byte for byte
    more = written(tmp_path / "c", reports[60:] + reports[:60], max_items=1000)

    def ids(files):
        return {(e.link, e.id) for e in feedparser.parse(files["feeds/all.atom.xml"]).entries}

    assert ids(first) <= ids(more)


def test_seed_text_stays_text(tmp_path):
    report = made_up_reports(26)[25]  # a hostile one
    files = written(tmp_path, [report])
    entry = ET.fromstring(files["feeds/all.atom.xml"]).find(f"{ATOM}entry")
    clean = "<script>alert(1)</script> ]]> & end"
    assert entry.findtext(f"{ATOM}title").endswith(clean)
    assert entry.find(f"{ATOM}summary").get("type") == "text"
    assert entry.findtext(f"{ATOM}summary").endswith(clean)
    item = ET.fromstring(files["feeds/all.rss.xml"]).find("channel/item")
    # RSS descriptions are HTML: the seed's markup arrives escaped, as text to show.
    assert item.findtext("description").endswith(html.escape(clean))
    assert "<script" not in feedparser.parse(files["feeds/all.rss.xml"]).entries[0].summary


def test_undated_and_duplicate_reports_stay_out():
    reports = made_up_reports(40)
    reports[1].duplicate_of = reports[2].name
    plan = plan_feeds(reports, config())
    everything = plan.find("all")
    names = {r.name for r in everything.reports}
    assert reports[1].name not in names
    assert not any(entry_date(r) is None for r in everything.reports)
    assert everything.total == sum(1 for r in reports if entry_date(r)) - 1


def test_cap_keeps_the_newest_and_counts_the_rest():
    reports = made_up_reports(200)
    plan = plan_feeds(reports, config(max_items=10))
    everything = plan.find("all")
    newest = sorted((r for r in reports if entry_date(r)), key=entry_date, reverse=True)
    assert len(everything.reports) == 10 and everything.total > 10
    assert entry_date(everything.reports[-1]) >= entry_date(newest[10])
    listing = plan.listing()
    assert listing[0]["count"] == everything.total and listing[0]["atom"] == "feeds/all.atom.xml"


def test_page_links_point_at_feeds_that_exist(big, tmp_path):
    reports, _ = big
    plan = plan_feeds(reports, config())
    write_feeds(plan, tmp_path)
    links = plan.links(lang="vi", countries=["VN", "ZZ"], from_path="reports/0001.html")
    kinds = Counter(kind for kind, _, _ in links)
    assert kinds == {"application/atom+xml": 3, "application/rss+xml": 3}  # all, vi, VN
    for _, title, href in links:
        assert href.startswith("../feeds/") and title
        assert (tmp_path / "reports" / href).resolve().is_file()
    assert plan.links(lang="xx") == plan.links()
    assert [href for _, _, href in plan.links()] == ["feeds/all.atom.xml", "feeds/all.rss.xml"]


def test_a_site_without_an_address_has_no_feeds():
    settings = {"SITEURL": "", "SITENAME": "Archive"}
    plan = plan_feeds(made_up_reports(10), FeedConfig.from_settings(settings))
    assert plan.feeds == [] and plan.links() == []
    assert FeedConfig.from_settings({"SITEURL": SITE, "FEED_MAX_ITEMS": 7}).max_items == 7


def test_the_checker_finds_broken_feeds(big):
    _, files = big
    atom = files["feeds/all.atom.xml"].decode()
    rss = files["feeds/all.rss.xml"].decode()
    first_id = ET.fromstring(atom).find(f"{ATOM}entry/{ATOM}id").text
    second_id = ET.fromstring(atom).findall(f"{ATOM}entry/{ATOM}id")[1].text
    broken = {
        "relative": atom.replace(f'href="{SITE}/reports/', 'href="reports/', 1),
        "date": atom.replace("T00:00:00+00:00", " 00:00", 1),
        "repeat": atom.replace(second_id, first_id),
        "xml": atom.replace("</feed>", ""),
        "rss date": rss.replace("+0000</pubDate>", "</pubDate>", 1),
        "rss language": rss.replace("<channel>", "<channel><language>en us</language>"),
        "rss guid": rss.replace(' isPermaLink="false"', "", 1),
    }
    for what, text in broken.items():
        assert check_feed(text), what


def test_the_seeds_make_valid_feeds(tmp_path):
    archive = load_archive([Path(__file__).parent.parent / "seeds"])
    files = written(tmp_path, archive.reports)
    for path, data in files.items():
        assert check_feed(data) == [] and not feedparser.parse(data).bozo, path
    ids = [e.id for e in feedparser.parse(files["feeds/all.atom.xml"]).entries]
    assert "tag:owner.github.io,2025:/repo/report/000_bca2c443cf52253f.txt" in ids



SEED_TEXTS = {
    "en": "Vietnam and {country} held security talks in Hanoi on {day} March. The ministers "
    "agreed to share information <script>alert(1)</script> and to meet again ]]> next year.",
    "fr": "Le Vietnam et {country} ont tenu des entretiens à Hanoï le {day} mars. Les ministres "
    "ont convenu de coopérer & de se revoir l'an prochain.",
    "vi": "Việt Nam và {country} đã hội đàm tại Hà Nội ngày {day}/3. Hai bộ trưởng nhất trí "
    "tăng cường hợp tác an ninh trong thời gian tới.",
    "ru": "Вьетнам и {country} провели переговоры в Ханое {day} марта. Министры договорились "
    "расширять сотрудничество в области безопасности.",
}
SEED_COUNTRIES = ["Brazil", "Singapore", "Russia", "Japan", "France"]


def test_made_up_seed_files_make_valid_feeds(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n in range(60):
        lang = list(SEED_TEXTS)[n % len(SEED_TEXTS)]
        text = SEED_TEXTS[lang].format(country=SEED_COUNTRIES[n % 5], day=1 + n % 28)
        header = f" date 2025-03-{1 + n % 28:02d}\n" if n % 5 else ""
        (seeds / f"{n:03d}_{lang}.txt").write_text(f"{header}{text}\x0b\n\nMore text.\n")
    archive = load_archive([seeds])
    files = written(tmp_path / "out", archive.reports)
    langs = {p.split("/")[-1].split(".")[0] for p in files if p.startswith("feeds/lang/")}
    assert langs == set(SEED_TEXTS)
    for path, data in files.items():
        assert check_feed(data) == [] and not feedparser.parse(data).bozo, path
    entries = feedparser.parse(files["feeds/all.atom.xml"]).entries
    assert len(entries) == min(50, sum(1 for r in archive.reports if entry_date(r)))
