"""One build's state, and the Pelican signal handlers that load and arrange the archive.

The archive is read once per build, when the first generator starts, and kept in Pelican's
shared build context (not in module state), so two builds in one process never mix.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from jinja2.bccache import Bucket, BytecodeCache
from pelican.contents import Content
from pelican.utils import memoized

from .archive import Archive, load_archive
from .corrections import CorrectionError, load_corrections
from .i18n import Catalogs, compile_catalogs
from .model import Problem
from .pages import Site, build_site
from .parallel import no_collections, release_free_memory
from .settings import SiteSettings
from .templating import template_globals

STATE_KEY = "EVENT_ARCHIVE_BUILD"


@dataclass
class BuildState:
    settings: SiteSettings
    archive: Archive
    site: Site
    catalogs: Catalogs
    # Files Pelican wrote itself (hand-written pages), by `content_written`: the manifest
    # lists them, so a build in place removes those of the last build it no longer writes.
    written: list[str] = field(default_factory=list)

    def warnings(self) -> list[str]:
        """Every problem, each naming its file."""
        found = [(r.source, p) for r in self.site.reports for p in r.problems]
        found += [("", p) for p in self.archive.problems]
        return [_warning(source, problem) for source, problem in found]


def _warning(source: str, problem: Problem) -> str:
    message = problem.message
    if source and source not in message and os.path.basename(source) not in message:
        message = f"{source}: {message}"
    return f"{message} [{problem.kind}]"


def load_state(pelican_settings: dict) -> BuildState:
    """The archive, which lives as long as the build: no cyclic collection runs while it
    loads (each would scan it all again, and find next to no garbage), and none scans it
    afterwards (frozen)."""
    with no_collections():
        state = _load_state(pelican_settings)
    release_free_memory()
    return state


def _load_state(pelican_settings: dict) -> BuildState:
    settings = SiteSettings.from_pelican(pelican_settings)
    corrections, unusable = None, []
    if settings.corrections_path is not None:
        try:
            corrections = load_corrections(settings.corrections_path)
        except CorrectionError as err:  # named, and the build goes on without corrections
            unusable.append(Problem("corrections", f"{err}; no corrections applied"))
    if settings.cache_path is not None:
        settings.cache_path.parent.mkdir(parents=True, exist_ok=True)
    archive = load_archive([settings.seeds_path], corrections, settings.cache_path,
                           settings.session)
    archive.problems[:0] = unusable
    compile_catalogs(settings.translations_path)
    site = build_site(archive.events, archive.reports, settings.default_lang)
    return BuildState(settings, archive, site, Catalogs(settings.translations_path))


def let_go(_pelican) -> None:
    """At the end of a build, let go of what it loaded, for a process that builds again
    (`make devserver`). Pelican memoizes each hand-written page's content and summary by the
    page, for good, and a page holds its build's context, with the whole archive in it.

    What `load_state` froze stays frozen: a build from the command line then ends without a
    last collection over it (about a second at 20,000 seeds). The devserver thaws and
    collects it between builds (`devserver._tidy`)."""
    for name in ("get_content", "get_summary"):
        memo = vars(Content).get(name)
        if isinstance(memo, memoized):
            memo.cache.clear()


def state_of(generator) -> BuildState:
    """The build's state, loaded by whichever generator asks first."""
    state = generator.context.get(STATE_KEY)
    if state is None:
        state = generator.context[STATE_KEY] = load_state(generator.settings)
    return state


def on_content_written(path: str, context: dict) -> None:
    """Note a file Pelican wrote for this build (its own pages, and ours rendered here)."""
    state = context.get(STATE_KEY)
    if state is not None:
        state.written.append(path)


def on_generator_init(generator) -> None:
    """Every generator renders with the default language's words unless a page says more."""
    state = state_of(generator)
    env = generator.env
    if "jinja2.ext.InternationalizationExtension" not in env.extensions:
        env.add_extension("jinja2.ext.i18n")
    env.install_gettext_translations(
        state.catalogs.translations(state.settings.default_lang), newstyle=True
    )
    env.globals.update(template_globals())
    if state.settings.session is not None:
        env.bytecode_cache = HeldTemplates(state.settings.session.templates)


class HeldTemplates(BytecodeCache):
    """Compiled templates kept by a session: Pelican makes new Jinja environments for each
    build, which would compile every template again. A template whose source changed is
    compiled again (a bucket checks its source's checksum)."""

    def __init__(self, compiled: dict[str, bytes]) -> None:
        self.compiled = compiled

    def load_bytecode(self, bucket: Bucket) -> None:
        found = self.compiled.get(bucket.key)
        if found is not None:
            bucket.bytecode_from_string(found)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()
