"""Page junk out, credits aside, every sentence of the article kept."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class Cleaned:
    paragraphs: list[str]
    credits: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)


CREDIT = re.compile(r"^\s*(?:[—–-]\s*)?(?:VNS|VNA(?:/VNS|/CVN)?|TTXVN|VOV)\s*$|^\s*Photo\s*:", re.I)


def clean(text: str) -> Cleaned:
    lines = [" ".join(line.split()) for line in text.splitlines()]
    result = Cleaned([])
    for line in lines:
        if not line:
            continue
        if CREDIT.search(line):
            result.credits.append(line)
            continue
        result.paragraphs.append(line)
    return result
