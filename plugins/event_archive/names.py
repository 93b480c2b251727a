"""People, places and organisations named in a report, folded so they match across scripts."""

from __future__ import annotations

import re

from .text import fold

CAPITALISED = re.compile(r"\b[A-ZÀ-Ỹ][\w'’-]+(?:\s+[A-ZÀ-Ỹ][\w'’-]+)*")


def find_names(paragraphs: list[str], lang: str) -> list[str]:
    names = {fold(m.group(0)) for p in paragraphs for m in CAPITALISED.finditer(p)}
    return sorted(names)
