"""RSS 2.0 and Atom 1.0 feeds of the reports: all of them, per language and per country.

Feeds are read by programs far from the site, so every link in them is absolute (built from
the site's URL) and every id is a tag: URI made from the seed's file name: rebuilding, or
adding other seeds, never renames an entry. Seed text is only ever character data: markup
in a seed is escaped, and characters XML cannot carry are dropped. A feed is a stream in
time, so a report with neither a publication nor an event date has no place in it; it
stays on the site's lists.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import quote, urlsplit

from feedgenerator import Atom1Feed, Rss201rev2Feed

from .i18n import country_name, language_name
from .model import Report
from .urls import relative, report_path, safe_slug

FEED_MAX_ITEMS = 50
Keep = Callable[[str, object], bool]  # (output path, the file's inputs) -> kept?
SUMMARY_CHARS = 300
FORMATS = ("atom", "rss")
MIME = {"atom": "application/atom+xml", "rss": "application/rss+xml"}
FORMAT_NAMES = {"atom": "Atom", "rss": "RSS"}
# Tag URIs carry a date on which the authority held its name; it must never change, or
# every id would: a fixed year, never the build date.
ID_YEAR = 2025
COUNTRY_SCHEME = "https://www.iso.org/iso-3166-country-codes.html"
DC = "http://purl.org/dc/elements/1.1/"
DCTERMS = "http://purl.org/dc/terms/"
UNDETERMINED = "und"

# XML 1.0 cannot carry C0 controls (bar tab, newline, return), surrogates or U+FFFE/U+FFFF;
# C1 controls are legal but never meant in news text.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def xml_safe(text: str) -> str:
    """The text with every character XML 1.0 forbids removed."""
    return _NOT_XML.sub("", text)


def plain(text: str) -> str:
    """One line of XML-safe text: forbidden characters dropped, white space collapsed."""
    return " ".join(xml_safe(text).split())


def absolute(site_url: str, path: str) -> str:
    """The absolute URL of an output file, from a site URL with or without a sub-path."""
    return f"{site_url.rstrip('/')}/{quote(path)}"


def is_absolute_site(site_url: str) -> bool:
    parts = urlsplit(site_url or "")
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def published_date(report: Report) -> dt.date | None:
    """The publication day, when the seed's header gives a whole date."""
    return _whole_date(report.published) if report.published else None


@cache  # tens of thousands of reports, a few thousand days
def _whole_date(text: str) -> dt.date | None:
    if _FULL_DATE.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return None
    return None


def entry_date(report: Report) -> dt.date | None:
    """When the report appeared: its publication day, else the day of its event."""
    return published_date(report) or report.date


def newest_first(reports: Iterable[Report]) -> list[Report]:
    """Dated, distinct reports, newest first; the seed name breaks ties."""
    keyed = {}
    for report in reports:
        day = entry_date(report)
        if day is not None and not report.duplicate_of:
            keyed.setdefault(report.name, ((-day.toordinal(), report.name), report))
    return [report for _, report in sorted(keyed.values(), key=lambda pair: pair[0])]


def summary(report: Report, limit: int = SUMMARY_CHARS) -> str:
    """The start of the body, cut at a word boundary where the script has words."""
    text = plain(report.opening(2 * limit))  # plain text is shorter, seldom by half
    if len(text) <= limit:
        text = plain(" ".join(report.paragraphs))
        if len(text) <= limit:
            return text
    cut = text[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip() + "…"


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


@dataclass(frozen=True)
class FeedConfig:
    """What the feeds need from the site's settings."""

    site_url: str
    site_name: str = "Event Archive"
    default_lang: str = "en"
    max_items: int = FEED_MAX_ITEMS
    id_base: str = ""  # the tag: URI prefix of every id; derived from site_url when empty
    enabled: bool = True

    @classmethod
    def from_settings(cls, settings: Mapping) -> FeedConfig:
        site_url = str(settings.get("FEED_DOMAIN") or settings.get("SITEURL") or "")
        return cls(
            site_url=site_url.rstrip("/"),
            site_name=str(settings.get("SITENAME") or cls.site_name),
            default_lang=str(settings.get("DEFAULT_LANG") or cls.default_lang),
            max_items=int(settings.get("FEED_MAX_ITEMS") or FEED_MAX_ITEMS),
            id_base=str(settings.get("FEED_ID_BASE") or ""),
            enabled=bool(settings.get("ARCHIVE_FEEDS", True)) and is_absolute_site(site_url),
        )

    @property
    def tag_base(self) -> str:
        """`tag:host,2025:/sub-path`: the same for every build of the site at one address."""
        if self.id_base:
            return self.id_base
        parts = urlsplit(self.site_url)
        return f"tag:{parts.hostname},{ID_YEAR}:{parts.path.rstrip('/')}"


def entry_id(config: FeedConfig, report: Report) -> str:
    return f"{config.tag_base}/report/{quote(report.name, safe='')}"


@dataclass
class Feed:
    """One stream of reports, written once as Atom and once as RSS."""

    kind: str  # "all", "lang" or "country"
    key: str  # "", a language code or a country code
    title: str
    lang: str | None  # the language every entry is in, if there is one
    reports: list[Report]  # newest first, capped
    total: int  # how many the stream holds before the cap

    def path(self, fmt: str) -> str:
        if self.kind == "all":
            return f"feeds/all.{fmt}.xml"
        return f"feeds/{self.kind}/{safe_slug(self.key.lower())}.{fmt}.xml"


@dataclass
class FeedPlan:
    """The feeds a site has: decided before pages are rendered, so pages can link them."""

    config: FeedConfig
    feeds: list[Feed] = field(default_factory=list)  # all, then languages, then countries
    _by_key: dict[tuple[str, str], Feed] = field(default_factory=dict, repr=False)
    _links: dict[tuple, list] = field(default_factory=dict, repr=False)  # of `links`
    _alternates: dict[tuple[str, str], list] = field(default_factory=dict, repr=False)

    def add(self, feed: Feed) -> None:
        self.feeds.append(feed)
        self._by_key[(feed.kind, feed.key)] = feed
        self._alternates[(feed.kind, feed.key)] = [
            (MIME[fmt], f"{feed.title} ({FORMAT_NAMES[fmt]})", feed.path(fmt)) for fmt in FORMATS]

    def find(self, kind: str, key: str = "") -> Feed | None:
        return self._by_key.get((kind, key))

    def links(
        self, lang: str | None = None, countries: Iterable[str] = (), from_path: str = ""
    ) -> list[tuple[str, str, str]]:
        """(type, title, href) for the `<link rel="alternate">` tags of a page.

        A page about a language or country (or a report or event in them) names its feeds;
        every page names the feed of all reports. `href` is relative to `from_path`, or
        from the output root when it is empty (for a template's own `url()`).
        """
        asked = (lang, tuple(countries), from_path)  # tens of thousands of pages ask alike
        found = self._links.get(asked)
        if found is None:
            wanted = [("all", ""), ("lang", lang or "")] + [("country", c) for c in countries]
            found = self._links[asked] = [
                (mime, title, relative(from_path, path))
                for kind, key in wanted
                if kind == "all" or key
                for mime, title, path in self._alternates.get((kind, key), ())
            ]
        return found

    def links_state(self) -> str:
        """Digest of all `links` reads besides its arguments: which feeds there are, their
        titles and paths. A page's key holds it, not its links (thousands alike)."""
        return hashlib.sha256(repr(sorted(self._alternates.items())).encode()).hexdigest()

    def listing(self, from_path: str = "") -> list[dict]:
        """Every feed for the feeds page: all first, then languages, then countries."""
        return [
            {
                "kind": feed.kind,
                "key": feed.key,
                "title": feed.title,
                "count": feed.total,
                "atom": relative(from_path, feed.path("atom")),
                "rss": relative(from_path, feed.path("rss")),
            }
            for feed in self.feeds
        ]


def plan_feeds(reports: Iterable[Report], config: FeedConfig) -> FeedPlan:
    """Which feeds exist and what each holds; no feed is empty."""
    plan = FeedPlan(config)
    if not config.enabled:
        return plan
    ordered = newest_first(reports)
    name = xml_safe(config.site_name)

    def add(kind: str, key: str, title: str, lang: str | None, chosen: list[Report]) -> None:
        if chosen:
            capped = chosen[: config.max_items]
            plan.add(Feed(kind, key, title, lang, capped, len(chosen)))

    by_lang: dict[str, list[Report]] = defaultdict(list)
    by_country: dict[str, list[Report]] = defaultdict(list)
    for report in ordered:
        by_lang[report.lang].append(report)
        for code in dict.fromkeys(report.countries):
            by_country[code].append(report)
    add("all", "", name, None, ordered)
    for lang, chosen in sorted(by_lang.items()):
        known = lang if lang != UNDETERMINED else None
        add("lang", lang, f"{name} — {language_name(lang) if known else lang}", known, chosen)
    for code, chosen in sorted(by_country.items()):
        add("country", code, f"{name} — {country_name(code, config.default_lang)}", None, chosen)
    return plan


class _Rss(Rss201rev2Feed):
    """RSS 2.0 with each item's language and event date (Dublin Core)."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:dc": DC, "xmlns:dcterms": DCTERMS}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for code, _label in item["countries"]:
            handler.addQuickElement("category", code, {"domain": COUNTRY_SCHEME})
        if item["lang"]:
            handler.addQuickElement("dc:language", item["lang"])
        if item["event_date"]:
            handler.addQuickElement("dcterms:temporal", item["event_date"])

    def latest_post_date(self):
        return self.feed["updated"]


class _Atom(Atom1Feed):
    """Atom 1.0 with plain-text summaries, per-entry xml:lang and labelled country terms."""

    def root_attributes(self):
        return {**super().root_attributes(), "xmlns:dcterms": DCTERMS}

    def item_attributes(self, item):
        return {"xml:lang": item["lang"]} if item["lang"] else {}

    def add_item_elements(self, handler, item):
        text = item["description"]
        super().add_item_elements(handler, {**item, "description": None})
        handler.addQuickElement("summary", text, {"type": "text"})
        for code, label in item["countries"]:
            attrs = {"term": code, "scheme": COUNTRY_SCHEME, "label": label}
            handler.addQuickElement("category", "", attrs)
        if item["event_date"]:
            handler.addQuickElement("dcterms:temporal", item["event_date"])

    def latest_post_date(self):
        return self.feed["updated"]


def render_feed(feed: Feed, fmt: str, config: FeedConfig) -> str:
    """One feed as an XML document."""
    site = config.site_url
    label_lang = feed.lang or config.default_lang
    generator = (_Atom if fmt == "atom" else _Rss)(
        title=feed.title,
        link=f"{site}/",
        description=feed.title,
        language=feed.lang,
        author_name=xml_safe(config.site_name),
        feed_url=absolute(site, feed.path(fmt)),
        feed_guid=f"{config.tag_base}/{feed.path(fmt).rsplit('.', 2)[0]}",
        updated=_midnight(entry_date(feed.reports[0])),
    )
    for report in feed.reports:
        published, day = published_date(report), entry_date(report)
        lang = report.lang if report.lang != UNDETERMINED else None
        text = summary(report)
        generator.add_item(
            title=plain(report.title) or plain(report.name),
            link=absolute(site, report_path(report.name)),
            # RSS descriptions are read as HTML: escape so seed text stays text.
            description=text if fmt == "atom" else html.escape(text),
            # Atom says `published` only when known; RSS's pubDate falls back to the event day.
            pubdate=_midnight(day) if fmt == "rss" else published and _midnight(published),
            updateddate=_midnight(day),
            unique_id=entry_id(config, report),
            unique_id_is_permalink=False,
            countries=[(c, country_name(c, label_lang)) for c in report.countries],
            lang=lang,
            event_date=report.date.isoformat() if report.date else None,
        )
    return generator.writeString("utf-8")


def write_feeds(plan: FeedPlan, output: str | Path, keep: Keep | None = None) -> list[Path]:
    """Write every planned feed under `output`; returns the files written or kept.

    `keep(path, inputs)` may keep a feed from the previous build instead (True when it did):
    `inputs` is everything the feed is made from.
    """
    written = []
    for feed in plan.feeds:
        for fmt in FORMATS:
            path = feed.path(fmt)
            target = Path(output) / path
            inputs = (fmt, feed.title, feed.lang, plan.config, feed.reports)
            if keep is None or not keep(path, inputs):
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(render_feed(feed, fmt, plan.config), encoding="utf-8")
            written.append(target)
    return written
