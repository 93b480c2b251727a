"""Every address the site writes, in one place.

A report's address comes from its seed's file name and an event's from its id, never from
anything another seed can change, so adding or removing a seed moves no other page. Names
that are not already plain lower-case ASCII slugs get a digest of the full name appended
after a double dash, which a plain slug can never contain: two names cannot share a file.
Paginated lists continue in `<base>-p2.html`, `<base>-p3.html`...: no list base ends that way
(country codes, language codes, years and months never do).
"""

from __future__ import annotations

import hashlib
import re
from functools import cache

from anyascii import anyascii

PLAIN = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")
SEED_SUFFIX = ".txt"
MAX_SLUG = 60

HOME = "index.html"
SEARCH = "search.html"
SEARCH_DATA = "search-data.js"
ARCHIVE_INDEX = "archive/index.html"
COUNTRY_INDEX = "countries/index.html"
LANGUAGE_INDEX = "languages/index.html"
UNDATED = "archive/undated"
FEEDS = "feeds/index.html"


@cache  # every page links many reports and events: each name is slugged once
def safe_slug(name: str, suffix: str = "") -> str:
    """A file-name-safe, collision-free slug for `name` (with `suffix` removed if present)."""
    stem = name.removesuffix(suffix) if name.endswith(suffix) else None
    if stem is not None and len(stem) <= MAX_SLUG and PLAIN.fullmatch(stem):
        return stem
    words = re.findall(r"[a-z0-9]+", anyascii(name.removesuffix(suffix)).lower())
    base = "-".join(words)[:MAX_SLUG].strip("-") or "x"
    digest = hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()[:10]
    return f"{base}--{digest}"


def report_path(name: str) -> str:
    return f"reports/{safe_slug(name, SEED_SUFFIX)}.html"


def event_path(event_id: str) -> str:
    return f"events/{safe_slug(event_id)}.html"


def page_path(base: str, number: int) -> str:
    """Page `number` (from 1) of the list whose first page is `<base>.html`."""
    return f"{base}.html" if number == 1 else f"{base}-p{number}.html"


def country_base(code: str) -> str:
    return f"countries/{safe_slug(code.lower())}"


def language_base(lang: str) -> str:
    return f"languages/{safe_slug(lang.lower())}"


def year_base(year: int) -> str:
    return f"archive/{year:04d}"


def month_base(year: int, month: int) -> str:
    return f"archive/{year:04d}-{month:02d}"


def relative(from_path: str, to_path: str) -> str:
    """A relative link between two output files (both relative to the output root)."""
    depth = from_path.count("/")
    return "../" * depth + to_path
