"""Render pages on every core: forked workers, each writing its own share of the pages.

A fork shares the whole build (archive, templates, catalogs) with the parent without copying
or pickling it; each worker renders every n-th page and writes its files itself, so nothing
but an exit status comes back. Where fork is missing, or for a few pages, all run here.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
PARALLEL_FROM = 200  # below this many pages a worker costs more than it saves


@dataclass
class PageJob:
    path: str  # from the output root
    template: str
    lang: str
    page: dict[str, object] = field(default_factory=dict)  # the template's own variables


def workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return os.cpu_count() or 1


def run_sharded(jobs: Sequence[T], run: Callable[[T], None], count: int | None = None) -> None:
    """Run every job once: shard 0 in this process, the others in forked workers."""
    count = min(count or workers(), max(1, len(jobs) // (PARALLEL_FROM // 2)))
    if count < 2 or not hasattr(os, "fork"):
        for job in jobs:
            run(job)
        return
    children = []
    for shard in range(1, count):
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the worker's exit status is what is tested
            status = 0
            try:
                for job in jobs[shard::count]:
                    run(job)
            except BaseException:  # noqa: BLE001 - reported through the exit status
                traceback.print_exc()
                status = 1
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(status)
        children.append(pid)
    failed = 0
    try:
        for job in jobs[0::count]:
            run(job)
    finally:
        for pid in children:
            _, status = os.waitpid(pid, 0)
            failed += status != 0
    if failed:
        raise RuntimeError(f"{failed} page worker(s) failed; see the errors above")
