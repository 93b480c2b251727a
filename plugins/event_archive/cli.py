"""The `event-archive` command: read seeds without building a site."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from .archive import load_archive
from .corrections import CorrectionError, load_corrections
from .model import Report


def report_json(report: Report) -> dict:
    return {
        "source": report.source,
        "lang": report.lang,
        "date": report.date.isoformat() if report.date else None,
        "date_source": report.date_source,
        "published": report.published,
        "countries": report.countries,
        "organisations": report.organisations,
        "event": report.event,
        "title": report.title,
        "body": report.body,
        "credits": report.credits,
        "duplicate_of": report.duplicate_of,
        "problems": [f"{p.kind}: {p.message}" for p in report.problems],
    }


def explain_report(report: Report) -> str:
    lines = [f"{report.source}"]
    for ev in report.evidence:
        detail = f" — {ev.detail}" if ev.detail else ""
        lines.append(f"  {ev.field:10} {ev.value}  [{ev.source}]{detail}")
    lines.append(f"  {'event':10} {report.event}")
    for p in report.problems:
        lines.append(f"  problem    {p.kind}: {p.message}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="event-archive", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="read seeds and print what was found")
    extract.add_argument("paths", nargs="+", help="seed files or folders of seeds")
    extract.add_argument("--json", action="store_true", help="print a JSON list of reports")
    extract.add_argument("--corrections", help="apply this corrections file")
    extract.add_argument("--explain", metavar="FILE",
                         help="show the evidence for each field of FILE")
    extract.add_argument("--cache", help="extraction cache file (default: none)")
    explain = commands.add_parser("explain", help="are two seeds one event, and why")
    explain.add_argument("a")
    explain.add_argument("b")
    explain.add_argument("--with", dest="others", nargs="*", default=[],
                         help="other seeds or folders read alongside (for rarity and dates)")
    explain.add_argument("--corrections", help="apply this corrections file")
    args = parser.parse_args(argv)

    try:
        corrections = load_corrections(args.corrections) if args.corrections else None
    except CorrectionError as err:
        print(f"event-archive: {err}", file=sys.stderr)
        return 2
    if args.command == "explain":
        from .events import explain_pair

        try:
            archive = load_archive([args.a, args.b, *args.others], corrections)
        except CorrectionError as err:
            print(f"event-archive: {err}", file=sys.stderr)
            return 2
        a = next(r for r in archive.reports if r.source == args.a)
        b = next(r for r in archive.reports if r.source == args.b)
        print(explain_pair(a, b, archive.reports))
        return 0

    paths = list(args.paths)
    try:
        archive = load_archive(paths, corrections, args.cache)
    except CorrectionError as err:
        print(f"event-archive: {err}", file=sys.stderr)
        return 2
    bad_corrections = [p for p in archive.problems if p.kind == "corrections"]
    if bad_corrections:  # asked for corrections that cannot apply: say so and stop
        print(f"event-archive: {bad_corrections[0].message}", file=sys.stderr)
        return 2
    for problem in archive.problems:
        print(f"warning: {problem.message}", file=sys.stderr)
    for report in archive.reports:
        for problem in report.problems:
            print(f"warning: {problem.message}", file=sys.stderr)
    if args.explain:
        matches = [r for r in archive.reports if r.source == args.explain or r.name == args.explain]
        if not matches:
            print(f"event-archive: {args.explain} is not among the seeds read", file=sys.stderr)
            return 2
        print("\n\n".join(explain_report(r) for r in matches))
        return 0
    if args.json:
        reports = [report_json(r) for r in archive.reports]
        json.dump(reports, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for r in archive.reports:
            date = r.date.isoformat() if r.date else "undated"
            print(f"{r.name}\t{r.lang}\t{date}\t{','.join(r.countries)}\t{r.event}\t{r.title}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
