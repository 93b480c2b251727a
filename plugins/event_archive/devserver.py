"""`make devserver`: serve the site and build it again whenever a seed, a hand-written page,
the theme or the settings change.

Pelican's own `--autoreload` watches neither the seeds folder nor keeps anything between
builds. This process keeps a `Session` (session.py), so a build after an edit extracts,
links and writes only what changed, in place. A change of the settings file starts a new
session; a change of the plugin's own code needs a restart of the process.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from pelican import Pelican, listen
from pelican.settings import read_settings

from .language import identifier
from .session import Session
from .settings import SESSION, SiteSettings, session_of

log = logging.getLogger(__name__)
DEBOUNCE_MS = 200  # changes this close together make one build
QUIET = ("pelican.writers", "pelican.generators", "pelican.utils")  # a line per file written


def warm_pelican(settings_file: str | Path, overrides: dict | None = None) -> Pelican:
    """A Pelican whose builds share one session and write in place. The language model is
    loaded now (half a second): a build after an edit extracts the seed in this process."""
    identifier()
    settings = read_settings(str(settings_file), override={
        **(overrides or {}), SESSION: Session(), "DELETE_OUTPUT_DIRECTORY": False})
    return Pelican(settings)


def watched(pelican: Pelican, settings_file: str | Path) -> list[Path]:
    """What a build reads: the seeds, the hand-written pages, the theme, the settings."""
    settings = pelican.settings
    site = SiteSettings.from_pelican(settings)
    paths = [site.seeds_path, Path(settings["PATH"]), Path(settings["THEME"]),
             Path(settings_file)]
    if site.corrections_path is not None:
        paths.append(site.corrections_path)
    return [p.resolve() for p in paths if p.exists()]


def build(pelican: Pelican, changes: Iterable[str] | None = None) -> float:
    """One build, its errors logged rather than raised: the server keeps serving. Its
    duration is returned once the site is written; then, before the next change comes,
    the memory the build no longer needs is freed (`_tidy`).

    `changes` are the paths a watcher saw change since the last build (resolved): the seeds
    it does not name are not asked again (`Session.find_seeds`). None: any may have."""
    started = time.perf_counter()
    session = session_of(pelican.settings)
    if session is not None and changes is None:
        session.listing = None  # every seed is asked again
    elif session is not None:  # with what a build that failed before the seeds was told
        session.changes = (session.changes or set()) | set(changes)
    try:
        pelican.run()
    except Exception as err:  # noqa: BLE001 - a broken template must not stop the server
        log.error("build failed: %s", err)
    took = time.perf_counter() - started
    _tidy()
    return took


def _tidy() -> None:
    """Free the cycles the last build left (its state, once `build.let_go` let go of it),
    while no one waits: a build freezes what it loads, so they would never be collected.
    Then set what the session keeps out of the collector's way again, so the next build's
    collections do not scan it."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def serve_and_rebuild(
    settings_file: str, overrides: dict, bind: str, port: int,
    changes: Callable[[Iterable[Path]], Iterable[set[str]]] | None = None,
) -> None:
    """Build, start serving, then build again after each batch of changes."""
    pelican = warm_pelican(settings_file, overrides)
    print(f"built in {build(pelican):.1f} s")
    output = pelican.settings["OUTPUT_PATH"]
    threading.Thread(target=listen, args=(bind, port, output), daemon=True).start()
    try:
        for changed in (changes or _watch)(watched(pelican, settings_file)):
            if str(Path(settings_file).resolve()) in changed:
                _save(pelican)
                pelican = warm_pelican(settings_file, overrides)  # new settings, new session
            print(f"{len(changed)} changed: built again in {build(pelican, changed):.1f} s")
    finally:  # the next build from the command line relinks from where this one got
        _save(pelican)


def _save(pelican: Pelican) -> None:
    session = session_of(pelican.settings)
    if session is not None:
        session.save()


def _watch(paths: Iterable[Path]) -> Iterable[set[str]]:
    import watchfiles  # Pelican's own dependency for --autoreload

    for batch in watchfiles.watch(*paths, debounce=DEBOUNCE_MS):
        yield {path for _, path in batch}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m event_archive.devserver", description=__doc__)
    parser.add_argument("-s", "--settings", default="pelicanconf.py")
    parser.add_argument("-o", "--output", default="output")
    parser.add_argument("-b", "--bind", default="127.0.0.1")
    parser.add_argument("-p", "--port", type=int, default=8000)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    for name in QUIET:  # Pelican's `listen` shows its requests at INFO, and so would these
        logging.getLogger(name).setLevel(logging.WARNING)
    overrides = {"OUTPUT_PATH": str(Path(args.output).resolve())}
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C: the way to stop
        serve_and_rebuild(args.settings, overrides, args.bind, args.port)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
