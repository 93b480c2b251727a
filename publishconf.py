"""Pelican settings for the published site (`make publish`): pelicanconf.py's, at its address.

The address comes from the environment, never from an edit of this file: `SITEURL` when set
(the Pages workflow passes the `base_url` of actions/configure-pages, which covers both
`https://OWNER.github.io/REPO` and a custom domain); else, on GitHub Actions, the project
site of `GITHUB_REPOSITORY`; else the address `make serve` previews at.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from pelicanconf import *  # noqa: E402, F403

LOCAL_SITEURL = "http://127.0.0.1:8000"


def site_url(environ: dict[str, str]) -> str:
    """The site's absolute URL, without a trailing slash."""
    given = environ.get("SITEURL", "").strip()
    if given:
        return given.rstrip("/")
    owner, _, repo = environ.get("GITHUB_REPOSITORY", "").partition("/")
    if owner and repo:
        host = f"{owner.lower()}.github.io"
        return f"https://{host}" if repo.lower() == host else f"https://{host}/{repo}"
    return LOCAL_SITEURL


SITEURL = site_url(dict(os.environ))
FEED_DOMAIN = SITEURL  # feeds, sitemap and canonical links are absolute
RELATIVE_URLS = True  # pages link each other relatively: right under any sub-path
ARCHIVE_FEEDS = True
FEED_MAX_ITEMS = 50  # per feed; the site's own lists hold everything
DELETE_OUTPUT_DIRECTORY = True
