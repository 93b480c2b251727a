"""Writes the archive's own pages: home, events, reports, countries, languages, periods, search.

Every HTML page of the archive but the hand-written ones is written here, each with
the interface in its own language, then the feeds, sitemap, robots.txt and 404 page
(publish.py) and the build report with its summary line (buildreport.py).

A page whose key (pagekeys.py) matches the previous build's is not rendered: its file is
hard-linked into the new site. The others are rendered on every core (parallel.py).
"""

from __future__ import annotations

import logging
import os
from functools import partial
from pathlib import Path
from typing import TypeVar

from markupsafe import Markup
from pelican.generators import Generator
from pelican.utils import get_relative_path, path_to_url

from . import pagekeys, urls
from .build import BuildState, state_of
from .buildreport import conclude
from .feeds import FeedConfig, FeedPlan, plan_feeds
from .i18n import FALLBACK, country_name, language_name, month_name, text_direction
from .model import Event, Report
from .pages import paginate
from .parallel import PageJob, no_collections, run_sharded
from .publish import NOT_FOUND, event_head, publish_site, report_head
from .search import search_script
from .session import Recall, Session
from .timeline import timeline_svg

log = logging.getLogger(__name__)
K = TypeVar("K")
WRITTEN = "written by Pelican"  # the manifest's key of a page no key keeps


class ArchiveGenerator(Generator):
    """Pelican generator for every page that lists or shows reports and events."""

    def generate_context(self) -> None:
        self.state: BuildState = state_of(self)
        self.feed_config = FeedConfig.from_settings(self.settings)
        self.feeds: FeedPlan = plan_feeds(self.state.site.reports, self.feed_config)
        self.chromes: dict[tuple, Markup] = {}

    def generate_output(self, writer) -> None:
        state = self.state
        self.final = Path(self.settings.get("OUTPUT_PATH") or self.output_path).resolve()
        self.build = pagekeys.build_key(self.settings["THEME"], self.settings,
                                        self.context.get("pages", ()))
        # What the last build made: in a devserver's memory, else in a file beside the cache.
        saved = pagekeys.beside_cache(state.settings.cache_path, self.final, "recalls", ".pickle")
        self.recalls: Session | pagekeys.SavedRecalls = (
            state.settings.session or pagekeys.SavedRecalls(saved, self.build))
        self.jobs: list[PageJob] = []
        with no_collections():  # tens of thousands of jobs and digests, none of them garbage
            session = state.settings.session
            self.keys = pagekeys.PageKeys(
                self.build + self.feeds.links_state(), state.site.events, state.archive.said,
                self._recall(session and session.page_digests), state.archive.linked_by)
            self._home(writer)
            self._events(writer)
            self._reports(writer)
            self._countries(writer)
            self._languages(writer)
            self._periods(writer)
            self._search(writer)
            self._write(writer, urls.FEEDS, "feeds", feed_list=self.feeds.listing())
            self._write(writer, NOT_FOUND, "404")
        self._render_all(writer)
        for warning in state.warnings():
            log.warning("%s", warning)
        pages = {r.name: urls.report_path(r.name) for r in state.site.reports}
        final_output = self.settings.get("OUTPUT_PATH") or self.output_path
        # writes build-report.json beside the output; a STRICT build with warnings fails here
        print(conclude(state.archive, pages, final_output, self.settings.get("BUILD_REPORT"),
                       strict=state.settings.strict,
                       recall=self._recall(self.recalls.build_report_lines),
                       stands=self.keys.reports))
        if isinstance(self.recalls, pagekeys.SavedRecalls):
            self.recalls.save()

    # -- one writer call per page ------------------------------------------------------

    def _write(
        self, writer, path: str, template: str, lang: str | None = None, about=(), **page
    ) -> None:
        """Plan one page; `lang` is its language, `about` the countries it is about."""
        lang = lang or self.state.settings.default_lang
        self.jobs.append(PageJob(path, template, lang, page, about=tuple(about)))

    def _later(self, path: str, template: str, lang: str, about, make: partial) -> None:
        """Plan one page whose data `make()` gives, made only if the page is rendered.

        Its key is made from `make`'s arguments, not from the data: `make` reads nothing
        but them and the settings. The many report and event pages cost little when kept.
        """
        self.jobs.append(PageJob(path, template, lang, make=make, about=tuple(about)))

    def _every_page(self, job: PageJob) -> dict[str, object]:
        """The values every page has besides its own: the links to its feeds. They follow
        from its language, its countries and the feeds there are (`FeedPlan.links_state`),
        which its key covers instead."""
        return {"feed_links": self.feeds.links(job.lang, job.about),
                "has_feeds": bool(self.feeds.feeds)}

    def _render_all(self, writer) -> None:
        """Keep the pages whose key is unchanged, then render the others, each on every
        core (a build aside hard-links each kept page); then the feeds, kept the same way,
        and the rest of the site (publish.py)."""
        final = self.final
        new_root = Path(self.output_path).resolve()
        manifest_file = pagekeys.beside_cache(self.state.settings.cache_path, final)
        session = self.state.settings.session
        held = session.manifest if session is not None else None
        entries: dict[str, list] = {}  # the new manifest: path -> [key, file stamp]
        todo: list[tuple[PageJob, str | None]] = []
        with no_collections():  # the manifests and keys: none of them garbage
            previous = (held[1] if held is not None and held[0] == manifest_file
                        else pagekeys.load_manifest(manifest_file))
            keys = self.keys
            keeper = pagekeys.Keeper(previous, final, new_root)
            found = run_sharded(self.jobs, partial(self._kept, keys, keeper))
            for job, (key, stamp) in zip(self.jobs, found, strict=True):
                if stamp is None:
                    todo.append((job, key))
                else:
                    entries[job.path] = [key, stamp]
        stamps = run_sharded(todo, partial(self._made, writer, keeper))
        for (job, key), stamp in zip(todo, stamps, strict=True):
            if key is not None:
                entries[job.path] = [key, stamp]
        log.info("pages: %d rendered, %d kept", len(todo), len(self.jobs) - len(todo))
        root = os.path.join(os.path.abspath(self.output_path), "")
        for path in self.state.written:  # Pelican's pages (written on every build), and ours
            if path.startswith(root) and path[len(root):] not in entries:
                entries[path[len(root):]] = [WRITTEN, pagekeys.stamp(path)]

        # Before the sitemap lists the pages on disk: those of the previous build it did not
        # make again go (in place; a build aside never wrote them).
        keeper.remove_stale(entries, suffix=".html")
        file_keys: dict[str, str] = {}  # of the feeds and the sitemap

        def keep_file(path: str, inputs: object) -> bool:
            key = file_keys[path] = keys.key(path, "file", "", (), {"inputs": inputs})
            return keeper.keep(path, key) is not None

        publish_site(self.state.archive, self.output_path, self.settings, self.feeds, keep_file)
        entries.update({path: [key, pagekeys.stamp(new_root / path)]
                        for path, key in file_keys.items()})
        keeper.remove_stale(entries)
        if session is None:
            pagekeys.save_manifest(manifest_file, entries)
        else:  # the next build need not read it back; saved with the session
            session.manifest, session.manifest_saved = (manifest_file, entries), False

    def _kept(
        self, keys: pagekeys.PageKeys, keeper: pagekeys.Keeper, job: PageJob
    ) -> tuple[str | None, list[int] | None]:
        """A page's key, and its file's stamp if the previous build's file is kept."""
        if job.path == NOT_FOUND:  # rewritten in place after rendering: never shared
            return None, None
        if job.make is None:
            key = keys.key(job.path, job.template, job.lang, job.about, job.page)
        else:
            key = keys.made_key(job.path, job.template, job.lang, job.about, job.make)
        return key, keeper.keep(job.path, key)

    def _made(
        self, writer, keeper: pagekeys.Keeper, planned: tuple[PageJob, str | None]
    ) -> list[int] | None:
        """Render one page (in a worker, perhaps); the stamp of the file written."""
        job = planned[0]
        if job.make is not None:
            job = PageJob(job.path, job.template, job.lang, job.make(), about=job.about)
        self._render(writer, job)
        return keeper.written(job.path)

    def _render(self, writer, job: PageJob) -> None:
        catalogs = self.state.catalogs
        lang = job.lang
        ui_lang = lang if catalogs.has(lang) else FALLBACK
        ui_attr = ""  # marks interface words that are not in the page's language
        if ui_lang != lang:
            ui_attr = f' lang="{ui_lang}"'
            if text_direction(ui_lang) != text_direction(lang):
                ui_attr += f' dir="{text_direction(ui_lang)}"'
        relative_urls = self.settings["RELATIVE_URLS"]
        site_url = (path_to_url(get_relative_path(job.path)) if relative_urls
                    else self.context["SITEURL"])
        every_page = self._every_page(job)
        chrome = (ui_lang, site_url, Markup(ui_attr), every_page["has_feeds"])
        writer.write_file(
            job.path,
            self.get_template(job.template),
            self.context,
            relative_urls=relative_urls,
            header_html=self._chrome("header", chrome),
            footer_html=self._chrome("footer", chrome),
            page_lang=lang,
            page_dir=text_direction(lang),
            ui_lang=ui_lang,
            ui_attr=Markup(ui_attr),
            page_path=job.path,
            site=self.state.site,
            **catalogs.callables(ui_lang),
            **every_page,
            **job.page,
        )

    def _chrome(self, part: str, chrome: tuple[str, str, Markup, bool]) -> Markup:
        """The header or footer: the same on every page of one interface language and
        depth, so rendered once for each rather than on every page."""
        found = self.chromes.get((part, *chrome))
        if found is None:
            ui_lang, site_url, ui_attr, has_feeds = chrome
            values = {**self.context, "SITEURL": site_url, "ui_attr": ui_attr,
                      "has_feeds": has_feeds, **self.state.catalogs.callables(ui_lang)}
            found = Markup(self.get_template(part).render(values))
            self.chromes[(part, *chrome)] = found
        return found

    def _home(self, writer) -> None:
        site, settings = self.state.site, self.state.settings
        lang = settings.default_lang
        svg = timeline_svg(
            dict(site.month_counts()),
            link=lambda y, m: urls.relative(urls.HOME, urls.page_path(urls.month_base(y, m), 1)),
            label=lambda y, m, n: f"{month_name(y, m, lang)}: {n}",
            labelledby="timeline-caption",
        )
        self._write(
            writer,
            urls.HOME,
            "index",
            latest=site.newest_first()[: settings.home_events],
            timeline=Markup(svg),
            countries=_counted(site.countries()),
            languages=_counted(site.languages()),
        )

    def _events(self, writer) -> None:
        site = self.state.site
        for event in site.events:
            older, newer = site.neighbours.get(event.id, (None, None))
            self._later(urls.event_path(event.id), "event", site.default_lang, event.countries,
                        partial(self._event_page, event, older, newer))

    def _event_page(self, event: Event, older: Event | None, newer: Event | None) -> dict:
        site = self.state.site
        lead = site.lead_report(event)
        return {
            "head": event_head(event, self.feed_config, lead.title),
            "event": event,
            "lead": lead,
            "groups": site.by_language(event),
            "older": older,
            "newer": newer,
        }

    def _reports(self, writer) -> None:
        site = self.state.site
        for report in site.reports:
            event = site.event_of[report.name]
            older, newer = site.neighbours.get(event.id, (None, None))
            self._later(urls.report_path(report.name), "report", report.lang, report.countries,
                        partial(self._report_page, report, event, older, newer))

    def _report_page(
        self, report: Report, event: Event, older: Event | None, newer: Event | None
    ) -> dict:
        return {
            "head": report_head(report, event, self.feed_config),
            "report": report,
            "event": event,
            "others": self.state.site.others(report),
            "older": older,
            "newer": newer,
        }

    def _event_list(self, writer, events, base: str, heading: str, **extra) -> None:
        for page in paginate(events, base, self.state.settings.page_size):
            self._write(writer, page.path, "event_list", page=page, heading=heading,
                        about=[extra["country"]] if "country" in extra else (), **extra)

    def _countries(self, writer) -> None:
        lang = self.state.settings.default_lang
        countries = self.state.site.countries()
        for code, events in countries:
            self._event_list(
                writer, events, urls.country_base(code), country_name(code, lang), country=code
            )
        self._write(writer, urls.COUNTRY_INDEX, "countries", countries=_counted(countries))

    def _languages(self, writer) -> None:
        languages = self.state.site.languages()
        size = self.state.settings.page_size
        for code, reports in languages:
            for page in paginate(reports, urls.language_base(code), size):
                self._write(writer, page.path, "language", lang=code, page=page, language=code)
        self._write(writer, urls.LANGUAGE_INDEX, "languages", languages=_counted(languages))

    def _periods(self, writer) -> None:
        site = self.state.site
        lang = self.state.settings.default_lang
        periods = site.periods()
        for year, months in periods:
            self._write(writer, urls.page_path(urls.year_base(year), 1), "year", year=year,
                        months=_counted(months))
            for month, events in months:
                self._event_list(writer, events, urls.month_base(year, month),
                                 month_name(year, month, lang), year=year, month=month)
        self._event_list(writer, list(reversed(site.undated)), urls.UNDATED, "", undated=True)
        self._write(writer, urls.ARCHIVE_INDEX, "archives",
                    periods=[(year, _counted(months)) for year, months in periods],
                    undated_count=len(site.undated))

    def _search(self, writer) -> None:
        site, settings = self.state.site, self.state.settings
        lang = settings.default_lang
        codes = sorted(set().union(*(r.countries for r in site.reports)))
        langs = sorted({r.lang for r in site.reports})
        script = search_script(
            site.reports,
            url=lambda r: urls.report_path(r.name),
            country_names={c: country_name(c, lang) for c in codes},
            language_names={code: language_name(code) for code in langs},
            text_chars=settings.search_text_chars,
            recall=self._recall(self.recalls.search_records),
            stands=self.keys.reports,
        )
        path = os.path.join(self.output_path, urls.SEARCH_DATA)
        with open(path, "w", encoding="utf-8", newline="\n") as out:
            out.write(script)
        self._write(writer, urls.SEARCH, "search")

    @staticmethod
    def _recall(recall: Recall | None) -> Recall | None:
        """The memory of what the last build made, started for this build."""
        if recall is not None:
            recall.start()
        return recall


def _counted(groups: list[tuple[K, list]]) -> list[tuple[K, int]]:
    """(key, how many) of each group: what an index page shows, and all its key reads, so
    an edit that changes no count leaves the page as it was."""
    return [(key, len(members)) for key, members in groups]


def get_generators(_pelican) -> type[ArchiveGenerator]:
    return ArchiveGenerator
