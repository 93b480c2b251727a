"""The plugin's settings, read once from Pelican's settings into one typed value.

`SEEDS_PATH` (default `seeds`) and the other paths are relative to the settings file's folder
(`SETTINGS_DIR`, which pelicanconf.py sets) when not absolute. The corrections file applies to
the default seeds folder; building another folder through `SEEDS_PATH` applies corrections
only when `CORRECTIONS_PATH` names a file for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .search import TEXT_CHARS
from .session import Session

DEFAULT_SEEDS = "seeds"
DEFAULT_CORRECTIONS = "content/corrections.toml"
DEFAULT_CACHE = ".cache/extraction.sqlite"
SESSION = "EVENT_ARCHIVE_SESSION"  # set by a process that builds again and again (devserver)


def session_of(settings: Mapping[str, object]) -> Session | None:
    """The session of a process that builds again and again, if this build is one of it."""
    session = settings.get(SESSION)
    return session if isinstance(session, Session) else None


@dataclass(frozen=True)
class SiteSettings:
    seeds_path: Path
    corrections_path: Path | None
    cache_path: Path | None
    translations_path: Path
    default_lang: str
    site_name: str
    page_size: int
    home_events: int
    search_text_chars: int
    strict: bool
    session: Session | None = None

    @classmethod
    def from_pelican(cls, settings: Mapping[str, object]) -> SiteSettings:
        base = Path(str(settings.get("SETTINGS_DIR") or Path.cwd()))

        def path(value: object) -> Path:
            given = Path(str(value)).expanduser()
            return given if given.is_absolute() else base / given

        seeds_given = settings.get("SEEDS_PATH")
        corrections = settings.get("CORRECTIONS_PATH")
        if corrections is None and seeds_given is None:
            corrections = DEFAULT_CORRECTIONS
        cache = settings.get("EXTRACTION_CACHE_PATH", DEFAULT_CACHE)
        return cls(
            seeds_path=path(seeds_given or DEFAULT_SEEDS),
            corrections_path=path(corrections) if corrections else None,
            cache_path=path(cache) if cache else None,
            translations_path=Path(str(settings["THEME"])) / "translations",
            default_lang=str(settings.get("DEFAULT_LANG", "en")),
            site_name=str(settings.get("SITENAME", "Event Archive")),
            page_size=int(settings.get("DEFAULT_PAGINATION") or 20),  # type: ignore[arg-type]
            home_events=int(settings.get("HOME_EVENTS", 10)),  # type: ignore[arg-type]
            search_text_chars=int(settings.get("SEARCH_TEXT_CHARS", TEXT_CHARS)),  # type: ignore[arg-type]
            strict=bool(settings.get("STRICT", False)),
            session=session_of(settings),
        )
