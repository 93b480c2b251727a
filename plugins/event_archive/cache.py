"""Extraction results kept by seed content, so an unchanged seed is never read twice.

The key is the seed's bytes digest plus the extraction code's own digest: editing any
extraction module (or upgrading a library it relies on) invalidates every entry.
"""

from __future__ import annotations

import copy
import hashlib
import pickle
import sqlite3
from functools import cache
from importlib import metadata
from pathlib import Path

from .model import Report

EXTRACTION_MODULES = (
    "model", "text", "clean", "language", "dates", "countries", "titles", "names", "extract",
)
LIBRARIES = ("py3langid", "charset-normalizer", "ftfy", "anyascii", "babel")


@cache
def code_version() -> str:
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for module in EXTRACTION_MODULES:
        digest.update((here / f"{module}.py").read_bytes())
    for library in LIBRARIES:
        try:
            digest.update(f"{library}={metadata.version(library)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(library.encode())
    return digest.hexdigest()[:16]


class ExtractionCache:
    """A single SQLite file: one row per (seed digest, code version)."""

    def __init__(self, path: str | Path | None):
        self.db: sqlite3.Connection | None = None
        if path is None:
            return
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path)
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS reports (digest TEXT, version TEXT, data BLOB,"
            " PRIMARY KEY (digest, version))"
        )
        self.version = code_version()

    def get(self, digest: str, source: str, name: str) -> Report | None:
        if self.db is None:
            return None
        row = self.db.execute(
            "SELECT data FROM reports WHERE digest = ? AND version = ?", (digest, self.version)
        ).fetchone()
        if row is None:
            return None
        report: Report = pickle.loads(row[0])
        report.source, report.name = source, name
        prefix = report.problems and report.problems[0].message.split(": ", 1)[0]
        if prefix:  # messages name the file: rename them for this copy of the content
            for i, p in enumerate(report.problems):
                report.problems[i] = type(p)(p.kind, p.message.replace(prefix, source, 1))
        return report

    def put(self, report: Report) -> None:
        if self.db is None:
            return
        stored = copy.copy(report)
        stored.event = None
        self.db.execute(
            "INSERT OR REPLACE INTO reports VALUES (?, ?, ?)",
            (report.digest, self.version, pickle.dumps(stored, protocol=pickle.HIGHEST_PROTOCOL)),
        )

    def close(self) -> None:
        if self.db is not None:
            self.db.commit()
            self.db.close()
            self.db = None
