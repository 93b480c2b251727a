"""The headline where the seed has one, or a short title made from the lead."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Title:
    text: str
    source: str  # "headline" or "lead"
    body: list[str]  # the paragraphs left for the body


def pick_title(paragraphs: list[str], lang: str) -> Title:
    if not paragraphs:
        return Title("", "none", [])
    first = paragraphs[0]
    if len(first) < 150 and not first.rstrip().endswith("."):
        return Title(first, "headline", paragraphs[1:])
    words = first.split()
    return Title(" ".join(words[:12]), "lead", paragraphs)
