"""Pelican's view of a seed: one article per seed, made from the already-read Report.

The whole archive is read and linked before Pelican reads a single file, so this reader
only looks the report up and turns it into an article's HTML and metadata. Seed text is
only ever text: it is escaped here, and no Markdown, HTML or template syntax in it is run.
"""

from __future__ import annotations

import datetime as dt
import os
from html import escape

from pelican.readers import BaseReader

from .model import Report
from .urls import SEED_SUFFIX, safe_slug

UNDATED = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)  # Pelican needs a date; `undated` says so
SUMMARY_CHARS = 300


def paragraphs_html(paragraphs: list[str]) -> str:
    return "\n".join(
        "<p>" + "<br>\n".join(escape(line) for line in p.split("\n")) + "</p>" for p in paragraphs
    )


def summary_html(report: Report) -> str:
    first = report.paragraphs[0] if report.paragraphs else ""
    if len(first) > SUMMARY_CHARS:
        first = first[:SUMMARY_CHARS].rsplit(" ", 1)[0] + "…"
    return f"<p>{escape(first)}</p>"


def report_metadata(report: Report) -> dict[str, object]:
    """An article's metadata, made directly (Pelican's date parsing is not wanted here)."""
    date = report.date
    return {
        "title": escape(report.title or report.stem),
        "date": dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC) if date else UNDATED,
        "undated": date is None,
        "lang": report.lang,
        "slug": safe_slug(report.name, SEED_SUFFIX),
        "event": report.event or f"seed:{report.name}",
        "countries": list(report.countries),
        "summary": summary_html(report),
        "report": report,
    }


class SeedReader(BaseReader):
    """Installed by the plugin on the articles generator only (hence not `enabled`)."""

    enabled = False
    file_extensions = ["txt"]

    def __init__(self, settings: dict, reports: list[Report] = ()):
        super().__init__(settings)
        self._reports = {os.path.realpath(r.source): r for r in reports}

    def read(self, source_path: str) -> tuple[str, dict[str, object]]:
        report = self._reports[os.path.realpath(source_path)]
        return paragraphs_html(report.paragraphs), report_metadata(report)
