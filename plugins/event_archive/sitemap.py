"""sitemap.xml and robots.txt: what search engines need to find every page of the site.

The sitemap lists the HTML pages actually written (so it never names a page the build did
not make, whoever wrote it), with absolute URLs from the site's URL. The reports of one
event in different languages point at each other with `hreflang` alternates: one page per
language, and each page names itself too, as the sitemap protocol asks.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from html import escape
from pathlib import Path

from .feeds import UNDETERMINED, Keep, absolute
from .model import Event
from .urls import report_path

SITEMAP = "sitemap.xml"
ROBOTS = "robots.txt"
MAX_URLS = 50_000  # the protocol's limit per file; beyond it, an index of several files
NOT_LISTED = ("404.html",)
NOT_LISTED_UNDER = ("theme/",)  # the theme's own files are not pages of the archive
SM = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"

ET.register_namespace("", SM)
ET.register_namespace("xhtml", XHTML)


def html_pages(output: str | Path) -> list[str]:
    """Every HTML file under `output`, as output-relative paths in a stable order."""
    found = []
    for folder, _, files in os.walk(output):
        where = os.path.relpath(folder, output).replace(os.sep, "/")
        prefix = "" if where == "." else where + "/"
        found += [prefix + name for name in files if name.endswith(".html")]
    return sorted(p for p in found if p not in NOT_LISTED and not p.startswith(NOT_LISTED_UNDER))


def alternates(events: Iterable[Event]) -> dict[str, list[tuple[str, str]]]:
    """Report page -> (hreflang, page) for each language its event was reported in.

    Where one language has several reports, the first by seed name stands for it: hreflang
    links must be returned, so the others stay out of the set. A page with no other
    language has no alternates.
    """
    found: dict[str, list[tuple[str, str]]] = {}
    for event in events:
        if len(event.reports) < 2:  # most events: one language, no alternates
            continue
        reports = sorted(
            (r for r in event.reports if r.lang and r.lang != UNDETERMINED),
            key=lambda r: (r.lang, r.name),
        )
        first: dict[str, str] = {}
        for report in reports:
            first.setdefault(report.lang, report_path(report.name))
        if len(first) < 2:
            continue
        for page in first.values():
            found[page] = sorted(first.items())
    return found


def _urlset(site_url: str, pages: list[str], alts: dict[str, list[tuple[str, str]]]) -> bytes:
    """The urlset written as text: tens of thousands of pages, one element tree too many."""
    lines = ["<?xml version='1.0' encoding='utf-8'?>",
             f'<urlset xmlns="{SM}" xmlns:xhtml="{XHTML}">']
    for page in pages:
        lines.append(f"  <url>\n    <loc>{escape(absolute(site_url, page))}</loc>")
        lines += [f'    <xhtml:link rel="alternate" hreflang="{escape(lang)}" '
                  f'href="{escape(absolute(site_url, other))}" />'
                  for lang, other in alts.get(page, [])]
        lines.append("  </url>")
    lines.append("</urlset>\n")
    return "\n".join(lines).encode("utf-8")


def _document(root: ET.Element) -> bytes:
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def write_sitemap(
    output: str | Path, site_url: str, events: Iterable[Event], max_urls: int = MAX_URLS,
    keep: Keep | None = None,
) -> list[Path]:
    """Write sitemap.xml (an index over sitemaps/N.xml when the site outgrows one file).
    `keep(path, inputs)` may keep a one-file sitemap of the previous build instead."""
    root = Path(output)
    pages = html_pages(root)
    known = set(pages)
    alts = {page: links for page, links in alternates(events).items() if page in known}
    if len(pages) <= max_urls:
        target = root / SITEMAP
        # its inputs as one text: tens of thousands of strings pickle one by one, slowly
        inputs = "\n".join([site_url, *pages, repr(sorted(alts.items()))])
        if keep is None or not keep(SITEMAP, inputs):
            target.write_bytes(_urlset(site_url, pages, alts))
        return [target]
    index = ET.Element(f"{{{SM}}}sitemapindex")
    written = []
    for number, start in enumerate(range(0, len(pages), max_urls), start=1):
        part = f"sitemaps/{number}.xml"
        target = root / part
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(_urlset(site_url, pages[start : start + max_urls], alts))
        written.append(target)
        entry = ET.SubElement(index, f"{{{SM}}}sitemap")
        ET.SubElement(entry, f"{{{SM}}}loc").text = absolute(site_url, part)
    (root / SITEMAP).write_bytes(_document(index))
    return [root / SITEMAP, *written]


def write_robots(output: str | Path, site_url: str) -> Path:
    """robots.txt: everything may be crawled; the sitemap's absolute address.

    Crawlers read robots.txt only at a host's root; under a sub-path the file is harmless,
    and it is right again as soon as the site moves to its own domain.
    """
    target = Path(output) / ROBOTS
    target.write_text(
        f"User-agent: *\nAllow: /\n\nSitemap: {absolute(site_url, SITEMAP)}\n", encoding="utf-8"
    )
    return target
