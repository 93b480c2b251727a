"""The baseline: stock Pelican and its default theme building the same archive as Markdown.

Same languages, dates and countries (as tags), translation groups by slug, feeds on, the
pagination pelican-quickstart proposes. Nothing of this project is loaded.
"""

from __future__ import annotations

from pathlib import Path

from .generate import GenSeed, write_markdown

CONF = '''\
AUTHOR = "Bench"
SITENAME = "Stock Pelican baseline"
SITEURL = ""
FEED_DOMAIN = "https://example.org"
PATH = "content"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
DEFAULT_PAGINATION = 10
FEED_ALL_ATOM = "feeds/all.atom.xml"
FEED_ALL_RSS = "feeds/all.rss.xml"
CATEGORY_FEED_ATOM = "feeds/{slug}.atom.xml"
TAG_FEED_ATOM = "feeds/tag-{slug}.atom.xml"
TRANSLATION_FEED_ATOM = "feeds/all-{lang}.atom.xml"
'''


def prepare(seeds: list[GenSeed], folder: Path) -> None:
    write_markdown(seeds, folder / "content")
    (folder / "pelicanconf.py").write_text(CONF, encoding="utf-8")


def command(python: str, folder: Path, cached: bool = False) -> list[str]:
    """Pelican's own command line; `cached` turns its content cache on (off by default)."""
    argv = [python, "-m", "pelican", str(folder / "content"), "-s", str(folder / "pelicanconf.py"),
            "-o", str(folder / "output"), "-q"]
    if cached:
        argv += ["-e", "CACHE_CONTENT=true", "LOAD_CONTENT_CACHE=true",
                 f'CACHE_PATH="{folder / "cache"}"']
    return argv


EDIT = " (updated)"
NAME_EDIT = " Ivo Marenko also attended."  # a name: linking reads it, so it links again


def edit(path: Path, words: str = EDIT) -> None:
    """One small edit, as a person fixing a report would make: a few words added to its
    longest line, the body's, so the report itself changes (not only page junk)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    lines[longest] += words
    path.write_text("\n".join(lines), encoding="utf-8")
