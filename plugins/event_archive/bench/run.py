"""`python -m event_archive.bench --seeds N`: every phase of a generated archive, measured.

Generates N seeds (and the same archive as Markdown), then runs each phase in its own
process: extraction cold and cached, linking, the site build from scratch, unchanged and
after one edited seed (from the command line, and in a devserver that keeps the archive
between builds), and stock Pelican on the Markdown. Prints a table and the ratios
the archive is held to. A phase that fails is reported with its error, never fatal.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
from collections import Counter
from pathlib import Path

from . import stock
from .generate import GenSeed, generate, write_seeds
from .measure import Measured, run_phase
from .report import DEVSERVER, NAME_ADDED, print_hot_spots, print_ratios, print_table

SITE = Path(__file__).resolve().parents[3]  # the project folder, with pelicanconf.py
MARK = ".event-archive-bench"  # a folder the benchmark made, and may empty again


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="ea-bench-"))
    if work.exists() and any(work.iterdir()) and not (work / MARK).exists():
        sys.exit(f"{work} is not empty and not a benchmark folder: its files would be replaced")
    work.mkdir(parents=True, exist_ok=True)
    (work / MARK).touch()
    try:
        results = bench(args, work)
    finally:
        if not (args.keep or args.workdir):
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m event_archive.bench", description=__doc__)
    parser.add_argument("--seeds", type=int, default=2000, help="archive size (default 2000)")
    parser.add_argument("--seed", type=int, default=0, help="generator seed number")
    parser.add_argument("--site", default=str(SITE), help="folder with pelicanconf.py")
    parser.add_argument("--workdir", help="keep everything here (default: a temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--scale-base", type=int, default=2000,
                        help="also build an archive this size to compare (when N is larger)")
    parser.add_argument("--skip", action="append", default=[],
                        choices=("extract", "build", "stock", "stock-rebuild", "scale"))
    parser.add_argument("--profile", action="store_true",
                        help="profile cold extraction and the site build, print the hot spots")
    parser.add_argument("--json", help="write all figures to this file")
    return parser


def bench(args: argparse.Namespace, work: Path) -> dict:
    load = [os.getloadavg()[0]]
    seeds = generate(args.seeds, args.seed)
    folder = _write(seeds, work / "seeds", work / "truth.json")
    print(_describe(seeds), flush=True)
    rows: list[Measured] = []
    run = _runner(rows)
    python = sys.executable
    phases = [python, "-m", "event_archive.bench.phases"]
    cache = work / "extract.sqlite"
    given = [str(folder), str(cache), str(work / "truth.json")]
    if "extract" not in args.skip:
        cache.unlink(missing_ok=True)
        run("extract cold", [*phases, "extract", *given])
        run("extract cached", [*phases, "extract", *given])
        run("link", [*phases, "link", *given])
    site = Path(args.site)
    if "build" not in args.skip:
        build = _site_command(python, site, folder, work / "site-out", work / "site-cache")
        run("build from scratch", build, cwd=site)
        run("build, nothing changed", build, cwd=site)
        stock.edit(folder / seeds[len(seeds) // 2].name)
        run("build, one seed edited", build, cwd=site)
        stock.edit(folder / seeds[len(seeds) // 2 + 1].name, stock.NAME_EDIT)
        run(NAME_ADDED, build, cwd=site)
        edits = [str(folder / seeds[len(seeds) * k // 7].name) for k in range(1, 6)]
        run(DEVSERVER, [*phases, "devserver", str(site), str(folder), str(work / "site-out"),
                        str(work / "site-cache"), *edits])
    if "stock" not in args.skip:
        stock.prepare(seeds, work / "stock")
        run("stock Pelican", stock.command(python, work / "stock"))
        if "stock-rebuild" not in args.skip:
            run("stock Pelican, cache on", stock.command(python, work / "stock", cached=True))
            stock.edit(work / "stock" / "content" / (seeds[len(seeds) // 2].name[:-4] + ".md"))
            run("stock Pelican, one edit", stock.command(python, work / "stock", cached=True))
    if args.seeds > args.scale_base and "scale" not in args.skip and "build" not in args.skip:
        small = _write(generate(args.scale_base, args.seed), work / "small", work / "small.json")
        cmd = _site_command(python, site, small, work / "small-out", work / "small-cache")
        run(f"build from scratch, N={args.scale_base}", cmd, cwd=site)
    hot = _profile(python, phases, given, site, folder, work) if args.profile else {}
    load.append(os.getloadavg()[0])
    print_table(rows, args.seeds)
    print(f"\nload average at start {load[0]:.1f}, at end {load[1]:.1f}, on {os.cpu_count()} cores:"
          " a load above the cores inflates wall times (CPU times much less)")
    print_ratios(rows, args.seeds, args.scale_base)
    for name, spots in hot.items():
        print_hot_spots(name, spots)
    return {"seeds": args.seeds, "load": load, "phases": [r.__dict__ for r in rows], "hot": hot}


def _runner(rows: list[Measured]):
    def run(phase: str, argv: list[str], cwd: Path | None = None) -> Measured:
        print(f"  {phase} ...", end=" ", flush=True)
        measured = run_phase(phase, argv, cwd)
        print(f"{measured.wall:.1f} s" if measured.ok else "failed", flush=True)
        rows.append(measured)
        return measured
    return run


def _write(seeds: list[GenSeed], folder: Path, truth: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    write_seeds(seeds, folder)
    known = {s.name: {"lang": s.lang, "date": s.date.isoformat(), "event": s.event,
                      "countries": list(s.countries)} for s in seeds}
    truth.write_text(json.dumps(known), encoding="utf-8")
    return folder


def _describe(seeds: list[GenSeed]) -> str:
    langs = Counter(s.lang for s in seeds)
    mean = statistics.mean(len(s.text) for s in seeds)
    headers = sum(s.published is not None for s in seeds) / len(seeds)
    return (f"{len(seeds)} seeds, {len({s.event for s in seeds})} events, {mean:,.0f} characters"
            f" on average, {headers:.0%} with a date header; languages: "
            + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))


def _site_command(python: str, site: Path, seeds: Path, out: Path, cache: Path) -> list[str]:
    """The archive's own build from scratch: Pelican with the project's settings, on the seeds.

    The output and cache folders are emptied now; later runs of the command reuse them.
    """
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    return [python, "-m", "pelican", str(site / "content"), "-s", str(site / "pelicanconf.py"),
            "-o", str(out), "-q", "-e", f'SEEDS_PATH="{seeds}"',
            f'EXTRACTION_CACHE_PATH="{cache / "extraction.sqlite"}"']


def _profile(
    python: str, phases: list[str], given: list[str], site: Path, folder: Path, work: Path
) -> dict[str, list]:
    """Hot spots of cold extraction (one process) and of a site build from a warm cache.

    The build reads its seeds from the extraction phase's cache, so its profile shows what
    the build adds (linking, pages, feeds); cold extraction runs in workers cProfile cannot
    see, which is why it is profiled on its own.
    """
    hot: dict[str, list] = {}
    print("  profiling ...", flush=True)
    measured = run_phase("profile extract", [*phases, "profile", *given])
    hot["cold extraction, one process"] = measured.result.get("hot") or [[measured.error, 0, 0]]
    measured = run_phase("profile link", [*phases, "profile-link", *given])
    hot["linking"] = measured.result.get("hot") or [[measured.error, 0, 0]]
    out, cache, prof = work / "prof-out", work / "prof-cache", work / "build.prof"
    build = _site_command(python, site, folder, out, cache)
    if (work / "extract.sqlite").exists():
        cache.mkdir(parents=True, exist_ok=True)
        shutil.copy(work / "extract.sqlite", cache / "extraction.sqlite")
    measured = run_phase("profile build", [python, "-m", "cProfile", "-o", str(prof), *build[1:]],
                         cwd=site)
    if measured.ok and prof.exists():
        import pstats

        from .phases import hot_spots
        hot["site build, warm extraction cache"] = hot_spots(pstats.Stats(str(prof)), 25)
    else:
        hot["site build, warm extraction cache"] = [[measured.error, 0, 0]]
    return hot
