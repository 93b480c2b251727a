"""Run work in forked workers (pages, pair scores) on every core, each taking every n-th job.

A fork shares the whole build (archive, templates, catalogs) with the parent without copying
or pickling it; each worker writes its pages itself and sends back only the small result of
each job (a manifest entry). Where fork is missing, or for a few jobs, all run here.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import os
import pickle
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")
PARALLEL_FROM = 200  # below this many jobs a worker costs more than it saves
# Allocations between two young collections while the archive is loaded.
BULK_THRESHOLD = 100_000


@dataclass
class PageJob:
    path: str  # from the output root
    template: str
    lang: str
    page: dict[str, object] = field(default_factory=dict)  # the template's own variables
    make: Callable[[], dict] | None = None  # gives the rest of them, if the page is rendered
    about: tuple[str, ...] = ()  # the countries it is about, whose feeds it links


def workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return os.cpu_count() or 1


def run_sharded(jobs: Sequence[T], run: Callable[[T], R], count: int | None = None) -> list[R]:
    """`run` each job once, shard 0 here and the others in forked workers; results in order."""
    count = min(count or workers(), max(1, len(jobs) // (PARALLEL_FROM // 2)))
    if count < 2 or not hasattr(os, "fork"):
        return [run(job) for job in jobs]
    children = [_fork(jobs[shard::count], run) for shard in range(1, count)]
    results: list[list] = [[]] * count
    failed = 0
    try:
        results[0] = [run(job) for job in jobs[0::count]]
    finally:
        for shard, child in enumerate(children, start=1):
            found = _results(*child)
            if found is None:
                failed += 1
            else:
                results[shard] = found
    if failed:
        raise RuntimeError(f"{failed} worker(s) failed; see the errors above")
    ordered: list = [None] * len(jobs)
    for shard, shard_results in enumerate(results):
        ordered[shard::count] = shard_results
    return ordered


@contextmanager
def few_collections() -> Iterator[None]:
    """Collect cycles rarely while tens of thousands of long-lived objects are made.

    Loading the archive makes objects that are none of them garbage; at the default
    threshold the cyclic collector would scan them again and again (about 2 s of a 9 s
    rebuild at 20,000 seeds). Reference counting still frees the rest.
    """
    before = gc.get_threshold()
    gc.set_threshold(BULK_THRESHOLD, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


@contextmanager
def no_collections() -> Iterator[None]:
    """No cyclic collection while objects that live as long as the build are made (the
    pages' jobs and keys), then frozen: no later collection scans them again. Each
    collection of young objects would find none of them garbage, about a third of a second
    at 20,000 seeds. A devserver thaws and collects them between builds."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def release_free_memory() -> None:
    """Give the heap's free pages back to the system (glibc only; elsewhere nothing).

    Loading the archive unpickles tens of thousands of reports from blobs that are freed at
    once; glibc keeps those pages, and the forked workers would count them again.
    """
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


@cache
def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
    except OSError:
        return None
    return libc if libc is not None and hasattr(libc, "malloc_trim") else None


def in_child(run: Callable[[], R]) -> R:
    """`run()` in a forked worker and return its result: what it allocates on the way is
    given back to the system when the worker ends. Runs here where fork is missing."""
    return start_in_child(run)()


def start_in_child(run: Callable[[], R]) -> Callable[[], R]:
    """`in_child`, started now: call what it returns for the result (waiting for it), and
    the build goes on meanwhile. Where fork is missing, `run()` runs when its result is asked."""
    if not hasattr(os, "fork"):
        return run
    pid, pipe = _fork([None], lambda _: run())

    def result() -> R:
        found = _results(pid, pipe)
        if found is None:
            raise RuntimeError("a worker failed; see the errors above")
        return found[0]

    return result


def _results(pid: int, pipe: int) -> list | None:
    """A worker's results, once it has ended; None if it failed."""
    with os.fdopen(pipe, "rb") as stream:
        data = stream.read()
    _, status = os.waitpid(pid, 0)
    return pickle.loads(data) if status == 0 and data else None


def _fork(jobs: Sequence[T], run: Callable[[T], R]) -> tuple[int, int]:
    """Start a worker for `jobs`; its results come back pickled through the returned pipe."""
    read_end, write_end = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    gc.freeze()  # the collector must not write to the objects parent and worker share
    pid = os.fork()
    if pid != 0:
        os.close(write_end)
        return pid, read_end
    os.close(read_end)  # pragma: no cover - the worker's results and status are what is tested
    status = 0
    try:
        data = pickle.dumps([run(job) for job in jobs], protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write_end, "wb") as stream:
            stream.write(data)
    except BaseException:  # noqa: BLE001 - reported through the exit status
        traceback.print_exc()
        status = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
