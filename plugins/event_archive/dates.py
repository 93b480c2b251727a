"""Date evidence in a report, and the event date it supports."""

from __future__ import annotations

import datetime as dt
import re

from .model import DateClue

ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def find_date_clues(paragraphs: list[str], lang: str, published: str | None) -> list[DateClue]:
    clues = []
    for i, para in enumerate(paragraphs):
        for m in ISO.finditer(para):
            y, mo, d = map(int, m.groups())
            clues.append(DateClue(y, mo, d, "text", m.group(0), i))
    return clues


def resolve_date(
    clues: list[DateClue], published: str | None
) -> tuple[dt.date | None, str, str]:
    for clue in clues:
        date = clue.as_date()
        if date:
            return date, clue.source, clue.snippet
    return None, "none", "no date evidence"
