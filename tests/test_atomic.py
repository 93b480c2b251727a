"""The site is swapped in whole: a build killed midway leaves the previous site intact."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

from event_archive.atomic import begin, building_path, finish, recover, swap, write_text


def fake_pelican(output: Path) -> SimpleNamespace:
    return SimpleNamespace(output_path=str(output),
                           settings={"OUTPUT_PATH": str(output), "OUTPUT_RETENTION": [".git"]})


def test_a_build_writes_aside_and_swaps_in_at_the_end(tmp_path):
    output = tmp_path / "output"
    output.mkdir()
    (output / "old.html").write_text("old")
    (output / ".git").mkdir()
    pelican = fake_pelican(output)
    temp = begin(pelican)
    assert temp == building_path(output) and temp.parent == tmp_path
    assert pelican.output_path == str(temp)
    assert pelican.settings["OUTPUT_PATH"] == str(output)  # what `pelican --listen` serves
    temp.mkdir()
    (temp / "new.html").write_text("new")
    assert (output / "old.html").read_text() == "old"  # untouched while building
    assert finish(pelican) == output.resolve()
    assert sorted(p.name for p in output.iterdir()) == [".git", "new.html"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]


def test_the_first_build_has_nothing_to_replace(tmp_path):
    pelican = fake_pelican(tmp_path / "site" / "output")
    temp = begin(pelican)
    temp.mkdir(parents=True)
    (temp / "index.html").write_text("hi")
    finish(pelican)
    assert (tmp_path / "site" / "output" / "index.html").read_text() == "hi"


def test_a_build_that_wrote_nothing_gives_an_empty_site(tmp_path):
    output = tmp_path / "output"
    output.mkdir()
    (output / "old.html").write_text("old")
    pelican = fake_pelican(output)
    begin(pelican)
    finish(pelican)
    assert list(output.iterdir()) == []


def test_an_output_folder_that_holds_the_content_is_written_in_place(tmp_path):
    pelican = fake_pelican(tmp_path)
    pelican.settings["PATH"] = str(tmp_path / "content")
    assert begin(pelican) == tmp_path.resolve() and pelican.output_path == str(tmp_path)
    assert finish(pelican) == tmp_path.resolve() and tmp_path.is_dir()


def test_leftovers_of_killed_builds_are_removed(tmp_path):
    output = tmp_path / "output"
    output.mkdir()
    dead = building_path(output, pid=2**22 + 1)  # above the default pid_max: never alive
    dead.mkdir()
    (dead / "half.html").write_text("half")
    assert recover(output) == [dead]
    assert not dead.exists() and output.exists()


def test_a_site_lost_between_the_two_renames_is_restored(tmp_path):
    output = tmp_path / "output"
    aside = tmp_path / f"output.previous-{2**22 + 1}"
    aside.mkdir()
    (aside / "index.html").write_text("previous")
    recover(output)
    assert (output / "index.html").read_text() == "previous"


def test_swap_replaces_a_file_or_link_in_the_way(tmp_path):
    new = tmp_path / "new"
    new.mkdir()
    (tmp_path / "output").write_text("a stray file")
    swap(new, tmp_path / "output")
    assert (tmp_path / "output").is_dir()


def test_write_text_leaves_no_temporary_file(tmp_path):
    write_text(tmp_path / "a" / "report.json", "{}\n")
    write_text(tmp_path / "a" / "report.json", "[]\n")
    assert [p.name for p in (tmp_path / "a").iterdir()] == ["report.json"]
    assert (tmp_path / "a" / "report.json").read_text() == "[]\n"


# A real Pelican build, slowed down by a hook, killed while it writes -----------------------

PLUGIN = '''
import time
from pelican import signals
from event_archive import atomic

def slow(path, context):
    time.sleep(0.02)

def register():
    signals.initialized.connect(atomic.begin)
    signals.content_written.connect(slow)
    signals.finalized.connect(atomic.finish)
'''

CONF = '''
PATH = "content"
PLUGIN_PATHS = ["plugins"]
PLUGINS = ["slow_atomic"]
TIMEZONE = "UTC"
SITEURL = ""
FEED_ALL_ATOM = FEED_ALL_RSS = CATEGORY_FEED_ATOM = TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = None
DELETE_OUTPUT_DIRECTORY = False
'''


def make_project(root: Path, articles: int, word: str) -> None:
    (root / "plugins").mkdir(exist_ok=True)
    (root / "plugins" / "slow_atomic.py").write_text(PLUGIN)
    (root / "pelicanconf.py").write_text(CONF)
    content = root / "content"
    content.mkdir(exist_ok=True)
    for i in range(articles):
        (content / f"a{i:03}.md").write_text(
            f"Title: {word} {i}\nDate: 2025-03-{1 + i % 28:02}\n\n{word} number {i}.\n")


def pelican_command(root: Path) -> list[str]:
    return [str(Path(sys.executable).with_name("pelican")), "content", "-s", "pelicanconf.py",
            "-o", str(root / "output")]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


def kill_midway(command: list[str], cwd: Path, output: Path) -> Path:
    """Start a build, SIGKILL it once it has written pages aside; return where it wrote."""
    build = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    temp = building_path(output, pid=build.pid)
    deadline = time.monotonic() + 300
    while not any(temp.rglob("*.html")) and build.poll() is None:
        assert time.monotonic() < deadline, "the build never started writing"
        time.sleep(0.02)
    assert build.poll() is None, "the build ended before it could be killed"
    os.kill(build.pid, signal.SIGKILL)
    build.wait()
    return temp


def test_a_killed_build_leaves_the_previous_site_intact(tmp_path):
    make_project(tmp_path, 60, "First")
    subprocess.run(pelican_command(tmp_path), cwd=tmp_path, check=True, capture_output=True,
                   timeout=300)
    before = snapshot(tmp_path / "output")
    assert any(b"First 1" in data for data in before.values())

    make_project(tmp_path, 60, "Second")
    temp = kill_midway(pelican_command(tmp_path), tmp_path, tmp_path / "output")
    assert temp.exists()  # killed midway: its half-written site is aside
    assert snapshot(tmp_path / "output") == before

    subprocess.run(pelican_command(tmp_path), cwd=tmp_path, check=True, capture_output=True,
                   timeout=300)
    after = snapshot(tmp_path / "output")
    assert any(b"Second 1" in data for data in after.values())
    assert not any(b"First 1" in data for data in after.values())
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "content", "output", "pelicanconf.py", "plugins"]


# The archive's own build ---------------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
COUNTRIES = ["Brazil", "Japan", "France", "Chile", "Peru", "Kenya", "Canada", "India", "Egypt"]


def archive_command(seeds: Path, output: Path) -> list[str]:
    return [str(Path(sys.executable).with_name("pelican")), "content", "-s", "pelicanconf.py",
            "-o", str(output), "-e", f"SEEDS_PATH={json.dumps(str(seeds))}",
            "EXTRACTION_CACHE_PATH=null"]


def make_seeds(folder: Path, count: int, word: str) -> None:
    folder.mkdir(exist_ok=True)
    for i in range(count):
        other = COUNTRIES[i % len(COUNTRIES)]
        (folder / f"{i:04}.txt").write_text(
            f"{word}: Vietnam and {other} held talks in Hanoi on {1 + i % 28} March "
            f"{2000 + i // 28}.\n\nThe ministers of Vietnam and {other} signed {i} agreements.\n",
            encoding="utf-8")


def test_a_killed_archive_build_leaves_the_previous_site_intact(tmp_path):
    seeds, output = tmp_path / "seeds", tmp_path / "output"
    make_seeds(seeds, 120, "First")
    subprocess.run(archive_command(seeds, output), cwd=ROOT, check=True, capture_output=True,
                   timeout=600)
    before = snapshot(output)
    make_seeds(seeds, 120, "Second")
    kill_midway(archive_command(seeds, output), ROOT, output)
    assert snapshot(output) == before
