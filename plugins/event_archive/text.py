"""Seed bytes to clean Unicode text: encodings, mojibake, normalization, the date header."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import ftfy
from anyascii import anyascii
from charset_normalizer import from_bytes


@dataclass
class Decoded:
    text: str
    encoding: str
    problems: list[tuple[str, str]] = field(default_factory=list)  # (kind, message)


def decode(data: bytes) -> Decoded:
    """Bytes to NFC text: strict UTF-8 first (charset detection errs on short texts)."""
    problems: list[tuple[str, str]] = []
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            text, encoding = data.decode("utf-8", errors="replace"), "utf-8 (damaged)"
            problems.append(("encoding", "not valid text in any known encoding"))
        else:
            text, encoding = str(best), best.encoding
            problems.append(("encoding", f"not UTF-8; read as {encoding}"))
    text = ftfy.fix_text(text, uncurl_quotes=False, fix_line_breaks=True)
    return Decoded(normalize(text), encoding, problems)


def normalize(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Case- and accent-free ASCII: for comparing names across spellings and scripts."""
    return anyascii(text).casefold()


HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*")


def split_header(text: str) -> tuple[str | None, str]:
    """The leading ` date YYYY-MM-DD` line some seeds carry, and the text after it."""
    match = HEADER.match(text)
    if not match:
        return None, text
    return match.group(1), text[match.end():]
