"""detect_language(text) -> ISO 639-1 code."""

from __future__ import annotations

import py3langid


def detect_language(text: str) -> str:
    if not text.strip():
        return "und"
    code, _score = py3langid.classify(text)
    return code
