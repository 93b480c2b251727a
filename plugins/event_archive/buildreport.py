"""Every seed accounted for: the end-of-build summary and the machine-readable build report.

The report names each seed with its page, or with the reasons it has none, so a seed is
never silently skipped. It is written outside the published site (`build-report.json` beside
the output folder, or the BUILD_REPORT setting), and is deterministic: no times, sorted keys.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from functools import partial
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .atomic import write_text
from .model import Report
from .session import Recalled

if TYPE_CHECKING:
    from .archive import Archive

REPORT_NAME = "build-report.json"


def build_summary(archive: Archive, pages: dict[str, str] | None = None) -> dict[str, Any]:
    """Counts for the end of the build: reports, events, undated reports, warnings by kind."""
    kinds: Counter[str] = Counter(p.kind for p in archive.problems)
    languages = Counter(r.lang for r in archive.reports)
    reports = undated = 0
    for report in archive.reports:  # one pass: tens of thousands of reports
        if report.problems:
            kinds.update(p.kind for p in report.problems)
        if report.paragraphs:
            reports += 1
            undated += report.date is None
    summary: dict[str, Any] = {
        "seeds": len(archive.reports),
        "reports": reports,
        "events": len(archive.events),
        "undated": undated,
        "languages": dict(sorted(languages.items())),
        "warnings": dict(sorted(kinds.items())),
    }
    if pages is not None:
        summary["pages"] = sum(map(pages.__contains__, map(attrgetter("name"), archive.reports)))
    return summary


def seed_entry(report: Report, page: str | None) -> dict[str, Any]:
    problems = report.problems
    entry: dict[str, Any] = {
        "seed": report.name,
        "source": report.source,
        "page": page,
        "lang": report.lang,
        "date": report.date.isoformat() if report.date else None,
        "event": report.event,
        "title": report.title,
        "problems": [{"kind": p.kind, "message": p.message} for p in problems],
    }
    if page is None:
        reasons = [p.message for p in problems if p.kind != "duplicate"]
        entry["why_no_page"] = reasons or [f"{report.source}: no page was written for it"]
    return entry


def build_report(archive: Archive, pages: dict[str, str]) -> dict[str, Any]:
    """The whole report, as written: summary, one entry per seed, and what in the folder
    was not a seed."""
    return json.loads(_report_text(archive, pages)[0])


def write_build_report(
    archive: Archive, pages: dict[str, str], path: str | Path, recall: Recalled | None = None,
    stands: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Write the report as JSON (whole or not at all) and return its summary. With `stands`
    (a seed's name -> its report's digest in the page keys, which stands for all it shows),
    `recall(inputs, make)` may give a seed's line an earlier build made for the same."""
    text, summary = _report_text(archive, pages, recall, stands)
    write_text(path, text)
    return summary


def _report_text(
    archive: Archive, pages: dict[str, str], recall: Recalled | None = None,
    stands: Mapping[str, str] | None = None,
) -> tuple[str, dict[str, Any]]:
    lines = []
    for report in sorted(archive.reports, key=lambda r: (r.name, r.source)):
        page = pages.get(report.name)
        make = partial(_seed_line, report, page)
        if recall is None or stands is None:
            lines.append(make())
        else:  # all `seed_entry` reads but the page follows from the report's digest
            lines.append(recall((stands[report.name], page), make))
    summary = build_summary(archive, pages)
    not_seeds = [_dump({"kind": p.kind, "message": p.message}) for p in archive.problems]
    return _json_text(summary, lines, not_seeds), summary


def _seed_line(report: Report, page: str | None) -> str:
    return _dump(seed_entry(report, page))


def _dump(value: object, indent: int | None = None) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=indent)


def _json_text(summary: dict[str, Any], seeds: list[str], not_seeds: list[str]) -> str:
    """The report as JSON, one seed per line: readable, and written by json's fast encoder
    (an indented dump of every seed takes its slow one, seconds for a large archive)."""
    def listed(key: str, items: list[str]) -> str:
        if not items:
            return f" {_dump(key)}: []"
        return f" {_dump(key)}: [\n  " + ",\n  ".join(items) + "\n ]"

    shown = _dump(summary, 1).replace("\n", "\n ")
    parts = [listed("not_seeds", not_seeds), listed("seeds", seeds), f" \"summary\": {shown}"]
    return "{\n" + ",\n".join(parts) + "\n}\n"


def report_path(output: str | Path, setting: str | None = None) -> Path:
    """BUILD_REPORT if set, else `build-report.json` beside (never inside) the output folder."""
    if setting:
        return Path(setting)
    output = Path(output).resolve()
    return output.parent / REPORT_NAME


def format_summary(summary: dict[str, Any]) -> str:
    """One line for people: `Event Archive: 5 reports, 3 events, 1 undated; warnings: ...`."""
    text = (
        f"Event Archive: {summary['seeds']} seeds, {summary['reports']} reports, "
        f"{summary['events']} events, {summary['undated']} undated"
    )
    if "pages" in summary:
        text += f", {summary['pages']} pages"
    warnings = summary["warnings"]
    if warnings:
        text += "; warnings: " + ", ".join(f"{n} {kind}" for kind, n in warnings.items())
    else:
        text += "; no warnings"
    return text


def strict_failures(archive: Archive, pages: dict[str, str] | None = None) -> list[str]:
    """What fails a strict build: every warning, and every seed without a page."""
    failures = [p.message for p in archive.problems]
    for report in sorted(archive.reports, key=lambda r: (r.name, r.source)):
        failures += [p.message for p in report.problems]
        if pages is not None and report.name not in pages:
            failures.append(f"{report.source}: no page")
    return failures


class StrictFailure(RuntimeError):
    """A strict build with warnings: Pelican logs the message and exits with status 1."""


def conclude(
    archive: Archive,
    pages: dict[str, str],
    output: str | Path,
    report_setting: str | None = None,
    strict: bool = False,
    recall: Recalled | None = None,
    stands: Mapping[str, str] | None = None,
) -> str:
    """The end of a build: write the report, return the summary line, fail a strict build.

    The report is written first, so even a failing strict build says which seeds failed it.
    """
    summary = write_build_report(archive, pages, report_path(output, report_setting), recall,
                                 stands)
    line = format_summary(summary)
    failures = strict_failures(archive, pages) if strict else []
    if failures:
        shown = "\n  ".join(failures[:50])
        more = f"\n  ... and {len(failures) - 50} more" if len(failures) > 50 else ""
        raise StrictFailure(f"STRICT is set and the build has {len(failures)} warnings:\n"
                            f"  {shown}{more}")
    return line
