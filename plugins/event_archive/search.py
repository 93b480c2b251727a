"""The search data: one small record per report, written as a script the search page loads.

The page builds a MiniSearch index from it in the browser, so search works from disk with no
server and no fetch. Records keep the title, language, date, countries and a bounded slice of
the text, so the file grows linearly and modestly with the archive.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from functools import partial

from .model import Report
from .session import Recalled

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
    recall: Recalled | None = None,
    stands: Mapping[str, str] | None = None,
) -> str:
    """The search data as a script defining `window.EVENT_ARCHIVE_SEARCH`.

    With `stands` (a report's name -> its digest in the page keys, which stands for all it
    shows), `recall(inputs, make)` may give a record an earlier build made for the same.
    """
    def dump(value: object) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)

    def make(report: Report) -> str:
        return dump(search_record(report, url(report), text_chars))

    docs = []
    for report in reports:
        if recall is None or stands is None:
            docs.append(make(report))
        else:
            docs.append(recall((stands[report.name], text_chars), partial(make, report)))
    # One JSON object, its keys in order, written in parts: the records are made apart.
    payload = (f'{{"countries":{dump(country_names)},"docs":[{",".join(docs)}],'
               f'"languages":{dump(language_names)}}}')
    # "</" cannot end a script element here, but keep the file safe to inline anyway.
    payload = payload.replace("</", "<\\/")
    return f"window.EVENT_ARCHIVE_SEARCH = {payload};\n"
