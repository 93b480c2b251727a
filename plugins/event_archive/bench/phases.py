"""The child side of the benchmark: one phase per process, timed inside, printed as JSON.

`python -m event_archive.bench.phases extract|link|profile SEEDS CACHE TRUTH` prints one
line of JSON: the phase's own time (without interpreter start-up), how many seeds it saw
and how well the result matches the generator's truth.
"""

from __future__ import annotations

import cProfile
import datetime as dt
import json
import pstats
import statistics
import sys
import time
from collections import Counter
from math import comb
from pathlib import Path

from ..archive import find_seeds, mark_duplicates, read_reports
from ..cache import ExtractionCache
from ..events import link_events
from ..extract import extract_report
from ..model import Report


def extract(seeds_dir: str, cache_path: str, truth_path: str) -> dict:
    seeds, _ = find_seeds([seeds_dir])
    started = time.perf_counter()
    reports, hits = _read(seeds, cache_path)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "seeds": len(reports), "cache_hits": hits,
            **accuracy(reports, _truth(truth_path))}


def link(seeds_dir: str, cache_path: str, truth_path: str) -> dict:
    seeds, _ = find_seeds([seeds_dir])
    reports, _ = _read(seeds, cache_path)
    started = time.perf_counter()
    mark_duplicates(reports)
    duplicates = [[r.duplicate_of, r.name] for r in reports if r.duplicate_of]
    events = link_events(reports, same=duplicates)
    seconds = time.perf_counter() - started
    truth = _truth(truth_path)
    return {"seconds": seconds, "seeds": len(reports), "events": len(events),
            "true_events": len({t["event"] for t in truth.values()}),
            **pair_scores({r.name: r.event or r.name for r in reports},
                          {n: t["event"] for n, t in truth.items()})}


PROFILE_SAMPLE = 300  # seeds: enough for stable shares, short enough under cProfile


def profile(seeds_dir: str, cache_path: str, truth_path: str) -> dict:
    """Cold extraction of a spread sample, in this one process under cProfile."""
    seeds, _ = find_seeds([seeds_dir])
    seeds = seeds[:: max(1, len(seeds) // PROFILE_SAMPLE)][:PROFILE_SAMPLE]
    blobs = [(Path(p).read_bytes(), p) for p in seeds]
    return {"seeds": len(blobs), **_profiled(
        lambda: [extract_report(data, source) for data, source in blobs])}


def profile_link(seeds_dir: str, cache_path: str, truth_path: str) -> dict:
    """Linking of the whole archive (read from the cache first) under cProfile."""
    seeds, _ = find_seeds([seeds_dir])
    reports, _ = _read(seeds, cache_path)
    return {"seeds": len(reports), **_profiled(lambda: link_events(reports))}


def _profiled(work, top: int = 25) -> dict:
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.runcall(work)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "hot": hot_spots(pstats.Stats(profiler), top)}


def hot_spots(stats: pstats.Stats, top: int) -> list[list]:
    """[function, own share, cumulative share] of the total, largest own time first."""
    total = sum(row[2] for row in stats.stats.values()) or 1.0  # type: ignore[attr-defined]
    rows = []
    for (path, line, name), (_, _, own, cumulative, _) in stats.stats.items():  # type: ignore
        where = f"{Path(path).parent.name}/{Path(path).name}:{line}" if line else path
        rows.append([f"{name} ({where})", own / total, cumulative / total])
    rows.sort(key=lambda r: -r[1])
    return rows[:top]


class _CountingCache(ExtractionCache):
    """The extraction cache, counting its hits: a cached run that missed would mislead."""

    hits = 0

    def get_many(self, wanted: list[tuple[str, str, str]]) -> list[Report | None]:
        found = super().get_many(wanted)
        self.hits += sum(report is not None for report in found)
        return found


def _read(seeds: list[Path], cache_path: str) -> tuple[list[Report], int]:
    cache = _CountingCache(cache_path)
    try:
        return read_reports(seeds, cache), cache.hits
    finally:
        cache.close()


def _truth(path: str) -> dict[str, dict]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def accuracy(reports: list[Report], truth: dict[str, dict]) -> dict:
    """Share of reports whose language, date and countries are what the generator meant."""
    known = [(r, truth[r.name]) for r in reports if r.name in truth] or []
    if not known:
        return {}
    share = {
        "lang_ok": sum(r.lang == t["lang"] for r, t in known),
        "date_ok": sum(r.date == dt.date.fromisoformat(t["date"]) for r, t in known),
        "countries_ok": sum(r.countries == t["countries"] for r, t in known),
    }
    return {k: v / len(known) for k, v in share.items()}


def pair_scores(found: dict[str, str], truth: dict[str, str]) -> dict:
    """Precision and recall over pairs of reports put in one event."""
    names = [n for n in found if n in truth]
    both = Counter((found[n], truth[n]) for n in names)
    same_found = sum(comb(c, 2) for c in Counter(found[n] for n in names).values())
    same_true = sum(comb(c, 2) for c in Counter(truth[n] for n in names).values())
    agreed = sum(comb(c, 2) for c in both.values())
    return {"pair_precision": agreed / same_found if same_found else 1.0,
            "pair_recall": agreed / same_true if same_true else 1.0}


def devserver(site: str, seeds_dir: str, output: str, cache_dir: str, *edited: str) -> dict:
    """A devserver's builds after edits: one process builds (from the caches the site
    builds left), then after each edited seed builds again, timed: their median is what a
    person editing sees (the machine's speed varies from one build to the next)."""
    from ..devserver import build, warm_pelican
    from .stock import edit

    pelican = warm_pelican(Path(site) / "pelicanconf.py", {
        "OUTPUT_PATH": output, "SEEDS_PATH": seeds_dir,
        "EXTRACTION_CACHE_PATH": str(Path(cache_dir) / "extraction.sqlite")})
    times = [build(pelican)]
    for seed in edited:
        edit(Path(seed))
        # as the devserver times it, until the site is written; told what its watcher says
        times.append(build(pelican, {str(Path(seed).resolve())}))
    return {"seconds": statistics.median(times[1:] or times), "builds": times, "seeds": 1}


PHASES = {"extract": extract, "link": link, "profile": profile, "profile-link": profile_link,
          "devserver": devserver}

if __name__ == "__main__":
    print(json.dumps(PHASES[sys.argv[1]](*sys.argv[2:])))
