"""The built site in a real browser, opened from disk: navigation, pagination, search in
several scripts, the Content-Security-Policy, accessibility (axe-core) and screenshots.

Needs Debian's Chromium at /usr/bin/chromium (`make browser` installs it); never skipped.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect, sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-gpu",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
AXE = Path(__file__).parent / "vendor" / "axe.min.js"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}


@pytest.fixture(scope="module")
def browser():
    assert CHROMIUM.exists(), f"{CHROMIUM} is missing: `make browser` installs it"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A page that records console errors (CSP violations included) and failed loads."""
    # A reader west of UTC: a date shown a day early would be caught.
    context = browser.new_context(viewport=DESKTOP, timezone_id="America/Los_Angeles")
    page = context.new_page()
    page.problems = []
    page.on("console", lambda m: m.type == "error" and page.problems.append(m.text))
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    page.on("requestfailed", lambda r: page.problems.append(f"failed: {r.url}"))
    yield page
    context.close()


def open_file(page: Page, build, path: str) -> None:
    page.goto(f"{build.output.as_uri()}/{path}")  # the path may carry a query


def test_from_home_to_event_report_and_translation(page, seeds_site):
    open_file(page, seeds_site, "index.html")
    item = page.locator("li.event").filter(has=page.locator('a[hreflang="vi"]'))
    item.locator("h3 a").click()
    expect(page).to_have_url(re.compile(r"/events/[^/]+\.html$"))
    expect(page.locator("section h2[lang=vi]")).to_have_text("Tiếng Việt")
    page.locator('ul.reports a[hreflang="vi"]').click()
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    expect(page.locator("dl.facts")).to_contain_text("28 tháng 3, 2025")
    page.locator('nav.translations a[hreflang="fr"]').click()
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page).to_have_url(re.compile(r"/reports/002_5b74766545696950\.html$"))
    page.locator("dl.facts a.country").first.click()
    expect(page).to_have_url(re.compile(r"/countries/(br|vn)\.html$"))
    expect(page.locator("li.event").first).to_be_visible()
    assert page.problems == []


def test_paging_through_a_long_country_list(page, made_up_site):
    open_file(page, made_up_site, "index.html")
    page.locator("section[aria-labelledby=countries-h] a", has_text="Japan").click()
    expect(page.locator("h1")).to_have_text("Japan")
    seen = set()
    for number in (1, 2, 3):
        expect(page.locator("nav.pager span")).to_have_text(f"Page {number} of 3")
        titles = page.locator("li.event h3 a").all_inner_texts()
        assert len(titles) == 20 and not seen & set(titles)
        seen |= set(titles)
        if number < 3:
            page.locator('nav.pager a[rel="next"]').click()
    expect(page.locator('nav.pager a[rel="next"]')).to_have_count(0)
    assert page.problems == []


def search(page: Page, query: str) -> list[str]:
    page.locator("#q").fill(query)
    page.locator("#q").press("Enter")
    expect(page.locator("#search-status")).not_to_be_empty()
    return page.locator("#search-results h2 a").all_inner_texts()


def test_search_ignores_case_and_diacritics(page, seeds_site):
    open_file(page, seeds_site, "index.html")
    page.locator("#q-home").fill("LUONG tam quang")
    page.locator("#q-home").press("Enter")
    expect(page).to_have_url(re.compile(r"search\.html\?q=LUONG"))
    expect(page.locator("#search-results li")).to_have_count(5)
    hit = page.locator("#search-results li", has=page.locator('a[lang="vi"]'))
    expect(hit.locator(".meta time")).to_have_text("March 28, 2025")  # as the pages write it
    expect(hit.locator(".meta time")).to_have_attribute("datetime", "2025-03-28")
    expect(hit.locator(".meta")).to_contain_text("Tiếng Việt")
    expect(hit.locator(".meta")).to_contain_text("Brazil")
    assert search(page, "xyzzy-nothing") == []
    expect(page.locator("#search-status")).to_have_text("No report found.")
    assert page.problems == []


def test_search_in_cyrillic_and_chinese(page, made_up_site):
    open_file(page, made_up_site, "search.html")
    assert search(page, "москве") == ["Переговоры Вьетнама и России в Москве"]
    assert search(page, "北京") == ["越南与中国在北京举行贸易会谈"]
    assert "Hội đàm Việt Nam - Lào tại Hà Nội" in search(page, "hoi dam lao")
    page.locator("#search-results h2 a").first.click()
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    assert page.problems == []


PAGES = ["index.html", "events/{event}", "reports/001_489898a4569b88b9.html",
         "reports/002_5b74766545696950.html", "countries/br.html", "languages/vi.html",
         "archive/index.html", "archive/2025-03.html", "search.html?q=quang",
         "pages/about.html", "feeds/index.html", "archive/undated.html"]


def test_no_serious_accessibility_faults(browser, seeds_site):
    context = browser.new_context(viewport=DESKTOP, bypass_csp=True)  # axe is injected
    page = context.new_page()
    event = next((seeds_site.output / "events").glob("*.html")).name
    faults = {}
    for path in PAGES:
        page.goto((seeds_site.output).as_uri() + "/" + path.format(event=event))
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("axe.run().then(r => r.violations)")
        serious = [v["id"] for v in result if v["impact"] in ("serious", "critical")]
        if serious:
            faults[path] = serious
    context.close()
    assert faults == {}, json.dumps(faults)


def test_content_security_policy_blocks_inline_scripts(page, seeds_site):
    open_file(page, seeds_site, "search.html?q=brazil")
    expect(page.locator("#search-results li").first).to_be_visible()  # own scripts run
    ran = page.evaluate("""() => {
        const s = document.createElement("script");
        s.textContent = "window.inlineRan = true";
        document.body.append(s);
        return window.inlineRan === true;
    }""")
    assert ran is False
    page.problems.clear()  # the blocked script is reported on the console, as it should be


def test_keyboard_reaches_skip_link_first(page, seeds_site):
    open_file(page, seeds_site, "index.html")
    page.keyboard.press("Tab")
    expect(page.locator(".skip")).to_be_focused()
    expect(page.locator(".skip")).to_be_in_viewport()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_screenshots(browser, seeds_site, tmp_path_factory, viewport):
    folder = tmp_path_factory.mktemp("screenshots")
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    for path in ["index.html", "reports/001_489898a4569b88b9.html", "search.html?q=brazil"]:
        page.goto(seeds_site.output.as_uri() + "/" + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= viewport["width"], f"{path} scrolls sideways at {viewport['width']}px"
        name = f"{viewport['width']}-{path.split('?')[0].replace('/', '_')}.png"
        page.screenshot(path=str(folder / name), full_page=True)
    context.close()
    assert len(list(folder.glob("*.png"))) == 3
