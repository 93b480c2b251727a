"""What a published site needs beyond its pages: head metadata, and the files Pages serves.

Canonical links, Open Graph and schema.org JSON-LD name each page by its absolute address,
so they exist only when the site has one (`SITEURL` is an http(s) URL). JSON-LD
is data (`type="application/ld+json"`), which a Content-Security-Policy does not block; its
`<`, `>` and `&` are written as JSON escapes so seed text can never close the script
element. `404.html` is served for missing pages at any depth, so its links are made
absolute; `.nojekyll` stops GitHub Pages from dropping files and folders that start with `_`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin

from babel.core import get_global
from markupsafe import Markup, escape

from .archive import Archive
from .feedcheck import check_feed
from .feeds import (
    UNDETERMINED,
    FeedConfig,
    FeedPlan,
    Keep,
    absolute,
    is_absolute_site,
    plain,
    plan_feeds,
    published_date,
    summary,
    write_feeds,
)
from .i18n import country_name
from .model import Event, Report
from .sitemap import write_robots, write_sitemap
from .urls import HOME, event_path, report_path

NOT_FOUND = "404.html"
HEADLINE_CHARS = 110  # search engines ignore article headlines longer than this
_LINK_ATTR = re.compile(r"""(\s(?:href|src|action|poster)\s*=\s*)(["'])(.*?)\2""", re.I | re.S)
_KEEP = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//|#)", re.I)


@dataclass
class HeadTags:
    """The `<head>` data of one page: `<link rel="canonical">`, `<meta property>`, JSON-LD."""

    canonical: str = ""
    meta: list[tuple[str, str]] = field(default_factory=list)  # (property, content)
    json_ld: Markup = Markup("")  # the JSON text, already safe inside <script>

    def html(self) -> Markup:
        """The tags themselves, for a template that only wants `{{ head.html() }}`."""
        if not self.canonical:
            return Markup("")
        parts = [f'<link rel="canonical" href="{escape(self.canonical)}">']
        parts += [f'<meta property="{escape(prop)}" content="{escape(value)}">'
                  for prop, value in self.meta]
        parts.append(f'<script type="application/ld+json">{self.json_ld}</script>')
        return Markup("\n".join(parts))


def json_for_script(data: object) -> Markup:
    """JSON that stays data inside an HTML <script> element."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, escaped)
    return Markup(text)


def og_locale(lang: str) -> str:
    """Open Graph's `ll_CC` form of a language code, from CLDR's likely subtags."""
    likely = get_global("likely_subtags").get(lang, "")
    parts = likely.split("_")
    return f"{parts[0]}_{parts[-1]}" if len(parts) > 1 and parts[-1].isupper() else ""


def _countries(codes: list[str], lang: str) -> list[dict]:
    return [{"@type": "Country", "identifier": c, "name": country_name(c, lang)} for c in codes]


def _headline(report: Report) -> str:
    title = plain(report.title) or plain(report.name)
    return title if len(title) <= HEADLINE_CHARS else title[: HEADLINE_CHARS - 1].rstrip() + "…"


def _og(kind: str, url: str, title: str, text: str, lang: str, site_name: str) -> list:
    meta = [("og:type", kind), ("og:url", url), ("og:title", title), ("og:site_name", site_name)]
    if text:
        meta.append(("og:description", text))
    if og_locale(lang):
        meta.append(("og:locale", og_locale(lang)))
    return meta


def report_head(report: Report, event: Event | None, config: FeedConfig) -> HeadTags:
    """Canonical link, Open Graph and a NewsArticle for a report's page."""
    if not is_absolute_site(config.site_url):
        return HeadTags()
    url = absolute(config.site_url, report_path(report.name))
    title, text = _headline(report), summary(report)
    lang = report.lang if report.lang != UNDETERMINED else config.default_lang
    meta = _og("article", url, title, text, lang, config.site_name)
    data: dict = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "@id": url,
        "url": url,
        "mainEntityOfPage": url,
        "headline": title,
        "description": text,
        "isAccessibleForFree": True,
    }
    if report.lang != UNDETERMINED:
        data["inLanguage"] = report.lang
    if (published := published_date(report)) is not None:
        data["datePublished"] = published.isoformat()
        meta.append(("article:published_time", published.isoformat()))
    if report.countries:
        data["mentions"] = _countries(report.countries, lang)
    if event is not None:
        about = {"@type": "Event", "@id": absolute(config.site_url, event_path(event.id))}
        if event.date:
            about["startDate"] = event.date.isoformat()
        data["about"] = about
    return HeadTags(url, meta, json_for_script(data))


def event_head(event: Event, config: FeedConfig, name: str = "") -> HeadTags:
    """Canonical link, Open Graph and a schema.org Event for an event's page.

    `name` is the page's own title; by default the headline of its first report.
    """
    if not is_absolute_site(config.site_url):
        return HeadTags()
    url = absolute(config.site_url, event_path(event.id))
    reports = sorted(event.reports, key=lambda r: (r.lang != config.default_lang, r.name))
    name = name or (_headline(reports[0]) if reports else event.id)
    text = summary(reports[0]) if reports else ""
    meta = _og("website", url, name, text, config.default_lang, config.site_name)
    data: dict = {
        "@context": "https://schema.org",
        "@type": "Event",
        "@id": url,
        "url": url,
        "name": name,
        "description": text,
        "subjectOf": [
            {
                "@type": "NewsArticle",
                "@id": absolute(config.site_url, report_path(r.name)),
                "headline": _headline(r),
                **({"inLanguage": r.lang} if r.lang != UNDETERMINED else {}),
            }
            for r in sorted(event.reports, key=lambda r: (r.lang, r.name))
        ],
    }
    if event.date:
        data["startDate"] = event.date.isoformat()
    if event.countries:
        data["about"] = _countries(event.countries, config.default_lang)
    return HeadTags(url, meta, json_for_script(data))


def absolutize(html: str, base: str) -> str:
    """Every relative href/src in `html` made absolute against `base` (a folder URL)."""

    def fix(match: re.Match) -> str:
        prefix, mark, value = match.groups()
        if _KEEP.match(value.strip()):
            return match.group(0)
        return f"{prefix}{mark}{urljoin(base, value.strip())}{mark}"

    return _LINK_ATTR.sub(fix, html)


def write_not_found(output: str | Path, config: FeedConfig) -> Path:
    """Make 404.html work at any depth: absolute links, or a plain page if none was rendered."""
    target = Path(output) / NOT_FOUND
    base = config.site_url.rstrip("/") + "/"
    if target.is_file():
        target.write_text(absolutize(target.read_text(encoding="utf-8"), base), encoding="utf-8")
        return target
    home = escape(absolute(config.site_url, HOME))
    name = escape(config.site_name)
    target.write_text(
        f'<!doctype html>\n<html lang="{escape(config.default_lang)}">\n<head>\n'
        f'<meta charset="utf-8">\n<title>404 · {name}</title>\n'
        '<meta name="robots" content="noindex">\n</head>\n<body>\n'
        f'<h1>404</h1>\n<p><a href="{home}">{name}</a></p>\n</body>\n</html>\n',
        encoding="utf-8",
    )
    return target


def publish_site(
    archive: Archive, output: str | Path, settings: Mapping, plan: FeedPlan | None = None,
    keep: Keep | None = None,
) -> list[Path]:
    """After the pages are written: feeds, sitemap, robots.txt, 404.html and .nojekyll.

    Does nothing but `.nojekyll` for a site without an absolute URL (a build for disk).
    `keep` may keep feeds and the sitemap of the previous build whose inputs have not changed.
    """
    root = Path(output)
    root.mkdir(parents=True, exist_ok=True)
    nojekyll = root / ".nojekyll"
    nojekyll.write_bytes(b"")
    config = FeedConfig.from_settings(settings)
    if not is_absolute_site(config.site_url):
        return [nojekyll]
    plan = plan or plan_feeds(archive.reports, config)
    written = [nojekyll, *write_feeds(plan, root, keep), write_not_found(root, config)]
    written += write_sitemap(root, config.site_url, archive.events, keep=keep)
    written.append(write_robots(root, config.site_url))
    return written


def check_feeds(output: str | Path) -> list[str]:
    """Every written feed checked against the RSS and Atom rules: for the build's warnings."""
    root = Path(output)
    return [
        f"{path.relative_to(root).as_posix()}: {problem}"
        for path in sorted((root / "feeds").rglob("*.xml"))
        for problem in check_feed(path.read_bytes())
    ]
