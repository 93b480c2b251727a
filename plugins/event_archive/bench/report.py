"""The benchmark's printed output: one table of phases, the ratios with their targets."""

from __future__ import annotations

from .measure import Measured

DEVSERVER = "devserver: build, then 5 edits"
NAME_ADDED = "build, a name added to one seed"  # an edit linking reads: it links again


def print_table(rows: list[Measured], n: int) -> None:
    print()
    print(f"{'phase':34} {'wall s':>8} {'CPU s':>8} {'PSS MiB':>8} {'RSS MiB':>8} {'1 proc':>7}"
          "  notes")
    for r in rows:
        if not r.ok:
            print(f"{r.phase:34} {'failed':>8}")
            for line in r.error.splitlines():
                print(f"{'':36}| {line[:200]}")
            continue
        figures = f"{r.wall:8.2f} {r.cpu:8.2f} {r.pss:8.0f} {r.rss:8.0f} {r.rss_one:7.0f}"
        print(f"{r.phase:34} {figures}  {_notes(r, n)}")


def _notes(r: Measured, n: int) -> str:
    res = r.result
    notes = []
    if "seconds" in res:
        seeds = res.get("seeds") or n
        rate = seeds / max(res["seconds"], 1e-9)
        notes.append(f"{res['seconds']:.2f} s inside" + (
            f", {rate:,.0f} seeds/s" if seeds > 1 else ""))
        if r.phase.startswith("extract"):
            notes.append(f"{seeds / max(r.cpu, 1e-9):,.0f} seeds per CPU-second")
    if "builds" in res:
        notes.append("builds " + ", ".join(f"{t:.2f}" for t in res["builds"]) + " s")
    if "cache_hits" in res:
        notes.append(f"{res['cache_hits']} cache hits")
    for key in ("lang_ok", "date_ok", "countries_ok", "pair_precision", "pair_recall"):
        if key in res:
            notes.append(f"{key} {res[key]:.1%}")
    if "events" in res:
        notes.append(f"{res['events']} events (made {res['true_events']})")
    return "; ".join(notes)


def print_ratios(rows: list[Measured], n: int, base: int) -> None:
    """The targets, by wall time (what a person waits) and by CPU time (steadier on a busy
    machine); a phase that failed or was skipped shows n/a."""
    got = {r.phase: r for r in rows if r.ok}

    def wall(phase: str) -> float | None:
        return got[phase].wall if phase in got else None

    def cpu(phase: str) -> float | None:
        return got[phase].cpu if phase in got else None

    full, edit, stock = "build from scratch", "build, one seed edited", "stock Pelican"
    # the devserver's own timing of its builds after edits, their median (it also made a
    # first build, from the caches on disk)
    warm = got[DEVSERVER].result.get("seconds") if DEVSERVER in got else None
    lines = [
        ("full build / stock Pelican, wall", _ratio(wall(full), wall(stock)), "< 1.0"),
        ("full build / stock Pelican, CPU", _ratio(cpu(full), cpu(stock)), "< 1.0"),
        ("one-edit rebuild, seconds", wall(edit), "about 1"),
        ("one-edit rebuild / full build", _ratio(wall(edit), wall(full)), "<= 0.10"),
        ("one-edit rebuild, a name added, seconds", wall(NAME_ADDED), ""),
        ("one-edit rebuild in a devserver, seconds", warm, "about 1"),
        ("one-edit rebuild in a devserver / full build", _ratio(warm, wall(full)), "<= 0.10"),
        ("unchanged rebuild / full build", _ratio(wall("build, nothing changed"), wall(full)), ""),
        ("full build peak memory (PSS of all processes), MiB",
         got[full].pss if full in got else None, "< 500"),
        ("full build peak memory (RSS of all processes), MiB",
         got[full].rss if full in got else None, ""),
        ("full build largest single process (RSS), MiB",
         got[full].rss_one if full in got else None, ""),
        ("cold extraction CPU / full build CPU", _ratio(cpu("extract cold"), cpu(full)),
         "well under 1"),
        ("cold extraction, seeds per CPU-second", _ratio(n, cpu("extract cold")), ""),
        ("stock Pelican one edit / its full build",
         _ratio(wall("stock Pelican, one edit"), wall(stock)), ""),
    ]
    if n > base:
        scale = _ratio(wall(full), wall(f"build from scratch, N={base}"))
        lines.insert(7, (f"full build N={n} / N={base}", scale, f"<= {1.1 * n / base:.1f}"))
    print()
    print(f"{'ratio':52} {'value':>9}  target (at N=20,000)")
    for name, value, target in lines:
        shown = "n/a" if value is None else f"{value:9.3f}" if value < 100 else f"{value:9,.0f}"
        print(f"{name:52} {shown:>9}  {target}")


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def print_hot_spots(name: str, spots: list[list]) -> None:
    print()
    print(f"hot spots: {name} (own share, cumulative share)")
    for function, own, cumulative in spots:
        print(f"  {own:6.1%} {cumulative:6.1%}  {function}")
