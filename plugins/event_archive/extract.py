"""read_seed(path) -> Report: every extraction step, in order, for one seed."""

from __future__ import annotations

import hashlib
from pathlib import Path

from .clean import clean
from .countries import find_countries
from .dates import find_date_clues, find_published, resolve_date
from .language import detect_language
from .model import Evidence, Paragraphs, Problem, Report
from .names import find_names
from .text import decode, split_header
from .titles import pick_title

MAX_SEED_BYTES = 64 * 1024 * 1024  # text beyond this is never read: see text.MAX_BYTES


def read_seed_bytes(path: str | Path) -> bytes:
    with open(path, "rb") as seed:
        return seed.read(MAX_SEED_BYTES)


def read_seed(path: str | Path) -> Report:
    """Read one seed file; a seed that cannot be read still gives a Report with a problem."""
    path = Path(path)
    try:
        data = read_seed_bytes(path)
    except OSError as err:
        return unreadable_report(path, err)
    return extract_report(data, str(path))


def unreadable_report(path: str | Path, err: OSError) -> Report:
    report = extract_report(b"", str(path))
    report.problems = [Problem("unreadable", f"{path}: cannot be read ({err.strerror or err})")]
    return report


def extract_report(data: bytes, source: str) -> Report:
    """The extraction proper: bytes in, a Report out, never an exception for bad text."""
    name = Path(source).name
    decoded = decode(data)
    problems = [Problem(kind, f"{source}: {message}") for kind, message in decoded.problems]
    published, text = split_header(decoded.text)
    cleaned = clean(text)
    lang = detect_language("\n".join(cleaned.paragraphs))
    # No header: the page's own date line, if it has one, is the publication date.
    published = published or find_published(cleaned.stamps, lang)
    title = pick_title(cleaned.paragraphs, lang)
    paragraphs = title.body
    clues = find_date_clues(paragraphs, lang, published)
    date, date_source, date_detail = resolve_date(clues, published)
    found = find_countries(paragraphs, lang, title=title.text)
    report = Report(
        source=source,
        name=name,
        digest=hashlib.sha256(data).hexdigest(),
        lang=lang,
        published=published,
        title=title.text,
        paragraphs=Paragraphs(paragraphs),
        date=date,
        date_source=date_source,
        date_clues=clues,
        countries=found.countries,
        organisations=found.organisations,
        names=find_names(paragraphs, lang),
        credits=cleaned.credits,
        problems=problems,
    )
    report.evidence += [
        Evidence("lang", lang, "text", f"detected from {sum(map(len, paragraphs))} characters"),
        Evidence("title", title.text, title.source),
        Evidence("date", date.isoformat() if date else "none", date_source, date_detail),
        *found.evidence,
    ]
    if not paragraphs:
        report.problems.append(Problem("empty", f"{source}: no article text in this seed"))
    if lang == "und" and paragraphs:
        report.problems.append(Problem("language", f"{source}: language not recognised"))
    return report
