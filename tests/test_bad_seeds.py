"""A folder of bad seeds: every file is accounted for, each problem names its file, and the
build of the others goes on. The end-to-end part builds the folder with Pelican and checks
that seed text stays text (escaped, never run) in every output file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from xml.etree import ElementTree

import pytest
from event_archive import archive as archive_module
from event_archive.archive import load_archive
from event_archive.buildreport import (
    StrictFailure,
    build_report,
    conclude,
    format_summary,
    strict_failures,
)

ROOT = Path(__file__).resolve().parent.parent
TALKS = (
    "Vietnam and Brazil held talks in Hanoi on 28 March 2025.\n\n"
    "The two ministers agreed to work together against cyber crime and terrorism.\n"
)
FRENCH = "Le Vietnam et la France ont signé un accord à Hanoï le 20 août 2024. « C’est réussi. »\n"
SCRIPT = "<script>window.__pwned=1</script>"
IMG = "<img src=x onerror=\"window.__pwned=2\">"
JINJA = "{{ 7 * 7 }} {% for x in range(3) %}loop{% endfor %}"
HOSTILE = (
    f"{SCRIPT} Vietnam and Japan {IMG} talks\n\n"
    f"Vietnam and Japan met in Tokyo on 3 May 2025. {SCRIPT} {IMG}\n\n"
    f"See [the minutes](javascript:window.__pwned=3) and {JINJA}.\n\n"
    "A **bold** claim, a # heading and </p></div><!-- a comment --> stay as written.\n"
)

BAD_SEEDS: dict[str, bytes] = {
    "empty.txt": b"",
    "whitespace.txt": b"  \n\t\n   \r\n",
    "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01\x02\xff\xfe\x00" * 50,
    "nul-bytes.txt": TALKS.encode().replace(b"Hanoi", b"Ha\x00noi"),
    "invalid-utf8.txt": TALKS.encode() + b"\xff\xfe\xc3(\xa0\xa1",
    "utf16-bom.txt": FRENCH.encode("utf-16"),
    "utf16-no-bom.txt": FRENCH.encode("utf-16-le"),
    "utf16-be.txt": FRENCH.encode("utf-16-be"),
    "windows-1252.txt": FRENCH.encode("cp1252"),
    "mojibake.txt": FRENCH.encode().decode("cp1252").encode(),
    "control-chars.txt": TALKS.replace("talks", "talks\x07\x1b[31m").encode(),
    "crlf.txt": TALKS.replace("\n", "\r\n").encode(),
    "huge.txt": TALKS.encode() * 150_000,  # ~20 MB
    "endless-line.txt": TALKS.replace("\n", " ").encode() * 20_000,  # ~2.5 MB, no newline
    "junk-only.txt": "English Deutsch Français Español\n\n16°C - 25°C\n\nShare Tweet\n".encode(),
    "unknown-language.txt": "ⴰⵣⵓⵍ ⴰⵎⴰⴹⴰⵍ ⵜⵉⴼⵉⵏⴰⵖ ⵜⴰⵙⴽⴰⵏⵜ ⵜⴰⵎⴰⵣⵉⵖⵜ\n".encode() * 3,
    "impossible-date.txt": b"Vietnam and Laos signed a treaty in Vientiane on 31/02/2025.\n",
    "future-date.txt": b"Vietnam and Chile will hold talks in Santiago on 12 June 2999.\n",
    "only-header.txt": b" date 2025-03-29\n",
    "dup-1.txt": TALKS.encode(),
    "dup-2 copy.txt": TALKS.encode(),
    "name with spaces.txt": TALKS.replace("Brazil", "Peru").encode(),
    "việt nam 越南.txt": TALKS.replace("Brazil", "Cuba").encode(),
    "-leading-dash.txt": TALKS.replace("Brazil", "Chile").encode(),
    "..two-dots.txt": TALKS.encode(),
    ".hidden.txt": TALKS.encode(),
    "notes.md": b"# Not a seed\n",
    "README": b"not a seed either\n",
    "hostile.txt": HOSTILE.encode(),
    'x"><img src=x onerror=window.__pwned=4>.txt': TALKS.replace("Brazil", "Oman").encode(),
}
OUTSIDE = "A secret report that lives outside the seeds folder, in Oslo.\n"


def make_folder(root: Path) -> Path:
    """The bad seeds, a subfolder, a symlink out of the folder and one inside it."""
    seeds = root / "seeds"
    seeds.mkdir()
    for name, data in BAD_SEEDS.items():
        (seeds / name).write_bytes(data)
    (seeds / "subfolder").mkdir()
    (seeds / "subfolder" / "inner.txt").write_bytes(TALKS.encode())
    (seeds / "folder.txt").mkdir()  # a folder named like a seed: nothing to read
    (root / "outside.txt").write_text(OUTSIDE)
    os.symlink(root / "outside.txt", seeds / "link-out.txt")
    os.symlink(seeds / "crlf.txt", seeds / "link-in.txt")
    return seeds


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return make_folder(tmp_path_factory.mktemp("bad"))


@pytest.fixture(scope="module")
def archive(folder):
    return load_archive([folder])


def by_name(archive, name):
    return next(r for r in archive.reports if r.name == name)


def kinds(report):
    return {p.kind for p in report.problems}


def test_there_are_at_least_25_kinds_of_bad_seed():
    assert len(BAD_SEEDS) + 4 >= 25  # plus the subfolder, a folder.txt and two symlinks


def test_every_file_in_the_folder_is_accounted_for(folder, archive):
    named = {r.name for r in archive.reports}
    for entry in os.listdir(folder):
        said = entry in named or any(entry in p.message for p in archive.problems)
        assert said, f"{entry} is neither a report nor a problem"


def test_every_problem_names_its_file(archive):
    for report in archive.reports:
        for problem in report.problems:
            assert report.name in problem.message, problem


def test_no_report_is_lost_and_the_good_ones_are_read(archive):
    for name in ("name with spaces.txt", "việt nam 越南.txt", "-leading-dash.txt", "crlf.txt"):
        report = by_name(archive, name)
        assert report.problems == [] and "Hanoi" in report.body, name


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("empty.txt", "empty"),
        ("whitespace.txt", "empty"),
        ("binary.txt", "binary"),
        ("nul-bytes.txt", "binary"),
        ("invalid-utf8.txt", "encoding"),
        ("utf16-no-bom.txt", "encoding"),
        ("windows-1252.txt", "encoding"),
        ("mojibake.txt", "encoding"),
        ("control-chars.txt", "encoding"),
        ("huge.txt", "large"),
        ("endless-line.txt", "large"),
        ("only-header.txt", "empty"),
        ("dup-2 copy.txt", "duplicate"),
    ],
)
def test_each_bad_seed_says_what_is_wrong(archive, name, kind):
    assert kind in kinds(by_name(archive, name))


@pytest.mark.parametrize(
    "name", ["utf16-bom.txt", "utf16-no-bom.txt", "utf16-be.txt", "windows-1252.txt",
             "mojibake.txt"],
)
def test_other_encodings_give_the_right_text(archive, name):
    report = by_name(archive, name)
    assert "Hanoï" in report.title + report.body and "« C’est réussi. »" in report.body
    assert report.lang == "fr"


def test_damaged_text_keeps_what_can_be_read(archive):
    assert "Hanoi" in by_name(archive, "invalid-utf8.txt").body
    assert "noi" in by_name(archive, "nul-bytes.txt").body
    assert "\x1b" not in by_name(archive, "control-chars.txt").body


def test_huge_and_endless_seeds_are_read_in_part_without_hanging(archive):
    for name in ("huge.txt", "endless-line.txt"):
        report = by_name(archive, name)
        assert report.paragraphs and max(map(len, report.paragraphs)) < 5000
        assert "\n" not in report.title


def test_impossible_and_future_dates_are_not_taken(archive):
    impossible = by_name(archive, "impossible-date.txt")
    assert impossible.date_source != "text"  # 31/02 is no date; a sibling may still date it
    future = by_name(archive, "future-date.txt").date
    assert future is None or future.year < 2999


def test_identical_seeds_are_one_event_and_both_kept(archive):
    a, b = by_name(archive, "dup-1.txt"), by_name(archive, "dup-2 copy.txt")
    assert b.duplicate_of == "dup-1.txt" and a.duplicate_of is None and a.event == b.event


def test_files_that_are_not_seeds_are_named_and_passed_over(folder, archive):
    names = {r.name for r in archive.reports}
    for skipped in ("notes.md", "README", ".hidden.txt", "subfolder", "folder.txt"):
        assert skipped not in names
        assert any(skipped in p.message for p in archive.problems), skipped
    assert "inner.txt" not in names


def test_a_symlink_out_of_the_folder_is_not_followed(archive):
    assert "link-out.txt" not in {r.name for r in archive.reports}
    assert all("Oslo" not in r.body for r in archive.reports)
    assert any(p.kind == "symlink" and "link-out.txt" in p.message for p in archive.problems)
    assert "Hanoi" in by_name(archive, "link-in.txt").body  # a link inside the folder is read


def test_an_unreadable_seed_is_a_problem_not_a_crash(tmp_path, monkeypatch):
    (tmp_path / "locked.txt").write_bytes(TALKS.encode())
    (tmp_path / "fine.txt").write_bytes(TALKS.encode())
    real = archive_module.read_seed_bytes

    def read_seed_bytes(path):
        if os.path.basename(path) == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(archive_module, "read_seed_bytes", read_seed_bytes)
    archive = load_archive([tmp_path])
    locked = by_name(archive, "locked.txt")
    assert "unreadable" in kinds(locked) and "locked.txt" in locked.problems[-1].message
    assert "Hanoi" in by_name(archive, "fine.txt").body


def test_a_fifo_named_like_a_seed_does_not_block_the_build(tmp_path):
    (tmp_path / "fine.txt").write_bytes(TALKS.encode())
    os.mkfifo(tmp_path / "pipe.txt")
    result = {}
    worker = threading.Thread(target=lambda: result.update(a=load_archive([tmp_path])),
                              daemon=True)
    worker.start()
    worker.join(timeout=5)
    if worker.is_alive():  # release the blocked reader, then fail
        os.close(os.open(tmp_path / "pipe.txt", os.O_WRONLY | os.O_NONBLOCK))
        worker.join(timeout=30)
        pytest.fail("reading a FIFO named pipe.txt blocked the build")
    archive = result["a"]
    assert "Hanoi" in by_name(archive, "fine.txt").body
    assert any("pipe.txt" in p.message for r in archive.reports for p in r.problems) or any(
        "pipe.txt" in p.message for p in archive.problems)


def test_one_seed_that_crashes_extraction_does_not_stop_the_others(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_bytes(TALKS.encode())
    (tmp_path / "boom.txt").write_bytes(b"boom")
    real = archive_module.extract_report

    def extract(data, source):
        if data == b"boom":
            raise RuntimeError("a bug in a stage")
        return real(data, source)

    monkeypatch.setattr(archive_module, "extract_report", extract)
    archive = load_archive([tmp_path])
    assert "Hanoi" in by_name(archive, "a.txt").body
    assert any("boom.txt" in p.message for p in by_name(archive, "boom.txt").problems)


def test_the_build_report_names_every_seed_and_why_it_has_no_page(archive):
    pages = {r.name: f"reports/{r.stem}.html" for r in archive.reports if r.paragraphs}
    report = build_report(archive, pages)
    assert sorted(e["seed"] for e in report["seeds"]) == sorted(r.name for r in archive.reports)
    for entry in report["seeds"]:
        assert entry["page"] or entry["why_no_page"], entry
    empty = next(e for e in report["seeds"] if e["seed"] == "empty.txt")
    assert empty["page"] is None and "empty.txt" in empty["why_no_page"][0]
    assert "symlink" in report["summary"]["warnings"]
    assert format_summary(report["summary"]).startswith(f"Event Archive: {len(archive.reports)}")
    assert any("binary.txt" in failure for failure in strict_failures(archive, pages))


def test_conclude_writes_the_report_beside_the_output_and_fails_a_strict_build(
        archive, tmp_path):
    pages = {r.name: f"reports/{r.stem}.html" for r in archive.reports if r.paragraphs}
    line = conclude(archive, pages, tmp_path / "output")
    written = tmp_path / "build-report.json"
    first = written.read_bytes()
    assert line.startswith("Event Archive:") and "binary" in line
    assert json.loads(first)["summary"]["seeds"] == len(archive.reports)
    with pytest.raises(StrictFailure) as failure:
        conclude(archive, pages, tmp_path / "output", strict=True)
    assert "binary.txt" in str(failure.value) and "notes.md" in str(failure.value)
    assert written.read_bytes() == first  # the same archive gives the same bytes
    elsewhere = tmp_path / "reports" / "seeds.json"
    conclude(archive, pages, tmp_path / "output", report_setting=str(elsewhere))
    assert elsewhere.read_bytes() == first


def test_a_clean_archive_passes_a_strict_build(tmp_path):
    (tmp_path / "a.txt").write_bytes(TALKS.encode())
    clean = load_archive([tmp_path])
    line = conclude(clean, {"a.txt": "reports/a.html"}, tmp_path / "out", strict=True)
    assert line.endswith("no warnings")


# End to end: the folder built into a site by Pelican --------------------------------------


def pelican(seeds: Path, output: Path, *settings: str) -> subprocess.CompletedProcess:
    command = [
        str(Path(sys.executable).with_name("pelican")), "content", "-s", "pelicanconf.py",
        "-o", str(output), "-e", f"SEEDS_PATH={json.dumps(str(seeds))}",
        "EXTRACTION_CACHE_PATH=null", *settings,
    ]
    env = {**os.environ, "COLUMNS": "1000"}  # log lines unwrapped: file names stay whole
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600,
                          env=env)


@pytest.fixture(scope="module")
def site(folder, tmp_path_factory):
    output = tmp_path_factory.mktemp("site") / "output"
    result = pelican(folder, output)
    return output, result


def output_files(output: Path) -> list[Path]:
    return [p for p in sorted(output.rglob("*")) if p.is_file()]


def test_the_bad_folder_builds(site):
    output, result = site
    assert result.returncode == 0, result.stderr[-3000:]
    assert (output / "index.html").is_file()


def test_the_build_report_lies_beside_the_output_and_names_every_seed(site, archive):
    output, result = site
    report = json.loads((output.parent / "build-report.json").read_text(encoding="utf-8"))
    assert not (output / "build-report.json").exists()
    assert {e["seed"] for e in report["seeds"]} == {r.name for r in archive.reports}
    for entry in report["seeds"]:
        assert entry["page"] or entry["why_no_page"], entry
        if entry["page"]:
            assert (output / entry["page"].split("#")[0]).is_file(), entry
    assert "Event Archive:" in result.stdout + result.stderr


def test_strict_mode_fails_on_warnings(folder, tmp_path):
    result = pelican(folder, tmp_path / "strict", "STRICT=true")
    assert result.returncode != 0
    assert "binary.txt" in result.stdout + result.stderr


def test_an_invalid_corrections_file_is_named_and_the_build_goes_on(folder, tmp_path):
    corrections = tmp_path / "corrections.toml"
    corrections.write_text('[seeds."crlf.txt"\ndate = "not a date"\n', encoding="utf-8")
    result = pelican(folder, tmp_path / "out", f"CORRECTIONS_PATH={json.dumps(str(corrections))}")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "corrections.toml" in result.stdout + result.stderr
    assert (tmp_path / "out" / "index.html").is_file()


def test_seed_markup_is_never_markup_in_any_output_file(site):
    output, _ = site
    texts = {p: p.read_text(encoding="utf-8", errors="replace") for p in output_files(output)
             if p.suffix in (".html", ".xml", ".json", ".js", ".txt")}
    hostile = {p: t for p, t in texts.items() if "Tokyo" in t or "Oman" in t}
    assert any(p.suffix == ".html" and "Tokyo" in t for p, t in hostile.items())
    assert any(p.suffix == ".html" and "Oman" in t for p, t in hostile.items())
    assert any(p.suffix == ".xml" for p in hostile), "the hostile seed is in no feed"
    for path, text in texts.items():
        if path.suffix in (".js", ".json"):  # data: the seed's text only inside JSON strings
            if path in hostile:
                json.loads(text.split("=", 1)[1].strip().rstrip(";") if path.suffix == ".js"
                           else text)
            continue
        assert "__pwned=1</script>" not in text, path
        assert "<img src=x" not in text, path
        assert 'href="javascript:' not in text.replace("'", '"'), path
        assert "<!-- a comment -->" not in text, path
    for path in (p for p in hostile if p.suffix == ".xml"):  # feeds: HTML inside the XML
        for element in ElementTree.parse(path).iter():
            atom = element.tag.startswith("{")  # Atom says text or html; RSS is always html
            if element.get("type", "text") == "html" if atom else element.tag == "description":
                html = element.text or ""
                assert "<script" not in html and "<img src=x" not in html, path
                assert 'href="javascript:' not in html.replace("'", '"'), path
    pages = [t for p, t in hostile.items() if p.suffix == ".html"]
    assert any("&lt;script&gt;window.__pwned=1&lt;/script&gt;" in t for t in pages)
    assert any("{{ 7 * 7 }}" in t and "{% for x in range(3) %}" in t for t in pages)
    assert not any("looplooploop" in t for t in texts.values())


def test_two_builds_are_byte_identical(folder, site, tmp_path):
    first, _ = site
    second = tmp_path / "again"
    assert pelican(folder, second).returncode == 0
    ours = {p.relative_to(first): p.read_bytes() for p in output_files(first)}
    theirs = {p.relative_to(second): p.read_bytes() for p in output_files(second)}
    assert ours.keys() == theirs.keys()
    assert [name for name in ours if ours[name] != theirs[name]] == []


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def test_no_script_from_a_seed_runs_in_a_browser(site):
    sync_api = pytest.importorskip("playwright.sync_api")
    output, _ = site
    pages = [p for p in output_files(output) if p.suffix == ".html"
             and {"Tokyo", "Oman"} & set(p.read_text(encoding="utf-8", errors="replace").split())]
    assert pages
    with sync_api.sync_playwright() as play:
        browser = play.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-background-networking"])
        try:
            page = browser.new_page()
            dialogs: list[str] = []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            urls = [p.as_uri() for p in pages + [output / "index.html"]]
            urls.append((output / "search.html").as_uri() + "?q=Tokyo")
            for url in urls:
                page.goto(url)
                page.wait_for_load_state("load")
                if "?q=" in url:  # the search page shows the hostile report among its hits
                    page.wait_for_function(
                        "document.querySelectorAll('#search-results li').length > 0")
                assert page.evaluate("window.__pwned === undefined"), url
                assert page.locator("a[href^='javascript:']").count() == 0, url
            assert dialogs == []
        finally:
            browser.close()
