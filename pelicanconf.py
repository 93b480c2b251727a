"""Pelican settings for the Event Archive site (`make html`).

The seeds folder is `SEEDS_PATH` (default `seeds`, beside this file); build another one with
`pelican content -s pelicanconf.py -e 'SEEDS_PATH="/some/dir"' -o OTHER_OUTPUT`.
"""

import os

SETTINGS_DIR = os.path.dirname(os.path.abspath(__file__))

SITENAME = "Event Archive"
SITEURL = os.environ.get("SITEURL", "http://127.0.0.1:8000").rstrip("/")
RELATIVE_URLS = True  # every page works from disk; feeds keep absolute links
DEFAULT_LANG = "en"
TIMEZONE = "UTC"

PATH = "content"
THEME = os.path.join(SETTINGS_DIR, "theme")
PLUGIN_PATHS = [os.path.join(SETTINGS_DIR, "plugins")]
PLUGINS = ["event_archive"]

# Seeds are read by the plugin (SEEDS_PATH), which writes the report and event pages itself:
# Pelican's article machinery has no part in them. content/ holds only hand-written pages.
ARTICLE_PATHS: list[str] = []
PAGE_PATHS = [""]
PAGE_EXCLUDES = ["corrections.toml"]
STATIC_PATHS: list[str] = []
FILENAME_METADATA = r"(?!)"  # dates never come from seed file names
PATH_METADATA = ""

JINJA_ENVIRONMENT = {
    "trim_blocks": True,
    "lstrip_blocks": True,
    "autoescape": True,
    "extensions": ["jinja2.ext.i18n"],
}

# The plugin writes every page of reports, events, countries, languages and periods.
ARTICLE_URL = ARTICLE_LANG_URL = "reports/{slug}.html"
ARTICLE_SAVE_AS = ARTICLE_LANG_SAVE_AS = ""
PAGE_URL = PAGE_LANG_URL = "pages/{slug}.html"
PAGE_SAVE_AS = PAGE_LANG_SAVE_AS = "pages/{slug}.html"
DIRECT_TEMPLATES: list[str] = []
TAG_SAVE_AS = CATEGORY_SAVE_AS = AUTHOR_SAVE_AS = ""
TAGS_SAVE_AS = CATEGORIES_SAVE_AS = AUTHORS_SAVE_AS = ARCHIVES_SAVE_AS = ""
YEAR_ARCHIVE_SAVE_AS = MONTH_ARCHIVE_SAVE_AS = DAY_ARCHIVE_SAVE_AS = ""
DRAFT_SAVE_AS = DRAFT_LANG_SAVE_AS = DRAFT_PAGE_SAVE_AS = DRAFT_PAGE_LANG_SAVE_AS = ""
DEFAULT_PAGINATION = 20
HOME_EVENTS = 10

# Feeds (all reports, each language, each country; absolute links) are the plugin's
# (ARCHIVE_FEEDS), with sitemap.xml, robots.txt and 404.html; Pelican's own are off.
FEED_DOMAIN = SITEURL
ARCHIVE_FEEDS = True
FEED_ALL_ATOM = FEED_ALL_RSS = None
FEED_ATOM = FEED_RSS = None
CATEGORY_FEED_ATOM = CATEGORY_FEED_RSS = None
AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = None
TAG_FEED_ATOM = TAG_FEED_RSS = None
TRANSLATION_FEED_ATOM = TRANSLATION_FEED_RSS = None

DELETE_OUTPUT_DIRECTORY = True
OUTPUT_RETENTION = [".git", ".nojekyll", "CNAME"]
