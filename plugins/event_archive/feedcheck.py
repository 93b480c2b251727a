"""An offline check of RSS 2.0 and Atom 1.0 documents against the rules feed readers rely on.

No maintained validator runs offline, so the rules that matter here are written out: the
elements each format requires, RFC 822 dates in RSS and RFC 3339 in Atom, unique ids,
absolute URLs, a well-formed language tag, well-formed XML. `check_feed` returns the
problems found, as sentences; an empty list means the feed passes.
"""

from __future__ import annotations

import email.utils
import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
RFC822 = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\d{1,2} "
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} "
    r"\d{2}:\d{2}(?::\d{2})? (?:[+-]\d{4}|UT|GMT|[A-Z]{1,3})"
)
RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})")
LANG_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
IRI_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S+")


def is_absolute_url(url: str | None) -> bool:
    parts = urlsplit(url or "")
    return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in (url or "")


def _rfc822(value: str | None) -> bool:
    if not value or not RFC822.fullmatch(value.strip()):
        return False
    try:
        return email.utils.parsedate_to_datetime(value) is not None
    except (TypeError, ValueError):
        return False


def _text(element: ET.Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""


def check_feed(document: str | bytes) -> list[str]:
    """The problems of one RSS 2.0 or Atom 1.0 document."""
    try:
        root = ET.fromstring(document)
    except ET.ParseError as error:
        return [f"not well-formed XML: {error}"]
    if root.tag == "rss":
        return _check_rss(root)
    if root.tag == f"{ATOM}feed":
        return _check_atom(root)
    return [f"neither RSS nor Atom: root element {root.tag}"]


def _check_rss(root: ET.Element) -> list[str]:
    problems = []
    if root.get("version") != "2.0":
        problems.append("rss: version is not 2.0")
    channels = root.findall("channel")
    if len(channels) != 1:
        return problems + ["rss: needs exactly one channel"]
    channel = channels[0]
    for name in ("title", "link", "description"):
        if channel.find(name) is None:
            problems.append(f"channel: no <{name}>")
    if not is_absolute_url(_text(channel.find("link"))):
        problems.append("channel: <link> is not an absolute URL")
    language = channel.find("language")
    if language is not None and not LANG_TAG.fullmatch(_text(language)):
        problems.append(f"channel: bad <language> {_text(language)!r}")
    for name in ("pubDate", "lastBuildDate"):
        if channel.find(name) is not None and not _rfc822(_text(channel.find(name))):
            problems.append(f"channel: <{name}> is not an RFC 822 date")
    for link in channel.findall(f"{ATOM}link"):
        if not is_absolute_url(link.get("href")):
            problems.append("channel: atom:link href is not absolute")
    seen: set[str] = set()
    for number, item in enumerate(channel.findall("item"), start=1):
        where = f"item {number}"
        if item.find("title") is None and item.find("description") is None:
            problems.append(f"{where}: neither <title> nor <description>")
        if item.find("link") is not None and not is_absolute_url(_text(item.find("link"))):
            problems.append(f"{where}: <link> is not an absolute URL")
        if item.find("pubDate") is not None and not _rfc822(_text(item.find("pubDate"))):
            problems.append(f"{where}: <pubDate> is not an RFC 822 date")
        guid = item.find("guid")
        if guid is None:
            problems.append(f"{where}: no <guid>")
        else:
            value = _text(guid)
            permalink = guid.get("isPermaLink", "true") == "true"
            if permalink and not is_absolute_url(value):
                problems.append(f"{where}: permalink <guid> is not an absolute URL")
            if value in seen:
                problems.append(f"{where}: <guid> {value} repeated")
            seen.add(value)
        for category in item.findall("category"):
            if not _text(category):
                problems.append(f"{where}: empty <category>")
    return problems


def _check_atom(root: ET.Element) -> list[str]:
    problems = _check_atom_common(root, "feed")
    lang = root.get(XML_LANG)
    if lang is not None and not LANG_TAG.fullmatch(lang):
        problems.append(f"feed: bad xml:lang {lang!r}")
    if not any(link.get("rel") == "self" for link in root.findall(f"{ATOM}link")):
        problems.append("feed: no link rel=self")
    entries = root.findall(f"{ATOM}entry")
    if root.find(f"{ATOM}author") is None and any(
        e.find(f"{ATOM}author") is None for e in entries
    ):
        problems.append("feed: no <author>, and not every entry has one")
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        where = f"entry {number}"
        problems += _check_atom_common(entry, where)
        lang = entry.get(XML_LANG)
        if lang is not None and not LANG_TAG.fullmatch(lang):
            problems.append(f"{where}: bad xml:lang {lang!r}")
        published = entry.find(f"{ATOM}published")
        if published is not None and not RFC3339.fullmatch(_text(published)):
            problems.append(f"{where}: <published> is not an RFC 3339 date")
        if not any(link.get("rel", "alternate") == "alternate"
                   for link in entry.findall(f"{ATOM}link")):
            problems.append(f"{where}: no alternate link")
        summary = entry.find(f"{ATOM}summary")
        if summary is not None and summary.get("type", "text") not in ("text", "html", "xhtml"):
            problems.append(f"{where}: <summary> of unknown type")
        for category in entry.findall(f"{ATOM}category"):
            if not category.get("term"):
                problems.append(f"{where}: <category> without a term")
        value = _text(entry.find(f"{ATOM}id"))
        if value in seen:
            problems.append(f"{where}: <id> {value} repeated")
        seen.add(value)
    return problems


def _check_atom_common(element: ET.Element, where: str) -> list[str]:
    """What feeds and entries share: one id (an IRI), title and updated; absolute links."""
    problems = []
    for name in ("id", "title", "updated"):
        if len(element.findall(f"{ATOM}{name}")) != 1:
            problems.append(f"{where}: needs exactly one <{name}>")
    if not IRI_SCHEME.fullmatch(_text(element.find(f"{ATOM}id"))):
        problems.append(f"{where}: <id> is not an IRI")
    if not RFC3339.fullmatch(_text(element.find(f"{ATOM}updated"))):
        problems.append(f"{where}: <updated> is not an RFC 3339 date")
    for link in element.findall(f"{ATOM}link"):
        if not is_absolute_url(link.get("href")):
            problems.append(f"{where}: link {link.get('href')!r} is not absolute")
    return problems
