"""Maintainers' corrections: one TOML file, keyed by seed file name; seeds stay untouched.

```toml
[seeds."004_e670794a62bec8e5.txt"]
date = 2025-12-09          # or "2025-12-09"; also lang, title, countries
why = "the Chinese report of the same talks dates them"

[events]
same = [["a.txt", "b.txt"]]   # force into one event
apart = [["c.txt", "d.txt"]]  # keep in different events
```
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from babel import Locale

from .model import Evidence, Report

FIELDS = {"date", "lang", "title", "countries", "why"}


class CorrectionError(ValueError):
    """An invalid corrections file or entry; the message names the entry."""


@dataclass
class SeedCorrection:
    date: dt.date | None = None
    lang: str | None = None
    title: str | None = None
    countries: list[str] | None = None
    why: str = ""


@dataclass
class Corrections:
    path: str = ""
    seeds: dict[str, SeedCorrection] = field(default_factory=dict)
    same: list[list[str]] = field(default_factory=list)
    apart: list[list[str]] = field(default_factory=list)

    def check_names(self, names: set[str]) -> None:
        """Every corrected seed must exist: a typo must not silently correct nothing."""
        wanted = set(self.seeds) | {n for group in self.same + self.apart for n in group}
        unknown = sorted(wanted - names)
        if unknown:
            raise CorrectionError(f"{self.path}: unknown seed {', '.join(unknown)}")

    def apply(self, report: Report) -> None:
        fix = self.seeds.get(report.name)
        if fix is None:
            return
        why = fix.why or f"corrected in {self.path}"
        if fix.date is not None:
            report.date, report.date_source = fix.date, "correction"
        if fix.lang is not None:
            report.lang = fix.lang
        if fix.title is not None:
            report.title = fix.title
        if fix.countries is not None:
            report.countries = sorted(fix.countries)
        for name in ("date", "lang", "title", "countries"):
            value = getattr(fix, name)
            if value is not None:
                report.evidence.append(Evidence(name, str(value), "correction", why))


def load_corrections(path: str | Path) -> Corrections:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise CorrectionError(f"{path}: cannot read corrections: {err}") from err
    corrections = Corrections(str(path))
    for key in data:
        if key not in ("seeds", "events"):
            raise CorrectionError(f"{path}: unknown section [{key}] (expected [seeds] or [events])")
    for name, entry in (data.get("seeds") or {}).items():
        corrections.seeds[name] = _seed_correction(path, name, entry)
    events = data.get("events") or {}
    for kind in ("same", "apart"):
        groups = events.get(kind, [])
        if not isinstance(groups, list) or not all(
            isinstance(g, list) and len(g) >= 2 and all(isinstance(n, str) for n in g)
            for g in groups
        ):
            raise CorrectionError(f"{path}: events.{kind} must be a list of lists of seed names")
        getattr(corrections, kind).extend(groups)
    return corrections


def _seed_correction(path: Path, name: str, entry: object) -> SeedCorrection:
    where = f"{path}: [seeds.\"{name}\"]"
    if not isinstance(entry, dict):
        raise CorrectionError(f"{where} must be a table")
    unknown = set(entry) - FIELDS
    if unknown:
        raise CorrectionError(f"{where}: unknown field {', '.join(sorted(unknown))}")
    fix = SeedCorrection(why=str(entry.get("why", "")))
    if "date" in entry:
        fix.date = _date(where, entry["date"])
    if "lang" in entry:
        lang = entry["lang"]
        if not isinstance(lang, str) or not _known_language(lang):
            raise CorrectionError(f"{where}: unknown language {lang!r}")
        fix.lang = lang
    if "title" in entry:
        if not isinstance(entry["title"], str) or not entry["title"].strip():
            raise CorrectionError(f"{where}: title must be a non-empty string")
        fix.title = entry["title"].strip()
    if "countries" in entry:
        codes = entry["countries"]
        territories = Locale("en").territories
        if not isinstance(codes, list) or not all(
            isinstance(c, str) and len(c) == 2 and c.upper() in territories for c in codes
        ):
            raise CorrectionError(f"{where}: unknown country code in {codes!r}")
        fix.countries = [c.upper() for c in codes]
    return fix


def _date(where: str, value: object) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise CorrectionError(f"{where}: bad date {value!r} (want YYYY-MM-DD)") from None


def _known_language(code: str) -> bool:
    return code.isalpha() and len(code) in (2, 3) and code in Locale("en").languages
