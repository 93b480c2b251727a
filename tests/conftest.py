"""Site builds shared by the build, site and browser tests: real Pelican runs into tmp dirs.

Two archives are built once per session: the project's five seeds (with corrections that
pin the Brazil event, so these tests check the site rather than the extraction), and a
made-up folder of 68 short seeds that fills paginated lists and searches in three scripts.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from event_archive.countries import find_countries

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
BRAZIL = ("000_bca2c443cf52253f.txt", "001_489898a4569b88b9.txt", "002_5b74766545696950.txt")
MADE_UP_EVENTS = 60

SEED_CORRECTIONS = """
[seeds."000_bca2c443cf52253f.txt"]
date = 2025-03-28
lang = "en"
countries = ["BR", "VN"]
[seeds."001_489898a4569b88b9.txt"]
date = 2025-03-28
lang = "vi"
countries = ["BR", "VN"]
[seeds."002_5b74766545696950.txt"]
date = 2025-03-28
lang = "fr"
countries = ["BR", "VN"]
[seeds."003_17db9634378e4288.txt"]
date = 2024-10-09
countries = ["SG", "VN"]
[seeds."004_e670794a62bec8e5.txt"]
date = 2025-12-09
countries = ["RU", "VN"]
[events]
same = [["000_bca2c443cf52253f.txt", "001_489898a4569b88b9.txt", "002_5b74766545696950.txt"]]
"""


@dataclass
class Build:
    output: Path
    stdout: str
    stderr: str
    returncode: int

    def page(self, path: str) -> str:
        return (self.output / path).read_text(encoding="utf-8")


def run_build(
    output: Path,
    seeds: Path = SEEDS,
    corrections: Path | None = None,
    cache: Path | None = None,
    check: bool = True,
    extra: tuple[str, ...] = (),
) -> Build:
    """Build with the project's settings, another seeds folder and corrections file."""
    overrides = [
        f'SEEDS_PATH="{seeds}"',
        f'CORRECTIONS_PATH="{corrections or ""}"',
        f'EXTRACTION_CACHE_PATH="{cache or output.parent / (output.name + "-cache.sqlite")}"',
        *extra,
    ]
    command = [sys.executable, "-m", "pelican", str(ROOT / "content"), "-o", str(output),
               "-s", str(ROOT / "pelicanconf.py"), "-e", *overrides]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT,
                          env={"PATH": "/usr/bin:/bin", "COLUMNS": "200", "LANG": "C.UTF-8"})
    build = Build(output, done.stdout, done.stderr, done.returncode)
    if check and done.returncode != 0:
        raise AssertionError(f"build failed:\n{done.stdout}\n{done.stderr}")
    return build


def countries(lang: str, *paragraphs: str, title: str = "") -> list[str]:
    """The countries taking part that `find_countries` reads in some paragraphs."""
    return find_countries(list(paragraphs), lang, title=title).countries


def copy_seeds(folder: Path) -> Path:
    """The project's seeds, copied into a folder a test may edit."""
    folder.mkdir()
    for seed in (ROOT / "seeds").glob("*.txt"):
        (folder / seed.name).write_bytes(seed.read_bytes())
    return folder


def write_made_up_seeds(folder: Path) -> Path:
    """68 short made-up seeds and a corrections file pinning their dates and countries."""
    folder.mkdir(parents=True, exist_ok=True)
    corrections = []
    start = dt.date(2023, 1, 5)
    for i in range(MADE_UP_EVENTS):
        day = start + dt.timedelta(days=17 * i)
        name = f"talks-{i:03d}.txt"
        (folder / name).write_text(
            f" date {day.isoformat()}\n"
            f"Japan and Vietnam hold trade talks, round {i}\n\n"
            f"The trade ministers of Japan and Vietnam met in Tokyo on {day:%d %B %Y} for the "
            f"round number {i} of talks on rice, ports and shipping.\n\n"
            "Both sides agreed to meet again next season.\n",
            encoding="utf-8",
        )
        corrections.append(
            f'[seeds."{name}"]\ndate = {day.isoformat()}\ncountries = ["JP", "VN"]\nlang = "en"\n'
        )
    extra = {
        "moscow-talks.txt": (
            " date 2024-05-14\nПереговоры Вьетнама и России в Москве\n\n"
            "Министры Вьетнама и России провели переговоры в Москве 14 мая 2024 года "
            "о торговле и энергетике.\n",
            "2024-05-14", ["RU", "VN"], "ru"),
        "beijing-talks.txt": (
            " date 2024-06-20\n越南与中国在北京举行贸易会谈\n\n"
            "2024年6月20日，越南和中国的部长在北京举行会谈，讨论贸易与港口合作。\n",
            "2024-06-20", ["CN", "VN"], "zh"),
        "cairo-talks.txt": (
            " date 2024-09-20\nمحادثات بين فيتنام ومصر في القاهرة\n\n"
            "التقى وزيرا خارجية فيتنام ومصر في القاهرة لبحث التجارة والموانئ.\n",
            "2024-09-20", ["EG", "VN"], "ar"),
        "Tin tức Hà Nội.txt": (
            "Hội đàm Việt Nam - Lào tại Hà Nội\n\n"
            "Ngày 3/7/2024, Bộ trưởng Ngoại giao Việt Nam và Lào đã hội đàm tại Hà Nội.\n",
            "2024-07-03", ["LA", "VN"], "vi"),
        "-markup.txt": (
            " date 2024-08-01\nMarkup <script>alert(1)</script> and {{ 7*7 }} stay text\n\n"
            "A report quoting <b>bold</b>, <script>alert(1)</script>, {{ 7*7 }}, **stars**, "
            "{% raw %} and [a link](http://x.test) as plain words, on 1 August 2024, about "
            "Thailand and Vietnam.\n",
            "2024-08-01", ["TH", "VN"], "en"),
    }
    for name, (text, date, countries, lang) in extra.items():
        (folder / name).write_text(text, encoding="utf-8")
        corrections.append(
            f'[seeds."{name}"]\ndate = {date}\ncountries = {json.dumps(countries)}\n'
            f'lang = "{lang}"\n'
        )
    for name in ("busan-a.txt", "busan-b.txt"):  # one event, two reports in one language
        (folder / name).write_text(
            f"Busan port agreement signed\n\nKorea and the Philippines signed a deal ({name}).\n",
            encoding="utf-8",
        )
        corrections.append(f'[seeds."{name}"]\ndate = 2024-09-09\ncountries = ["KR", "PH"]\n')
    corrections.append('[events]\nsame = [["busan-a.txt", "busan-b.txt"]]\n')
    (folder / "undated-note.txt").write_text(
        "Officials discuss cooperation\n\nOfficials met and discussed cooperation.\n",
        encoding="utf-8",
    )
    (folder / "notes.md").write_text("not a seed\n", encoding="utf-8")
    path = folder.parent / f"{folder.name}-corrections.toml"
    path.write_text("\n".join(corrections), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def seeds_corrections(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("corrections") / "corrections.toml"
    path.write_text(SEED_CORRECTIONS, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def seeds_site(tmp_path_factory, seeds_corrections) -> Build:
    """The five seeds, built once for the session."""
    return run_build(tmp_path_factory.mktemp("site") / "output", corrections=seeds_corrections)


@pytest.fixture(scope="session")
def made_up_site(tmp_path_factory) -> Build:
    """68 made-up seeds (60 of them one country pair), built through SEEDS_PATH."""
    base = tmp_path_factory.mktemp("made-up")
    corrections = write_made_up_seeds(base / "seeds")
    return run_build(base / "output", seeds=base / "seeds", corrections=corrections)
