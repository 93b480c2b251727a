"""The search data: one small record per report, written as a script the search page loads.

The page builds a MiniSearch index from it in the browser, so search works from disk with no
server and no fetch. Records keep the title, language, date, countries and a bounded slice of
the text, so the file grows linearly and modestly with the archive.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from .model import Report

TEXT_CHARS = 160  # of each report's text: enough to find it by its lead


def search_record(report: Report, url: str, text_chars: int = TEXT_CHARS) -> dict[str, object]:
    text = report.opening(text_chars)
    return {
        "u": url,
        "t": report.title,
        "l": report.lang,
        "d": report.date.isoformat() if report.date else "",
        "c": report.countries,
        "x": text,
    }


def search_script(
    reports: list[Report],
    url: Callable[[Report], str],
    country_names: dict[str, str],
    language_names: dict[str, str],
    text_chars: int = TEXT_CHARS,
) -> str:
    """The search data as a script defining `window.EVENT_ARCHIVE_SEARCH`."""
    data = {
        "docs": [search_record(r, url(r), text_chars) for r in reports],
        "countries": country_names,
        "languages": language_names,
    }
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    # "</" cannot end a script element here, but keep the file safe to inline anyway.
    payload = payload.replace("</", "<\\/")
    return f"window.EVENT_ARCHIVE_SEARCH = {payload};\n"
