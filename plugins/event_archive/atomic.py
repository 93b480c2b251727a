"""Atomic site output: the new site is written aside and swapped in only once it is complete.

A build that is killed or fails midway leaves the previous site as it was; the folder it was
writing is removed by the next build. A process that builds again and again (`devserver.py`)
writes in place instead, rewriting only the pages that changed. The glue calls `begin` at
Pelican's `initialized` signal and `finish` at `finalized`; nothing here imports Pelican.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path
from typing import Any

from .settings import session_of

log = logging.getLogger(__name__)

BUILDING = ".building-"  # output.building-<pid>: the site being written
ASIDE = ".previous-"  # output.previous-<pid>: the old site, for the instant of the swap


def building_path(output: str | Path, pid: int | None = None) -> Path:
    output = Path(output).resolve()
    return output.with_name(f"{output.name}{BUILDING}{pid or os.getpid()}")


def begin(pelican: Any) -> Path:
    """Point the build's writers at a folder beside the output, made when the first file is.

    Only `pelican.output_path` moves: the OUTPUT_PATH setting keeps naming where the site
    goes (`pelican --listen` serves it, and the glue puts the build report beside it).
    """
    final = Path(pelican.settings.get("OUTPUT_PATH") or pelican.output_path).resolve()
    content = pelican.settings.get("PATH")
    if content and Path(content).resolve().is_relative_to(final):  # `-o .`: never move sources
        log.warning("%s holds the content: the site is written in place, not swapped", final)
        return final
    if session_of(pelican.settings) is not None:
        return final  # a devserver's builds: each rewrites only the pages that changed
    recover(final)
    temp = building_path(final)
    if temp.exists():
        shutil.rmtree(temp)
    pelican.output_path = str(temp)
    return temp


def finish(pelican: Any) -> Path:
    """Swap the finished site into place (the glue calls this at `finalized`)."""
    final = Path(pelican.settings.get("OUTPUT_PATH") or pelican.output_path).resolve()
    temp = Path(pelican.output_path).resolve()
    if temp != final:
        temp.mkdir(parents=True, exist_ok=True)  # a build that wrote nothing: an empty site
        swap(temp, final, pelican.settings.get("OUTPUT_RETENTION", ()))
    return final


def swap(new: Path, final: Path, keep: Any = ()) -> None:
    """Replace `final` by `new`: two renames, so the site is never half old, half new.

    Entries named in `keep` (Pelican's OUTPUT_RETENTION, e.g. `.git`) move from the old site
    into the new one.
    """
    aside = final.with_name(f"{final.name}{ASIDE}{os.getpid()}")
    if final.is_dir() and not final.is_symlink():
        for name in keep or ():
            if (final / name).exists() and not (new / name).exists():
                os.replace(final / name, new / name)
        os.replace(final, aside)
    elif final.exists() or final.is_symlink():
        final.unlink()
    os.replace(new, final)
    shutil.rmtree(aside, ignore_errors=True)


def recover(final: Path) -> list[Path]:
    """Remove what killed builds left beside the output, and bring back a site lost mid-swap."""
    removed: list[Path] = []
    if not final.parent.is_dir():
        return removed
    for entry in sorted(final.parent.iterdir()):
        for marker in (BUILDING, ASIDE):
            prefix = f"{final.name}{marker}"
            if not entry.name.startswith(prefix) or not entry.is_dir():
                continue
            pid = entry.name[len(prefix):]
            if pid.isdigit() and int(pid) != os.getpid() and _alive(int(pid)):
                continue  # another build writing right now
            if marker == ASIDE and not final.exists():
                os.replace(entry, final)  # killed between the two renames of a swap
                log.warning("%s: restored the previous site from %s", final, entry.name)
                continue
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
            log.info("removed %s, left by an interrupted build", entry)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def write_text(path: str | Path, text: str) -> None:
    """Write a file whole or not at all: a reader never sees half of it."""
    write_bytes(path, text.encode("utf-8"))


def write_bytes(path: str | Path, data: bytes) -> None:
    """`write_text`, of bytes."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}{BUILDING}{os.getpid()}")
    temp.write_bytes(data)
    os.replace(temp, path)
