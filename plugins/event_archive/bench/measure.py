"""Run one phase in a child process and measure it: wall time, CPU time, peak memory.

A phase runs in its own process so its peak memory is its own. CPU time and the largest
single process come from wait4() (the child plus every worker it reaped); the peak memory of
the whole process tree (a build that forks workers) is sampled from /proc while it runs, as
the sum of resident sets (which counts each page a forked worker shares with its parent once
per process) and as the sum of proportional sets (PSS: a shared page is split between the
processes sharing it, so the sum is the memory the tree really holds).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

SAMPLE_EVERY = 0.1  # seconds between two looks at the process tree's resident sets
# Proportional sets are read less often: the kernel walks a process's page tables to count
# them, holding its memory map, which slows a build that is allocating.
PSS_EVERY = 5  # samples
PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
MIB = 1024 * 1024


@dataclass
class Measured:
    phase: str
    ok: bool
    wall: float = 0.0  # seconds, start to exit of the child
    cpu: float = 0.0  # user + system seconds, workers included
    rss: float = 0.0  # MiB: peak of the whole process tree's summed resident sets (sampled)
    pss: float = 0.0  # MiB: peak of its summed proportional sets (sampled)
    rss_one: float = 0.0  # MiB: the largest single process (exact, from the kernel)
    result: dict = field(default_factory=dict)  # what the child printed as JSON, if anything
    error: str = ""  # the tail of stderr when the phase failed


def run_phase(phase: str, argv: list[str], cwd: str | Path | None = None) -> Measured:
    """Run argv to its end; never raise for a failing child: say it failed, and why."""
    started = time.perf_counter()
    try:
        child = subprocess.Popen(
            argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "COLUMNS": "160"},  # tracebacks readable, not wrapped at 80
        )
    except OSError as err:
        return Measured(phase, ok=False, error=str(err))
    peak = _TreePeak(child.pid)
    peak.start()
    streams: dict[str, str] = {}
    readers = [
        threading.Thread(target=lambda n=name, s=stream: streams.__setitem__(n, s.read()))
        for name, stream in (("out", child.stdout), ("err", child.stderr))
    ]
    for reader in readers:
        reader.start()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    for reader in readers:
        reader.join()
    peak.stop()
    measured = Measured(
        phase, ok=child.returncode == 0, wall=wall, cpu=usage.ru_utime + usage.ru_stime,
        rss=max(peak.peak, usage.ru_maxrss * 1024) / MIB, rss_one=usage.ru_maxrss / 1024,
        pss=peak.peak_pss / MIB,
    )
    if measured.ok:
        measured.result = _last_json(streams.get("out", ""))
    else:
        measured.error = f"exit {child.returncode}: " + _gist(streams.get("err", "") or
                                                              streams.get("out", ""))
    return measured


def _gist(stderr: str) -> str:
    """The error line (a traceback's last exception) and the last lines before the exit."""
    lines = [" ".join(line.strip(" │|╭╮╰╯─").split()) for line in stderr.splitlines()]
    lines = [line for line in lines if line]
    errors = [line for line in lines if re.search(r"\w(Error|Exception)\b|CRITICAL", line)]
    return "\n".join([*errors[-1:], *lines[-8:]])


def _last_json(out: str) -> dict:
    for line in reversed(out.strip().splitlines()):
        if line.startswith("{"):
            try:
                return json.loads(line)
            except ValueError:
                return {}
    return {}


class _TreePeak(threading.Thread):
    """The largest sum of resident memory over a process and its descendants, in bytes."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak, self.peak_pss = pid, 0, 0
        self._done = threading.Event()

    def run(self) -> None:
        count = 0
        while not self._done.wait(SAMPLE_EVERY):
            tree = _tree(self.pid)
            self.peak = max(self.peak, sum(_rss(p) for p in tree))
            if count % PSS_EVERY == 0:
                self.peak_pss = max(self.peak_pss, sum(_pss(p) for p in tree))
            count += 1

    def stop(self) -> None:
        self._done.set()
        self.join()


def _tree(root: int) -> list[int]:
    parents: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        parents.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += parents.get(pid, [])
    return found


def _rss(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def _pss(pid: int) -> int:
    """The process's proportional set size, or its resident set where the kernel has none."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return _rss(pid)
    match = re.search(r"^Pss:\s+(\d+) kB", text, flags=re.MULTILINE)
    return int(match[1]) * 1024 if match else _rss(pid)
